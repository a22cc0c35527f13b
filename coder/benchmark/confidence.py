"""Confidence in the benchmark: is each predicted event right at the set's headline level
(CAMEO root, else PLOVER event, penta class or ACLED sub-event type), precision and recall
when events under a confidence threshold are dropped, and the precision of the most
confident half of events."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Callable

from coder.benchmark.gold import GoldRecord
from coder.benchmark.halves import HALVES, half_of
from coder.benchmark.metrics import score_level
from coder.benchmark.penta import penta_of
from coder.benchmark.predicted import PredEvent, RecordPrediction

HEADLINE_LEVELS = ("root", "plover", "penta", "acled_sub_event_type", "cameo")
THRESHOLDS = tuple(round(0.1 * i, 1) for i in range(10))


def headline_level(levels: list[str]) -> str | None:
    """The level confidence is judged at: the first of HEADLINE_LEVELS the gold has."""
    return next((level for level in HEADLINE_LEVELS if level in levels), None)


def event_label(level: str, event, quad_of: Callable, dyad_code: str):
    """The label of a gold or predicted event at ``level``."""
    from coder.benchmark.evaluate import level_label

    if level == "penta":
        penta = getattr(event, "penta", None)
        if penta is None and isinstance(event, PredEvent):
            return penta_of(event.cameo)
        return penta
    return level_label(level, event, quad_of, dyad_code)


def judged_confidence(event: PredEvent, level: str | None) -> float:
    """The confidence an event is judged by at ``level``: at the ACLED sub-event type level,
    its ACLED type's (:mod:`coder.acled.confidence`; its own where it has none), else its own;
    0 without any."""
    if level == "acled_sub_event_type" and event.acled_confidence is not None:
        return event.acled_confidence
    return event.confidence or 0.0


def judged_events(records: list[GoldRecord], preds: dict[str, RecordPrediction], level: str,
                  quad_of: Callable, dyad_code: str = "cameo") -> list[tuple[float, bool, str]]:
    """(confidence, right, record id) of every predicted event with a label at ``level`` in
    a record scored at that level; right: its label is among its record's gold labels.
    Confidence: :func:`judged_confidence`; events without one count as 0."""
    from coder.benchmark.evaluate import _in_level

    out = []
    for record in records:
        if not _in_level(level, record, dyad_code):
            continue
        pred = preds.get(record.id) or RecordPrediction(record.id)
        gold = {event_label(level, e, quad_of, dyad_code) for e in record.events} - {None}
        for p in pred.events:
            label = event_label(level, p, quad_of, dyad_code)
            if label is not None:
                out.append((judged_confidence(p, level), label in gold, record.id))
    return out


def top_half_precision(judged: list[tuple[float, bool, str]]) -> dict:
    """Precision of the most confident half of events (ties broken by event order)."""
    ranked = sorted(judged, key=lambda x: -x[0])
    half = ranked[:math.ceil(len(ranked) / 2)]
    right = sum(1 for _, ok, _ in half if ok)
    return {"events": len(half), "right": right,
            "precision": round(right / len(half), 4) if half else 0.0,
            "min_confidence": half[-1][0] if half else None}


def above(preds: dict[str, RecordPrediction], threshold: float,
          level: str | None = None) -> dict[str, RecordPrediction]:
    """The predictions without the events under ``threshold`` (each event's confidence at
    ``level``: :func:`judged_confidence`); a label-only record's document label stays when an
    event at or above it carries that label."""
    out = {}
    for rid, pred in preds.items():
        kept = [p for p in pred.events if judged_confidence(p, level) >= threshold]
        label = pred.label
        if label and threshold > 0 and not any(p.acled_sub_event_type == label for p in kept):
            label = None
        out[rid] = replace(pred, events=kept, label=label)
    return out


def level_scores(records: list[GoldRecord], preds: dict[str, RecordPrediction], level: str,
                 quad_of: Callable, dyad_code: str = "cameo") -> dict:
    """Precision, recall and F1 at ``level`` (label-only records: their document label)."""
    from coder.benchmark.evaluate import _in_level, _predicted_events

    pairs = []
    for record in records:
        if _in_level(level, record, dyad_code):
            pred = preds.get(record.id) or RecordPrediction(record.id)
            gold = [event_label(level, e, quad_of, dyad_code) for e in record.events]
            got = [event_label(level, p, quad_of, dyad_code) for p in _predicted_events(record, pred)]
            pairs.append(([g for g in gold if g is not None], [p for p in got if p is not None]))
    summary = score_level(pairs).summary()
    return {k: summary[k] for k in ("precision", "recall", "f1_micro", "predicted")}


def confidence_report(records: list[GoldRecord], preds: dict[str, RecordPrediction],
                      quad_of: Callable) -> dict:
    """Precision and recall at each threshold and the most confident half's precision (all
    records, and the tune and check halves), at the headline level; empty when the gold has
    none. Every predicted event counts (not only a sentence's main one)."""
    from coder.benchmark.evaluate import levels_of, resolve_alternatives

    records = [resolve_alternatives(r, preds.get(r.id)) for r in records]
    levels, dyad_code = levels_of(records)
    level = headline_level(levels) or ("penta" if any(e.penta for r in records for e in r.events) else None)
    if level is None:
        return {}
    curve = [{"threshold": t, **level_scores(records, above(preds, t, level), level, quad_of, dyad_code)}
             for t in THRESHOLDS]
    judged = judged_events(records, preds, level, quad_of, dyad_code)
    return {"level": level, "thresholds": curve, "top_half": top_half_precision(judged),
            **{f"top_half_{h}": top_half_precision([j for j in judged if half_of(j[2]) == h]) for h in HALVES}}


def table_rows(block: dict) -> list[list]:
    """(threshold, predicted, precision, recall, F1) rows, then the most confident half's."""
    rows = [[f"≥ {r['threshold']:.1f}", r["predicted"], r["precision"], r["recall"], r["f1_micro"]]
            for r in block.get("thresholds", [])]
    for key, name in (("top_half", "all"), ("top_half_tune", "tune"), ("top_half_check", "check")):
        top = block.get(key)
        if top:
            rows.append([f"most confident half ({name}; confidence ≥ {top['min_confidence']}; right: label among the record's gold)",
                         top["events"], top["precision"], "", ""])
    return rows
