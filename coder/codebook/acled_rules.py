"""Compiling ACLED rule files (``kind: acled``) into typed rules (part of compiling).

A rule file holds the ACLED sub-event-type table, named cue lexicons, event rules (one coded
event: CAMEO prefix, cues in its sentence, actor types), document rules (a whole snippet, for
texts where no CAMEO event was coded), actor-type defaults and fatality words. Rules are data:
first matching rule wins. See ``codebooks/acled.yaml``; coder.acled applies them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from coder.codebook.model import AcledRules, Cue, Rule, SubEventType
from coder.codebook.yamlfile import LoadedFile, schema_problems
from coder.errors import Problem

SCHEMA = "codebook-acled"


# --------------------------------------------------------------------------- validation

def validate_rules(lf: LoadedFile) -> list[Problem]:
    """Schema problems, then semantic ones (unknown sub-event types, lexicons, duplicate ids)."""
    problems = schema_problems(lf, SCHEMA)
    if problems:
        return problems
    data = lf.data
    lexicons = data.get("lexicons") or {}
    names = [e["name"] for e in data["sub_event_types"]]
    for i, name in enumerate(names):
        if names.index(name) != i:
            problems.append(lf.problem("E240", ["sub_event_types", i], f"sub_event_types[{i}]", name=name))
    for name, cues in lexicons.items():
        for j, cue in enumerate(cues):
            if cue.startswith("@") and cue[1:] not in lexicons:
                problems.append(lf.problem("E241", ["lexicons", name, j], f"lexicons.{name}[{j}]", cue=cue))
    for inter, cues in ((data.get("actors") or {}).get("inter_words") or {}).items():
        for j, cue in enumerate(cues):
            if cue.startswith("@") and cue[1:] not in lexicons:
                problems.append(lf.problem("E241", ["actors", "inter_words", inter, j],
                                           f"actors.inter_words.{inter}[{j}]", cue=cue))
    seen: dict[str, int] = {}
    for section in ("event_rules", "document_rules"):
        for i, rule in enumerate(data.get(section) or []):
            problems += _rule_problems(lf, section, i, rule, seen, set(names), lexicons)
    return problems


def _rule_problems(lf: LoadedFile, section: str, i: int, rule: dict, seen: dict[str, int],
                   known: set[str], lexicons: dict) -> list[Problem]:
    problems = []
    line = lf.line_of([section, i])
    where = f"{section}[{i}]"
    if rule["id"] in seen:
        problems.append(lf.problem("E242", [section, i], where, id=rule["id"], first=seen[rule["id"]]))
    seen.setdefault(rule["id"], line)
    sub = rule["sub_event_type"]
    if sub is not None and sub not in known:
        problems.append(lf.problem("E243", [section, i, "sub_event_type"], where, name=sub))
    for key, path, cue in _rule_cues(rule):
        if cue.startswith("@") and cue[1:] not in lexicons:
            problems.append(lf.problem("E241", [section, i, key, *path], where, cue=cue))
    if not any(k in rule for k in ("cameo", "cues", "all", "source_inter", "target_inter")):
        problems.append(lf.problem("W244", [section, i], where, id=rule["id"]))
    return problems


def _rule_cues(rule: dict) -> Iterable[tuple[str, list, str]]:
    for key in ("cues", "unless"):
        for j, cue in enumerate(rule.get(key) or []):
            yield key, [j], cue
    for j, group in enumerate(rule.get("all") or []):
        for k, cue in enumerate(group):
            yield "all", [j, k], cue


# --------------------------------------------------------------------------- cues

# A cue word ending in "*" matches the word's inflections and a closed list of derivational
# endings ("shell*": shell, shells, shelled, shelling; "demonstrat*": demonstrate, demonstration),
# never an open prefix: "fight*" is not "fighters", "accord*" is not "according to" unless
# listed. Agent nouns (-er, -or) are cues of their own ("fighter*").
ENDINGS = ("s", "es", "ed", "d", "ing", "ings", "e", "en", "ion", "ions", "ation", "ations", "ment", "ments", "ement", "ements", "ic", "y",
           "ies", "ied", "ure", "ures", "al", "ally", "ly", "ist", "ists", "ism", "ive", "ives", "ity",
           "ize", "ized", "izes", "izing", "ise", "ised", "ises", "ising", "zed", "sed", "zation", "sation",
           "sm", "a", "o", "as", "os")
E_DROPPED = ("ing", "ings", "ion", "ions", "ation", "ations", "al", "ure", "ures", "ist", "ists", "ive", "y")


def stem_forms(stem: str) -> list[str]:
    """The words a starred cue ``stem*`` stands for (see ``ENDINGS``)."""
    forms = [stem] + [stem + e for e in ENDINGS]
    if stem.endswith("e"):  # disperse → dispersing, dispersal
        forms += [stem[:-1] + e for e in E_DROPPED]
    if stem.endswith("y"):  # bury → buries, buried
        forms += [stem[:-1] + e for e in ("ies", "ied")]
    if len(stem) > 2 and stem[-1] in "bdgklmnprtz" and stem[-2] in "aeiou":  # stab → stabbed
        forms += [stem + stem[-1] + e for e in ("ed", "ing", "y")]
    return sorted(set(forms), key=lambda f: (-len(f), f))


def _word_pattern(word: str) -> str:
    if not word.endswith("*"):
        return re.escape(word)
    return "(?:" + "|".join(re.escape(f) for f in stem_forms(word[:-1])) + ")"


def compile_cue(text: str) -> Cue:
    """A cue: a plain word (set lookup) or a regular expression over the joined words of a
    span, each word whole (a starred word: its forms, :func:`stem_forms`)."""
    return _compiled_cue(text.strip().lower())


@lru_cache(maxsize=8192)
def _compiled_cue(text: str) -> Cue:
    """One cue object for each text: a lexicon used by many rules is compiled once (and the
    cached codebook stores its cues once)."""
    if " " not in text and "*" not in text and "-" not in text:
        return Cue(text, text)
    parts = [_word_pattern(w) for w in text.replace("-", " ").split()]
    return Cue(text, None, r" " + r" ".join(parts) + r" ")


def expand(cues: Iterable[str], lexicons: dict[str, list[str]], _depth: int = 0) -> tuple[Cue, ...]:
    """Cues with ``@lexicon`` references replaced by the lexicon's cues (five levels deep)."""
    out: list[Cue] = []
    for cue in cues:
        if cue.startswith("@"):
            if _depth < 5:
                out.extend(expand(lexicons.get(cue[1:], []), lexicons, _depth + 1))
        else:
            out.append(compile_cue(cue))
    return tuple(out)


