"""Throughput of the coder on a fixed corpus, end to end and stage by stage.

    python benchmarks/throughput.py [--docs 120] [--workers 2] [--repeat 20] [-o out/throughput]

Builds a fixed corpus (the seed story, then the first ``--docs`` - 1 snippets of the shared
CASE 2021 file as stories dated 2019-08-06) and measures, each in a fresh process:

- stanza alone: the compact pipeline on the raw texts (model load excluded, reported apart),
  and the same process whole (Python start, torch/stanza imports and model load included:
  the fixed costs every end-to-end run pays too);
- ``coder parse``: the same texts to CoNLL-U;
- coding only, on the cached parses (``coder code corpus.conllu --format acled``), sentences/s;
- end to end (``coder code corpus.jsonl``) with 1 and ``--workers`` workers;
- the CoNLL-U corpus repeated ``--repeat`` times: peak RSS against the 1× run, and the time
  to the first output row.

Peak RSS is the largest sum over the process and its children (sampled every 20 ms); CPU s
is user + system time of the process and its workers (those it waited for, or each
process of its tree as last sampled when more: workers of a fork server; robust to a busy
machine, unlike wall time). The coder's bytecode is written first (``compileall``). The
table is printed as Markdown and written to OUT/throughput.md (JSON beside it).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "000_368ac21e56eded89.txt"
CASE = SHARED / "benchmarks" / "case2021_task2_dev.tsv"


def build_corpus(folder: Path, docs: int) -> Path:
    """corpus.jsonl: the seed story and the first CASE 2021 snippets (fixed, in file order)."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = [{"id": "seed", "text": SEED.read_text(encoding="utf-8"), "date": "2019-08-06"}]
    with CASE.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, dialect="excel-tab"):
            if len(rows) >= docs:
                break
            rows.append({"id": f"case-{row['id']}", "text": row["EventSnippet"], "date": "2019-08-06"})
    path = folder / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def repeat_conllu(source: Path, target: Path, times: int) -> None:
    """The CoNLL-U corpus ``times`` over, document ids made unique (``id~k``)."""
    text = source.read_text(encoding="utf-8")
    with target.open("w", encoding="utf-8") as fh:
        for k in range(times):
            fh.write(text.replace("# newdoc id = ", "# newdoc id = ~%d~" % k) if k else text)


