"""Event assembly for one predicate: codes (intent and negation codes as CAMEO gives them),
paired and reciprocal dyads, the reporter, and the events themselves."""

from __future__ import annotations

from dataclasses import dataclass

from coder.codebook import NULL_CODE
from coder.copies import replace
from coder.doc import Token
from coder.event import ActorRef, Event
from coder.code.assertion import ANNOUNCED, ATTEMPTED, UNREALIZED
from coder.code.attribution import reported_clause
from coder.code.context import Context
from coder.code.predicates import PredicateMatch
from coder.code.references import actor_at
from coder.code.syntax import case_marker, lemma_of


@dataclass(frozen=True)
class Outcome:
    """What one predicate coded: its events, or why it coded none."""

    events: tuple[Event, ...] = ()
    why: str = ""


def nothing(why: str) -> Outcome:
    return Outcome((), why)


@dataclass(frozen=True)
class Arguments:
    """What event assembly needs of a predicate: its actors and assertion."""

    sources: list[ActorRef]
    targets: list[ActorRef]
    negated: bool
    modality: str | None
    notes: list[str]
    nominal: bool = False
    # an act of force told in an agentless passive whose patient names no actor ("shops
    # were looted"): an event all the same, both actors unknown
    unnamed: bool = False
    # the subject's act alone, whatever its block ("will not negotiate until Y lifts the
    # sanctions": a demand on Y, not a reciprocal negotiation): no reversed dyad
    one_way: bool = False


def build(ctx: Context, match: PredicateMatch, pred: Token, args: Arguments) -> Outcome:
    """The events of a predicate with its arguments: one per dyad, plus the reversed dyad of
    a paired code ("X visited Y" is also "Y hosted X") and both ways of a reciprocal one."""
    if args.modality in UNREALIZED:
        return nothing(f"{args.modality}: may happen, or happens only under a condition")
    if args.negated and not ctx.options.negation_codes:
        return nothing("negated (negation codes are off)")
    block = ctx.block(match)
    notes = list(args.notes)
    reverse_code = match.pattern.reverse or (match.pattern.code if block.reciprocal else None)
    forward = coded(ctx, match.pattern.code, args.modality, notes, args.negated)
    # a refusal is the subject's alone: no reversed or reciprocal dyad; so is an announced
    # act's intent ("X will visit Y" is X's intent, no intent of Y's to host X)
    announced = args.modality in ANNOUNCED and ctx.options.announced_as_intent and not block.reciprocal
    reverse = None if args.negated or announced or args.one_way else coded(ctx, reverse_code, args.modality, notes)
    if forward is None and reverse is None:
        return nothing("no code: the pattern codes no event, or a negated act has no negation code")
    if block.reciprocal and not args.one_way and len(args.sources) > 1 and args.targets \
            and ctx.a.profile.partner_prepositions:
        args = replace(args, targets=[t for t in args.targets if _party_phrase(ctx, pred, t)])
    dyads = list(_dyads(ctx, block, args, forward, reverse, _acts_on_something(ctx, match, forward)))
    if not dyads:
        return nothing("no source, or only a place or a guessed reference as target")
    reporter = reporter_of(ctx, pred)
    return Outcome(tuple(_event(ctx, match, pred, args, notes, reporter, *dyad) for dyad in dyads))


def material_conflict(ctx: Context, code: str | None) -> bool:
    """Whether ``code`` is an act of material conflict (CAMEO quad class 4)."""
    entry = ctx.a.codebook.cameo.get(code)
    return entry is not None and entry.quad == 4


def agentless_passive_of_force(ctx: Context, code: str | None, verb: Token) -> bool:
    """"about 20 shops were looted", "the town was taken", "arrests were made": a passive
    verb (its subject the patient or the event noun, no "by" phrase) of an act of material
    conflict (CAMEO quad class 4, ``code``)."""
    if not material_conflict(ctx, code):
        return False
    children = ctx.a.sentence.children(verb.id)
    return any(c.deprel == "nsubj:pass" for c in children) and not any(c.deprel == "obl:agent" for c in children)


def _party_phrase(ctx: Context, pred: Token, target: ActorRef) -> bool:
    """Whether a target names the other party of a reciprocal act: found in the predicate's
    object or in a phrase of the profile's ``partner`` prepositions ("talks with X"), or
    outside the predicate's own phrases; not in another phrase of it ("Israel and Lebanon
    renewed negotiations on an Israeli troop pullback": they negotiate with each other)."""
    s = ctx.a.sentence
    # an event noun's phrases may hang on its support verb ("renewed negotiations on X")
    heads = {pred.id, pred.head} if pred.upos in ("NOUN", "PROPN") and pred.head else {pred.id}
    current = s.token(target.head) if 0 < target.head <= len(s.tokens) else None
    for _ in range(len(s.tokens)):
        if current is None or not current.head or current.id in heads:
            return True
        if current.head in heads:
            return current.base_rel in ("obj", "iobj", "nsubj") \
                or case_marker(s, current) in ctx.a.profile.partner_prepositions
        current = s.token(current.head)
    return True


def _acts_on_something(ctx: Context, match: PredicateMatch, code: str | None) -> bool:
    """Force used on an object of its own: "Russia and Syria bombed the town" (its co-subjects
    act together on it), unlike "Russia and Syria clashed" (on each other) or "exchanged fire"
    (an object the pattern names is part of the expression, no patient). Words keep the
    pairing ("A and B downplayed their meeting": on each other, as PETRARCH codes it)."""
    if any(spec.slot == "obj" and any(w.head != "*" for w in spec.words) for spec in match.pattern.match):
        return False
    # an event noun as the object names the act itself, not its patient ("fought a battle"
    # pairs the co-subjects when the codebook lists "battle"; "fought a war" does not)
    return material_conflict(ctx, code) and any(
        c.base_rel == "obj" and lemma_of(c) not in ctx.a.codebook.noun_forms
        for c in ctx.a.sentence.children(match.token.id))


