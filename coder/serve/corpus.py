"""The workbench's corpus: its documents (parsed once, the parse cached in the output folder),
the events each is coded with now, and a word index that tells which documents a codebook
edit can change."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Callable

from coder.doc import Document
from coder.serve.config import WorkbenchError


def read_documents(path: Path, cache_dir: Path, models: Path | None,
                   say: Callable[[str], None]) -> list[Document]:
    """The documents of ``path``: cached parses as they are; anything else parsed once and
    cached in ``cache_dir`` as CoNLL-U (re-parsed when the file is newer than its cache)."""
    from coder.inputs import read_inputs
    from coder.parse import read_conllu, write_conllu

    if path.suffix.lower() == ".conllu":
        return list(read_conllu(path))
    cached = cache_dir / f"{path.stem}.parsed.conllu"
    if cached.is_file() and cached.stat().st_mtime >= path.stat().st_mtime:
        return list(read_conllu(cached))
    from coder.api import parse_items
    from coder.schema import Rejected

    say(f"parsing {path} once (cached as {cached})")
    docs = [d for d in parse_items(read_inputs([path]), models) if not isinstance(d, Rejected)]
    with cached.open("w", encoding="utf-8") as fh:
        write_conllu(docs, fh)
    return docs


def code_records(doc: Document, codebook) -> list[dict]:
    """The valid event records of one document, as `coder code` writes them."""
    from coder.api import code_parsed

    valid, _rejected, _status = code_parsed(doc, codebook)
    return valid


class Corpus:
    """Documents, their events as coded with the current codebook, and which words each holds."""

    def __init__(self) -> None:
        self.docs: list[Document] = []
        self.doc_index: dict[str, int] = {}
        self.records: dict[str, list[dict]] = {}
        self._vocab: dict[str, set[int]] = {}

    def load(self, path: Path, codebook, cache_dir: Path, models: Path | None,
             say: Callable[[str], None]) -> None:
        path = path.resolve()
        started = time.perf_counter()
        self.docs = read_documents(path, cache_dir, models, say)
        self.doc_index = {d.id: i for i, d in enumerate(self.docs)}
        self._index_words()
        say(f"coding {len(self.docs)} documents")
        self.records = {d.id: code_records(d, codebook) for d in self.docs}
        say(f"corpus ready in {time.perf_counter() - started:.1f} s: {len(self.docs)} documents, "
            f"{self.sentence_count} sentences, {sum(len(r) for r in self.records.values())} events")

    def _index_words(self) -> None:
        for i, doc in enumerate(self.docs):
            for sentence in doc.sentences:
                for tok in sentence.tokens:
                    for form in {tok.text.lower(), tok.lemma.lower()}:
                        # a word and its parts ("us-backed": us, backed), as entries' phrases are split
                        for key in {form, *re.findall(r"[^\W_]+", form)}:
                            self._vocab.setdefault(key, set()).add(i)

    @property
    def sentence_count(self) -> int:
        return sum(len(d.sentences) for d in self.docs)

    def document(self, doc_id: str) -> Document:
        index = self.doc_index.get(doc_id)
        if index is None:
            raise WorkbenchError(f"document {doc_id!r} is not in the loaded corpus", 404)
        return self.docs[index]

    def all_records(self) -> list[dict]:
        return [r for d in self.docs for r in self.records.get(d.id, [])]

    def affected(self, words: set[tuple[str, ...]] | None) -> list[int]:
        """Indexes of the documents an edit can change: those holding every word of one of
        the edited entries' strings (``None``: all documents)."""
        if words is None:
            return list(range(len(self.docs)))
        found: set[int] = set()
        for phrase in words:
            docs: set[int] | None = None
            for word in phrase:
                hits = self._word_docs(word)
                docs = hits if docs is None else docs & hits
                if not docs:
                    break
            found |= docs or set()
        return sorted(found)

    def _word_docs(self, word: str) -> set[int]:
        # prefix match, generous enough for inflections the lemmatizer missed ("withdrew")
        stem = word.rstrip("*")
        if word.endswith("*") or len(stem) > 4:
            stem = stem if word.endswith("*") else stem[:max(4, len(stem) - 3)]
            out: set[int] = set()
            for key, docs in self._vocab.items():
                if key.startswith(stem):
                    out |= docs
            return out
        return set(self._vocab.get(stem, set()))

    def recode(self, indexes: list[int], codebook) -> tuple[list[dict], list[dict]]:
        """Re-code the documents at ``indexes``: (their events before, their events now)."""
        before: list[dict] = []
        after: list[dict] = []
        for i in indexes:
            doc = self.docs[i]
            before.extend(self.records.get(doc.id, []))
            fresh = code_records(doc, codebook)
            self.records[doc.id] = fresh
            after.extend(fresh)
        return before, after
