"""The workbench's state and work: one loaded codebook, one parsed corpus with its events,
and the library calls behind every page. The web layer (:mod:`coder.serve.app`) only turns
requests into calls of :class:`Workbench` and results into pages.

The work is done by collaborators, each in its own module: :class:`~coder.serve.editing.CodebookEditor`
(the codebook, its editable files, save and undo), :class:`~coder.serve.corpus.Corpus` (documents,
their events, the word index), :class:`~coder.serve.event_tables.EventTables` (the Events page's
tables) and :class:`~coder.serve.benchmark_jobs.BenchmarkJobs`. The workbench ties them together:
one lock around the codebook, and an edit re-codes the documents it can change.

Files are read and written only inside the codebook folder and the output folder (plus the
corpus, events and benchmark files named when the workbench was started).
"""

from __future__ import annotations

import os
import secrets
import threading
import time
from pathlib import Path
from typing import Any, Callable

from coder.doc import Document
from coder.errors import Problem
from coder.serve.benchmark_jobs import BenchmarkJobs
from coder.serve.config import ServeConfig, WorkbenchError
from coder.serve.corpus import Corpus
from coder.serve.editing import EDITABLE_SECTIONS, MANIFEST, CodebookEditor, Edit
from coder.serve.entries import Entry
from coder.serve.event_diff import Change, Recode, diff_events, event_key
from coder.serve.event_tables import EventTables, read_events
from coder.serve.explaining import check_typed_text, explain_document
from coder.serve.folders import inside

__all__ = ("EDITABLE_SECTIONS", "MANIFEST", "Change", "Edit", "Recode", "ServeConfig", "Workbench",
           "WorkbenchError", "diff_events", "event_key", "read_events")


