"""Event dates from the document date and the text, with ACLED time precision.

time_precision: 1 = the day is known ("on Tuesday", "yesterday", "August 6th"), 2 = the week
("last week", or no date in the text: the days before the report), 3 = the month ("in
August", "last month", "in late 2018"). Relative weekdays resolve to the most recent such
day on or before the document date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"((?:19|20)\d{2})"

PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b" + _YEAR + r"-(\d{2})-(\d{2})\b")),
    ("month_day", re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r"\b(?:,?\s+" + _YEAR + r")?", re.I)),
    ("day_month", re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+" + _YEAR + r")?", re.I)),
    ("part_year", re.compile(r"\b(early|mid|middle of|late|end of|beginning of|start of)[\s-]+" + _YEAR + r"\b", re.I)),
    ("part_month", re.compile(r"\b(early|mid|late|end of|beginning of|start of)[\s-]+" + _MONTH + r"(?:\s+" + _YEAR + r")?", re.I)),
    ("month_year", re.compile(r"\b(?:in|during|since|by|of)\s+" + _MONTH + r"(?:,?\s+" + _YEAR + r")?\b", re.I)),
    ("relative", re.compile(r"\b(the day before yesterday|yesterday|today|tonight|this morning|this afternoon|"
                            r"this evening|last night|overnight|earlier today|last week|this week|earlier this week|"
                            r"past week|last weekend|this weekend|last month|this month|earlier this month|"
                            r"past month|(?:last|on|this|early|late|since)\s+(?:monday|tuesday|wednesday|thursday|friday|"
                            r"saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|"
                            r"afternoon|evening|night))?)\b", re.I)),
    ("year", re.compile(r"\b(?:in|during|since|of)\s+" + _YEAR + r"\b", re.I)),
]


@dataclass(frozen=True)
class DateMention:
    date: dt.date
    precision: int  # 1 day, 2 week, 3 month
    start: int  # character offset in the searched text
    text: str


def profile_patterns(profile: Any) -> list[tuple[str, re.Pattern]]:
    """Date patterns from a language profile's month names and connectors: day, connector,
    month (connector, year), and month, connector, year; none when the profile lists no months
    (English: the built-in ones)."""
    months = getattr(profile, "months", None) or {}
    if not months:
        return []
    return list(_profile_patterns(tuple(sorted(months.items())), tuple(sorted(profile.date_connectors))))


@lru_cache(maxsize=16)
def _profile_patterns(months: tuple[tuple[str, int], ...], connectors: tuple[str, ...]
                      ) -> tuple[tuple[str, re.Pattern], ...]:
    """The date patterns of a profile's month names and connectors, compiled once."""
    names = "|".join(sorted((re.escape(m) for m, _ in months), key=len, reverse=True))
    joins = "|".join(sorted(map(re.escape, connectors), key=len, reverse=True))
    join = rf"(?:\s+(?:{joins}))?\s+" if joins else r"\s+"
    return (
        ("profile_day_month", re.compile(r"\b" + _DAY + join + f"({names})" + rf"(?:{join}{_YEAR})?\b", re.I)),
        ("profile_month_year", re.compile(rf"\b({names}){join}{_YEAR}\b", re.I)),
    )


def find_dates(text: str, doc_date: dt.date | None, profile: Any = None) -> list[DateMention]:
    """Every date expression in ``text`` that resolves, in text order (overlaps dropped).
    ``profile``: a language profile whose month names are read too."""
    months = getattr(profile, "months", None) or {}
    connectors = tuple(sorted(profile.date_connectors)) if months else ()
    return list(_dates_in(text, doc_date, tuple(sorted(months.items())), connectors))


@lru_cache(maxsize=4096)  # a sentence's dates are read once per event of it
def _dates_in(text: str, doc_date: dt.date | None, month_items: tuple[tuple[str, int], ...],
              connectors: tuple[str, ...]) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    months = dict(month_items)
    patterns = list(_profile_patterns(month_items, connectors)) if month_items else []
    for kind, pattern in patterns + PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            resolved = _resolve(kind, m, doc_date, months)
            if resolved is not None:
                found.append(DateMention(resolved[0], resolved[1], m.start(), m.group(0)))
                taken.append((m.start(), m.end()))
    return tuple(sorted(found, key=lambda d: d.start))


