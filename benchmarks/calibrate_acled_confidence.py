"""Fit the weights of the ACLED records' confidence (coder/acled/confidence.py) on the tune
half of CASE 2021, write them to coder/acled/confidence.json, and print the precision of the
most confident half of ACLED-typed events on the tune and check halves, before (the CAMEO
event's confidence) and after (the ACLED confidence), and after a fit without the document
features (what the basis alone adds).

    CODER_STANZA_DIR=/work/shared/models/stanza-en-compact \\
        .venv/bin/python benchmarks/calibrate_acled_confidence.py [--gold ../shared/benchmarks/case2021_task2_dev.tsv] [--dry-run]

Events are judged as the benchmark judges them at the acled_sub_event_type level
(coder.benchmark.confidence.judged_events): every predicted event with an ACLED sub-event
type, right when that type is its record's gold label. The model is an L2-regularised
logistic regression over the logit of the event confidence, a one-hot of how the type was
decided (coder.acled.rules.typing_basis; ``cue`` is the reference) and what the rest of the
document says of the type (coder.acled.confidence.DOCUMENT_FEATURES). Run it again after
coder/code/confidence.json is refitted or ACLED rules change; parses come from the benchmark
parse cache.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from calibrate_confidence import fit, ranking_auc  # noqa: E402
from coder.acled.confidence import (DOCUMENT_FEATURES, REFERENCE_BASIS, WEIGHTS_FILE, document_contexts,  # noqa: E402
                                    features, type_confidence)
from coder.acled.rules import BASES  # noqa: E402
from coder.benchmark.confidence import event_label, top_half_precision  # noqa: E402
from coder.benchmark.evaluate import _in_level, codebook_quad_of, resolve_alternatives  # noqa: E402
from coder.benchmark.gold import read_gold  # noqa: E402
from coder.benchmark.halves import half_of  # noqa: E402
from coder.benchmark.petrarch_env import environment_codebook  # noqa: E402
from coder.benchmark.predicted import PredEvent, RecordPrediction  # noqa: E402
from coder.benchmark.runner import coding_options, default_parse_mode, documents_for  # noqa: E402
from coder.codebook import load_codebook  # noqa: E402
from coder.run.documents import code_parsed  # noqa: E402

LEVEL = "acled_sub_event_type"
L2 = 1.0
BASIS_NAMES = ("event_logit", *(b for b in BASES if b != REFERENCE_BASIS))
NAMES = (*BASIS_NAMES, *DOCUMENT_FEATURES)


def case_events(path: Path) -> list[dict]:
    """One row per ACLED-typed predicted event: event confidence, basis, document features,
    right, half."""
    gold = read_gold(path)
    book = load_codebook(environment_codebook(gold))
    quad_of = codebook_quad_of(book)
    docs = documents_for(gold, default_parse_mode(gold))
    rows = []
    for record in gold.records:
        doc = docs.get(record.id)
        if doc is None or isinstance(doc, str):
            continue
        flat, _, _ = code_parsed(doc, book, coding_options(gold, record))
        preds = [PredEvent.from_record(r) for r in flat]
        resolved = resolve_alternatives(record, RecordPrediction(record.id, preds))
        if not _in_level(LEVEL, resolved, "cameo"):
            continue
        labels = {event_label(LEVEL, g, quad_of, "cameo") for g in resolved.events} - {None}
        for rec, pred, context in zip(flat, preds, document_contexts(flat, doc, book)):
            label = event_label(LEVEL, pred, quad_of, "cameo")
            if label is None or rec.get("acled_basis") is None:
                continue
            rows.append({"confidence": pred.confidence or 0.0, "basis": rec["acled_basis"], "context": context,
                         "right": label in labels, "half": half_of(record.id), "record": record.id})
    return rows


def weights_of(beta: np.ndarray, names: tuple[str, ...] = NAMES) -> tuple:
    """(intercept, event_logit weight, {basis: weight}, {document feature: weight})."""
    named = dict(zip(names, map(float, beta[1:])))
    return (float(beta[0]), named["event_logit"], {n: named[n] for n in BASIS_NAMES[1:]},
            {n: named[n] for n in DOCUMENT_FEATURES if n in named})


def fit_rows(rows: list[dict], names: tuple[str, ...] = NAMES) -> np.ndarray:
    """The model's coefficients (intercept first) fitted on ``rows`` over ``names``."""
    x = np.array([[features(r["confidence"], r["basis"], r["context"])[n] for n in names] for r in rows])
    y = np.array([float(r["right"]) for r in rows])
    return fit(x, y, np.ones(len(rows)), L2)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=str(ROOT.parent / "shared" / "benchmarks" / "case2021_task2_dev.tsv"))
    ap.add_argument("--out", default=str(WEIGHTS_FILE))
    ap.add_argument("--dry-run", action="store_true", help="fit and print, do not write the weights")
    args = ap.parse_args(argv)
    rows = case_events(Path(args.gold))
    tune = [r for r in rows if r["half"] == "tune"]
    if not tune:
        print(f"{args.gold}: no ACLED-typed event in the tune half: nothing to fit", file=sys.stderr)
        return 1
    intercept, slope, bases, document = weights_of(fit_rows(tune))
    data = {"intercept": round(intercept, 4), "event_logit": round(slope, 4),
            "bases": {REFERENCE_BASIS: 0.0, **{n: round(b, 4) for n, b in bases.items()}},
            "document": {n: round(b, 4) for n, b in document.items()},
            "fitted": {"date": dt.date.today().isoformat(), "command": "benchmarks/calibrate_acled_confidence.py",
                       "gold": Path(args.gold).name, "level": LEVEL, "tune_events": len(tune), "l2": L2}}
    if not args.dry_run:
        Path(args.out).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    basis_only = weights_of(fit_rows(tune, BASIS_NAMES), BASIS_NAMES)
    print_table(rows, (data["intercept"], data["event_logit"], data["bases"], data["document"]), basis_only)
    return 0


def print_table(rows: list[dict], weights: tuple, basis_only: tuple) -> None:
    """Per half: events, precision by basis, the most confident half's precision and the
    ranking AUC by event confidence, by the event confidence and basis only (a fit without the
    document features) and by the ACLED confidence."""
    print(f"weights: intercept {weights[0]}, event_logit {weights[1]}, bases {weights[2]}, document {weights[3]}")
    print("| half | events | " + " | ".join(f"{b} (right/events)" for b in BASES)
          + " | most confident half: event confidence → with basis → ACLED confidence | ranking AUC |")
    print("|---|---|" + "---|" * len(BASES) + "---|---|")
    for half in ("tune", "check"):
        mine = [r for r in rows if r["half"] == half]
        per = []
        for b in BASES:
            of = [r for r in mine if r["basis"] == b]
            per.append(f"{sum(r['right'] for r in of)}/{len(of)}")
        before = [(r["confidence"], r["right"], r["record"]) for r in mine]
        basis = [(type_confidence(r["confidence"], r["basis"], basis_only), r["right"], r["record"]) for r in mine]
        after = [(type_confidence(r["confidence"], r["basis"], weights, r["context"]), r["right"], r["record"])
                 for r in mine]
        tb, tm, ta = (top_half_precision(j)["precision"] for j in (before, basis, after))
        print(f"| {half} | {len(mine)} | " + " | ".join(per) + f" | {tb:.3f} → {tm:.3f} → {ta:.3f} | "
              f"{ranking_auc(before):.3f} → {ranking_auc(basis):.3f} → {ranking_auc(after):.3f} |")


if __name__ == "__main__":
    sys.exit(main())
