"""Event assembly over a sentence: every predicate coded once, a governor after the
predicates it governs (deepest first, on demand); then the rules between predicates that
set events aside (discard phrases in their clause, background clauses). Returns the events
and the trace of how each predicate was decided."""

from __future__ import annotations

from dataclasses import dataclass

from coder.copies import replace
from coder.doc import Token
from coder.event import ActorRef, Event
from coder.code.analysis import SentenceAnalysis
from coder.code.build import Outcome
from coder.code.confidence import scored
from coder.code.context import Context
from coder.code.nouns import code_noun
from coder.code.options import CodingOptions
from coder.code.predicates import PredicateMatch, find_predicates
from coder.code.syntax import clause_ids, in_adjunct, lemma_of
from coder.code.verbs import code_verb, plain_statement


@dataclass(frozen=True)
class PredicateTrace:
    """How one predicate was coded: the pattern chosen, and its events or why none."""

    match: PredicateMatch
    outcome: Outcome

    @property
    def token_id(self) -> int:
        return self.match.token.id


@dataclass(frozen=True)
class SentenceTrace:
    """Everything the coder decided about one sentence."""

    analysis: SentenceAnalysis
    predicates: tuple[PredicateTrace, ...]  # in token order
    events: tuple[Event, ...]  # emitted
    set_aside: tuple[tuple[Event, str], ...]  # coded, not emitted, and why

    @property
    def mentions(self) -> tuple[ActorRef, ...]:
        return self.analysis.mentions


def assemble(a: SentenceAnalysis, options: CodingOptions) -> SentenceTrace:
    predicates = find_predicates(a)
    outcomes: dict[int, Outcome] = {}

    def outcome(tok_id: int) -> Outcome:
        if tok_id not in outcomes:
            outcomes[tok_id] = Outcome((), "in progress")  # bounded: malformed input can hold cycles
            match = predicates[tok_id]
            outcomes[tok_id] = code_noun(ctx, match) if match.form is None else code_verb(ctx, match)
        return outcomes[tok_id]

    def codes_event(tok: Token) -> bool:
        if tok.id in predicates and outcome(tok.id).events:
            return True
        return any(codes_event(c) for c in a.sentence.children(tok.id) if c.base_rel in ("xcomp", "conj"))

    ctx = Context(a, predicates, options, codes_event)
    traces = tuple(PredicateTrace(predicates[i], outcome(i)) for i in sorted(predicates))
    events = [e for t in traces for e in t.outcome.events]
    # a discard phrase ("in 1988", "two weeks ago", "football") marks what it modifies as
    # historical or out of scope, not the current event the rest of the sentence reports
    kept = [e for e in events if not discarded_by(a, e.verb_head)]
    set_aside = [(e, "a discard phrase: historical or out of scope") for e in events if e not in kept]
    # the generic statement is the last resort, not the default: a verb block that codes a
    # bare "said" as 010 (PETRARCH's SAY) yields to any other event the sentence codes,
    # whether the speech verb governs it, reports it ("..., officials said") or not
    substantive = [e for e in kept if not generic_statement(a, e)]
    if substantive:
        set_aside += [(e, "a generic statement: yields to the sentence's other events")
                      for e in kept if e not in substantive]
        kept = substantive
    kept = [_with_doer_of_the_act(a, e, kept) for e in kept]
    main = main_events(a, kept)
    set_aside += [(e, "background clause: yields to the main event") for e in kept if e not in main]
    whole = [e for e in main if not _fragment(a, e, main)]
    set_aside += [(e, "part of a conjoined act's interaction, which names the target") for e in main if e not in whole]
    main = whole
    if not events:  # a statement is the last resort, not the default
        traces = tuple(_as_statement(ctx, t) for t in traces)
        main = next(([*t.outcome.events] for t in traces if t.outcome.events), [])
    coded = [t.token_id for t in traces if t.outcome.events]
    return SentenceTrace(a, traces, tuple(scored(a, predicates, unique_events(main), coded)), tuple(set_aside))


def _as_statement(ctx: Context, trace: PredicateTrace) -> PredicateTrace:
    statement = plain_statement(ctx, trace.match)
    return trace if statement is None else PredicateTrace(trace.match, statement)


def generic_statement(a: SentenceAnalysis, ev: Event) -> bool:
    """An event coded with the codebook's generic statement (CAMEO 010)."""
    return bool(a.codebook.generic_statement) and ev.code == a.codebook.generic_statement


ARGUMENT_RELS = frozenset({"nsubj", "obj", "iobj", "csubj"})
CLAUSE_HEADS = frozenset({"VERB", "AUX"})


