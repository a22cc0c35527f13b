"""Convert PETRARCH discard lists and issue dictionaries to coder files.

Discards: ``PHRASE`` stops a sentence, ``+PHRASE`` a whole story; a phrase not ending in
``_`` is a stem (PETRARCH's rule), written with a final ``*`` in coder.

Issues: ``phrase [ISSUE]`` with expansions ``n:`` (noun and regular plural), ``v:`` (regular
verb forms) and ``+`` (joined by a space and by a hyphen). ``~phrase`` ignore lines, which
cancel issue coding, have no equivalent and are reported.
"""

from __future__ import annotations

import re
from pathlib import Path

from coder.importers.petrarch_text import FileReport, dictionary_lines, plural


def convert_discards(path: Path) -> tuple[dict, FileReport]:
    report = FileReport(path.name, "discards")
    entries, seen = [], set()
    for number, line in dictionary_lines(path):
        text = line.strip()
        report.source += 1
        scope = "story" if text.startswith("+") else "sentence"
        text = text.lstrip("+").strip()
        exact = text.endswith("_")
        words = [w.lower() for w in text.replace("_", " ").split()]
        if not words:
            report.skip(number, "empty discard phrase")
            continue
        if not exact:
            words[-1] += "*"
        phrase = " ".join(words)
        if (phrase, scope) in seen:
            report.skip(number, f"duplicate discard {phrase!r}")
            continue
        seen.add((phrase, scope))
        entry = {"phrase": phrase}
        if scope == "story":
            entry["scope"] = "story"
        entries.append(entry)
        report.converted += 1
    return {"kind": "discards", "entries": entries}, report


def expand_issue_phrase(text: str) -> list[str]:
    """'n:crime against humanity' → ['crime against humanity', 'crimes against humanity']."""
    forms = [text.lower()]
    for pattern, expand in ((r"\+", _join_forms), (r"\bn:(\S+)", _noun_forms), (r"\bv:(\S+)", _verb_forms)):
        out = []
        for form in forms:
            out.extend(expand(form, pattern))
        forms = out
    return list(dict.fromkeys(" ".join(f.split()) for f in forms))


def _join_forms(form: str, pattern: str) -> list[str]:
    if "+" not in form:
        return [form]
    return _join_forms(form.replace("+", " ", 1), pattern) + _join_forms(form.replace("+", "-", 1), pattern)


def _noun_forms(form: str, pattern: str) -> list[str]:
    m = re.search(pattern, form)
    if not m:
        return [form]
    word = m.group(1)
    return [f for w in (word, plural(word)) for f in _noun_forms(form[: m.start()] + w + form[m.end():], pattern)]


def _verb_forms(form: str, pattern: str) -> list[str]:
    m = re.search(pattern, form)
    if not m:
        return [form]
    word = m.group(1)
    stem = word[:-1] if word.endswith("e") else word
    variants = [word, word + "s", stem + "ed", stem + "ing"]
    return [f for w in variants for f in _verb_forms(form[: m.start()] + w + form[m.end():], pattern)]


def convert_issues(path: Path) -> tuple[dict, FileReport]:
    report = FileReport(path.name, "issues")
    entries = []
    for number, line in dictionary_lines(path):
        text = line.strip()
        if text.startswith("<"):
            continue  # <ISSUE CATEGORY=...> grouping tags
        report.source += 1
        if text.startswith("~"):
            report.skip(number, "ignore phrase (~) has no equivalent in the codebook format")
            continue
        m = re.match(r"^(?P<phrase>[^\[]+)\[(?P<issue>[^\]]+)\]", text)
        if not m or not m.group("phrase").strip():
            report.skip(number, "issue line without a phrase and [ISSUE]")
            continue
        entries.append({"issue": m.group("issue").strip(), "phrases": expand_issue_phrase(m.group("phrase").strip())})
        report.converted += 1
    return {"kind": "issues", "entries": entries}, report
