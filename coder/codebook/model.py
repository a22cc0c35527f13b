"""The compiled codebook: frozen values the coder matches with. No I/O here.

These types are what :func:`coder.codebook.compile.compile_codebook` produces from the YAML
files and what the cache stores. The module imports nothing from the project except the
leaf type module of language profiles.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Iterator, NamedTuple, TypeVar

from coder.errors import Problem
from coder.lang.profile import LanguageProfile

NULL_CODE = "---"

_T = TypeVar("_T")


def new_record(cls: type[_T], fields: tuple) -> _T:
    """The record ``cls`` (a ``NamedTuple``) with these field values, built as ``tuple``
    builds it. The cache's unpickler calls ``tuple.__new__`` itself for this function (see
    coder.codebook.cache), one call into C per record: a NamedTuple's own ``__new__`` is a
    Python function, and a frozen dataclass a dictionary per instance."""
    return tuple.__new__(cls, fields)  # type: ignore[type-var]


def _reduce_record(record: tuple) -> tuple:
    """How a codebook record (~100,000 in the default codebook: see :class:`ActorEntry`)
    is pickled: :func:`new_record` of its class and fields."""
    return new_record, (type(record), tuple(record))


# --------------------------------------------------------------------------- CAMEO, actors, agents

class CameoCode(NamedTuple):
    """One CAMEO code and what the coder reads of it (a record as :class:`ActorEntry`)."""

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
    attempt: str | None = None  # the code when the action is attempted, not achieved (186 → 185)
    accusation: str | None = None  # the code when it reports another's violence (110 → 112)
    claim: str | None = None  # the code when it reports the speaker's own violence (110 → 015)
    negation: str | None = None  # the code when the action is negated or refused
    demand: str | None = None  # the code of a demand that another actor do this
    appeal: str | None = None  # the code of an appeal to another actor to do this
    statement: bool = False  # reports what its complement says rather than acting (CAMEO 01)
    refusal: str | None = None  # the code when the act is refused ("declined to comment" 011)
    violent: bool = False  # the theme of its event noun is its target (CAMEO 17-20)
    own_act: bool = False  # yields on the actor's own act: stopping another's is none (082, 087)

    __reduce__ = _reduce_record


class Role(NamedTuple):
    """An actor's code, from ``start`` to ``end`` (either open when None)."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    __reduce__ = _reduce_record

    def covers(self, day: dt.date | None) -> bool:
        if day is None:
            return self.start is None and self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


class ActorEntry(NamedTuple):
    """A named actor. ``ref`` (file:line) is its provenance in events.

    Codebook records (CAMEO codes, roles, actors, agents, phrases, verb forms, verb patterns,
    their slots and word specs, ACLED sub-event types) are ``NamedTuple``s rather than frozen
    dataclasses: immutable, compared and hashed by their fields alike, but a tuple each, which a
    cached codebook's tens of thousands of them load several times faster as (and defining one
    at import costs less than generating a dataclass's methods). Being tuples, they also equal a plain tuple of
    the same values and are edited with ``_replace``, not ``dataclasses.replace``."""

    ref: str
    names: tuple[str, ...]
    code: str | None
    roles: tuple[Role, ...] = ()
    type: str | None = None
    country: str | None = None
    sector: str | None = None
    inter: int | None = None
    acled_name: str | None = None

    __reduce__ = _reduce_record

    def code_on(self, day: dt.date | None) -> str:
        """The actor's code on ``day``: the dated role covering it, else the default code.
        Without a day (an undated text), the current role: the open-ended one, else the
        latest ("Georgia" is GEO, not the Soviet republic it was until 1991)."""
        if day is not None:
            dated = [r for r in self.roles if (r.start or r.end) and r.covers(day)]
            if dated:  # the narrowest covering role wins
                return min(dated, key=lambda r: ((r.end or dt.date.max) - (r.start or dt.date.min))).code
        if self.code:
            return self.code
        undated = [r for r in self.roles if not (r.start or r.end)]
        if undated or day is not None:
            return (undated or list(self.roles))[0].code
        return max(self.roles, key=lambda r: (r.end or dt.date.max, r.start or dt.date.min)).code


