"""A parse cache: one CoNLL-U file per distinct text, keyed by the text's SHA-256 and the
identity of the stanza models, so that re-coding a raw corpus after a codebook edit parses
nothing again (``coder code … --parse-cache DIR``).

Layout: ``DIR/<model key>/<2 hex>/<text sha256>.conllu``. Only the parse is stored (no id,
date or metadata): the same text under another id or date is a hit. Files are written
atomically; an unreadable one is a miss and is overwritten.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from pathlib import Path

from coder.doc import Document, parse_date
from coder.parse import RawDocument

# Bump when the conversion from stanza to Document changes (old entries become misses).
FORMAT_VERSION = 1
_BIG = 64 * 1024 * 1024  # model files larger than this are keyed by size + first/last 4 MiB


def model_identity(models: str | os.PathLike | None) -> str:
    """A key for the parser: stanza's version, the parse procedure (cutting and joining of
    sentences: :func:`coder.parse.procedure_key`), and the name,
    size and content of every model file (``*.pt``, ``resources.json``) in the folder."""
    import stanza

    from coder.parse import procedure_key, resolve_model_dir

    model_dir = resolve_model_dir(models)
    digest = hashlib.sha256(f"v{FORMAT_VERSION}|stanza {stanza.__version__}|{procedure_key()}".encode())
    files = sorted(p for p in model_dir.rglob("*") if p.is_file() and (p.suffix == ".pt" or p.name == "resources.json"))
    for path in files:
        size = path.stat().st_size
        digest.update(f"|{path.relative_to(model_dir)}|{size}|".encode())
        with path.open("rb") as fh:
            if size <= _BIG:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(block)
            else:
                digest.update(fh.read(4 << 20))
                fh.seek(size - (4 << 20))
                digest.update(fh.read())
    return digest.hexdigest()[:20]


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ParseCache:
    """Get and put parses of raw documents (see the module docstring)."""

    def __init__(self, directory: str | os.PathLike, models: str | os.PathLike | None = None, *,
                 identity: str | None = None):
        self.directory = Path(directory)
        self.identity = identity or model_identity(models)
        self.hits = 0
        self.misses = 0

    def path(self, text: str, language: str | None = None) -> Path:
        """Where the parse of ``text`` in ``language`` is kept: the same text in two languages
        has two parses."""
        from coder.parse import language_code

        lang = language_code(language)
        key = text_key(f"{lang}|{text}" if lang else text)
        return self.directory / self.identity / key[:2] / f"{key}.conllu"

    def get(self, raw: RawDocument) -> Document | None:
        """The cached parse of ``raw.text`` as ``raw``'s document, or None."""
        from coder.parse import parse_conllu_text

        path = self.path(raw.text, raw.language)
        try:
            [cached] = parse_conllu_text(path.read_text(encoding="utf-8"), name=str(path), doc_id=raw.id)
        except Exception:  # missing, truncated or foreign: parse again
            self.misses += 1
            return None
        self.hits += 1
        sentences = tuple(
            replace(s, doc_id=raw.id, text=raw.text[s.start_char:s.end_char] if 0 <= s.start_char <= s.end_char
                    else s.text)
            for s in cached.sentences)
        return Document(id=raw.id, text=raw.text, sentences=sentences, date=parse_date(raw.date),
                        source=raw.source, language=raw.language, metadata=raw.metadata)

    def put(self, raw: RawDocument, doc: Document) -> None:
        from coder.parse import write_conllu

        path = self.path(raw.text, raw.language)
        path.parent.mkdir(parents=True, exist_ok=True)
        key = path.stem
        bare = Document(id=key, text=doc.text, sentences=tuple(replace(s, doc_id=key) for s in doc.sentences))
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            write_conllu([bare], fh)
        os.replace(tmp, path)
