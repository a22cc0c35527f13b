"""Compiling a codebook: checked YAML in, a frozen :class:`~coder.codebook.model.Codebook` out.

Semantic checks run here (duplicate codes and ids, unknown CAMEO codes and synsets, role
dates, ACLED rule references); every problem is collected with its file and line before
anything is raised, so one run shows all of them (as frictionless-py does).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coder.codebook.cache import cache_root, gc_paused, read_signed, write_signed
from coder.codebook.load import Sources, fingerprint, manifest_path, read_sources
from coder.codebook.model import ActorEntry, AgentEntry, CameoCode, Codebook, PhraseIndex, Role
from coder.errors import CodebookError, Problem
from coder.lang.profile import LanguageProfile, fold_accents

if TYPE_CHECKING:
    from coder.codebook.yamlfile import LoadedFile

# The compiler's parts (the YAML reader, verbs, ACLED rules, country names) are imported by
# compile_codebook when it runs: a process that loads a cached codebook needs none of them.

DEFAULT_LANGUAGE = "en"


def compile_codebook(manifest_file: Path) -> tuple[Codebook | None, list[Problem]]:
    """Validate every file, then compile. Returns (codebook or None if errors, problems)."""
    from coder.codebook.acled_rules import compile_acled
    from coder.codebook.verbs import VerbCompiler

    sources, problems = read_sources(manifest_file)
    if sources is None:
        return None, problems
    cameo = compile_cameo(sources.cameo[0], problems) if sources.cameo else {}
    language = sources.spec.get("language", DEFAULT_LANGUAGE)
    profile = compile_language(sources, language, problems)
    actors, country_codes = compile_actors(sources, problems, profile)
    verbs = VerbCompiler(cameo, problems)
    for lf in sources.sections["verbs"]:
        verbs.add_synsets(lf)
    for lf in sources.sections["verbs"]:
        verbs.add_blocks(lf)
    discards, story_discards = compile_discards(sources.sections["discards"])
    acled = compile_acled(sources.sections["acled"], problems)
    agents = compile_agents(sources.sections["agents"], problems, profile)
    if any(p.severity == "error" for p in problems):
        return None, problems
    book = Codebook(
        name=sources.spec["name"], root=sources.root, cameo=cameo, actors=actors,
        agents=agents,
        verb_forms=dict(verbs.forms), noun_forms=dict(verbs.nouns), blocks=verbs.blocks,
        inflections=verbs.inflections, synsets=verbs.synsets, synset_phrases=verbs.synset_phrases,
        discards=discards, story_discards=story_discards, issues=compile_issues(sources.sections["issues"]),
        acled=acled, files=sources.files, country_codes=frozenset(c for c in country_codes if c),
        problems=tuple(problems), language=language, profile=profile,
        generic_demand=sources.cameo[0].data.get("generic_demand") if sources.cameo else None,
        generic_appeal=sources.cameo[0].data.get("generic_appeal") if sources.cameo else None,
        generic_statement=sources.cameo[0].data.get("generic_statement") if sources.cameo else None,
        generic_ultimatum=sources.cameo[0].data.get("generic_ultimatum") if sources.cameo else None)
    return book, problems


def compile_language(sources: Sources, language: str, problems: list[Problem]) -> Any:
    """The language profile the manifest names (a built-in name, or a file in the folder:
    read_sources has confined it)."""
    from coder.lang import load_profile

    profile, found = load_profile(language, sources.root)
    for p in found:  # profile problems without a code of their own: E250 no such profile, E251 its file
        problems.append(p if p.code else replace(p, code="E250" if p.line == 0 else "E251"))
    return profile


# --------------------------------------------------------------------------- CAMEO

# fields of a CAMEO entry that name another code (an intended, attempted, negated … act)
_RELATED_CODES = ("intent", "attempt", "accusation", "claim", "negation", "demand", "appeal", "refusal")


def compile_cameo(lf: LoadedFile, problems: list[Problem]) -> dict[str, CameoCode]:
    root_to_quad: dict[str, tuple[int, str]] = {}
    for number, spec in lf.data["quad_classes"].items():
        for root in spec["roots"]:
            if root in root_to_quad:
                problems.append(lf.problem("E220", ["quad_classes", number], root=root))
            root_to_quad[root] = (int(number), spec["name"])
    known = {c["code"] for c in lf.data["codes"]}
    table: dict[str, CameoCode] = {}
    for i, entry in enumerate(lf.data["codes"]):
        code, root = entry["code"], entry["code"][:2]
        if code in table:
            problems.append(lf.problem("E221", ["codes", i], code=code))
            continue
        if root not in root_to_quad:
            problems.append(lf.problem("E222", ["codes", i], root=root, code=code))
            continue
        for field in _RELATED_CODES:
            if entry.get(field) and entry[field] not in known:
                problems.append(lf.problem("E223", ["codes", i, field], field=field, value=entry[field], code=code))
        plover = entry.get("plover") or {}
        table[code] = CameoCode(
            code=code, name=entry["name"], root=root, quad=root_to_quad[root][0],
            quad_name=root_to_quad[root][1], goldstein=float(entry["goldstein"]),
            description=entry.get("description") or "", plover_event=plover.get("event"),
            plover_mode=plover.get("mode"), plover_context=plover.get("context"),
            statement=bool(entry.get("statement")), violent=bool(entry.get("violent")),
            own_act=bool(entry.get("own_act")),
            **{field: entry.get(field) for field in _RELATED_CODES})
    return table


# --------------------------------------------------------------------------- actors and agents

def compile_actors(sources: Sources, problems: list[Problem],
                   profile: LanguageProfile | None = None) -> tuple[PhraseIndex, set[str]]:
    """Every actor name (files in manifest order, then country actors) and the codes of the
    country entries; a name also without its accents where the profile folds them ("Unión
    Europea" is found written "Union Europea"). An actors file's ``exclude`` lists names that
    are no actor in this codebook although a later file (an imported one) gives them a code
    ("congreso", "secretario" as Colombia's military): later files lose them, compared as
    agent names are (:func:`compile_agents`); an exclusion no later file lists is W228."""
    items: list[tuple[str, ActorEntry]] = []
    country_codes: set[str] = set()
    excluded: dict[str, tuple[LoadedFile, int, str]] = {}  # key → (file, exclude item, name)
    used: set[str] = set()
    roles: dict[tuple, Role] = {}  # (code, start, end) → the role: each once (see _actor)
    for lf in sources.sections["actors"]:
        fname = lf.path.name
        for i, entry in enumerate(lf.data["entries"]):
            names = _kept_names(entry["names"], excluded, used, profile)
            if not names:
                continue
            if entry.get("type") == "country" and entry.get("code"):
                country_codes.add(entry["code"])
            actor = _actor(lf, i, entry if names is entry["names"] else {**entry, "names": names}, problems, fname,
                           roles)
            items.extend([(name, actor) for name in _spellings(names, profile)])
        for j, item in enumerate(lf.data.get("exclude") or ()):
            for name in item["names"]:
                excluded.setdefault(_agent_key(name, profile), (lf, j, name))
    problems.extend(lf.problem("W228", ["exclude", j], name=name)
                    for key, (lf, j, name) in excluded.items() if key not in used)
    if sources.spec.get("countries", True):
        from coder.codebook.countries import country_actor_entries

        for actor in country_actor_entries(profile.code if profile is not None else "en"):
            country_codes.add(actor.code or "")
            items.extend((name, actor) for name in actor.names)
    return PhraseIndex.build(items), country_codes


def _kept_names(names: list[str], excluded: dict, used: set[str], profile: LanguageProfile | None) -> list[str]:
    """An entry's names less those an earlier file's ``exclude`` lists (their keys are
    recorded in ``used``)."""
    if not excluded:
        return names
    kept = [n for n in names if _agent_key(n, profile) not in excluded]
    if len(kept) < len(names):
        used.update(_agent_key(n, profile) for n in names)
    return kept


def _spellings(names: list[str], profile: LanguageProfile | None) -> list[str]:
    if profile is None:
        return names
    if profile.fold_accents:
        names = list(dict.fromkeys([*names, *(fold_accents(n) for n in names)]))
    return _possessive_splits(names, profile)


def _possessive_splits(names: list[str], profile: LanguageProfile) -> list[str]:
    """The names, each with a possessive word also as a tokenizer splits it, in each of the
    profile's spellings of the ending ("People's Liberation Army" is also "People 's
    Liberation Army" and "People ’s ...", and "People Liberation Army" for "People's" left
    attached; "Kurdistan Workers' Party" also "Workers ' Party")."""
    singular, plural = profile.possessive_suffixes, profile.plural_possessive_suffixes
    if not singular and not plural:
        return names
    if not any(map(_suffix_search(singular, plural), names)):  # the common case: no ending in any name
        return list(dict.fromkeys(names))
    out = list(names)
    for name in names:
        words = name.split(" ")
        for i, word in enumerate(words):
            if word.endswith(singular) and len(word) > 3:
                stem, endings = word[:-2], singular
            elif word.endswith(plural) and len(word) > 3:
                stem, endings = word[:-1], tuple(ending[1:] for ending in plural)
            else:
                continue
            # (a possessive left attached is matched without its ending: mentions.name_form)
            out += [" ".join([*words[:i], *([stem, ending] if ending else [stem]), *words[i + 1:]])
                    for ending in (*endings, "")]
    return list(dict.fromkeys(out))


@lru_cache(maxsize=None)
def _suffix_search(singular: tuple[str, ...], plural: tuple[str, ...]) -> Any:
    """A search for any of the suffixes anywhere in a text (a word that ends with one
    contains it: a name without any has no possessive word); once per profile's endings."""
    import re

    return re.compile("|".join(map(re.escape, singular + plural))).search


def _actor(lf: LoadedFile, i: int, entry: dict, problems: list[Problem], fname: str | None = None,
           shared_roles: dict[tuple, Role] | None = None) -> ActorEntry:
    """The actor of entry ``i``; ``shared_roles`` gives each role (code and dates) once for
    all entries (thousands of actors share a few, and the cached codebook stores each once).
    Records are made with ``tuple.__new__`` and every field in order (the fields a
    NamedTuple's own ``__new__`` would fill with their defaults, None and (), given so)."""
    line = _entry_line(lf, i)
    roles = []
    for j, role in enumerate(entry.get("roles") or ()):
        start = role.get("from")
        if start is not None:
            try:  # (the date of each string once: see _date)
                start = _date(start)
            except ValueError:
                start = _role_date(start, lf, i, j, "from", problems)
        end = role.get("to")
        if end is not None:
            try:
                end = _date(end)
            except ValueError:
                end = _role_date(end, lf, i, j, "to", problems)
        if start and end and start > end:
            problems.append(lf.problem("E225", ["entries", i, "roles", j], role=role["code"], end=end, start=start))
        key = (role["code"], start, end)
        known = shared_roles.get(key) if shared_roles is not None else None
        if known is None:
            known = _new(Role, (_shared(role["code"]), start, end))
            if shared_roles is not None:
                shared_roles[key] = known
        roles.append(known)
    if len(roles) > 1:
        for a, b in _overlapping(roles):
            problems.append(Problem.of("W226", str(lf.path), line, first=a.code, second=b.code))
    get = entry.get
    code, kind, country, sector = get("code"), get("type"), get("country"), get("sector")
    intern = sys.intern  # (_shared, inline: a few codes and types written tens of thousands of times)
    return _new(ActorEntry, (f"{fname or lf.path.name}:{line}", tuple(entry["names"]),
                             intern(code) if type(code) is str else code, tuple(roles),
                             intern(kind) if type(kind) is str else kind,
                             intern(country) if type(country) is str else country,
                             intern(sector) if type(sector) is str else sector, get("inter"), get("acled_name")))


_new = tuple.__new__  # a record (NamedTuple) from all its fields, in C


def _entry_line(lf: LoadedFile, i: int) -> int:
    """``lf.line_of(["entries", i])``, looked up directly where the file has a line index."""
    line = lf.lines.get(("entries", i)) if lf.node is None and lf.lines is not None else None
    return line if line is not None else lf.line_of(["entries", i])


def _shared(value: str | None) -> str | None:
    """One string object for each code, type … written many times: the cached codebook
    stores it once, and loading it makes one object instead of thousands."""
    return sys.intern(value) if type(value) is str else value


def _role_date(value: str | None, lf: LoadedFile, i: int, j: int, end: str,
               problems: list[Problem]) -> dt.date | None:
    """The date of role ``j`` of entry ``i`` at its ``end`` ("from", "to"), or None (absent,
    or a problem at its line)."""
    if value is None:
        return None
    try:
        return _date(value)
    except ValueError:
        from coder.codebook.yamlfile import json_path

        path = ["entries", i, "roles", j, end]
        problems.append(lf.problem("E224", path, json_path(path), value=value))
        return None


@lru_cache(maxsize=65536)
def _date(value: str) -> dt.date:
    """One date object for each date written (tens of thousands of roles share a few
    thousand dates: the cache stores each once)."""
    return dt.date.fromisoformat(value)


def _overlapping(roles: list[Role]) -> list[tuple[Role, Role]]:
    dated = [r for r in roles if r.start or r.end]
    out = []
    for i, a in enumerate(dated):
        for b in dated[i + 1:]:
            if a.code != b.code and (a.start or dt.date.min) <= (b.end or dt.date.max) \
                    and (b.start or dt.date.min) <= (a.end or dt.date.max):
                out.append((a, b))
    return out


def compile_agents(files: list[LoadedFile], problems: list[Problem] | None = None,
                   profile: LanguageProfile | None = None) -> PhraseIndex:
    """Every agent name, files in manifest order, less the names an earlier agents file's
    ``exclude`` lists (words that are no agent in this codebook although a later file, such as
    an imported one, gives them a code): compared in any case and, where the profile folds
    accents, with or without them; an excluded name no later file lists is reported (W227)."""
    excluded: dict[str, tuple[LoadedFile, int, str]] = {}  # key → (file, exclude item, name)
    used: set[str] = set()
    items: list[tuple[str, AgentEntry]] = []
    for lf in files:
        for i, entry in enumerate(lf.data["entries"]):
            names = entry["names"]
            if excluded:
                kept = [n for n in names if _agent_key(n, profile) not in excluded]
                if len(kept) < len(names):
                    used.update(_agent_key(n, profile) for n in names)
                    if not kept:
                        continue
                    names = kept
            state = {"ref": f"{lf.path.name}:{_entry_line(lf, i)}", "names": tuple(names),
                     "code": _shared(entry["code"])}
            if (position := entry.get("position", "suffix")) != "suffix":
                state["position"] = _shared(position)
            for key in ("inter", "acled_name"):  # (fields at their default, None, are left out)
                if (value := entry.get(key)) is not None:
                    state[key] = value
            agent = AgentEntry(**state)
            items.extend((name, agent) for name in names)
        for j, item in enumerate(lf.data.get("exclude") or ()):
            for name in item["names"]:
                excluded.setdefault(_agent_key(name, profile), (lf, j, name))
    if problems is not None:
        for key, (lf, j, name) in excluded.items():
            if key not in used:
                problems.append(lf.problem("W227", ["exclude", j], name=name))
    return PhraseIndex.build(items)


def _agent_key(name: str, profile: LanguageProfile | None) -> str:
    key = " ".join(name.lower().split())
    return fold_accents(key) if profile is not None and profile.fold_accents else key


# --------------------------------------------------------------------------- phrase lists

def compile_discards(files: list[LoadedFile]) -> tuple[PhraseIndex, PhraseIndex]:
    """(sentence discards, story discards): phrases that set a sentence or a story aside."""
    sentence: list[tuple[str, str]] = []
    story: list[tuple[str, str]] = []
    for lf in files:
        for i, entry in enumerate(lf.data["entries"]):
            target = story if entry.get("scope") == "story" else sentence
            target.append((entry["phrase"], f"{lf.path.name}:{lf.line_of(['entries', i])}"))
    return PhraseIndex.build(sentence), PhraseIndex.build(story)


def compile_issues(files: list[LoadedFile]) -> PhraseIndex:
    return PhraseIndex.build([(phrase, entry["issue"]) for lf in files for entry in lf.data["entries"]
                              for phrase in entry["phrases"]])


# --------------------------------------------------------------------------- entry points

def load_codebook(path: str | os.PathLike | None = None, *, use_cache: bool = True) -> Codebook:
    """Load, validate and compile a codebook folder (or its manifest file).

    Raises :class:`CodebookError` listing every error. A compiled copy is cached (signed,
    see :mod:`coder.codebook.cache`) under ``$CODER_CACHE_DIR`` (default ``~/.cache/coder``)
    keyed by the content of every file.
    """
    manifest_file = manifest_path(path)
    key = fingerprint(manifest_file)
    cache_file = cache_root() / "codebooks" / f"{key}.signed" if key else None
    if use_cache and cache_file and cache_file.is_file():
        cached = read_signed(cache_file, keep=True)
        if isinstance(cached, Codebook):
            return _relocated(cached, manifest_file.parent)
    # the codebook lives as long as the process: frozen out of the collector's generations,
    # or the first collection after the pause walks every object the compile made
    with gc_paused(keep=True):
        codebook, problems = compile_codebook(manifest_file)
        if codebook is None:
            raise CodebookError(problems)
        codebook = replace(codebook, fingerprint=key or "")
        if use_cache and cache_file:
            write_signed(cache_file, codebook)
    return codebook


def _relocated(codebook: Codebook, root: Path) -> Codebook:
    """A cached codebook compiled from an identical copy elsewhere, naming this copy's files."""
    if codebook.root == root:
        return codebook
    old = str(codebook.root)
    files = tuple(str(root / Path(f).relative_to(old)) if Path(f).is_relative_to(old) else f
                  for f in codebook.files)
    return replace(codebook, root=root, files=files)


def validate_codebook(path: str | os.PathLike | None = None) -> list[Problem]:
    """Every problem (errors and warnings) in a codebook, without raising."""
    try:
        manifest_file = manifest_path(path)
    except CodebookError as exc:
        return exc.problems
    with gc_paused():
        _, problems = compile_codebook(manifest_file)
    return problems
