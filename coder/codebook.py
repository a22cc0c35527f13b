"""Codebooks: load, validate (JSON Schema first, then semantic checks) and compile.

A codebook is a folder with a manifest ``codebook.yaml`` naming YAML files of CAMEO codes,
actors, agents, verb patterns, discards, issues and ACLED rules. Codebooks are data: nothing
in them is evaluated. Every problem is collected with its file and line before anything is
raised, so one run shows all of them (as frictionless-py does).
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import os
import pickle
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import jsonschema
import yaml

from coder import __version__
from coder.errors import CodebookError, CoderError, Problem  # noqa: F401 (re-exported)

MANIFEST = "codebook.yaml"
SECTIONS = ("actors", "agents", "verbs", "discards", "issues", "acled")
DEFAULT_CODEBOOK_ENV = "CODER_CODEBOOK"
NULL_CODE = "---"


# --------------------------------------------------------------------------- YAML with lines

class _Loader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    """Safe loader that keeps dates as strings (the schemas check their format)."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class LoadedFile:
    path: Path
    data: Any
    node: Any  # the composed YAML node tree, for line numbers (None when read from the cache)
    lines: dict[tuple, int] | None = None  # path -> line, kept in the per-file cache

    def line_of(self, path: Iterable[Any]) -> int:
        if self.node is None and self.lines is not None:
            key = tuple(path)
            while key not in self.lines and key:
                key = key[:-1]
            return self.lines.get(key, 1)
        node = self.node
        line = node.start_mark.line + 1 if node is not None else 0
        for key in path:
            if isinstance(node, yaml.MappingNode):
                match = [v for k, v in node.value if k.value == key]
                if not match:
                    break
                node = match[0]
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
                node = node.value[key]
            else:
                break
            line = node.start_mark.line + 1
        return line


def _line_index(node: Any) -> dict[tuple, int]:
    """Line of every mapping/sequence node and mapping value (not of list items that are
    plain scalars, such as names: those report the line of their list)."""
    lines: dict[tuple, int] = {}
    stack: list[tuple[tuple, Any]] = [((), node)] if node is not None else []
    while stack:
        path, current = stack.pop()
        lines[path] = current.start_mark.line + 1
        if isinstance(current, yaml.MappingNode):
            stack.extend((path + (k.value,), v) for k, v in current.value)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend((path + (i,), v) for i, v in enumerate(current.value)
                         if not isinstance(v, yaml.ScalarNode))
    return lines


def load_checked(path: Path, kind: str) -> tuple[LoadedFile | None, list[Problem]]:
    """Parse one codebook file and check it against its schema, with a per-file cache keyed
    by content, so that editing one file re-reads only that file."""
    try:
        content = path.read_bytes()
    except OSError as exc:
        return None, [Problem("error", str(path), 0, f"cannot read file: {exc}")]
    key = hashlib.sha256(content + kind.encode() + _package_fingerprint().encode()).hexdigest()[:32]
    cache_file = _cache_dir() / "files" / f"{key}.pkl"
    if cache_file.is_file():
        gc.disable()
        try:
            with cache_file.open("rb") as fh:
                data, lines, problems = pickle.load(fh)
            return LoadedFile(path, data, None, lines), [
                Problem(p.severity, str(path), p.line, p.message, p.path) for p in problems]
        except Exception:
            pass
        finally:
            gc.enable()
    lf, problems = load_yaml(path)
    if lf is None:
        return None, problems
    if not isinstance(lf.data, dict) or lf.data.get("kind") != kind:
        return None, problems + [Problem("error", str(path), 1, f"expected 'kind: {kind}' at the top of the file")]
    if kind != "acled":
        problems = problems + schema_problems(lf, f"codebook-{kind}")
    lf = LoadedFile(path, lf.data, None, _line_index(lf.node))
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache_file.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump((lf.data, lf.lines, problems), fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cache_file)
    except OSError:
        pass
    return lf, problems


