"""Event nouns: "the attack on Arnor", "Gondor's withdrawal", and nouns under a support verb
("staged a hunger strike", "carried out bombings")."""

from __future__ import annotations

from coder.doc import Token
from coder.event import ActorRef
from coder.code.arguments import argument_actors, default_targets, mutual_parties
from coder.code.assertion import modality, negated
from coder.code.build import Arguments, Outcome, agentless_passive_of_force, build, nothing
from coder.code.conditions import ultimatum_of
from coder.code.context import Context
from coder.code.governors import governed_by_coded_verb
from coder.code.predicates import PredicateMatch
from coder.code.references import actor_at, actors_for, possessive_owner
from coder.code.slots import slot_candidates
from coder.code.syntax import case_marker, first_conjunct, is_negated, lemma_of, marked_with

from coder.codebook import NULL_CODE


def code_noun(ctx: Context, match: PredicateMatch) -> Outcome:
    a, noun = ctx.a, match.token
    if adverbial_idiom(ctx, noun):
        return nothing("gives the reason of the governing event ('in protest', 'in response')")
    support = support_verb(ctx, noun) or journey_of(ctx, noun)
    notes = ["event noun"]
    if support is not None and governed_by_coded_verb(ctx, support):
        return nothing(f"carried by '{support.text}', which a coded verb governs ('threatened to launch an offensive')")
    if support is not None:
        sources = argument_actors(a, support, "subj", "source")
        notes.append(f"source from support verb {support.text}")
        exclude = frozenset(x.code for x in sources)
        targets = noun_targets(ctx, noun, match, exclude) or default_targets(a, support, noun.id, exclude)
        # "arrests were made", "two attacks were carried out in X": the support verb's
        # agentless passive tells an act of force whose actors are unknown
        unnamed = not sources and all(t.resolved_from == "place" for t in targets) \
            and noun.deprel == "nsubj:pass" and agentless_passive_of_force(ctx, match.pattern.code, support)
        if unnamed:
            notes.append("an agentless passive of force under a support verb: actors unknown")
        args = Arguments(sources, targets, negated(ctx, support) or is_negated(a.sentence, noun, a.profile),
                         modality(ctx, support), notes, nominal=True, unnamed=unnamed)
        conditional = ultimatum_of(ctx, match, args, clause=support)  # "will not resume talks until ..."
        if conditional is not None:
            match, args = conditional
        return build(ctx, match, noun, args)
    if argument_of_coded_verb(ctx, noun):
        return nothing("the argument of a coded verb, whose event is the one reported")
    sources = noun_sources(ctx, noun, match)
    if not sources and (parties := mutual_parties(a, noun, ctx.block(match), match.pattern.code)
                        or _mutual_parties_of_its_verb(ctx, noun, match)):
        args = Arguments(parties, [], is_negated(a.sentence, noun, a.profile), None,
                         notes + ["the parties of a mutual phrase"], nominal=True)
        return build(ctx, match, noun, args)
    if not sources and (targets := _patients_of_main_act(ctx, noun, match)):
        # "the arrest of three men sparked protests": the act of force the sentence is
        # about, on the people its own phrases name, its doer unsaid (as in an agentless
        # passive, "three men were arrested")
        args = Arguments([], targets, is_negated(a.sentence, noun, a.profile), None,
                         notes + ["an act of force on the people the noun names, its doer unsaid"], nominal=True)
        return build(ctx, match, noun, args)
    if not sources:
        return nothing("an event noun without an actor of its own")
    targets = noun_targets(ctx, noun, match, frozenset(x.code for x in sources))
    args = Arguments(sources, targets, is_negated(a.sentence, noun, a.profile), None, notes, nominal=True)
    return build(ctx, match, noun, args)


