"""Duplicate events: one per (story, source, target, code) or per (day, source, target, code)."""

from __future__ import annotations

from typing import Any, Iterable

KEYS = ("story", "day")


def dedup_key(record: dict[str, Any], by: str) -> tuple:
    triple = (record.get("source_code") or "", record.get("target_code") or "", record.get("cameo_code") or "")
    if by == "story":
        return (record.get("doc_id"), *triple)
    if by == "day":  # an undated event can only merge within its own story
        return (record.get("event_date") or record.get("date") or ("story", record.get("doc_id")), *triple)
    raise ValueError(f"unknown dedup key {by!r} (choose from {', '.join(KEYS)})")


def dedup(records: Iterable[dict[str, Any]], by: str = "story") -> tuple[list[dict[str, Any]], int]:
    """Keep the first record of each key, in input order; returns (records, merged count).

    When the kept record lacks a fatality figure or a location that a merged one has, it takes
    the merged one's; between two reported figures the lowest is kept (ACLED's conservative rule).
    """
    kept: dict[tuple, dict[str, Any]] = {}
    merged = 0
    for record in records:
        key = dedup_key(record, by)
        first = kept.get(key)
        if first is None:
            kept[key] = dict(record)
            continue
        merged += 1
        _fill_from(first, record)
    return list(kept.values()), merged


def _fill_from(kept: dict[str, Any], other: dict[str, Any]) -> None:
    mine, theirs = kept.get("fatalities") or 0, other.get("fatalities") or 0
    if theirs and (not mine or theirs < mine):
        kept["fatalities"] = theirs
    if not kept.get("location") and other.get("location"):
        for field in ("iso", "country", "admin1", "location", "latitude", "longitude", "geo_precision"):
            kept[field] = other.get(field)
