"""Parsing: stanza behind one function, plus CoNLL-U reading and writing.

``parse_documents`` turns raw documents into the project's frozen :mod:`coder.doc` types.
``read_conllu`` / ``write_conllu`` store those parses so that a corpus is parsed once and
re-coded after every codebook edit.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence, TextIO

from coder.doc import Document, Sentence, Token, normalize_deprel, parse_date
from coder.errors import CoderError

MODEL_ENV_VAR = "CODER_STANZA_DIR"
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
# Sentences longer than this are cut into chunks before tagging and parsing: the biaffine
# parser's memory grows with the square of the sentence length.
MAX_SENTENCE_WORDS = 200
# Punctuation preferred as a chunk boundary when a long sentence is cut.
_SOFT_BREAKS = {",", ";", ":", "-", "--", "—"}


class ModelNotFoundError(CoderError):
    code = "E101"


@dataclass(frozen=True)
class RawDocument:
    """Text and metadata of a document before parsing."""

    id: str
    text: str
    date: str | None = None
    source: str = ""
    language: str = "en"
    metadata: tuple[tuple[str, str], ...] = ()


def default_model_dir() -> Path:
    """stanza's own resources folder (``$STANZA_RESOURCES_DIR``, else the user's cache,
    ``~/.cache/stanza/<version>/resources``): where ``coder models download`` and the first
    run on a fresh machine put the official models."""
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env).expanduser()
    from stanza.resources.common import DEFAULT_MODEL_DIR

    return Path(DEFAULT_MODEL_DIR).expanduser()


def configured_model_dir(models: str | os.PathLike | None = None, lang: str = "en", *,
                         main_language: bool = True) -> Path | None:
    """The folder the user chose for ``lang``: ``models``, else ``$CODER_STANZA_DIR_<LANG>``
    (e.g. ``CODER_STANZA_DIR_ES``), else — for the run's main language only —
    ``$CODER_STANZA_DIR``; None when nothing is set."""
    chosen = models or os.environ.get(f"{MODEL_ENV_VAR}_{lang.upper()}") or (
        os.environ.get(MODEL_ENV_VAR) if main_language else None)
    return Path(chosen).expanduser() if chosen else None


def resolve_model_dir(models: str | os.PathLike | None = None, lang: str = "en", *,
                      download: bool = True, main_language: bool = True) -> Path:
    """The stanza model folder for ``lang``: ``models`` if given, else
    ``$CODER_STANZA_DIR_<LANG>`` / ``$CODER_STANZA_DIR``, else stanza's own resources folder
    (:func:`default_model_dir`). When nothing is configured and that folder lacks the
    language's models, they are downloaded there once (``download``; needs network access,
    off with ``$CODER_NO_DOWNLOAD=1``); without network the error says what to do.
    """
    path = configured_model_dir(models, lang, main_language=main_language)
    if path is not None:
        if not path.is_dir():
            raise ModelNotFoundError(
                f"stanza model folder not found: {path} (set --models DIR or ${MODEL_ENV_VAR}; "
                "with network access, `coder models download` fetches the official models)"
            )
        return path
    path = default_model_dir()
    if has_official_models(path, lang):
        return path
    if not download or os.environ.get("CODER_NO_DOWNLOAD", "").strip() not in ("", "0"):
        where = f"--models DIR / ${MODEL_ENV_VAR}" if main_language else f"${MODEL_ENV_VAR}_{lang.upper()}"
        raise ModelNotFoundError(
            f"no stanza model folder configured and no {lang!r} models in {path}: run "
            f"`coder models download --lang {lang}` (network access), or point {where} at a model folder")
    download_models(lang, path)
    return path


def has_official_models(path: Path, lang: str = "en") -> bool:
    """Whether ``path`` is a stanza resources folder holding ``lang``'s models."""
    return (path / "resources.json").is_file() and (path / lang).is_dir()


def download_models(lang: str = "en", directory: str | os.PathLike | None = None) -> Path:
    """Fetch stanza's official models for ``lang`` (tokenize, mwt, pos, lemma, depparse)
    into ``directory`` (default: :func:`default_model_dir`), with stanza's progress bars.
    No network: :class:`ModelNotFoundError` saying what to do instead."""
    import sys

    import stanza

    target = Path(directory).expanduser() if directory else default_model_dir()
    print(f"coder: downloading stanza's official {lang!r} models into {target} (once; "
          "later runs use them)", file=sys.stderr)
    try:
        stanza.download(lang, model_dir=str(target), processors=",".join(PROCESSORS), logging_level="INFO")
    except Exception as exc:
        raise ModelNotFoundError(
            f"downloading stanza's {lang!r} models into {target} failed ({type(exc).__name__}: {exc}). "
            "This needs network access. Offline: copy a stanza model folder to this machine and "
            f"point --models DIR or ${MODEL_ENV_VAR} at it (the tests use "
            "../shared/models/stanza-en-compact); with network later, run `coder models download`."
        ) from exc
    return target


