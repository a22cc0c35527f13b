"""ACLED rule files (``kind: acled``): validation, compilation and cue matching.

A rule file holds the ACLED sub-event-type table, named cue lexicons, event rules (one coded
event: CAMEO prefix, cues in its sentence, actor types), document rules (a whole snippet, for
texts where no CAMEO event was coded), actor-type defaults and fatality words. Rules are data:
first matching rule wins. See ``codebooks/acled.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from coder.codebook import LoadedFile, Problem, schema_problems

SCHEMA = "codebook-acled"
_CONDITION_KEYS = ("cues", "all", "unless")


# --------------------------------------------------------------------------- validation

def validate_rules(lf: LoadedFile) -> list[Problem]:
    """Schema problems, then semantic ones (unknown sub-event types, lexicons, duplicate ids)."""
    problems = schema_problems(lf, SCHEMA)
    if problems:
        return problems
    data = lf.data
    file = str(lf.path)
    known = {entry["name"] for entry in data["sub_event_types"]}
    lexicons = data.get("lexicons") or {}
    for i, entry in enumerate(data["sub_event_types"]):
        if [e["name"] for e in data["sub_event_types"]].index(entry["name"]) != i:
            problems.append(Problem("error", file, lf.line_of(["sub_event_types", i]),
                                    f"sub-event type {entry['name']!r} listed twice", f"sub_event_types[{i}]"))
    for name, cues in lexicons.items():
        for j, cue in enumerate(cues):
            if cue.startswith("@") and cue[1:] not in lexicons:
                problems.append(Problem("error", file, lf.line_of(["lexicons", name, j]),
                                        f"unknown lexicon {cue}", f"lexicons.{name}[{j}]"))
    seen: dict[str, int] = {}
    for section in ("event_rules", "document_rules"):
        for i, rule in enumerate(data.get(section) or []):
            line = lf.line_of([section, i])
            where = f"{section}[{i}]"
            if rule["id"] in seen:
                problems.append(Problem("error", file, line,
                                        f"rule id {rule['id']!r} already used at line {seen[rule['id']]}", where))
            seen.setdefault(rule["id"], line)
            sub = rule["sub_event_type"]
            if sub is not None and sub not in known:
                problems.append(Problem("error", file, lf.line_of([section, i, "sub_event_type"]),
                                        f"unknown sub_event_type {sub!r} (not in sub_event_types)", where))
            for key, path, cue in _rule_cues(rule):
                if cue.startswith("@") and cue[1:] not in lexicons:
                    problems.append(Problem("error", file, lf.line_of([section, i, key, *path]),
                                            f"unknown lexicon {cue}", where))
            if not any(k in rule for k in ("cameo", "cues", "all", "source_inter", "target_inter")):
                problems.append(Problem("warning", file, line,
                                        f"rule {rule['id']!r} has no condition: it matches everything", where))
    return problems


def _rule_cues(rule: dict) -> Iterable[tuple[str, list, str]]:
    for key in ("cues", "unless"):
        for j, cue in enumerate(rule.get(key) or []):
            yield key, [j], cue
    for j, group in enumerate(rule.get("all") or []):
        for k, cue in enumerate(group):
            yield "all", [j, k], cue


# --------------------------------------------------------------------------- cue matching

class TextView:
    """Words of a span (lemmas and lower-cased forms) for fast cue matching."""

    def __init__(self, tokens: Iterable[Any]):
        words: list[str] = []
        lemmas: list[str] = []
        for tok in tokens:
            words.append(tok.text.lower())
            lemmas.append((tok.lemma or tok.text).lower())
        self.words = set(words) | set(lemmas)
        for w in list(self.words):
            if "-" in w:
                self.words.update(p for p in w.split("-") if p)
        self.joined = (" " + " ".join(words).replace("-", " ") + " ", " " + " ".join(lemmas).replace("-", " ") + " ")

    def has(self, cue: "Cue") -> bool:
        if cue.word is not None:
            return cue.word in self.words
        return any(cue.regex.search(text) for text in self.joined)


@dataclass(frozen=True)
class Cue:
    text: str
    word: str | None  # a plain single word: set lookup
    regex: Any = None


def compile_cue(text: str) -> Cue:
    text = text.strip().lower()
    if " " not in text and "*" not in text and "-" not in text:
        return Cue(text, text)
    parts = []
    for w in text.replace("-", " ").split():
        parts.append(re.escape(w[:-1]) + r"\S*" if w.endswith("*") else re.escape(w))
    return Cue(text, None, re.compile(r" " + r" ".join(parts) + r" "))


def expand(cues: Iterable[str], lexicons: dict[str, list[str]], _depth: int = 0) -> tuple[Cue, ...]:
    out: list[Cue] = []
    for cue in cues:
        if cue.startswith("@"):
            if _depth < 5:
                out.extend(expand(lexicons.get(cue[1:], []), lexicons, _depth + 1))
        else:
            out.append(compile_cue(cue))
    return tuple(out)


# --------------------------------------------------------------------------- compiled rules

@dataclass(frozen=True)
class SubEventType:
    name: str
    event_type: str
    disorder_type: str
    label: str | None = None
    salience: int = 0


@dataclass(frozen=True)
class Rule:
    id: str
    ref: str  # file:line
    sub_event_type: str | None
    cameo: tuple[str, ...] = ()
    cues: tuple[Cue, ...] = ()
    all: tuple[tuple[Cue, ...], ...] = ()
    unless: tuple[Cue, ...] = ()
    source_inter: tuple[int, ...] = ()
    target_inter: tuple[int, ...] = ()
    no_target: bool | None = None
    civilian_targeting: bool | None = None

    def text_matches(self, view: TextView) -> bool:
        if self.cues and not any(view.has(c) for c in self.cues):
            return False
        if any(not any(view.has(c) for c in group) for group in self.all):
            return False
        return not any(view.has(c) for c in self.unless)

    def matches(self, view: TextView, code: str | None = None, inter1: int | None = None,
                inter2: int | None = None, has_target: bool | None = None) -> bool:
        if self.cameo and not (code and any(code.startswith(p) for p in self.cameo)):
            return False
        if self.source_inter and inter1 not in self.source_inter:
            return False
        if self.target_inter and inter2 not in self.target_inter:
            return False
        if self.no_target is not None and has_target is not None and self.no_target == has_target:
            return False
        return self.text_matches(view)


@dataclass
class AcledRules:
    """Every rule file of a codebook, merged in manifest order."""

    sub_types: dict[str, SubEventType] = field(default_factory=dict)
    event_rules: list[Rule] = field(default_factory=list)
    document_rules: list[Rule] = field(default_factory=list)
    agent_inter: dict[str, int] = field(default_factory=dict)
    agent_names: dict[str, str] = field(default_factory=dict)
    inter_names: dict[int, str] = field(default_factory=dict)
    external_inter: int | None = 8
    death_words: tuple[Cue, ...] = ()
    injury_words: tuple[Cue, ...] = ()
    vague_numbers: dict[str, int] = field(default_factory=dict)

    def sub_type(self, name: str | None) -> SubEventType | None:
        return self.sub_types.get(name) if name else None

    def first_event_rule(self, view: TextView, code: str, inter1: int | None, inter2: int | None,
                         has_target: bool) -> Rule | None:
        for rule in self.event_rules:
            if rule.matches(view, code, inter1, inter2, has_target):
                return rule
        return None


def compile_rules(files: list[dict]) -> AcledRules:
    """Compile raw rule files (``codebook.acled``: ``[{"file", "data"}]``)."""
    out = AcledRules()
    for item in files:
        data = item.get("data") or {}
        name = str(item.get("file", "acled.yaml")).rsplit("/", 1)[-1]
        lexicons = data.get("lexicons") or {}
        for entry in data.get("sub_event_types") or []:
            out.sub_types.setdefault(entry["name"], SubEventType(
                entry["name"], entry["event_type"], entry["disorder_type"], entry.get("label"),
                entry.get("salience", 0)))
        for section, target in (("event_rules", out.event_rules), ("document_rules", out.document_rules)):
            for i, raw in enumerate(data.get(section) or []):
                target.append(_compile_rule(raw, f"{name}:{section}[{i}]", lexicons))
        actors = data.get("actors") or {}
        for code, inter in (actors.get("agent_inter") or {}).items():
            out.agent_inter.setdefault(code, inter)
        for code, label in (actors.get("agent_names") or {}).items():
            out.agent_names.setdefault(code, label)
        for inter, label in (actors.get("inter_names") or {}).items():
            out.inter_names.setdefault(int(inter), label)
        if "external_inter" in actors:
            out.external_inter = actors["external_inter"]
        fat = data.get("fatalities") or {}
        out.death_words += expand(fat.get("death_words") or [], lexicons)
        out.injury_words += expand(fat.get("injury_words") or [], lexicons)
        for word, value in (fat.get("vague_numbers") or {}).items():
            out.vague_numbers.setdefault(word.lower(), value)
    return out


def _compile_rule(raw: dict, ref: str, lexicons: dict) -> Rule:
    return Rule(
        id=raw["id"], ref=ref, sub_event_type=raw.get("sub_event_type"),
        cameo=tuple(raw.get("cameo") or ()), cues=expand(raw.get("cues") or [], lexicons),
        all=tuple(expand(group, lexicons) for group in raw.get("all") or []),
        unless=expand(raw.get("unless") or [], lexicons),
        source_inter=tuple(raw.get("source_inter") or ()), target_inter=tuple(raw.get("target_inter") or ()),
        no_target=raw.get("no_target"), civilian_targeting=raw.get("civilian_targeting"))


_CACHE: dict[int, tuple[list, AcledRules]] = {}


def rules_for(codebook: Any) -> AcledRules:
    """The compiled rules of a codebook, compiled once per rule-file list (cached by id;
    the list itself is kept so that its id is never reused while cached)."""
    files = getattr(codebook, "acled", None) or []
    cached = _CACHE.get(id(files))
    if cached is None or cached[0] is not files:
        if len(_CACHE) > 32:
            _CACHE.clear()
        cached = (files, compile_rules(files))
        _CACHE[id(files)] = cached
    return cached[1]
