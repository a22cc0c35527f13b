"""Where an event sits in its sentence: its own factual clause (the words its ACLED type may
read cues from) and how far it lies from the sentence's main assertion.

"Militants who shelled the town last year attacked a checkpoint": the attack's clause holds
"militants attacked a checkpoint", not "shelled" (a relative clause describes the actor).
"""

from __future__ import annotations

from typing import Any

# Dependents that open a clause of their own: their words are not the event's cues.
OWN_CLAUSE_STOP = frozenset({"acl", "ccomp", "csubj", "parataxis", "appos", "list", "dep", "reparandum",
                             "discourse", "orphan"})
# Clause links on the way up to the root and what each costs in "background" (0: main event).
BACKGROUND_COST = {"acl": 3, "csubj": 2, "advcl": 1, "appos": 2, "obl": 1, "nmod": 1, "nsubj": 1, "obj": 1,
                   "iobj": 1, "xcomp": 0, "ccomp": 0, "conj": 0, "parataxis": 1, "root": 0}
SUBJECTS = ("nsubj", "nsubj:pass", "csubj")
# the relations _opens_other_clause can answer yes for (its other dependents: never)
_MAY_OPEN_CLAUSE = OWN_CLAUSE_STOP | {"conj", "advcl"}


def _token(sentence: Any, token_id: int) -> Any:
    return sentence.tokens[token_id - 1]


def own_clause(sentence: Any, head: int) -> list[Any]:
    """The tokens of the clause (or noun phrase) of the predicate ``head``: its subtree
    without relative and complement clauses, without conjoined verbs (events of their own)
    and without adverbial clauses that have a subject of their own ("after police fired")."""
    if not 0 < head <= len(sentence.tokens):
        return []
    stack = [head]
    seen: set[int] = set()
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        for child in sentence.children(current):
            # (most dependents open no clause: their relation alone says so)
            if child.base_rel not in _MAY_OPEN_CLAUSE or not _opens_other_clause(sentence, child):
                stack.append(child.id)
    tokens = sentence.tokens
    return [tokens[i - 1] for i in sorted(seen)]


def _opens_other_clause(sentence: Any, child: Any) -> bool:
    rel = child.base_rel
    if rel in OWN_CLAUSE_STOP:
        return True
    if rel == "conj" and child.upos in ("VERB", "AUX"):
        return True
    if rel == "advcl":  # "killing five" reads with the event; "after police fired" does not
        return any(c.deprel in SUBJECTS for c in sentence.children(child.id))
    return False


# Links by which a predicate reports the same act as another: a participle of consequence
# ("blew themselves up, killing five"), a verb conjoined with it ("hurt and injured after a
# chemical attack"), an open complement ("left scores dead and wounded").
SAME_ACT_RELS = frozenset({"advcl", "xcomp", "conj"})


def same_act_clauses(sentence: Any, head: int) -> list[list[Any]]:
    """The own clauses (:func:`own_clause`) of the predicates that report the same act as
    ``head``: the verb it hangs from as a subjectless adverbial, open complement or conjunct
    (up to two steps), and its own conjoined verbs. "Two bombers blew themselves up, killing
    and wounding people": the wounding's means is in "blew themselves up"."""
    if not 0 < head <= len(sentence.tokens):
        return []
    out: list[list[Any]] = []
    current = _token(sentence, head)
    for _ in range(2):
        if current.base_rel not in SAME_ACT_RELS or not current.head or _has_subject(sentence, current.id):
            break
        current = _token(sentence, current.head)
        out.append(own_clause(sentence, current.id))
    for child in sentence.children(head):
        if child.base_rel == "conj" and child.upos in ("VERB", "AUX") and not _has_subject(sentence, child.id):
            out.append(own_clause(sentence, child.id))
    return out


def unrealised(sentence: Any, head: int, profile: Any, lemma_of: Any = None) -> bool:
    """Whether the predicate ``head`` is the object or complement of a verb of planning or
    threatening (the profile's ``unrealising_verbs``: "arrested for planning attacks on the
    embassy": no attack took place). An ACLED event is one that took place."""
    if not 0 < head <= len(sentence.tokens):
        return False
    tok = _token(sentence, head)
    if tok.base_rel not in ("obj", "xcomp", "ccomp") or not tok.head:
        return False
    governor = _token(sentence, tok.head)
    lemma = (lemma_of(governor) if lemma_of else governor.lemma or governor.text).lower()
    return lemma in profile.unrealising_verbs


def _has_subject(sentence: Any, token_id: int) -> bool:
    return any(c.deprel in SUBJECTS for c in sentence.children(token_id))


def background_level(sentence: Any, head: int) -> int:
    """How far the predicate ``head`` lies from the sentence's main assertion: 0 for the main
    verb (and its conjuncts and reported complements), more inside adverbial clauses, noun
    phrases and relative clauses."""
    level, current, steps = 0, head, 0
    while 0 < current <= len(sentence.tokens) and steps < 50:
        tok = _token(sentence, current)
        if tok.head == 0:
            break
        level += BACKGROUND_COST.get(tok.base_rel, 1)
        current, steps = tok.head, steps + 1
    return level


def without_relative_clauses(sentence: Any, keep: int) -> list[Any]:
    """The sentence's tokens without its relative clauses (unless ``keep`` is inside one)."""
    dropped: set[int] = set()
    for tok in sentence.tokens:
        if tok.deprel == "acl:relcl":
            ids = {t.id for t in sentence.subtree(tok.id)}
            if keep not in ids:
                dropped |= ids
    return [t for t in sentence.tokens if t.id not in dropped]


def asserted_tokens(sentence: Any, profile: Any, attribution: frozenset[str],
                    objects: frozenset[str] = frozenset()) -> list[Any]:
    """The sentence's tokens without what it describes but does not report as done: relative
    clauses (:func:`without_relative_clauses`), acts planned or threatened (:func:`unrealised`:
    "arrested for planning attacks") and acts attributed (the prepositional argument of a
    word of ``attribution`` lemmas, or of a verb whose object or complement is one: "claimed
    responsibility for the bombing", "is responsible for the attacks", "held X responsible
    for the attack")."""
    kept = without_relative_clauses(sentence, 0)
    dropped: set[int] = set()
    for tok in kept:
        if tok.id in dropped:
            continue
        if (profile is not None and unrealised(sentence, tok.id, profile)) \
                or attributed(sentence, tok.id, attribution, objects):
            dropped |= {t.id for t in sentence.subtree(tok.id)}
    return [t for t in kept if t.id not in dropped] if dropped else kept


def attributed(sentence: Any, head: int, attribution: frozenset[str],
               objects: frozenset[str] = frozenset()) -> bool:
    """Whether the word ``head`` names an act attributed to someone, not reported as done: the
    prepositional argument or marked clause of a word of ``attribution`` ("responsible for the
    attacks", "accused Iran of bombing", "suspected of having attacked"), or of a verb whose
    object or open complement is one of ``objects`` ("claimed responsibility for the bombing";
    not "shot two suspects after attacking them")."""
    if not attribution or not 0 < head <= len(sentence.tokens):
        return False
    tok = _token(sentence, head)
    if tok.base_rel not in ("obl", "nmod", "advcl") or not tok.head:
        return False
    governor = _token(sentence, tok.head)
    if governor.lemma_lower in attribution:
        return True
    return any(c.base_rel in ("obj", "xcomp") and c.lemma_lower in objects
               for c in sentence.children(governor.id))