def event_date(sentence: Any, doc: Any, verb_char: int = -1, profile: Any = None) -> tuple[str | None, int | None]:
    """(YYYY-MM-DD, time_precision) of an event in ``sentence``: the date expression nearest
    its predicate, else the document date at week precision; (None, None) without either.
    ``profile``: the language profile (its month names)."""
    doc_date = getattr(doc, "date", None)
    text = sentence.text
    mentions = find_dates(text, doc_date, profile)
    if mentions:
        offset = verb_char - sentence.start_char if verb_char >= 0 and sentence.start_char >= 0 else -1
        best = min(mentions, key=lambda d: abs(d.start - offset) if offset >= 0 else d.start)
        return best.date.isoformat(), best.precision
    if doc_date is None:
        return None, None
    return doc_date.isoformat(), 2


def _resolve(kind: str, m: re.Match, ref: dt.date | None,
             months: dict[str, int] | None = None) -> tuple[dt.date, int] | None:
    g = m.groups()
    try:
        if kind == "profile_day_month":
            month, day_n = (months or {})[g[1].lower()], int(g[0])
            year = int(g[2]) if g[2] else _year_for(month, day_n, ref)
            return (dt.date(year, month, day_n), 1) if year else None
        if kind == "profile_month_year":
            return dt.date(int(g[1]), (months or {})[g[0].lower()], 1), 3
        if kind == "iso":
            return dt.date(int(g[0]), int(g[1]), int(g[2])), 1
        if kind in ("month_day", "day_month"):
            month_name, day = (g[0], g[1]) if kind == "month_day" else (g[1], g[0])
            month, day_n = MONTHS[month_name.lower()], int(day)
            if month_name == "may":
                return None  # lower-case "may" is the verb
            year = int(g[2]) if g[2] else _year_for(month, day_n, ref)
            return (dt.date(year, month, day_n), 1) if year else None
        if kind == "part_year":
            month = {"early": 1, "beginning of": 1, "start of": 1, "mid": 6, "middle of": 6, "late": 10,
                     "end of": 12}[g[0].lower()]
            return dt.date(int(g[1]), month, 1), 3
        if kind == "part_month":
            month = MONTHS[g[1].lower()]
            year = int(g[2]) if g[2] else _year_for(month, 1, ref)
            return (dt.date(year, month, 1), 3) if year else None
        if kind == "month_year":
            if g[0] == "may":
                return None  # lower-case "may" is the verb
            month = MONTHS[g[0].lower()]
            year = int(g[1]) if g[1] else _year_for(month, 1, ref)
            return (dt.date(year, month, 1), 3) if year else None
        if kind == "year":
            return dt.date(int(g[0]), 1, 1), 3
        if kind == "relative":
            return _relative(m.group(0).lower(), ref)
    except (ValueError, KeyError, OverflowError):  # OverflowError: a document dated near year 1 or 9999
        return None
    return None


def _year_for(month: int, day: int, ref: dt.date | None) -> int | None:
    """A date without a year lies on or before the document date (the latest such)."""
    if ref is None:
        return None
    year = ref.year
    try:
        if dt.date(year, month, day) > ref + dt.timedelta(days=7):
            year -= 1
    except ValueError:
        return None
    return year


def _relative(phrase: str, ref: dt.date | None) -> tuple[dt.date, int] | None:
    if ref is None:
        return None
    words = phrase.split()
    for word in words:
        if word in WEEKDAYS:
            back = (ref.weekday() - WEEKDAYS[word]) % 7
            if words[0] == "last" and back == 0:
                back = 7
            return ref - dt.timedelta(days=back), 1
    if phrase == "the day before yesterday":
        return ref - dt.timedelta(days=2), 1
    if phrase in ("yesterday", "last night"):
        return ref - dt.timedelta(days=1), 1
    if phrase in ("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today", "overnight"):
        return ref, 1
    if phrase in ("last week", "past week", "last weekend"):
        return ref - dt.timedelta(days=7), 2
    if phrase in ("this week", "earlier this week", "this weekend"):
        return ref, 2
    if phrase in ("last month",):
        first = ref.replace(day=1) - dt.timedelta(days=1)
        return first.replace(day=1), 3
    if phrase in ("this month", "earlier this month", "past month"):
        return ref.replace(day=1), 3
    return None
