"""Predicates: every token of a sentence that realises a codebook verb or event noun, with the
pattern that fits it best. One pass over the sentence, independent of any other result."""

from __future__ import annotations

from dataclasses import dataclass

from coder.codebook import Codebook, Pattern, VerbForm
from coder.doc import Sentence, Token
from coder.code.analysis import SentenceAnalysis
from coder.code.language import profile_of
from coder.code.slots import passes_gates, sentence_patterns, slot_match, slot_memo
from coder.code.subjects import inherited_subject
from coder.code.syntax import norm
from coder.code.words import MEMO_LIMIT, lemma_candidates


@dataclass(frozen=True)
class PredicateMatch:
    """A predicate token with the codebook pattern that fits it best."""

    token: Token
    pattern: Pattern
    form: VerbForm | None  # None for event nouns
    light: bool = False  # the block is a support verb ("carry out")
    specificity: int = 0


# the tags verb_forms_for and event_noun_blocks accept
PREDICATE_UPOS = frozenset({"VERB", "AUX", "NOUN", "ADJ", "PROPN"})


def find_predicates(a: SentenceAnalysis) -> dict[int, PredicateMatch]:
    """Token id → its best match, for every predicate of the sentence."""
    s, cb = a.sentence, a.codebook
    matches: dict[int, PredicateMatch] = {}
    memo = slot_memo(a.date, a.memo)  # slot fillers and word fits, shared by every pattern tried on the sentence
    for tok in s.tokens:
        if tok.upos not in PREDICATE_UPOS:
            continue  # no verb form, support verb or event noun has another tag
        if tok.id in a.name_tokens:
            continue  # "the Revolutionary United Front": a word of a name is no predicate
        if _word_fits(tok, cb) == (False, False):
            continue  # no verb form nor event noun of the codebook has this word (most words)
        forms = verb_forms_for(s, tok, cb)  # once per token: both readings start from them
        match = best_verb_pattern(s, tok, cb, inherited_subject(a, tok), memo, forms) if forms else None
        light = support_reading(s, tok, cb, forms) if forms else None
        phrasal = match is not None and match.form is not None and bool(match.form.particle)
        if light is not None and not phrasal and (match is None or not cb.blocks[match.pattern.block].light):
            match = light  # "staged a hunger strike": the noun is the event ("called off a strike" is not)
        if match is None:
            match = best_noun_pattern(s, tok, cb, memo)
        if match is not None:
            matches[tok.id] = match
    return matches


def support_reading(s: Sentence, tok: Token, cb: Codebook, forms: list[VerbForm] | None = None) -> PredicateMatch | None:
    """The support-verb reading of a verb whose object is a known event noun."""
    forms = [f for f in (verb_forms_for(s, tok, cb) if forms is None else forms) if cb.blocks[f.block].light]
    if not forms:
        return None
    objects = [c for c in s.children(tok.id) if c.base_rel == "obj"]
    if not any(event_noun_blocks(s, o, cb) for o in objects):
        return None
    block = cb.blocks[forms[0].block]
    return PredicateMatch(tok, block.patterns[-1], forms[0], True, 0)


def verb_forms_for(sentence: Sentence, token: Token, codebook: Codebook) -> list[VerbForm]:
    """Verb forms of the codebook that this token realises (lemma + particle + pre-word)."""
    if token.upos not in ("VERB", "AUX", "NOUN", "ADJ", "PROPN"):
        return []
    if not _word_fits(token, codebook)[0]:
        return []  # most words: none of their forms is a verb of the codebook
    if is_deverbal_preposition(sentence, token, codebook):
        return []
    if token.upos == "AUX" and token.base_rel in ("aux", "cop") and _auxiliary(token, profile_of(codebook)):
        return []  # "van a quedar", "fue muerta": the auxiliary of another verb, no event of its own
    if token.upos in ("NOUN", "PROPN", "ADJ") and not _verb_position(sentence, token):
        return []  # a tagging slip may call a verb a noun; only trust it in a verb position
    forms: list[VerbForm] = []
    for lemma in lemma_candidates(token, profile_of(codebook), codebook) + [norm(token)]:
        forms = codebook.verb_forms.get(lemma, [])
        if forms:
            break
    found = []
    children = sentence.children(token.id)
    for form in forms:
        if form.particle:
            # (a pronominal verb's clitic too, "se manifestaron": an expletive, or an object
            # pronoun where the parser reads it so)
            particles = {norm(c) for c in children if c.base_rel in ("compound", "advmod", "obl", "case", "expl")
                         or (c.base_rel in ("obj", "iobj") and c.upos == "PRON")}
            particles |= {norm(c) for c in children if c.base_rel in ("obl", "nmod")
                          for c in sentence.children(c.id) if c.base_rel == "case"}
            if not all(p in particles for p in form.particle.split()):
                continue
        if form.preword:
            previous = sentence.token(token.id - 1) if token.id > 1 else None
            if previous is None or norm(previous) != form.preword.split()[-1]:
                continue
        found.append(form)
    return found


