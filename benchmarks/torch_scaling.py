"""How far two torch processes scale on this machine, apart from the coder: the ceiling for
``coder code --workers 2`` (issue 12 asks ≥ 1.85× of one worker on 2 cores).

    python benchmarks/torch_scaling.py [--rounds 60] [--repeat 5]

Runs a stanza-sized bidirectional LSTM (one torch thread) alone, then in two processes at
once, alternating ``--repeat`` times, and prints the two-process throughput over one from the
least seconds of each (a short run on a shared machine is noisy). Pure Python is timed the same way for
comparison: where it scales ×2 and torch does not, the limit is the cores' shared caches and
memory bandwidth, not the coder's worker pool.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

_TORCH = """
import time, torch
torch.set_num_threads(1)
lstm = torch.nn.LSTM(256, 256, 2, bidirectional=True)
x = torch.randn(40, 8, 256)
with torch.no_grad():
    lstm(x)
    start = time.perf_counter()
    for _ in range({rounds}):
        lstm(x)
print(time.perf_counter() - start)
"""

_PYTHON = """
import time
start = time.perf_counter()
total = 0
for i in range({rounds} * 500_000):
    total += i
print(time.perf_counter() - start)
"""


def _seconds(snippet: str, copies: int) -> float:
    """Mean seconds of ``copies`` processes running ``snippet`` at once."""
    procs = [subprocess.Popen([sys.executable, "-c", snippet], stdout=subprocess.PIPE, text=True)
             for _ in range(copies)]
    times = [float(p.communicate()[0]) for p in procs]
    return sum(times) / len(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=60, help="work per process")
    ap.add_argument("--repeat", type=int, default=5, help="alternating measurements of each")
    args = ap.parse_args()
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}\n")
    print("| work | 1 process, s | 2 processes at once, s each | throughput of 2 over 1 |")
    print("|---|---:|---:|---:|")
    for name, snippet in (("torch LSTM, 1 thread", _TORCH), ("pure Python loop", _PYTHON)):
        code = snippet.format(rounds=args.rounds)
        runs = [(_seconds(code, 1), _seconds(code, 2)) for _ in range(args.repeat)]
        one, two = min(r[0] for r in runs), min(r[1] for r in runs)
        print(f"| {name} | {one:.2f} | {two:.2f} | {2 * one / two:.2f}x |")


if __name__ == "__main__":
    main()
