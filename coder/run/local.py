"""The local engine: chunks of documents coded in this process (``workers=1``) or in
``workers`` processes that each parse, code, validate and lay out whole chunks (one torch
thread each; the codebook sent once per process, the stanza model loaded on the first raw
document). This process only reads the input and hands chunks over; results come back in
input order. At most ``inflight`` chunks are out at once, so memory does not grow with the
corpus and the first rows are written as soon as the first chunk is done.
"""

from __future__ import annotations

from collections import deque
from typing import Any, Callable, Iterable, Iterator

from coder.parse import batched
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
    yield from _pool(iter(chunks), job, workers, inflight or 2 * workers, fn)


def _pool(chunks: Iterator[list], job: Job, workers: int, inflight: int, fn) -> Iterator[Any]:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    # spawn: a forked copy of a process that already loaded torch can deadlock
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn"),
                             initializer=init_process, initargs=(job,)) as pool:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(pool.submit(run_in_worker, fn, chunk))
            if len(pending) >= inflight:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
