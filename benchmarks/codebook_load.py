"""Time loading the default codebook: cold (validate + compile, no cache) and warm (cache).

    python benchmarks/codebook_load.py [CODEBOOK_DIR] [--repeat N]

Uses a private cache folder so the cold run never sees an old cache. Target: warm < 1 s.
A warm load includes checking the cache file's signature (HMAC-SHA256 under the per-user key,
see coder.codebook.cache) and unpickling with the restricted unpickler.
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


def _timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


_WARM_SNIPPET = """
import sys, time
start = time.perf_counter()
from coder.codebook import load_codebook
load_codebook(sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else None, use_cache=True)
print(time.perf_counter() - start)
"""


def warm_load_in_fresh_process(codebook: str | None) -> float:
    """Seconds to import coder.codebook and load from the cache, as a new CLI process would."""
    out = subprocess.run([sys.executable, "-c", _WARM_SNIPPET, codebook or ""], check=True,
                         capture_output=True, text=True, env=os.environ.copy())
    return float(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("codebook", nargs="?", default=None, help="codebook folder (default: the shipped one)")
    parser.add_argument("--repeat", type=int, default=3, help="warm loads to time (median reported)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as cache:
        os.environ["CODER_CACHE_DIR"] = cache
        from coder.codebook import load_codebook  # imported after the cache folder is set

        cold, book = _timed(lambda: load_codebook(args.codebook, use_cache=True))  # compiles, writes cache
        warm_times = [warm_load_in_fresh_process(args.codebook) for _ in range(args.repeat)]
        in_process, _ = _timed(lambda: load_codebook(args.codebook, use_cache=True))
        # what a codebook edit costs: the edited file is re-read, the others come from the
        # per-file cache, and the whole codebook is compiled again
        nocache, _ = _timed(lambda: load_codebook(args.codebook, use_cache=False))
    stats = book.stats()
    warm = statistics.median(warm_times)
    print(f"codebook: {book.name} ({len(book.files)} files)")
    print(f"  {stats['actor_names']} actor names, {stats['agent_names']} agent names, "
          f"{stats['patterns']} patterns, {stats['verb_lemmas']} verb lemmas")
    print(f"cold load (validate + compile + write cache): {cold:.2f} s")
    print(f"recompile after an edit (files cached, compile): {nocache:.2f} s")
    print(f"warm load (cache, fresh process), median of {args.repeat}: {warm:.3f} s  (target < 1 s)")
    print(f"warm load (cache, same process after a cold load): {in_process:.3f} s")
    return 0 if warm < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
