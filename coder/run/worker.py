"""One chunk of documents, start to finish: parse (or take from the parse cache), code,
validate and convert to the output layout. Every engine runs this, in this process, in a
worker process or on a dask worker; the process that writes only appends what comes back.
"""

from __future__ import annotations

import gc
import os
import pickle
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Any, Callable, Sequence

from coder.codebook import Codebook
from coder.emit import TEXT_OUTPUTS
from coder.output import fixed_columns
from coder.parse import RawDocument
from coder.run.documents import DocumentStatus, code_parsed, parse_safely, unparsed
from coder.schema import Rejected


@dataclass(frozen=True)
class Job:
    """What every worker needs to code a chunk: the codebook and options, the output layout,
    where the stanza models are and (optionally) the parse cache folder."""

    codebook: Codebook | None  # None for a job that only parses
    options: Any = None  # coder.code.CodingOptions
    fmt: str = "full"
    dedup: str | None = None
    models: str | None = None
    parse_cache: str | None = None
    threads: int = 1  # torch threads per parser
    layout: bool = True  # False: hand back validated records, not laid-out rows
    output: str | None = None  # csv | tsv | jsonl: rows and statuses handed back serialised for such a file
    raw_csv: bool = False  # CSV/TSV cells as they are (coder.emit)

    def __reduce__(self):
        """Pickled for each worker process with the codebook as one bytes object, written once
        per job, and read back with the garbage collector paused: unpickling the default
        codebook's million small objects is several times slower while the collector runs."""
        values = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "codebook"}
        return _job_from_pickle, (self._codebook_pickle, values)

    @cached_property
    def _codebook_pickle(self) -> bytes:
        return pickle.dumps(self.codebook, protocol=pickle.HIGHEST_PROTOCOL)

    @property
    def converts(self) -> bool:
        """Rows are laid out per chunk, except for ``--dedup day``, which compares documents
        across the corpus and is laid out at the end from the records."""
        return self.layout and self.dedup != "day"


def _job_from_pickle(codebook: bytes, values: dict[str, Any]) -> Job:
    collecting = gc.isenabled()
    gc.disable()
    try:
        book = pickle.loads(codebook)
        gc.freeze()  # kept for the life of the worker: later collections need not walk it
    finally:
        if collecting:
            gc.enable()
    return Job(book, **values)


@dataclass
class ChunkOutput:
    """What a chunk became, in input order."""

    statuses: list = field(default_factory=list)  # DocumentStatus, one per item
    rejects: list[Rejected] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)  # laid-out rows (job.converts) …
    columns: list[str] = field(default_factory=list)
    records: list[dict] = field(default_factory=list)  # … or validated records (dedup day)
    merged: int = 0
    parsed: int = 0  # documents parsed by stanza (cache misses)
    cached: int = 0  # documents whose parse came from the cache
    # job.output set: the rows serialised for the events file (``count`` of them, ``rows``
    # left empty; ``header``: the file's header line) and the statuses for OUT.documents.csv
    text: str | None = None
    header: str = ""
    count: int = 0
    status_text: str | None = None


class WorkerState:
    """Per process: the job, and a stanza parser loaded on the first raw document (a corpus
    of CoNLL-U parses never loads one)."""

    def __init__(self, job: Job, parser=None):
        self.job = job
        self._parser = parser
        self._cache = None

    @property
    def parser(self):
        if self._parser is None:
            from coder.parse import Parser

            self._parser = Parser(self.job.models, self.job.threads)
        return self._parser

    @property
    def cache(self):
        if self._cache is None and self.job.parse_cache:
            from coder.run.parse_cache import ParseCache

            self._cache = ParseCache(self.job.parse_cache, self.job.models)
        return self._cache


def process_chunk(state: WorkerState, items: Sequence) -> ChunkOutput:
    """Parse, code, validate and lay out one chunk (see :class:`ChunkOutput`)."""
    from coder.output import convert_records

    job = state.job
    out = ChunkOutput()
    parsed = _parse(state, [i for i in items if isinstance(i, RawDocument) and i.text.strip()], out)
    records: list[dict] = []
    for item in items:
        if isinstance(item, RawDocument) and not item.text.strip():
            status = DocumentStatus(item.id, "no-event", 0, "empty document")
        else:
            if isinstance(item, RawDocument):
                item = parsed[id(item)]
            if isinstance(item, Rejected):
                out.rejects.append(item)
                status = DocumentStatus(item.doc_id, "rejected", 0, item.reason)
            else:
                valid, rejects, status = code_parsed(item, job.codebook, job.options, job.fmt)
                records.extend(valid)
                out.rejects.extend(rejects)
        out.statuses.append(status)
    if job.converts:  # story-level dedup is within a document, hence within a chunk
        out.rows, out.columns, extra, out.merged = convert_records(records, job.fmt, job.dedup, job.codebook)
        out.rejects.extend(extra)
        if job.output in TEXT_OUTPUTS and fixed_columns(job.fmt):
            serialise(out, job)
    else:
        out.records = records
    return out


def serialise(out: ChunkOutput, job: Job) -> None:
    """The chunk's rows and statuses as the text the writing process appends (coder.emit):
    the bytes it would write from them, made here, in the worker."""
    from coder.emit import serialise_rows, serialise_statuses

    out.text, out.header = serialise_rows(out.rows, out.columns, job.output, job.raw_csv)
    out.count, out.rows = len(out.rows), []
    out.status_text = serialise_statuses(out.statuses, job.raw_csv)


def parse_chunk(state: WorkerState, items: Sequence) -> list:
    """Parse one chunk only (``coder parse``): raw documents become Documents or Rejected
    (from the cache when it has them), empty ones documents without sentences; parsed
    documents and rejects pass through. Same order and length as ``items``."""
    parsed = _parse(state, [i for i in items if isinstance(i, RawDocument) and i.text.strip()], ChunkOutput())
    return [(parsed[id(i)] if i.text.strip() else unparsed(i)) if isinstance(i, RawDocument) else i
            for i in items]


def _parse(state: WorkerState, raw: list[RawDocument], out: ChunkOutput) -> dict[int, Any]:
    """Parses of ``raw`` by ``id()``: from the cache when it has them, else from stanza
    (a batch stanza fails on is parsed one by one, so only the culprit is rejected)."""
    if not raw:
        return {}
    found: dict[int, Any] = {}
    cache = state.cache
    if cache is not None:
        for doc in raw:
            hit = cache.get(doc)
            if hit is not None:
                found[id(doc)] = hit
    missing = [d for d in raw if id(d) not in found]
    out.cached = len(raw) - len(missing)
    if missing:
        results = parse_safely(state.parser, missing)
        out.parsed = len(missing)
        for doc, result in zip(missing, results):
            found[id(doc)] = result
            if cache is not None and not isinstance(result, Rejected):
                cache.put(doc, result)
    return found


# --------------------------------------------------------------------------- worker processes

_STATE: WorkerState | None = None  # set in each worker process by init_process


def init_process(job: Job) -> None:
    """Worker process start: one torch thread, the job (codebook included) kept for every chunk."""
    global _STATE
    os.environ.setdefault("OMP_NUM_THREADS", str(job.threads))
    _STATE = WorkerState(job)


def run_in_worker(fn: Callable[[WorkerState, Sequence], Any], items: Sequence) -> Any:
    """``fn(state, items)`` with this worker process's state (``fn``: process_chunk, parse_chunk)."""
    assert _STATE is not None, "init_process was not run in this worker"
    return fn(_STATE, items)
