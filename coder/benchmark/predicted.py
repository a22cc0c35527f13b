"""What the coder produced for one gold record, in the fields the metrics compare."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class PredEvent:
    """One coded event, flattened from :func:`coder.records.event_records` output."""

    source: str = ""
    target: str = ""
    cameo: str | None = None
    quad: int | None = None
    plover: str | None = None
    plover_mode: str | None = None
    plover_context: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    fatalities: int | None = None
    country: str | None = None
    source_country: str | None = None
    source_agent: str | None = None
    target_country: str | None = None
    target_agent: str | None = None
    pattern_id: str = ""
    verb_text: str = ""
    sentence_index: int = 0
    negated: bool = False
    modality: str | None = None
    confidence: float | None = None
    # how likely its ACLED sub-event type is right (coder.acled.confidence): the confidence the
    # acled_sub_event_type level judges it by
    acled_confidence: float | None = None
    # how the main event of a sentence is chosen and spans scored (ConfliBERT); not in diffs
    verb_depth: int | None = None  # head hops from the predicate to its sentence's root
    verb_start: int = -1
    source_start: int = -1
    source_end: int = -1
    target_start: int = -1
    target_end: int = -1

    @classmethod
    def from_record(cls, rec: dict, verb_depth: int | None = None) -> "PredEvent":
        """From one flat event record (keys of coder/schemas/event.schema.json)."""
        fatalities = rec.get("fatalities")
        confidence = rec.get("confidence")
        acled_confidence = rec.get("acled_confidence")
        return cls(
            source=rec.get("source_code") or "", target=rec.get("target_code") or "",
            cameo=rec.get("cameo_code"), quad=rec.get("quad_class"),
            # as the PLOVER output writes it: a linked reverse dyad is no PLOVER event of its own
            plover=(None if rec.get("plover_linked") else rec.get("plover_event") or None),
            plover_mode=rec.get("plover_mode"),
            plover_context=rec.get("plover_context"),
            acled_event_type=rec.get("event_type") or None,
            acled_sub_event_type=rec.get("sub_event_type") or None,
            fatalities=int(fatalities) if isinstance(fatalities, (int, float)) else None,
            country=rec.get("iso") or None,
            source_country=rec.get("source_country"), source_agent=rec.get("source_agent"),
            target_country=rec.get("target_country"), target_agent=rec.get("target_agent"),
            pattern_id=rec.get("pattern_id") or "", verb_text=rec.get("verb_text") or "",
            sentence_index=int(rec.get("sentence_index") or 0),
            negated=bool(rec.get("negated")), modality=rec.get("modality") or None,
            confidence=float(confidence) if isinstance(confidence, (int, float)) else None,
            acled_confidence=float(acled_confidence) if isinstance(acled_confidence, (int, float)) else None,
            verb_depth=verb_depth, verb_start=_offset(rec.get("verb_start")),
            source_start=_offset(rec.get("source_start")), source_end=_offset(rec.get("source_end")),
            target_start=_offset(rec.get("target_start")), target_end=_offset(rec.get("target_end")))

    def brief(self) -> dict:
        """The non-empty fields, for per-record diffs (offsets and depth left out)."""
        return {k: v for k, v in asdict(self).items()
                if v not in (None, "") and v is not False and k not in _NOT_IN_BRIEF}


_NOT_IN_BRIEF = frozenset({"verb_depth", "verb_start", "source_start", "source_end", "target_start", "target_end"})


def _offset(value) -> int:
    return int(value) if isinstance(value, (int, float)) and value >= 0 else -1


@dataclass
class RecordPrediction:
    """The coder's output for one gold record."""

    record_id: str
    events: list[PredEvent] = field(default_factory=list)
    label: str | None = None  # document-level ACLED sub_event_type (CASE 2021)
    error: str | None = None  # parse or coding failure, as text