class AgentEntry(NamedTuple):
    """A named agent (an actor's sector: "police", "rebels"), a record as :class:`ActorEntry`."""

    ref: str
    names: tuple[str, ...]
    code: str
    position: str = "suffix"
    inter: int | None = None
    acled_name: str | None = None

    __reduce__ = _reduce_record


# --------------------------------------------------------------------------- verb patterns

class WordSpec(NamedTuple):
    """A head lemma (or ``*``) with optional modifier lemmas that must occur in its phrase (a
    record as :class:`ActorEntry`, built with :meth:`of`)."""

    head: str
    modifiers: tuple[str, ...]
    specificity: int  # read for every pattern tried on every verb: computed once, by of()

    __reduce__ = _reduce_record

    @classmethod
    def of(cls, head: str, modifiers: tuple[str, ...] = ()) -> "WordSpec":
        return cls(head, modifiers, (0 if head == "*" else 2) + len(modifiers))


class SlotSpec(NamedTuple):
    """One argument slot of a verb pattern (a record as :class:`ActorEntry`)."""

    slot: str  # subj | obj | obl | any
    prep: str | None
    words: tuple[WordSpec, ...]

    __reduce__ = _reduce_record


class Pattern(NamedTuple):
    """A verb pattern of a block (a record as :class:`ActorEntry`, built with :meth:`of`; a
    copy with another ``code`` or ``reverse``, ``_replace``, keeps its specificity)."""

    id: str
    code: str
    block: str
    match: tuple[SlotSpec, ...] = ()
    source: str = "subj"
    target: str | None = None  # None: default search (obj, then obl arguments)
    ref: str = ""  # file:line
    reverse: str | None = None  # code of the reversed dyad (target -> source), coded too
    specificity: int = 0  # read for every pattern tried on every verb: computed once, by of()

    __reduce__ = _reduce_record

    @classmethod
    def of(cls, **fields: Any) -> "Pattern":
        """The pattern with these fields and its specificity: more constraints (and more
        specific words) → higher; the bare verb (no ``match``) is 0."""
        specificity = sum(10 + max(w.specificity for w in s.words) + (3 if s.prep else 0)
                          for s in fields.get("match", ()))
        return cls(**fields, specificity=specificity)


class VerbForm(NamedTuple):
    """One way a verb block is written: lemma plus optional particle/pre-word (a record as
    :class:`ActorEntry`)."""

    block: str
    lemma: str
    particle: str | None = None  # "pull out": compound:prt / advmod "out"
    preword: str | None = None  # "wire +tap": a dependent "wire"

    __reduce__ = _reduce_record


@dataclass(frozen=True)
class VerbBlock:
    id: str
    code: str
    patterns: tuple[Pattern, ...]  # most specific first; last is the bare-verb pattern
    ref: str = ""
    light: bool = False  # support verb: its object event noun is the event
    speech: bool = False  # speech verb: reports the events in its complement
    reciprocal: bool = False  # "A met B" is also "B met A"
    # its object is a thing given, cut or withheld: a modifier its pattern words name says what
    # kind of thing, not who receives it ("suspended military aid to X"; coder.code.arguments)
    theme_object: bool = False


# --------------------------------------------------------------------------- phrases

