"""Fit the weights of the ACLED records' confidence (coder/acled/confidence.py) on the tune
half of CASE 2021, write them to coder/acled/confidence.json, and print the precision of the
most confident half of ACLED-typed events on the tune and check halves, before (the CAMEO
event's confidence) and after (the ACLED confidence).

    CODER_STANZA_DIR=/work/shared/models/stanza-en-compact \\
        .venv/bin/python benchmarks/calibrate_acled_confidence.py [--gold ../shared/benchmarks/case2021_task2_dev.tsv] [--dry-run]

Events are judged as the benchmark judges them at the acled_sub_event_type level
(coder.benchmark.confidence.judged_events): every predicted event with an ACLED sub-event
type, right when that type is its record's gold label. The model is an L2-regularised
logistic regression over the logit of the event confidence and a one-hot of how the type was
decided (coder.acled.rules.typing_basis; ``cue`` is the reference). Run it again after
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
from coder.acled.confidence import REFERENCE_BASIS, WEIGHTS_FILE, features, type_confidence  # noqa: E402
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
NAMES = ("event_logit", *(b for b in BASES if b != REFERENCE_BASIS))


def case_events(path: Path) -> list[dict]:
    """One row per ACLED-typed predicted event: event confidence, basis, right, half."""
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
        for rec, pred in zip(flat, preds):
            label = event_label(LEVEL, pred, quad_of, "cameo")
            if label is None or rec.get("acled_basis") is None:
                continue
            rows.append({"confidence": pred.confidence or 0.0, "basis": rec["acled_basis"],
                         "right": label in labels, "half": half_of(record.id), "record": record.id})
    return rows


def weights_of(beta: np.ndarray) -> tuple[float, float, dict[str, float]]:
    return float(beta[0]), float(beta[1]), {n: float(b) for n, b in zip(NAMES[1:], beta[2:])}


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
    x = np.array([[features(r["confidence"], r["basis"])[n] for n in NAMES] for r in tune])
    y = np.array([float(r["right"]) for r in tune])
    beta = fit(x, y, np.ones(len(tune)), L2)
    intercept, slope, bases = weights_of(beta)
    data = {"intercept": round(intercept, 4), "event_logit": round(slope, 4),
            "bases": {REFERENCE_BASIS: 0.0, **{n: round(b, 4) for n, b in bases.items()}},
            "fitted": {"date": dt.date.today().isoformat(), "command": "benchmarks/calibrate_acled_confidence.py",
                       "gold": Path(args.gold).name, "level": LEVEL, "tune_events": len(tune), "l2": L2}}
    if not args.dry_run:
        Path(args.out).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print_table(rows, (data["intercept"], data["event_logit"], data["bases"]))
    return 0


def print_table(rows: list[dict], weights: tuple[float, float, dict[str, float]]) -> None:
    """Per half: events, precision by basis, the most confident half's precision and the
    ranking AUC by event confidence (before) and by ACLED confidence (after)."""
    print(f"weights: intercept {weights[0]}, event_logit {weights[1]}, bases {weights[2]}")
    print("| half | events | " + " | ".join(f"{b} (right/events)" for b in BASES)
          + " | most confident half: event confidence → ACLED confidence | ranking AUC |")
    print("|---|---|" + "---|" * len(BASES) + "---|---|")
    for half in ("tune", "check"):
        mine = [r for r in rows if r["half"] == half]
        per = []
        for b in BASES:
            of = [r for r in mine if r["basis"] == b]
            per.append(f"{sum(r['right'] for r in of)}/{len(of)}")
        before = [(r["confidence"], r["right"], r["record"]) for r in mine]
        after = [(type_confidence(r["confidence"], r["basis"], weights), r["right"], r["record"]) for r in mine]
        tb, ta = top_half_precision(before), top_half_precision(after)
        print(f"| {half} | {len(mine)} | " + " | ".join(per)
              + f" | {tb['precision']:.3f} → {ta['precision']:.3f} | {ranking_auc(before):.3f} → {ranking_auc(after):.3f} |")


if __name__ == "__main__":
    sys.exit(main())