def _patients_of_main_act(ctx: Context, noun: Token, match: PredicateMatch) -> list[ActorRef]:
    """The actors an act of force (CAMEO ``violent``) is done to, named in its own phrases
    ("the arrest of three men", "the bombardments on rebel positions"), when the noun heads
    the sentence or is its subject, not an adjunct of another event ("in protest of the
    arrest of X", "after the killing of Y", "killed 46 civilians in an attack on X")."""
    current = first_conjunct(ctx.a.sentence, noun)
    if current.base_rel not in ("root", "nsubj") or not violent(ctx, match):
        return []
    return [t for t in noun_targets(ctx, noun, match) if not t.resolved_from]


def adverbial_idiom(ctx: Context, noun: Token) -> bool:
    """"in protest of", "in retaliation for", "in response to": the noun gives the reason
    of the governing event, it is no event of its own."""
    s = ctx.a.sentence
    return (noun.base_rel in ("obl", "nmod") and case_marker(s, noun) == ctx.a.profile.reason_preposition
            and not any(c.base_rel in ("det", "nmod:poss", "amod") for c in s.children(noun.id)))


def argument_of_coded_verb(ctx: Context, noun: Token) -> bool:
    """"rejected a US request": the rejection is the event reported."""
    current = first_conjunct(ctx.a.sentence, noun)
    if current.base_rel not in ("obj", "obl", "nsubj", "iobj") or not current.head:
        return False
    governor = ctx.predicates.get(current.head)
    return (governor is not None and governor.form is not None
            and governor.pattern.code != NULL_CODE and not ctx.block(governor).light
            and not anothers_act(ctx, governor, current))


def anothers_act(ctx: Context, verb: PredicateMatch, noun: Token) -> bool:
    """Whether a verb whose code yields on the actor's own act (CAMEO ``own_act``: 087
    de-escalate, 082 ease dissent) has for object an event noun whose doer, named in its own
    phrase ("the rebel offensive", "Mordor's attacks"), is another actor than the verb's
    subject: halting it is no yielding of the subject's ("halted its offensive" is, and "its
    military offensive": a possessive pronoun names the doer an adjective's agent leaves open)."""
    entry = ctx.a.codebook.cameo.get(verb.pattern.code)
    match = ctx.predicates.get(noun.id)
    if entry is None or not entry.own_act or noun.base_rel != "obj" or match is None or match.form is not None:
        return False
    doers = noun_sources(ctx, noun, match)
    owner = possessive_owner(ctx.a, noun) if doers else None
    if owner is not None:
        doers.append(owner)
    subjects = argument_actors(ctx.a, verb.token, "subj", "source") if doers else []
    return bool(subjects) and not any(_one_side(d, s) for d in doers for s in subjects)


def _one_side(one: ActorRef, other: ActorRef) -> bool:
    """The same actor, or two of the same country ("Gondor halted the Gondorian offensive")."""
    countries = {x.country or x.code[:3] for x in (one, other)}
    return one.code == other.code or (len(countries) == 1 and "---" not in countries)


def support_verb(ctx: Context, noun: Token) -> Token | None:
    """The light verb whose object (or conjoined object) this event noun is."""
    s = ctx.a.sentence
    current = first_conjunct(s, noun)
    if current.base_rel not in ("obj", "nsubj:pass") and current.deprel != "nsubj:pass":
        return None
    head = s.head_of(current.id)
    if head is None:
        return None
    match = ctx.predicates.get(head.id)
    if match is not None and ctx.block(match).light:
        return head
    return None


def journey_of(ctx: Context, noun: Token) -> Token | None:
    """The motion verb this event noun is the purpose of ("left for Gondor for talks",
    "gathered for a rally"): its subject is the noun's actor."""
    s, p = ctx.a.sentence, ctx.a.profile
    current = first_conjunct(s, noun)
    if current.base_rel != "obl" or case_marker(s, current) not in p.purpose_prepositions:
        return None
    head = s.head_of(current.id)
    if head is None or head.upos != "VERB" or lemma_of(head) not in p.motion_verbs:
        return None
    return head


