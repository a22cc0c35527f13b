"""Reporting clauses told after the act they report: "U.S. agents abused immigrants, a
rights group charged", "a prisoner died in custody, his family alleged". A verb of verbal
act there (CAMEO's verbal quad classes: accuse, allege, claim, warn) attributes the act
told first, as "said" does; it is no verbal act of its own when that act codes."""

from __future__ import annotations

from coder.doc import Token
from coder.code.context import Context
from coder.code.predicates import PredicateMatch

VERBAL_QUADS = frozenset({1, 3})  # CAMEO's verbal cooperation and verbal conflict
OWN_ARGUMENTS = frozenset({"obj", "iobj", "xcomp", "cc", "mark", "expl"})


def reported_clause(ctx: Context, match: PredicateMatch) -> Token | None:
    """The clause a verbal act attributes when its own clause follows it, set off by a
    punctuation mark and with a subject of its own, no object, complement, coordinator or
    subordinator: the reported clause as its complement before it ("X attacked Y, Z
    charged": the parser's ccomp or parataxis) or as the clause it hangs on (parataxis,
    advcl, conj). None otherwise."""
    s, pred = ctx.a.sentence, match.token
    entry = ctx.a.codebook.cameo.get(match.pattern.code)
    if match.form is None or entry is None or entry.quad not in VERBAL_QUADS:
        return None
    children = s.children(pred.id)
    if any(c.base_rel in OWN_ARGUMENTS or c.deprel == "aux:pass" for c in children):
        return None
    subjects = [c for c in children if c.base_rel == "nsubj"]
    before = [c for c in children if c.base_rel in ("ccomp", "parataxis") and c.id < pred.id]
    if len(subjects) != 1 or any(c.base_rel == "ccomp" and c.id > pred.id for c in children):
        return None
    if before:
        reported = before[0]
    elif pred.base_rel in ("parataxis", "advcl", "conj") and pred.head and pred.head < pred.id:
        reported = s.token(pred.head)
    else:
        return None
    own = set() if before else {t.id for t in s.subtree(pred.id)}
    told = [t.id for t in s.subtree(reported.id) if t.id not in own and t.upos != "PUNCT"]
    start = min(pred.id, *(t.id for t in s.subtree(subjects[0].id) if t.upos != "PUNCT"))
    if start <= 1 or s.token(start - 1).upos != "PUNCT" or not told or max(told) >= start:
        return None
    return reported