# --------------------------------------------------------------------------- rules

def compile_rules(files: list[dict[str, Any]]) -> AcledRules:
    """Compile rule files given as ``[{"file": path, "data": parsed YAML}]``, in order:
    the first file that defines a sub-event type, agent or name wins."""
    parts: dict[str, Any] = {"sub_types": {}, "event_rules": [], "document_rules": [], "agent_inter": {},
                             "agent_names": {}, "inter_names": {}, "death_words": (), "injury_words": (),
                             "vague_numbers": {}, "inter_words": (), "kill_verbs": (),
                             "one_victim_pronouns": frozenset(), "one_victim_determiners": frozenset(),
                             "territory_verbs": frozenset(), "attack_verbs": frozenset(),
                             "attribution_verbs": frozenset(), "attribution_objects": frozenset()}
    external: int | None = 8
    for item in files:
        data = item.get("data") or {}
        name = Path(str(item.get("file", "acled.yaml"))).name
        lexicons = data.get("lexicons") or {}
        for entry in data.get("sub_event_types") or []:
            parts["sub_types"].setdefault(entry["name"], SubEventType(
                entry["name"], entry["event_type"], entry["disorder_type"], entry.get("label"),
                entry.get("salience", 0), entry.get("unnamed_actor1"), entry.get("fatalities", True)))
        for section in ("event_rules", "document_rules"):
            parts[section] += [_compile_rule(raw, f"{name}:{section}[{i}]", lexicons)
                               for i, raw in enumerate(data.get(section) or [])]
        actors = data.get("actors") or {}
        for key in ("agent_inter", "agent_names"):
            for code, value in (actors.get(key) or {}).items():
                parts[key].setdefault(code, value)
        for inter, label in (actors.get("inter_names") or {}).items():
            parts["inter_names"].setdefault(int(inter), label)
        external = actors.get("external_inter", external)
        parts["inter_words"] += tuple((int(inter), expand(cues, lexicons))
                                      for inter, cues in (actors.get("inter_words") or {}).items())
        fat = data.get("fatalities") or {}
        parts["death_words"] += expand(fat.get("death_words") or [], lexicons)
        parts["injury_words"] += expand(fat.get("injury_words") or [], lexicons)
        for word, value in (fat.get("vague_numbers") or {}).items():
            parts["vague_numbers"].setdefault(word.lower(), value)
        parts["kill_verbs"] += tuple(_kill_verb(text) for text in fat.get("kill_verbs") or [])
        for key in ("one_victim_pronouns", "one_victim_determiners"):
            parts[key] |= {w.lower() for w in fat.get(key) or []}
        verbs = data.get("document_verbs") or {}
        for key in ("territory", "attack", "attribution"):
            parts[f"{key}_verbs"] |= {w.lower() for w in verbs.get(key) or []}
        parts["attribution_objects"] |= {w.lower() for w in verbs.get("attribution_objects") or []}
    parts["event_rules"], parts["document_rules"] = tuple(parts["event_rules"]), tuple(parts["document_rules"])
    return AcledRules(files=tuple(str(item.get("file", "")) for item in files), external_inter=external, **parts)


def _kill_verb(text: str) -> tuple[str, str | None]:
    """"shoot dead" → ("shoot", "dead"): the verb and the result word it needs; "kill" → ("kill", None)."""
    verb, _, result = text.lower().strip().partition(" ")
    return verb, result.strip() or None


def _compile_rule(raw: dict, ref: str, lexicons: dict) -> Rule:
    return Rule(
        id=raw["id"], ref=ref, sub_event_type=raw.get("sub_event_type"),
        cameo=tuple(raw.get("cameo") or ()), cues=expand(raw.get("cues") or [], lexicons),
        all=tuple(expand(group, lexicons) for group in raw.get("all") or []),
        unless=expand(raw.get("unless") or [], lexicons),
        source_inter=tuple(raw.get("source_inter") or ()), target_inter=tuple(raw.get("target_inter") or ()),
        no_target=raw.get("no_target"), civilian_targeting=raw.get("civilian_targeting"))


def compile_acled(files: list[LoadedFile], problems: list[Problem]) -> AcledRules:
    """Validate the codebook's rule files (problems join ``problems``) and compile them."""
    for lf in files:
        problems.extend(validate_rules(lf))
    return compile_rules([{"file": str(lf.path), "data": lf.data} for lf in files])
