"""Writing records: CSV, JSONL or Parquet, chosen by the output file's extension."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any, Sequence

import pandas as pd

from coder.errors import CoderError
from coder.schema import Rejected

WRITERS = ("csv", "jsonl", "parquet", "tsv")


class OutputError(CoderError):
    code = "E301"


def output_format(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("json", "ndjson"):
        suffix = "jsonl"
    if suffix not in WRITERS:
        raise OutputError(f"{path}: unknown output format .{suffix} (use .csv, .tsv, .jsonl or .parquet)")
    return suffix


def records_frame(records: Sequence[dict[str, Any]], columns: Sequence[str]) -> pd.DataFrame:
    """Records as a frame; integer columns with gaps stay integers (nullable), not floats."""
    frame = pd.DataFrame.from_records(list(records), columns=list(columns))
    for column in frame.columns:
        values = [v for r in records if (v := r.get(column)) is not None]
        if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            frame[column] = frame[column].astype("Int64")
    return frame


def write_records(records: Sequence[dict[str, Any]], path: Path, columns: Sequence[str]) -> int:
    """Write records with a fixed column order; returns the number written."""
    fmt = output_format(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    frame = records_frame(records, columns)
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


def write_statuses(statuses: Sequence[Any], path: Path, append: bool = False) -> int:
    """One row per input document: doc_id, status (coded | no-event | rejected), events, reason."""
    path.parent.mkdir(parents=True, exist_ok=True)
    header = not append or not path.exists() or path.stat().st_size == 0
    pd.DataFrame([asdict(s) for s in statuses], columns=["doc_id", "status", "events", "reason"]).to_csv(
        path, index=False, mode="a" if append else "w", header=header)
    return len(statuses)


class RecordStream:
    """Writes records to one file in chunks: CSV/TSV/JSONL as they come, Parquet at close."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.fmt = output_format(self.path)
        self.count = 0
        self.columns: list[str] | None = None
        self._pending: list[dict[str, Any]] = []
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text("", encoding="utf-8")

    def write(self, records: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
        if self.columns is None and (columns or records):
            self.columns = list(columns) or list(records[0].keys())
        if self.fmt == "parquet":
            self._pending.extend(records)
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
            frame.to_csv(self.path, mode="a", index=False, header=self.path.stat().st_size == 0,
                         sep="\t" if self.fmt == "tsv" else ",")
        self.count += len(records)

    def close(self) -> int:
        if self.fmt == "parquet":
            records_frame(self._pending, self.columns or []).to_parquet(self.path, index=False)
            self.count = len(self._pending)
        return self.count