def is_acronym(word: str) -> bool:
    """All-caps words of up to five letters ("US", "IS", "SDF") match case-sensitively."""
    letters = word.replace(".", "").replace("-", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


def normalize_phrase(text: str) -> list[str]:
    """Lower-case words of a name or phrase; underscores count as spaces."""
    return text.replace("_", " ").lower().split()


class Phrase(NamedTuple):
    """A name or phrase as the index matches it (a record as :class:`ActorEntry`)."""

    words: tuple[str, ...]  # lower-case; a word ending in * is a prefix
    cased: tuple[str | None, ...] = ()  # the original spelling of acronyms, else None

    __reduce__ = _reduce_record

    @classmethod
    def of(cls, text: str) -> "Phrase":
        """"Free_Syrian Army" → words (free, syrian, army); "SDF" keeps its spelling.
        Words are shared strings (``sys.intern``): the cached codebook stores each once."""
        original = text.replace("_", " ").split()
        if text.isascii() and text == text.lower():  # no capital letter: no acronym (the common case)
            return tuple.__new__(cls, (tuple(map(sys.intern, original)), ()))  # (cls(words), in C)
        cased = tuple(w if is_acronym(w) else None for w in original)
        words = tuple(sys.intern(w.lower()) for w in original)
        return cls(words, cased) if any(cased) else cls(words)

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


_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def _with_hyphen_splits(items: "list[tuple[str, Any]]") -> "Iterator[tuple[str, Any]]":
    """The items, each hyphenated name followed by its words as a tokenizer may split them
    ("al-Qaeda" is also "al - Qaeda": three tokens; "anti-government" also "anti- government")."""
    for text, value in items:
        yield text, value
        if "-" in text:
            split = _INNER_HYPHEN.sub(" - ", text)
            if split != text:
                yield split, value
                yield _INNER_HYPHEN.sub("- ", text), value


def _longest_first(item: tuple) -> int:
    return -len(item[0].words)


_NO_PLAIN: tuple[dict, tuple[int, ...]] = ({}, ())  # (no plain phrase starts with the word)


@dataclass(frozen=True)
class PhraseIndex:
    """Phrases indexed by first word (prefix phrases by their first three letters), longest
    first. Built with :meth:`build` from (phrase, value) pairs in priority order.

    ``special`` keeps the phrases of ``exact`` with a prefix word ("chemical weapon*") or a
    case-sensitive acronym (first word → (position in its ``exact`` list, phrase, value));
    the others, plain phrases, are looked up by their words (:meth:`plain_of`), so a lookup
    tries each length once instead of comparing every phrase. That table is derived from
    ``exact`` per first word on first use and never stored: a cached codebook loads only the
    phrases (a sentence reads the tables of a few dozen first words of tens of thousands)."""

    exact: dict[str, list[tuple[Phrase, Any]]] = field(default_factory=dict)
    stems: dict[str, list[tuple[Phrase, Any]]] = field(default_factory=dict)
    special: dict[str, list[tuple[int, Phrase, Any]]] = field(default_factory=dict)

    @classmethod
    def build(cls, items: "list[tuple[str, Any]]") -> "PhraseIndex":
        exact: dict[str, list[tuple[Phrase, Any]]] = {}
        stems: dict[str, list[tuple[Phrase, Any]]] = {}
        phrases: dict[str, Phrase] = {}  # a name written twice is one phrase (stored once)
        prefixed: set[int] = set()  # ids of the phrases with a prefix word ("chemical weapon*")
        with_special: set[str] = set()  # first words of exact with such a phrase or an acronym
        of = Phrase.of
        for text, value in _with_hyphen_splits(items):
            phrase = phrases.get(text)
            if phrase is None:
                phrase = phrases[text] = of(text)
                if "*" in text and any(w.endswith("*") for w in phrase.words):
                    prefixed.add(id(phrase))
            words = phrase.words
            if not words:
                continue
            first = words[0]
            if first[-1] == "*":  # keyed by up to three letters of the stem
                key = first[:-1][:3]
                entries = stems.get(key)
                if entries is None:
                    stems[key] = [(phrase, value)]
                else:
                    entries.append((phrase, value))
            else:
                entries = exact.get(first)
                if entries is None:
                    exact[first] = [(phrase, value)]
                else:
                    entries.append((phrase, value))
                if phrase.cased or id(phrase) in prefixed:
                    with_special.add(first)
        for table in (exact, stems):
            for entries in table.values():
                if len(entries) > 1:
                    entries.sort(key=_longest_first)  # stable: earlier wins ties
        special: dict[str, list[tuple[int, Phrase, Any]]] = {}
        for first, entries in exact.items():
            if first not in with_special:
                continue
            for pos, (phrase, value) in enumerate(entries):
                if phrase.cased or id(phrase) in prefixed:
                    special.setdefault(first, []).append((pos, phrase, value))
        return cls(exact, stems, special)

    @cached_property  # first word -> (plain_of(first), its lengths); not a field, never stored
    def _plain(self) -> dict[str, tuple[dict[tuple[str, ...], int], tuple[int, ...]]]:
        return {}

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "_plain"}

    def _plain_table(self, first: str) -> tuple[dict[tuple[str, ...], int], tuple[int, ...]]:
        """(words → position in ``exact[first]`` of the first plain phrase so spelled, the
        lengths of those phrases, longest first), made on first use of ``first``."""
        found = self._plain.get(first)
        if found is None:
            if first not in self.exact:
                return _NO_PLAIN
            skip = {pos for pos, _, _ in self.special.get(first, ())}
            index: dict[tuple[str, ...], int] = {}
            for pos, (phrase, _) in enumerate(self.exact.get(first, ())):
                if pos not in skip and phrase.words not in index:
                    index[phrase.words] = pos
            found = self._plain[first] = (index, tuple(sorted({len(words) for words in index}, reverse=True)))
        return found

    def plain_of(self, first: str) -> dict[tuple[str, ...], int]:
        """The plain phrases under ``first`` (no prefix word, no case-sensitive acronym) by
        their words: words → position of the first such phrase in ``exact[first]``."""
        return self._plain_table(first)[0]

    def _stem_lists(self, first: str) -> list[list[tuple[Phrase, Any]]]:
        lists = [self.stems.get(first[:3], [])]
        for short in (first[:2], first[:1]):  # stems of one or two letters ("al*")
            if short in self.stems and short != first[:3]:
                lists.append(self.stems[short])
        return lists

    def may_start(self, first: str, alt: str | None = None) -> bool:
        """Whether some phrase can start with this word (or its alternative form): when not,
        :meth:`longest_at` finds nothing there."""
        if first in self.exact or (alt is not None and alt in self.exact):
            return True
        return bool(self.stems) and any(self._stem_lists(first))

    def longest_at(self, words: list[str], raw: list[str] | None = None,
                   alt_last: list[str] | None = None) -> tuple[int, Any] | None:
        """Longest phrase starting at ``words[0]`` (lower-cased): (length, value) or None.
        Of equally long phrases, the first one indexed wins.

        ``raw`` is the original spelling (for acronyms); ``alt_last`` gives alternative
        forms (lemmas) for a phrase's final word, so "policemen" matches "policeman".
        """
        if not words:
            return None
        first = words[0]
        # a first word no phrase starts with has nothing under it (plain phrases and special
        # are those of exact): most words of a sentence are skipped here
        found = self._exact_matches(first, 0, words, raw, alt_last, direct=True) if first in self.exact else []
        if self.stems:
            for segment, entries in enumerate(self._stem_lists(first), start=1):
                for pos, (phrase, value) in enumerate(entries):
                    if self._fits(phrase, words, raw, alt_last):
                        found.append((len(phrase.words), (segment, pos), value))
        if alt_last is not None and alt_last[0] != first and alt_last[0] in self.exact:
            found += self._exact_matches(alt_last[0], 9, words, raw, alt_last, direct=False)
        if not found:
            return None
        n, _, value = min(found, key=lambda f: (-f[0], f[1]))
        return n, value

    def _exact_matches(self, first: str, segment: int, words: list[str], raw: list[str] | None,
                       alt_last: list[str] | None, direct: bool) -> list[tuple[int, tuple[int, int], Any]]:
        """(length, rank, value) of the phrases under ``first`` that fit: plain ones by their
        words, acronyms and prefix phrases one by one."""
        entries = self.exact.get(first, [])
        found = [(n, (segment, pos), entries[pos][1])
                 for n, pos in self._plain_matches(first, words, alt_last, direct)]
        for pos, phrase, value in self.special.get(first, []):
            if self._fits(phrase, words, raw, alt_last):
                found.append((len(phrase.words), (segment, pos), value))
        return found

    def _plain_matches(self, first: str, words: list[str], alt_last: list[str] | None,
                       direct: bool) -> list[tuple[int, int]]:
        """(length, position) of plain phrases under ``first`` that the words spell, or spell
        with their last word's alternative form. Under another first word than the text's
        own (``direct=False``), only a one-word phrase can fit, through the alternative."""
        index, lengths = self._plain_table(first)
        if not index:
            return []
        out = []
        top = min(lengths[0], len(words)) if direct else min(1, len(words))
        for n in lengths:  # no plain phrase of another length is under first
            if n > top:
                continue
            spelled = [index.get(tuple(words[:n]))] if direct else []
            if alt_last is not None and n <= len(alt_last):
                spelled.append(index.get(tuple(words[: n - 1]) + (alt_last[n - 1],)))
            positions = [p for p in spelled if p is not None]
            if positions:
                out.append((n, min(positions)))
        return out

    @staticmethod
    def _fits(phrase: Phrase, words: list[str], raw: list[str] | None, alt_last: list[str] | None) -> bool:
        n = len(phrase.words)
        return phrase.matches(words, raw) or (
            alt_last is not None and len(words) >= n and phrase.matches(words[: n - 1] + [alt_last[n - 1]], raw))

    def __len__(self) -> int:
        return sum(len(v) for v in self.exact.values()) + sum(len(v) for v in self.stems.values())

    def __bool__(self) -> bool:
        """Whether any phrase is indexed (without counting them all, as ``len`` does)."""
        return bool(self.exact or self.stems)


