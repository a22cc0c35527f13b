"""Questions about the UD graph of a sentence that hold in any language: phrases, clauses,
conjuncts, case markers, passives. Word lists come from the language profile."""

from __future__ import annotations

from operator import attrgetter

from coder.copies import replace
from coder.doc import Sentence, Token
from coder.lang import LanguageProfile

# Relations that leave a noun phrase: their subtrees are separate phrases or clauses.
PHRASE_STOP = frozenset({"acl", "advcl", "ccomp", "parataxis", "conj", "cc", "punct", "appos",
                         "dep", "list", "xcomp", "csubj", "discourse", "orphan", "reparandum"})
OBJECT_RELS = ("obj", "iobj")
OBLIQUE_RELS = ("obl", "nmod", "advcl")
NOMINAL_UPOS = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "X", "NUM", "DET"})
# Relations that open a clause of their own (a conjoined verb does too).
CLAUSE_RELS = frozenset({"root", "ccomp", "advcl", "acl", "parataxis", "csubj"})
# Relations under which a parser may split one name into sibling words.
_SPLIT_NAME_RELS = frozenset({"nsubj", "obj", "iobj", "obl", "nmod", "conj", "appos"})


def norm(token: Token) -> str:
    return token.lower  # the text lower-cased (computed with the token)


def lemma_of(token: Token, codebook=None) -> str:
    """Lower-cased lemma, corrected by the codebook's inflection table when the lemmatizer
    left a form it does not know ("withdraws" → "withdraw")."""
    lemma = token.lemma_lower
    if codebook is not None:
        inflections = codebook.inflections
        lemma = inflections.get(token.lower, inflections.get(lemma, lemma))
    return lemma


def case_marker(sentence: Sentence, token: Token) -> str | None:
    """The preposition of an oblique/nominal modifier: 'from', 'away from', 'on behalf of'
    (once per sentence and word: asked again and again)."""
    memo = getattr(sentence, "memo", None)
    if memo is None:
        return _case_marker(sentence, token)
    markers = memo.get("case-markers")
    if markers is None:
        markers = memo["case-markers"] = {}
    found = markers.get(token.id, False)
    if found is False:
        found = markers[token.id] = _case_marker(sentence, token)
    return found


def _case_marker(sentence: Sentence, token: Token) -> str | None:
    """The marker words before ``token``; of markers parted by other words ("on/case Friday
    against/case criticism", a parser's slip) only the last run, the one next to the noun."""
    words: list[str] = []
    last = None
    for child in sentence.children(token.id):
        if child.base_rel in ("case", "mark") and child.id < token.id:
            fixed = [g for g in sentence.children(child.id) if g.base_rel == "fixed"]
            if last is not None and child.id != last + 1:
                words = []
            words.append(child.lemma_lower)
            words.extend(g.lower for g in fixed)
            last = max([child.id, *(g.id for g in fixed)])
    return " ".join(words) if words else None


def marked_with(sentence: Sentence, token: Token, marker: str) -> bool:
    """Whether ``token`` has ``marker`` as its subordinator ("to" of a to-infinitive)."""
    return any(lemma_of(c) == marker and c.base_rel == "mark" for c in sentence.children(token.id))


def is_negated(sentence: Sentence, token: Token, profile: LanguageProfile) -> bool:
    for child in sentence.children(token.id):
        if child.base_rel in ("advmod", "neg", "aux", "det") and lemma_of(child) in profile.negators:
            if child.base_rel == "det" and token.upos not in ("NOUN", "PROPN"):
                continue
            return True
    return False


_UPOS = attrgetter("upos")


