"""Reading input documents: plain text, JSONL, CSV/TSV (with a text column) and CoNLL-U,
from files, folders (recursively), gzip-compressed files (``.gz``) or standard input (``-``).

Each reader yields RawDocument (to parse), Document (already parsed) or Rejected (a
document that cannot be read, with the file, line and reason) — never raising for one bad
document, so the rest of a corpus is still coded. Every reader is a generator that holds
one document at a time (a ``.txt`` file is one document; a CSV, JSONL or CoNLL-U file is
read record by record), so a corpus of any size streams through.

Limits (:class:`Limits`) bound what one document may hold; a document over a limit is
rejected with a reason naming the limit and the option that raises it. Text that is not
UTF-8 is tried with the declared encoding (``--encoding``, or ``"encoding"`` in a
``.meta.json`` sidecar) and then with the one charset-normalizer detects, before it is
rejected. JSONL and CoNLL-U are UTF-8 by their specifications: a line in another encoding
is rejected unless an encoding is declared.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import os
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import IO, BinaryIO, Iterable, Iterator, Union

from coder.conllu import ConlluError, iter_conllu
from coder.doc import Document, parse_date
from coder.errors import InputError
from coder.parse import RawDocument
from coder.schema import Rejected

InputItem = Union[RawDocument, Document, Rejected]
FORMATS = ("txt", "jsonl", "csv", "conllu")
STDIN = "-"
# File types a folder is read for (a ``.gz`` of each too); ``name.meta.json`` is the
# metadata of ``name.txt``, not a document.
FOLDER_SUFFIXES = MappingProxyType({
    ".txt": "txt", ".text": "txt", "": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".csv": "csv", ".tsv": "csv", ".conllu": "conllu", ".conll": "conllu"})
_SAMPLE = 1 << 20  # bytes looked at to choose the encoding of a streamed CSV file


@dataclass(frozen=True)
class Limits:
    """What one input may hold. A document over a limit is rejected (with the limit and the
    option that raises it); too many files in the inputs is an error before any work."""

    max_document_bytes: int = 2_000_000  # --max-document-bytes: text of one document, UTF-8 bytes
    max_tokens: int = 100_000  # --max-tokens: words of one document (whitespace-separated)
    max_files: int = 100_000  # --max-files: files found in the input paths and folders

    def document_problem(self, text: str, size: int | None = None) -> str | None:
        """Why ``text`` (``size`` bytes when known) is over a limit, or None."""
        size = len(text.encode("utf-8", "surrogatepass")) if size is None else size
        if size > self.max_document_bytes:
            return (f"document is {size:,} bytes, over the limit of {self.max_document_bytes:,} "
                    "(--max-document-bytes)")
        if (len(text) + 1) // 2 > self.max_tokens:  # cheap bound first: a word takes two characters
            words = sum(1 for _ in _words(text, self.max_tokens + 1))
            if words > self.max_tokens:
                return (f"document has more than {self.max_tokens:,} words, the limit per document "
                        "(--max-tokens)")
        return None


def _words(text: str, stop: int) -> Iterator[None]:
    """One item per whitespace-separated word, at most ``stop``."""
    count = 0
    in_word = False
    for ch in text:
        if ch.isspace():
            in_word = False
        elif not in_word:
            in_word = True
            count += 1
            yield None
            if count >= stop:
                return


def guess_format(path: Path) -> str:
    """The reader of a file, from its suffix (``.gz`` looks at the suffix under it)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        path = Path(path.stem)
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("jsonl", "ndjson", "json"):
        return "jsonl"
    if suffix in ("csv", "tsv"):
        return "csv"
    if suffix in ("conllu", "conll"):
        return "conllu"
    return "txt"


def find_input_files(paths: Iterable[str | os.PathLike], limits: Limits = Limits()) -> list[Path]:
    """The files to read: each file as given, each folder's files (recursively, sorted;
    hidden names and ``.meta.json`` sidecars left out), ``-`` for standard input. Raises
    :class:`InputError` for a missing path or more files than ``limits.max_files``."""
    found: list[Path] = []
    missing = []
    for raw in paths:
        path = Path(raw)
        if str(raw) == STDIN:
            found.append(Path(STDIN))
        elif path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or name.lower().endswith((".meta.json", ".meta.json.gz")):
                        continue
                    found.append(Path(root) / name)
                    if len(found) > limits.max_files:
                        raise InputError(f"{path}: more than {limits.max_files:,} files in the inputs "
                                         "(--max-files N raises the limit)")
        elif path.is_file():
            found.append(path)
        else:
            missing.append(str(path))
        if len(found) > limits.max_files:
            raise InputError(f"more than {limits.max_files:,} input files (--max-files N raises the limit)")
    if missing:  # checked up front, so that no work is done before the error
        raise InputError(f"{', '.join(missing)}: no such file or folder")
    if sum(1 for p in found if str(p) == STDIN) > 1:
        raise InputError("'-' (standard input) can be read only once")
    return found