class Workbench:
    """Everything the pages show and change. Thread-safe: one lock around the codebook."""

    def __init__(self, config: ServeConfig, *, parse_text: Callable[[str, str | None], Document] | None = None,
                 progress: Callable[[str], None] | None = None):
        self.config = config
        self.root = config.codebook.resolve()
        self.output = config.output.resolve()
        self.output.mkdir(parents=True, exist_ok=True)
        work_dir = self.output / ".serve"
        work_dir.mkdir(exist_ok=True)
        self.editor = CodebookEditor(self.root, work_dir)
        self.token = secrets.token_urlsafe(24)
        self.lock = threading.RLock()
        self._parse_text = parse_text
        self._parser = None
        self.last_recode: Recode | None = None
        self.corpus = Corpus()
        self.tables = EventTables(self.corpus, self.output, config.events)
        self.benchmarks = BenchmarkJobs(config.benchmarks, self.output, self.root, config.models)
        if config.corpus:
            self.corpus.load(config.corpus, self.codebook, work_dir, config.models, progress or (lambda _m: None))

    # ------------------------------------------------------------------ state the pages read

    @property
    def codebook(self):
        return self.editor.codebook

    @property
    def undo_stack(self) -> list[Edit]:
        return self.editor.undo_stack

    @property
    def docs(self) -> list[Document]:
        return self.corpus.docs

    @property
    def doc_index(self) -> dict[str, int]:
        return self.corpus.doc_index

    @property
    def records(self) -> dict[str, list[dict]]:
        return self.corpus.records

    @property
    def sentence_count(self) -> int:
        return self.corpus.sentence_count

    @property
    def bench_job(self) -> dict[str, Any]:
        return self.benchmarks.job

    def inside(self, path: str | os.PathLike, *roots: Path) -> Path:
        """``path`` resolved (relative to the first root), refused unless it lies in one of
        ``roots`` (default: the codebook folder and the output folder)."""
        return inside(path, *(roots or (self.root, self.output)))

    # ------------------------------------------------------------------ parsing and explaining

    def parse(self, text: str, date: str | None) -> Document:
        check_typed_text(text, date)
        if self._parse_text is not None:
            return self._parse_text(text, date)
        from coder.parse import Parser, RawDocument

        with self.lock:
            if self._parser is None:
                self._parser = Parser(self.config.models)
            return self._parser.parse([RawDocument("typed", text, date)])[0]

    def explain_document(self, doc: Document, only: int | None = None) -> list[dict]:
        """Per sentence: the coder's own explanation and the records of its events."""
        with self.lock:
            book = self.codebook
        return explain_document(doc, book, only)

    def corpus_document(self, doc_id: str) -> Document:
        return self.corpus.document(doc_id)

    def corpus_records(self) -> list[dict]:
        return self.corpus.all_records()

    # ------------------------------------------------------------------ codebook

    def manifest(self) -> dict:
        return self.editor.manifest()

    def codebook_files(self) -> list[tuple[str, str]]:
        """(kind, path relative to the codebook folder) of every editable file inside it."""
        return self.editor.files()

    def resolve_ref(self, ref: str, kind: str | None = None) -> tuple[str, int] | None:
        return self.editor.resolve_ref(ref, kind)

    def search(self, query: str, kind: str | None = None, limit: int = 100) -> list[dict]:
        return self.editor.search(query, kind, limit)

    def entry(self, rel: str, line: int) -> tuple[str, Entry]:
        return self.editor.entry(rel, line)

    def validate(self, rel: str, line: int | None, entry_text: str, section: str = "entries") -> list[Problem]:
        """The problems `coder codebook validate` would report if this entry were saved."""
        return self.editor.validate(rel, line, entry_text, section)

    def save(self, rel: str, line: int | None, entry_text: str, section: str = "entries",
             delete: bool = False) -> Recode:
        """Write the entry into its file, reload the codebook and re-code the documents the
        edit can change. An edit that leaves the codebook invalid is rolled back."""
        with self.lock:
            edit, loaded = self.editor.save(rel, line, entry_text, section, delete)
            return self._recode("save", rel, edit.words, loaded)

    def undo(self) -> Recode:
        with self.lock:
            edit, loaded = self.editor.undo()
            return self._recode("undo", edit.path.relative_to(self.root).as_posix(), edit.words, loaded)

    def recode_all(self) -> Recode:
        with self.lock:
            return self._recode("full", "", None, 0.0)

    def affected(self, words: set[tuple[str, ...]] | None) -> list[int]:
        """Indexes of the documents an edit of entries with these words can change."""
        return self.corpus.affected(words)

    def _recode(self, action: str, rel: str, words: set[tuple[str, ...]] | None, loaded: float) -> Recode:
        started = time.perf_counter()
        indexes = self.corpus.affected(words)
        before, after = self.corpus.recode(indexes, self.codebook)
        self.tables.forget_corpus()
        result = Recode(action, rel, len(indexes), len(self.corpus.docs), loaded, time.perf_counter() - started,
                        diff_events(before, after))
        self.last_recode = result
        return result

    # ------------------------------------------------------------------ events

    def event_files(self) -> list[str]:
        """Event files the Events page may open: the one given at start and those in the output folder."""
        return self.tables.files()

    def events_frame(self, source: str | None):
        """The events table: ``corpus`` (the loaded corpus, re-coded after every edit) or a file."""
        return self.tables.frame(source)

    # ------------------------------------------------------------------ benchmarks

    def gold_files(self) -> list[str]:
        return self.benchmarks.gold_files()

    def report_files(self) -> list[str]:
        return self.benchmarks.report_files()

    def run_benchmark(self, gold: str, parses: str | None = None, wait: bool = False,
                      codebook: str = "workbench") -> dict:
        """Start `coder benchmark` on a gold file in the background (see :meth:`BenchmarkJobs.run`)."""
        return self.benchmarks.run(gold, parses, wait, codebook)

    def read_report(self, rel: str) -> dict:
        return self.benchmarks.read_report(rel)

    def compare(self, a: str, b: str) -> tuple[dict, str]:
        return self.benchmarks.compare(a, b)