def purpose_event(ctx: Context, verb: Token) -> Token | None:
    """The event noun a motion verb travels for, when it codes an event."""
    for child in ctx.a.sentence.children(verb.id):
        if child.id in ctx.predicates and journey_of(ctx, child) is verb and ctx.codes_event(child):
            return child
    return None


def sending_purpose(ctx: Context, verb: Token) -> Token | None:
    """The coded act a verb of sending sends for ("sent inspectors to investigate the
    killings", profile phrases.sending_verbs): an infinitive clause of purpose that codes an
    event and names whom it is done to ("sent troops to crush the protests" stays a sending)."""
    s, p = ctx.a.sentence, ctx.a.profile
    if lemma_of(verb) not in p.sending_verbs:
        return None
    for child in s.children(verb.id):
        if child.base_rel == "advcl" and child.id in ctx.predicates and marked_with(s, child, p.infinitive_marker) \
                and default_targets(ctx.a, child) and ctx.codes_event(child):
            return child
    return None


def violent(ctx: Context, match: PredicateMatch) -> bool:
    """Whether the predicate's code is violence (``violent`` in cameo.yaml: CAMEO 17-20)."""
    entry = ctx.a.codebook.cameo.get(match.pattern.code)
    return entry is not None and entry.violent


def noun_sources(ctx: Context, noun: Token, match: PredicateMatch) -> list[ActorRef]:
    """"Gondor's attack", "Arnorian attacks", "the attack by Gondor", "the visit of X"
    (not "the killing of civilians": the theme of violence is its target); a "by" phrase the
    parser hung on the noun's "of" phrase is the noun's ("the arrest of two students by the
    police")."""
    a, p = ctx.a, ctx.a.profile
    is_violent = violent(ctx, match)
    out: list[ActorRef] = []
    for child in a.sentence.children(noun.id):
        prep = case_marker(a.sentence, child)
        if child.deprel == "nmod:poss" or child.base_rel in ("amod", "compound") and not prep \
                or prep == p.agent_preposition or (prep == p.theme_preposition and not is_violent):
            actor = actor_at(a, child.id, "source")
            if actor is not None:
                out.append(actor)
        elif prep == p.theme_preposition:
            for agent in a.sentence.children(child.id):
                if agent.base_rel == "nmod" and case_marker(a.sentence, agent) == p.agent_preposition:
                    actor = actor_at(a, agent.id, "source")
                    if actor is not None:
                        out.append(actor)
    return out


def noun_targets(ctx: Context, noun: Token, match: PredicateMatch,
                 exclude: frozenset[str] = frozenset()) -> list[ActorRef]:
    a, p = ctx.a, ctx.a.profile
    if match.pattern.target:
        return argument_actors(a, noun, match.pattern.target, "target", exclude)
    obliques = slot_candidates(a.sentence, noun, "obl", None, p)
    for prep in p.target_prepositions:
        if prep in p.non_target_prepositions:
            continue
        if prep == p.theme_preposition:
            if violent(ctx, match):  # "the killing of civilians": the theme is the target
                for theme in slot_candidates(a.sentence, noun, "obj", None, p):
                    found = actors_for(a, theme.id, "target", exclude)
                    if found:
                        return found
            continue
        for child in obliques:
            if case_marker(a.sentence, child) == prep:
                found = actors_for(a, child.id, "target", exclude)
                if found:
                    return found
    return []


def _mutual_parties_of_its_verb(ctx: Context, noun: Token, match: PredicateMatch) -> list[ActorRef]:
    """"Clashes broke out between X and Y": the parties hang on the verb the event noun is
    the subject of, when that verb codes nothing itself."""
    if noun.base_rel != "nsubj" or not noun.head:
        return []
    verb = ctx.predicates.get(noun.head)
    if verb is not None and (verb.pattern.code != NULL_CODE or ctx.block(verb).light):
        return []
    return mutual_parties(ctx.a, ctx.a.sentence.token(noun.head), ctx.block(match), match.pattern.code)