def rejoin_split_names(sentence: Sentence) -> Sentence:
    """Parsers sometimes attach the words of one name as siblings: "Sam(nsubj) Gamgee(nsubj)
    met", "Congo and Costa(conj) Rica(conj)". Adjacent proper nouns with the same head and
    relation, the first without dependents (but a conjunction), are one name: the first
    becomes a flat part of the second. Returns the sentence unchanged when there is nothing to rejoin."""
    if list(map(_UPOS, sentence.tokens)).count("PROPN") < 2:
        return sentence  # (both repairs join two proper nouns: most sentences have fewer)
    tokens = list(sentence.tokens)
    changed = False
    for i in range(len(tokens) - 1):
        first, second = tokens[i], tokens[i + 1]
        if (first.upos == second.upos == "PROPN" and first.head == second.head and first.deprel == second.deprel
                and first.base_rel in _SPLIT_NAME_RELS
                and all(c.base_rel in ("cc", "punct") for c in sentence.children(first.id))):
            tokens[i] = replace(first, head=second.id, deprel="flat")
            changed = True
    for i, first in enumerate(tokens):  # "President(nsubj) Omar(flat) Al Bashir(nsubj) has taken"
        if first.upos != "PROPN":  # (the check's first test, asked here: most words are no name)
            continue
        second = _next_name_sibling(sentence, first)
        if second is not None:
            tokens[i] = replace(first, head=second.id, deprel="compound")
            changed = True
    return replace(sentence, tokens=tuple(tokens)) if changed else sentence


def _next_name_sibling(sentence: Sentence, first: Token) -> Token | None:
    """A subject or object proper noun whose phrase (names only) runs straight into the
    phrase of a proper-noun sibling with the same relation: one name, headed by the later."""
    if first.upos != "PROPN" or first.base_rel not in ("nsubj", "obj") or not first.head:
        return None
    if any(c.base_rel not in ("flat", "compound") or c.id < first.id for c in sentence.children(first.id)):
        return None
    end = max(t.id for t in sentence.subtree(first.id))
    if end >= len(sentence.tokens):
        return None
    for sibling in sentence.children(first.head):
        if sibling.id > end and sibling.deprel == first.deprel and sibling.upos == "PROPN" and all(
                sentence.token(i).upos == "PROPN" and sentence.token(i).base_rel in ("flat", "compound")
                for i in range(end + 1, sibling.id)):
            return sibling
    return None


def shares_a_relation(sentence: Sentence, base_rels: tuple[str, ...]) -> bool:
    """Whether two words hang on one head with one relation (the same label) whose base is
    one of ``base_rels`` ("Arnor/nsubj and Gondor/nsubj welcomed"): what the repairs of
    names and subjects split among siblings ask first (most sentences: no two)."""
    keys = [(t.head, t.deprel) for t in sentence.tokens if t.base_rel in base_rels]
    return len(set(keys)) < len(keys)


def opens_clause(tok: Token) -> bool:
    return tok.base_rel in CLAUSE_RELS or (tok.base_rel == "conj" and tok.upos in ("VERB", "AUX"))


def clause_ids(sentence: Sentence, token_id: int) -> set[int]:
    """Token ids of the clause a predicate belongs to, without the clauses nested in it
    (complements, adverbial and relative clauses, conjoined verbs)."""
    head = sentence.token(token_id)
    for _ in range(len(sentence.tokens)):  # bounded: malformed input can hold head cycles
        if opens_clause(head) or not head.head:
            break
        head = sentence.token(head.head)
    seen, stack = set(), [head.id]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        stack += [c.id for c in sentence.children(current) if not opens_clause(c)]
    return seen


def phrase_tokens(sentence: Sentence, head_id: int) -> list[Token]:
    """The noun phrase headed by ``head_id``: its subtree without clauses and conjuncts. A
    participle right after its noun is a word of the phrase, though a parser made it a clause
    (a Spanish "group armed in the village", the participle an acl with its own oblique): a
    name may end with it; its own dependents stay out."""
    tokens = sentence.subtree(head_id, stop_rels=PHRASE_STOP)
    extra = [c for t in tokens for c in sentence.children(t.id)
             if c.base_rel == "acl" and c.id == t.id + 1 and c.feat("VerbForm") == "Part"]
    if not extra:
        return tokens
    return sorted([*tokens, *extra], key=lambda t: t.id)


