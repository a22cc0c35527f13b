"""Per-record diffs (gold vs predicted) and a heuristic failure reason per failed record."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict

from coder.benchmark.gold import GoldEvent, GoldRecord
from coder.benchmark.metrics import match_multisets
from coder.benchmark.predicted import PredEvent, RecordPrediction
from coder.errors import STAGE_CODES

# Reasons, most fundamental first; a record's primary reason is the first that applies.
REASONS = (
    "parse_error",      # the record could not be parsed
    "coding_error",     # the coder raised an error on the record
    "missing_event",    # gold events but nothing (matching any gold code) was coded
    "wrong_code",       # an event with (some of) the gold actors but another event code
    "wrong_argument",   # the right code, but an actor of the record in the wrong slot / missing
    "wrong_actor",      # the right code, but an actor code the gold does not have
    "extra_event",      # every gold event found, plus events the gold does not have
    "expected_error",   # PETRARCH records that test input-error detection (gold has none)
)
# Event fields compared for "fully correct", in key order, when the gold carries them.
KEY_FIELDS = ("source", "target", "cameo", "plover", "acled_event_type", "acled_sub_event_type")


def key_fields(records: list[GoldRecord]) -> tuple[str, ...]:
    """The event fields the gold codes (e.g. source, target, cameo for PETRARCH)."""
    return tuple(f for f in KEY_FIELDS
                 if any(getattr(e, f) is not None for r in records for e in r.events))


def record_fields(record: GoldRecord, fields: tuple[str, ...]) -> tuple[str, ...]:
    """The key fields this record's gold events carry (a generic CSV may give a CAMEO code
    on one row and only an ACLED type on another); all of ``fields`` for a record with no
    gold events."""
    own = tuple(f for f in fields if any(getattr(e, f) is not None for e in record.events))
    return own or fields


def event_key(event: GoldEvent | PredEvent, fields: tuple[str, ...]) -> tuple:
    return tuple(getattr(event, f) or "" for f in fields)


def record_correct(record: GoldRecord, pred: RecordPrediction, fields: tuple[str, ...]) -> bool:
    """Gold event set == predicted event set (a record without gold events is correct only
    when nothing is coded). Label-only records compare their one label."""
    if record.label_only:
        gold = record.events[0].acled_sub_event_type if record.events else None
        return pred.error is None and pred.label == gold
    if pred.error is not None:
        return not record.events and record.error is not None
    fields = record_fields(record, fields)
    return ({event_key(e, fields) for e in record.events}
            == {event_key(p, fields) for p in pred.events})


def failure_reasons(record: GoldRecord, pred: RecordPrediction, fields: tuple[str, ...]) -> list[str]:
    """Every heuristic reason that applies to a failed record, most fundamental first."""
    if pred.error is not None:
        return ["coding_error" if pred.error.startswith("code:") else "parse_error"]
    if record.label_only:
        gold = record.events[0].acled_sub_event_type if record.events else None
        if pred.label is None:
            return ["missing_event"]
        return ["extra_event"] if gold is None else ["wrong_code"]
    fields = record_fields(record, fields)
    code_field = next((f for f in ("cameo", "plover", "acled_sub_event_type") if f in fields), None)
    _, missed, extra = match_multisets([event_key(e, fields) for e in record.events],
                                       [event_key(p, fields) for p in pred.events])
    reasons: set[str] = set()
    if record.error and not record.events:
        reasons.add("expected_error")
    gold_actors = {a for e in record.events for a in (e.source, e.target) if a}
    leftovers = list(extra.elements())
    idx = {f: i for i, f in enumerate(fields)}
    for g in missed.elements():
        same_code = [p for p in leftovers if code_field and p[idx[code_field]] == g[idx[code_field]]]
        same_dyad = [p for p in leftovers if _dyad(p, idx) == _dyad(g, idx)]
        if same_code:
            roles = [p for p in same_code
                     if all(not x or x in gold_actors for x in _dyad(p, idx))]
            reasons.add("wrong_argument" if roles else "wrong_actor")
        elif same_dyad or any(_shares_actor(p, g, idx) for p in leftovers):
            reasons.add("wrong_code")
        else:
            reasons.add("missing_event")
    if not missed and extra:
        reasons.add("extra_event")
    return [r for r in REASONS if r in reasons]


def _shares_actor(pred: tuple, gold: tuple, idx: dict[str, int]) -> bool:
    """Some predicted actor has the country (first three letters) of some gold actor: the
    event was seen, under another code."""
    gold_countries = {a[:3] for a in _dyad(gold, idx) if a}
    return any(a and a[:3] in gold_countries for a in _dyad(pred, idx))


def _dyad(key: tuple, idx: dict[str, int]) -> tuple:
    return tuple(key[idx[f]] for f in ("source", "target") if f in idx)


def record_diff(record: GoldRecord, pred: RecordPrediction, fields: tuple[str, ...]) -> dict:
    """The JSON-ready diff of one record."""
    correct = record_correct(record, pred, fields)
    fields = record_fields(record, fields)
    gold_keys = Counter(event_key(e, fields) for e in record.events)
    pred_keys = Counter(event_key(p, fields) for p in pred.events)
    matched = gold_keys & pred_keys
    out = {
        "id": record.id,
        "category": record.category,
        "text": record.text,
        "correct": correct,
        "key_fields": list(fields),
        "gold": [_gold_brief(e) for e in record.events],
        "predicted": [p.brief() for p in pred.events],
        "missing": [list(k) for k in (gold_keys - matched).elements()],
        "extra": [list(k) for k in (pred_keys - matched).elements()],
        "patterns": sorted({p.pattern_id for p in pred.events if p.pattern_id}),
    }
    if record.label_only:
        out["gold_label"] = record.events[0].label if record.events else None
        out["predicted_label"] = pred.label
    if record.error:
        out["expected_error"] = record.error
    if pred.error:
        out["error"] = pred.error
        out["error_code"] = STAGE_CODES["code" if pred.error.startswith("code:") else "parse"]
    if not correct:
        reasons = failure_reasons(record, pred, fields)
        out["reasons"] = reasons
        out["reason"] = reasons[0] if reasons else "other"
    return out


def _gold_brief(event: GoldEvent) -> dict:
    return {k: v for k, v in asdict(event).items() if v not in (None,)}
