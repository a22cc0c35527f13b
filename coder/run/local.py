"""The local engine: chunks of documents coded in this process (``workers=1``) or in
``workers`` processes that each parse, code, validate and lay out whole chunks (one torch
thread each; the codebook sent once per process, the stanza model loaded on the first raw
document; on Linux forked from a server that imported the coder, torch and stanza once:
:func:`worker_context`). This process only reads the input and hands chunks over; results come back in
input order. At most ``inflight`` chunks are out at once, so memory does not grow with the
corpus and the first rows are written as soon as the first chunk is done.
"""

from __future__ import annotations

import itertools
from collections import deque
from typing import Any, Callable, Iterable, Iterator

from coder.parse import RawDocument, batched
from coder.run.worker import ChunkOutput, Job, WorkerState, init_process, process_chunk, run_in_worker


def run_chunks(items: Iterable, job: Job, *, workers: int = 1, chunk_size: int = 64,
               inflight: int | None = None, parser=None) -> Iterator[ChunkOutput]:
    """One :class:`ChunkOutput` per ``chunk_size`` items, in input order."""
    return map_chunks(batched(items, chunk_size), job, workers=workers, inflight=inflight, parser=parser)


def map_chunks(chunks: Iterable[list], job: Job, *, workers: int = 1, inflight: int | None = None,
               parser=None, fn: Callable[[WorkerState, list], Any] = process_chunk) -> Iterator[Any]:
    """``fn(state, chunk)`` for every chunk, in order: in this process, or in ``workers``
    processes started once for the whole corpus with at most ``inflight`` chunks out."""
    if workers <= 1:
        state = WorkerState(job, parser)
        for chunk in chunks:
            yield fn(state, chunk)
        return
    yield from _pool(iter(chunks), job, workers, inflight or 4 * workers, fn)


def _pool(chunks: Iterator[list], job: Job, workers: int, inflight: int, fn) -> Iterator[Any]:
    from concurrent.futures import ProcessPoolExecutor

    first = next(chunks, None)
    if first is None:
        return
    context = worker_context(parses=job_parses(first))
    if context.get_start_method() == "forkserver":  # its imports overlap with the job's pickling
        from multiprocessing import forkserver

        forkserver.ensure_running()
    with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                             initializer=init_process, initargs=(job,)) as pool:
        pending: deque = deque()
        for chunk in itertools.chain([first], chunks):
            pending.append(pool.submit(run_in_worker, fn, chunk))
            if len(pending) >= inflight:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def job_parses(chunk: list) -> bool:
    """Whether a corpus whose first chunk is ``chunk`` will need stanza (it holds raw text)."""
    return any(isinstance(item, RawDocument) for item in chunk)


# modules every worker imports: forked from a server that has them, no worker imports them again
CODING_MODULES = ("coder.run.worker", "coder.code", "coder.records", "coder.output")
PARSING_MODULES = ("torch", "stanza", "coder.parse")


def worker_context(parses: bool):
    """The multiprocessing context of worker processes. On Linux a fork server that imported
    the coder (and torch and stanza when the corpus is parsed) once: each worker is a fork
    of it, so the imports (~3.5 CPU s with torch) are paid once and not per worker, and a
    worker exits without tearing down its interpreter. The server runs no torch operation
    and starts no thread of its own, so a fork of it is safe (a fork of a process that ran
    torch can deadlock). Elsewhere: spawn, each worker importing what it needs."""
    import multiprocessing as mp
    import sys

    if not sys.platform.startswith("linux") or "forkserver" not in mp.get_all_start_methods():
        return mp.get_context("spawn")
    context = mp.get_context("forkserver")
    # read when the server starts: the first pool of a process decides it
    context.set_forkserver_preload(list(CODING_MODULES + (PARSING_MODULES if parses else ())))
    return context
