"""Assertion: whether a predicate's act is negated, and its modality (announced, intended,
attempted, conditional, hypothetical, a purpose); refusals and obligations."""

from __future__ import annotations

from coder.codebook import NULL_CODE
from coder.copies import replace
from coder.doc import Token
from coder.code.context import Context
from coder.code.predicates import PredicateMatch
from coder.code.subjects import command_of
from coder.code.syntax import case_marker, is_negated, lemma_of, marked_with, norm, shares_head_clause

ANNOUNCED = frozenset({"future", "intended"})
UNREALIZED = frozenset({"conditional", "hypothetical", "purpose"})
ATTEMPTED = "attempted"


def negated(ctx: Context, pred: Token) -> bool:
    """"did not attack", "did not attack and burn" (both), "failed to attack", "nobody was
    arrested" (a subject naming no one, or an object of the predicate itself: a conjunct or
    governor shares the subject, not the object), "are yet to arrest"."""
    s, p = ctx.a.sentence, ctx.a.profile
    current = pred
    for _ in range(4):
        if is_negated(s, current, p) or _negative_argument(s, current, p, objects=current is pred) \
                or _pending(s, current, p):
            return True
        if shares_head_clause(s, current):
            current = s.token(current.head)
            continue
        if current.base_rel != "xcomp" and not _sent_for(ctx, current) or not current.head:
            return False
        governor = s.token(current.head)
        if lemma_of(governor) in p.failure_verbs and _codes_nothing(ctx, governor):
            return True
        current = governor
    return False


def _negative_argument(s, pred: Token, p, *, objects: bool) -> bool:
    """A subject (or, with ``objects``, an object) that names no one ("no one/nobody has
    been arrested", "police arrested none of them", "no protesters were killed"): one of the
    profile's ``negative_pronouns``, or a word with a negator as its determiner ("no/det
    one"); not the first word of one of the profile's ``count_phrases`` ("no fewer than 462
    people")."""
    rels = ("nsubj", "obj") if objects else ("nsubj",)
    for arg in s.children(pred.id):
        if arg.base_rel not in rels:
            continue
        if arg.id < len(s.tokens) and (arg.lower, s.token(arg.id + 1).lower) in p.count_phrases:
            continue
        if lemma_of(arg) in p.negative_pronouns or arg.lower in p.negative_pronouns or any(
                d.base_rel == "det" and lemma_of(d) in p.negators for d in s.children(arg.id)):
            return True
    return False


def _pending(s, clause: Token, p) -> bool:
    """An infinitive whose marker follows one of the profile's ``pending_markers`` ("police
    are yet to arrest the accused", "have yet to arrest", "who are yet to be traced"): its act
    has not happened. The marker word hangs on the infinitive, on its governor or is the
    governor, as parsers variously read "are yet/root to arrest/xcomp" or "have/root
    yet/advmod to arrest/xcomp"."""
    if not p.pending_markers:
        return False
    for mark in s.children(clause.id):
        if mark.base_rel != "mark" or lemma_of(mark) != p.infinitive_marker or mark.id < 2:
            continue
        word = s.token(mark.id - 1)
        if lemma_of(word) in p.pending_markers and (
                word.head == clause.id or word.id == clause.head or (clause.head and word.head == clause.head)):
            return True
    return False


def _codes_nothing(ctx: Context, governor: Token) -> bool:
    """A failure verb that is no predicate, or whose pattern codes no event ("negó haber
    atacado" where the codebook gives the denial no code of its own): the embedded act did
    not happen. A failure verb with a code ("refused to yield") codes the refusal itself."""
    match = ctx.predicates.get(governor.id)
    return match is None or match.pattern.code == NULL_CODE


def modality(ctx: Context, pred: Token) -> str | None:
    """future | intended | attempted | conditional | hypothetical | purpose | None."""
    s = ctx.a.sentence
    current = pred
    for _ in range(4):
        found = _clause_modality(ctx, current)
        if found is not None:
            return found
        if shares_head_clause(s, current):  # "will attack and burn": both future
            current = s.token(current.head)
            continue
        if current.base_rel != "xcomp" and not _sent_for(ctx, current) or not current.head:
            return None
        governor = s.token(current.head)
        found = _clause_modality(ctx, governor)
        if found in UNREALIZED:  # "the US must be ready to mediate": the governor is unreal
            return found
        found = _governor_modality(ctx, governor)
        if found is not None:
            return found
        current = governor
    return None


def _sent_for(ctx: Context, clause: Token) -> bool:
    """Whether a clause is the purpose of a verb of sending ("will send a team to help"):
    the act the sending does, asserted as the sending is."""
    s, p = ctx.a.sentence, ctx.a.profile
    return clause.base_rel == "advcl" and bool(clause.head) and marked_with(s, clause, p.infinitive_marker) \
        and lemma_of(s.token(clause.head)) in p.sending_verbs