def load_yaml(path: Path) -> tuple[LoadedFile | None, list[Problem]]:
    """Parse one YAML file; syntax errors become Problems with their line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem("error", str(path), 0, f"cannot read file: {exc}")]
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        return None, [Problem("error", str(path), line, f"YAML syntax error: {exc.problem or exc}")]
    finally:
        loader.dispose()
    return LoadedFile(path, data, node), []


@lru_cache(maxsize=None)
def schema_validator(name: str) -> jsonschema.protocols.Validator:
    """The validator for a schema shipped in ``coder/schemas`` (e.g. ``codebook-actors``)."""
    text = resources.files("coder").joinpath("schemas", f"{name}.schema.json").read_text("utf-8")
    schema = json.loads(text)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(_inline_refs(schema, schema.get("$defs", {})))


def _inline_refs(node: Any, defs: dict[str, Any]) -> Any:
    """Replace local ``#/$defs/...`` references by their definitions (the shipped schemas
    are not recursive): validation of large codebooks runs about twice as fast."""
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        if ref.startswith("#/$defs/"):
            siblings = {k: v for k, v in node.items() if k != "$ref"}  # annotations only
            return {**_inline_refs(defs[ref.rsplit("/", 1)[1]], defs), **siblings}
        return {k: _inline_refs(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline_refs(item, defs) for item in node]
    return node


def schema_problems(loaded: LoadedFile, schema: str) -> list[Problem]:
    problems = []
    for err in schema_validator(schema).iter_errors(loaded.data):
        path = list(err.absolute_path)
        message = err.message
        if err.validator == "type" and isinstance(err.instance, (int, float)) and "string" in str(err.validator_value):
            message += " (quote it: YAML reads 010 as a number)"
        problems.append(Problem("error", str(loaded.path), loaded.line_of(path), message, _json_path(path)))
    return problems


def _json_path(path: list[Any]) -> str:
    out = ""
    for key in path:
        out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else str(key))
    return out


# --------------------------------------------------------------------------- compiled types

@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    root: str
    quad: int
    quad_name: str
    goldstein: float
    description: str = ""
    plover_event: str | None = None
    plover_mode: str | None = None
    plover_context: str | None = None
    intent: str | None = None  # the code when the action is announced or intended
    negation: str | None = None  # the code when the action is negated or refused
    demand: str | None = None  # the code of a demand that another actor do this


@dataclass(frozen=True)
class Role:
    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    def covers(self, day: dt.date | None) -> bool:
        if day is None:
            return self.start is None and self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class ActorEntry:
    """A named actor. ``ref`` (file:line) is its provenance in events."""

    ref: str
    names: tuple[str, ...]
    code: str | None
    roles: tuple[Role, ...] = ()
    type: str | None = None
    country: str | None = None
    sector: str | None = None
    inter: int | None = None
    acled_name: str | None = None

    def code_on(self, day: dt.date | None) -> str:
        """The actor's code on ``day``: the dated role covering it, else the default code."""
        if day is not None:
            dated = [r for r in self.roles if (r.start or r.end) and r.covers(day)]
            if dated:  # the narrowest covering role wins
                return min(dated, key=lambda r: ((r.end or dt.date.max) - (r.start or dt.date.min))).code
        if self.code:
            return self.code
        undated = [r for r in self.roles if not (r.start or r.end)]
        return (undated or list(self.roles))[0].code


@dataclass(frozen=True)
class AgentEntry:
    ref: str
    names: tuple[str, ...]
    code: str
    position: str = "suffix"
    inter: int | None = None
    acled_name: str | None = None


@dataclass(frozen=True)
class WordSpec:
    """A head lemma (or ``*``) with optional modifier lemmas that must occur in its phrase."""

    head: str
    modifiers: tuple[str, ...] = ()

    @property
    def specificity(self) -> int:
        return (0 if self.head == "*" else 2) + len(self.modifiers)


@dataclass(frozen=True)
class SlotSpec:
    slot: str  # subj | obj | obl | any
    prep: str | None
    words: tuple[WordSpec, ...]


@dataclass(frozen=True)
class Pattern:
    id: str
    code: str
    block: str
    match: tuple[SlotSpec, ...] = ()
    source: str = "subj"
    target: str | None = None  # None: default search (obj, then obl arguments)
    ref: str = ""  # file:line
    reverse: str | None = None  # code of the reversed dyad (target -> source), coded too

    @property
    def specificity(self) -> int:
        """More constraints (and more specific words) → higher; the bare verb is 0."""
        return sum(10 + max(w.specificity for w in s.words) + (3 if s.prep else 0) for s in self.match)


