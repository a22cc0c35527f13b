"""CoNLL-U reading and writing: a corpus is parsed once, stored as CoNLL-U, and re-coded
after every codebook edit.

``write_conllu`` stores parsed documents with their metadata in ``#`` comments;
``read_conllu`` / ``parse_conllu_text`` / ``iter_conllu`` read them back (ours or any UD
file; UD v1 labels are mapped to v2). :mod:`coder.parse` exports the same names.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence, TextIO

from coder.doc import Document, Sentence, Token, normalize_deprel, parse_date, verb_nmods_as_obliques
from coder.errors import CoderError


class ConlluError(CoderError):
    code = "E102"


# --------------------------------------------------------------------------- writing

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


# --------------------------------------------------------------------------- reading

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
    reader = _ConlluReader(name, doc_id, date, on_error, max_tokens)
    for lineno, line in enumerate(lines, start=1):
        finished = reader.read_line(lineno, line)
        if finished is not None:
            yield finished
    finished = reader.end()
    if finished is not None:
        yield finished


@dataclass
class _DocumentDraft:
    """A document while its lines are read; ``error`` set rejects it whole."""

    id: str
    date: str | None
    source: str = ""
    meta: list[tuple[str, str]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: int = 0
    error: str | None = None

    def reject(self, message: str) -> None:
        """Keep the first reason; nothing of a rejected document is kept."""
        if self.error is None:
            self.error = message
        self.sentences = []


class _ConlluReader:
    """What :func:`iter_conllu` knows between lines: the document being read and the lines
    and comments of its current sentence. Each method takes one kind of line."""

    def __init__(self, name: str, doc_id: str, date: str | None,
                 on_error: Callable[[str, str], None] | None, max_tokens: int | None):
        self.name = name
        self.doc_id = doc_id  # of a file without ``# newdoc``, and the stem of unnamed documents
        self.date = date
        self.on_error = on_error
        self.max_tokens = max_tokens
        self.document: _DocumentDraft | None = None
        self.documents_started = 0
        self.sentence_lines: list[tuple[int, str]] = []
        self.sentence_meta: dict[str, str] = {}

    def read_line(self, lineno: int, line: str | bytes | ConlluError) -> Document | None:
        """Take one line; returns the document it ends (at ``# newdoc``), if any."""
        if isinstance(line, (bytes, ConlluError)):
            line = self._decoded(lineno, line)
            if line is None:
                return None
        line = line.rstrip("\r\n")
        if not line.strip():
            self._end_sentence()
        elif line.startswith("#"):
            return self._comment(line)
        else:
            self.sentence_lines.append((lineno, line))
        return None

    def end(self) -> Document | None:
        """The last document, at the end of the lines."""
        self._end_sentence()
        return self._finish(self.document)

    def _decoded(self, lineno: int, line: bytes | ConlluError) -> str | None:
        """The text of a line given as bytes; None when it cannot be read (with ``on_error``,
        its document is rejected), a ConlluError without."""
        try:
            if isinstance(line, ConlluError):  # a line the caller could not read
                raise line
            return line.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except (UnicodeDecodeError, ConlluError) as exc:
            message = (f"{self.name}:{lineno}: not UTF-8 (byte {exc.start})" if isinstance(exc, UnicodeDecodeError)
                       else f"{self.name}:{lineno}: {exc.args[0]}")
            if self.on_error is None:
                raise ConlluError(message) from None
        self._current_document().reject(message)
        self.sentence_lines, self.sentence_meta = [], {}
        return None

    def _comment(self, line: str) -> Document | None:
        """A ``#`` line: a new document, a document's date / source / ``meta::`` field, or a
        sentence's ``key = value``; returns the document a ``# newdoc`` ends."""
        key, sep, value = line[1:].partition("=")
        key, value = key.strip(), value.strip()
        document = self.document
        if key == "newdoc id" or key == "newdoc" or (key.startswith("newdoc") and sep):
            return self._new_document(value)
        if document is not None and not self.sentence_lines and key == "date":
            document.date = value
        elif document is not None and not self.sentence_lines and key == "source":
            document.source = value
        elif document is not None and key.startswith("meta::"):
            document.meta.append((key[6:], value))
        elif sep:
            self.sentence_meta[key] = value
        return None

    def _new_document(self, ident: str) -> Document | None:
        """Start the document a ``# newdoc`` names; returns the one it ends."""
        self._end_sentence()
        finished = self._finish(self.document)
        self.document = self._start(ident or f"{self.doc_id}-{self.documents_started}")
        return finished

    def _start(self, ident: str) -> _DocumentDraft:
        self.documents_started += 1
        return _DocumentDraft(ident, self.date)

    def _current_document(self) -> _DocumentDraft:
        """The document being read; lines before any ``# newdoc`` start one named ``doc_id``."""
        if self.document is None:
            self.document = self._start(self.doc_id)
        return self.document

    def _end_sentence(self) -> None:
        """At a blank line (or a document's end): add the sentence read so far, if any."""
        lines, meta = self.sentence_lines, self.sentence_meta
        self.sentence_lines, self.sentence_meta = [], {}
        if not lines:
            return
        document = self._current_document()
        if document.error is not None:
            return
        try:
            self._add_sentence(document, lines, meta)
        except ConlluError as exc:
            if self.on_error is None:
                raise
            document.reject(str(exc))

    def _add_sentence(self, document: _DocumentDraft, lines: list[tuple[int, str]], meta: dict[str, str]) -> None:
        sentence = _sentence_from_lines(lines, meta, self.name, document.id, len(document.sentences))
        document.tokens += len(sentence.tokens)
        if self.max_tokens is not None and document.tokens > self.max_tokens:
            raise ConlluError(f"{self.name}:{lines[0][0]}: document {document.id} has more "
                              f"than {self.max_tokens} words (the limit per document)")
        document.sentences.append(sentence)

    def _finish(self, draft: _DocumentDraft | None) -> Document | None:
        """The finished document; a rejected one goes to ``on_error`` (None returned) or
        raises ConlluError."""
        if draft is None:
            return None
        sentences = tuple(s if s.index == i and s.doc_id == draft.id else replace(s, doc_id=draft.id, index=i)
                          for i, s in enumerate(draft.sentences))  # (each was made with its own already)
        doc_date = None
        try:
            doc_date = parse_date(draft.date)
        except ValueError as exc:
            if draft.error is None:
                draft.error = f"{self.name}: document {draft.id}: {exc}"
        if draft.error is not None:
            if self.on_error is None:
                raise ConlluError(draft.error)
            self.on_error(draft.id, draft.error)
            return None
        return Document(id=draft.id, text=_doc_text(sentences), sentences=sentences,
                        date=doc_date, source=draft.source, metadata=tuple(draft.meta))


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
                         doc_id: str, index: int) -> Sentence:
    tokens: list[Token] = []
    ranges = False  # a multi-word token or an empty node among the lines
    for lineno, line in lines:
        token = _token(line, lineno, name)
        if token is not None:
            tokens.append(token)
        else:
            ranges = True
    _check_tree(tokens, f"{name}:{lines[0][0]}")
    if ranges:
        tokens = _without_repeated_words(tokens, _repeated_ranges(lines))
    tokens = verb_nmods_as_obliques(tokens)
    text = meta.get("text") or _surface_text(lines)
    start, _, end = meta.get("char_span", "-1:-1").partition(":")
    try:
        span = int(start or -1), int(end or -1)
    except ValueError:
        raise ConlluError(f"{name}:{lines[0][0]}: bad char_span {meta.get('char_span')!r}") from None
    return Sentence(doc_id, index, text, tuple(tokens), *span)