def _auxiliary(token: Token, profile) -> bool:
    """A word the profile lists as a future, hypothetical, obligation, perfect or passive
    auxiliary (lemma or form)."""
    words = (profile.future_auxiliaries | profile.hypothetical_auxiliaries | profile.obligation_auxiliaries
             | profile.perfect_auxiliaries | profile.passive_auxiliaries)
    return (token.lemma or "").lower() in words or norm(token) in words


def _verb_position(sentence: Sentence, token: Token) -> bool:
    if token.base_rel in ("root", "xcomp", "ccomp", "advcl", "acl", "parataxis"):
        return any(c.base_rel in ("nsubj", "obj") for c in sentence.children(token.id))
    if token.base_rel == "conj" and token.head:
        return sentence.token(token.head).upos == "VERB"
    return False


def is_deverbal_preposition(sentence: Sentence, token: Token, codebook: Codebook) -> bool:
    """A participle that works as a preposition: "including", "regarding", "according to"."""
    profile = profile_of(codebook)
    word = norm(token)
    second = _deverbal_pair_seconds(profile).get(word)
    if second is not None:
        return token.id < len(sentence.tokens) and norm(sentence.token(token.id + 1)) == second
    return word in profile.deverbal_prepositions


def _deverbal_pair_seconds(profile) -> dict[str, str]:
    """First word → second word of the profile's deverbal preposition pairs ("according" →
    "to"; the first pair of a word counts), once per profile."""
    found = profile.memo.get("deverbal-pairs")
    if found is None:
        found = profile.memo["deverbal-pairs"] = {}
        for first, second in profile.deverbal_preposition_pairs:
            found.setdefault(first, second)
    return found


def event_noun_blocks(sentence: Sentence, token: Token, codebook: Codebook) -> list[tuple[str, int]]:
    """Blocks whose event nouns this token heads, with the noun's length in words
    ("suicide bombing" beats "bombing")."""
    if token.upos not in ("NOUN", "PROPN", "VERB") or not _word_fits(token, codebook)[1]:
        return []  # (most words: no event noun of the codebook ends with any of their forms)
    if is_deverbal_preposition(sentence, token, codebook):
        return []  # "according to" is no accord
    modifiers = [c for c in sentence.children(token.id) if c.base_rel in ("compound", "amod")]
    # the blocks follow from the words alone: worked out once per noun and modifiers
    memo = codebook.memo.get("noun-blocks") or codebook.memo.setdefault("noun-blocks", {})
    # (a noun's word candidates differ from another tag's: lemma_candidates)
    key = (token.lemma, token.text, token.upos == "NOUN", *[(m.lemma, m.text, m.upos == "NOUN") for m in modifiers])
    blocks = memo.get(key)
    if blocks is None:
        if len(memo) >= MEMO_LIMIT:
            memo.clear()
        blocks = memo[key] = tuple(_noun_blocks(token, modifiers, codebook))
    return list(blocks)


def _word_fits(token: Token, codebook: Codebook) -> tuple[bool, bool]:
    """(whether a verb form of the codebook has one of the word's forms as its lemma, whether
    an event noun of the codebook ends with one of its noun forms): what the word alone
    allows, worked out once per codebook and word form. A word that fits neither is no
    predicate, whatever its place in the sentence (most words)."""
    memo = codebook.memo.get("word-fits") or codebook.memo.setdefault("word-fits", {})
    key = (token.lemma, token.text, token.upos == "NOUN")  # what lemma_candidates reads
    found = memo.get(key)
    if found is None:
        if len(memo) >= MEMO_LIMIT:
            memo.clear()
        lemmas = lemma_candidates(token, profile_of(codebook), codebook)
        endings = _noun_endings(codebook)
        found = memo[key] = (any(w in codebook.verb_forms for w in lemmas + [norm(token)]),
                             any(w in endings or not w for w in lemmas))
    return found


