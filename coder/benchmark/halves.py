"""The tune / check halves of every benchmark.

Each record falls in one half by a stable hash of its id (SHA-256, first byte even: tune,
odd: check), so the split depends neither on record order nor on the run. The project rule:
rules are tuned on the tune half and both halves are reported; a change that moves only the
half it was written on is suspect.
"""

from __future__ import annotations

import hashlib
from typing import Callable, Sequence, TypeVar

HALVES = ("tune", "check")
T = TypeVar("T")


def half_of(record_id: str) -> str:
    """``"tune"`` or ``"check"`` for a record id."""
    return HALVES[hashlib.sha256(record_id.encode("utf-8")).digest()[0] & 1]


def split(items: Sequence[T], id_of: Callable[[T], str] = lambda r: r.id) -> dict[str, list[T]]:
    """``items`` by half, each half in the original order."""
    out: dict[str, list[T]] = {h: [] for h in HALVES}
    for item in items:
        out[half_of(id_of(item))].append(item)
    return out


def by_half(items: Sequence[T], headline: Callable[[list[T]], dict],
            id_of: Callable[[T], str] = lambda r: r.id) -> dict[str, dict]:
    """``headline`` of all items and of each half: ``{"all": …, "tune": …, "check": …}``."""
    parts = split(items, id_of)
    return {"all": headline(list(items)), **{h: headline(parts[h]) for h in HALVES}}


def rows(halves: dict[str, dict]) -> list[list]:
    """Table rows (measure, all, tune, check) from :func:`by_half`'s flat headline dicts."""
    names = list(halves.get("all", {}))
    return [[name, *(halves.get(h, {}).get(name, "") for h in ("all", *HALVES))] for name in names]