def _repeated_ranges(lines: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """Multi-word tokens whose words the parser wrote twice: ``2-3 AB`` (``2 A``, ``3 B``)
    followed by ``4 A``, ``5 B`` again (UDPipe's Spanish output in UniversalPetrarch's
    validation files, for every contraction). Returns each such range (first, last word id)."""
    forms: dict[int, str] = {}
    ranges: list[tuple[int, int]] = []
    for _, line in lines:
        ident, form = line.split("\t", 2)[:2]
        first, dash, last = ident.partition("-")
        if dash and first.isdigit() and last.isdigit() and int(first) <= int(last):
            ranges.append((int(first), int(last)))
        elif ident.isdigit():
            forms[int(ident)] = form.lower()
    return [(a, b) for a, b in ranges
            if [forms.get(i) for i in range(a, b + 1)] == [forms.get(i) for i in range(b + 1, 2 * b - a + 2)]]


def _without_repeated_words(tokens: list[Token], ranges: list[tuple[int, int]]) -> list[Token]:
    """The tokens without a repeated multi-word token's first copy of its words (the copy
    after it carries the phrase's structure), numbered 1..n again; a word that hung on a
    dropped one hangs on that one's head. Unchanged when a dropped word would be the root."""
    dropped = {i for a, b in ranges for i in range(a, b + 1)}
    heads = {t.id: t.head for t in tokens}
    if not dropped or any(heads.get(i) == 0 for i in dropped):
        return tokens

    def kept_head(head: int) -> int:
        while head in dropped:
            head = heads[head]
        return head

    new_id = {t.id: n for n, t in enumerate((t for t in tokens if t.id not in dropped), start=1)}
    new_id[0] = 0
    return [replace(t, id=new_id[t.id], head=new_id[kept_head(t.head)]) for t in tokens if t.id not in dropped]


def _surface_text(lines: list[tuple[int, str]]) -> str:
    """The words of a sentence as written, for one without a ``# text`` line: a multi-word
    token's form (``2-3 del``) in place of its words (``de el``, also when the parser wrote
    them twice); empty nodes left out."""
    words: list[str] = []
    covered = 0  # the last word id inside the latest multi-word token
    repeated = dict(_repeated_ranges(lines))
    for _, line in lines:
        ident, form = line.split("\t", 2)[:2]
        if "." in ident:
            continue
        if "-" in ident:
            first, _, last = ident.partition("-")
            covered = int(last) if last.isdigit() else covered
            if first.isdigit() and repeated.get(int(first)) == covered:
                covered += covered - int(first) + 1
            words.append(form)
        elif int(ident) > covered:
            words.append(form)
    return " ".join(words)


def _token(line: str, lineno: int, name: str) -> Token | None:
    """The token of a word line; None for multi-word token ranges and empty nodes."""
    cols = line.split("\t")
    if len(cols) != 10:
        raise ConlluError(f"{name}:{lineno}: expected 10 tab-separated columns, got {len(cols)}")
    ident = cols[0]
    if "-" in ident or "." in ident:  # multi-word token ranges and empty nodes
        return None
    try:
        token_id, head = int(ident), int(cols[6]) if cols[6] != "_" else 0
    except ValueError:
        raise ConlluError(f"{name}:{lineno}: bad ID or HEAD column: {cols[0]!r} / {cols[6]!r}") from None
    start_char = end_char = -1
    misc = cols[9]
    if misc.startswith("start_char=") and misc.count("|") == 1 and "|end_char=" in misc:  # (stanza's own)
        first, last = misc.split("|")
        try:
            start_char, end_char = int(first[11:]), int(last[9:])
        except ValueError:
            raise ConlluError(f"{name}:{lineno}: start_char/end_char in MISC are not integers") from None
    elif "=" in misc:
        misc = dict([item.partition("=")[::2] for item in misc.split("|") if "=" in item])
        try:
            start_char, end_char = int(misc.get("start_char", -1)), int(misc.get("end_char", -1))
        except ValueError:
            raise ConlluError(f"{name}:{lineno}: start_char/end_char in MISC are not integers") from None
    return Token.build(token_id, cols[1], cols[2] if cols[2] != "_" else cols[1], cols[3], cols[4],
                       parse_feats(cols[5]), head, normalize_deprel(cols[7]), start_char, end_char)


def _check_tree(tokens: list[Token], where: str) -> None:
    """Raise ConlluError unless the tokens are numbered 1..n and their heads form a tree."""
    if [t.id for t in tokens] != list(range(1, len(tokens) + 1)):
        raise ConlluError(f"{where}: token IDs are not 1..n")
    for tok in tokens:
        if not 0 <= tok.head <= len(tokens):
            raise ConlluError(f"{where}: token {tok.id} has HEAD {tok.head} outside the sentence")
        if tok.head == tok.id:
            raise ConlluError(f"{where}: token {tok.id} is its own HEAD")
    cycle = _cycle(tokens)
    if cycle:
        raise ConlluError(f"{where}: tokens {cycle} form a cycle (no path to the root)")


def _cycle(tokens: list[Token]) -> list[int]:
    """Token ids on a head cycle, or [] when every token reaches the root."""
    heads = {t.id: t.head for t in tokens}
    rooted = {0}  # ids known to reach the root: a later walk stops there
    for tok in tokens:
        seen, current = [], tok.id
        while current not in rooted and current not in seen:
            seen.append(current)
            current = heads[current]
        if current not in rooted:
            return sorted(seen[seen.index(current):])
        rooted.update(seen)
    return []


@lru_cache(maxsize=4096)  # a corpus writes a few hundred distinct FEATS, each thousands of times
def parse_feats(feats: str | None) -> tuple[tuple[str, str], ...]:
    """UD FEATS (``Number=Sing|Person=3``, ``_`` for none) as (key, value) pairs."""
    if not feats or feats == "_":
        return ()
    pairs = []
    for item in feats.split("|"):
        key, _, value = item.partition("=")
        pairs.append((key, value))
    return tuple(pairs)
