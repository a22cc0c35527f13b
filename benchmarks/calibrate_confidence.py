"""Fit the weights of the per-event confidence (coder/code/confidence.py) on the tune halves
of the shared benchmarks, write them to coder/code/confidence.json, and print the precision
of the most confident half of events on the tune and check halves of every set.

    CODER_STANZA_DIR=/work/shared/models/stanza-en-compact \\
        .venv/bin/python benchmarks/calibrate_confidence.py [--shared ../shared/benchmarks] [--dry-run]
        [--dump events.jsonl]

An event is right when its label at the set's headline level (CAMEO root; PLOVER event,
penta class or ACLED sub-event type where the gold has no CAMEO code) is among its record's
gold labels. The model is an L2-regularised logistic regression (numpy, Newton steps); each
set weighs the same in the fit. CASE 2021 is printed but left out of the fit: its gold is an
ACLED sub-event type, which says whether the event was typed right, not whether its code is;
the ACLED records' confidence (coder/acled/confidence.py) models that on top of this one.
The Spanish records are printed a second time as coded with the shipped Spanish codebook
(codebooks/es), not fitted: they are the same records. Parses come from the benchmark parse
cache, so a rerun after a rule change takes a few minutes. The ACLED records' confidence
builds on this one: run benchmarks/calibrate_acled_confidence.py after it.

To study what lands in the confident half, ``--dump`` writes every judged event (set, half,
record, confidence, right, label and gold labels, code, pattern, actors, the coder's notes,
the sentence and its features) as JSON lines; study the tune halves, verify on the check
halves.
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

from coder.benchmark.confidence import event_label, headline_level, top_half_precision  # noqa: E402
from coder.benchmark.evaluate import _in_level, codebook_quad_of, levels_of, resolve_alternatives  # noqa: E402
from coder.benchmark.gold import read_gold  # noqa: E402
from coder.benchmark.halves import half_of  # noqa: E402
from coder.benchmark.petrarch_env import environment_codebook  # noqa: E402
from coder.benchmark.predicted import PredEvent, RecordPrediction  # noqa: E402
from coder.benchmark.runner import coding_options, default_parse_mode, documents_for  # noqa: E402
from coder.code import trace_document  # noqa: E402
from coder.code.confidence import FEATURES, SIGNS, WEIGHTS_FILE, event_features, load_weights, score  # noqa: E402
from coder.codebook import load_codebook  # noqa: E402
from coder.records import enrich  # noqa: E402

SETS = (  # name, path under the shared benchmarks, parse mode (None: the gold's default)[, codebook]
    ("petrarch-unit-ud", "petrarch-unit-ud/records.xml", None),
    ("petrarch-unit-ud-stanza", "petrarch-unit-ud/records.xml", "stanza"),
    ("petrarch-unit", "petrarch-unit/records.xml", None),
    ("plover", "plover_gsr_cameo.json", None),
    ("case2021", "case2021_task2_dev.tsv", None),
    ("conflibert", "conflibert-cameo", None),
    ("spanish-fight", "spanish-fight/records.xml", None),
    # the same records with the shipped Spanish codebook (what `coder code` uses for Spanish)
    ("spanish-fight-es", "spanish-fight/records.xml", None, ROOT / "codebooks" / "es"),
)
L2 = 1.0
# printed, not fitted: sets whose headline label is not the event's own code (see above); the
# Spanish records with the shipped Spanish codebook, the same records as spanish-fight (each
# set weighs the same in the fit: a second coding of one set's records would weigh it twice)
NOT_FITTED = frozenset({"case2021", "spanish-fight-es"})


def set_events(path: Path, mode: str | None, codebook: Path | None = None) -> tuple[str, list[dict]]:
    """(headline level, one row per predicted event: features, right, half)."""
    gold = read_gold(path)
    book = load_codebook(codebook or environment_codebook(gold))
    quad_of = codebook_quad_of(book)
    docs = documents_for(gold, mode or default_parse_mode(gold))
    levels, dyad_code = levels_of(gold.records)
    level = headline_level(levels) or ("penta" if gold.format == "conflibert" else None)
    rows = []
    for record in gold.records:
        doc = docs.get(record.id)
        if doc is None or isinstance(doc, str):
            continue
        traces = trace_document(doc, book, coding_options(gold, record))
        flat = enrich(traces, doc, book)
        features = [event_features(t.analysis, {p.token_id: p.match for p in t.predicates}, e, t.events,
                                   [p.token_id for p in t.predicates if p.outcome.events])
                    for t in traces for e in t.events]
        preds = [PredEvent.from_record(r) for r in flat]
        resolved = resolve_alternatives(record, RecordPrediction(record.id, preds))
        if not _in_level(level, resolved, dyad_code):
            continue  # as the benchmark judges it (coder.benchmark.confidence.judged_events)
        gold_labels = {event_label(level, g, quad_of, dyad_code) for g in resolved.events} - {None}
        events = [(t, e) for t in traces for e in t.events]
        for f, p, (t, e) in zip(features, preds, events):
            label = event_label(level, p, quad_of, dyad_code)
            if label is not None:
                rows.append({"x": [f[n] for n in FEATURES], "right": label in gold_labels,
                             "half": half_of(record.id), "record": record.id,
                             "about": {"label": str(label), "gold": sorted(map(str, gold_labels)),
                                       "code": e.code, "pattern": e.pattern_id, "verb": e.verb_text,
                                       "source": actor_about(e.source), "target": actor_about(e.target),
                                       "notes": list(e.notes), "text": t.analysis.sentence.text}})
    return level or "-", rows


def actor_about(actor) -> str | None:
    """An actor for the dump: its text, code, ACLED actor type and how it was found."""
    if actor is None:
        return None
    return f"{actor.text} [{actor.code} inter={actor.inter} {actor.type} {actor.resolved_from or ''}]"


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = L2, steps: int = 50) -> np.ndarray:
    """Weighted L2-regularised logistic regression (intercept first, not penalised)."""
    x1 = np.hstack([np.ones((len(x), 1)), x])
    beta = np.zeros(x1.shape[1])
    penalty = np.full(x1.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x1 @ beta, -30, 30)))
        grad = x1.T @ (w * (p - y)) + penalty * beta
        hess = (x1 * (w * p * (1 - p))[:, None]).T @ x1 + np.diag(penalty) + 1e-9 * np.eye(len(beta))
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta


def fit_signed(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """:func:`fit` with each feature of SIGNS kept to its sign: the feature whose weight
    has the wrong sign by the most is dropped (weight 0) and the rest refitted, until none."""
    free = list(range(x.shape[1]))
    while True:
        beta = np.zeros(x.shape[1] + 1)
        beta[[0, *(i + 1 for i in free)]] = fit(x[:, free], y, w)
        wrong = {i: -SIGNS[FEATURES[i]] * beta[i + 1] for i in free
                 if FEATURES[i] in SIGNS and SIGNS[FEATURES[i]] * beta[i + 1] < 0}
        if not wrong:
            return beta
        free.remove(max(wrong, key=wrong.get))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared" / "benchmarks"))
    ap.add_argument("--out", default=str(WEIGHTS_FILE))
    ap.add_argument("--dry-run", action="store_true", help="fit and print, do not write the weights")
    ap.add_argument("--dump", help="write every judged event (set, half, features, confidence, "
                    "right, code, gold, sentence) to this JSON-lines file, for study")
    args = ap.parse_args(argv)
    try:  # coding scores events with the shipped weights: they must fit the features
        load_weights(args.out)
    except (OSError, ValueError, KeyError) as exc:
        print(f"{args.out}: {exc}; starting from neutral weights", file=sys.stderr)
        Path(args.out).write_text('{"intercept": 0.0, "weights": {}}\n', encoding="utf-8")
        load_weights.cache_clear()
    data = {}
    for name, rel, mode, *codebook in SETS:
        path = Path(args.shared) / rel
        if not path.exists():
            print(f"{name}: {path} not found, left out", file=sys.stderr)
            continue
        data[name] = set_events(path, mode, *codebook)
        print(f"{name}: {len(data[name][1])} events at level {data[name][0]}", file=sys.stderr)
    beta, sizes = fit_sets(data, fitted)
    weights = {"intercept": round(float(beta[0]), 4),
               "weights": {n: round(float(b), 4) for n, b in zip(FEATURES, beta[1:])},
               "fitted": {"date": dt.date.today().isoformat(), "command": "benchmarks/calibrate_confidence.py",
                          "tune_events": sizes, "l2": L2}}
    if not args.dry_run:
        Path(args.out).write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    print_table(data, weights)
    if args.dump:
        dump(data, weights, Path(args.dump))
    return 0


def dump(data: dict, weights: dict, path: Path) -> None:
    """One JSON line per judged event, with its confidence under ``weights``."""
    model = (weights["intercept"], weights["weights"])
    with path.open("w", encoding="utf-8") as out:
        for name, (level, rows) in data.items():
            for r in rows:
                features = dict(zip(FEATURES, r["x"]))
                out.write(json.dumps({"set": name, "level": level, "half": r["half"], "record": r["record"],
                                      "confidence": score(features, model), "right": r["right"],
                                      **r["about"], "features": features}, ensure_ascii=False) + "\n")


def fitted(name: str, row: dict) -> bool:
    """Whether a row counts in the fit: a tune-half event of a set judged by its own code."""
    return row["half"] == "tune" and name not in NOT_FITTED


def fit_sets(data: dict, keep) -> tuple[np.ndarray, dict[str, int]]:
    """The weights fitted on the rows ``keep(set name, row)`` accepts, each set weighing the
    same; and the rows used per set."""
    rows = [(name, r) for name, (_, set_rows) in data.items() for r in set_rows if keep(name, r)]
    sizes = {name: sum(1 for n, _ in rows if n == name) for name in data}
    sizes = {name: n for name, n in sizes.items() if n}
    x = np.array([r["x"] for _, r in rows], dtype=float)
    y = np.array([float(r["right"]) for _, r in rows])
    w = np.array([len(rows) / (len(sizes) * sizes[name]) for name, _ in rows])
    return fit_signed(x, y, w), sizes


def family(name: str) -> str:
    """The sets coded from the same records (other parses or another codebook) are one family."""
    return next((f for f in ("petrarch-unit-ud", "spanish-fight") if name.startswith(f)), name)


def print_table(data: dict, weights: dict) -> None:
    """Per set and half: events, their precision, the most confident half's precision, how
    well confidence ranks right above wrong events (AUC); and the most confident half's
    precision on the whole set for a model fitted without the set (as on unseen news)."""
    model = (weights["intercept"], weights["weights"])
    print("| set | level | half | events | precision (all) | most confident half | its lowest confidence "
          "| ranking AUC | set left out of the fit |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, (level, rows) in data.items():
        beta, _ = fit_sets(data, lambda other, r: family(other) != family(name) and other not in NOT_FITTED)
        unseen = (float(beta[0]), dict(zip(FEATURES, map(float, beta[1:]))))
        held = top_half_precision([(score(dict(zip(FEATURES, r["x"])), unseen), r["right"], r["record"])
                                   for r in rows])
        for half in ("tune", "check"):
            judged = [(score(dict(zip(FEATURES, r["x"])), model), r["right"], r["record"])
                      for r in rows if r["half"] == half]
            top = top_half_precision(judged)
            overall = sum(ok for _, ok, _ in judged) / len(judged) if judged else 0.0
            print(f"| {name} | {level} | {half} | {len(judged)} | {overall:.3f} | {top['precision']:.3f} "
                  f"| {top['min_confidence']} | {ranking_auc(judged):.3f} | {held['precision']:.3f} (all records) |")


def ranking_auc(judged: list[tuple[float, bool, str]]) -> float:
    """The chance that a right event has a higher confidence than a wrong one (ties count
    half): 0.5 ranks no better than chance, 1.0 puts every right event first."""
    right = np.array([c for c, ok, _ in judged if ok], dtype=float)
    wrong = np.array([c for c, ok, _ in judged if not ok], dtype=float)
    if not len(right) or not len(wrong):
        return float("nan")
    above = (right[:, None] > wrong[None, :]).sum() + 0.5 * (right[:, None] == wrong[None, :]).sum()
    return float(above / (len(right) * len(wrong)))


if __name__ == "__main__":
    sys.exit(main())