def _dyads(ctx: Context, block, args: Arguments, forward: str | None, reverse: str | None,
           joint: bool = False):
    sources, targets = args.sources, args.targets
    if block.reciprocal and len(sources) > 1 and targets and all(t.resolved_from == "place" for t in targets):
        targets = []  # "A and B signed an agreement in Jeddah": they act on each other
    compound = len(sources) > 1 and not targets and not (joint and not block.reciprocal)
    if compound:
        # "Gondor and Osgiliath renewed ties": a compound subject acts on itself, each way
        pairs = [(x, y) for x in sources for y in sources if x.code != y.code]
    else:
        pairs = [(x, y) for x in (sources or [None]) for y in (targets or [None])]
    dyads = [(x, y, forward, None) for x, y in pairs] if forward else []
    if reverse:
        paired = forward if forward and not compound and not block.reciprocal else None
        # a place is no party to a reciprocal act ("signed an agreement in Jeddah"); a
        # paired code reverses it on purpose ("arrived in X": X hosts)
        dyads += [(y, x, reverse, paired) for x, y in pairs if x is not None and y is not None
                  and not (block.reciprocal and y.resolved_from == "place")]
    for source, target, code, paired_code in dyads:
        if source is None and args.unnamed and (target is None or target.resolved_from == "place"):
            if not ctx.options.require_dyad:  # "shops were looted (in X)": the act, actors unknown
                yield None, None, code, paired_code
            continue
        if source is None and (target is None or target.resolved_from):
            continue  # nothing to code, or only a guessed reference
        if ctx.options.require_dyad and (source is None or target is None):
            continue
        if source is not None and target is not None and source.code == target.code and not _two_unknowns(source, target):
            continue  # an actor acting on itself is not an interaction
        yield source, target, code, paired_code


def _two_unknowns(source: ActorRef, target: ActorRef) -> bool:
    """Two different phrases of the same generic code with no country ("unknown gunmen
    killed civilians" twice over: ---UAF, ---CVL): different actors, not one acting on itself."""
    return source.code.startswith("---") and source.head != target.head and source.text != target.text


def _event(ctx: Context, match: PredicateMatch, pred: Token, args: Arguments, notes: list[str],
           reporter: ActorRef | None, source: ActorRef | None, target: ActorRef | None, code: str, paired_code: str | None) -> Event:
    s = ctx.a.sentence
    return Event(
        doc_id=s.doc_id, sentence_index=s.index, code=code,
        pattern_id=match.pattern.id, pattern_ref=match.pattern.ref, verb_head=pred.id,
        verb_text=pred.text, verb_start=pred.start_char, verb_end=pred.end_char,
        source=source, target=target, negated=args.negated, modality=args.modality,
        reported_by=reporter, nominal=args.nominal, issues=ctx.a.issues, notes=tuple(notes),
        paired_code=paired_code)


def coded(ctx: Context, code: str | None, modality: str | None, notes: list[str],
          negated: bool = False) -> str | None:
    """The code to emit (CAMEO negation code for a negated action, intent code for an
    announced one), or None for no event."""
    cameo = ctx.a.codebook.cameo
    if not code or code == NULL_CODE or code not in cameo:
        return None
    action = code
    intent = cameo[code].intent
    if ctx.options.announced_as_intent and modality in ANNOUNCED and intent in cameo:
        notes.append(f"announced {code} coded as intent {intent} (CAMEO)")
        code = intent
    attempt = cameo[code].attempt
    if modality == ATTEMPTED and attempt in cameo:  # "tried to assassinate": 185, not 186
        notes.append(f"attempted {code} coded as {attempt} (CAMEO)")
        code = attempt
    if negated:  # "did not yield" is a refusal (124), "will not meet" 125; "did not attack" no event
        negation = cameo[code].negation or cameo[action].negation
        if negation not in cameo:
            return None
        notes.append(f"negated {code} coded as its negation {negation} (CAMEO)")
        code = negation
    return code


def reporter_of(ctx: Context, pred: Token) -> ActorRef | None:
    """The speaker of "X said (that) ... pred ...", or of "..., X said"."""
    s = ctx.a.sentence
    current = pred
    for _ in range(6):
        head = s.head_of(current.id)
        for child in s.children(current.id):  # "..., a senior official said"
            if child.base_rel == "parataxis" and ctx.is_speech(child) or _attributes(ctx, child, current):
                return speaker(ctx, child)
        if head is None:
            return None
        if current.base_rel in ("ccomp", "parataxis") and (ctx.is_speech(head) or _attributes(ctx, head, current)):
            return speaker(ctx, head)
        current = head
    return None


def _attributes(ctx: Context, verb: Token, clause: Token) -> bool:
    """Whether ``verb`` is a reporting clause told after ``clause`` ("..., a rights group charged")."""
    match = ctx.predicates.get(verb.id)
    reported = reported_clause(ctx, match) if match is not None else None
    return reported is not None and reported.id == clause.id


def speaker(ctx: Context, verb: Token) -> ActorRef | None:
    for child in ctx.a.sentence.children(verb.id):
        if child.deprel in ("nsubj", "obl:agent"):
            return actor_at(ctx.a, child.id, "source")
    return None
