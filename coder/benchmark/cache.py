"""A parse cache: stanza parses stored as CoNLL-U, keyed by text hash and model folder, so
that re-benchmarking after a codebook edit needs no parsing at all.

Layout: ``$CODER_CACHE_DIR/parses/<model key>/<hh>/<text hash>.conllu`` (default cache root
``~/.cache/coder``, the same root the codebook cache uses: :func:`coder.codebook.cache.cache_root`).
CoNLL-U is text read by the CoNLL-U reader, so a cache entry cannot run code; a broken one
is parsed again.
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import replace
from pathlib import Path

from coder.codebook.cache import cache_root
from coder.doc import Document, parse_date
from coder.parse import ConlluError, parse_conllu_text, write_conllu


def model_key(model_dir: Path) -> str:
    """The model folder's resolved path plus the names, sizes and mtimes of its files, and the
    parse procedure (:func:`coder.parse.procedure_key`)."""
    from coder.parse import procedure_key

    digest = hashlib.sha256(str(model_dir.resolve()).encode())
    digest.update(procedure_key().encode())
    for file in sorted(p for p in model_dir.rglob("*") if p.is_file()):
        stat = file.stat()
        digest.update(f"{file.relative_to(model_dir)}:{stat.st_size}:{int(stat.st_mtime)}".encode())
    return digest.hexdigest()[:16]


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ParseCache:
    """Get and put parsed documents by text, for one model folder."""

    def __init__(self, model_dir: Path, root: Path | None = None):
        self.dir = (root or cache_root() / "parses") / model_key(model_dir)
        self.hits = 0
        self.misses = 0

    def _path(self, text: str) -> Path:
        key = text_key(text)
        return self.dir / key[:2] / f"{key}.conllu"

    def get(self, text: str, doc_id: str, date: str | None = None) -> Document | None:
        """The cached parse of ``text`` renamed to ``doc_id``, or None."""
        path = self._path(text)
        try:
            content = path.read_text(encoding="utf-8")
            docs = parse_conllu_text(content, name=str(path), doc_id=doc_id)
        except (OSError, ConlluError, ValueError):
            self.misses += 1
            return None  # missing or unreadable: re-parse, never trust a broken entry
        if len(docs) != 1:
            self.misses += 1
            return None
        self.hits += 1
        return rename(docs[0], doc_id, date, text)

    def put(self, text: str, doc: Document) -> None:
        path = self._path(text)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            buf = io.StringIO()
            write_conllu([rename(doc, "cached", None, doc.text)], buf)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(buf.getvalue(), encoding="utf-8")
            tmp.replace(path)
        except OSError:
            pass  # a read-only cache only costs speed


def rename(doc: Document, doc_id: str, date: str | None, text: str) -> Document:
    """``doc`` with another id (in its sentences too), date and its original text (the
    CoNLL-U offsets index into it)."""
    sentences = tuple(replace(s, doc_id=doc_id) for s in doc.sentences)
    return replace(doc, id=doc_id, text=text, sentences=sentences,
                   date=parse_date(date) if date else None)
