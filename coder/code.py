"""Coding: from a parsed sentence and a codebook to actor–action–target events.

Pure functions (no I/O, no module state). ``code_document`` walks the sentences in order,
carrying the actors mentioned so far so that pronouns ("they") and definite descriptions
("the country") resolve to the nearest compatible actor.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from coder.codebook import NULL_CODE, Codebook
from coder.doc import Document, Sentence, Token
from coder.event import ActorRef, Event
from coder.match import (
    LOCATIVE_PREPS, TIME_WORDS, UNKNOWN_COUNTRY, clause_ids, locative_ids, PredicateMatch, actor_type, best_noun_pattern, event_noun_blocks,
    verb_forms_for, best_verb_pattern, case_marker, conjuncts, find_mentions,
    is_negated, lemma_of, norm, rejoin_split_names, resolve_actor, resolve_actors, slot_candidates,
)

# Prepositions that introduce a target when a pattern does not say where it is, best first.
TARGET_PREPS = ("against", "on", "upon", "at", "with", "to", "toward", "towards", "from", "into",
                "over", "for", "of", "in")
# Prepositions of a topic, whose actor is a target after the TARGET_PREPS ("that": a
# complement clause a parser read as a phrase, "hopes that X ...").
TOPIC_PREPS = frozenset({"about", "regarding", "concerning", "versus", "vs", "vis-a-vis", "that"})
# Prepositions whose objects are places or times, never targets by default.
NON_TARGET_PREPS = frozenset({"in", "during", "after", "before", "since", "until", "near", "across",
                              "throughout", "amid", "within", "among", "despite",
                              "because of", "according to", "as", "like"})

# Prepositions that attach a time word as an argument, not as a time ("a treaty with Libya's
# almost five years" in a parse, "talks with this year's hosts").
ARGUMENT_PREPS = frozenset({"with", "against", "to", "toward", "towards", "into", "from"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "would", "'d"})  # "would": future in reported speech
OBLIGATION_AUX = frozenset({"must"})
HYPOTHETICAL_AUX = frozenset({"could", "may", "might", "should", "can", "must"})
# Governing verbs that change how an embedded event is asserted ("plans to attack").
INTENT_VERBS = frozenset({"plan", "intend", "want", "seek", "hope", "aim", "prepare", "expect",
                          "willing", "ready", "prepared", "determined", "eager"})
ANNOUNCED = frozenset({"future", "intended"})
UNREALIZED = frozenset({"conditional", "hypothetical", "purpose"})
# Clauses whose event has not happened: conditions, and what is still ahead ("before they demobilize").
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest", "before", "until", "till"})
ATTEMPT_VERBS = frozenset({"try", "attempt"})
FAIL_VERBS = frozenset({"fail", "refuse", "decline", "reject"})
REFUSAL_VERBS = frozenset({"refuse", "decline", "reject"})
PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person",
            "it": "thing", "its": "thing", "they": "any", "them": "any", "their": "any"}
RELATIVE_WORDS = frozenset({"which", "who", "whom", "that"})
DEFINITE_COUNTRY = frozenset({"country", "nation", "state", "government", "regime"})
DEFINITE_GROUP = frozenset({"group", "organization", "organisation", "movement", "militia", "faction"})


@dataclass(frozen=True)
class CodingOptions:
    """How strictly to code. PETRARCH's default is ``require_dyad=True``."""

    require_dyad: bool = False  # emit only events with both a source and a target
    # CAMEO manual: an announced or intended action ("X will send aid") is coded as an
    # expression of intent (033) or a threat (138); PETRARCH-2 codes the action itself.
    announced_as_intent: bool = True
    # CAMEO codes a refused or negated cooperative action with its Reject code ("refused to
    # yield" = 124, "did not comment" = 011); other negated actions are not events.
    negation_codes: bool = True


def code_document(doc: Document, codebook: Codebook, *, require_dyad: bool = False,
                  options: CodingOptions | None = None) -> list[Event]:
    """Code every sentence of ``doc``; returns events in sentence order."""
    options = options or CodingOptions(require_dyad=require_dyad)
    if _discarded(doc.text.split(), codebook, story=True):
        return []
    events: list[Event] = []
    history: list[ActorRef] = []  # actors mentioned so far, oldest first
    for sentence in doc.sentences:
        found, mentions = code_sentence(sentence, codebook, date=doc.date, history=history, options=options)
        events.extend(found)
        history = (history + mentions)[-50:]
    return events


def code_sentence(sentence: Sentence, codebook: Codebook, *, date: dt.date | None = None,
                  history: list[ActorRef] | None = None, options: CodingOptions | None = None,
                  set_aside: list[tuple[Event, str]] | None = None) -> tuple[list[Event], list[ActorRef]]:
    """Events of one sentence, and the actors it mentions (for later reference resolution).
    ``set_aside`` (for explanations) receives the events coded but not emitted, with why."""
    options = options or CodingOptions()
    sentence = rejoin_split_names(sentence)
    mentions = sentence_mentions(sentence, codebook, date)
    if not sentence.tokens:
        return [], mentions
    coder = _SentenceCoder(sentence, codebook, date, list(history or []), mentions, options,
                           discarded_tokens(sentence, codebook))
    events = coder.run()
    if set_aside is not None:
        set_aside.extend(coder.set_aside)
    return events, mentions


