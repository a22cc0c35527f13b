"""Scoring one CAMEO penta class per sentence (the ConfliBERT set): accuracy, coverage,
accuracy where coded, per-class scores, confusion, and source/target span overlap.

Penta classes: 0 neutral statement (CAMEO roots 01–02), 1 verbal cooperation (03–05),
2 material cooperation (06–08), 3 verbal conflict (09–13 and 16), 4 material conflict (14,
15, 17–20): the standard CAMEO quad class by root (``evaluate.QUAD_BY_ROOT``), with roots
01–02 split off as 0 and 16 counted as verbal. The codebook's own quad table is not used: it
follows another convention (09 and 14 in other quads than the set's README).
A sentence's class is its main event's (:func:`main_event`); a sentence with no event is a
miss.
"""

from __future__ import annotations

from collections import Counter

from coder.benchmark.evaluate import default_quad_of
from coder.benchmark.gold import GoldRecord, GoldSet
from coder.benchmark.halves import by_half, half_of
from coder.benchmark.metrics import accuracy, score_level
from coder.benchmark.predicted import PredEvent, RecordPrediction

PENTA_NAMES = {"0": "neutral statement", "1": "verbal cooperation", "2": "material cooperation",
               "3": "verbal conflict", "4": "material conflict"}
MAIN_EVENT_RULE = ("asserted (not negated, no modality) first; then the predicate closest to its "
                   "sentence's root; then the highest confidence; then the earliest sentence and word")


def penta_of(code: str | None) -> str | None:
    """The penta class ("0".."4") of a CAMEO code; None for a code without one."""
    root = code[:2] if code else ""
    if not root.isdigit():
        return None
    if root in ("01", "02"):
        return "0"
    if root == "16":
        return "3"
    quad = default_quad_of(code)
    return str(quad) if quad else None


def main_event(events: list[PredEvent]) -> PredEvent | None:
    """The event whose class is the sentence's (:data:`MAIN_EVENT_RULE`)."""
    coded = [e for e in events if e.cameo]
    if not coded:
        return None
    return min(coded, key=lambda e: (
        e.negated or e.modality is not None,
        e.verb_depth if e.verb_depth is not None else 1_000,
        -(e.confidence if e.confidence is not None else 0.0),
        e.sentence_index, e.verb_start if e.verb_start >= 0 else 1_000_000))


def span_overlap(event: PredEvent | None, gold_spans, role: str) -> bool | None:
    """Whether the event's ``role`` actor span overlaps a gold span of that role; None when
    there is no event or no gold span to compare with."""
    if event is None or not gold_spans:
        return None
    start, end = getattr(event, f"{role}_start"), getattr(event, f"{role}_end")
    if start < 0 or end <= start:
        return False
    return any(start < g_end and g_start < end for g_start, g_end in gold_spans)


def sentence_result(record: GoldRecord, pred: RecordPrediction) -> dict:
    """One sentence's gold class, coded class and span agreement."""
    gold = record.events[0] if record.events else None
    main = main_event(pred.events)
    return {"id": record.id, "gold": gold.penta if gold else None,
            "got": penta_of(main.cameo) if main else None,
            "main": main, "any_event": bool(pred.events), "error": pred.error,
            "source_overlap": span_overlap(main, gold.source_spans if gold else None, "source"),
            "target_overlap": span_overlap(main, gold.target_spans if gold else None, "target")}


def headline(results: list[dict]) -> dict:
    """Penta accuracy (all sentences), coverage, accuracy where coded, span overlaps."""
    n = len(results)
    correct = sum(r["got"] is not None and r["got"] == r["gold"] for r in results)
    coded = [r for r in results if r["got"] is not None]
    out = {"records": n, "penta_accuracy": accuracy(correct, n)["accuracy"],
           "coverage": accuracy(sum(r["any_event"] for r in results), n)["accuracy"],
           "accuracy_where_coded": accuracy(correct, len(coded))["accuracy"]}
    for role in ("source", "target"):
        judged = [r[f"{role}_overlap"] for r in results if r[f"{role}_overlap"] is not None]
        out[f"{role}_span_overlap"] = accuracy(sum(judged), len(judged))["accuracy"]
    return out


def _score(results: list[dict]):
    return score_level([([r["gold"]] if r["gold"] else [], [r["got"]] if r["got"] else []) for r in results])


