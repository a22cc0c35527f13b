"""From gold records and predictions to the report's scores (a JSON-ready dict)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from typing import Callable

from coder.benchmark.diff import key_fields, record_diff
from coder.benchmark.gold import ACLED_EVENT_TYPE, GoldEvent, GoldRecord, GoldSet
from coder.benchmark.halves import by_half, half_of
from coder.benchmark.metrics import LevelScore, accuracy, score_level
from coder.benchmark.predicted import PredEvent, RecordPrediction

LEVELS = ("cameo", "root", "quad", "plover", "acled_event_type", "acled_sub_event_type", "dyad")
# Standard CAMEO quad classes by root code, used for gold codes the codebook does not know.
QUAD_BY_ROOT = {**dict.fromkeys(["01", "02", "03", "04", "05"], 1),
                **dict.fromkeys(["06", "07", "08"], 2),
                **dict.fromkeys(["09", "10", "11", "12", "13"], 3),
                **dict.fromkeys(["14", "15", "16", "17", "18", "19", "20"], 4)}

QuadOf = Callable[[str], "int | None"]


def default_quad_of(code: str) -> int | None:
    return QUAD_BY_ROOT.get(code[:2]) if code and code[:2].isdigit() else None


def codebook_quad_of(codebook) -> QuadOf:
    """Quad class from the codebook's CAMEO table, falling back to the root-code mapping."""
    def quad_of(code: str) -> int | None:
        entry = codebook.cameo.get(code) if codebook is not None else None
        return entry.quad if entry is not None else default_quad_of(code)
    return quad_of


def _root(code: str | None) -> str | None:
    return code[:2] if code and len(code) >= 2 and code[:2].isdigit() else code


def level_label(level: str, event: GoldEvent | PredEvent, quad_of: QuadOf, dyad_code: str):
    """The label ``event`` carries at ``level`` (None when it has none)."""
    if level == "cameo":
        return event.cameo
    if level == "root":
        return _root(event.cameo)
    if level == "quad":
        quad = getattr(event, "quad", None) or (quad_of(event.cameo) if event.cameo else None)
        return str(quad) if quad else None
    if level == "dyad":
        code = getattr(event, dyad_code)
        if code is None or (event.source is None and event.target is None):
            return None
        return (event.source or "", event.target or "", code)
    return getattr(event, level)


def _dyad_class(label) -> str:
    return str(label[2]) if isinstance(label, tuple) else str(label)


def levels_of(records: list[GoldRecord]) -> tuple[list[str], str]:
    """The levels the gold has, and the event-code field dyads are built on."""
    fields = key_fields(records)
    dyad_code = next((f for f in ("cameo", "plover", "acled_sub_event_type") if f in fields), "cameo")
    levels = []
    for level in LEVELS:
        if level in ("root", "quad"):
            has = "cameo" in fields
        elif level == "dyad":
            has = "source" in fields or "target" in fields
        else:
            has = level in fields
        if has:
            levels.append(level)
    return levels, dyad_code


def _predicted_events(record: GoldRecord, pred: RecordPrediction) -> list[PredEvent]:
    """Label-only records are scored on the one document label."""
    if record.label_only:
        if not pred.label:
            return []
        return [PredEvent(acled_sub_event_type=pred.label,
                          acled_event_type=ACLED_EVENT_TYPE.get(pred.label))]
    return pred.events


def _in_level(level: str, record: GoldRecord, dyad_code: str) -> bool:
    """Whether a record counts at ``level``: records without gold events always do (any
    coded event is spurious); others only when their gold carries the level's field (CASE
    2021 snippets with a non-ACLED label stay out of the ACLED levels)."""
    if not record.events and not record.label_only:
        return True
    field = {"root": "cameo", "quad": "cameo", "dyad": dyad_code}.get(level, level)
    return any(getattr(e, field) for e in record.events)


def score_levels(records: list[GoldRecord], preds: dict[str, RecordPrediction],
                 quad_of: QuadOf = default_quad_of,
                 only: tuple[list[str], str] | None = None) -> dict[str, LevelScore]:
    """A score per level the gold has (``only``: given levels and dyad code field)."""
    levels, dyad_code = only or levels_of(records)
    scores: dict[str, LevelScore] = {}
    for level in levels:
        pairs = []
        for record in records:
            if not _in_level(level, record, dyad_code):
                continue
            pred = preds.get(record.id) or RecordPrediction(record.id)
            gold = [level_label(level, e, quad_of, dyad_code) for e in record.events]
            got = [level_label(level, p, quad_of, dyad_code) for p in _predicted_events(record, pred)]
            pairs.append(([g for g in gold if g is not None], [p for p in got if p is not None]))
        scores[level] = score_level(pairs, class_of=_dyad_class if level == "dyad" else str)
    return scores