def discarded_by(a: SentenceAnalysis, predicate: int) -> bool:
    """Whether a discard phrase sets the predicate's event aside. A phrase of time ("in
    1988", "two years ago") only when it modifies the predicate: it hangs from it without
    passing through a subject or object ("fled in 1948" is historical; "refugees of the
    1948 war returned" is not). A phrase of topic ("baseball", "football match") anywhere in
    the predicate's clause: the event is about it."""
    s = a.sentence
    inside = a.discarded & clause_ids(s, predicate) if a.discarded else set()
    for span in _runs(sorted(inside)):
        if not any(_is_time_word(a, s.token(i)) for i in span):
            return True
        if any(_hangs_from(a, i, predicate) for i in span):
            return True
    return False


def _is_time_word(a: SentenceAnalysis, tok: Token) -> bool:
    return tok.upos == "NUM" or lemma_of(tok) in a.profile.time_words


def _hangs_from(a: SentenceAnalysis, tok_id: int, predicate: int) -> bool:
    """Whether the phrase of ``tok_id`` modifies ``predicate`` itself: the first verb above it
    is the one it dates ("violating the agreement signed in March 2001": the signing)."""
    s = a.sentence
    current = s.token(tok_id)
    for _ in range(len(s.tokens)):  # bounded: malformed input can hold head cycles
        if current.id == predicate:
            return True
        if current.id != tok_id and current.upos in CLAUSE_HEADS and current.id not in a.discarded:
            return False
        if not current.head or (current.base_rel in ARGUMENT_RELS and current.id not in a.discarded):
            return False
        current = s.token(current.head)
    return False


def _runs(ids: list[int]) -> list[list[int]]:
    """Consecutive token ids grouped: the phrases."""
    runs: list[list[int]] = []
    for i in ids:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def main_events(a: SentenceAnalysis, events: list[Event]) -> list[Event]:
    """Events inside relative clauses, participial modifiers and subjectless adverbial
    clauses ("the faction that controls Kabul", "militiamen armed with machetes", "...,
    killing 20") are background to a main-clause event with a source, and yield to it.
    Adverbial clauses with a subject of their own ("after Hamas fired rockets") report
    events of their own. A violent act told in a relative clause on a phrase of a main-clause
    act of force ("opened fire, in which two persons were killed") is a casualty of its own,
    not background: it stays beside the main event, as does a violent deed of the patient of a
    main-clause act of force (:func:`_deed_of_the_patient`)."""
    main = [e for e in events if not in_adjunct(a.sentence, e.verb_head) or _casualty_of_the_act(a, e, events)
            or _act_in_sequence(a, e) or _deed_of_the_patient(a, e, events)]
    return main if any(e.source is not None for e in main) else events


def _act_in_sequence(a: SentenceAnalysis, ev: Event) -> bool:
    """An act of force (CAMEO ``violent``) on an object, told in a subjectless adverbial
    clause of sequence (the profile's ``sequence_markers``) on a main-clause verb ("after
    arresting 12 persons, the police opened fire"): an event of its own before or after the
    main one, not a part of it ("after fighting on Monday" names no act on anyone). With the
    profile's ``sequence_any_act``, any act with a target."""
    entry = a.codebook.cameo.get(ev.code)
    any_act = a.profile.sequence_any_act and ev.target is not None  # "after meeting with X"
    if entry is None or not (entry.violent or any_act) or not a.profile.sequence_markers:
        return False
    s = a.sentence
    verb = s.token(ev.verb_head)
    while verb.base_rel == "conj" and verb.head:  # "after arresting and questioning them"
        verb = s.token(verb.head)
    if verb.base_rel != "advcl" or not verb.head or in_adjunct(s, verb.head):
        return False
    children = s.children(verb.id)
    # the marker, or an adverb just before one (a two-word marker read as an adverb and a marker)
    return any(lemma_of(c) in a.profile.sequence_markers and (c.base_rel == "mark" or c.base_rel == "advmod" and any(
        m.base_rel == "mark" and m.id == c.id + 1 for m in children)) for c in children) \
        and not any(c.base_rel in ("nsubj", "csubj") for c in children) \
        and (any_act or any(c.base_rel == "obj" for c in s.children(ev.verb_head)))


def _deed_of_the_patient(a: SentenceAnalysis, ev: Event, events: list[Event]) -> bool:
    """An act of force (CAMEO ``violent``) on an object, told in an active relative clause whose
    relative pronoun is its subject, on the patient of a main-clause act of material conflict
    (quad class 4) with a source ("a man who killed his wife was arrested by the police"): the
    deed the patient is held or punished for, an event of its own. Not a passive clause ("the
    man, who had been attacked, was taken to hospital": what befell the patient)."""
    entry = a.codebook.cameo.get(ev.code)
    s = a.sentence
    verb = s.token(ev.verb_head)
    if entry is None or not entry.violent or verb.deprel != "acl:relcl" or not verb.head:
        return False
    children = s.children(verb.id)
    if not any(c.deprel == "nsubj" and c.upos == "PRON" and c.id < verb.id for c in children) \
            or not any(c.base_rel == "obj" for c in children):
        return False
    patient = s.token(verb.head)
    if patient.deprel not in ("nsubj:pass", "obj"):
        return False
    cameo = a.codebook.cameo
    return any(e is not ev and e.verb_head == patient.head and e.source is not None
               and cameo.get(e.code) is not None and cameo[e.code].quad == 4
               and not in_adjunct(s, e.verb_head) for e in events)