# --------------------------------------------------------------------------- ACLED rules

@dataclass(frozen=True)
class Cue:
    """A cue word or phrase of an ACLED rule: a plain word is a set lookup, anything else
    ("chemical weapon*", "tear-gas") a regular expression over the joined words, compiled
    on first use (a cached codebook loads without compiling hundreds of them)."""

    text: str
    word: str | None  # a plain single word: set lookup
    pattern: str | None = None  # the regular expression of any other cue

    @cached_property
    def regex(self) -> re.Pattern[str] | None:
        return re.compile(self.pattern) if self.pattern is not None else None

    def __getstate__(self) -> dict[str, Any]:  # the compiled regex is not stored
        return {k: v for k, v in self.__dict__.items() if k != "regex"}


class SubEventType(NamedTuple):
    """An ACLED sub-event type (a record as :class:`ActorEntry`)."""

    name: str
    event_type: str
    disorder_type: str
    label: str | None = None
    salience: int = 0
    unnamed_actor1: str | None = None  # agent code of actor 1 when the report names no one
    fatalities: bool = True  # whether events of the type record fatalities

    __reduce__ = _reduce_record


@dataclass(frozen=True)
class Rule:
    """One ACLED typing rule. ``view`` is anything with ``has(cue) -> bool`` (coder.acled's
    TextView over a sentence or a document)."""

    id: str
    ref: str  # file:section[index]
    sub_event_type: str | None
    cameo: tuple[str, ...] = ()
    cues: tuple[Cue, ...] = ()
    all: tuple[tuple[Cue, ...], ...] = ()
    unless: tuple[Cue, ...] = ()
    source_inter: tuple[int, ...] = ()
    target_inter: tuple[int, ...] = ()
    no_target: bool | None = None
    civilian_targeting: bool | None = None

    def text_matches(self, view: Any) -> bool:
        has_any = getattr(view, "has_any", None)  # a TextView's indexed test of a cue list
        if has_any is not None:
            if self.cues and not has_any(self.cues):
                return False
            for group in self.all:
                if not has_any(group):
                    return False
            return not (self.unless and has_any(self.unless))
        if self.cues and not any(view.has(c) for c in self.cues):
            return False
        if any(not any(view.has(c) for c in group) for group in self.all):
            return False
        return not any(view.has(c) for c in self.unless)

    def matches(self, view: Any, code: str | None = None, inter1: int | None = None,
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


@dataclass(frozen=True)
class AcledRules:
    """Every ACLED rule file of a codebook, merged in manifest order (first rule wins)."""

    files: tuple[str, ...] = ()
    sub_types: dict[str, SubEventType] = field(default_factory=dict)
    event_rules: tuple[Rule, ...] = ()
    document_rules: tuple[Rule, ...] = ()
    agent_inter: dict[str, int] = field(default_factory=dict)
    agent_names: dict[str, str] = field(default_factory=dict)
    inter_names: dict[int, str] = field(default_factory=dict)
    external_inter: int | None = 8
    death_words: tuple[Cue, ...] = ()
    injury_words: tuple[Cue, ...] = ()
    vague_numbers: dict[str, int] = field(default_factory=dict)
    kill_verbs: tuple[tuple[str, str | None], ...] = ()  # (lemma, result word it needs or None)
    one_victim_pronouns: frozenset[str] = frozenset()
    one_victim_determiners: frozenset[str] = frozenset()
    inter_words: tuple[tuple[int, tuple[Cue, ...]], ...] = ()  # actor type from an actor phrase's words
    territory_verbs: frozenset[str] = frozenset()  # lemmas: who takes ground refines a territory type
    attack_verbs: frozenset[str] = frozenset()  # lemmas: who is attacked refines Attack / Armed clash
    attribution_verbs: frozenset[str] = frozenset()  # lemmas: the act named after them is attributed
    attribution_objects: frozenset[str] = frozenset()  # as a verb's object: its argument is attributed

    def sub_type(self, name: str | None) -> SubEventType | None:
        return self.sub_types.get(name) if name else None

    def first_event_rule(self, view: Any, code: str, inter1: int | None, inter2: int | None,
                         has_target: bool) -> Rule | None:
        for rule in self.rules_for_code(code):  # only the rules whose CAMEO prefixes admit the code
            if rule.source_inter and inter1 not in rule.source_inter:
                continue
            if rule.target_inter and inter2 not in rule.target_inter:
                continue
            if rule.no_target is not None and has_target is not None and rule.no_target == has_target:
                continue
            if rule.text_matches(view):
                return rule
        return None

    def rules_for_code(self, code: str | None) -> tuple[Rule, ...]:
        """The event rules, in order, that a CAMEO code can meet (no prefixes, or one the
        code starts with): worked out once per code."""
        by_code = self._by_code
        found = by_code.get(code)
        if found is None:
            found = by_code[code] = tuple(r for r in self.event_rules if not r.cameo or (
                code and any(code.startswith(p) for p in r.cameo)))
        return found

    @cached_property  # code -> its candidate rules; not a field, never compared or stored
    def _by_code(self) -> dict[str | None, tuple[Rule, ...]]:
        return {}

    @cached_property  # id of a tuple of cues -> its index (coder.acled.rules.TextView.has_any;
    def cue_indexes(self) -> dict[Any, Any]:  # the fatality words, by kind and id)
        return {}

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k not in ("_by_code", "cue_indexes")}