def _model_paths(model_dir: Path, lang: str = "en") -> dict[str, str]:
    """Per-processor model paths for a flat folder (``tokenize.pt``…), or {} for stanza's
    standard ``<dir>/<lang>/...`` layout, which stanza resolves from its resources.json."""
    flat = {p: model_dir / f"{p}.pt" for p in PROCESSORS}
    if all(path.is_file() for path in flat.values()):
        return {p: str(path) for p, path in flat.items()}
    if (model_dir / lang).is_dir():
        return {}
    missing = ", ".join(f"{p}.pt" for p, path in flat.items() if not path.is_file())
    raise ModelNotFoundError(f"{model_dir}: not a stanza model folder for {lang!r} (missing {missing}; no {lang}/)")


class Parser:
    """Loaded stanza pipelines. Build once per process; call :meth:`parse` on batches.

    ``lang`` is the language of documents that name none; a document's own ``language``
    picks its pipeline, loaded on first use from that language's model folder (see
    :func:`resolve_model_dir`; ``models`` is the folder of ``lang``, or a folder per
    language: ``{"en": ..., "es": ...}``)."""

    def __init__(self, models: str | os.PathLike | dict[str, str | os.PathLike] | None = None, threads: int = 1,
                 lang: str = "en"):
        import torch

        torch.set_num_threads(max(1, threads))
        self.lang = lang or "en"
        self._models = models
        self._pipelines: dict[str, tuple] = {}
        self.model_dir = self._load(self.lang)[2]

    def _load(self, lang: str) -> tuple:
        """(tokenizer, tagger, model folder) of ``lang``, loaded once."""
        if isinstance(self._pipelines.get(lang), Exception):  # failed once: no second download
            raise self._pipelines[lang]
        if lang not in self._pipelines:
            import stanza

            main = lang == self.lang
            if isinstance(self._models, dict):  # a folder per language
                chosen = self._models.get(lang)
            else:
                chosen = self._models if main else None
            try:
                model_dir = resolve_model_dir(chosen, lang, main_language=main)
            except ModelNotFoundError as exc:
                self._pipelines[lang] = exc
                raise
            paths = _model_paths(model_dir, lang)
            common = dict(lang=lang, dir=str(model_dir), download_method=None, use_gpu=False,
                          logging_level="ERROR")
            # Two stages so that over-long sentences can be cut between tokenizing and parsing.
            tok_paths = {f"{p}_model_path": paths[p] for p in ("tokenize", "mwt") if paths}
            tokenizer = stanza.Pipeline(processors="tokenize,mwt", **tok_paths, **common)
            rest_paths = {f"{p}_model_path": paths[p] for p in ("tokenize", "pos", "lemma", "depparse")
                          if paths}
            tagger = stanza.Pipeline(processors="tokenize,pos,lemma,depparse",
                                     tokenize_pretokenized=True, **rest_paths, **common)
            self._pipelines[lang] = (tokenizer, tagger, model_dir)
        return self._pipelines[lang]

    def parse(self, docs: Sequence[RawDocument]) -> list[Document]:
        """Parse a batch of documents (one stanza call per stage and language for the batch)."""
        import stanza

        if not docs:
            return []
        by_id: dict[int, object] = {}
        languages = dict.fromkeys((d.language or self.lang) for d in docs if d.text.strip())
        for lang in languages:
            non_empty = [d for d in docs if d.text.strip() and (d.language or self.lang) == lang]
            tokenizer, tagger, _ = self._load(lang)
            tokenized = tokenizer([stanza.Document([], text=d.text) for d in non_empty])
            tokenized = [_cut_long_sentences(t) for t in tokenized]
            tagged = tagger(tokenized) if tokenized else []
            by_id.update({id(d): t for d, t in zip(non_empty, tagged)})
        return [_convert(d, by_id.get(id(d))) for d in docs]


