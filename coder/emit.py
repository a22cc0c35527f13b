"""Writing records: CSV, JSONL or Parquet, chosen by the output file's extension."""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from coder.errors import CoderError
from coder.schema import Rejected

if TYPE_CHECKING:
    import pandas as pd

WRITERS = ("csv", "jsonl", "parquet", "tsv")
# OWASP CSV injection: a spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CODE = re.compile(r"-+[A-Z0-9]*")  # a CAMEO actor code of an unknown country: ---COP, ---


class OutputError(CoderError):
    code = "E301"


def output_format(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("json", "ndjson"):
        suffix = "jsonl"
    if suffix not in WRITERS:
        raise OutputError(f"{path}: unknown output format .{suffix} (use .csv, .tsv, .jsonl or .parquet)")
    return suffix


def neutralise_cell(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula (``=HYPERLINK(…)``, ``+1``, ``-2+3``,
    ``@SUM``, a leading tab or CR) gets a leading apostrophe, so it is shown as text (OWASP).
    Numbers are left alone: a negative number is a number, not a formula; so are CAMEO
    codes such as ``---COP`` (an agent of no known country): capitals, digits and dashes
    alone cannot call a function, and a quote would change the code for every reader."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _CODE.fullmatch(value):
        return "'" + value
    return value


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every text cell neutralised (:func:`neutralise_cell`); numeric
    columns untouched. The frame is returned unchanged when no cell needs it."""
    import pandas as pd

    changed = None
    for column in frame.columns:
        series = frame[column]
        if series.dtype != object and not pd.api.types.is_string_dtype(series.dtype):
            continue
        risky = series.map(lambda v: neutralise_cell(v) is not v)
        if risky.any():
            changed = frame.copy() if changed is None else changed
            changed[column] = series.map(neutralise_cell)
    return frame if changed is None else changed


def records_frame(records: Sequence[dict[str, Any]], columns: Sequence[str]) -> pd.DataFrame:
    """Records as a frame; integer columns with gaps stay integers (nullable), not floats."""
    import pandas as pd

    frame = pd.DataFrame.from_records(list(records), columns=list(columns))
    for column in frame.columns:
        values = [v for r in records if (v := r.get(column)) is not None]
        if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            frame[column] = frame[column].astype("Int64")
    return frame


def write_records(records: Sequence[dict[str, Any]], path: Path, columns: Sequence[str],
                  raw_csv: bool = False) -> int:
    """Write records with a fixed column order; returns the number written. CSV/TSV text
    cells that a spreadsheet would run as formulas are neutralised unless ``raw_csv``."""
    fmt = output_format(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    frame = records_frame(records, columns)
    if fmt in ("csv", "tsv") and not raw_csv:
        frame = spreadsheet_safe(frame)
    if fmt == "csv":
        frame.to_csv(path, index=False)
    elif fmt == "tsv":
        frame.to_csv(path, index=False, sep="\t")
    elif fmt == "jsonl":
        with path.open("w", encoding="utf-8") as fh:
            for record in records:
                fh.write(json.dumps({c: record.get(c) for c in columns}, ensure_ascii=False) + "\n")
    else:
        frame.to_parquet(path, index=False)
    return len(frame)


def write_rejects(rejects: Sequence[Rejected], path: Path, append: bool = False) -> int:
    """Rejected documents and records, one JSON object per line, with their reasons."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a" if append else "w", encoding="utf-8") as fh:
        for item in rejects:
            fh.write(json.dumps(asdict(item), ensure_ascii=False, default=str) + "\n")
    return len(rejects)


def sidecar(path: Path, name: str, suffix: str) -> Path:
    """``out/events.csv`` → ``out/events.rejects.jsonl``."""
    return path.with_name(f"{path.stem}.{name}{suffix}")


STATUS_COLUMNS = ("doc_id", "status", "events", "reason")  # OUT.documents.csv


def write_statuses(statuses: Sequence[Any], path: Path, append: bool = False,
                   raw_csv: bool = False) -> int:
    """One row per input document: doc_id, status (coded | no-event | rejected), events, reason
    (text cells neutralised for spreadsheets unless ``raw_csv``: ids come from the input)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    header = not append or not path.exists() or path.stat().st_size == 0
    if not statuses:  # the header alone, or nothing: what pandas writes of an empty frame
        with path.open("a" if append else "w", encoding="utf-8", newline="") as fh:
            fh.write(",".join(STATUS_COLUMNS) + "\n" if header else "")
        return 0
    import pandas as pd

    frame = pd.DataFrame([asdict(s) for s in statuses], columns=list(STATUS_COLUMNS))
    if not raw_csv:
        frame = spreadsheet_safe(frame)
    frame.to_csv(path, index=False, mode="a" if append else "w", header=header)
    return len(statuses)


TEXT_OUTPUTS = ("csv", "tsv", "jsonl")


def serialise_rows(records: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str,
                   raw_csv: bool = False) -> tuple[str, str]:
    """(rows, header) as :class:`RecordStream` appends them to a ``fmt`` file (csv, tsv or
    jsonl; header "" for jsonl): a worker process serialises its chunk, the writing process
    only appends the text."""
    if fmt == "jsonl":
        return "".join(json.dumps({c: record.get(c) for c in columns}, ensure_ascii=False) + "\n"
                       for record in records), ""
    sep = "\t" if fmt == "tsv" else ","
    header = _csv_header(tuple(columns), sep)
    if not records:
        return "", header
    text = csv_text(records, columns, sep, raw_csv)
    if text is None:  # a value of a type csv_text does not lay out: pandas
        frame = records_frame(records, columns)
        if not raw_csv:
            frame = spreadsheet_safe(frame)
        text = frame.to_csv(index=False, header=False, sep=sep)
    return text, header


@functools.lru_cache(maxsize=16)
def _csv_header(columns: tuple[str, ...], sep: str) -> str:
    """The header line pandas writes for the columns (the same csv writer, names as cells)."""
    out = io.StringIO()
    csv.writer(out, delimiter=sep, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerow(columns)
    return out.getvalue()


def serialise_statuses(statuses: Sequence[Any], raw_csv: bool = False) -> str:
    """Rows of ``OUT.documents.csv`` as :func:`write_statuses` appends them (no header)."""
    if not statuses:
        return ""
    rows = [asdict(s) for s in statuses]
    text = csv_text(rows, STATUS_COLUMNS, ",", raw_csv, frame_types=True)
    if text is not None:
        return text
    import pandas as pd

    frame = pd.DataFrame(rows, columns=list(STATUS_COLUMNS))
    if not raw_csv:
        frame = spreadsheet_safe(frame)
    return frame.to_csv(index=False, header=False)


_PLAIN = frozenset({str, int, float, bool, type(None)})
_EXACT_INT = 1 << 53  # an integer column with gaps passes through float64 in pandas: exact below this
_INT64 = 1 << 63  # pandas holds an integer column in int64 (or as objects beyond it)


def csv_text(records: Sequence[dict[str, Any]], columns: Sequence[str], sep: str = ",", raw_csv: bool = False,
             frame_types: bool = False) -> str | None:
    """The rows pandas writes for ``records_frame(records, columns)`` (``spreadsheet_safe``
    unless ``raw_csv``) with ``to_csv(index=False, header=False, sep=sep)``, laid out without
    pandas: each column's cells as pandas types the column (integers alone or with gaps: as
    integers; numbers with a float among them: float64, so ``2`` is ``2.0``; anything else:
    each value as text), then the same csv writer pandas uses. ``frame_types``: the frame
    is ``pd.DataFrame(records)`` (integers with gaps stay float64). None when a value is of
    another type than str, int, float, bool or None, or an integer beyond int64 (the caller
    asks pandas)."""
    cells = []
    for column in columns:
        values = [r.get(column) for r in records]
        kinds = set(map(type, values))
        if not kinds <= _PLAIN:
            return None
        if int in kinds and any(type(v) is int and not -_INT64 <= v < _INT64 for v in values):
            return None  # beyond int64 pandas keeps the column as objects
        kinds.discard(type(None))
        if kinds == {int} and (not frame_types or None not in values):
            if None in values and any(v is not None and not -_EXACT_INT < v < _EXACT_INT for v in values):
                return None  # (with gaps, through float64 in pandas: not every digit kept)
            cells.append(["" if v is None else str(v) for v in values])
        elif kinds == {int} or kinds == {int, float} or kinds == {float}:
            # float64: a gap is NaN, written empty; a number as numpy writes it (repr)
            cells.append(["" if v is None or v != v else repr(float(v)) for v in values])
        elif str in kinds and not raw_csv:
            cells.append(["" if v is None or (type(v) is float and v != v) else neutralise_cell(v)
                          if type(v) is str else str(v) for v in values])
        else:
            cells.append(["" if v is None or (type(v) is float and v != v) else str(v) for v in values])
    out = io.StringIO()
    csv.writer(out, delimiter=sep, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerows(zip(*cells))
    return out.getvalue()


def append_text(path: Path, text: str) -> None:
    if text:
        with path.open("a", encoding="utf-8", newline="") as fh:
            fh.write(text)


def arrow_schema(columns: Sequence[str], schema: str):
    """The Parquet column types of a record layout, from its JSON Schema: integer, number and
    boolean columns keep their type (nullable), everything else is a string."""
    import pyarrow as pa

    from coder.codebook import schema_validator

    properties = schema_validator(schema).schema.get("properties", {})
    types = {"integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_(), "string": pa.string()}
    fields = []
    for column in columns:
        declared = properties.get(column, {}).get("type")
        kinds = ({declared} if isinstance(declared, str) else set(declared or ())) - {"null"}
        fields.append(pa.field(column, types.get(kinds.pop(), pa.string()) if len(kinds) == 1 else pa.string()))
    return pa.schema(fields)


class RecordStream:
    """Writes records to one file in chunks as they come: CSV/TSV/JSONL appended, Parquet as
    row groups typed by the layout's JSON Schema (``schema``). CSV/TSV text cells that a
    spreadsheet would run as formulas are neutralised unless ``raw_csv``."""

    def __init__(self, path: Path, schema: str = "event", raw_csv: bool = False):
        self.path = Path(path)
        self.fmt = output_format(self.path)
        self.schema = schema
        self.raw_csv = raw_csv
        self.count = 0
        self.columns: list[str] | None = None
        self._parquet = None  # pyarrow ParquetWriter, opened with the first chunk
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text("", encoding="utf-8")

    def write(self, records: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
        if self.columns is None and (columns or records):
            self.columns = list(columns) or list(records[0].keys())
        if self.fmt == "parquet":
            if self.columns is not None:  # the file's columns are known from the first real chunk
                self._write_parquet(records)
            return
        if not records and self.count:
            return
        columns = self.columns or list(columns)
        if self.fmt == "jsonl":
            with self.path.open("a", encoding="utf-8") as fh:
                for record in records:
                    fh.write(json.dumps({c: record.get(c) for c in columns}, ensure_ascii=False) + "\n")
        elif records or not self.path.stat().st_size:
            frame = records_frame(records, columns)
            if not self.raw_csv:
                frame = spreadsheet_safe(frame)
            frame.to_csv(self.path, mode="a", index=False, header=self.path.stat().st_size == 0,
                         sep="\t" if self.fmt == "tsv" else ",")
        self.count += len(records)

    def write_text(self, text: str, header: str, columns: Sequence[str], count: int) -> None:
        """Append rows already serialised by :func:`serialise_rows` (``count`` of them, no
        header; ``header``: the CSV/TSV header line, written when the file is empty): the same
        bytes :meth:`write` writes for the same rows."""
        if self.fmt == "parquet":
            raise OutputError(f"{self.path}: Parquet rows cannot be appended as text")
        if self.columns is None:
            self.columns = list(columns)
        elif list(columns) != self.columns:
            raise OutputError(f"{self.path}: a chunk's columns differ from the file's")
        if self.fmt != "jsonl" and not self.path.stat().st_size:
            text = header + text
        if text:
            with self.path.open("a", encoding="utf-8", newline="") as fh:
                fh.write(text)
        self.count += count

    def _write_parquet(self, records: Sequence[dict[str, Any]]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self.path, arrow_schema(self.columns or [], self.schema))
        if records:
            schema = self._parquet.schema
            rows = [{c: _typed(r.get(c), schema.field(c).type) for c in schema.names} for r in records]
            try:
                table = pa.Table.from_pylist(rows, schema=schema)
            except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
                raise OutputError(f"{self.path}: a value does not fit its Parquet column ({exc})") from None
            self._parquet.write_table(table)
            self.count += len(records)

    def close(self) -> int:
        if self.fmt == "parquet":
            if self._parquet is None:  # nothing was written: an empty file with the columns
                self._write_parquet([])
            self._parquet.close()
        return self.count


def _typed(value: Any, arrow_type: Any) -> Any:
    """A value in the column's Arrow type: string columns take any value as text; a missing
    number (NaN) is null."""
    import pyarrow as pa

    if value is None or (isinstance(value, float) and value != value):
        return None
    if pa.types.is_string(arrow_type) and not isinstance(value, str):
        return str(value)
    return value