def distance(sentence: Sentence, token_id: int, head_id: int) -> int:
    """Steps from ``token_id`` up to ``head_id`` (bounded)."""
    steps, current = 0, token_id
    while current != head_id and 0 < current <= len(sentence.tokens) and steps < 50:
        current = sentence.token(current).head
        steps += 1
    return steps


def depth(sentence: Sentence, token_id: int) -> int:
    """Steps from a token up to the root (bounded)."""
    steps, current = 0, token_id
    while current and steps < len(sentence.tokens):
        current = sentence.token(current).head
        steps += 1
    return steps


def conjuncts(sentence: Sentence, token_id: int) -> list[int]:
    """``token_id`` and the heads conjoined with it ("Arnor and Gondor" → both)."""
    out = [token_id]
    nominal = sentence.token(token_id).upos in NOMINAL_UPOS
    children = sentence.children(token_id)
    listed = nominal and any(c.base_rel == "conj" for c in children)
    closed = False  # a conjunct with its coordinator ("and") has closed the list
    for child in children:
        if child.base_rel == "conj" and (not nominal or child.upos in NOMINAL_UPOS):
            own_cc = any(g.base_rel == "cc" for g in sentence.children(child.id))
            if nominal and closed and not own_cc:
                continue  # "two geologists and an engineer, workers of X": an apposition
            out.extend(conjuncts(sentence, child.id))  # a clause conjoined to a noun is no co-actor
            closed = closed or own_cc
        elif child.base_rel == "appos" and child.upos == "PROPN" and (
                listed or any(g.base_rel == "conj" for g in sentence.children(child.id))):
            # "Mordor, the Shire, Arnor and Bree": parsers attach list items as appositions
            out.extend(conjuncts(sentence, child.id))
    return out


def first_conjunct(sentence: Sentence, tok: Token) -> Token:
    """The head of a run of conjuncts ("attacks, ambushes and bombings" → attacks)."""
    for _ in range(len(sentence.tokens)):  # bounded: malformed input can hold head cycles
        if tok.base_rel != "conj" or not tok.head:
            break
        tok = sentence.token(tok.head)
    return tok


def shares_head_clause(sentence: Sentence, tok: Token) -> bool:
    """A conjoined verb without its own subject or auxiliary shares its first
    conjunct's (UD attaches "will"/"not" to the first verb only)."""
    if tok.base_rel != "conj" or not tok.head or sentence.token(tok.head).upos not in ("VERB", "AUX"):
        return False
    return not any(c.base_rel in ("nsubj", "aux", "csubj") for c in sentence.children(tok.id))


def in_adjunct(sentence: Sentence, token_id: int) -> bool:
    """Whether a predicate sits inside a modifying clause: a relative clause, a participial
    modifier or an adverbial clause without a subject of its own."""
    current = sentence.token(token_id)
    for _ in range(len(sentence.tokens)):  # bounded: malformed input can hold head cycles
        # a relative pronoun as the subject makes a clause the parser called adverbial a
        # relative one ("if Hamas, which advocates X, ran")
        if current.base_rel in ("acl", "amod") or (current.base_rel == "advcl" and not any(
                c.base_rel in ("nsubj", "csubj") and not _relative_subject(sentence, c)
                for c in sentence.children(current.id))):
            return True
        if _subordinate_clause_on_a_noun(sentence, current):
            return True
        if not current.head:
            return False
        current = sentence.token(current.head)
    return False