def _with_doer_of_the_act(a: SentenceAnalysis, ev: Event, events: list[Event]) -> Event:
    """A violent act told in an agentless passive relative clause whose relative pronoun is
    an oblique ("police opened fire, in which two persons were killed") on a phrase of a
    main-clause act of force: done by that act's source (the event itself otherwise)."""
    doer = None if ev.source is not None or ev.target is None else _act_of_the_clause(a, ev, events)
    if doer is None:
        return ev
    return replace(ev, source=doer.source, notes=ev.notes + ("done in the act of force its clause hangs on",))


def _act_of_the_clause(a: SentenceAnalysis, ev: Event, events: list[Event]) -> Event | None:
    s, cameo = a.sentence, a.codebook.cameo
    entry = cameo.get(ev.code)
    verb = s.token(ev.verb_head)
    if entry is None or not entry.violent or verb.deprel != "acl:relcl" or not verb.head:
        return None
    children = s.children(verb.id)
    if not any(c.deprel == "nsubj:pass" for c in children) or any(c.deprel == "obl:agent" for c in children):
        return None
    if not any(c.base_rel == "obl" and c.upos == "PRON" and c.id < verb.id
               and any(g.base_rel == "case" for g in s.children(c.id)) for c in children):
        return None  # "in which": the act the clause tells of
    antecedent = s.token(verb.head)
    return next((e for e in events if e.verb_head == antecedent.head and antecedent.base_rel in ("obj", "obl")
                 and e.source is not None and cameo.get(e.code) is not None and cameo[e.code].quad == 4), None)


def _casualty_of_the_act(a: SentenceAnalysis, ev: Event, events: list[Event]) -> bool:
    """A violent event (CAMEO ``violent``) with both actors, told in a relative clause on a
    phrase of a main-clause act of material conflict (quad class 4) with the same source."""
    entry = a.codebook.cameo.get(ev.code)
    if entry is None or not entry.violent or ev.source is None or ev.target is None:
        return False
    act = _act_of_the_clause(a, ev, events)
    return act is not None and act.source.code == ev.source.code


def _fragment(a: SentenceAnalysis, ev: Event, events: list[Event]) -> bool:
    """A target-less event of a predicate conjoined with another whose event has the same
    source, a target and the same kind of act: one interaction told in two verbs ("established
    ties with and opened an embassy in X", "shelled the town and bombarded it again", "killed
    two youths and wounded five others")."""
    if ev.target is not None or ev.source is None:
        return False
    return any(
        other.target is not None and other.source is not None and other.source.code == ev.source.code
        and (other.code[:2] == ev.code[:2] or _casualties_of_one_assault(a, ev, other))
        and _conjoined(a, ev.verb_head, other.verb_head)
        for other in events if other is not ev)


def _casualties_of_one_assault(a: SentenceAnalysis, ev: Event, other: Event) -> bool:
    """"killed two youths and wounded five others": a generic act of violence (a root code)
    on people of its own naming no actor, beside violence of the same PLOVER event (and mode,
    where both name one): the casualties of one assault. Not a specific act ("sexually
    abused", 1821), nor one that shares the other's object ("abducted and killed X": two acts
    on X), nor another kind of coercion ("blocked the road to X and burned two trucks": a
    blockade, restrict, then property seized or damaged, seize)."""
    this, that = a.codebook.cameo.get(ev.code), a.codebook.cameo.get(other.code)
    if this is None or that is None or len(ev.code) != 3 or not (this.violent and that.violent):
        return False
    return this.plover_event is not None and this.plover_event == that.plover_event \
        and (this.plover_mode == that.plover_mode or None in (this.plover_mode, that.plover_mode)) and any(
        c.base_rel == "obj" for c in a.sentence.children(ev.verb_head))


def _conjoined(a: SentenceAnalysis, one: int, other: int) -> bool:
    s = a.sentence
    first, second = s.token(one), s.token(other)
    return (first.base_rel == "conj" and first.head == other) or (second.base_rel == "conj" and second.head == one) \
        or (first.base_rel == second.base_rel == "conj" and first.head == second.head)


def unique_events(events: list[Event]) -> list[Event]:
    seen = set()
    out = []
    for ev in events:
        key = (ev.sentence_index, ev.verb_head, ev.triple)
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out
