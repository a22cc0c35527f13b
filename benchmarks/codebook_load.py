"""Time loading the default codebook: cold (validate + compile, no cache) and warm (cache).

    python benchmarks/codebook_load.py [CODEBOOK_DIR] [--repeat N] [--phases]

Uses a private cache folder so the cold run never sees an old cache. Targets (issue 12): cold
≤ 2 s, warm ≤ 0.3 s. Each time is given as wall seconds and CPU seconds of the process (the
CPU time is what to compare on a busy machine).
A warm load includes checking the cache file's signature (HMAC-SHA256 under the per-user key,
see coder.codebook.cache) and unpickling with the restricted unpickler.
``--phases`` also splits a cold load (each in a fresh process with an empty cache, the least
CPU time of ``--repeat`` runs) into reading and schema-checking the files, compiling, and
writing the signed cache, with the YAML parse and the actor index apart.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _timed(fn) -> tuple[tuple[float, float], object]:
    """((wall s, CPU s), result)"""
    start, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return (time.perf_counter() - start, time.process_time() - cpu), result


_WARM_SNIPPET = """
import sys, time
start, cpu = time.perf_counter(), time.process_time()
from coder.codebook import load_codebook
book = load_codebook(sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else None, use_cache=True)
print(time.perf_counter() - start, time.process_time() - cpu)
"""  # the codebook is kept, as a coder process keeps it (freeing its objects is not loading)


def warm_load_in_fresh_process(codebook: str | None, write_bytecode: bool = False) -> tuple[float, float]:
    """(wall s, CPU s) to import coder.codebook and load from the cache, as a new CLI process would.
    ``write_bytecode``: let Python write the modules' compiled bytecode (``__pycache__``) even
    where ``PYTHONDONTWRITEBYTECODE`` is set, as an installed package has it: otherwise every
    timed process would compile the modules it imports from source."""
    env = os.environ.copy()
    if write_bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run([sys.executable, "-c", _WARM_SNIPPET, codebook or ""], check=True,
                         capture_output=True, text=True, env=env)
    wall, cpu = out.stdout.strip().splitlines()[-1].split()
    return float(wall), float(cpu)


_PHASES_SNIPPET = """
import json, sys, time
import coder.codebook.compile as C, coder.codebook.yamlfile as Y
spent = {}
def timed(module, name, label):
    fn = getattr(module, name)
    def wrapper(*args, **kwargs):
        cpu = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.process_time() - cpu
    setattr(module, name, wrapper)
timed(C, "read_sources", "read + schema check")
timed(Y, "load_yaml_indexed", "  of which YAML parse")
timed(Y, "schema_problems", "  of which schema check")
timed(C, "compile_actors", "  of which actor index")
timed(C, "write_signed", "write signed cache")
cpu = time.process_time()
C.load_codebook(sys.argv[1] or None, use_cache=True)
total = time.process_time() - cpu
spent["compile"] = total - spent["read + schema check"] - spent["write signed cache"]
spent["total"] = total
print(json.dumps(spent))
"""  # module attributes are looked up at call time, so the wrappers see every call


def cold_phases_in_fresh_process(codebook: str | None) -> dict[str, float]:
    """CPU seconds per phase of one cold load (empty cache) in a new process."""
    import json

    with tempfile.TemporaryDirectory() as cache:
        out = subprocess.run([sys.executable, "-c", _PHASES_SNIPPET, codebook or ""], check=True,
                             capture_output=True, text=True, env={**os.environ, "CODER_CACHE_DIR": cache})
    return json.loads(out.stdout.strip().splitlines()[-1])


def _s(times: tuple[float, float]) -> str:
    return f"{times[0]:.3f} s (CPU {times[1]:.3f} s)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("codebook", nargs="?", default=None, help="codebook folder (default: the shipped one)")
    parser.add_argument("--repeat", type=int, default=3, help="warm loads to time (median reported)")
    parser.add_argument("--phases", action="store_true",
                        help="also split cold loads into phases (CPU s, least of --repeat fresh processes)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as cache:
        os.environ["CODER_CACHE_DIR"] = cache
        from coder.codebook import load_codebook  # imported after the cache folder is set

        cold, book = _timed(lambda: load_codebook(args.codebook, use_cache=True))  # compiles, writes cache
        warm_load_in_fresh_process(args.codebook, write_bytecode=True)  # untimed: bytecode and OS file cache
        warm_times = [warm_load_in_fresh_process(args.codebook) for _ in range(args.repeat)]
        in_process, _ = _timed(lambda: load_codebook(args.codebook, use_cache=True))
        # what a codebook edit costs: the edited file is re-read, the others come from the
        # per-file cache, and the whole codebook is compiled again
        nocache, _ = _timed(lambda: load_codebook(args.codebook, use_cache=False))
    stats = book.stats()
    warm = (statistics.median(w for w, _ in warm_times), statistics.median(c for _, c in warm_times))
    print(f"codebook: {book.name} ({len(book.files)} files)")
    print(f"  {stats['actor_names']} actor names, {stats['agent_names']} agent names, "
          f"{stats['patterns']} patterns, {stats['verb_lemmas']} verb lemmas")
    print(f"cold load (validate + compile + write cache): {_s(cold)}  (target ≤ 2 s)")
    print(f"recompile after an edit (files cached, compile): {_s(nocache)}")
    print(f"warm load (cache, fresh process), median of {args.repeat}: {_s(warm)}  (target ≤ 0.3 s)")
    print(f"warm load (cache, same process after a cold load): {_s(in_process)}")
    if args.phases:
        runs = [cold_phases_in_fresh_process(args.codebook) for _ in range(args.repeat)]
        best = min(runs, key=lambda run: run["total"])
        print(f"cold load by phase (CPU s, fresh process; the run with the least total of {args.repeat}):")
        order = ["read + schema check", "  of which YAML parse", "  of which schema check", "compile",
                 "  of which actor index", "write signed cache", "total"]
        for label in order:
            print(f"  {label:<28} {best.get(label, 0.0):.3f}")
    return 0 if warm[0] < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
