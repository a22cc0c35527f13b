"""Shared fixtures: a small hand-written codebook and a compact way to build UD parses."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from coder.codebook import Codebook, load_codebook
from coder.doc import Document, Sentence, Token

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
MODELS = Path(os.environ.get("CODER_STANZA_DIR", SHARED / "models" / "stanza-en-compact"))
SMALL_CODEBOOK = Path(__file__).parent / "fixtures" / "codebook_small"


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("CODER_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    # the cache signing key too: tests never write into the real home
    monkeypatch.setenv("CODER_KEY_FILE", str(tmp_path_factory.getbasetemp() / "config" / "cache.key"))


@pytest.fixture(scope="session")
def small_codebook() -> Codebook:
    return load_codebook(SMALL_CODEBOOK, use_cache=False)


def small_codebook_variant(tmp_path: Path, *, verbs_add: str = "", replace: dict[str, str] | None = None,
                           files: dict[str, str] | None = None) -> Codebook:
    """A copy of the small test codebook with edits: verb blocks appended to verbs.yaml
    (``verbs_add``), text replaced in verbs.yaml (``replace``), whole files rewritten."""
    import shutil

    book = tmp_path / "book"
    shutil.copytree(SMALL_CODEBOOK, book)
    manifest = book / "codebook.yaml"
    shipped = (SMALL_CODEBOOK / "../../../codebooks").resolve()
    manifest.write_text(manifest.read_text().replace("../../../codebooks", str(shipped)))
    verbs = book / "verbs.yaml"
    text = verbs.read_text()
    for old, new in (replace or {}).items():
        assert old in text, old
        text = text.replace(old, new)
    verbs.write_text(text + verbs_add)
    for name, content in (files or {}).items():
        (book / name).write_text(content)
    return load_codebook(book, use_cache=False)


def curated_codebook(root: Path, agents: str | None = None) -> Codebook:
    """The small test actors, agents (or ``agents``' text) and discards with the shipped curated
    verb patterns and ACLED rules, compiled in ``root``."""
    import shutil

    root.mkdir(parents=True)
    for name in ("actors.yaml", "agents.yaml", "discards.yaml"):
        shutil.copy(SMALL_CODEBOOK / name, root / name)
    if agents is not None:
        (root / "agents.yaml").write_text(agents)
    (root / "codebook.yaml").write_text(
        "name: curated\ncameo: shipped:cameo.yaml\nactors: [actors.yaml]\nagents: [agents.yaml]\n"
        "verbs: [shipped:verbs/core.yaml]\ndiscards: [discards.yaml]\ncountries: false\n"
        "acled: [shipped:acled.yaml]\n")
    return load_codebook(root, use_cache=False)


def build_sentence(spec: str, doc_id: str = "d", index: int = 0) -> Sentence:
    """Build a parse by hand: one token per line, ``text upos head deprel [lemma]``."""
    tokens, offset, texts = [], 0, []
    for i, line in enumerate(l for l in spec.strip().splitlines() if l.strip()):
        parts = line.split()
        text, upos, head, deprel = parts[:4]
        lemma = parts[4] if len(parts) > 4 else text.lower() if upos not in ("PROPN",) else text
        tokens.append(Token(i + 1, text, lemma, upos, "_", (), int(head), deprel, offset, offset + len(text)))
        texts.append(text)
        offset += len(text) + 1
    return Sentence(doc_id, index, " ".join(texts), tuple(tokens), 0, offset - 1)


def build_document(*specs: str, date: str | None = "2005-06-01", doc_id: str = "d") -> Document:
    sentences = []
    offset = 0
    for i, spec in enumerate(specs):
        s = build_sentence(spec, doc_id, i)
        shifted = tuple(Token(t.id, t.text, t.lemma, t.upos, t.xpos, t.feats, t.head, t.deprel,
                              t.start_char + offset, t.end_char + offset) for t in s.tokens)
        sentences.append(Sentence(doc_id, i, s.text, shifted, offset, offset + len(s.text)))
        offset += len(s.text) + 1
    return Document(doc_id, " ".join(s.text for s in sentences), tuple(sentences),
                    date=dt.date.fromisoformat(date) if date else None)


def written_with_hyphens_joined(doc: Document) -> Document:
    """The document as a tokenizer leaves "Port-au-Prince" or "anti-Gondor": no space before a
    token starting with a hyphen or after one ending with it (offsets and texts rewritten)."""
    sentences, offset = [], 0
    for sentence in doc.sentences:
        tokens, start, parts = [], offset, []
        for i, tok in enumerate(sentence.tokens):
            before = sentence.tokens[i - 1].text if i else ""
            space = bool(i) and not tok.text.startswith("-") and not before.endswith("-")
            parts.append((" " if space else "") + tok.text)
            offset += space
            tokens.append(Token(tok.id, tok.text, tok.lemma, tok.upos, tok.xpos, tok.feats, tok.head, tok.deprel,
                                offset, offset + len(tok.text)))
            offset += len(tok.text)
        text = "".join(parts)
        sentences.append(Sentence(doc.id, sentence.index, text, tuple(tokens), start, offset))
        offset += 1
    return Document(doc.id, " ".join(s.text for s in sentences), tuple(sentences), date=doc.date)


def conllu(*rows: str) -> str:
    """CoNLL-U rows written 'id form lemma upos feats head deprel' (feats '_' for none)."""
    out = []
    for row in rows:
        ident, form, lemma, upos, feats, head, rel = row.split()
        out.append("\t".join([ident, form, lemma, upos, "_", feats, head, rel, "_", "_"]))
    return "\n".join(out) + "\n\n"