@dataclass(frozen=True)
class VerbForm:
    """One way a verb block is written: lemma plus optional particle/pre-word."""

    block: str
    lemma: str
    particle: str | None = None  # "pull out": compound:prt / advmod "out"
    preword: str | None = None  # "wire +tap": a dependent "wire"


@dataclass(frozen=True)
class VerbBlock:
    id: str
    code: str
    patterns: tuple[Pattern, ...]  # most specific first; last is the bare-verb pattern
    ref: str = ""
    light: bool = False  # support verb: its object event noun is the event
    speech: bool = False  # speech verb: reports the events in its complement
    reciprocal: bool = False  # "A met B" is also "B met A"


def is_acronym(word: str) -> bool:
    """All-caps words of up to five letters ("US", "IS", "SDF") match case-sensitively."""
    letters = word.replace(".", "").replace("-", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]  # lower-case; a word ending in * is a prefix
    cased: tuple[str | None, ...] = ()  # the original spelling of acronyms, else None

    def matches(self, words: list[str], raw: list[str] | None = None) -> bool:
        if len(words) < len(self.words):
            return False
        for i, (want, got) in enumerate(zip(self.words, words)):
            if self.cased and self.cased[i] is not None:
                if raw is None or raw[i] != self.cased[i]:
                    return False
            elif want.endswith("*"):
                if not got.startswith(want[:-1]):
                    return False
            elif want != got:
                return False
        return True


@dataclass
class PhraseIndex:
    """Phrases indexed by first word (prefix phrases by their first three letters)."""

    exact: dict[str, list[tuple[Phrase, Any]]] = field(default_factory=lambda: defaultdict(list))
    stems: dict[str, list[tuple[Phrase, Any]]] = field(default_factory=lambda: defaultdict(list))

    def add(self, phrase: str, value: Any) -> None:
        original = phrase.replace("_", " ").split()
        words = tuple(w.lower() for w in original)
        if not words:
            return
        cased = tuple(w if is_acronym(w) else None for w in original)
        ph = Phrase(words, cased if any(cased) else ())
        first = words[0]
        if first.endswith("*"):  # keyed by up to three letters of the stem
            self.stems[first[:-1][:3]].append((ph, value))
        else:
            self.exact[first].append((ph, value))

    def finalize(self) -> None:
        for table in (self.exact, self.stems):
            for key in table:
                table[key].sort(key=lambda item: -len(item[0].words))
        self.exact = dict(self.exact)
        self.stems = dict(self.stems)

    def longest_at(self, words: list[str], raw: list[str] | None = None,
                   alt_last: list[str] | None = None) -> tuple[int, Any] | None:
        """Longest phrase starting at ``words[0]`` (lower-cased): (length, value) or None.

        ``raw`` is the original spelling (for acronyms); ``alt_last`` gives alternative
        forms (lemmas) for a phrase's final word, so "policemen" matches "policeman".
        """
        if not words:
            return None
        candidates = self.exact.get(words[0], []) + self.stems.get(words[0][:3], [])
        for short in (words[0][:2], words[0][:1]):  # stems of one or two letters ("al*")
            if short in self.stems and short != words[0][:3]:
                candidates = candidates + self.stems[short]
        if alt_last is not None and alt_last[0] != words[0]:
            candidates = candidates + self.exact.get(alt_last[0], [])
        best: tuple[int, Any] | None = None
        for phrase, value in candidates:
            n = len(phrase.words)
            if best is not None and n <= best[0]:
                continue
            if phrase.matches(words, raw) or (
                alt_last is not None and len(words) >= n
                and phrase.matches(words[: n - 1] + [alt_last[n - 1]], raw)
            ):
                best = (n, value)
        return best

    def __len__(self) -> int:
        return sum(len(v) for v in self.exact.values()) + sum(len(v) for v in self.stems.values())


def normalize_phrase(text: str) -> list[str]:
    """Lower-case words of a name or phrase; underscores count as spaces."""
    return text.replace("_", " ").lower().split()


