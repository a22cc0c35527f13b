"""Python bytecodes executed per function in one coding pass on cached parses: a count that
does not depend on the machine's load (``coding_speed.py`` times the same work).

One pipeline pass (the coder's traces, then records with the ACLED layout) over every
``--step``-th document of the corpus, after a warm-up pass over the same documents read anew
(what the coder remembers per word and codebook is warm, nothing per sentence): every
bytecode counted with ``sys.settrace`` and ``f_trace_opcodes``, per function (its own, not
its callees'), then totals per module. Built-in calls (set and dict operations, ``sorted``)
count as the one bytecode that calls them, so the figure complements callgrind's machine
instructions (benchmarks/README.md) rather than replacing them. About 30× slower than the
pass itself. ``--src DIR`` counts the coder of another checkout (or a copy of a commit's
``coder/`` and ``codebooks/``) on the same corpus, in place of the installed one.

    python benchmarks/coding_bytecodes.py [--conllu FILE] [--step 3] [--top 60] [--src DIR] [-o out/coding-speed]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from coding_speed import ROOT, build_corpus


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--conllu", type=Path)
    ap.add_argument("--step", type=int, default=3, help="code every STEP-th document (default 3: 389 sentences)")
    ap.add_argument("--top", type=int, default=60, help="functions listed")
    ap.add_argument("--src", type=Path, help="a directory holding another coder/ (and its codebooks/) to count")
    ap.add_argument("-o", "--out", type=Path, default=ROOT / "out" / "coding-speed")
    args = ap.parse_args()
    if args.src:  # (an editable install's finder would still find the installed coder first)
        sys.meta_path = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
        sys.path.insert(0, str(args.src))

    from coder.code import trace_document
    from coder.codebook import load_codebook
    from coder.parse import read_conllu
    from coder.records import enrich

    corpus = args.conllu or build_corpus(args.out)
    book = load_codebook(None)
    for doc in list(read_conllu(corpus))[::args.step]:  # warm-up
        enrich(trace_document(doc, book), doc, book)
    docs = list(read_conllu(corpus))[::args.step]
    counts: Counter = Counter()
    calls: Counter = Counter()

    def tracer(frame, event, arg):
        if event == "opcode":
            counts[frame.f_code] += 1
        elif event == "call":
            frame.f_trace_opcodes = True
            calls[frame.f_code] += 1
        return tracer

    sys.settrace(tracer)
    for doc in docs:
        enrich(trace_document(doc, book), doc, book)
    sys.settrace(None)
    total = sum(counts.values())
    print(f"{sum(len(d.sentences) for d in docs)} sentences: {total:,} bytecodes, {sum(calls.values()):,} Python calls")
    modules: Counter = Counter()
    for code, n in counts.items():
        modules[code.co_filename.split("coder/")[-1]] += n
    for name, n in modules.most_common(25):
        print(f"{n:>11,} {100 * n / total:5.1f}%  {name}")
    print()
    for code, n in counts.most_common(args.top):
        where = f"{code.co_filename.split('coder/')[-1]}:{code.co_firstlineno} {code.co_name}"
        print(f"{n:>11,} {100 * n / total:5.1f}% {calls[code]:>8,}  {where}")


if __name__ == "__main__":
    main()
