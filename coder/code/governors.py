"""Which coded verb governs a predicate: "threatened to attack" is one event, the threat;
"said that Y attacked" reports Y's attack."""

from __future__ import annotations

from coder.codebook import NULL_CODE
from coder.doc import Token
from coder.code.assertion import refusal_of
from coder.code.attribution import reported_clause
from coder.code.context import Context
from coder.code.syntax import lemma_of, marked_with, shares_head_clause


def governed_by_coded_verb(ctx: Context, pred: Token) -> bool:
    """Whether a coded verb governs this one: "threatened to attack" (xcomp), "demanded
    that Y withdraw" (ccomp), also through complements that code nothing ("demanded that
    the US cancel plans to sell arms"). The governing event stands for both; statements
    ("said that Y attacked") and support verbs do not, they only report or carry it."""
    s = ctx.a.sentence
    for _ in range(len(s.tokens)):  # bounded: malformed input can hold head cycles
        relation, governor_id = _governor(ctx, pred)
        if relation not in ("xcomp", "ccomp") or not governor_id:
            return False
        governor = ctx.predicates.get(governor_id)
        if governor is not None and relation == "xcomp" and governor.pattern.code == NULL_CODE \
                and refusal_of(ctx, governor, pred) is not None:
            return True  # "refused to allow" (REFUSE [---]): the refusal of the act stands for both
        if governor is None or governor.form is None or ctx.block(governor).light \
                or governor.pattern.code == NULL_CODE and not ctx.block(governor).speech \
                or bare_intent(ctx, governor):
            # "cancel plans to sell", "Y plans to sell", "begin to withdraw": climb to
            # what governs them (a support verb carries its complement's act, not a claim)
            pred = s.token(governor_id)
            continue
        if governor.pattern.code == NULL_CODE or ctx.block(governor).speech:
            return False
        if reported_clause(ctx, governor) is not None:
            return False  # "X attacked Y, Z charged": the act told first, Z its reporter
        return not ctx.is_statement(governor)  # "was seen to break into": the breaking stands
    return False


def bare_intent(ctx: Context, match) -> bool:
    """A verb of intent ("want", "plan", "prepare": the profile's ``intent_verbs``) coded by
    its block's bare code (PETRARCH's WANT [030]): it lends its complement the intent, as
    PETRARCH combines "A will [help B]" into A's intent to help (033) and "wants to attack"
    into a threat; its own generic code does not stand for the act it intends."""
    return not match.pattern.match and match.form is not None \
        and lemma_of(match.token) in ctx.a.profile.intent_verbs


def _governor(ctx: Context, pred: Token) -> tuple[str, int]:
    """The relation by which ``pred``'s clause is governed, and its governor (conjoined
    verbs share their first conjunct's; "urged Eriador to respond" parsed as an acl of
    the object is an xcomp of the verb; so is "cancel plans to sell")."""
    s = ctx.a.sentence
    for _ in range(len(s.tokens)):  # bounded: malformed input can hold head cycles
        if not shares_head_clause(s, pred):  # "promised to democratize X and establish Y"
            break
        pred = s.token(pred.head)
    if infinitive_on_object(ctx, pred):
        return "xcomp", s.token(pred.head).head
    return pred.base_rel, pred.head


def infinitive_on_object(ctx: Context, pred: Token) -> bool:
    """A to-infinitive modifying the object of a verb ("urged Eriador to respond")."""
    s = ctx.a.sentence
    if pred.base_rel != "acl" or not pred.head:
        return False
    noun = s.token(pred.head)
    return noun.base_rel in ("obj", "iobj") and marked_with(s, pred, ctx.a.profile.infinitive_marker)