@dataclass
class Codebook:
    """A compiled codebook, ready for matching. Treat as read-only after loading."""

    name: str
    root: Path
    cameo: dict[str, CameoCode]
    actors: PhraseIndex
    agents: PhraseIndex
    verb_forms: dict[str, list[VerbForm]]  # lemma -> forms
    noun_forms: dict[str, list[str]]  # event noun lemma -> block ids
    blocks: dict[str, VerbBlock]
    inflections: dict[str, str]  # surface form -> lemma
    synsets: dict[str, frozenset[str]]  # synset -> its one-word members
    discards: PhraseIndex
    story_discards: PhraseIndex
    issues: PhraseIndex
    acled: list[dict] = field(default_factory=list)  # raw ACLED rule entries (see coder.acled)
    country_codes: frozenset[str] = frozenset()  # codes of country actors (ISO3 and typed entries)
    files: tuple[str, ...] = ()
    fingerprint: str = ""
    problems: tuple[Problem, ...] = ()  # warnings kept from loading
    # synset -> its multi-word members ("austrian gold florin"): head plus modifiers
    synset_phrases: dict[str, tuple[WordSpec, ...]] = field(default_factory=dict)

    @property
    def synset_bonus(self) -> int:
        """The most a synset's multi-word member can add to a pattern's specificity."""
        return max((len(m.modifiers) for ms in self.synset_phrases.values() for m in ms), default=0)

    def cameo_code(self, code: str) -> CameoCode | None:
        return self.cameo.get(code)

    def words_match(self, spec: WordSpec, lemma: str) -> bool:
        if spec.head == "*":
            return True
        if spec.head.startswith("&"):
            return lemma in self.synsets.get(spec.head, frozenset())
        return lemma == spec.head

    def stats(self) -> dict[str, Any]:
        patterns = [p for b in self.blocks.values() for p in b.patterns]
        by_root: dict[str, int] = defaultdict(int)
        for p in patterns:
            if p.code != NULL_CODE:
                by_root[p.code[:2]] += 1
        return {
            "cameo_codes": len(self.cameo),
            "actor_names": len(self.actors),
            "agent_names": len(self.agents),
            "verb_blocks": len(self.blocks),
            "verb_lemmas": len(self.verb_forms),
            "event_nouns": len(self.noun_forms),
            "patterns": len(patterns),
            "synsets": len(self.synsets),
            "discards": len(self.discards) + len(self.story_discards),
            "issue_phrases": len(self.issues),
            "acled_rules": len(self.acled),
            "patterns_by_root": dict(sorted(by_root.items())),
        }


# --------------------------------------------------------------------------- loading

def default_codebook_dir() -> Path:
    """``$CODER_CODEBOOK``, else the ``codebooks/`` folder of this checkout, else the copy an
    installed wheel carries."""
    env = os.environ.get(DEFAULT_CODEBOOK_ENV)
    if env:
        return Path(env)
    checkout = Path(__file__).resolve().parent.parent / "codebooks"
    if (checkout / MANIFEST).is_file():
        return checkout
    import importlib.util

    spec = importlib.util.find_spec("coder_codebooks")  # an installed wheel carries it as data
    for location in (spec.submodule_search_locations or []) if spec else []:
        if (Path(location) / MANIFEST).is_file():
            return Path(location)
    return checkout


