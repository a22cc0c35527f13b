"""Confidence in the benchmark: is each predicted event right at the set's headline level
(CAMEO root, else PLOVER event, penta class or ACLED sub-event type), precision and recall
when events under a confidence threshold are dropped, and the precision of the most
confident half of events."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Callable

from coder.benchmark.gold import GoldRecord
from coder.benchmark.predicted import PredEvent, RecordPrediction

HEADLINE_LEVELS = ("root", "plover", "penta", "acled_sub_event_type", "cameo")
THRESHOLDS = tuple(round(0.1 * i, 1) for i in range(10))
# the penta class of a CAMEO root (ConfliBERT: 0 statements 01-02, 1 verbal cooperation, 2
# material cooperation, 3 verbal conflict with 16, 4 material conflict)
PENTA_BY_ROOT = {**dict.fromkeys(["01", "02"], "0"), **dict.fromkeys(["03", "04", "05"], "1"),
                 **dict.fromkeys(["06", "07", "08"], "2"),
                 **dict.fromkeys(["09", "10", "11", "12", "13", "16"], "3"),
                 **dict.fromkeys(["14", "15", "17", "18", "19", "20"], "4")}


def headline_level(levels: list[str]) -> str | None:
    """The level confidence is judged at: the first of HEADLINE_LEVELS the gold has."""
    return next((level for level in HEADLINE_LEVELS if level in levels), None)


def event_label(level: str, event, quad_of: Callable, dyad_code: str):
    """The label of a gold or predicted event at ``level``."""
    from coder.benchmark.evaluate import level_label

    if level == "penta":
        penta = getattr(event, "penta", None)
        if penta is None and isinstance(event, PredEvent):
            return PENTA_BY_ROOT.get((event.cameo or "")[:2])
        return penta
    return level_label(level, event, quad_of, dyad_code)


def judged_events(records: list[GoldRecord], preds: dict[str, RecordPrediction], level: str,
                  quad_of: Callable, dyad_code: str = "cameo") -> list[tuple[float, bool, str]]:
    """(confidence, right, record id) of every predicted event with a label at ``level`` in
    a record scored at that level; right: its label is among its record's gold labels.
    Events without a confidence count as 0."""
    from coder.benchmark.evaluate import _in_level

    out = []
    for record in records:
        if not _in_level(level, record, dyad_code) and not record.label_only:
            continue
        pred = preds.get(record.id) or RecordPrediction(record.id)
        gold = {event_label(level, e, quad_of, dyad_code) for e in record.events} - {None}
        for p in pred.events:
            label = event_label(level, p, quad_of, dyad_code)
            if label is not None:
                out.append((p.confidence or 0.0, label in gold, record.id))
    return out


def top_half_precision(judged: list[tuple[float, bool, str]]) -> dict:
    """Precision of the most confident half of events (ties broken by event order)."""
    ranked = sorted(judged, key=lambda x: -x[0])
    half = ranked[:math.ceil(len(ranked) / 2)]
    right = sum(1 for _, ok, _ in half if ok)
    return {"events": len(half), "right": right,
            "precision": round(right / len(half), 4) if half else 0.0,
            "min_confidence": half[-1][0] if half else None}


def above(preds: dict[str, RecordPrediction], threshold: float) -> dict[str, RecordPrediction]:
    """The predictions without the events under ``threshold``; a label-only record's
    document label stays when an event at or above it carries that label."""
    out = {}
    for rid, pred in preds.items():
        kept = [p for p in pred.events if (p.confidence or 0.0) >= threshold]
        label = pred.label
        if label and threshold > 0 and not any(p.acled_sub_event_type == label for p in kept):
            label = None
        out[rid] = replace(pred, events=kept, label=label)
    return out


def confidence_report(records: list[GoldRecord], preds: dict[str, RecordPrediction],
                      quad_of: Callable) -> dict:
    """Precision and recall at each threshold and the most confident half's precision, at
    the headline level (empty when the gold has none)."""
    from coder.benchmark.evaluate import levels_of, score_levels

    levels, dyad_code = levels_of(records)
    level = headline_level(levels)
    if level is None or level not in levels:
        return {}
    curve = []
    for t in THRESHOLDS:
        summary = score_levels(records, above(preds, t), quad_of, ([level], dyad_code))[level].summary()
        curve.append({"threshold": t, **{k: summary[k] for k in ("precision", "recall", "f1_micro", "predicted")}})
    judged = judged_events(records, preds, level, quad_of, dyad_code)
    return {"level": level, "thresholds": curve, "top_half": top_half_precision(judged)}
