"""The dask engine (``coder code … --engine dask [--scheduler ADDRESS]``): the input is cut
into partitions of ``chunk_size`` documents (the local engine's chunks), each coded on a
dask.distributed worker by the same :func:`coder.run.worker.process_chunk`.

- A worker plugin gives every worker the job once (codebook included); the stanza model is
  loaded on a worker's first raw document and kept.
- Each partition's result is written by its worker, atomically (temporary file, then
  rename), as JSON lines to ``OUT.parts/part-NNNNNNNN.jsonl`` — so workers need the output
  folder on a shared file system when they run on other machines.
- This process reads the input, keeps a bounded number of partitions in flight, and merges
  the parts in input order into the output (the same files the local engine writes); the
  parts folder is removed at the end. A re-run after an interruption skips the partitions
  whose part is already there (the same run: ``OUT.parts/run.json`` records its fingerprint).

Without ``scheduler`` a LocalCluster of ``workers`` processes × 1 thread is started and
stopped with the run.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import uuid
from collections import deque
from dataclasses import asdict
from pathlib import Path
from typing import Iterable, Iterator

from coder.parse import batched
from coder.run.documents import DocumentStatus
from coder.run.worker import ChunkOutput, Job, WorkerState, process_chunk

PLUGIN = "coder-job"


def _plugin_class():
    from distributed.diagnostics.plugin import WorkerPlugin

    class CoderJobPlugin(WorkerPlugin):
        """Keeps one :class:`WorkerState` per worker (the codebook loaded once)."""

        def __init__(self, job: Job, name: str):
            self.job = job
            self.name = name  # one per run: two runs on one cluster keep their own jobs
            self.state: WorkerState | None = None

        def setup(self, worker):
            self.state = WorkerState(self.job)  # the parser sets its torch threads when loaded

    return CoderJobPlugin


def _code_partition(index: int, items: list, part_path: str, plugin_name: str) -> int:
    """Runs on a worker: code one partition with its run's job and write its part atomically."""
    from distributed import get_worker

    plugin = get_worker().plugins[plugin_name]
    out = process_chunk(plugin.state, items)
    write_part(Path(part_path), out)
    return len(out.statuses)


def write_part(path: Path, out: ChunkOutput) -> None:
    """A partition's result as JSON lines: a header, then statuses, rejects, rows, records."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        head = {"columns": out.columns, "merged": out.merged, "parsed": out.parsed, "cached": out.cached,
                "counts": [len(out.statuses), len(out.rejects), len(out.rows), len(out.records)]}
        fh.write(json.dumps(head, ensure_ascii=False) + "\n")
        for kind, values in (("s", out.statuses), ("x", out.rejects)):
            for value in values:
                fh.write(json.dumps([kind, asdict(value)], ensure_ascii=False, default=str) + "\n")
        for kind, values in (("r", out.rows), ("e", out.records)):
            for value in values:
                fh.write(json.dumps([kind, value], ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def read_part(path: Path) -> ChunkOutput:
    from coder.schema import Rejected

    with path.open(encoding="utf-8") as fh:
        head = json.loads(fh.readline())
        out = ChunkOutput(columns=head["columns"], merged=head["merged"], parsed=head["parsed"],
                          cached=head["cached"])
        for line in fh:
            kind, value = json.loads(line)
            if kind == "s":
                out.statuses.append(DocumentStatus(**value))
            elif kind == "x":
                out.rejects.append(Rejected(**value))
            elif kind == "r":
                out.rows.append(value)
            else:
                out.records.append(value)
    counts = [len(out.statuses), len(out.rejects), len(out.rows), len(out.records)]
    if counts != head["counts"]:
        raise ValueError(f"{path}: incomplete part ({counts} != {head['counts']})")
    return out


def parts_folder(output: Path, run_id: dict) -> Path:
    """``OUT.parts/``, emptied first when it holds the parts of a different run."""
    folder = output.with_name(output.name + ".parts")
    marker = folder / "run.json"
    wanted = json.dumps(run_id, sort_keys=True)
    if folder.is_dir() and (not marker.is_file() or marker.read_text(encoding="utf-8") != wanted):
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    marker.write_text(wanted, encoding="utf-8")
    return folder


def run_partitions(items: Iterable, job: Job, output: str | os.PathLike, run_id: dict, *, workers: int = 2,
                   chunk_size: int = 64, scheduler: str | None = None,
                   inflight: int | None = None) -> Iterator[ChunkOutput]:
    """One :class:`ChunkOutput` per partition, in input order (see the module docstring)."""
    import logging

    from distributed import Client, LocalCluster

    folder = parts_folder(Path(output), run_id)
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    run_key = uuid.uuid4().hex[:12]  # task keys and the plugin unique per run, even on a long-lived scheduler
    plugin_name = f"{PLUGIN}-{run_key}"
    try:
        client.register_plugin(_plugin_class()(job, plugin_name), name=plugin_name)
        limit = inflight or 2 * max(1, len(client.scheduler_info().get("workers", {})) or workers)
        pending: deque = deque()  # (part path, future or None when the part is already there)
        for index, chunk in enumerate(batched(items, chunk_size)):
            path = folder / f"part-{index:08d}.jsonl"
            future = None
            if not path.is_file():
                future = client.submit(_code_partition, index, chunk, str(path), plugin_name, pure=False,
                                       key=f"coder-part-{run_key}-{index:08d}")
            pending.append((path, future))
            while len(pending) >= limit or (pending and pending[0][1] is None):
                yield _collect(*pending.popleft())
        while pending:
            yield _collect(*pending.popleft())
    finally:
        if cluster is None:  # a shared cluster: its workers drop this run's job (and codebook)
            with contextlib.suppress(Exception):  # cleanup only; the run's own error stands
                client.unregister_worker_plugin(plugin_name)
        client.close()
        if cluster is not None:
            cluster.close()
    shutil.rmtree(folder, ignore_errors=True)


def _collect(path: Path, future) -> ChunkOutput:
    if future is not None:
        future.result()  # raises the worker's exception
    try:
        return read_part(path)
    except (ValueError, json.JSONDecodeError, KeyError, TypeError) as exc:
        raise RuntimeError(f"{path}: unreadable partition result ({exc}); remove it and re-run") from None