def resolve_alternatives(record: GoldRecord, pred: RecordPrediction | None) -> GoldRecord:
    """A gold code written as alternatives ("18/19/20": any code of these roots) becomes the
    code of a predicted event that is one of them, else the first alternative: the coder is
    right when it codes any of them."""
    if not any(e.cameo and "/" in e.cameo for e in record.events):
        return record
    coded = [p.cameo for p in (pred.events if pred else ()) if p.cameo]

    def chosen(code: str | None) -> str | None:
        if not code or "/" not in code:
            return code
        options = [c.strip() for c in code.split("/") if c.strip()]
        return next((c for c in coded if any(c.startswith(o) for o in options)), options[0] if options else code)

    return replace(record, events=tuple(replace(e, cameo=chosen(e.cameo)) for e in record.events))


def evaluate(gold: GoldSet, preds: dict[str, RecordPrediction],
             quad_of: QuadOf = default_quad_of) -> dict:
    """Every score of the report (without run metadata)."""
    records = [resolve_alternatives(r, preds.get(r.id)) for r in gold.records]
    fields = key_fields(records)
    scores = score_levels(records, preds, quad_of)
    diffs = [{**record_diff(r, preds.get(r.id) or RecordPrediction(r.id), fields), "half": half_of(r.id)}
             for r in records]
    correct = sum(d["correct"] for d in diffs)
    report = {
        "format": gold.format,
        "gold": str(gold.path),
        "records": len(records),
        "records_fully_correct": correct,
        "fully_correct_rate": round(correct / len(records), 4) if records else 0.0,
        "records_with_errors": sum(1 for d in diffs if d.get("error")),
        "gold_events": sum(len(r.events) for r in records),
        "predicted_events": sum(len(d["predicted"]) for d in diffs),
        "key_fields": list(fields),
        "levels": {name: s.summary() for name, s in scores.items()},
        "halves": halves(records, diffs, preds, quad_of),
        "per_class": {name: s.per_class() for name, s in scores.items()},
        "confusion": {name: s.confusion_dict() for name, s in scores.items()},
        "failure_reasons": dict(Counter(d["reason"] for d in diffs if not d["correct"]).most_common()),
        "categories": _categories(records, diffs, preds, quad_of),
        "records_diff": diffs,
        "warnings": list(gold.warnings),
        # gold records that could not be read: left out of every score, each with its reason
        "records_unscored": len(getattr(gold, "skipped", ())),
        "unscored": [{"id": rid, "reason": reason, "code": "E501"} for rid, reason in getattr(gold, "skipped", ())],
    }
    actors = actor_accuracy(records, preds)
    if actors:
        report["actors"] = actors
    fatalities = fatality_accuracy(records, preds)
    if fatalities:
        report["fatalities"] = fatalities
    non_acled = non_acled_summary(records, preds)
    if non_acled:
        report["non_acled"] = non_acled
    return report


def halves(records: list[GoldRecord], diffs: list[dict], preds: dict[str, RecordPrediction],
           quad_of: QuadOf) -> dict[str, dict]:
    """Records fully correct and each level's micro and weighted F1, for all records and
    for the tune and check halves (:mod:`coder.benchmark.halves`)."""
    levels = levels_of(records)
    correct = {d["id"]: d["correct"] for d in diffs}

    def headline(subset: list[GoldRecord]) -> dict:
        out = {"records": len(subset),
               "fully_correct_rate": accuracy(sum(correct[r.id] for r in subset), len(subset))["accuracy"]}
        for name, score in score_levels(subset, preds, quad_of, levels).items():
            summary = score.summary()
            out[f"{name} F1 micro"] = summary["f1_micro"]
            out[f"{name} F1 weighted"] = summary["f1_weighted"]
        return out

    return by_half(records, headline)


