"""Convert PETRARCH actor and agent dictionaries to coder actors/agents files.

Actors: a record is a primary phrase (optionally ``[CODE]`` or ``[CODE dates]``),
``+synonym`` lines and tab-indented ``[CODE >YYYYMMDD]``, ``[CODE <YYYYMMDD]`` or
``[CODE YYMMDD-YYMMDD]`` role lines (a bare date, ``[CODE YYYYMMDD]``, is the default code,
as PETRARCH reads it). Primary phrases with no code of their own share the codes of the
record that follows them, as PETRARCH opens a new code list only once the previous phrase
has codes. Six-digit dates follow PETRARCH: years 00-30 are
20YY, others 19YY. PETRARCH-2 does not stem actor phrases (a final ``_`` is only the
TABARI "exact word" mark), so names are emitted as exact words.

Names are all capitals in PETRARCH; coder treats all-caps words of up to five letters as
case-sensitive acronyms, so each word is re-cased: acronyms (no vowels, dotted initials,
initials of another name in the record, short single-word names that are also common
words) stay in capitals, everything else becomes lower case.

Agents: ``PHRASE {plural} [~CODE]`` (suffix) or ``[CODE~]`` (prefix), with ``!SET!``
substitution markers defined as ``!SET! = A, B, C``.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from coder.importers.petrarch_text import ACTOR_CODE, FileReport, dictionary_lines

FUNCTION_WORDS = {
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
    "with", "de", "del", "della", "des", "di", "do", "dos", "du", "da", "la", "le", "les", "el", "al",
    "ul", "ud", "bin", "ibn", "abu", "van", "von", "der", "den", "y", "e", "et",
}
_BRACKET = re.compile(r"\[([^\]]*)\]")
_PARENTHETICAL = re.compile(r"\([^)]*\)")


class RoleError(ValueError):
    pass


def parse_date(text: str) -> dt.date:
    """YYYYMMDD or YYMMDD (00-30 → 20YY) → date; RoleError if invalid. Read as PETRARCH reads
    a dictionary date: up to 7 digits are YYMMDD (its first 6), 8 or more YYYYMMDD (its
    first 8), so a stray digit at the end ("[GBRGOV >201005011]") keeps the date it
    extends rather than losing the entry."""
    digits = text.strip()
    if not digits.isdigit() or len(digits) < 6:
        raise RoleError(f"not a date: {text!r}")
    digits = digits[:6] if len(digits) <= 7 else digits[:8]
    if len(digits) == 6:
        year = int(digits[:2])
        digits = f"{2000 + year if year <= 30 else 1900 + year}{digits[2:]}"
    try:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError as exc:
        raise RoleError(f"invalid date {text!r}: {exc}") from None


def parse_role(text: str) -> dict:
    """'AFGGOV 780101-000101' → {'code': 'AFGGOV', 'from': '1978-01-01', 'to': '2000-01-01'}."""
    parts = text.split(None, 1)
    if not parts:
        raise RoleError("empty code")
    code = parts[0].upper()
    if not ACTOR_CODE.match(code):
        raise RoleError(f"actor code {parts[0]!r} is not a sequence of 3-letter codes"
                        + (" (--- means 'do not code')" if code == "---" else ""))
    role: dict = {"code": code}
    when = parts[1].replace(" ", "") if len(parts) > 1 else ""
    if when.startswith(">"):
        role["from"] = parse_date(when[1:]).isoformat()
    elif when.startswith("<"):
        role["to"] = parse_date(when[1:]).isoformat()
    elif "-" in when:
        start, _, end = when.partition("-")
        first, last = parse_date(start), parse_date(end)
        if first > last:
            raise RoleError(f"role {code} ends before it starts ({when})")
        role["from"], role["to"] = first.isoformat(), last.isoformat()
    elif when.isdigit():
        parse_date(when)  # "[MNEGOV 20121204]": neither <, > nor a range; PETRARCH reads the code as the default
    elif when:
        raise RoleError(f"unreadable date restriction {when!r}")
    return role


def _phrase_words(phrase: str) -> list[str]:
    phrase = _PARENTHETICAL.sub(" ", phrase)
    return [w for w in phrase.replace("_", " ").split() if w]


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in FUNCTION_WORDS and w[0].isalpha()).upper()


def recase(words: list[str], initials: set[str], common_words: set[str]) -> str:
    """PETRARCH capitals → coder spelling: acronyms in capitals, other words lower case."""
    out = []
    single = len(words) == 1
    for w in words:
        letters = re.sub(r"[^A-Za-z]", "", w)
        lower = w.lower()
        if lower in FUNCTION_WORDS and not single:
            out.append(lower)
        elif re.fullmatch(r"([A-Za-z]\.)+", w):  # dotted initials: U.N., J.
            out.append(w.upper())
        elif w.endswith(".") or not 1 < len(letters) <= 5:  # abbreviations (ST., JR.) and long words
            out.append(lower)
        elif not re.search(r"[AEIOUYaeiouy]", letters) or (
                single and (letters.upper() in initials or lower in common_words or len(letters) <= 2)):
            out.append(w.upper())
        else:
            out.append(lower)
    return " ".join(out)


def convert_actors(path: Path, common_words: set[str] = frozenset()) -> tuple[dict, FileReport]:
    """Read a PETRARCH actors dictionary; returns (coder actors data, report)."""
    report = FileReport(path.name, "actors")
    records: list[dict] = []
    for number, line in dictionary_lines(path):
        text = line.strip()
        if line[:1] in ("\t", " ") and text.startswith("["):
            if not records:
                report.skip(number, "date restriction before any actor")
                continue
            records[-1]["roles"].append((number, text))
        elif text.startswith("+"):
            if not records:
                report.skip(number, "synonym before any actor")
                continue
            records[-1]["names"].append(_BRACKET.split(text[1:])[0])
            records[-1]["roles"].extend((number, f"[{b}]") for b in _BRACKET.findall(text))
        else:
            report.source += 1
            roles = [(number, f"[{b}]") for b in _BRACKET.findall(text)]
            if records and not records[-1]["roles"]:
                # a primary phrase with no code of its own shares the codes of the record
                # after it: PETRARCH only opens a new code list once the previous has codes
                # ("BORIS_YELTSIN_ / BORIS_N._YELTSIN / YELTSIN" above one set of roles)
                # (a phrase with a parenthetical, "COMUNIDAD (EEC)", never matches there:
                # PETRARCH reads "(EEC)" as a word of the phrase, where names of their own
                # here drop it)
                records[-1]["names"] = [n for n in records[-1]["names"] if not _PARENTHETICAL.search(n)]
                records[-1]["names"].append(text.split("[")[0])
                records[-1]["roles"].extend(roles)
                records[-1]["shared"] = records[-1].get("shared", 0) + 1
                continue
            records.append({"line": number, "names": [text.split("[")[0]], "roles": roles})
    converted = [(r, _actor_entry(r, report, common_words)) for r in records]
    entries = [e for _, e in converted if e]
    report.converted = sum(1 + r.get("shared", 0) for r, e in converted if e)
    return {"kind": "actors", "entries": entries}, report


def _actor_entry(record: dict, report: FileReport, common_words: set[str]) -> dict | None:
    word_lists = [_phrase_words(n) for n in record["names"]]
    word_lists = [w for w in word_lists if w]
    if not word_lists:
        report.skip(record["line"], "actor without a name")
        return None
    initials = {_initials(w) for w in word_lists if len(w) > 1}
    names = list(dict.fromkeys(recase(w, initials, common_words) for w in word_lists))
    code, roles, errors = None, [], []
    for number, text in record["roles"]:
        try:
            role = parse_role(text.strip()[1:-1])
        except RoleError as exc:
            errors.append((number, str(exc)))
            continue
        if any(len(d) not in (6, 8) for d in re.findall(r"\d+", text.split(None, 1)[-1])):
            role["_stray_digits"] = True  # read past stray digits (_first_listed_wins; not written out)
        if "from" in role or "to" in role:
            if role not in roles:
                roles.append(role)
        elif code is None:
            code = role["code"]
    if code is None and not roles:
        why = "; ".join(e for _, e in errors) or "no code"
        report.skip(record["line"], f"actor {names[0]!r} has no usable code: {why}")
        return None
    for number, error in errors:
        report.notes["roles skipped"] = report.notes.get("roles skipped", 0) + 1
        report.skip(number, f"role of {names[0]!r} not converted: {error}")
    _separate_touching(roles)
    roles = _first_listed_wins(roles)
    entry: dict = {"names": names}
    if code:
        entry["code"] = code
    if roles:
        entry["roles"] = roles
    return entry


def _separate_touching(roles: list[dict]) -> None:
    """PETRARCH ranges are inclusive, so 'A 050201-060531' and 'B 060531-...' share a day:
    the earlier role ends the day before the later one starts."""
    starts = {r["from"] for r in roles if "from" in r}
    for role in roles:
        if role.get("to") in starts and role.get("from", "") < role["to"] and not any(
                r is not role and r.get("from") == role["to"] and r["code"] == role["code"] for r in roles):
            role["to"] = (dt.date.fromisoformat(role["to"]) - dt.timedelta(days=1)).isoformat()


def _first_listed_wins(roles: list[dict]) -> list[dict]:
    """A role whose dates were read past stray digits ("[IRQOCC 1920030320-20060520]",
    PETRARCH's reading: 1920-03-03) keeps PETRARCH's order where it starts inside a role of
    another code listed before it and runs on past its end: the earlier one holds until its
    end (after "[IRQ <20030320]", occupied Iraq from 2003 on, not since 1920; the coder's
    narrowest-role rule would make it occupied since 1920). Other roles are as listed."""
    day = dt.timedelta(days=1)
    low, high = dt.date.min, dt.date.max

    def span(role: dict) -> tuple[dt.date, dt.date]:
        return (dt.date.fromisoformat(role["from"]) if "from" in role else low,
                dt.date.fromisoformat(role["to"]) if "to" in role else high)

    out: list[dict] = []
    for role in roles:
        repaired = role.pop("_stray_digits", False)
        start, end = span(role)
        for earlier in out if repaired else ():
            e_start, e_end = span(earlier)
            if earlier["code"] != role["code"] and e_start <= start <= e_end < end:
                start = e_end + day
        if start != span(role)[0]:
            role = {**role, "from": start.isoformat()}
        out.append(role)
    return out


# --------------------------------------------------------------------------- agents

def convert_agents(path: Path) -> tuple[dict, FileReport]:
    """Read a PETRARCH agents dictionary; returns (coder agents data, report)."""
    report = FileReport(path.name, "agents")
    markers: dict[str, list[str]] = {}
    entries = []
    for number, line in dictionary_lines(path):
        text = line.strip()
        if "!" in text and "=" in text:
            # "!SET! = A, B" (UniversalPetrarch writes spaces as "_": "!SET!_=_A,_B_")
            name, _, members = text.partition("=")
            markers[_marker_key(name)] = [m.strip(" _") for m in members.split(",") if m.strip(" _")]
            continue
        report.source += 1
        m = re.match(r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plural>[^}]*)\})?[\s_]*\[(?P<code>[^\]]*)[\]}]", text)
        if not m:
            report.skip(number, "agent line without a [code]")
            continue
        code_text = m.group("code").strip()
        position = "prefix" if code_text.endswith("~") else "suffix"
        code = code_text.strip("~").upper()
        if not ACTOR_CODE.match(code):
            report.skip(number, f"agent code {code_text!r} is not a sequence of 3-letter codes")
            continue
        try:
            phrases = _expand_markers(m.group("phrase"), markers)
        except KeyError as exc:
            report.skip(number, f"substitution marker !{exc.args[0]}! is not defined")
            continue
        # regular plurals are matched through the lemma; irregular ones are listed
        names = [" ".join(w.lower() for w in _phrase_words(phrase)) for phrase in phrases]
        if m.group("plural"):
            names.extend(" ".join(w.lower() for w in _phrase_words(p)) for p in m.group("plural").split())
        names = list(dict.fromkeys(n for n in names if n))
        if not names:
            report.skip(number, "agent without a name")
            continue
        entry = {"code": code, "names": names}
        if position == "prefix":
            entry["position"] = "prefix"
        entries.append(entry)
        report.converted += 1
    report.notes["substitution sets"] = len(markers)
    return {"kind": "agents", "entries": entries}, report


def _marker_key(name: str) -> str:
    """A substitution set's name as defined and as used ("!MINISTA!_", "!_PERSONA!" → the
    set's name without the "_" that stand for spaces)."""
    return name.strip().strip("_").strip("!").strip("_").upper()


def _expand_markers(phrase: str, markers: dict[str, list[str]]) -> list[str]:
    m = re.search(r"!([^!]+)!", phrase)
    if not m:
        return [phrase]
    members = markers[_marker_key(m.group(1))]
    out = []
    for member in members:
        out.extend(_expand_markers(phrase[: m.start()] + member + phrase[m.end():], markers))
    return out