def _subordinate_clause_on_a_noun(sentence: Sentence, verb: Token) -> bool:
    """A subordinate clause the parser hung on a noun as a conjunct or complement: a verb
    after the noun with a subordinator ("the farmer, after taking-him from his house":
    mark) or a relative pronoun ("two people, whom they had taken-out": a conjunct whose
    "to whom" the parser made a coordinator) among its dependents; a relative or adverbial
    clause all the same."""
    if verb.upos != "VERB" or verb.base_rel not in ("conj", "xcomp") or not verb.head or verb.head > verb.id:
        return False
    if sentence.token(verb.head).upos not in ("NOUN", "PROPN"):
        return False
    before = [c for c in sentence.children(verb.id) if c.id < verb.id] + [
        c for c in sentence.children(verb.head) if verb.head < c.id < verb.id and c.base_rel == "mark"]
    for c in before:  # the subordinator may hang on the noun too ("the farmer, after/mark taking-him")
        if c.base_rel == "mark" and c.upos != "PART":
            return True
        if _relative(c) or any(_relative(g) for g in sentence.children(c.id)):
            return True
    return False


def _relative(tok: Token) -> bool:
    return "Rel" in (tok.feat("PronType") or "").split(",")


def _relative_subject(sentence: Sentence, subject: Token) -> bool:
    """A relative pronoun right after a noun (a comma between allowed): "Hamas, which"."""
    if subject.feat("PronType") != "Rel":
        return False
    before = subject.id - 1
    while before > 0 and sentence.token(before).upos == "PUNCT":
        before -= 1
    return before > 0 and sentence.token(before).upos in ("NOUN", "PROPN")


def locative_ids(sentence: Sentence, profile: LanguageProfile, tokens: list[Token] | None = None,
                 head_id: int = 0, rels: tuple[str, ...] = ("obl", "nmod"), set_off: bool = False) -> set[int]:
    """Token ids inside locative modifiers ("in Iraq and Syria"): of the phrase ``tokens``
    headed by ``head_id``, or of the whole sentence. ``set_off``: only those a comma opens
    ("killed a man , at the police post of X": a place of the clause, which the parser hung
    on the last noun)."""
    inside: set[int] = set()
    for tok in sentence.tokens if tokens is None else tokens:
        if tok.id != head_id and tok.base_rel in rels and case_marker(sentence, tok) in profile.locative_prepositions \
                and (not set_off or _opened_by_comma(sentence, tok)):
            inside.update(t.id for t in sentence.subtree(tok.id))
    return inside


def in_locative_modifier(sentence: Sentence, profile: LanguageProfile, token_id: int,
                         rels: tuple[str, ...] = ("obl", "nmod")) -> bool:
    """Whether the word is in :func:`locative_ids` of the whole sentence: it or a word above
    it is a locative modifier (read upwards from the word, not over the sentence)."""
    seen = set()
    current = token_id
    while current and current not in seen:  # (each word once: malformed heads can cycle)
        seen.add(current)
        tok = sentence.token(current)
        if tok.base_rel in rels and case_marker(sentence, tok) in profile.locative_prepositions:
            return True
        current = tok.head
    return False


def _opened_by_comma(sentence: Sentence, tok: Token) -> bool:
    """Whether the phrase of ``tok`` begins with a punctuation dependent of its own."""
    first = sentence.subtree(tok.id)[0]
    return first.upos == "PUNCT" and first.head == tok.id


def passive_marked(sentence: Sentence, pred: Token, profile: LanguageProfile) -> bool:
    """A passive with its auxiliary ("was attacked") or a passive participle ("attacked by")."""
    if pred.feat("Voice") == "Pass" and pred.base_rel in ("acl", "advcl", "amod"):
        return True
    return any(c.deprel == "aux:pass" or (c.base_rel == "aux" and c.lemma.lower() in profile.passive_auxiliaries)
               for c in sentence.children(pred.id))


def is_passive(sentence: Sentence, pred: Token) -> bool:
    return any(c.deprel in ("nsubj:pass", "aux:pass", "csubj:pass") for c in sentence.children(pred.id))


def own_clause(sentence: Sentence, clause: Token, profile: LanguageProfile) -> bool:
    """An adverbial clause with its own subject or a subordinator other than the infinitive's
    ("after a hobbit was reported there"): its arguments are not the governing verb's."""
    return any(c.base_rel in ("nsubj", "csubj")
               or (c.base_rel == "mark" and lemma_of(c) != profile.infinitive_marker)
               for c in sentence.children(clause.id))