# --------------------------------------------------------------------------- the codebook

@dataclass(frozen=True)
class Codebook:
    """A compiled codebook, ready for matching."""

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
    acled: AcledRules = field(default_factory=AcledRules)  # compiled ACLED rules (coder.acled reads them)
    country_codes: frozenset[str] = frozenset()  # codes of country actors (ISO3 and typed entries)
    files: tuple[str, ...] = ()
    fingerprint: str = ""
    problems: tuple[Problem, ...] = ()  # warnings kept from loading
    # synset -> its multi-word members ("austrian gold florin"): head plus modifiers
    synset_phrases: dict[str, tuple[WordSpec, ...]] = field(default_factory=dict)
    generic_demand: str | None = None  # CAMEO's demand when the demanded act has none of its own (100)
    generic_appeal: str | None = None  # an appeal naming no act with an appeal of its own (020)
    generic_statement: str | None = None  # a speaker's words that code nothing else (010)
    generic_ultimatum: str | None = None  # an announced act unless another actor acts first (139)
    language: str = "en"  # the manifest's `language`: a built-in profile name or a profile file
    profile: LanguageProfile | None = None  # the language profile it names

    @cached_property  # read for every verb pattern tried: computed once
    def synset_bonus(self) -> int:
        """The most a synset's multi-word member can add to a pattern's specificity."""
        return max((len(m.modifiers) for ms in self.synset_phrases.values() for m in ms), default=0)

    @cached_property  # lookups the coder derives from this codebook on first use (slot gates of
    def memo(self) -> dict:  # patterns): not a field, never compared; a replace() starts afresh
        return {}

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
            "acled_rules": len(self.acled.files),
            "patterns_by_root": dict(sorted(by_root.items())),
        }