class Run:
    """A command in a subprocess, with wall time, peak RSS of its process tree and the time
    the output file first held a data row."""

    def __init__(self, args: list[str], watch: Path | None = None):
        import psutil

        import resource

        self.args = args
        if watch is not None:  # an earlier run's output would read as a first row at once
            watch.unlink(missing_ok=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.peak = 0
        self.first_row: float | None = None
        done = threading.Event()
        seen: dict[int, float] = {}  # CPU s of every process of the tree, as last sampled

        def sample():
            root = psutil.Process(proc.pid)
            while not done.is_set():
                try:
                    procs = [root, *root.children(recursive=True)]
                    self.peak = max(self.peak, sum(p.memory_info().rss for p in procs))
                    for p in procs:
                        times = p.cpu_times()
                        seen[p.pid] = times.user + times.system
                except psutil.Error:
                    pass
                if watch is not None and self.first_row is None and watch.exists():
                    with watch.open("rb") as fh:
                        if fh.read(1 << 16).count(b"\n") >= 2:
                            self.first_row = time.perf_counter() - start
                time.sleep(0.02)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        self.stdout, self.stderr = proc.communicate()
        self.wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the process and every worker it waited for
        waited = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        # workers forked by a fork server are waited for by the server, which nobody waits
        # for: their CPU is only in the samples (each process's last one)
        self.cpu = max(waited, sum(seen.values()))
        done.set()
        sampler.join()
        if proc.returncode:
            raise SystemExit(f"{' '.join(map(str, args))} failed:\n{self.stderr[-2000:]}")


_STANZA_ALONE = """
import json, sys, time
from coder.parse import Parser, RawDocument, batched
docs = [RawDocument(r["id"], r["text"]) for r in map(json.loads, open(sys.argv[1], encoding="utf-8"))]
start = time.perf_counter()
parser = Parser(None, 1)
load = time.perf_counter() - start
start, cpu = time.perf_counter(), time.process_time()
sentences = 0
for batch in batched(docs, 32):
    sentences += sum(len(d.sentences) for d in parser.parse(batch))
print(json.dumps({"load": load, "parse": time.perf_counter() - start, "cpu": time.process_time() - cpu,
                  "sentences": sentences}))
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=120, help="documents in the corpus (seed + CASE snippets)")
    ap.add_argument("--workers", type=int, default=2, help="workers of the parallel end-to-end run")
    ap.add_argument("--repeat", type=int, default=20, help="how many times the CoNLL-U corpus is repeated")
    ap.add_argument("--chunk-size", type=int, default=16, help="documents per chunk in the end-to-end runs "
                    "(small enough that every worker gets chunks)")
    ap.add_argument("-o", "--out", type=Path, default=ROOT / "out" / "throughput")
    args = ap.parse_args(argv)
    os.environ.setdefault("CODER_STANZA_DIR", str(SHARED / "models" / "stanza-en-compact"))
    out = args.out.resolve()
    corpus = build_corpus(out, args.docs)
    coder = [sys.executable, "-m", "coder.cli"]
    results: dict[str, dict] = {}

    # bytecode written once, as an installed package has it (sessions may set PYTHONDONTWRITEBYTECODE,
    # and every process, each worker included, would compile the coder's modules again)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "coder")], check=True,
                   stdout=subprocess.DEVNULL)
    # warm the codebook cache so that no row pays the one-off compile
    Run([sys.executable, "-c", "from coder.codebook import load_codebook; load_codebook()"])
    alone = Run([sys.executable, "-c", _STANZA_ALONE, str(corpus)])
    stanza = json.loads(alone.stdout.strip().splitlines()[-1])
    sentences = stanza["sentences"]
    results["stanza alone (parse only, model loaded)"] = {"seconds": stanza["parse"], "peak_bytes": alone.peak,
                                                         "cpu": stanza["cpu"]}
    # the same process whole: Python start, torch and stanza imports, model load, parsing
    results["stanza alone (process start, imports and model load included)"] = {
        "seconds": alone.wall, "peak_bytes": alone.peak, "cpu": alone.cpu}
    parse = Run([*coder, "parse", str(corpus), "-o", str(out / "corpus.conllu")])
    results["coder parse (1 process)"] = {"seconds": parse.wall, "peak_bytes": parse.peak, "cpu": parse.cpu}
    conllu = out / "corpus.conllu"
    code_only = Run([*coder, "code", str(conllu), "-o", str(out / "coded.csv"), "--format", "acled"],
                    watch=out / "coded.csv")
    results["coding only, cached parses (ACLED layout)"] = {"seconds": code_only.wall, "peak_bytes": code_only.peak, "cpu": code_only.cpu,
                                                           "first_row": code_only.first_row}
    chunks = ["--chunk-size", str(args.chunk_size)]
    one = Run([*coder, "code", str(corpus), "-o", str(out / "e2e-1.csv"), *chunks], watch=out / "e2e-1.csv")
    results["end to end, 1 worker"] = {"seconds": one.wall, "peak_bytes": one.peak, "first_row": one.first_row,
                                        "cpu": one.cpu}
    many = Run([*coder, "code", str(corpus), "-o", str(out / f"e2e-{args.workers}.csv"), *chunks, "--workers",
                str(args.workers)], watch=out / f"e2e-{args.workers}.csv")
    results[f"end to end, {args.workers} workers"] = {"seconds": many.wall, "peak_bytes": many.peak,
                                                       "first_row": many.first_row, "cpu": many.cpu}
    big = out / f"corpus-x{args.repeat}.conllu"
    repeat_conllu(conllu, big, args.repeat)
    large = Run([*coder, "code", str(big), "-o", str(out / "coded-big.csv"), "--format", "acled"],
                watch=out / "coded-big.csv")
    results[f"coding only, corpus x{args.repeat}"] = {"seconds": large.wall, "peak_bytes": large.peak, "cpu": large.cpu,
                                                      "first_row": large.first_row, "sentences": sentences * args.repeat}
    same = [(out / f"e2e-1.csv").read_bytes() == (out / f"e2e-{args.workers}.csv").read_bytes()]

    lines = [f"Corpus: {args.docs} documents, {sentences} sentences "
             f"({corpus.stat().st_size // 1024} KiB of JSONL); stanza model load {stanza['load']:.1f} s. "
             f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
             f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.", "",
             "| what | seconds | CPU s | sentences/s | peak RSS MB | first row s |", "|---|---:|---:|---:|---:|---:|"]
    for name, r in results.items():
        n = r.get("sentences", sentences)
        first = f"{r['first_row']:.1f}" if r.get("first_row") is not None else ""
        cpu = f"{r['cpu']:.1f}" if r.get("cpu") is not None else ""
        lines.append(f"| {name} | {r['seconds']:.1f} | {cpu} | {n / r['seconds']:.0f} | {r['peak_bytes'] / 2**20:.0f} "
                     f"| {first} |")
    base = results["stanza alone (parse only, model loaded)"]["seconds"]
    e1 = results["end to end, 1 worker"]["seconds"]
    cpu_alone = results["stanza alone (parse only, model loaded)"]["cpu"]
    cpu_whole = results["stanza alone (process start, imports and model load included)"]["cpu"]
    cpu_e1 = results["end to end, 1 worker"]["cpu"]
    en = results[f"end to end, {args.workers} workers"]["seconds"]
    small_peak = results["coding only, cached parses (ACLED layout)"]["peak_bytes"]
    big_peak = results[f"coding only, corpus x{args.repeat}"]["peak_bytes"]
    parse_wall = results["coder parse (1 process)"]["seconds"]
    lines += ["", f"- end to end, 1 worker, over stanza alone: {100 * (e1 / base - 1):+.0f}% "
                  "(process start, model, codebook and gazetteer load included); over `coder parse` "
                  f"(process start and model load in both): {100 * (e1 / parse_wall - 1):+.0f}%",
              f"- CPU seconds, end to end, 1 worker, over stanza alone: {100 * (cpu_e1 / cpu_alone - 1):+.1f}% "
              f"(parsing only) and {100 * (cpu_e1 / cpu_whole - 1):+.1f}% (the stanza process whole: "
              "Python start, imports and model load in both)",
              f"- {args.workers} workers over 1 worker: {e1 / en:.2f}x (identical output: {same[0]})",
              f"- peak RSS, corpus x{args.repeat} over x1 (coding only): {big_peak / small_peak:.2f}x"]
    table = "\n".join(lines)
    print(table)
    (out / "throughput.md").write_text(table + "\n", encoding="utf-8")
    (out / "throughput.json").write_text(json.dumps({"docs": args.docs, "sentences": sentences,
                                                     "stanza_load": stanza["load"], "results": results},
                                                    indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
