"""One benchmark run: read gold, pick the codebook, parse (cached), code, score."""

from __future__ import annotations

import os
import time
from pathlib import Path

from coder.benchmark.confidence import confidence_report
from coder.benchmark.evaluate import codebook_quad_of, evaluate
from coder.benchmark.gold import GoldSet, read_gold
from coder.benchmark.penta import evaluate_penta
from coder.benchmark.petrarch_env import environment_codebook
from coder.benchmark.report import run_metadata
from coder.benchmark.runner import BenchmarkError, Progress, code_records, default_parse_mode, documents_for


def run_benchmark(gold_path: str | os.PathLike, *, fmt: str | None = None,
                  codebook: str | os.PathLike | None = None, models: str | os.PathLike | None = None,
                  parses: str | None = None, progress: Progress | None = None,
                  lower_case: bool = False) -> dict:
    """Benchmark the coder on a gold file; returns the full report dict.

    ``codebook`` None: for PETRARCH gold that names dictionaries in ``<Environment>``, those
    dictionaries imported on the fly; otherwise the default codebook. ``parses`` None:
    the supplied parses when every record carries one, else stanza (``models``).
    ``lower_case``: every text is coded as written in lower case (parsed with stanza), to see
    how the coder holds up on news written so.
    """
    from coder.codebook import load_codebook

    gold = read_gold(gold_path, fmt)
    codebook_dir = Path(codebook) if codebook else environment_codebook(gold)
    book = load_codebook(codebook_dir)
    mode = parses or default_parse_mode(gold)
    if lower_case:
        if mode != "stanza" and parses:
            raise BenchmarkError("--lower-case codes the texts anew: it needs --parses stanza")
        gold, mode = lower_cased(gold), "stanza"
    started = time.perf_counter()
    docs = documents_for(gold, mode, models=models, progress=progress)
    parsed = time.perf_counter()
    preds = code_records(gold, docs, book, progress=progress)
    coded = time.perf_counter()
    if gold.format == "conflibert":  # one penta class per sentence, from its main event
        report = evaluate_penta(gold, preds)
    else:
        report = evaluate(gold, preds, codebook_quad_of(book))
    report["confidence"] = confidence_report(gold.records, preds, codebook_quad_of(book))
    meta = run_metadata(book, str(codebook_dir or book.root))
    meta.update({
        "parses": mode,
        "lower_case": lower_case,
        "models": str(models or os.environ.get("CODER_STANZA_DIR") or "") if mode == "stanza" else None,
        "seconds": {"parse": round(parsed - started, 2), "code": round(coded - parsed, 2)},
        "records_per_second_coding": round(len(gold.records) / max(coded - parsed, 1e-9), 1),
    })
    report["meta"] = meta
    report["command"] = meta["command"]
    report["date"] = meta["date"]
    report["machine"] = meta["machine"]
    report["codebook_fingerprint"] = meta["codebook_fingerprint"]
    return report


def lower_cased(gold: GoldSet) -> GoldSet:
    """The gold set with every text written in lower case and no supplied parse."""
    from dataclasses import replace

    return replace(gold, records=[replace(r, text=r.text.lower(), parse=None) for r in gold.records])