def load_codebook(path: str | os.PathLike | None = None, *, use_cache: bool = True) -> Codebook:
    """Load, validate and compile a codebook folder (or its manifest file).

    Raises :class:`CodebookError` listing every error. A compiled copy is cached under
    ``$CODER_CACHE_DIR`` (default ``~/.cache/coder``) keyed by the content of every file.
    """
    manifest_path = _manifest_path(path)
    fingerprint = _fingerprint(manifest_path)
    cache_file = _cache_dir() / "codebooks" / f"{fingerprint}.pkl" if fingerprint else None
    if use_cache and cache_file and cache_file.is_file():
        gc.disable()  # unpickling many small objects is several times faster without GC passes
        try:
            with cache_file.open("rb") as fh:
                return pickle.load(fh)
        except Exception:  # a stale or truncated cache is rebuilt, never trusted
            pass
        finally:
            gc.enable()
    codebook, problems = compile_codebook(manifest_path)
    if codebook is None:
        raise CodebookError(problems)
    codebook.fingerprint = fingerprint or ""
    if use_cache and cache_file:
        try:
            cache_file.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache_file.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as fh:
                pickle.dump(codebook, fh, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(cache_file)
        except OSError:
            pass
    return codebook


def validate_codebook(path: str | os.PathLike | None = None) -> list[Problem]:
    """Every problem (errors and warnings) in a codebook, without raising."""
    try:
        manifest_path = _manifest_path(path)
    except CodebookError as exc:
        return exc.problems
    _, problems = compile_codebook(manifest_path)
    return problems


def _manifest_path(path: str | os.PathLike | None) -> Path:
    p = Path(path) if path else default_codebook_dir()
    if p.is_dir():
        p = p / MANIFEST
    if not p.is_file():
        raise CodebookError([Problem("error", str(p), 0, "codebook manifest not found (point --codebook or "
                                     f"${DEFAULT_CODEBOOK_ENV} at a folder with {MANIFEST})")])
    return p


def _cache_dir() -> Path:
    return Path(os.environ.get("CODER_CACHE_DIR", Path.home() / ".cache" / "coder"))


def _fingerprint(manifest_path: Path) -> str | None:
    """Hash of the manifest, every file it names and this package's version."""
    digest = hashlib.sha256(__version__.encode())
    digest.update(_package_fingerprint().encode())
    try:
        digest.update(manifest_path.read_bytes())
        manifest = yaml.load(manifest_path.read_text("utf-8"), Loader=_Loader) or {}
        for section in ("cameo",) + SECTIONS:
            names = manifest.get(section) or []
            for name in [names] if isinstance(names, str) else names:
                digest.update(str(name).encode())
                digest.update((manifest_path.parent / name).read_bytes())
    except Exception:
        return None  # unreadable: no caching; compile_codebook reports the problem
    return digest.hexdigest()[:32]


@lru_cache(maxsize=1)
def _package_fingerprint() -> str:
    """Changes whenever the compiler or the schemas change, so caches never go stale."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for file in sorted([here / "codebook.py", here / "countries.py", *(here / "schemas").glob("*.json")]):
        if file.is_file():
            digest.update(file.read_bytes())
    return digest.hexdigest()


def compile_codebook(manifest_path: Path) -> tuple[Codebook | None, list[Problem]]:
    """Validate every file, then compile. Returns (codebook or None if errors, problems)."""
    problems: list[Problem] = []
    manifest, found = load_yaml(manifest_path)
    problems += found
    if manifest is None:
        return None, problems
    problems += schema_problems(manifest, "codebook-manifest")
    if any(p.severity == "error" for p in problems):
        return None, problems
    spec = manifest.data
    root = manifest_path.parent

    def load_section(kind: str, names: list[str]) -> list[LoadedFile]:
        loaded = []
        for name in names:
            path = root / name
            if not path.is_file():
                problems.append(Problem("error", str(manifest_path), manifest.line_of([kind]),
                                        f"{kind} file not found: {name}"))
                continue
            lf, found = load_checked(path, kind)
            problems.extend(found)
            if lf is not None:
                loaded.append(lf)
        return loaded

    cameo_files = load_section("cameo", [spec["cameo"]])
    sections = {kind: load_section(kind, spec.get(kind) or []) for kind in SECTIONS}
    if any(p.severity == "error" for p in problems):
        return None, problems

    cameo = _compile_cameo(cameo_files[0], problems) if cameo_files else {}
    actors = PhraseIndex()
    country_codes: set[str] = set()
    for lf in sections["actors"]:
        country_codes |= _compile_actors(lf, actors, problems)
    if spec.get("countries", True):
        from coder.countries import country_actor_entries

        for entry in country_actor_entries():
            country_codes.add(entry.code or "")
            for name in entry.names:
                actors.add(name, entry)
    actors.finalize()
    agents = PhraseIndex()
    for lf in sections["agents"]:
        _compile_agents(lf, agents, problems)
    agents.finalize()
    verbs = _VerbCompiler(cameo, problems)
    for lf in sections["verbs"]:
        verbs.add_synsets(lf)
    for lf in sections["verbs"]:
        verbs.add_blocks(lf)
    discards, story_discards = PhraseIndex(), PhraseIndex()
    for lf in sections["discards"]:
        for i, entry in enumerate(lf.data["entries"]):
            target = story_discards if entry.get("scope") == "story" else discards
            target.add(entry["phrase"], f"{lf.path.name}:{lf.line_of(['entries', i])}")
    discards.finalize()
    story_discards.finalize()
    issues = PhraseIndex()
    for lf in sections["issues"]:
        for entry in lf.data["entries"]:
            for phrase in entry["phrases"]:
                issues.add(phrase, entry["issue"])
    issues.finalize()
    acled_entries: list[dict] = []
    for lf in sections["acled"]:
        problems.extend(_acled_problems(lf))
        acled_entries.append({"file": str(lf.path), "data": lf.data})

    if any(p.severity == "error" for p in problems):
        return None, problems
    files = tuple(str(lf.path) for lfs in [cameo_files, *sections.values()] for lf in lfs)
    book = Codebook(
        name=spec["name"], root=root, cameo=cameo, actors=actors, agents=agents,
        verb_forms=dict(verbs.forms), noun_forms=dict(verbs.nouns), blocks=verbs.blocks,
        inflections=verbs.inflections, synsets=verbs.synsets, synset_phrases=verbs.synset_phrases,
        discards=discards,
        story_discards=story_discards, issues=issues, acled=acled_entries, files=files,
        country_codes=frozenset(c for c in country_codes if c),
        problems=tuple(problems))
    return book, problems


def _acled_problems(lf: LoadedFile) -> list[Problem]:
    """ACLED rule files are validated by coder.acled (their schema lives with the rules)."""
    from coder.acled.rules import validate_rules

    return validate_rules(lf)


def _compile_cameo(lf: LoadedFile, problems: list[Problem]) -> dict[str, CameoCode]:
    quads = lf.data["quad_classes"]
    root_to_quad: dict[str, tuple[int, str]] = {}
    for number, spec in quads.items():
        for root in spec["roots"]:
            if root in root_to_quad:
                problems.append(Problem("error", str(lf.path), lf.line_of(["quad_classes", number]),
                                        f"root {root} is in two quad classes"))
            root_to_quad[root] = (int(number), spec["name"])
    table: dict[str, CameoCode] = {}
    for i, entry in enumerate(lf.data["codes"]):
        code = entry["code"]
        line = lf.line_of(["codes", i])
        if code in table:
            problems.append(Problem("error", str(lf.path), line, f"duplicate CAMEO code {code}"))
            continue
        root = code[:2]
        if root not in root_to_quad:
            problems.append(Problem("error", str(lf.path), line, f"root {root} of {code} has no quad class"))
            continue
        plover = entry.get("plover") or {}
        for field in ("intent", "negation", "demand"):
            if entry.get(field) and not any(c["code"] == entry[field] for c in lf.data["codes"]):
                problems.append(Problem("error", str(lf.path), lf.line_of(["codes", i, field]),
                                        f"{field} code {entry[field]} of {code} is not in the table"))
        table[code] = CameoCode(
            code=code, name=entry["name"], root=root, quad=root_to_quad[root][0],
            quad_name=root_to_quad[root][1], goldstein=float(entry["goldstein"]),
            description=entry.get("description") or "", plover_event=plover.get("event"),
            plover_mode=plover.get("mode"), plover_context=plover.get("context"),
            intent=entry.get("intent"), negation=entry.get("negation"), demand=entry.get("demand"))
    return table


def _parse_role_date(value: str | None, lf: LoadedFile, path: list, problems: list[Problem]) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        problems.append(Problem("error", str(lf.path), lf.line_of(path), f"not a valid date: {value!r}",
                                _json_path(path)))
        return None


def _compile_actors(lf: LoadedFile, index: PhraseIndex, problems: list[Problem]) -> set[str]:
    """Index the file's actors; returns the codes of its country entries."""
    countries: set[str] = set()
    for i, entry in enumerate(lf.data["entries"]):
        if entry.get("type") == "country" and entry.get("code"):
            countries.add(entry["code"])
        line = lf.line_of(["entries", i])
        roles = []
        for j, role in enumerate(entry.get("roles", [])):
            start = _parse_role_date(role.get("from"), lf, ["entries", i, "roles", j, "from"], problems)
            end = _parse_role_date(role.get("to"), lf, ["entries", i, "roles", j, "to"], problems)
            if start and end and start > end:
                problems.append(Problem("error", str(lf.path), lf.line_of(["entries", i, "roles", j]),
                                        f"role {role['code']} ends ({end}) before it starts ({start})"))
            roles.append(Role(role["code"], start, end))
        for a, b in _overlapping(roles):
            problems.append(Problem("warning", str(lf.path), line,
                                    f"dated roles {a.code} and {b.code} overlap"))
        actor = ActorEntry(
            ref=f"{lf.path.name}:{line}", names=tuple(entry["names"]), code=entry.get("code"),
            roles=tuple(roles), type=entry.get("type"), country=entry.get("country"),
            sector=entry.get("sector"), inter=entry.get("inter"), acled_name=entry.get("acled_name"))
        for name in entry["names"]:
            index.add(name, actor)
    return countries


def _overlapping(roles: list[Role]) -> list[tuple[Role, Role]]:
    dated = [r for r in roles if r.start or r.end]
    out = []
    for i, a in enumerate(dated):
        for b in dated[i + 1:]:
            if a.code != b.code and (a.start or dt.date.min) <= (b.end or dt.date.max) \
                    and (b.start or dt.date.min) <= (a.end or dt.date.max):
                out.append((a, b))
    return out


def _compile_agents(lf: LoadedFile, index: PhraseIndex, problems: list[Problem]) -> None:
    for i, entry in enumerate(lf.data["entries"]):
        agent = AgentEntry(
            ref=f"{lf.path.name}:{lf.line_of(['entries', i])}", names=tuple(entry["names"]),
            code=entry["code"], position=entry.get("position", "suffix"), inter=entry.get("inter"),
            acled_name=entry.get("acled_name"))
        for name in entry["names"]:
            index.add(name, agent)


def parse_word_spec(text: str) -> WordSpec:
    """"financial aid" / "financial_aid" → head aid, modifier financial; a synset name keeps
    its underscores ("&ARMED_GROUP")."""
    words = [part for w in text.split() for part in ([w] if w.startswith("&") else w.replace("_", " ").split())]
    words = [w if w.startswith("&") else w.lower() for w in words]
    return WordSpec(head=words[-1], modifiers=tuple(words[:-1]))


class _VerbCompiler:
    def __init__(self, cameo: dict[str, CameoCode], problems: list[Problem]):
        self.cameo = cameo
        self.problems = problems
        self.forms: dict[str, list[VerbForm]] = defaultdict(list)
        self.nouns: dict[str, list[str]] = defaultdict(list)
        self.blocks: dict[str, VerbBlock] = {}
        self.inflections: dict[str, str] = {}
        self.synsets: dict[str, frozenset[str]] = {}
        self.synset_phrases: dict[str, tuple[WordSpec, ...]] = {}
        self.pattern_ids: dict[str, str] = {}
        self.signatures: dict[tuple, tuple[str, str]] = {}

    def add_synsets(self, lf: LoadedFile) -> None:
        for i, syn in enumerate(lf.data.get("synsets", [])):
            if syn["name"] in self.synsets:
                self.problems.append(Problem("warning", str(lf.path), lf.line_of(["synsets", i]),
                                             f"synset {syn['name']} defined again; members merged"))
            specs = [parse_word_spec(m) for m in syn["members"]]
            single = {w.head for w in specs if not w.modifiers}
            self.synsets[syn["name"]] = frozenset(single) | self.synsets.get(syn["name"], frozenset())
            self.synset_phrases[syn["name"]] = self.synset_phrases.get(syn["name"], ()) + tuple(
                w for w in specs if w.modifiers)

    def _check_code(self, code: str, lf: LoadedFile, path: list) -> None:
        if code != NULL_CODE and self.cameo and code not in self.cameo:
            self.problems.append(Problem("error", str(lf.path), lf.line_of(path),
                                         f"unknown CAMEO code {code}", _json_path(path)))

    def _check_words(self, words: Iterable[str], lf: LoadedFile, path: list) -> None:
        for w in words:
            for part in w.split():
                if part.startswith("&") and part not in self.synsets:
                    self.problems.append(Problem("error", str(lf.path), lf.line_of(path),
                                                 f"undefined synset {part}", _json_path(path)))

    def add_blocks(self, lf: LoadedFile) -> None:
        fname = lf.path.name
        for i, entry in enumerate(lf.data["entries"]):
            bpath = ["entries", i]
            block_id = entry["id"]
            if block_id in self.blocks:
                self.problems.append(Problem("error", str(lf.path), lf.line_of(bpath + ["id"]),
                                             f"duplicate verb block id {block_id!r}"))
                continue
            code = entry.get("code", NULL_CODE)
            self._check_code(code, lf, bpath + ["code"])
            patterns = []
            for j, pat in enumerate(entry.get("patterns", [])):
                ppath = bpath + ["patterns", j]
                line = lf.line_of(ppath)
                self._check_code(pat["code"], lf, ppath + ["code"])
                if pat["id"] in self.pattern_ids:
                    self.problems.append(Problem("error", str(lf.path), line,
                                                 f"duplicate pattern id {pat['id']!r} (first at {self.pattern_ids[pat['id']]})"))
                    continue
                self.pattern_ids[pat["id"]] = f"{fname}:{line}"
                slots = []
                for k, m in enumerate(pat.get("match", [])):
                    self._check_words(m["words"], lf, ppath + ["match", k])
                    slots.append(SlotSpec(m["slot"], (m.get("prep") or "").lower() or None,
                                          tuple(parse_word_spec(w) for w in m["words"])))
                if pat.get("reverse"):
                    self._check_code(pat["reverse"], lf, ppath + ["reverse"])
                pattern = Pattern(id=pat["id"], code=pat["code"], block=block_id, match=tuple(slots),
                                  source=pat.get("source", "subj"), target=pat.get("target"),
                                  ref=f"{fname}:{line}", reverse=pat.get("reverse"))
                signature = (block_id, tuple(sorted((s.slot, s.prep or "", tuple(sorted(map(str, s.words))))
                                                    for s in slots)))
                if signature in self.signatures:
                    first_id, first_ref = self.signatures[signature]
                    self.problems.append(Problem(
                        "error", str(lf.path), line,
                        f"pattern {pat['id']!r} duplicates {first_id!r} ({first_ref}): same verb block and frame"))
                    continue
                self.signatures[signature] = (pat["id"], f"{fname}:{line}")
                patterns.append(pattern)
            patterns.sort(key=lambda p: -p.specificity)  # stable: file order breaks ties
            reverse = entry.get("reverse") or (code if entry.get("reciprocal") else None)
            if entry.get("reverse"):
                self._check_code(entry["reverse"], lf, bpath + ["reverse"])
            bare = Pattern(id=f"{block_id}", code=code, block=block_id, ref=f"{fname}:{lf.line_of(bpath)}",
                           reverse=reverse)
            self.blocks[block_id] = VerbBlock(block_id, code, tuple(patterns) + (bare,),
                                              ref=f"{fname}:{lf.line_of(bpath)}",
                                              light=bool(entry.get("light")),
                                              speech=bool(entry.get("speech")),
                                              reciprocal=bool(entry.get("reciprocal")))
            for verb in entry["verbs"]:
                form = _verb_form(block_id, verb)
                self.forms[form.lemma].append(form)
            for noun in entry.get("nouns", []):
                self.nouns[noun.lower()].append(block_id)
            for surface, lemma in (entry.get("inflections") or {}).items():
                self.inflections[surface.lower()] = lemma.lower()


def _verb_form(block_id: str, text: str) -> VerbForm:
    words = text.replace("_", " ").lower().split()
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    idx = marked[0] if marked else 0
    words = [w.lstrip("+") for w in words]
    lemma = words[idx]
    particle = " ".join(words[idx + 1:]) or None
    preword = " ".join(words[:idx]) or None
    return VerbForm(block_id, lemma, particle, preword)
