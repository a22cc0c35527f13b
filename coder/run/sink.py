"""Where chunks go: the events file, ``OUT.rejects.jsonl`` and ``OUT.documents.csv``, appended
chunk by chunk in input order, with a journal (``OUT.journal.jsonl``) that makes a killed run
resumable.

After each chunk is appended to the three files (and flushed to disk), one journal line
records how many input items are done and the size of each file. ``--resume`` reads the last
complete line, cuts each file back to its recorded size (dropping whatever a killed run wrote
after it), skips the items already done and appends from there — so the finished files are
byte-identical to an uninterrupted run. The journal is removed when the run completes.

The journal's first line fingerprints the run (inputs, layout, options, codebook, chunk
size); a resume of a different run is refused. Parquet output cannot be appended to and
``--dedup day`` writes only at the end, so neither can be resumed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from coder.errors import CoderError

JOURNAL_VERSION = 1


class ResumeError(CoderError):
    code = "E303"


def _size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


def _fsync(path: Path) -> None:
    """Data of ``path`` on disk before the journal says so (a kill -9 alone loses nothing the
    kernel has; this also covers a machine that goes down)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # file systems (and platforms) that cannot sync a read-only descriptor
        pass
    finally:
        os.close(fd)


class Sink:
    """Writes chunk outputs (see the module docstring). ``journal=False`` writes no journal
    (Parquet, ``--dedup day``); ``raw_csv`` writes CSV/TSV cells as they are."""

    def __init__(self, output: str | os.PathLike, *, fmt: str = "full", fingerprint: dict[str, Any] | None = None,
                 resume: bool = False, journal: bool = True, raw_csv: bool = False):
        from coder.emit import sidecar

        self.output = Path(output)
        self.fmt = fmt
        self.paths = {"events": self.output, "rejects": sidecar(self.output, "rejects", ".jsonl"),
                      "documents": sidecar(self.output, "documents", ".csv")}
        self.journal_path = sidecar(self.output, "journal", ".jsonl")
        self.fingerprint = dict(fingerprint or {})
        self.journaled = journal
        self.raw_csv = raw_csv  # CSV/TSV cells as they are (coder.emit neutralises formulas otherwise)
        self.done_items = 0  # input items already written (skipped on resume)
        self.written_before = 0  # rows written before this run resumed
        self.merged_before = 0
        self.resumed = False
        if resume and not journal:
            raise ResumeError(f"{self.output}: --resume needs .csv, .tsv or .jsonl output without --dedup day "
                              "(Parquet files and day-level dedup are written in one piece)")
        state = self._read_journal() if resume else None
        if state is not None:
            self._reopen(state)
        else:
            self._start()

    # ------------------------------------------------------------------ start / resume
    def _schema(self) -> str:
        return {"full": "event"}.get(self.fmt, self.fmt)

    def _start(self) -> None:
        from coder.emit import RecordStream, write_rejects, write_statuses

        self.stream = RecordStream(self.output, schema=self._schema(), raw_csv=self.raw_csv)
        write_rejects([], self.paths["rejects"])
        write_statuses([], self.paths["documents"], raw_csv=self.raw_csv)
        if self.journaled:
            header = {"journal": JOURNAL_VERSION, "fingerprint": self.fingerprint}
            self.journal_path.write_text(json.dumps(header, sort_keys=True) + "\n", encoding="utf-8")
            self._commit_point(items=0, written=0, merged=0)
        elif self.journal_path.exists():
            self.journal_path.unlink()

    def _read_journal(self) -> dict | None:
        """The last complete entry of the journal, or None when there is none (a fresh run)."""
        if not self.journal_path.is_file():
            return None
        lines = self.journal_path.read_text(encoding="utf-8").split("\n")
        try:
            header = json.loads(lines[0])
        except (json.JSONDecodeError, IndexError):
            raise ResumeError(f"{self.journal_path}: not a coder journal; remove it to start over") from None
        if header.get("journal") != JOURNAL_VERSION or header.get("fingerprint") != json.loads(
                json.dumps(self.fingerprint, sort_keys=True)):
            changed = sorted(k for k in set(header.get("fingerprint", {})) | set(self.fingerprint)
                             if header.get("fingerprint", {}).get(k) != json.loads(json.dumps(self.fingerprint)).get(k))
            raise ResumeError(f"{self.journal_path}: written by a different run (changed: {', '.join(changed) or 'version'}); "
                              "run without --resume to start over")
        state = None
        for line in lines[1:]:
            try:  # a line cut by a kill is incomplete and ignored
                state = json.loads(line)
            except json.JSONDecodeError:
                break
        return state

    def _reopen(self, state: dict) -> None:
        from coder.emit import RecordStream

        for name, path in self.paths.items():
            if _size(path) < state[name]:
                raise ResumeError(f"{path}: shorter than the journal records ({_size(path)} < {state[name]} bytes); "
                                  "run without --resume to start over")
            with path.open("rb+") as fh:
                fh.truncate(state[name])
        # RecordStream starts an empty file; the kept part is moved back under it
        kept = self.output.with_name(f".{self.output.name}.{os.getpid()}.resume")
        os.replace(self.output, kept)
        self.stream = RecordStream(self.output, schema=self._schema(), raw_csv=self.raw_csv)
        os.replace(kept, self.output)
        self.done_items = state["items"]
        self.written_before = state["written"]
        self.merged_before = state["merged"]
        self.resumed = True
        # the journal keeps only its header and this entry
        header = self.journal_path.read_text(encoding="utf-8").split("\n", 1)[0]
        self.journal_path.write_text(header + "\n" + json.dumps(state, sort_keys=True) + "\n", encoding="utf-8")

    # ------------------------------------------------------------------ writing
    @property
    def written(self) -> int:
        return self.written_before + self.stream.count

    def write(self, part, merged_total: int, *, rows: bool = True) -> None:
        """Append one chunk (its rows unless ``rows`` is false, rejects, statuses) and commit it
        in the journal."""
        from coder.emit import write_rejects, write_statuses

        from coder.emit import append_text

        if rows and part.text is not None:  # serialised by the worker
            self.stream.write_text(part.text, part.header, part.columns, part.count)
        elif rows:
            self.stream.write(part.rows, part.columns)
        write_rejects(part.rejects, self.paths["rejects"], append=True)
        if part.status_text is not None and _size(self.paths["documents"]):
            append_text(self.paths["documents"], part.status_text)
        else:
            write_statuses(part.statuses, self.paths["documents"], append=True, raw_csv=self.raw_csv)
        self.done_items += len(part.statuses)
        if self.journaled:
            self._commit_point(items=self.done_items, written=self.written, merged=merged_total)

    def _commit_point(self, *, items: int, written: int, merged: int) -> None:
        for path in self.paths.values():
            _fsync(path)
        entry = {"items": items, "written": written, "merged": merged,
                 **{name: _size(path) for name, path in self.paths.items()}}
        with self.journal_path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry, sort_keys=True) + "\n")
            fh.flush()
            os.fsync(fh.fileno())

    def write_rows(self, rows: list[dict], columns: list[str]) -> None:
        """Rows laid out at the end (``--dedup day``)."""
        self.stream.write(rows, columns)

    def close(self) -> int:
        """Finish the events file and drop the journal; returns the rows written in all."""
        self.stream.close()
        if self.journal_path.exists():
            self.journal_path.unlink()
        return self.written

    # ------------------------------------------------------------------ what was done before
    def previous(self) -> tuple[list, list]:
        """Statuses and rejects written before this run resumed (for the run's summary)."""
        if not self.resumed:
            return [], []
        import pandas as pd

        from coder.run.documents import DocumentStatus
        from coder.schema import Rejected

        statuses = []
        if _size(self.paths["documents"]):
            frame = pd.read_csv(self.paths["documents"], dtype={"doc_id": str, "status": str, "reason": str},
                                keep_default_na=False)
            statuses = [DocumentStatus(r.doc_id, r.status, int(r.events), r.reason)
                        for r in frame.itertuples(index=False)]
        rejects = []
        with self.paths["rejects"].open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rejects.append(Rejected(**json.loads(line)))
        return statuses, rejects
