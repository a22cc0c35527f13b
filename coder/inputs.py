"""Reading input documents: plain text, JSONL, CSV (with a text column) and CoNLL-U.

Each reader yields RawDocument (to parse), Document (already parsed) or Rejected (a
document that cannot be read, with the file, line and reason) — never raising for one bad
document, so the rest of a corpus is still coded.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Iterator, Union

from coder.doc import Document, parse_date
from coder.errors import InputError
from coder.parse import ConlluError, RawDocument, read_conllu
from coder.schema import Rejected

InputItem = Union[RawDocument, Document, Rejected]
FORMATS = ("txt", "jsonl", "csv", "conllu")


def guess_format(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("jsonl", "ndjson", "json"):
        return "jsonl"
    if suffix in ("csv", "tsv"):
        return "csv"
    if suffix in ("conllu", "conll"):
        return "conllu"
    return "txt"


def read_inputs(paths: list[Path], *, date: str | None = None, text_column: str = "text",
                id_column: str = "id", fmt: str | None = None) -> Iterator[InputItem]:
    """Documents from every path, in order. ``date`` is the default document date."""
    paths = [Path(p) for p in paths]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:  # checked up front, so that no work is done before the error
        raise InputError(f"{', '.join(missing)}: no such file")
    for path in paths:
        kind = fmt or guess_format(path)
        if kind == "txt":
            yield from _read_txt(path, date)
        elif kind == "jsonl":
            yield from _read_jsonl(path, date)
        elif kind == "csv":
            yield from _read_csv(path, date, text_column, id_column)
        elif kind == "conllu":
            yield from _read_parsed(path, date)
        else:
            raise InputError(f"{path}: unknown input format {kind!r} (one of {', '.join(FORMATS)})")


def _check_date(value: str | None, where: str) -> str | None:
    try:
        parse_date(value)
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from None
    return value or None


def _read_txt(path: Path, date: str | None) -> Iterator[InputItem]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield Rejected(path.stem, f"{path}: not UTF-8 text (byte {exc.start})", stage="read")
        return
    meta = _sidecar_metadata(path)
    if isinstance(meta, Rejected):
        yield meta
        return
    doc_id = str(meta.pop("id", path.stem))
    doc_date = meta.pop("date", None) or date
    try:
        _check_date(doc_date, str(path))
    except ValueError as exc:
        yield Rejected(doc_id, str(exc), stage="read")
        return
    yield RawDocument(doc_id, text, date=doc_date, source=str(meta.pop("source", path)),
                      language=str(meta.pop("language", "en")),
                      metadata=tuple((k, str(v)) for k, v in meta.items()))


def _sidecar_metadata(path: Path) -> dict | Rejected:
    """Metadata of ``story.txt`` from ``story.meta.json`` beside it, when there is one."""
    side = path.with_name(path.stem + ".meta.json")
    if not side.is_file():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return Rejected(path.stem, f"{side}: unreadable metadata: {exc}", stage="read")
    if not isinstance(meta, dict):
        return Rejected(path.stem, f"{side}: metadata must be a JSON object", stage="read")
    return meta


def _read_jsonl(path: Path, date: str | None) -> Iterator[InputItem]:
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            where = f"{path}:{lineno}"
            fallback_id = f"{path.stem}-{lineno}"
            try:
                line = raw.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                yield Rejected(fallback_id, f"{where}: not UTF-8 (byte {exc.start})", stage="read")
                continue
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Rejected(fallback_id, f"{where}: invalid JSON: {exc.msg}", stage="read")
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                yield Rejected(str(obj.get("id", fallback_id)) if isinstance(obj, dict) else fallback_id,
                               f"{where}: record has no 'text' string", stage="read")
                continue
            doc_id = str(obj.get("id") or fallback_id)
            try:
                doc_date = _check_date(obj.get("date") or date, where)
            except ValueError as exc:
                yield Rejected(doc_id, str(exc), stage="read")
                continue
            meta = tuple((k, str(v)) for k, v in obj.items() if k not in ("id", "text", "date", "source", "language"))
            yield RawDocument(doc_id, obj["text"], date=doc_date, source=str(obj.get("source") or ""),
                              language=str(obj.get("language") or "en"), metadata=meta)


def _read_csv(path: Path, date: str | None, text_column: str, id_column: str) -> Iterator[InputItem]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: not UTF-8 text; re-encode the file as UTF-8") from None
    dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
    csv.field_size_limit(max(csv.field_size_limit(), 64 * 1024 * 1024))  # long articles are one field
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    if not reader.fieldnames or text_column not in reader.fieldnames:
        raise InputError(f"{path}: no {text_column!r} column (columns: {reader.fieldnames}); use --text-column")
    rows = iter(reader)
    n = 0
    while True:
        n += 1
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:  # a malformed row: reject it, keep reading
            yield Rejected(f"{path.stem}-{n}", f"{path}:{reader.line_num}: {exc}", stage="read")
            continue
        where = f"{path}:{reader.line_num}"
        doc_id = str(row.get(id_column) or f"{path.stem}-{n}")
        try:
            doc_date = _check_date(row.get("date") or date, where)
        except ValueError as exc:
            yield Rejected(doc_id, str(exc), stage="read")
            continue
        yield RawDocument(doc_id, row.get(text_column) or "", date=doc_date,
                          source=row.get("source") or str(path))


def _read_parsed(path: Path, date: str | None) -> Iterator[InputItem]:
    """Documents of a CoNLL-U file; a malformed document is rejected on its own."""
    rejected: list[Rejected] = []
    try:
        docs = read_conllu(path, date=date,
                           on_error=lambda doc_id, msg: rejected.append(Rejected(doc_id, msg, stage="read")))
    except (ConlluError, UnicodeDecodeError) as exc:
        yield Rejected(path.stem, f"{path}: {exc}", stage="read")
        return
    yield from docs
    yield from rejected
