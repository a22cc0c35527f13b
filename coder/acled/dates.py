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
from functools import lru_cache, partial
from typing import Any

from coder.lang import builtin_profile

_YEAR = r"(?P<year>(?:19|20)\d{2})"
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month_number>\d{2})-(?P<day>\d{2})\b")


@dataclass(frozen=True)
class DateMention:
    date: dt.date
    precision: int  # 1 day, 2 week, 3 month
    start: int  # character offset in the searched text
    text: str
    kind: str = ""  # the pattern that found it (iso, day_month, relative…)


def find_dates(text: str, doc_date: dt.date | None, profile: Any = None) -> list[DateMention]:
    """Every date expression in ``text`` that resolves, in text order (overlaps dropped).
    ``profile``: the language profile whose date words are read (default: English)."""
    profile = profile or builtin_profile()
    dates_in = profile.memo.get("dates-in")
    if dates_in is None:  # a sentence's dates are read once per event of it
        dates_in = profile.memo["dates-in"] = lru_cache(maxsize=4096)(partial(_dates_in, profile=profile))
    return list(dates_in(text, doc_date))


def _dates_in(text: str, doc_date: dt.date | None, profile: Any) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    patterns = profile.memo.get("date-patterns")
    if patterns is None:
        patterns = profile.memo["date-patterns"] = _patterns(profile)
        profile.memo["date-triggers"] = _triggers(profile)
    triggers = profile.memo["date-triggers"]
    # a pattern whose words are all absent finds nothing: each is searched only where one of
    # its trigger strings (_triggers) is in the text (lower-cased; text outside ASCII, where
    # case-insensitive matching can join other letters, is searched whole)
    lowered = text.lower() if text.isascii() else None
    present: dict[tuple[str, ...], bool] = {}  # (the month patterns share their words: tested once)
    for (kind, pattern), needs in zip(patterns, triggers):
        if lowered is not None and needs is not None:
            here = present.get(needs)
            if here is None:
                here = present[needs] = any(word in lowered for word in needs)
            if not here:
                continue
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            resolved = _resolve(kind, m, doc_date, profile)
            if resolved is not None:
                found.append(DateMention(resolved[0], resolved[1], m.start(), m.group(0), kind))
                taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    return tuple(d for d, after in zip(found, found[1:] + [None]) if not _names_the_next(d, after, text))


def _names_the_next(mention: DateMention, after: DateMention | None, text: str) -> bool:
    """A relative day written just before a full date names that date ("Tuesday, August 6"):
    the date, not the report's last such weekday, is meant."""
    return (after is not None and mention.kind == "relative" and after.kind != "relative"
            and not text[mention.start + len(mention.text):after.start].strip(" ,"))


def _patterns(profile: Any) -> list[tuple[str, re.Pattern]]:
    """The date patterns a profile's words make, in the order they claim text: a pattern
    whose words the profile lacks is left out."""
    month = rf"(?P<month>{_one_of(profile.months)})\.?"
    day = r"(?P<day>\d{1,2})" + (rf"(?:{_one_of(profile.day_suffixes)})?" if profile.day_suffixes else "")
    join = rf"(?:\s+(?:{_one_of(profile.date_connectors)}))?\s+" if profile.date_connectors else r"\s+"
    year = rf"(?:,?{join}{_YEAR})"
    weekday = "".join((rf"(?:(?:{_one_of(profile.weekday_before)})\s+)?" if profile.weekday_before else "",
                       rf"(?:{_one_of(profile.weekdays)})",
                       rf"(?:\s+(?:{_one_of(profile.weekday_after)}))?" if profile.weekday_after else ""))
    phrases = {**profile.days_ago, **profile.weeks_ago, **profile.months_ago}
    relative = "|".join(([_one_of(phrases)] if phrases else []) + ([weekday] if profile.weekdays else []))
    candidates = [  # (kind, the words it needs, the pattern)
        ("iso", True, _ISO),
        ("month_day", profile.months and profile.month_before_day, rf"\b{month}\s+{day}\b{year}?"),
        ("day_month", profile.months, rf"\b{day}{join}{month}{year}?\b"),
        ("part_year", profile.year_parts, rf"\b(?P<part>{_one_of(profile.year_parts)})[\s-]+{_YEAR}\b"),
        ("part_month", profile.months and profile.month_parts,
         rf"\b(?:{_one_of(profile.month_parts)})[\s-]+{month}(?:\s+{_YEAR})?"),
        ("month_year", profile.months and profile.month_prepositions,
         rf"\b(?:{_one_of(profile.month_prepositions)})\s+{month}{year}?\b"),
        ("month_year", profile.months, rf"\b{month}{year}\b"),
        ("relative", relative, rf"\b(?P<phrase>{relative})\b"),
        ("year", profile.year_prepositions, rf"\b(?:{_one_of(profile.year_prepositions)})\s+{_YEAR}\b"),
    ]
    return [(kind, pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, re.I))
            for kind, needs, pattern in candidates if needs]


