"""What a codebook edit changed in the corpus's events: events added, removed and changed,
and the :class:`Recode` summary a save, an undo or a full re-coding answers with."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Change:
    """One event of a re-coding diff (``old`` or ``new`` is None for added/removed)."""

    kind: str  # added | removed | changed
    old: dict | None
    new: dict | None

    @property
    def record(self) -> dict:
        return self.new or self.old or {}


@dataclass
class Recode:
    """What a save (or undo) changed in the corpus's events."""

    action: str  # save | undo | full
    file: str
    documents: int  # documents re-coded
    total_documents: int
    seconds_load: float
    seconds_code: float
    changes: list[Change] = field(default_factory=list)

    def count(self, kind: str) -> int:
        return sum(1 for c in self.changes if c.kind == kind)


CHANGE_ORDER = ("added", "removed", "changed")


def event_key(record: dict) -> tuple:
    """The identity of an event in a diff: document, sentence, predicate, source, target, code."""
    return (record.get("doc_id"), record.get("sentence_index"), record.get("verb_start"),
            record.get("source_code") or "", record.get("target_code") or "", record.get("cameo_code"))


def diff_events(before: list[dict], after: list[dict]) -> list[Change]:
    """Events added, removed and changed. A removed and an added event of the same predicate
    are one change; so is an event whose key stays but whose other fields differ."""
    old = {event_key(r): r for r in before}
    new = {event_key(r): r for r in after}
    changes: list[Change] = []
    removed = [k for k in old if k not in new]
    added = [k for k in new if k not in old]
    for key in old.keys() & new.keys():
        a, b = _comparable(old[key]), _comparable(new[key])
        if a != b:
            changes.append(Change("changed", old[key], new[key]))
    by_predicate: dict[tuple, list[tuple]] = {}
    for key in added:
        by_predicate.setdefault(key[:3], []).append(key)
    for key in removed:
        partners = by_predicate.get(key[:3])
        if partners:
            changes.append(Change("changed", old[key], new[partners.pop(0)]))
        else:
            changes.append(Change("removed", old[key], None))
    for keys in by_predicate.values():
        changes.extend(Change("added", None, new[k]) for k in keys)
    changes.sort(key=lambda c: (CHANGE_ORDER.index(c.kind), str(c.record.get("doc_id")),
                                c.record.get("sentence_index") or 0, c.record.get("verb_start") or 0))
    return changes


def _comparable(record: dict) -> dict:
    return {k: v for k, v in record.items() if k not in ("event_id",) and not k.endswith("_entries")
            and k != "pattern_ref"}
