"""What a worker process pays before its first row, without the parser: receiving the job
(codebook included) and coding a first chunk of cached parses in the ACLED layout.

    python benchmarks/worker_start.py [--conllu FILE] [--docs 16] [--repeat 3]

Each try starts a fresh process with ``multiprocessing``'s spawn context (as ``--workers N``
does) and reports that process's CPU seconds for: unpickling the job, and its first chunk
(the ACLED enrichment loads the gazetteer on first use). The best of ``--repeat`` counts.
Run it with ``PYTHONPATH=<another checkout>`` to measure that checkout side by side. The
stanza model load, the same in every version, is left out.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _worker(job_bytes: bytes, docs: list, answer) -> None:
    cpu = time.process_time()
    job = pickle.loads(job_bytes)
    received = time.process_time() - cpu
    from coder.run.worker import WorkerState, process_chunk

    cpu = time.process_time()
    out = process_chunk(WorkerState(job), docs)
    answer.send((received, time.process_time() - cpu, len(out.rows)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--conllu", type=Path, default=ROOT / "out" / "coding-speed" / "corpus.conllu",
                    help="cached parses (default: the corpus benchmarks/coding_speed.py writes)")
    ap.add_argument("--docs", type=int, default=64, help="documents in the first chunk (the default chunk size)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    import coder
    from coder.codebook import load_codebook
    from coder.parse import read_conllu
    from coder.run.worker import Job

    docs = []
    for doc in read_conllu(args.conllu):
        docs.append(doc)
        if len(docs) >= args.docs:
            break
    start = time.perf_counter()
    job_bytes = pickle.dumps(Job(load_codebook(None), fmt="acled"))
    sent = time.perf_counter() - start
    ctx = mp.get_context("spawn")
    tries = []
    for _ in range(args.repeat):
        mine, theirs = ctx.Pipe()
        proc = ctx.Process(target=_worker, args=(job_bytes, docs, theirs))
        proc.start()
        tries.append(mine.recv())
        proc.join()
    received = min(t[0] for t in tries)
    first = min(t[1] for t in tries)
    print(f"coder: {Path(coder.__file__).parent}")
    print(f"job pickled in the main process: {sent:.2f} s wall ({len(job_bytes) / 2**20:.1f} MiB)")
    print(f"worker: job received (unpickled) {received:.2f} CPU s; first chunk of {len(docs)} documents "
          f"({tries[0][2]} rows, ACLED layout, gazetteer loaded) {first:.2f} CPU s; best of {args.repeat}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
