"""Filtering, sorting and paging an events table on the server (pandas), so that the page
stays responsive with 100,000 rows: a page of rows goes to the browser, never the file."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import pandas as pd

PAGE_SIZE = 50
# shown in the table, when the file has them (other columns stay in the file)
SHOWN = ("date", "doc_id", "sentence_index", "source_code", "target_code", "cameo_code", "cameo_name",
         "quad_class", "goldstein", "event_type", "sub_event_type", "country", "location", "verb_text",
         "confidence")
ACTOR_COLUMNS = ("source_code", "target_code", "source_text", "target_text", "actor1", "actor2")
COUNTRY_COLUMNS = ("source_country", "target_country", "country", "iso")
QUAD_NAMES = MappingProxyType({"1": "verbal cooperation", "2": "material cooperation", "3": "verbal conflict",
                               "4": "material conflict"})


@dataclass
class Filters:
    code: str = ""  # CAMEO code prefix (root "19", or "190")
    quad: str = ""  # 1-4
    actor: str = ""  # substring of an actor code or text
    country: str = ""  # country code or name (exact, case-insensitive)
    acled: str = ""  # ACLED event type (substring)
    date_from: str = ""
    date_to: str = ""
    min_confidence: str = ""
    sort: str = ""
    desc: bool = False
    page: int = 1
    errors: list[str] = field(default_factory=list)

    @classmethod
    def from_query(cls, q) -> "Filters":
        f = cls(**{k: (q.get(k) or "").strip() for k in ("code", "quad", "actor", "country", "acled", "date_from",
                                                          "date_to", "min_confidence", "sort")})
        f.desc = q.get("desc") in ("1", "true", "on")
        try:
            f.page = max(1, int(q.get("page") or 1))
        except ValueError:
            f.errors.append(f"page: {q.get('page')!r} is not a number")
        return f

    def query(self, **changes: Any) -> dict[str, str]:
        """The query string of these filters with some changed (for links)."""
        out = {k: getattr(self, k) for k in ("code", "quad", "actor", "country", "acled", "date_from", "date_to",
                                             "min_confidence", "sort")}
        out["desc"] = "1" if self.desc else ""
        out["page"] = str(self.page)
        out.update({k: str(v) for k, v in changes.items()})
        return {k: v for k, v in out.items() if v not in ("", None)}


def _text(frame: pd.DataFrame, column: str) -> pd.Series:
    return frame[column].astype("string").fillna("")


def apply(frame: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """The rows that pass the filters, sorted."""
    mask = pd.Series(True, index=frame.index)
    if f.code and "cameo_code" in frame:
        mask &= _text(frame, "cameo_code").str.startswith(f.code)
    if f.quad and "quad_class" in frame:
        mask &= _text(frame, "quad_class").str.replace(r"\.0$", "", regex=True) == f.quad
    if f.actor:
        cols = [c for c in ACTOR_COLUMNS if c in frame]
        hit = pd.Series(False, index=frame.index)
        for c in cols:
            hit |= _text(frame, c).str.contains(f.actor, case=False, regex=False)
        mask &= hit
    if f.country:
        cols = [c for c in COUNTRY_COLUMNS if c in frame]
        hit = pd.Series(False, index=frame.index)
        for c in cols:
            hit |= _text(frame, c).str.lower() == f.country.lower()
        mask &= hit
    if f.acled and "event_type" in frame:
        mask &= _text(frame, "event_type").str.contains(f.acled, case=False, regex=False)
    for bound, op in ((f.date_from, "ge"), (f.date_to, "le")):
        if bound and "date" in frame:
            if not _is_date(bound):
                f.errors.append(f"date: {bound!r} is not YYYY-MM-DD")
                continue
            dates = _text(frame, "date").str[:10]
            mask &= (dates >= bound) if op == "ge" else ((dates <= bound) & (dates != ""))
    if f.min_confidence and "confidence" in frame:
        try:
            mask &= pd.to_numeric(frame["confidence"], errors="coerce") >= float(f.min_confidence)
        except ValueError:
            f.errors.append(f"confidence: {f.min_confidence!r} is not a number")
    out = frame[mask]
    if f.sort:
        if f.sort not in frame:
            f.errors.append(f"sort: no column {f.sort!r}")
        else:
            key = pd.to_numeric(out[f.sort], errors="coerce")
            if key.isna().all():
                key = _text(out, f.sort)
            out = out.assign(_key=key).sort_values("_key", ascending=not f.desc, kind="stable",
                                                   na_position="last").drop(columns="_key")
    return out


def _is_date(text: str) -> bool:
    import datetime as dt

    try:
        dt.date.fromisoformat(text)
        return True
    except ValueError:
        return False


def page(frame: pd.DataFrame, f: Filters) -> tuple[list[dict], int]:
    """The rows of the requested page (as dicts with the shown columns) and the page count."""
    pages = max(1, -(-len(frame) // PAGE_SIZE))
    f.page = min(f.page, pages)
    part = frame.iloc[(f.page - 1) * PAGE_SIZE: f.page * PAGE_SIZE]
    rows = []
    for row in part.to_dict("records"):
        rows.append({k: ("" if _missing(v) else v) for k, v in row.items()})
    return rows, pages


def _missing(value) -> bool:
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def shown_columns(frame: pd.DataFrame) -> list[str]:
    return [c for c in SHOWN if c in frame]


def months_by_quad(frame: pd.DataFrame) -> list[tuple[str, dict[str, int]]]:
    """Event counts per month (YYYY-MM) and quad class."""
    if "date" not in frame or "quad_class" not in frame or frame.empty:
        return []
    month = _text(frame, "date").str[:7]
    quad = _text(frame, "quad_class").str.replace(r"\.0$", "", regex=True)
    counts = pd.DataFrame({"m": month, "q": quad})
    counts = counts[counts["m"].str.match(r"^\d{4}-\d{2}$")]
    table = counts.groupby(["m", "q"]).size()
    out: dict[str, dict[str, int]] = {}
    for (m, q), n in table.items():
        out.setdefault(m, {})[q] = int(n)
    return sorted(out.items())


def top_dyads(frame: pd.DataFrame, n: int = 10) -> list[tuple[str, int]]:
    if "source_code" not in frame or "target_code" not in frame or frame.empty:
        return []
    src, tgt = _text(frame, "source_code"), _text(frame, "target_code")
    keep = (src != "") & (tgt != "")
    pairs = (src[keep] + " → " + tgt[keep]).value_counts().head(n)
    return [(str(k), int(v)) for k, v in pairs.items()]


def located(frame: pd.DataFrame, limit: int = 5000) -> tuple[list[tuple[float, float, str]], int]:
    """(lon, lat, label) of events with coordinates (at most ``limit``), and how many there are."""
    if "latitude" not in frame or "longitude" not in frame or frame.empty:
        return [], 0
    lat = pd.to_numeric(frame["latitude"], errors="coerce")
    lon = pd.to_numeric(frame["longitude"], errors="coerce")
    ok = lat.notna() & lon.notna() & lat.between(-90, 90) & lon.between(-180, 180)
    total = int(ok.sum())
    part = frame[ok].head(limit)
    label = _text(part, "location") if "location" in part else pd.Series("", index=part.index)
    points = list(zip(lon[ok].head(limit).tolist(), lat[ok].head(limit).tolist(), label.tolist()))
    return points, total