def _noun_endings(codebook: Codebook) -> frozenset[str]:
    """Every ending of the codebook's event nouns ("bombing", "suicide bombing": "g", …,
    "bombing", " bombing", …): a compound's key ends with its head noun (_noun_blocks);
    once per codebook."""
    found = codebook.memo.get("noun-endings")
    if found is None:
        found = codebook.memo["noun-endings"] = frozenset(
            key[i:] for key in codebook.noun_forms for i in range(len(key)))
    return found


def _noun_blocks(token: Token, modifiers: list[Token], codebook: Codebook) -> list[tuple[str, int]]:
    profile = profile_of(codebook)
    lemmas = lemma_candidates(token, profile, codebook)
    found: list[tuple[str, int]] = []
    for lemma in lemmas:
        for block_id in codebook.noun_forms.get(lemma, []):
            found.append((block_id, 1))
    for mod in modifiers:
        for mod_lemma in lemma_candidates(mod, profile) + [norm(mod)]:
            for lemma in lemmas:
                for key in (f"{mod_lemma} {lemma}", f"{mod_lemma}{lemma}"):
                    for block_id in codebook.noun_forms.get(key, []):
                        found.append((block_id, 2))
    # longest noun first, de-duplicated by block
    best: dict[str, int] = {}
    for block_id, length in found:
        best[block_id] = max(best.get(block_id, 0), length)
    return sorted(best.items(), key=lambda item: -item[1])


def best_verb_pattern(sentence: Sentence, token: Token, codebook: Codebook,
                      inherited: int | None = None, memo: dict | None = None,
                      forms: list[VerbForm] | None = None) -> PredicateMatch | None:
    """The most specific pattern (over every block the verb belongs to) whose slots all match.

    Ties go to the block that comes first in the codebook.
    """
    best: PredicateMatch | None = None
    memo = {} if memo is None else memo
    forms = verb_forms_for(sentence, token, codebook) if forms is None else forms
    headroom = codebook.synset_bonus if forms else 0
    for form in forms:
        block = codebook.blocks[form.block]
        bonus = 5 if (form.particle or form.preword) else 0
        for pattern, gates in sentence_patterns(sentence, form.block, codebook, memo):
            if best is not None and pattern.specificity + bonus + headroom <= best.specificity:
                break  # patterns are sorted by their best possible score
            if gates and not passes_gates(sentence, token, gates, codebook, inherited, memo):
                continue  # a slot no filler's head can fill: no match
            score = pattern_score(sentence, token, pattern, codebook, inherited, memo)
            if score is not None and (best is None or score + bonus > best.specificity):
                best = PredicateMatch(token, pattern, form, block.light, score + bonus)
    return best


def best_noun_pattern(sentence: Sentence, token: Token, codebook: Codebook,
                      memo: dict | None = None) -> PredicateMatch | None:
    memo = {} if memo is None else memo
    for block_id, length in event_noun_blocks(sentence, token, codebook):
        best: PredicateMatch | None = None
        for pattern, gates in sentence_patterns(sentence, block_id, codebook, memo):
            if best is not None and pattern.specificity + length <= best.specificity:
                break
            if gates and not passes_gates(sentence, token, gates, codebook, None, memo):
                continue  # a slot no filler's head can fill: no match
            score = pattern_score(sentence, token, pattern, codebook, None, memo)
            if score is not None and (best is None or score + length > best.specificity):
                best = PredicateMatch(token, pattern, None, False, score + length)
        if best is not None:
            return best
    return None


def pattern_score(sentence: Sentence, token: Token, pattern: Pattern, codebook: Codebook,
                  inherited: int | None = None, memo: dict | None = None) -> int | None:
    """Sum of the slot scores when every slot matches, else None (0 for a bare verb)."""
    total = 0
    memo = {} if memo is None else memo
    for spec in pattern.match:
        found = slot_match(sentence, token, spec, codebook, inherited, memo)
        if found is None:
            return None
        total += found[1]
    return total