def read_inputs(paths: list[Path], *, date: str | None = None, text_column: str = "text",
                id_column: str = "id", fmt: str | None = None, encoding: str | None = None,
                limits: Limits = Limits(), stdin: BinaryIO | None = None) -> Iterator[InputItem]:
    """Documents from every path (files, folders, ``-`` for stdin), in order, one at a time.
    ``date`` is the default document date; ``fmt`` forces a reader (else the suffix decides;
    stdin is sniffed); ``encoding`` is the declared encoding of non-UTF-8 text.

    Missing paths and too many files raise :class:`InputError` here, before anything is read."""
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"unknown input format {fmt!r} (one of {', '.join(FORMATS)})")
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r} (--encoding)") from None
    files = find_input_files(paths, limits)
    explicit = {Path(p) for p in paths}
    return _read_all(files, explicit, date=date, text_column=text_column, id_column=id_column,
                     fmt=fmt, encoding=encoding, limits=limits, stdin=stdin)


def _read_all(files: list[Path], explicit: set[Path], **options) -> Iterator[InputItem]:
    for path in files:
        yield from read_file(path, from_folder=path not in explicit, **options)


def read_file(path: Path, *, date: str | None = None, text_column: str = "text", id_column: str = "id",
              fmt: str | None = None, encoding: str | None = None, limits: Limits = Limits(),
              stdin: BinaryIO | None = None, from_folder: bool = False) -> Iterator[InputItem]:
    """The documents of one file (``-``: standard input). A file found in a folder whose
    type is not read is rejected with the reason, never skipped silently."""
    is_stdin = str(path) == STDIN
    name = "stdin" if is_stdin else str(path)
    stem = "stdin" if is_stdin else _stem(path)
    if is_stdin:
        source = stdin if stdin is not None else sys.stdin.buffer
        if not hasattr(source, "peek"):
            source = io.BufferedReader(source)
        head = source.peek(4096)[:4096] if hasattr(source, "peek") else b""
        kind = fmt or _sniff(head)
        fh: IO[bytes] = source
    else:
        suffix = Path(path.stem).suffix.lower() if path.suffix.lower() == ".gz" else path.suffix.lower()
        if from_folder and fmt is None and suffix not in FOLDER_SUFFIXES:
            yield Rejected(stem, f"{path}: not read: unsupported file type {suffix!r} (folders are read for "
                           f"{', '.join(s for s in FOLDER_SUFFIXES if s)}, and their .gz)", stage="read")
            return
        kind = fmt or guess_format(path)
        try:
            fh = gzip.open(path, "rb") if path.suffix.lower() == ".gz" else path.open("rb")
        except OSError as exc:
            yield Rejected(stem, f"{path}: cannot open: {exc.strerror or exc}", stage="read")
            return
    try:
        if kind == "txt":
            yield from _read_txt(fh, name, stem, None if is_stdin else path, date, encoding, limits)
        elif kind == "jsonl":
            yield from _read_jsonl(fh, name, stem, date, encoding, limits)
        elif kind == "csv":
            delimiter = "\t" if name.lower().endswith((".tsv", ".tsv.gz")) else ","
            yield from _read_csv(fh, name, stem, date, text_column, id_column, delimiter, encoding, limits)
        else:
            yield from _read_parsed(fh, name, stem, date, limits)
    finally:
        if not is_stdin:
            fh.close()


def _stem(path: Path) -> str:
    """``a/story.txt`` and ``a/story.txt.gz`` → ``story``."""
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return Path(name).stem or name


def _sniff(head: bytes) -> str:
    """The format of standard input from its first bytes: JSON lines, CoNLL-U or text."""
    text = head.decode("utf-8", "replace").lstrip("\ufeff")
    first = text.lstrip()[:1]
    if first == "{":
        return "jsonl"
    lines = [ln for ln in text.splitlines() if ln.strip()][:5]
    if lines and all(ln.startswith("#") or ln.count("\t") == 9 for ln in lines[:-1] or lines):
        return "conllu"
    return "txt"