def _triggers(profile: Any) -> list[tuple[str, ...] | None]:
    """For each of :func:`_patterns` (same order), strings one of which is in any text it
    matches (lower-cased; None: always searched): a word of each of its required
    alternatives (the longest of a phrase: every word of it is written there), or the
    start of a year. A month pattern needs a month name; the relative one a phrase or a
    weekday; the ISO, year and part-of-year patterns a year of 19xx or 20xx."""
    def longest(*groups: Any) -> tuple[str, ...]:
        return tuple(sorted({max(w.split(), key=len).lower() if w.split() else "" for group in groups for w in group}))

    months = longest(profile.months)
    phrases = {**profile.days_ago, **profile.weeks_ago, **profile.months_ago}
    years = ("19", "20")  # (_YEAR and _ISO: (?:19|20)\d{2})
    needs = {
        "iso": years, "year": years, "part_year": years,
        "month_day": months, "day_month": months, "part_month": months, "month_year": months,
        "relative": longest(phrases, profile.weekdays),
    }
    return [needs[kind] for kind, _ in _patterns(profile)]


def _one_of(words: Any) -> str:
    """An alternation of words and phrases (any spacing between a phrase's words), longest first."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


def event_date(sentence: Any, doc: Any, verb_char: int = -1, profile: Any = None) -> tuple[str | None, int | None]:
    """(YYYY-MM-DD, time_precision) of an event in ``sentence``: the date expression nearest
    its predicate, else the document date at week precision; (None, None) without either.
    ``profile``: the language profile (its date words)."""
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


def _resolve(kind: str, m: re.Match, ref: dt.date | None, profile: Any) -> tuple[dt.date, int] | None:
    found = m.groupdict()
    if kind != "part_month" and found.get("month") in profile.lower_case_month_words:
        return None  # as written, lower case: another word ("they may attack"; not "late may")
    year = int(found["year"]) if found.get("year") else None
    try:
        if kind == "relative":
            return _relative(" ".join(found["phrase"].lower().split()), ref, profile)
        if kind == "iso":
            return dt.date(year, int(found["month_number"]), int(found["day"])), 1
        if kind == "year":
            return dt.date(year, 1, 1), 3
        if kind == "part_year":
            return dt.date(year, profile.year_parts[" ".join(found["part"].lower().split())], 1), 3
        month = profile.months[found["month"].lower()]
        day = int(found["day"]) if kind in ("month_day", "day_month") else 1
        year = year or _year_for(month, day, ref)
        if year is None:
            return None
        return dt.date(year, month, day), (1 if kind in ("month_day", "day_month") else 3)
    except (ValueError, KeyError, OverflowError):  # OverflowError: a document dated near year 1 or 9999
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


def _relative(phrase: str, ref: dt.date | None, profile: Any) -> tuple[dt.date, int] | None:
    """A weekday (the latest on or before the report), or a phrase counted back from it."""
    if ref is None:
        return None
    words = phrase.split()
    for word in words:
        if word in profile.weekdays:
            back = (ref.weekday() - profile.weekdays[word]) % 7
            if back == 0 and profile.past_markers.intersection(words):
                back = 7
            return ref - dt.timedelta(days=back), 1
    if phrase in profile.days_ago:
        return ref - dt.timedelta(days=profile.days_ago[phrase]), 1
    if phrase in profile.weeks_ago:
        return ref - dt.timedelta(days=profile.weeks_ago[phrase]), 2
    if phrase in profile.months_ago:
        first = ref.replace(day=1)
        for _ in range(profile.months_ago[phrase]):
            first = (first - dt.timedelta(days=1)).replace(day=1)
        return first, 3
    return None