def _clause_modality(ctx: Context, clause: Token) -> str | None:
    """The modality a clause marks itself, by its function or auxiliaries; None: none."""
    s, p = ctx.a.sentence, ctx.a.profile
    if clause.base_rel == "acl" and marked_with(s, clause, p.infinitive_marker):
        if command_of(ctx.a, clause) is not None:
            return None  # "ordered troops/obj to attack/acl": the ordered act, as its complement
        if clause.head and lemma_of(s.token(clause.head)) in p.attempt_verbs:
            return ATTEMPTED  # "an attempt to assassinate the governor"
        return "intended"  # "plans to sell weapons", "efforts to reach a deal"
    if clause.base_rel == "advcl":
        marks = {lemma_of(c) for c in s.children(clause.id) if c.base_rel == "mark"}
        if marks & p.conditional_markers:
            return "conditional"  # "... if it is attacked"
        if p.infinitive_marker in marks and not marks - p.purpose_markers:
            if _sent_for(ctx, clause):
                return None  # "sent inspectors to investigate": the act the sending does
            return "purpose"  # "telephoned Y to discuss": the call is the event
    if clause.feat("Tense") == "Fut" and clause.feat("Mood") != "Sub":
        return "future"  # a future form of the verb itself ("retirará")
    for child in s.children(clause.id):
        if child.base_rel == "aux":
            word = norm(child)
            if word in p.future_auxiliaries or lemma_of(child) in p.future_auxiliaries:
                return "future"
            # the profile's word is a form ("could") or a lemma ("poder": "podría", "puede");
            # a lemma's past indicative says the act happened ("pudo reunirse")
            if word in p.hypothetical_auxiliaries or (
                    lemma_of(child) in p.hypothetical_auxiliaries
                    and not (child.feat("Mood") == "Ind" and child.feat("Tense") == "Past")):
                if lemma_of(child) in p.possibility_auxiliaries and is_negated(s, clause, p):
                    continue  # "cannot attend" says it does not happen: plain negation
                return "hypothetical"
    return None


def _governor_modality(ctx: Context, governor: Token) -> str | None:
    """The modality a governing verb lends its complement ("plans to attack")."""
    p = ctx.a.profile
    lemma = lemma_of(governor)
    if lemma in p.intent_verbs:
        if any(c.base_rel in ("obj", "iobj") for c in ctx.a.sentence.children(governor.id)):
            return "hypothetical"  # "wants Putin to attack": no one's announced act
        return "intended"
    if lemma in p.obligation_verbs and governor.feat("Tense") != "Past":
        return "hypothetical"  # "has to withdraw" is an obligation; "had to" happened
    if lemma in p.attempt_verbs:
        return ATTEMPTED
    return None


def refusal_of(ctx: Context, match: PredicateMatch, embedded: Token | None) -> PredicateMatch | None:
    """For "X refused to <action>", the match recoded with the action's negation code
    ("refused to yield" 124, "refused to meet" 125), when the codebook gives one; so for a
    negated complement the subject is to do ("vowed not to negotiate", "decided not to
    attend": 125; not "urged Y not to attend", whose act is Y's)."""
    s = ctx.a.sentence
    if embedded is None or (lemma_of(match.token) not in ctx.a.profile.refusal_verbs and not (
            embedded.base_rel == "xcomp" and is_negated(s, embedded, ctx.a.profile)
            and not any(c.base_rel in ("obj", "iobj") for c in s.children(match.token.id)))):
        return None
    cameo = ctx.a.codebook.cameo
    found = ctx.predicates.get(embedded.id)
    if found is None:  # a governor climbed to through a word that codes nothing
        return None
    action = found.pattern.code
    entry = cameo.get(action)
    # "declined to comment": a refused statement has a refusal code of its own (011)
    candidates = [entry.refusal] if entry is not None and entry.refusal else []
    intent = entry.intent if entry is not None else None
    for code in (action, intent):  # "refused to meet": 040 has none, its intent 036 has 125
        candidates.append(cameo[code].negation if code in cameo else None)
    for code in candidates:
        if code in cameo:
            return replace(match, pattern=replace(match.pattern, code=code, reverse=None))
    return None


def requested_act(ctx: Context, pred: Token) -> Token | None:
    """For a refusal verb whose object is one of the profile's ``request_nouns`` ("rejected
    calls for talks", "rejected the demand to release the prisoners", "rejected an offer of
    talks"), the act the request names: the noun's modifier or infinitive that is a predicate
    of the codebook (through a support verb, its object: "the proposal to hold talks"). The
    refusal is of that act (:func:`refusal_of`). None otherwise."""
    s, p = ctx.a.sentence, ctx.a.profile
    if not p.request_nouns or lemma_of(pred) not in p.refusal_verbs:
        return None
    for request in s.children(pred.id):
        if request.base_rel != "obj" or lemma_of(request) not in p.request_nouns:
            continue
        # the act hangs on the noun, or on the verb right after it as parsers also read it
        # ("rejected demands to/advcl release", "rejected the request for/obl aid")
        acts = [c for c in s.children(request.id) if c.base_rel in ("nmod", "acl")]
        acts += [c for c in s.children(pred.id) if c.id > request.id and (
            c.base_rel == "advcl" and marked_with(s, c, p.infinitive_marker)
            or c.base_rel == "obl" and case_marker(s, c) in p.purpose_prepositions)]
        for act in acts:
            if act.id not in ctx.predicates:
                continue
            if ctx.block(ctx.predicates[act.id]).light:  # "the proposal to hold talks"
                act = next((o for o in s.children(act.id) if o.base_rel == "obj" and o.id in ctx.predicates), None)
            if act is not None:
                return act
    return None


def obliged_action(ctx: Context, clause: Token) -> Token | None:
    """The action a clause says someone must do: "Y must withdraw", "Y has to withdraw"
    (not the inference "Y must have known")."""
    s, p = ctx.a.sentence, ctx.a.profile
    auxiliaries = {lemma_of(c) for c in s.children(clause.id) if c.base_rel == "aux"}
    if auxiliaries & p.obligation_auxiliaries and not auxiliaries & p.perfect_auxiliaries:
        return clause
    if lemma_of(clause) in p.obligation_verbs:
        for child in s.children(clause.id):
            if child.base_rel == "xcomp" and case_marker(s, child) == p.infinitive_marker:
                return child
    return None