def _categories(records: list[GoldRecord], diffs: list[dict], preds: dict[str, RecordPrediction],
                quad_of: QuadOf) -> dict[str, dict]:
    """Records, fully correct and the headline level's scores per record category."""
    if not any(r.category for r in records):
        return {}
    levels, dyad_code = levels_of(records)
    headline = "dyad" if "dyad" in levels else (levels[0] if levels else None)
    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        groups[r.category or "-"].append(i)
    out = {}
    for name, idx in sorted(groups.items()):
        subset = [records[i] for i in idx]
        entry = {"records": len(idx), "fully_correct": sum(diffs[i]["correct"] for i in idx),
                 "failure_reasons": dict(Counter(diffs[i]["reason"] for i in idx
                                                 if not diffs[i]["correct"]).most_common())}
        if headline:
            summary = score_levels(subset, preds, quad_of, ([headline], dyad_code))[headline].summary()
            entry[headline] = {k: summary[k] for k in ("precision", "recall", "f1_micro", "support")}
        out[name] = entry
    return out


# --------------------------------------------------------------------------- actors, deaths

def actor_accuracy(records: list[GoldRecord], preds: dict[str, RecordPrediction]) -> dict:
    """Share of gold actors (per role) whose country / sector the coder found in the same
    record and role. A predicted country matches on its ISO3 or on its actor code's first
    three letters (CAMEO country codes); a sector on the agent or the rest of the code of
    an actor that also has the gold country. ``event_country``: the event's ISO3 location."""
    counts = {f"{role}_{what}": [0, 0] for role in ("source", "target") for what in ("country", "sector")}
    for record in records:
        if record.label_only:
            continue
        pred = preds.get(record.id) or RecordPrediction(record.id)
        for role in ("source", "target"):
            gold_actors = {(getattr(e, f"{role}_country"), getattr(e, f"{role}_sector"))
                           for e in record.events}
            found = [p for p in pred.events if getattr(p, role)]
            for country, sector in gold_actors:
                if country:
                    counts[f"{role}_country"][1] += 1
                    counts[f"{role}_country"][0] += any(country in _countries(p, role) for p in found)
                if sector:
                    counts[f"{role}_sector"][1] += 1
                    counts[f"{role}_sector"][0] += any(
                        sector in _sectors(p, role) and (not country or country in _countries(p, role))
                        for p in found)
        for country in {e.country for e in record.events if e.country}:
            counts.setdefault("event_country", [0, 0])
            counts["event_country"][1] += 1
            counts["event_country"][0] += any(p.country == country for p in pred.events)
    return {name: accuracy(c, n) for name, (c, n) in counts.items() if n}


def _countries(p: PredEvent, role: str) -> set[str]:
    code = getattr(p, role) or ""
    return {x for x in (getattr(p, f"{role}_country"), code[:3]) if x}


def _sectors(p: PredEvent, role: str) -> set[str]:
    code = getattr(p, role) or ""
    return {x for x in (getattr(p, f"{role}_agent"), code[3:], code[3:6]) if x}


def fatality_accuracy(records: list[GoldRecord], preds: dict[str, RecordPrediction]) -> dict:
    """Exact and within-one agreement of a record's fatalities, over records whose gold
    gives a count. A record's count is the largest of its events' (none coded: 0)."""
    exact = near = total = 0
    for record in records:
        gold = [e.fatalities for e in record.events if e.fatalities is not None]
        if not gold:
            continue
        pred = preds.get(record.id) or RecordPrediction(record.id)
        got = max([p.fatalities for p in pred.events if p.fatalities is not None] or [0])
        total += 1
        exact += got == max(gold)
        near += abs(got - max(gold)) <= 1
    if not total:
        return {}
    return {"records": total, "exact": accuracy(exact, total)["accuracy"],
            "within_1": accuracy(near, total)["accuracy"]}


def non_acled_summary(records: list[GoldRecord], preds: dict[str, RecordPrediction]) -> dict:
    """CASE 2021's five non-ACLED classes: how often the coder rightly coded no ACLED event,
    and what it coded instead."""
    rows: dict[str, dict] = {}
    for record in records:
        if not record.label_only or not record.events or record.events[0].acled_sub_event_type:
            continue
        label = record.events[0].label or "?"
        row = rows.setdefault(label, {"support": 0, "abstained": 0, "predicted": Counter()})
        pred = preds.get(record.id) or RecordPrediction(record.id)
        row["support"] += 1
        if pred.label:
            row["predicted"][pred.label] += 1
        else:
            row["abstained"] += 1
    if not rows:
        return {}
    total = sum(r["support"] for r in rows.values())
    abstained = sum(r["abstained"] for r in rows.values())
    return {"records": total, "abstained": abstained,
            "abstain_rate": round(abstained / total, 4),
            "classes": {k: {**v, "predicted": dict(v["predicted"].most_common())}
                        for k, v in sorted(rows.items())}}