def _cut_long_sentences(document):
    """Split sentences over MAX_SENTENCE_WORDS tokens into chunks, preferably after commas."""
    import stanza

    sentences = document.to_dict()
    if all(len(s) <= MAX_SENTENCE_WORDS for s in sentences):
        return document
    out = []
    for sent in sentences:
        while len(sent) > MAX_SENTENCE_WORDS:
            cut = MAX_SENTENCE_WORDS
            for i in range(MAX_SENTENCE_WORDS - 1, MAX_SENTENCE_WORDS // 2, -1):
                if sent[i].get("text") in _SOFT_BREAKS:
                    cut = i + 1
                    break
            if isinstance(sent[cut - 1]["id"], tuple):  # never cut inside a multi-word token
                cut -= 1
            out.append(_renumber(sent[:cut]))
            sent = sent[cut:]
        out.append(_renumber(sent))
    return stanza.Document(out, text=document.text)


def _renumber(entries: list[dict]) -> list[dict]:
    first = entries[0]["id"]
    offset = (first[0] if isinstance(first, tuple) else first) - 1
    renumbered = []
    for entry in entries:
        entry = dict(entry)
        ident = entry["id"]
        entry["id"] = tuple(i - offset for i in ident) if isinstance(ident, tuple) else ident - offset
        renumbered.append(entry)
    return renumbered


def _convert(raw: RawDocument, parsed) -> Document:
    sentences: list[Sentence] = []
    if parsed is not None:
        for index, sent in enumerate(parsed.sentences):
            tokens = []
            for word in sent.words:
                start = word.start_char if word.start_char is not None else word.parent.start_char
                end = word.end_char if word.end_char is not None else word.parent.end_char
                tokens.append(Token(
                    id=int(word.id), text=word.text, lemma=word.lemma or word.text,
                    upos=word.upos or "X", xpos=word.xpos or "_",
                    feats=_parse_feats(word.feats), head=int(word.head or 0),
                    deprel=word.deprel or "dep",
                    start_char=-1 if start is None else int(start),
                    end_char=-1 if end is None else int(end)))
            start = tokens[0].start_char if tokens else -1
            end = tokens[-1].end_char if tokens else -1
            text = raw.text[start:end] if start >= 0 and end >= 0 else sent.text
            sentences.append(Sentence(raw.id, index, text, tuple(tokens), start, end))
    return Document(id=raw.id, text=raw.text, sentences=tuple(sentences),
                    date=parse_date(raw.date), source=raw.source, language=raw.language,
                    metadata=raw.metadata)


def _parse_feats(feats: str | None) -> tuple[tuple[str, str], ...]:
    if not feats or feats == "_":
        return ()
    pairs = []
    for item in feats.split("|"):
        key, _, value = item.partition("=")
        pairs.append((key, value))
    return tuple(pairs)


def _worker_init(models: str | None, threads: int) -> None:
    global _WORKER_PARSER  # per-process cache in worker processes only
    _WORKER_PARSER = Parser(models, threads)


def _worker_parse(batch: list[RawDocument]) -> list[Document]:
    return _WORKER_PARSER.parse(batch)


def parse_documents(
    docs: Iterable[RawDocument],
    models: str | os.PathLike | None = None,
    *,
    workers: int = 1,
    threads: int = 1,
    batch_size: int = 32,
    parser: Parser | None = None,
) -> Iterator[Document]:
    """Parse documents with stanza, yielding :class:`Document` in input order.

    ``workers`` processes × ``threads`` torch threads each: keep the product at or below the
    free cores (more threads than cores makes stanza many times slower).
    """
    batches = batched(docs, batch_size)
    if workers <= 1:
        parser = parser or Parser(models, threads)
        for batch in batches:
            yield from parser.parse(batch)
        return
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_worker_init,
                  initargs=(str(models) if models else None, threads)) as pool:
        for parsed in pool.imap(_worker_parse, batches):
            yield from parsed


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    batch: list[RawDocument] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# --------------------------------------------------------------------------- CoNLL-U

def write_conllu(docs: Iterable[Document], out: TextIO) -> int:
    """Write documents as CoNLL-U with ``# newdoc`` metadata; returns sentences written."""
    count = 0
    for doc in docs:
        out.write(f"# newdoc id = {doc.id}\n")
        if doc.date:
            out.write(f"# date = {doc.date.isoformat()}\n")
        if doc.source:
            out.write(f"# source = {doc.source}\n")
        for key, value in doc.metadata:
            out.write(f"# meta::{key} = {_one_line(value)}\n")
        if not doc.sentences:
            out.write("# empty_document = true\n\n")
        for sent in doc.sentences:
            out.write(f"# sent_id = {sent.id}\n")
            out.write(f"# text = {_one_line(sent.text)}\n")
            out.write(f"# char_span = {sent.start_char}:{sent.end_char}\n")
            for tok in sent.tokens:
                feats = "|".join(f"{k}={v}" for k, v in tok.feats) or "_"
                misc = f"start_char={tok.start_char}|end_char={tok.end_char}"
                out.write("\t".join([str(tok.id), tok.text, tok.lemma, tok.upos, tok.xpos, feats,
                                     str(tok.head), tok.deprel, "_", misc]) + "\n")
            out.write("\n")
            count += 1
    return count


