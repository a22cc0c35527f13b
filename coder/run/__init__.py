"""Engines that run parse → code → validate → layout over a corpus.

- :mod:`coder.run.worker` — one chunk of documents, start to finish (what every engine runs).
- :mod:`coder.run.local` — chunks in this process or in ``workers`` processes, in input order,
  with a bounded number of chunks in flight.
- :mod:`coder.run.sink` — output, rejects and statuses written per chunk, with a journal so
  that ``--resume`` continues a killed run.
- :mod:`coder.run.parse_cache` — parses stored as CoNLL-U, keyed by text hash + model identity.
- :mod:`coder.run.dask_engine` — the same chunks as partitions on a dask.distributed cluster.
"""

from coder.run.worker import ChunkOutput, Job

__all__ = ["ChunkOutput", "Job"]
