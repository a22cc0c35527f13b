"""Acts made conditional on another actor's act: ultimatums ("X will withdraw unless Y
agrees": 139), threats aimed at the condition's actor, and refusals that wait for another's
act, which demand it ("will not lay down arms until Y releases Z": 1053)."""

from __future__ import annotations

from coder.copies import replace
from coder.doc import Token
from coder.code.assertion import ANNOUNCED, negated
from coder.code.build import Arguments
from coder.code.context import Context
from coder.code.predicates import PredicateMatch
from coder.code.references import actors_for
from coder.code.syntax import lemma_of


def ultimatum_of(ctx: Context, match: PredicateMatch, args: Arguments,
                 clause: Token | None = None) -> tuple[PredicateMatch, Arguments] | None:
    """"X will withdraw its force unless Y agrees to a ceasefire", "X will not withdraw
    until Y lifts the sanctions": an announced act made conditional on another actor's act
    is X's ultimatum to Y (CAMEO 139), not the act (nor its refusal); a threat verb's own
    code stays ("threatened to attack unless ..."), aimed at Y when it names no target. The
    condition hangs on ``clause`` (default the predicate; an event noun's support verb:
    "will not resume talks until ...")."""
    a, pred = ctx.a, match.token
    where = clause or pred
    generic = a.codebook.generic_ultimatum
    if not generic or generic not in a.codebook.cameo or not args.sources:
        return None
    threat = match.pattern.code[:2] == generic[:2]
    if (threat and args.targets) or (not threat and args.modality not in ANNOUNCED):
        return None
    condition = _ultimatum_condition(ctx, where, args.negated, threat)
    if condition is None and not threat and not args.targets and _announced_threat(ctx, match, args):
        # "said it would impose sanctions if Y sent troops": the announced act is coded as
        # its intent, a threat (1312), aimed at the condition's actor as a threat verb's is
        condition = _ultimatum_condition(ctx, where, args.negated, threat=True)
        targets = subject_actors(ctx, condition, frozenset(x.code for x in args.sources)) if condition else []
        if not targets:
            return None
        return match, replace(args, targets=targets, notes=args.notes + [f"threat if '{condition.text}'"])
    if condition is None:
        return None
    exclude = frozenset(x.code for x in args.sources)
    targets = subject_actors(ctx, condition, exclude)
    withheld = _withheld_for(ctx, condition) if args.negated and not threat else None
    if withheld is not None:  # "will not lay down arms until Y releases Z": a demand on Y (1053)
        demand = PredicateMatch(pred, replace(match.pattern, code=withheld, reverse=None), match.form)
        notes = args.notes + [f"withheld until '{condition.text}': a demand for that act"]
        # a condition naming no doer ("until the hostages are freed"): on the act's own
        # target ("will not meet Hamas"), not on the subject's own side ("its troops")
        own = {x.country for x in args.sources if x.country}
        targets = targets or [t for t in args.targets if t.country not in own]
        return demand, Arguments(args.sources, targets, False, None, notes, one_way=True)
    if not targets:
        return None
    if threat:  # "threatened to strike unless Israel rescinded X": the threat is to Israel
        return match, replace(args, targets=targets, notes=args.notes + [f"threat unless '{condition.text}'"])
    ultimatum = PredicateMatch(pred, replace(match.pattern, code=generic, reverse=None), match.form)
    notes = args.notes + [f"announced unless '{condition.text}': an ultimatum"]
    return ultimatum, Arguments(args.sources, targets, False, None, notes, one_way=True)


def _withheld_for(ctx: Context, condition: Token) -> str | None:
    """The demand (CAMEO 10x) that mirrors the act of the condition an actor's announced
    refusal waits for ("will not lay down their weapons until the government releases their
    leader": the release demanded, 1053), when the condition's act codes one and is not
    negated; None otherwise (an ultimatum then)."""
    cameo = ctx.a.codebook.cameo
    found = ctx.predicates.get(condition.id)
    if found is None or found.pattern.code not in cameo or negated(ctx, condition):
        return None
    demand = cameo[found.pattern.code].demand
    return demand if demand in cameo else None


def _announced_threat(ctx: Context, match: PredicateMatch, args: Arguments) -> bool:
    """Whether an announced act is coded as an intent that is a threat (CAMEO 13x: an
    announced attack or sanction), an act not negated."""
    cameo, generic = ctx.a.codebook.cameo, ctx.a.codebook.generic_ultimatum
    entry = cameo.get(match.pattern.code)
    return (ctx.options.announced_as_intent and not args.negated and entry is not None
            and bool(entry.intent) and entry.intent[:2] == generic[:2])


def subject_actors(ctx: Context, clause: Token, exclude: frozenset[str]) -> list:
    """The actors of a clause's subject, as targets (those in ``exclude`` left out): the one
    a demand or an ultimatum is addressed to."""
    a = ctx.a
    return [x for child in a.sentence.children(clause.id) if child.base_rel == "nsubj"
            for x in actors_for(a, child.id, "target", exclude) if x.code not in exclude]


def _ultimatum_condition(ctx: Context, pred: Token, negated_act: bool = False, threat: bool = False) -> Token | None:
    """The clause after ``pred`` (or after it within its governing clause) that an ultimatum
    marker opens ("unless the president agrees"; after a negated act also "until Y lifts
    the sanctions", the profile's ``negated_ultimatum_markers``); for a threat also a
    condition of the profile's ``threat_condition_markers``, in its own clause or in its
    complement's ("warned it will respond if Y attacks"), before the act too ("if Y attacks,
    X will impose sanctions")."""
    s, p = ctx.a.sentence, ctx.a.profile
    markers = p.ultimatum_markers | p.negated_ultimatum_markers if negated_act else p.ultimatum_markers
    clauses = [pred]
    if pred.base_rel in ("ccomp", "xcomp") and pred.head:
        clauses.append(s.token(pred.head))
    if threat and p.threat_condition_markers:
        markers = markers | p.threat_condition_markers
        clauses += [c for c in s.children(pred.id) if c.base_rel in ("ccomp", "xcomp")]
    before = p.threat_condition_markers if threat else frozenset()
    for clause in clauses:
        for child in s.children(clause.id):
            if child.base_rel != "advcl":
                continue
            marks = {lemma_of(c) for c in s.children(child.id) if c.base_rel == "mark"}
            # a threat's condition may come first ("if Y attacks, X will respond")
            if marks & markers and (child.id > pred.id or marks & before):
                return child
    return None