def sentence_mentions(sentence: Sentence, codebook: Codebook, date: dt.date | None) -> list[ActorRef]:
    """Every named actor in the sentence, in order (used to resolve later references)."""
    refs = []
    roots = sentence.roots()
    head = roots[0].id if roots else 1
    located = locative_ids(sentence)
    for m in find_mentions(sentence, list(sentence.tokens), head, codebook, "actors"):
        entry = m.entry
        code = entry.code_on(date)  # type: ignore[union-attr]
        kind = actor_type(entry, code, codebook)  # type: ignore[arg-type]
        span = [sentence.token(i) for i in range(m.start, m.end + 1)]
        refs.append(ActorRef(code, " ".join(t.text for t in span), m.end, span[0].start_char,
                             span[-1].end_char, (entry.ref,), entry.country or  # type: ignore[union-attr]
                             (code[:3] if kind == "country" else None), None, kind,
                             entry.inter, entry.acled_name,  # type: ignore[union-attr]
                             resolved_from="place" if m.start in located else None))
    return refs


def discarded_tokens(sentence: Sentence, codebook: Codebook) -> set[int]:
    """Ids of the tokens inside discard phrases of the sentence."""
    return {i + 1 + k for i, length, _ in _discard_hits([t.text for t in sentence.tokens], codebook)
            for k in range(length)}


def _discarded(words: list[str], codebook: Codebook, story: bool = False) -> bool:
    return discard_match(words, codebook, story) is not None


def discard_match(words: list[str], codebook: Codebook, story: bool = False) -> tuple[str, str] | None:
    """(phrase found, codebook ref) of the first discard phrase in ``words``, or None."""
    for i, length, ref in _discard_hits(words, codebook, story):
        return " ".join(words[i:i + length]), ref
    return None


def _discard_hits(words: list[str], codebook: Codebook, story: bool = False):
    """(start index, length, codebook ref) of each discard phrase in ``words``, left to right."""
    index = codebook.story_discards if story else codebook.discards
    if not len(index):
        return
    lowered = [w.lower().strip(".,;:!?\"'") for w in words]
    for i in range(len(lowered)):
        hit = index.longest_at(lowered[i:], words[i:])
        if hit:
            yield i, hit[0], hit[1]