def _one_line(text: str) -> str:
    return " ".join(text.split())


class ConlluError(CoderError):
    code = "E102"


def read_conllu(source: str | os.PathLike | TextIO, *, doc_id: str | None = None,
                date: str | None = None,
                on_error: Callable[[str, str], None] | None = None) -> list[Document]:
    """Read CoNLL-U (ours or any UD file; UD v1 labels are mapped to v2).

    Documents are split at ``# newdoc``; a file without such comments is one document named
    ``doc_id`` (default: the file stem). Malformed lines raise :class:`ConlluError` with
    the file and line number (or, with ``on_error``, leave out only their document)."""
    if hasattr(source, "read"):
        name = getattr(source, "name", "<stream>")
        return list(iter_conllu(source, name=name, doc_id=doc_id or Path(str(name)).stem, date=date,
                                on_error=on_error))
    name = str(source)
    with open(source, "rb") as fh:
        return list(iter_conllu(fh, name=name, doc_id=doc_id or Path(name).stem, date=date,
                                on_error=on_error))


def parse_conllu_text(text: str, *, name: str = "<string>", doc_id: str = "doc",
                      date: str | None = None,
                      on_error: Callable[[str, str], None] | None = None) -> list[Document]:
    """Documents of a CoNLL-U text. A malformed document raises :class:`ConlluError`, or,
    with ``on_error(doc_id, message)``, is reported there and left out (the rest is kept)."""
    return list(iter_conllu(text.splitlines(), name=name, doc_id=doc_id, date=date, on_error=on_error))


def iter_conllu(lines: Iterable[str | bytes | ConlluError], *, name: str = "<string>", doc_id: str = "doc",
                date: str | None = None, on_error: Callable[[str, str], None] | None = None,
                max_tokens: int | None = None) -> Iterator[Document]:
    """Documents of CoNLL-U lines (text, or bytes decoded as UTF-8), one at a time as each
    ends, so a large file is never held whole. A malformed document (a bad line, a line
    that is not UTF-8 or given as a ConlluError, more than ``max_tokens`` words) raises :class:`ConlluError`, or,
    with ``on_error(doc_id, message)``, is reported there and left out."""
    current: dict | None = None
    sent_lines: list[tuple[int, str]] = []
    sent_meta: dict[str, str] = {}
    n_docs = 0

    def new_doc(ident: str) -> dict:
        return {"id": ident, "date": date, "source": "", "meta": [], "sentences": [], "tokens": 0}

    def flush_sentence() -> None:
        nonlocal sent_lines, sent_meta, current, n_docs
        if not sent_lines:
            sent_meta = {}
            return
        if current is None:
            current = new_doc(doc_id)
            n_docs += 1
        if "error" not in current:
            try:
                sentence = _sentence_from_lines(sent_lines, sent_meta, name, current)
                current["tokens"] += len(sentence.tokens)
                if max_tokens is not None and current["tokens"] > max_tokens:
                    raise ConlluError(f"{name}:{sent_lines[0][0]}: document {current['id']} has more "
                                      f"than {max_tokens} words (the limit per document)")
                current["sentences"].append(sentence)
            except ConlluError as exc:
                if on_error is None:
                    raise
                current["error"] = str(exc)
                current["sentences"] = []  # nothing of a rejected document is kept
        sent_lines, sent_meta = [], {}

    def finish(d: dict | None) -> Iterator[Document]:
        if d is None:
            return
        sentences = tuple(replace(s, doc_id=d["id"], index=i) for i, s in enumerate(d["sentences"]))
        doc_date = None
        try:
            doc_date = parse_date(d["date"])
        except ValueError as exc:
            d.setdefault("error", f"{name}: document {d['id']}: {exc}")
        if "error" in d:
            if on_error is None:
                raise ConlluError(d["error"])
            on_error(d["id"], d["error"])
            return
        yield Document(id=d["id"], text=_doc_text(sentences), sentences=sentences,
                       date=doc_date, source=d["source"], metadata=tuple(d["meta"]))

    for lineno, line in enumerate(lines, start=1):
        if isinstance(line, (bytes, ConlluError)):
            try:
                if isinstance(line, ConlluError):  # a line the caller could not read
                    raise line
                line = line.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except (UnicodeDecodeError, ConlluError) as exc:
                message = (f"{name}:{lineno}: not UTF-8 (byte {exc.start})" if isinstance(exc, UnicodeDecodeError)
                           else f"{name}:{lineno}: {exc.args[0]}")
                if on_error is None:
                    raise ConlluError(message) from None
                if current is None:
                    current = new_doc(doc_id)
                    n_docs += 1
                current.setdefault("error", message)
                current["sentences"] = []
                sent_lines, sent_meta = [], {}
                continue
        line = line.rstrip("\r\n")
        if not line.strip():
            flush_sentence()
            continue
        if line.startswith("#"):
            key, sep, value = line[1:].partition("=")
            key, value = key.strip(), value.strip()
            if key == "newdoc id" or key == "newdoc" or (key.startswith("newdoc") and sep):
                flush_sentence()
                yield from finish(current)
                current = new_doc(value or f"{doc_id}-{n_docs}")
                n_docs += 1
            elif current is not None and not sent_lines and key == "date":
                current["date"] = value
            elif current is not None and not sent_lines and key == "source":
                current["source"] = value
            elif current is not None and key.startswith("meta::"):
                current["meta"].append((key[6:], value))
            elif sep:
                sent_meta[key] = value
            continue
        sent_lines.append((lineno, line))
    flush_sentence()
    yield from finish(current)