# --------------------------------------------------------------------------- reading bytes

class _Broken(Exception):
    """A file stopped being readable (truncated gzip, I/O error) after some documents."""


def _read_bounded(fh: IO[bytes], limit: int) -> bytes:
    """At most ``limit`` bytes; a file that ends early (truncated gzip) raises _Broken."""
    try:
        return fh.read(limit)
    except (OSError, EOFError, zlib.error) as exc:
        raise _Broken(f"unreadable: {exc}") from None


def _bounded_lines(fh: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, line, length) per line; a line over ``limit`` bytes is given as None
    (its length counted, its bytes never held). A read failure raises _Broken."""
    lineno = 0
    try:
        while True:
            line = fh.readline(limit + 1)
            if not line:
                return
            lineno += 1
            if len(line) > limit and not line.endswith(b"\n"):
                size = len(line)
                while line and not line.endswith(b"\n"):  # skip the rest of the long line
                    line = fh.readline(1 << 20)
                    size += len(line)
                yield lineno, None, size
            else:
                yield lineno, line, len(line)
    except (OSError, EOFError, zlib.error) as exc:
        raise _Broken(f"unreadable after line {lineno}: {exc}") from None


def decode_text(raw: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding) of a whole document: UTF-8 (a BOM allowed), else the ``declared``
    encoding (declaring UTF-8 means UTF-8 only), else the encoding charset-normalizer
    detects. Raises ValueError saying why when none gives text (binary data included)."""
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        first = exc
    if declared:
        try:
            return _not_binary(raw.decode(declared)), declared
        except (UnicodeDecodeError, ValueError):
            raise ValueError(f"not UTF-8 text (byte {first.start}) nor {declared} (the declared encoding)") from None
    tried = "UTF-8"
    best = _detect(raw)
    if best is not None:
        try:
            return _not_binary(str(best)), best.encoding
        except ValueError:
            pass
    raise ValueError(f"not {tried} text (byte {first.start}) and no other encoding detected; "
                     "re-encode it as UTF-8 or declare its encoding (--encoding)")


# When charset-normalizer finds several encodings equally good (Western European text fits
# cp1250, cp1252 and cp1257 alike), the one most common in news archives is taken.
_PREFERRED = ("cp1252", "latin_1", "iso8859_15", "cp1250")


def _detect(raw: bytes):
    """charset-normalizer's best match for ``raw`` (ties broken by :data:`_PREFERRED`), or None."""
    from charset_normalizer import from_bytes

    results = from_bytes(raw)
    best = results.best()
    if best is None or not best.encoding:
        return None
    tied = [m for m in results if m.chaos == best.chaos and m.coherence == best.coherence]
    for name in _PREFERRED:
        for match in tied:
            if match.encoding == name:
                return match
    return best