class _SentenceCoder:
    """The per-sentence coding procedure; holds only this sentence's working state."""

    def __init__(self, sentence: Sentence, codebook: Codebook, date: dt.date | None,
                 history: list[ActorRef], mentions: list[ActorRef], options: CodingOptions,
                 discarded: set[int] | None = None):
        self.s = sentence
        self.cb = codebook
        self.date = date
        self.history = history
        self.mentions = mentions
        self.options = options
        self.discarded = discarded or set()  # tokens of discard phrases
        self.set_aside: list[tuple[Event, str]] = []  # coded, not emitted, and why
        self.matches: dict[int, PredicateMatch] = {}
        self.coded_heads: set[int] = set()  # predicates that produced events

    # ----------------------------------------------------------------- driver
    def run(self) -> list[Event]:
        named = self.name_tokens()
        for tok in self.s.tokens:
            if tok.id in named:
                continue  # "the Revolutionary United Front": a word of a name is no predicate
            match = best_verb_pattern(self.s, tok, self.cb, self.inherited_subject(tok))
            light = self.support_reading(tok)
            phrasal = match is not None and match.form is not None and bool(match.form.particle)
            if light is not None and not phrasal and (match is None or not self.cb.blocks[match.pattern.block].light):
                match = light  # "staged a hunger strike": the noun is the event ("called off a strike" is not)
            if match is None:
                match = best_noun_pattern(self.s, tok, self.cb)
            if match is not None:
                self.matches[tok.id] = match
        events: list[Event] = []
        # deepest predicates first, so a governor knows whether its complement coded
        for tok_id, match in sorted(self.matches.items(), key=lambda kv: -self.depth(kv[0])):
            found = self.code_noun(match) if match.form is None else self.code_verb(match)
            if found:
                self.coded_heads.add(tok_id)
            events.extend(found)
        events.sort(key=lambda e: e.verb_head)
        # a discard phrase ("in 1988", "two weeks ago", "football") marks its own clause as
        # historical or out of scope, not the current event the rest of the sentence reports
        kept = [e for e in events if not self.discarded & clause_ids(self.s, e.verb_head)]
        self.set_aside += [(e, "a discard phrase is in its clause") for e in events if e not in kept]
        main = self.main_events(kept)
        self.set_aside += [(e, "background clause: yields to the main event") for e in kept if e not in main]
        return _unique(main)

    def main_events(self, events: list[Event]) -> list[Event]:
        """Events inside relative clauses, participial modifiers and subjectless adverbial
        clauses ("the faction that controls Kabul", "militiamen armed with machetes", "...,
        killing 20") are background to a main-clause event with a source, and yield to it.
        Adverbial clauses with a subject of their own ("after Hamas fired rockets") report
        events of their own."""
        main = [e for e in events if not self.in_adjunct(e.verb_head)]
        return main if any(e.source is not None for e in main) else events

    def in_adjunct(self, token_id: int) -> bool:
        """Whether a predicate sits inside a modifying clause (see :meth:`main_events`)."""
        current = self.s.token(token_id)
        for _ in range(len(self.s.tokens)):  # bounded: malformed input can hold head cycles
            if current.base_rel in ("acl", "amod") or (current.base_rel == "advcl" and not any(
                    c.base_rel in ("nsubj", "csubj") for c in self.s.children(current.id))):
                return True
            if not current.head:
                return False
            current = self.s.token(current.head)
        return False

    def name_tokens(self) -> set[int]:
        """Tokens inside multi-word actor names of the codebook."""
        roots = self.s.roots()
        found = find_mentions(self.s, list(self.s.tokens), roots[0].id if roots else 1, self.cb, "actors")
        return {i for m in found if m.end > m.start for i in range(m.start, m.end + 1)}

    def support_reading(self, tok: Token) -> PredicateMatch | None:
        """The support-verb reading of a verb whose object is a known event noun."""
        forms = [f for f in verb_forms_for(self.s, tok, self.cb) if self.cb.blocks[f.block].light]
        if not forms:
            return None
        objects = [c for c in self.s.children(tok.id) if c.base_rel == "obj"]
        if not any(event_noun_blocks(self.s, o, self.cb) for o in objects):
            return None
        block = self.cb.blocks[forms[0].block]
        return PredicateMatch(tok, block.patterns[-1], forms[0], True, 0)

    def depth(self, token_id: int) -> int:
        steps, current = 0, token_id
        while current and steps < len(self.s.tokens):
            current = self.s.token(current).head
            steps += 1
        return steps

    # ----------------------------------------------------------------- verbs
    def code_verb(self, match: PredicateMatch) -> list[Event]:
        pred = match.token
        block = self.cb.blocks[match.pattern.block]
        if self.is_statement(match):
            demand = self.reported_demand(match)
            if demand is not None:
                return demand
        if block.light or block.speech:
            return []  # support and speech verbs are coded through their complements
        if self.governed_by_coded_verb(pred):
            return []  # "threatened to attack": the governing verb's event stands for both
        embedded = self.coded_xcomp(pred)
        if embedded is not None and self.is_statement(match) and self.codes_event(embedded):
            return []  # "X was seen to attack Y": the statement only reports the attack
        refusal = self.refusal_of(match, embedded)
        if refusal is not None:
            match = refusal  # "refused to yield": CAMEO's refusal of the embedded action (124)
        if match.pattern.code == NULL_CODE and not match.pattern.reverse:
            return []  # no event; an embedded predicate codes itself, inheriting this subject
        notes = []
        negated = self.negated(pred)
        modality = self.modality(pred)
        sources = self.argument_actors(pred, match.pattern.source or "subj", role="source")
        target_role = match.pattern.target
        target_pred = pred
        if embedded is not None and not target_role:
            # "threatened to attack Gondor": the governing verb's code, the embedded target
            target_pred = embedded
            notes.append(f"target from embedded predicate {embedded.text}")
        exclude = frozenset(a.code for a in sources)
        targets = (self.argument_actors(target_pred, target_role, role="target", exclude=exclude)
                   if target_role else self.default_targets(target_pred, exclude=exclude))
        if not targets and target_pred is not pred:  # "called on Gondor to be allowed to leave"
            targets = self.default_targets(pred, exclude=exclude)
            notes.pop()
        complements = [c for c in self.s.children(pred.id) if c.base_rel == "ccomp"]
        complements += [c for x in self.s.children(pred.id) if x.base_rel == "xcomp"  # "began to
                        for c in self.s.children(x.id) if c.base_rel == "ccomp"]     # question whether"
        if not targets and self.is_statement(match) and any(self.codes_event(c) for c in complements):
            return []  # "X said Y attacked Z": the report is attribution, not an event of X
        if not targets and not target_role:
            for clause in complements:  # "X believes Y can cope": X comments on Y
                targets = self.clause_actors(clause, exclude)
                if targets:
                    notes.append(f"target from complement clause {clause.text}")
                    break
        return self.build(match, pred, sources, targets, negated, modality, notes)

    def refusal_of(self, match: PredicateMatch, embedded: Token | None) -> PredicateMatch | None:
        """For "X refused to <action>", the match recoded with the action's negation code
        ("refused to yield" 124, "refused to meet" 125), when the codebook gives one."""
        if embedded is None or lemma_of(match.token) not in REFUSAL_VERBS:
            return None
        action = self.matches[embedded.id].pattern.code
        if action.startswith("01") and "011" in self.cb.cameo:
            return replace(match, pattern=replace(match.pattern, code="011", reverse=None))  # "declined to comment"
        intent = self.cb.cameo[action].intent if action in self.cb.cameo else None
        for code in (action, intent):  # "refused to meet": 040 has none, its intent 036 has 125
            negation = self.cb.cameo[code].negation if code in self.cb.cameo else None
            if negation in self.cb.cameo:
                return replace(match, pattern=replace(match.pattern, code=negation, reverse=None))
        return None

    def reported_demand(self, match: PredicateMatch) -> list[Event] | None:
        """"X said (that) Y must Z": X demands Z of Y (CAMEO 10: the demand mirroring Z's code,
        or 100); Z itself has not happened. None when no complement states an obligation."""
        pred = match.token
        for clause in self.s.children(pred.id):
            if clause.base_rel not in ("ccomp", "parataxis"):
                continue
            action = self.obliged_action(clause)
            if action is None:
                continue
            sources = self.argument_actors(pred, "subj", role="source")
            exclude = frozenset(a.code for a in sources)
            # "Obama said the United States must do more": a speaker's own country is no target
            countries = {a.country or a.code[:3] for a in sources}
            targets = [a for child in self.s.children(clause.id) if child.base_rel == "nsubj"
                       for a in self.actors_for(child.id, "target", exclude)
                       if a.code not in exclude and (a.country or a.code[:3]) not in countries]
            if not sources or not targets:
                return None
            embedded = self.matches.get(action.id)
            base = embedded.pattern.code if embedded is not None else NULL_CODE
            code = "100"
            if base in self.cb.cameo and not self.negated(action):
                code = self.cb.cameo[base].demand or "100"
            if code not in self.cb.cameo:
                return None
            demand = PredicateMatch(pred, replace(match.pattern, code=code, reverse=None), match.form)
            notes = [f"'{action.text}' is stated as an obligation: a demand"]
            return self.build(demand, pred, sources, targets, self.negated(pred), None, notes)
        return None

    def obliged_action(self, clause: Token) -> Token | None:
        """The action a clause says someone must do: "Y must withdraw", "Y has to withdraw"
        (not the inference "Y must have known")."""
        auxiliaries = {lemma_of(c) for c in self.s.children(clause.id) if c.base_rel == "aux"}
        if auxiliaries & OBLIGATION_AUX and "have" not in auxiliaries:
            return clause
        if lemma_of(clause) in ("have", "need"):
            for child in self.s.children(clause.id):
                if child.base_rel == "xcomp" and case_marker(self.s, child) == "to":
                    return child
        return None

    def codes_event(self, tok: Token) -> bool:
        """Whether a clause (or its embedded/conjoined predicates) produced events."""
        if tok.id in self.coded_heads:
            return True
        return any(self.codes_event(c) for c in self.s.children(tok.id) if c.base_rel in ("xcomp", "conj"))

    def clause_actors(self, clause: Token, exclude: frozenset[str]) -> list[ActorRef]:
        """The first actors of a complement clause: its subject, then its arguments."""
        for rel in ("nsubj", "nsubj:pass"):
            for child in self.s.children(clause.id):
                if child.deprel == rel:
                    found = [a for a in self.actors_for(child.id, "target", exclude) if a.code not in exclude] \
                        or self.actors_below(child.id, exclude)
                    if found:
                        return found
        return self.default_targets(clause, exclude=exclude)

    def governed_by_coded_verb(self, pred: Token) -> bool:
        """Whether a coded verb governs this one: "threatened to attack" (xcomp), "demanded
        that Y withdraw" (ccomp). The governing event stands for both; statements ("said
        that Y attacked") do not, they only report."""
        for _ in range(len(self.s.tokens)):  # bounded: malformed input can hold head cycles
            if not self.shares_head_clause(pred):  # "promised to democratize X and establish Y"
                break
            pred = self.s.token(pred.head)
        relation, governor_id = pred.base_rel, pred.head
        if self.infinitive_on_object(pred):  # "urged Eriador to respond", parsed as acl of Eriador
            relation, governor_id = "xcomp", self.s.token(pred.head).head
        if relation not in ("xcomp", "ccomp") or not governor_id:
            return False
        governor = self.matches.get(governor_id)
        if governor is None or governor.form is None:
            return False
        block = self.cb.blocks[governor.pattern.block]
        if governor.pattern.code == NULL_CODE or block.light or block.speech:
            return False
        return not self.is_statement(governor)  # "was seen to break into": the breaking stands

    def infinitive_on_object(self, pred: Token) -> bool:
        """A to-infinitive modifying the object of a verb ("urged Eriador to respond")."""
        if pred.base_rel != "acl" or not pred.head:
            return False
        noun = self.s.token(pred.head)
        return noun.base_rel in ("obj", "iobj") and any(
            lemma_of(c) == "to" and c.base_rel == "mark" for c in self.s.children(pred.id))

    def is_statement(self, match: PredicateMatch) -> bool:
        """Speech verbs and CAMEO 01 statements report their complement rather than act."""
        return self.cb.blocks[match.pattern.block].speech or match.pattern.code.startswith("01")

    def coded_xcomp(self, pred: Token) -> Token | None:
        for child in self.s.children(pred.id):
            if child.base_rel == "xcomp" and child.id in self.matches:
                return child
        return None

    # ----------------------------------------------------------------- nouns
    def code_noun(self, match: PredicateMatch) -> list[Event]:
        noun = match.token
        if self.adverbial_idiom(noun):
            return []
        support = self.support_verb(noun)
        notes = ["event noun"]
        if support is not None:
            sources = self.argument_actors(support, "subj", role="source")
            notes.append(f"source from support verb {support.text}")
            exclude = frozenset(a.code for a in sources)
            targets = self.noun_targets(noun, match, exclude) or self.default_targets(support, noun.id, exclude)
            negated = self.negated(support) or is_negated(self.s, noun)
            modality = self.modality(support)
        else:
            if self.argument_of_coded_verb(noun):
                return []  # "rejected a US request": the rejection is the event reported
            sources = self.noun_sources(noun, match)
            if not sources:
                return []  # an event noun without an actor of its own is not an event report
            targets = self.noun_targets(noun, match, frozenset(a.code for a in sources))
            negated, modality = is_negated(self.s, noun), None
        return self.build(match, noun, sources, targets, negated, modality, notes, nominal=True)

    def adverbial_idiom(self, noun: Token) -> bool:
        """"in protest of", "in retaliation for", "in response to": the noun gives the reason
        of the governing event, it is no event of its own."""
        return (noun.base_rel in ("obl", "nmod") and case_marker(self.s, noun) == "in"
                and not any(c.base_rel in ("det", "nmod:poss", "amod") for c in self.s.children(noun.id)))

    def first_conjunct(self, tok: Token) -> Token:
        """The head of a run of conjuncts ("attacks, ambushes and bombings" → attacks)."""
        for _ in range(len(self.s.tokens)):  # bounded: malformed input can hold head cycles
            if tok.base_rel != "conj" or not tok.head:
                break
            tok = self.s.token(tok.head)
        return tok

    def argument_of_coded_verb(self, noun: Token) -> bool:
        current = noun
        current = self.first_conjunct(current)
        if current.base_rel not in ("obj", "obl", "nsubj", "iobj") or not current.head:
            return False
        governor = self.matches.get(current.head)
        return (governor is not None and governor.form is not None
                and governor.pattern.code != NULL_CODE and not self.cb.blocks[governor.pattern.block].light)

    def support_verb(self, noun: Token) -> Token | None:
        """The light verb whose object (or conjoined object) this event noun is."""
        current = self.first_conjunct(noun)
        if current.base_rel not in ("obj", "nsubj:pass") and current.deprel != "nsubj:pass":
            return None
        head = self.s.head_of(current.id)
        if head is None:
            return None
        match = self.matches.get(head.id)
        if match is not None and self.cb.blocks[match.pattern.block].light:
            return head
        return None

    def noun_sources(self, noun: Token, match: PredicateMatch) -> list[ActorRef]:
        out: list[ActorRef] = []
        root = self.cb.cameo[match.pattern.code].root if match.pattern.code in self.cb.cameo else ""
        for child in self.s.children(noun.id):
            prep = case_marker(self.s, child)
            if child.deprel == "nmod:poss" or child.base_rel in ("amod", "compound") and not prep \
                    or prep == "by" or (prep == "of" and root not in _VIOLENT_ROOTS):
                actor = self.actor_at(child.id, role="source")
                if actor is not None:
                    out.append(actor)
        return out

    def noun_targets(self, noun: Token, match: PredicateMatch,
                     exclude: frozenset[str] = frozenset()) -> list[ActorRef]:
        if match.pattern.target:
            return self.argument_actors(noun, match.pattern.target, role="target", exclude=exclude)
        root = self.cb.cameo[match.pattern.code].root if match.pattern.code in self.cb.cameo else ""
        obliques = slot_candidates(self.s, noun, "obl", None)
        themes = slot_candidates(self.s, noun, "obj", None)
        for prep in TARGET_PREPS:
            if prep in NON_TARGET_PREPS:
                continue
            if prep == "of":
                if root in _VIOLENT_ROOTS:  # "the killing of civilians": the theme is the target
                    for theme in themes:
                        found = self.actors_for(theme.id, role="target", exclude=exclude)
                        if found:
                            return found
                continue
            for child in obliques:
                if case_marker(self.s, child) == prep:
                    found = self.actors_for(child.id, role="target", exclude=exclude)
                    if found:
                        return found
        return []

    # ----------------------------------------------------------------- arguments
    def inherited_subject(self, pred: Token) -> int | None:
        """The subject a predicate shares with its governor: control ("agreed to meet"),
        conjoined verbs ("attacked and burned"), relative clauses ("forces which attacked")."""
        current, steps = pred, 0
        while steps < 6:
            steps += 1
            own = [c for c in self.s.children(current.id) if c.deprel in ("nsubj", "obl:agent")]
            if own and current is not pred:
                return own[0].id
            if own:
                subj = own[0]
                if lemma_of(subj) in ("which", "who", "that") and current.base_rel == "acl" and current.head:
                    return current.head  # "the SDF, which was calling for ..." → the SDF
                return None
            if current.base_rel == "xcomp" and current.head:
                governor = self.s.token(current.head)
                controller = [c for c in self.s.children(governor.id) if c.base_rel in ("obj", "iobj")]
                if controller and governor.upos == "VERB":
                    return controller[0].id  # object control: "urged Eriador to respond" → Eriador
                passive = [c for c in self.s.children(governor.id) if c.deprel == "nsubj:pass"]
                if passive:
                    return passive[0].id  # "Gollum was seen to break into …", "X was asked to leave"
                current = governor
                continue
            # csubj without a subject of its own is a parser slip for "is about to restore"
            if current.base_rel in ("conj", "advcl", "csubj") and current.head:
                current = self.s.token(current.head)
                continue
            if current.base_rel == "acl" and current.head:
                noun = self.s.token(current.head)
                infinitive = any(lemma_of(c) == "to" and c.base_rel == "mark" for c in self.s.children(current.id))
                if infinitive and resolve_actor(self.s, noun.id, self.cb, self.date) is not None:
                    return noun.id  # "urged Eriador to respond" parsed as acl: Eriador responds
                if infinitive and noun.base_rel in ("obj", "nsubj") and noun.head:
                    current = self.s.token(noun.head)  # "Arnor announced plans to attack": Arnor
                    continue
                return current.head if current.feat("VerbForm") != "Part" or current.feat("Tense") != "Past" else None
            return None
        return None

    def argument_actors(self, pred: Token, where: str, role: str,
                        exclude: frozenset[str] = frozenset()) -> list[ActorRef]:
        """Actors in one argument position: ``subj``, ``obj``, ``obl:<prep>``, ``none``."""
        if where == "none":
            return []
        slot, _, prep = where.partition(":")
        candidates = slot_candidates(self.s, pred, slot, prep or None, self.inherited_subject(pred))
        if slot == "subj" and role == "target":  # "+ * (FROM $)": "X was freed from Y" → Y→X
            candidates = [c for c in self.s.children(pred.id) if c.deprel == "nsubj:pass"] + candidates
        if slot == "obl" and prep:
            candidates = [c for c in candidates if case_marker(self.s, c) == prep]
        if slot == "obl" and prep and not candidates:  # "asked for support from X"
            candidates = [g for c in slot_candidates(self.s, pred, "any", None)
                          for g in self.s.children(c.id)
                          if g.base_rel == "nmod" and case_marker(self.s, g) == prep]
        subjects = [c for c in candidates if c.deprel == "nsubj"]
        if slot == "subj" and len(subjects) > 1 and all(
                any(g.base_rel == "cc" for g in self.s.children(c.id)) for c in subjects[1:]):
            # a missed coordination: "Israel and the United States attacked", the second
            # subject carrying the "and"
            return _unique_actors([a for c in subjects for a in self.actors_for(c.id, role=role, exclude=exclude)])
        for cand in candidates:
            found = self.actors_for(cand.id, role=role, exclude=exclude)
            if found:
                return found
        return []

    def default_targets(self, pred: Token, skip: int | None = None,
                        exclude: frozenset[str] = frozenset()) -> list[ActorRef]:
        """Object first, then prepositional arguments in TARGET_PREPS order."""
        objects = [c for c in slot_candidates(self.s, pred, "obj", None) if c.id != skip]
        for cand in objects:
            found = self.actors_for(cand.id, role="target", exclude=exclude)
            if found:
                return found
        for cand in objects:  # "welcomed a resumption of ties with Osgiliath"
            found = self.actors_below(cand.id, exclude)
            if found:
                return found
        for cand in objects:  # last resort: "criticized the closure of guest houses in Bree"
            found = self.actors_below(cand.id, exclude, places=True)
            if found:
                return found
        obliques = [c for c in slot_candidates(self.s, pred, "obl", None) if c.id != skip]
        for prep in TARGET_PREPS:
            if prep in NON_TARGET_PREPS:
                continue
            for cand in obliques:
                if case_marker(self.s, cand) == prep and not self.is_time(cand):
                    found = self.actors_for(cand.id, role="target", exclude=exclude)
                    if found:
                        return found
        for cand in obliques:  # "complained about X", "talks regarding X"
            if case_marker(self.s, cand) in TOPIC_PREPS and not self.is_time(cand):
                found = self.actors_for(cand.id, role="target", exclude=exclude)
                if found:
                    return found
        for cand in obliques:  # "broke down relations with Libya", "rose in the dispute with X"
            if not self.is_time(cand):
                found = self.actors_below(cand.id, exclude)
                if found:
                    return found
        for cand in obliques:  # a place inside an argument: "appealed for peace in Ithilen"
            if case_marker(self.s, cand) not in NON_TARGET_PREPS and not self.is_time(cand):
                found = self.actors_below(cand.id, exclude, places=True)
                if found:
                    return found
        # last resort, as PETRARCH and CAMEO coders do: the place is the target ("criticized
        # the closure ... in Bree", "appealed for peace in Ithilen", "arrived in Gondor");
        # marked, so that a place alone, without a source, makes no event
        for cand in obliques:
            if case_marker(self.s, cand) in LOCATIVE_PREPS and not self.is_time(cand):
                found = self.actors_for(cand.id, role="target", exclude=exclude)
                if found:
                    return [replace(a, resolved_from=a.resolved_from or "place") for a in found]
        return []

    def actors_below(self, head_id: int, exclude: frozenset[str], depth: int = 0,
                     places: bool = False) -> list[ActorRef]:
        """The first actors found in the nominal modifiers of a phrase, nearest first
        (with ``places``, locative modifiers count too)."""
        if depth > 3:
            return []
        skip = NON_TARGET_PREPS - LOCATIVE_PREPS if places else NON_TARGET_PREPS
        # a participle parsed as a clause of the verb ("cordoned off the roads, leading into X")
        # carries its arguments as obl
        rels = ("nmod", "obl") if self.s.token(head_id).upos == "VERB" else ("nmod",)
        modifiers = [c for c in self.s.children(head_id)
                     if c.base_rel in rels and case_marker(self.s, c) not in skip
                     and c.deprel != "nmod:poss" and not self.is_time(c)]
        for clause in self.s.children(head_id):  # "the roads leading into Mordor"
            if clause.base_rel == "acl" and clause.upos == "VERB":
                modifiers += [c for c in self.s.children(clause.id)
                              if (c.base_rel in ("obl", "nmod") and case_marker(self.s, c) not in skip
                                  and not self.is_time(c)) or c.base_rel == "obj"]
        for mod in modifiers:
            found = [a for a in self.actors_for(mod.id, role="target", exclude=exclude) if a.code not in exclude]
            if found:
                return found
        for mod in modifiers:
            found = self.actors_below(mod.id, exclude, depth + 1, places)
            if found:
                return found
        return []

    def is_time(self, tok: Token) -> bool:
        """A time expression ("on Sunday", "last week"), not an argument ("with Libya's years")."""
        return lemma_of(tok) in TIME_WORDS and case_marker(self.s, tok) not in ARGUMENT_PREPS

    def actors_for(self, head_id: int, role: str, exclude: frozenset[str] = frozenset()) -> list[ActorRef]:
        """One actor per conjunct ("Arnor and Gondor" → two); conjoined agents share a
        country ("lawmakers and officials in Arnor" → ARNLEG, ARNGOV)."""
        out: list[ActorRef] = []
        for conj_id in conjuncts(self.s, head_id):
            tok = self.s.token(conj_id)
            many = [] if tok.upos == "PRON" else resolve_actors(self.s, conj_id, self.cb, self.date)
            if many:
                out.extend(many)
                continue
            actor = self.actor_at(conj_id, role, exclude)
            if actor is not None:
                out.append(actor)
        # country-level codes of the named conjuncts: "ARN" of ARN and of ARNLEG
        bases = list(dict.fromkeys(a.code[:3] for a in out if not _countryless(a)
                                   and (len(a.code) == 3 or (a.agent and a.code == a.code[:3] + a.agent))))
        if bases and any(_countryless(a) for a in out):
            shared = []
            for a in out:
                if _countryless(a) and a.agent:
                    shared += [replace(a, code=b + a.agent, country=a.country or
                                       next((x.country for x in out if x.code.startswith(b) and x.country), None))
                               for b in bases]
                else:
                    shared.append(a)
            out = shared
        return _unique_actors(out)

    def actor_at(self, head_id: int, role: str, exclude: frozenset[str] = frozenset()) -> ActorRef | None:
        tok = self.s.token(head_id)
        antecedent = self.relative_antecedent(tok)
        if antecedent is not None:  # "the town that rebels attacked": 'that' is the town
            return self.actor_at(antecedent, role, exclude)
        if tok.upos == "PRON" or lemma_of(tok) in PRONOUNS:
            return self.resolve_pronoun(tok)
        actor = resolve_actor(self.s, head_id, self.cb, self.date)
        if actor is None:
            actor = self.resolve_definite(tok, exclude)
        if actor is None:
            for child in self.s.children(head_id):  # "Jim Mattis, the defence minister"
                if child.base_rel == "appos":
                    actor = resolve_actor(self.s, child.id, self.cb, self.date)
                    if actor is not None:
                        break
        return actor

    def relative_antecedent(self, tok: Token) -> int | None:
        """The noun a relative pronoun stands for, through its acl:relcl clause."""
        if lemma_of(tok) not in RELATIVE_WORDS or not tok.head:
            return None
        clause = self.s.token(tok.head)
        if clause.deprel == "acl:relcl" and clause.head:
            return clause.head
        return None

    def earlier_mentions(self, before: int) -> list[ActorRef]:
        """Actors mentioned before token ``before``: this sentence first, then earlier
        sentences; nearest first."""
        here = [m for m in self.mentions if m.head < before]
        return list(reversed(here)) + list(reversed(self.history))

    def resolve_pronoun(self, tok: Token) -> ActorRef | None:
        kind = PRONOUNS.get(lemma_of(tok)) or PRONOUNS.get(norm(tok))
        if kind is None or lemma_of(tok) in ("which", "who", "that"):
            return None
        matrix = self.matrix_subject(tok)
        if matrix is not None and (kind == "any" or (kind == "person") == (matrix.type == "person")):
            return replace(matrix, head=tok.id, text=tok.text, start_char=tok.start_char,
                           end_char=tok.end_char, resolved_from="pronoun")
        for m in self.earlier_mentions(tok.id):
            if m.resolved_from == "place":
                continue  # "In Iraq, they ...": they are not Iraq
            if kind == "person" and m.type != "person":
                continue
            if kind == "thing" and m.type == "person":
                continue
            return replace(m, head=tok.id, text=tok.text, start_char=tok.start_char,
                           end_char=tok.end_char, resolved_from="pronoun")
        return None

    def matrix_subject(self, tok: Token) -> ActorRef | None:
        """For the subject pronoun of a complement or adverbial clause, the actor subject of
        the clause that governs it: "the Fijian rebels said they will release" → FJIREB."""
        if tok.base_rel != "nsubj" or not tok.head:
            return None
        clause = self.s.token(tok.head)
        if clause.base_rel not in ("ccomp", "advcl", "conj", "parataxis") or not clause.head:
            return None
        for child in self.s.children(clause.head):
            if child.deprel == "nsubj" and child.id < tok.id and child.upos != "PRON":
                return resolve_actor(self.s, child.id, self.cb, self.date)
        return None

    def resolve_definite(self, tok: Token, exclude: frozenset[str] = frozenset()) -> ActorRef | None:
        """"the country" → the last country mentioned; "the group" → the last organization."""
        lemma = lemma_of(tok)
        determiners = {lemma_of(c) for c in self.s.children(tok.id) if c.base_rel == "det"}
        if not determiners & {"the", "this", "that"}:
            return None
        if lemma in DEFINITE_COUNTRY:
            wanted = {"country"}
        elif lemma in DEFINITE_GROUP:
            wanted = {"organization", "group"}
        else:
            return None
        for m in self.earlier_mentions(tok.id):
            if m.type in wanted and m.code not in exclude:
                m = replace(m, resolved_from=None)
                phrase = [t for t in self.s.subtree(tok.id) if t.base_rel != "case"]
                return replace(m, head=tok.id, text=" ".join(t.text for t in phrase),
                               start_char=phrase[0].start_char, end_char=phrase[-1].end_char,
                               resolved_from="definite")
        return None

    # ----------------------------------------------------------------- negation, modality
    def negated(self, pred: Token) -> bool:
        current = pred
        for _ in range(4):
            if is_negated(self.s, current):
                return True
            if self.shares_head_clause(current):  # "did not attack and burn": both negated
                current = self.s.token(current.head)
                continue
            if current.base_rel != "xcomp" or not current.head:
                return False
            governor = self.s.token(current.head)
            if lemma_of(governor) in FAIL_VERBS and governor.id not in self.matches:
                return True  # "failed to attack"
            current = governor
        return False

    def modality(self, pred: Token) -> str | None:
        current = pred
        for _ in range(4):
            if current.base_rel == "acl" and any(lemma_of(c) == "to" and c.base_rel == "mark"
                                                   for c in self.s.children(current.id)):
                return "intended"  # "plans to sell weapons", "efforts to reach a deal"
            if current.base_rel == "advcl":
                marks = {lemma_of(c) for c in self.s.children(current.id) if c.base_rel == "mark"}
                if marks & CONDITIONAL_MARKS:
                    return "conditional"  # "... if it is attacked"
                if "to" in marks and not marks - {"to", "in", "order", "so", "as"}:
                    return "purpose"  # "telephoned Y to discuss": the call is the event
            for child in self.s.children(current.id):
                if child.base_rel == "aux":
                    word = norm(child)
                    if word in FUTURE_AUX or lemma_of(child) in FUTURE_AUX:
                        return "future"
                    if word in HYPOTHETICAL_AUX:
                        if lemma_of(child) in ("can", "could") and is_negated(self.s, current):
                            continue  # "cannot attend" says it does not happen: plain negation
                        return "hypothetical"
            if self.shares_head_clause(current):  # "will attack and burn": both future
                current = self.s.token(current.head)
                continue
            if current.base_rel != "xcomp" or not current.head:
                return None
            governor = self.s.token(current.head)
            lemma = lemma_of(governor)
            if lemma in INTENT_VERBS:
                return "intended"
            if lemma in ("have", "need") and governor.feat("Tense") != "Past":
                return "hypothetical"  # "has to withdraw" is an obligation; "had to" happened
            if lemma in ATTEMPT_VERBS:
                return "attempted"
            current = governor
        return None

    def shares_head_clause(self, tok: Token) -> bool:
        """A conjoined verb without its own subject or auxiliary shares its first
        conjunct's (UD attaches "will"/"not" to the first verb only)."""
        if tok.base_rel != "conj" or not tok.head or self.s.token(tok.head).upos not in ("VERB", "AUX"):
            return False
        return not any(c.base_rel in ("nsubj", "aux", "csubj") for c in self.s.children(tok.id))

    def reporter(self, pred: Token) -> ActorRef | None:
        """The speaker of "X said (that) ... pred ...", or of "..., X said"."""
        current = pred
        for _ in range(6):
            head = self.s.head_of(current.id)
            for child in self.s.children(current.id):  # "..., a senior official said"
                if child.base_rel == "parataxis" and self.is_speech(child):
                    return self.speaker(child)
            if head is None:
                return None
            if current.base_rel in ("ccomp", "parataxis") and self.is_speech(head):
                return self.speaker(head)
            current = head
        return None

    def is_speech(self, tok: Token) -> bool:
        match = self.matches.get(tok.id)
        return match is not None and self.cb.blocks[match.pattern.block].speech

    def speaker(self, verb: Token) -> ActorRef | None:
        for child in self.s.children(verb.id):
            if child.deprel in ("nsubj", "obl:agent"):
                return self.actor_at(child.id, role="source")
        return None

    # ----------------------------------------------------------------- events
    def build(self, match: PredicateMatch, pred: Token, sources: list[ActorRef],
              targets: list[ActorRef], negated: bool, modality: str | None, notes: list[str],
              nominal: bool = False) -> list[Event]:
        if modality in UNREALIZED:
            return []  # may happen, or happens only under a condition
        if negated and not self.options.negation_codes:
            return []
        block = self.cb.blocks[match.pattern.block]
        # paired codes: "X visited Y" is also "Y hosted X"; "A met B" is also "B met A"
        reverse_code = match.pattern.reverse or (match.pattern.code if block.reciprocal else None)
        forward = self.coded(match.pattern.code, modality, notes, negated)
        # a refusal is the subject's alone: no reversed or reciprocal dyad
        reverse = None if negated else self.coded(reverse_code, modality, notes)
        if forward is None and reverse is None:
            return []
        reporter = self.reporter(pred)
        issues = _issues(self.s, self.cb)
        if block.reciprocal and len(sources) > 1 and targets and all(t.resolved_from == "place" for t in targets):
            targets = []  # "A and B signed an agreement in Jeddah": they act on each other
        compound = len(sources) > 1 and not targets
        if compound:
            # "Gondor and Osgiliath renewed ties": a compound subject acts on itself, each way
            pairs = [(a, b) for a in sources for b in sources if a.code != b.code]
        else:
            pairs = [(s, t) for s in (sources or [None]) for t in (targets or [None])]
        dyads = [(s, t, forward, None) for s, t in pairs] if forward else []
        if reverse:
            paired = forward if forward and not compound and not block.reciprocal else None
            # a place is no party to a reciprocal act ("signed an agreement in Jeddah"); a
            # paired code reverses it on purpose ("arrived in X": X hosts)
            dyads += [(t, s, reverse, paired) for s, t in pairs if s is not None and t is not None
                      and not (block.reciprocal and t.resolved_from == "place")]
        events = []
        for source, target, code, paired_code in dyads:
            if source is None and (target is None or target.resolved_from):
                continue  # nothing to code, or only a guessed reference
            if self.options.require_dyad and (source is None or target is None):
                continue
            if source is not None and target is not None and source.code == target.code:
                continue  # an actor acting on itself is not an interaction
            events.append(Event(
                doc_id=self.s.doc_id, sentence_index=self.s.index, code=code,
                pattern_id=match.pattern.id, pattern_ref=match.pattern.ref, verb_head=pred.id,
                verb_text=pred.text, verb_start=pred.start_char, verb_end=pred.end_char,
                source=source, target=target, negated=negated, modality=modality,
                reported_by=reporter, nominal=nominal, issues=issues, notes=tuple(notes),
                paired_code=paired_code))
        return events

    def coded(self, code: str | None, modality: str | None, notes: list[str],
              negated: bool = False) -> str | None:
        """The code to emit (CAMEO negation code for a negated action, intent code for an
        announced one), or None for no event."""
        if not code or code == NULL_CODE or code not in self.cb.cameo:
            return None
        action = code
        intent = self.cb.cameo[code].intent
        if self.options.announced_as_intent and modality in ANNOUNCED and intent in self.cb.cameo:
            notes.append(f"announced {code} coded as intent {intent} (CAMEO)")
            code = intent
        if negated:  # "did not yield" is a refusal (124), "will not meet" 125; "did not attack" no event
            negation = self.cb.cameo[code].negation or self.cb.cameo[action].negation
            if negation not in self.cb.cameo:
                return None
            notes.append(f"negated {code} coded as its negation {negation} (CAMEO)")
            code = negation
        return code


_VIOLENT_ROOTS = frozenset({"17", "18", "19", "20"})


def _issues(sentence: Sentence, codebook: Codebook) -> tuple[str, ...]:
    if not len(codebook.issues):
        return ()
    words = [norm(t) for t in sentence.tokens]
    raw = [t.text for t in sentence.tokens]
    lemmas = [lemma_of(t) for t in sentence.tokens]
    found = []
    for i in range(len(words)):
        hit = codebook.issues.longest_at(words[i:], raw[i:], lemmas[i:])
        if hit and hit[1] not in found:
            found.append(hit[1])
    return tuple(found)


def _countryless(actor: ActorRef) -> bool:
    """An agent without a country: ---COP."""
    return actor.code.startswith(UNKNOWN_COUNTRY)


def _unique_actors(actors: list[ActorRef]) -> list[ActorRef]:
    seen, out = set(), []
    for a in actors:
        if a.code not in seen:
            seen.add(a.code)
            out.append(a)
    return out


def _unique(events: list[Event]) -> list[Event]:
    seen = set()
    out = []
    for ev in events:
        key = (ev.sentence_index, ev.verb_head, ev.triple)
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out