def _doc_text(sentences: Sequence[Sentence]) -> str:
    """Rebuild a document text placing sentences at their recorded offsets when known."""
    if sentences and all(s.start_char >= 0 for s in sentences):
        length = max(s.end_char for s in sentences)
        chars = [" "] * length
        for s in sentences:
            chars[s.start_char:s.start_char + len(s.text)] = s.text
        return "".join(chars)
    return " ".join(s.text for s in sentences)


def _sentence_from_lines(lines: list[tuple[int, str]], meta: dict[str, str], name: str,
                         doc: dict) -> Sentence:
    tokens: list[Token] = []
    for lineno, line in lines:
        cols = line.split("\t")
        if len(cols) != 10:
            raise ConlluError(f"{name}:{lineno}: expected 10 tab-separated columns, got {len(cols)}")
        ident = cols[0]
        if "-" in ident or "." in ident:  # multi-word token ranges and empty nodes
            continue
        try:
            token_id, head = int(ident), int(cols[6]) if cols[6] != "_" else 0
        except ValueError:
            raise ConlluError(f"{name}:{lineno}: bad ID or HEAD column: {cols[0]!r} / {cols[6]!r}") from None
        misc = dict(item.partition("=")[::2] for item in cols[9].split("|") if "=" in item)
        try:
            start_char, end_char = int(misc.get("start_char", -1)), int(misc.get("end_char", -1))
        except ValueError:
            raise ConlluError(f"{name}:{lineno}: start_char/end_char in MISC are not integers") from None
        tokens.append(Token(
            id=token_id, text=cols[1], lemma=cols[2] if cols[2] != "_" else cols[1],
            upos=cols[3], xpos=cols[4], feats=_parse_feats(cols[5]), head=head,
            deprel=normalize_deprel(cols[7]), start_char=start_char, end_char=end_char))
    if [t.id for t in tokens] != list(range(1, len(tokens) + 1)):
        raise ConlluError(f"{name}:{lines[0][0]}: token IDs are not 1..n")
    for tok in tokens:
        if not 0 <= tok.head <= len(tokens):
            raise ConlluError(f"{name}:{lines[0][0]}: token {tok.id} has HEAD {tok.head} outside the sentence")
        if tok.head == tok.id:
            raise ConlluError(f"{name}:{lines[0][0]}: token {tok.id} is its own HEAD")
    cycle = _cycle(tokens)
    if cycle:
        raise ConlluError(f"{name}:{lines[0][0]}: tokens {cycle} form a cycle (no path to the root)")
    text = meta.get("text") or " ".join(t.text for t in tokens)
    start, _, end = meta.get("char_span", "-1:-1").partition(":")
    try:
        span = int(start or -1), int(end or -1)
    except ValueError:
        raise ConlluError(f"{name}:{lines[0][0]}: bad char_span {meta.get('char_span')!r}") from None
    return Sentence(doc["id"], len(doc["sentences"]), text, tuple(tokens), *span)


def _cycle(tokens: list[Token]) -> list[int]:
    """Token ids on a head cycle, or [] when every token reaches the root."""
    heads = {t.id: t.head for t in tokens}
    for tok in tokens:
        seen, current = [], tok.id
        while current and current not in seen:
            seen.append(current)
            current = heads[current]
        if current:
            return sorted(seen[seen.index(current):])
    return []
