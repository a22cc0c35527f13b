"""The Events page's tables: the loaded corpus's events (rebuilt after every re-coding) or an
events file written by `coder code`, read once per modification."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from coder.serve.config import WorkbenchError
from coder.serve.corpus import Corpus
from coder.serve.folders import inside

EVENT_FILE_SUFFIXES = (".csv", ".jsonl", ".parquet")


def read_events(path: Path):
    """An events file written by `coder code` (CSV, TSV, JSONL or Parquet) as a DataFrame."""
    import pandas as pd

    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
        if suffix == ".tsv":
            return pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False, na_values=[""])
        if suffix == ".jsonl":
            return pd.read_json(path, lines=True, dtype=False)
        if suffix == ".parquet":
            return pd.read_parquet(path)
    except FileNotFoundError:
        raise WorkbenchError(f"{path}: no such events file", 404) from None
    except Exception as exc:
        raise WorkbenchError(f"{path}: cannot read events: {type(exc).__name__}: {exc}") from None
    raise WorkbenchError(f"{path}: not an events file (.csv, .tsv, .jsonl or .parquet)")


class EventTables:
    """Event tables by source, kept until the corpus is re-coded or the file changes.
    ``events`` is the file given at start (it may lie outside ``output``)."""

    def __init__(self, corpus: Corpus, output: Path, events: Path | None):
        self.corpus = corpus
        self.output = output
        self.events = events
        self._frames: dict[str, Any] = {}

    def files(self) -> list[str]:
        """Event files the Events page may open: the one given at start and those in the output folder."""
        out = []
        if self.events:
            out.append(str(self.events.resolve()))
        for suffix in EVENT_FILE_SUFFIXES:
            out += [str(p) for p in sorted(self.output.rglob(f"*{suffix}")) if ".serve" not in p.parts]
        return list(dict.fromkeys(out))

    def forget_corpus(self) -> None:
        """The corpus was re-coded: its table is rebuilt when next asked for."""
        self._frames.pop("corpus", None)

    def frame(self, source: str | None):
        """(source, table): ``corpus`` (the loaded corpus, re-coded after every edit) or a file."""
        if not source:
            source = "corpus" if self.corpus.docs or not self.events else str(self.events.resolve())
        if source == "corpus":
            return "corpus", self._corpus_frame()
        given = self.events.resolve() if self.events else None
        path = Path(source) if Path(source).is_absolute() else self.output / source
        path = path.resolve()
        if path != given:
            path = inside(path, self.output)
        key = f"{path}:{path.stat().st_mtime_ns if path.exists() else 0}"
        frame = self._frames.get(key)
        if frame is None:
            frame = read_events(path)
            self._frames = {k: v for k, v in self._frames.items() if k == "corpus" or not k.startswith(f"{path}:")}
            self._frames[key] = frame
        return str(path), frame

    def _corpus_frame(self):
        import pandas as pd

        from coder.records import COLUMNS

        frame = self._frames.get("corpus")
        if frame is None:
            frame = pd.DataFrame.from_records(self.corpus.all_records(), columns=list(COLUMNS))
            self._frames["corpus"] = frame
        return frame
