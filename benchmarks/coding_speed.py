"""Coding speed on cached parses: the coder alone, enrichment alone, and both as ``coder code``
runs them (the full record layout, ACLED columns included).

    python benchmarks/coding_speed.py [--conllu FILE] [--repeat 3] [--held-out] [-o out/coding-speed]

The corpus is fixed: the texts of the shared CASE 2021 and PLOVER benchmarks, parsed once
with the compact stanza model through the benchmark's parse cache and written to
OUT/corpus.conllu (or a CoNLL-U file you name). Each measurement codes every document with
the shipped codebook; the best of ``--repeat`` runs counts, in CPU seconds of this process
(robust to a busy machine). Each run codes the documents read anew (what the coder remembers
per sentence does not carry over; what it remembers per word and codebook does, as in a long
corpus). ``pipeline`` is what ``coder code`` does per parsed document:
the coder's traces, then records from them (each sentence's actors read from its analysis).
Run it with ``PYTHONPATH=<another checkout>`` to measure that
checkout's coder on the same corpus, side by side.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TEXTS = (SHARED / "benchmarks" / "case2021_task2_dev.tsv", SHARED / "benchmarks" / "plover_gsr_cameo.json")


def build_corpus(out: Path) -> Path:
    """OUT/corpus.conllu from the shared benchmark texts (parsed once, then cached)."""
    from coder.benchmark.gold import read_gold
    from coder.benchmark.runner import documents_for
    from coder.parse import write_conllu

    os.environ.setdefault("CODER_STANZA_DIR", str(SHARED / "models" / "stanza-en-compact"))
    docs = []
    for path in TEXTS:
        docs += [d for d in documents_for(read_gold(path), "stanza").values() if not isinstance(d, str)]
    out.mkdir(parents=True, exist_ok=True)
    corpus = out / "corpus.conllu"
    with corpus.open("w", encoding="utf-8") as fh:
        write_conllu(docs, fh)
    return corpus


def best_cpu(run, repeat: int, setup=None) -> float:
    """The least CPU time of ``run(setup())`` over the repeats (``setup`` is not timed)."""
    times = []
    for _ in range(repeat):
        arg = setup() if setup is not None else None
        start = time.process_time()
        run(arg)
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--conllu", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("-o", "--out", type=Path, default=ROOT / "out" / "coding-speed")
    ap.add_argument("--held-out", action="store_true",
                    help="warm up on every other document, then one pass over the others: texts "
                         "the run has not seen, as in a long corpus (no cache holds their sentences)")
    args = ap.parse_args()
    if args.held_out:
        return held_out(args)

    import coder
    from coder.code import code_document
    from coder.codebook import load_codebook
    from coder.parse import read_conllu
    from coder.code import trace_document
    from coder.records import enrich, event_records

    corpus = args.conllu or build_corpus(args.out)
    docs = list(read_conllu(corpus))
    sentences = sum(len(d.sentences) for d in docs)
    book = load_codebook(None)
    coded = [(d, code_document(d, book)) for d in docs]  # warm-up, and the events to enrich
    events = [e for _, e in coded]

    def fresh() -> list:  # each repeat reads the documents anew: no sentence keeps what a run found
        return list(read_conllu(corpus))

    code_s = best_cpu(lambda ds: [code_document(d, book) for d in ds], args.repeat, fresh)
    enrich_s = best_cpu(lambda ds: [event_records(e, d, book) for d, e in zip(ds, events)], args.repeat, fresh)
    pipeline_s = best_cpu(lambda ds: [enrich(trace_document(d, book), d, book) for d in ds], args.repeat, fresh)
    result = {
        "coder": str(Path(coder.__file__).parent), "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores", "documents": len(docs),
        "sentences": sentences, "events": sum(len(e) for _, e in coded),
        "coding_cpu_s": round(code_s, 2), "coding_sentences_per_s": round(sentences / code_s),
        "enrich_cpu_s": round(enrich_s, 2), "records_per_s": round(sum(len(e) for _, e in coded) / enrich_s),
        "pipeline_cpu_s": round(pipeline_s, 2), "pipeline_sentences_per_s": round(sentences / pipeline_s),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "coding-speed.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


def held_out(args: argparse.Namespace) -> None:
    """Coding, then records, over documents the process has not coded before (after a warm-up
    on the other half): one pass each, CPU seconds. Run it a few times and keep the best."""
    import coder
    from coder.code import trace_document
    from coder.codebook import load_codebook
    from coder.parse import read_conllu
    from coder.records import enrich

    corpus = args.conllu or build_corpus(args.out)
    docs = list(read_conllu(corpus))
    warm, fresh = docs[::2], docs[1::2]
    book = load_codebook(None)
    for d in warm:
        enrich(trace_document(d, book), d, book)
    sentences = sum(len(d.sentences) for d in fresh)
    start = time.process_time()
    traces = [(d, trace_document(d, book)) for d in fresh]
    code_s = time.process_time() - start
    start = time.process_time()
    records = [r for d, t in traces for r in enrich(t, d, book)]
    enrich_s = time.process_time() - start
    result = {
        "coder": str(Path(coder.__file__).parent), "date": time.strftime("%Y-%m-%d"), "held_out": True,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores", "documents": len(fresh),
        "sentences": sentences, "records": len(records),
        "coding_cpu_s": round(code_s, 3), "coding_sentences_per_s": round(sentences / code_s),
        "enrich_cpu_s": round(enrich_s, 3), "records_per_s": round(len(records) / enrich_s),
        "pipeline_cpu_s": round(code_s + enrich_s, 3),
        "pipeline_sentences_per_s": round(sentences / (code_s + enrich_s)),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "coding-speed-held-out.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
