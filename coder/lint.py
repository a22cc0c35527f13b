"""Style and quality warnings for codebooks (``coder codebook lint``).

Validation (coder.codebook) finds errors that stop a codebook from loading; lint finds
entries that load but probably do not do what their author meant: names that are
stopwords or too short, phrases defined twice with different codes (the first file wins,
so the later entry is shadowed), verb lemmas in several blocks, pattern words that can
never match a lemma, and synsets nobody uses. Every warning names its file and line.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from pathlib import Path

from coder.codebook.load import MANIFEST, manifest_path, resolve_named
from coder.codebook.yamlfile import LoadedFile, load_yaml
from coder.errors import CATALOGUE, Problem
from coder.importers.petrarch_text import singular

STOPWORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers him his how i if in into is it its just me more most my no nor not now of
off on once only or other our out over own same she should so some such than that the their them
then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your
""".split())


def lint_codebook(path: str | os.PathLike | None = None) -> list[Problem]:
    """Warnings for the codebook at ``path`` (default: the shipped one)."""
    manifest, problems = load_yaml(manifest_path(path))  # found as load_codebook finds it
    if manifest is None:
        return problems
    files: dict[str, list[LoadedFile]] = defaultdict(list)
    for kind in ("actors", "agents", "verbs"):
        for i, name in enumerate(manifest.data.get(kind) or []):
            file, found = resolve_named(manifest, kind, [kind, i], name)  # confined to the folder
            problems += found
            if file is None:
                continue
            loaded, found = load_yaml(file)
            problems += found
            if loaded is not None and isinstance(loaded.data, dict):
                files[kind].append(loaded)
    problems += name_problems(files["actors"], "actors")
    problems += name_problems(files["agents"], "agents")
    problems += verb_problems(files["verbs"])
    return problems


def _warn(lf: LoadedFile, path: list, code: str, /, **params: object) -> Problem:
    return lf.problem(code, path, **params)


def name_problems(files: list[LoadedFile], kind: str) -> list[Problem]:
    """Stopword or 1-2 letter names; a name defined again with a different code."""
    problems: list[Problem] = []
    first: dict[str, tuple[str, str]] = {}  # lower-cased name -> (code, where)
    for lf in files:
        for i, entry in enumerate(lf.data.get("entries") or []):
            code = entry.get("code") or "/".join(r.get("code", "") for r in entry.get("roles", []))
            for j, name in enumerate(entry.get("names") or []):
                path = ["entries", i, "names", j]
                words = name.replace("_", " ").split()
                letters = re.sub(r"[^A-Za-z]", "", name)
                if len(words) == 1 and name.lower() in STOPWORDS and not name.isupper():
                    problems.append(_warn(lf, path, "W701", what=kind[:-1], name=name))
                elif len(letters) <= 2 and not (letters.isupper() and len(letters) == 2):
                    problems.append(_warn(lf, path, "W702", what=kind[:-1], name=name, letters=len(letters)))
                key = " ".join(w if (w.isupper() and len(w) <= 5) else w.lower() for w in words)
                if key in first and first[key][0] != code:
                    problems.append(_warn(lf, path, "W703", what=kind[:-1], name=name, code=code,
                                          first=first[key][1], first_code=first[key][0]))
                elif key not in first:
                    first[key] = (code, f"{lf.path.name}:{lf.line_of(path)}")
    return problems


def verb_problems(files: list[LoadedFile]) -> list[Problem]:
    """Lemmas in several blocks, patterns that cannot match, unused synsets."""
    problems: list[Problem] = []
    blocks_of: dict[str, list[tuple[str, LoadedFile, int]]] = defaultdict(list)
    defined: dict[str, tuple[LoadedFile, int]] = {}
    used: set[str] = set()
    for lf in files:
        for i, syn in enumerate(lf.data.get("synsets") or []):
            defined.setdefault(syn["name"], (lf, i))
        for i, entry in enumerate(lf.data.get("entries") or []):
            for verb in entry.get("verbs") or []:
                blocks_of[verb.replace("+", "").lower()].append((entry["id"], lf, i))
            if entry.get("patterns") and not entry.get("verbs") and not entry.get("nouns"):
                problems.append(_warn(lf, ["entries", i], "W705", id=entry["id"]))
            for j, pattern in enumerate(entry.get("patterns") or []):
                problems += _pattern_problems(lf, ["entries", i, "patterns", j], pattern, used)
    for verb, blocks in sorted(blocks_of.items()):
        ids = list(dict.fromkeys(b[0].split("@")[0] for b in blocks))  # '@code' sub-blocks are one block
        if len(ids) > 1:
            _, lf, i = blocks[1]
            problems.append(_warn(lf, ["entries", i], "W704", verb=verb, count=len(ids), blocks=", ".join(ids)))
    for name, (lf, i) in defined.items():
        if name not in used:
            problems.append(_warn(lf, ["synsets", i], "W710", name=name))
    return problems


def _pattern_problems(lf: LoadedFile, path: list, pattern: dict, used: set[str]) -> list[Problem]:
    problems = []
    pid = pattern.get("id", "?")
    for k, slot in enumerate(pattern.get("match") or []):
        for word in slot.get("words") or []:
            for part in word.split():
                if part.startswith("&"):
                    used.add(part)
                elif part != "*" and part != part.lower():
                    problems.append(_warn(lf, path + ["match", k], "W706", id=pid, word=part))
            head = word.split()[-1]
            if not head.startswith("&") and singular(head) != head:
                problems.append(_warn(lf, path + ["match", k], "W707", id=pid, word=head, singular=singular(head)))
        if slot.get("slot") == "obl" and not slot.get("prep"):
            problems.append(_warn(lf, path + ["match", k], "W708", id=pid))
    source, target = pattern.get("source", "subj"), pattern.get("target")
    if target is not None and source == target and source != "none":
        problems.append(_warn(lf, path, "W709", id=pid, slot=source))
    return problems


def summarize(problems: list[Problem]) -> dict[str, int]:
    """Warning counts by kind ('W501 name-stopword'), most frequent first; problems from
    outside the catalogue count under their message."""
    counts: dict[str, int] = defaultdict(int)
    for p in problems:
        counts[f"{p.code} {CATALOGUE[p.code].kind}" if p.code in CATALOGUE else p.message] += 1
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))


def lint_files(paths: list[Path]) -> list[Problem]:
    """Lint individual actors/agents/verbs files (no manifest needed)."""
    by_kind: dict[str, list[LoadedFile]] = defaultdict(list)
    problems: list[Problem] = []
    for path in paths:
        lf, found = load_yaml(Path(path))
        problems += found
        if lf is not None and isinstance(lf.data, dict):
            by_kind[lf.data.get("kind", "")].append(lf)
    return (problems + name_problems(by_kind["actors"], "actors") + name_problems(by_kind["agents"], "agents")
            + verb_problems(by_kind["verbs"]))


__all__ = ["lint_codebook", "lint_files", "name_problems", "verb_problems", "summarize", "STOPWORDS", "MANIFEST"]