def _not_binary(text: str) -> str:
    """``text``, unless it holds NUL or many other control characters (a binary file)."""
    controls = sum(1 for ch in text[:10_000] if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if "\x00" in text or controls > max(8, len(text[:10_000]) // 100):
        raise ValueError("binary data, not text")
    return text


# --------------------------------------------------------------------------- readers

def _check_date(value, where: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{where}: date must be a string YYYY-MM-DD, got {value!r}")
    try:
        parse_date(value)
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from None
    return value or None


def _checked_date(doc_id: str, text: str, date, where: str, limits: Limits) -> str | None | Rejected:
    """The date of a record (None for none) once its text is within the limits and the date
    is well-formed; else the record's rejection saying why."""
    problem = limits.document_problem(text)
    if problem:
        return Rejected(doc_id, f"{where}: {problem}", stage="read")
    try:
        return _check_date(date, where)
    except ValueError as exc:
        return Rejected(doc_id, str(exc), stage="read")


def _read_txt(fh: IO[bytes], name: str, stem: str, path: Path | None, date: str | None,
              encoding: str | None, limits: Limits) -> Iterator[InputItem]:
    """One document: the whole file (a ``.meta.json`` beside it gives its metadata)."""
    meta = _sidecar_metadata(path, stem) if path is not None else {}
    if isinstance(meta, Rejected):
        yield meta
        return
    doc_id = str(meta.pop("id", stem))
    try:
        raw = _read_bounded(fh, limits.max_document_bytes + 1)
        extra = 0
        if len(raw) > limits.max_document_bytes:  # count the rest without holding it
            while chunk := _read_bounded(fh, 1 << 20):
                extra += len(chunk)
    except _Broken as exc:
        yield Rejected(doc_id, f"{name}: {exc}", stage="read")
        return
    if len(raw) > limits.max_document_bytes:
        yield Rejected(doc_id, f"{name}: {limits.document_problem('', len(raw) + extra)}", stage="read")
        return
    declared = str(meta.pop("encoding", "") or "") or encoding
    try:
        text, used = decode_text(raw, declared)
    except (ValueError, LookupError) as exc:
        yield Rejected(doc_id, f"{name}: {exc}", stage="read")
        return
    # the limit is on the text's UTF-8 bytes: a file in another encoding may grow when decoded
    problem = limits.document_problem(text, len(raw) if used == "utf-8" else None)
    if problem:
        yield Rejected(doc_id, f"{name}: {problem}", stage="read")
        return
    doc_date = meta.pop("date", None) or date
    try:
        _check_date(doc_date, name)
    except ValueError as exc:
        yield Rejected(doc_id, str(exc), stage="read")
        return
    metadata = [(k, str(v)) for k, v in meta.items() if k not in ("source", "language")]
    if used != "utf-8":
        metadata.append(("encoding", used))
    yield RawDocument(doc_id, text, date=doc_date, source=str(meta.get("source") or name),
                      language=str(meta.get("language") or "en"), metadata=tuple(metadata))


def _sidecar_metadata(path: Path, stem: str) -> dict | Rejected:
    """Metadata of ``story.txt`` from ``story.meta.json`` beside it, when there is one."""
    side = path.with_name(stem + ".meta.json")
    if not side.is_file():
        return {}
    try:
        if side.stat().st_size > 1_000_000:
            return Rejected(stem, f"{side}: metadata file over 1 MB", stage="read")
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        return Rejected(stem, f"{side}: unreadable metadata: {exc}", stage="read")
    if not isinstance(meta, dict):
        return Rejected(stem, f"{side}: metadata must be a JSON object", stage="read")
    return meta


def _read_jsonl(fh: IO[bytes], name: str, stem: str, date: str | None, encoding: str | None,
                limits: Limits) -> Iterator[InputItem]:
    lineno = 0
    try:
        for lineno, raw, size in _bounded_lines(fh, limits.max_document_bytes + 1024):
            yield from _jsonl_record(raw, size, f"{name}:{lineno}", f"{stem}-{lineno}", lineno, date,
                                     encoding, limits)
    except _Broken as exc:
        yield Rejected(f"{stem}-{lineno + 1}", f"{name}: {exc}; the rest of the file is not read", stage="read")


def _jsonl_record(raw: bytes | None, size: int, where: str, fallback_id: str, lineno: int,
                  date: str | None, encoding: str | None, limits: Limits) -> Iterator[InputItem]:
    if raw is None:
        yield Rejected(fallback_id, f"{where}: {limits.document_problem('', size)}", stage="read")
        return
    try:
        line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        if not encoding or codecs.lookup(encoding).name == "utf-8":
            yield Rejected(fallback_id, f"{where}: not UTF-8 (byte {exc.start}); JSON lines are UTF-8 "
                           "(--encoding declares another)", stage="read")
            return
        try:
            line = raw.decode(encoding)
        except UnicodeDecodeError:
            yield Rejected(fallback_id, f"{where}: neither UTF-8 nor {encoding} (byte {exc.start})", stage="read")
            return
    if not line.strip():
        return
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        yield Rejected(fallback_id, f"{where}: invalid JSON: {exc.msg} (column {exc.colno})", stage="read")
        return
    except RecursionError:
        yield Rejected(fallback_id, f"{where}: invalid JSON: nested too deeply", stage="read")
        return
    if not isinstance(obj, dict):
        yield Rejected(fallback_id, f"{where}: a line must be a JSON object with a 'text' string", stage="read")
        return
    doc_id = _id_string(obj.get("id")) or fallback_id
    if not isinstance(obj.get("text"), str):
        yield Rejected(doc_id, f"{where}: record has no 'text' string", stage="read")
        return
    doc_date = _checked_date(doc_id, obj["text"], obj.get("date") or date, where, limits)
    if isinstance(doc_date, Rejected):
        yield doc_date
        return
    meta = tuple((k, str(v)) for k, v in obj.items() if k not in ("id", "text", "date", "source", "language"))
    yield RawDocument(doc_id, obj["text"], date=doc_date, source=str(obj.get("source") or ""),
                      language=str(obj.get("language") or "en"), metadata=meta)


def _id_string(value) -> str:
    """A document id from a JSON value: strings and numbers; anything else is no id."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, (str, int, float)):
        return str(value).strip()
    return ""


class _Prefixed(io.RawIOBase):
    """The bytes already read (``prefix``) followed by the rest of ``fh``."""

    def __init__(self, prefix: bytes, fh: IO[bytes]):
        self._prefix = prefix
        self._fh = fh

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        data = self._fh.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def _fallback_encoding(sample: bytes, complete: bool, declared: str | None) -> str | None:
    """The encoding for lines of a streamed file that are not UTF-8: the ``declared`` one,
    else the one detected on the file's first bytes when those are not UTF-8, else None
    (such lines are rejected). Raises ValueError when the first bytes are no text at all."""
    if declared:
        return declared
    if not complete:  # a character may be cut at the end of the sample
        sample = sample[: sample.rfind(b"\n") + 1] or sample
    legacy = []  # detection looks at the lines that are not UTF-8 only
    for line in sample.split(b"\n"):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            legacy.append(line)
    if not legacy:
        return None
    used = decode_text(b"\n".join(legacy))[1]
    return None if used == "utf-8" else used


def _read_csv(fh: IO[bytes], name: str, stem: str, date: str | None, text_column: str, id_column: str,
              delimiter: str, encoding: str | None, limits: Limits) -> Iterator[InputItem]:
    """Rows of a CSV/TSV file, decoded line by line: UTF-8, else the declared encoding or
    the one detected on the file's first bytes (a file mixing UTF-8 rows with rows in a
    legacy encoding is read whole). A row with a line neither decodes, or over a limit, is
    rejected alone."""
    lines = _csv_lines(fh, name, stem, encoding, limits)
    if isinstance(lines, Rejected):
        yield lines
        return
    csv.field_size_limit(max(csv.field_size_limit(), limits.max_document_bytes + 1))
    reader = csv.DictReader(lines, delimiter=delimiter)
    try:
        fieldnames = reader.fieldnames
    except (csv.Error, _Broken) as exc:
        yield Rejected(stem, f"{name}:1: unreadable header: {exc}", stage="read")
        return
    if lines.bad_lines or not fieldnames or text_column not in fieldnames:
        why = next(iter(lines.bad_lines.values()), f"no {text_column!r} column (columns: {fieldnames}); use --text-column")
        yield Rejected(stem, f"{name}: {why}; no row read", stage="read")
        return
    yield from _CsvRows(name, stem, date, text_column, id_column, limits).read(reader, lines)


def _csv_lines(fh: IO[bytes], name: str, stem: str, encoding: str | None, limits: Limits) -> _DecodedLines | Rejected:
    """The decoded lines of a CSV file, once its first bytes chose the encoding of lines that
    are not UTF-8; the file's rejection when those bytes cannot be read or are no text."""
    try:
        sample = _read_bounded(fh, _SAMPLE)
    except _Broken as exc:
        return Rejected(stem, f"{name}: {exc}", stage="read")
    try:
        fallback = _fallback_encoding(sample, len(sample) < _SAMPLE, encoding)
    except (ValueError, LookupError) as exc:
        return Rejected(stem, f"{name}: {exc}; no row read", stage="read")
    return _DecodedLines(sample, fh, fallback, limits)


@dataclass(eq=False)
class _DecodedLines:
    """The text lines of a streamed CSV file (``sample``, its first bytes already read, then
    the rest of ``fh``), for csv.DictReader: each line UTF-8, else in the ``fallback``
    encoding. A line neither decodes (given with replaced characters) or over the size limit
    (given as an empty line) is kept in ``bad_lines`` (line number → why it could not be
    read), so that its row is rejected alone."""

    _sample: bytes
    _fh: IO[bytes]
    _fallback: str | None
    _limits: Limits
    bad_lines: dict[int, str] = field(default_factory=dict)

    def __iter__(self) -> Iterator[str]:
        stream = io.BufferedReader(_Prefixed(self._sample, self._fh))
        for lineno, raw, size in _bounded_lines(stream, self._limits.max_document_bytes + 1024):
            if raw is None:
                self.bad_lines[lineno] = self._limits.document_problem("", size) or "line over the size limit"
                yield "\n"
            else:
                yield self._decoded(lineno, raw)

    def _decoded(self, lineno: int, raw: bytes) -> str:
        if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            first = exc
        try:
            if self._fallback is None:
                raise UnicodeError
            return _not_binary(raw.decode(self._fallback))
        except (UnicodeError, ValueError):
            also = f" nor {self._fallback}" if self._fallback else ""
            self.bad_lines[lineno] = (f"not UTF-8 text (byte {first.start}){also}; --encoding ENC, or re-encode "
                                      "the file as UTF-8")
            return raw.decode("utf-8", "replace")

    def first_bad_line(self, after: int, last: int) -> tuple[int, str] | None:
        """(line number, why) of the first unreadable line after line ``after`` up to ``last``."""
        return next(((line, why) for line, why in self.bad_lines.items() if after < line <= last), None)


@dataclass(frozen=True)
class _CsvRows:
    """How the rows of one CSV/TSV file become documents: the file's name and stem (the ids
    of rows without one), its columns, the default date and the limits."""

    name: str
    stem: str
    date: str | None
    text_column: str
    id_column: str
    limits: Limits

    def read(self, reader: csv.DictReader, lines: _DecodedLines) -> Iterator[InputItem]:
        """A document or a rejection per row, in order: a malformed row is rejected alone; a
        read failure ends the file with a rejection saying so."""
        rows = iter(reader)
        n = 0
        last_line = reader.line_num
        while True:
            n += 1
            try:
                row = next(rows)
            except StopIteration:
                return
            except csv.Error as exc:  # a malformed row: reject it, keep reading
                yield Rejected(f"{self.stem}-{n}", f"{self.name}:{reader.line_num}: {exc}", stage="read")
                last_line = reader.line_num
                continue
            except _Broken as exc:
                yield Rejected(f"{self.stem}-{n}", f"{self.name}: {exc}; the rest of the file is not read",
                               stage="read")
                return
            bad_line = lines.first_bad_line(last_line, reader.line_num)
            last_line = reader.line_num
            yield self._item(row, n, reader.line_num, bad_line, len(reader.fieldnames))

    def _item(self, row: dict, n: int, line_num: int, bad_line: tuple[int, str] | None,
              header_fields: int) -> InputItem:
        """The document of row ``n`` (ending on line ``line_num``), or why it is rejected."""
        where = f"{self.name}:{line_num}"
        doc_id = str(row.get(self.id_column) or f"{self.stem}-{n}")
        if bad_line is not None:
            line, why = bad_line
            return Rejected(doc_id, f"{self.name}:{line}: {why}", stage="read")
        if None in row or row.get(self.text_column) is None:
            got = header_fields + len(row.get(None) or ()) - sum(1 for v in row.values() if v is None)
            return Rejected(doc_id, f"{where}: row has {got} fields, the header {header_fields} "
                            "(an unquoted delimiter or a cut row?)", stage="read")
        doc_date = _checked_date(doc_id, row[self.text_column], row.get("date") or self.date, where, self.limits)
        if isinstance(doc_date, Rejected):
            return doc_date
        return RawDocument(doc_id, row[self.text_column], date=doc_date, source=row.get("source") or self.name,
                           language=row.get("language") or "en")


def _read_parsed(fh: IO[bytes], name: str, stem: str, date: str | None, limits: Limits) -> Iterator[InputItem]:
    """Documents of a CoNLL-U file, one at a time; a malformed document is rejected on its own."""
    rejected: list[Rejected] = []

    def on_error(doc_id: str, message: str) -> None:
        rejected.append(Rejected(doc_id, message, stage="read"))

    lineno = 0

    def lines() -> Iterator[bytes | ConlluError]:
        nonlocal lineno
        for lineno, raw, size in _bounded_lines(fh, limits.max_document_bytes):
            yield raw if raw is not None else ConlluError(f"line of {size:,} bytes, over the limit of "
                                                          f"{limits.max_document_bytes:,} (--max-document-bytes)")

    try:
        for doc in iter_conllu(lines(), name=name, doc_id=stem, date=date, on_error=on_error,
                               max_tokens=limits.max_tokens):
            yield from rejected
            rejected.clear()
            yield doc
    except _Broken as exc:
        rejected.append(Rejected(f"{stem}-line{lineno + 1}", f"{name}: {exc}; the rest of the file is not read",
                                 stage="read"))
    except ConlluError as exc:  # not expected with on_error; kept as a last guard
        rejected.append(Rejected(stem, f"{name}: {exc}", stage="read"))
    yield from rejected