def _reason(result: dict) -> str | None:
    if result["got"] is not None and result["got"] == result["gold"]:
        return None
    if result["error"]:
        return "coding_error" if result["error"].startswith("code:") else "parse_error"
    return "missing_event" if result["got"] is None else "wrong_code"


def _diff(record: GoldRecord, pred: RecordPrediction, result: dict) -> dict:
    reason = _reason(result)
    main = result["main"]
    out = {"id": record.id, "category": record.category, "text": record.text, "correct": reason is None,
           "half": half_of(record.id), "key_fields": ["penta"],
           "gold": [{k: v for k, v in vars(e).items() if v is not None} for e in record.events],
           "predicted": [p.brief() for p in pred.events],
           "main_event": main.brief() if main else None,
           "missing": [[result["gold"]]] if reason else [],
           "extra": [[result["got"]]] if reason and result["got"] else [],
           "patterns": sorted({p.pattern_id for p in pred.events if p.pattern_id}),
           "gold_label": result["gold"], "predicted_label": result["got"],
           "source_overlap": result["source_overlap"], "target_overlap": result["target_overlap"]}
    if pred.error:
        out["error"] = pred.error
    if reason:
        out["reasons"], out["reason"] = [reason], reason
    return out


def _categories(results: list[dict], diffs: list[dict]) -> dict[str, dict]:
    out = {}
    for name in sorted({r["gold"] for r in results if r["gold"]}):
        idx = [i for i, r in enumerate(results) if r["gold"] == name]
        summary = _score([results[i] for i in idx]).summary()
        out[name] = {"records": len(idx), "fully_correct": sum(diffs[i]["correct"] for i in idx),
                     "failure_reasons": dict(Counter(diffs[i]["reason"] for i in idx
                                                     if not diffs[i]["correct"]).most_common()),
                     "penta": {k: summary[k] for k in ("precision", "recall", "f1_micro", "support")}}
    return out


def evaluate_penta(gold: GoldSet, preds: dict[str, RecordPrediction]) -> dict:
    """Every score of a penta-class report (same top-level shape as ``evaluate``'s)."""
    records = gold.records
    pairs = [(r, preds.get(r.id) or RecordPrediction(r.id)) for r in records]
    results = [sentence_result(r, p) for r, p in pairs]
    diffs = [_diff(r, p, res) for (r, p), res in zip(pairs, results)]
    score = _score(results)
    correct = sum(d["correct"] for d in diffs)
    return {
        "format": gold.format, "gold": str(gold.path), "records": len(records),
        "records_fully_correct": correct,
        "fully_correct_rate": accuracy(correct, len(records))["accuracy"],
        "records_with_errors": sum(1 for d in diffs if d.get("error")),
        "gold_events": len(records), "predicted_events": sum(len(p.events) for _, p in pairs),
        "key_fields": ["penta"],
        "penta": {**headline(results), "classes": PENTA_NAMES, "main_event_rule": MAIN_EVENT_RULE},
        "halves": by_half(results, headline, id_of=lambda r: r["id"]),
        "levels": {"penta": score.summary()}, "per_class": {"penta": score.per_class()},
        "confusion": {"penta": score.confusion_dict()},
        "failure_reasons": dict(Counter(d["reason"] for d in diffs if not d["correct"]).most_common()),
        "categories": _categories(results, diffs), "records_diff": diffs,
        "warnings": list(gold.warnings), "records_unscored": len(gold.skipped),
        "unscored": [{"id": rid, "reason": reason, "code": "E501"} for rid, reason in gold.skipped],
    }


_ROW_LABELS = {"penta_accuracy": "penta accuracy (all sentences; none coded = miss)",
               "coverage": "coverage (sentences with any event)",
               "accuracy_where_coded": "accuracy where coded",
               "source_span_overlap": "source span overlaps gold (main event; gold span marked)",
               "target_span_overlap": "target span overlaps gold (main event; gold span marked)"}


def summary_rows(penta: dict) -> list[list]:
    """(measure, value) rows of a report's ``penta`` block."""
    rows = [[label, penta[key]] for key, label in _ROW_LABELS.items() if key in penta]
    return rows + [["main event rule", penta.get("main_event_rule", "")]]
