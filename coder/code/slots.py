"""Pattern slots: which dependents of a predicate can fill a slot, and how well a word fits
a pattern word."""

from __future__ import annotations

import datetime as dt

from coder.codebook import Codebook, Pattern, SlotSpec, WordSpec
from coder.doc import Sentence, Token
from coder.lang import LanguageProfile
from coder.code.language import profile_of
from coder.code.mentions import person_name, word_agent
from coder.code.syntax import (
    OBJECT_RELS, OBLIQUE_RELS, case_marker, conjuncts, is_passive, lemma_of, marked_with, norm,
    own_clause, passive_marked, phrase_tokens,
)
from coder.code.words import MEMO_LIMIT, lemma_candidates


def slot_candidates(sentence: Sentence, pred: Token, slot: str, prep: str | None,
                    profile: LanguageProfile, inherited_subject: int | None = None) -> list[Token]:
    """Dependents of ``pred`` that can fill a pattern slot (``subj``, ``obj``, ``obl``, ``any``)."""
    children = sentence.children(pred.id)
    if pred.upos in ("NOUN", "PROPN") and pred.base_rel not in ("root", "conj", "xcomp", "ccomp", "advcl", "parataxis"):
        return _noun_slot_candidates(sentence, pred, slot, prep, profile)
    agent = profile.agent_preposition
    if slot == "subj":
        found = [c for c in children if c.deprel in ("nsubj", "csubj") or c.deprel == "obl:agent"]
        if not passive_marked(sentence, pred, profile):  # a parser slip: nsubj:pass without a passive
            found += [c for c in children if c.deprel == "nsubj:pass"]
        if not found and (is_passive(sentence, pred) or reduced_passive_relative(sentence, pred)):
            # UD v1 writes the agent as nmod + "by"; a reduced relative's "by" phrase is its agent
            found = [c for c in children if c.base_rel in ("obl", "nmod") and case_marker(sentence, c) == agent]
        if not found and inherited_subject:
            found = [sentence.token(inherited_subject)]
        return found
    patient_subject = ("nsubj:pass", "csubj:pass") if passive_marked(sentence, pred, profile) else ()
    objects = [c for c in children if c.base_rel in OBJECT_RELS or c.deprel in patient_subject
               or (c.base_rel == "xcomp" and c.upos in ("NOUN", "PROPN", "ADJ"))]
    if not objects and reduced_passive_relative(sentence, pred):
        objects = [sentence.token(pred.head)]  # "a report released/acl on Tuesday": the report
    if not objects:
        objects = passive_complement_controllers(sentence, pred, profile)  # "two youths got killed/xcomp"
    if slot == "obj":
        return objects
    obliques = [c for c in children if c.base_rel in OBLIQUE_RELS and c.deprel != "obl:agent"
                and not (case_marker(sentence, c) == agent and (
                    is_passive(sentence, pred) or reduced_passive_relative(sentence, pred)))
                and not (c.base_rel == "advcl" and own_clause(sentence, c, profile))]
    for obj in objects + _counted_nouns(sentence, objects, profile):  # "asked Gondor for aid" / "withdrawal of troops from Syria"; not "a camp
        # for refugees was attacked": a phrase before the verb is none of its obliques; an
        # adjective complement's obliques too ("marched close/xcomp to the border/obl", UD v2)
        obliques += [g for g in sentence.children(obj.id) if g.id > pred.id and (
            g.base_rel == "nmod" or (g.base_rel == "obl" and obj.upos == "ADJ"))]
    if slot == "obl":
        if prep is None:
            return obliques
        found = [c for c in obliques if case_marker(sentence, c) == prep]
        found += [c for c in children if c.base_rel == "advcl" and _gerund_clause_marked(sentence, c, prep)]
        if prep in profile.object_markers:  # "asesinaron a un hombre" fills "(A) +"
            found += [c for c in objects if case_marker(sentence, c) == prep]
        return found
    return [c for c in children if c.base_rel not in ("punct", "cc")] + obliques  # any


def _counted_nouns(sentence: Sentence, objects: list[Token], profile: LanguageProfile) -> list[Token]:
    """The nouns the objects count or part ("holding thousands of refugees as shields": the
    refugees, whose phrases are the verb's too)."""
    return [c for o in objects if o.upos == "NUM" or lemma_of(o) in profile.quantifiers
            for c in sentence.children(o.id)
            if c.base_rel == "nmod" and case_marker(sentence, c) == profile.theme_preposition]


def _gerund_clause_marked(sentence: Sentence, clause: Token, prep: str) -> bool:
    """A subjectless gerund clause opened by the preposition ``prep`` ("held for/mark
    stabbing a neighbour"): the oblique of that preposition a pattern asks for."""
    if clause.upos != "VERB" or not (clause.feat("VerbForm") == "Ger" or (
            clause.feat("VerbForm") == "Part" and clause.feat("Tense") == "Pres")):
        return False
    children = sentence.children(clause.id)
    return any(c.base_rel == "mark" and lemma_of(c) == prep for c in children) \
        and not any(c.base_rel in ("nsubj", "csubj") for c in children)


def passive_complement_controllers(sentence: Sentence, pred: Token, profile: LanguageProfile) -> list[Token]:
    """The subject of a passive verb or of a passive auxiliary (the profile's) that a past
    participle complements, when the participle has no subject or auxiliary of its own ("two
    youths got killed/xcomp", "a woman was found murdered/xcomp"): a passive complement,
    whose act is done to that subject; else none ("extradited suspected/xcomp X": a modifier
    the parser misplaced)."""
    if pred.deprel != "xcomp" or not pred.head or pred.feat("VerbForm") != "Part" or pred.feat("Tense") != "Past":
        return []
    if any(c.base_rel in ("nsubj", "csubj", "aux", "cop", "mark") for c in sentence.children(pred.id)):
        return []
    governor = sentence.token(pred.head)
    governed = sentence.children(governor.id)
    if any(c.base_rel in ("obj", "iobj") for c in governed) or not (
            is_passive(sentence, governor) or lemma_of(governor) in profile.passive_auxiliaries):
        return []
    return [c for c in governed if c.base_rel == "nsubj"][:1]


def reduced_passive_relative(sentence: Sentence, pred: Token) -> bool:
    """A past participle after the noun it modifies, without a subject of its own (a reduced
    passive relative: "a report released on Tuesday", "warplanes backed by X"): the noun is
    what the act is done to, its object."""
    return pred.deprel == "acl" and 0 < pred.head < pred.id and pred.feat("VerbForm") == "Part" \
        and pred.feat("Tense") == "Past" and sentence.token(pred.head).upos in ("NOUN", "PROPN") \
        and not any(c.base_rel in ("nsubj", "csubj") for c in sentence.children(pred.id))


def _noun_slot_candidates(sentence: Sentence, noun: Token, slot: str, prep: str | None,
                          profile: LanguageProfile) -> list[Token]:
    """Arguments of an event noun: 'Gondor's attack' / 'attack by Gondor' (subj),
    'the withdrawal of troops' (obj), 'attack on Arnor', 'withdrawal of troops from Syria' (obl)."""
    agent, theme = profile.agent_preposition, profile.theme_preposition
    mods = [c for c in sentence.children(noun.id) if c.base_rel in ("nmod", "obl")]
    if slot == "subj":
        return [c for c in sentence.children(noun.id) if c.deprel == "nmod:poss"] + \
               [c for c in mods if case_marker(sentence, c) == agent]
    themes = [c for c in mods if case_marker(sentence, c) == theme]
    for t in list(themes):  # "withdrawal of most of the troops"
        themes += [g for g in sentence.children(t.id) if g.base_rel == "nmod" and case_marker(sentence, g) == theme]
    if slot == "obj":
        return themes
    obliques = [c for c in mods if case_marker(sentence, c) not in (theme, agent)]
    for t in themes:
        obliques += [g for g in sentence.children(t.id) if g.base_rel == "nmod" and case_marker(sentence, g) != theme]
    if slot == "obl":
        return [c for c in obliques if prep is None or case_marker(sentence, c) == prep]
    return themes + obliques


# the slot memo's entry for the document's date and the sentence analysis's memo (slot_memo)
_ANALYSIS = ("analysis",)


def slot_memo(date: dt.date | None = None, actors: dict | None = None) -> dict:
    """A memo for the slots of one sentence (:func:`slot_match`) that knows the document's
    date and the sentence analysis's memo (:attr:`SentenceAnalysis.memo`), so that a name is
    resolved here as the actor it will be (a name known by a dated role is that role's actor
    on the day: :func:`~coder.code.mentions.person_name`)."""
    return {_ANALYSIS: (date, actors)}


def word_score(sentence: Sentence, candidate: Token, spec: WordSpec, codebook: Codebook,
               date: dt.date | None = None, memo: dict | None = None) -> int | None:
    """How specifically ``candidate`` fits a pattern word (None: it does not). A synset's
    multi-word member counts its words ("austrian gold florin" beats "florin"). A name that
    stands for a person (:func:`~coder.code.mentions.person_name`: "executed [a] Arwen", the
    actor of the profile's ``person_noun``) fits a pattern word the person noun fits too (a
    synset of words for people lists the person noun but no names); ``date`` and ``memo``
    (the sentence analysis's) resolve the name as its actor is resolved."""
    profile = profile_of(codebook)
    heads = _heads(candidate, profile)
    if profile.person_noun and profile.person_noun not in heads and \
            person_name(sentence, candidate, codebook, date, memo):
        heads = heads | {profile.person_noun}
    phrase: set[str] | None = None

    def phrase_words() -> set[str]:
        nonlocal phrase
        if phrase is None:
            phrase = {w for t in phrase_tokens(sentence, candidate.id) if t.id != candidate.id
                      for w in (lemma_of(t), norm(t))}
        return phrase

    bonus = 0
    if spec.head.startswith("&"):
        members = [m for m in codebook.synset_phrases.get(spec.head, ())
                   if m.head in heads and all(w in phrase_words() for w in m.modifiers)]
        if members:
            bonus = max(len(m.modifiers) for m in members)
        elif not any(codebook.words_match(spec, h) for h in heads):
            return None
    elif not any(codebook.words_match(spec, h) for h in heads):
        return None
    for modifier in spec.modifiers:
        if modifier.startswith("&"):
            if not phrase_words() & codebook.synsets.get(modifier, frozenset()):
                return None
        elif modifier not in phrase_words():
            return None
    return spec.specificity + bonus


def slot_match(sentence: Sentence, pred: Token, spec: SlotSpec, codebook: Codebook,
               inherited_subject: int | None = None, memo: dict | None = None) -> tuple[Token, int] | None:
    """(dependent, score) for the most specific word of the slot that some dependent
    matches; the score counts the slot, its preposition and the word's specificity.
    ``memo``: answers already found for this sentence (slot fillers, word fits), shared by
    the patterns tried on it (:func:`slot_memo`: with the date and analysis memo names
    are resolved with)."""
    profile = profile_of(codebook)
    memo = {} if memo is None else memo
    wants_phrase = spec.prep == profile.infinitive_marker and any(w.head != "*" for w in spec.words)
    key = ("fillers", pred.id, spec.slot, spec.prep, inherited_subject, wants_phrase)
    heads = _filler_heads(sentence, pred, spec, codebook, inherited_subject, wants_phrase, memo)
    accepted = _accepted_heads(spec, codebook, memo)
    if accepted is not None and accepted.isdisjoint(heads):
        return None  # no filler has a head any word of the slot accepts (word_score's first test)
    best: tuple[Token, int] | None = None
    for conj, penalty, time_word in memo[key]:
        for word in spec.words:
            if word.head == "*" and spec.prep and (time_word or conj.base_rel == "advcl" and not
                                                   _gerund_clause_marked(sentence, conj, spec.prep)):
                # "telephoned X on Tuesday" is no "(ON) +" argument, and "dismissed an appeal
                # to lay down arms" no "(TO)" one: a bare preposition slot is a phrase, not a
                # clause (but a gerund the preposition opens: "held for stabbing X")
                continue
            fit_key = ("fit", conj.id, id(word))  # the codebook's word specs live as long as the memo
            if fit_key not in memo:
                memo[fit_key] = word_score(sentence, conj, word, codebook, *memo.get(_ANALYSIS, (None, None)))
            fit = memo[fit_key]
            if fit is not None:
                score = 10 + fit + (3 if spec.prep else 0) - penalty
                if best is None or score > best[1]:
                    best = (conj, score)
    return best


def pattern_gates(block_id: str, codebook: Codebook) -> tuple[tuple[tuple[tuple, frozenset[str]], ...], ...]:
    """For each pattern of a block, in order: ((slot key, heads accepted), ...) for every slot
    whose words do not accept any head. A pattern one of whose gates no filler's head passes
    cannot match (:func:`slot_match` answers None): :func:`passes_gates` tests that without
    scoring. Worked out once per codebook and block."""
    key = ("gates", block_id)
    memo = codebook.memo
    if key not in memo:
        infinitive = profile_of(codebook).infinitive_marker
        gates = []
        for pattern in codebook.blocks[block_id].patterns:
            found = []
            for spec in pattern.match:
                accepted = _accepted_by(spec, codebook)
                if accepted is not None:
                    wants_phrase = spec.prep == infinitive and any(w.head != "*" for w in spec.words)
                    found.append(((spec.slot, spec.prep, wants_phrase), accepted))
            gates.append(tuple(found))
        memo[key] = tuple(gates)
    return memo[key]


def sentence_patterns(sentence: Sentence, block_id: str, codebook: Codebook, memo: dict
                      ) -> tuple[tuple[Pattern, tuple[tuple[tuple, frozenset[str]], ...]], ...]:
    """(pattern, gates) of a block, in order, without the patterns that cannot match anywhere
    in the sentence: a gated slot whose accepted heads no word of the sentence has (every
    filler is a word of the sentence). Found through an index of the patterns by the heads
    of their first gate, once per sentence and block."""
    key = ("patterns", block_id)
    if key not in memo:
        words = memo.get(("sentence-heads",))
        if words is None:
            profile = profile_of(codebook)
            words = frozenset().union(*[_heads(t, profile) for t in sentence.tokens])
            if profile.person_noun:  # a word for a person may fit it (person_name)
                words |= {profile.person_noun}
            memo[("sentence-heads",)] = words
        patterns = codebook.blocks[block_id].patterns
        gates = pattern_gates(block_id, codebook)
        ungated, by_head, heads = _gate_index(block_id, codebook)
        found = set(ungated)
        for word in words & heads:
            found.update(by_head[word])
        kept = []
        for i in sorted(found):
            for _, accepted in gates[i][1:]:  # the pattern's other gates
                if accepted.isdisjoint(words):
                    break
            else:
                kept.append((patterns[i], gates[i]))
        memo[key] = tuple(kept)
    return memo[key]


def _gate_index(block_id: str, codebook: Codebook
                ) -> tuple[tuple[int, ...], dict[str, tuple[int, ...]], frozenset[str]]:
    """(positions of the block's patterns without gates, head → positions of the patterns
    whose first gate accepts it, those heads); once per codebook and block."""
    key = ("gate-index", block_id)
    memo = codebook.memo
    if key not in memo:
        ungated: list[int] = []
        by_head: dict[str, list[int]] = {}
        for i, gates in enumerate(pattern_gates(block_id, codebook)):
            if not gates:
                ungated.append(i)
            for head in gates[0][1] if gates else ():
                by_head.setdefault(head, []).append(i)
        memo[key] = (tuple(ungated), {h: tuple(v) for h, v in by_head.items()}, frozenset(by_head))
    return memo[key]


def passes_gates(sentence: Sentence, pred: Token, gates: tuple[tuple[tuple, frozenset[str]], ...],
                 codebook: Codebook, inherited_subject: int | None, memo: dict) -> bool:
    """Whether some filler of every gated slot has a head the slot accepts (see
    :func:`pattern_gates`); the fillers are found once per sentence, as :func:`slot_match` does."""
    for (slot, prep, wants_phrase), accepted in gates:
        key = ("heads", "fillers", pred.id, slot, prep, inherited_subject, wants_phrase)
        heads = memo.get(key)
        if heads is None:
            heads = _filler_heads(sentence, pred, SlotSpec(slot, prep, ()), codebook, inherited_subject,
                                  wants_phrase, memo)
        if accepted.isdisjoint(heads):
            return False
    return True


def _filler_heads(sentence: Sentence, pred: Token, spec: SlotSpec, codebook: Codebook,
                  inherited_subject: int | None, wants_phrase: bool, memo: dict) -> frozenset[str]:
    """The heads of the slot's fillers (found and remembered with the fillers)."""
    key = ("fillers", pred.id, spec.slot, spec.prep, inherited_subject, wants_phrase)
    if key not in memo:
        memo[key] = _slot_fillers(sentence, pred, spec, codebook, inherited_subject, wants_phrase)
        profile = profile_of(codebook)
        heads = frozenset().union(*[_heads(conj, profile) for conj, _, _ in memo[key]])
        date, actors = memo.get(_ANALYSIS, (None, None))
        if profile.person_noun and any(person_name(sentence, conj, codebook, date, actors) for conj, _, _ in memo[key]):
            heads |= {profile.person_noun}  # "[a] Arwen" fits the person noun (person_name)
        memo[("heads",) + key] = heads
    return memo[("heads",) + key]


def _heads(candidate: Token, profile: LanguageProfile) -> frozenset[str]:
    """The words a filler may be matched as (what :func:`word_score` tries): worked out once
    per word form on the profile (every word of a sentence is read)."""
    verbal = candidate.upos not in ("NOUN", "PROPN")
    memo = profile.memo
    key = ("filler-heads", candidate.lemma, candidate.text, verbal, candidate.upos == "NOUN")  # as lemma_candidates
    found = memo.get(key)
    if found is None:
        if len(memo) >= MEMO_LIMIT:
            memo.clear()
        found = memo[key] = frozenset(lemma_candidates(candidate, profile, verbal=verbal)) | {norm(candidate)}
    return found


def _accepted_heads(spec: SlotSpec, codebook: Codebook, memo: dict) -> frozenset[str] | None:
    """Every head some word of the slot accepts; None when a word accepts any ("*")."""
    key = ("accepts", id(spec))  # the codebook's slot specs live as long as the memo
    if key not in memo:
        memo[key] = _accepted_by(spec, codebook)
    return memo[key]


def _accepted_by(spec: SlotSpec, codebook: Codebook) -> frozenset[str] | None:
    heads: set[str] | None = set()
    for word in spec.words:
        if word.head == "*":
            return None
        if word.head.startswith("&"):
            heads |= codebook.synsets.get(word.head, frozenset())
            heads |= {m.head for m in codebook.synset_phrases.get(word.head, ())}
        else:
            heads.add(word.head)
    return frozenset(heads)


def _slot_fillers(sentence: Sentence, pred: Token, spec: SlotSpec, codebook: Codebook,
                  inherited_subject: int | None, wants_phrase: bool) -> list[tuple[Token, int, bool]]:
    """(word, penalty, is a time word) for every word that may fill the slot, conjuncts
    included, in the order they are tried."""
    profile = profile_of(codebook)
    # (dependent, penalty): the verb's own dependents first, then what a complement lends
    candidates = [(c, 0) for c in slot_candidates(sentence, pred, spec.slot, spec.prep, profile, inherited_subject)]
    if profile.object_markers and spec.slot == "obj":
        candidates += [(c, 0) for c in _marked_objects(sentence, pred, profile)]
    if spec.slot == "obj":  # "vowed to wage war" matches VOW * WAR: the complement's object
        candidates += [(o, 1) for o in _complement_objects(sentence, pred, profile)]
    if spec.slot == "obl" and wants_phrase:
        # "began to question" matches BEGIN * (TO QUESTION); a bare "(TO) *" wants a phrase
        candidates += [(c, 0) for c in sentence.children(pred.id) if c.base_rel == "xcomp"
                       and case_marker(sentence, c) == profile.infinitive_marker]
    fillers = []
    for candidate, penalty in candidates:
        for conj_id in conjuncts(sentence, candidate.id):
            conj = sentence.token(conj_id)
            fillers.append((conj, penalty, lemma_of(conj) in profile.time_words))
            fillers += [(inner, penalty + extra, False) for inner, extra in _inner_heads(sentence, conj, codebook)]
    return fillers


def _inner_heads(sentence: Sentence, noun: Token, codebook: Codebook) -> list[tuple[Token, int]]:
    """(word, extra penalty) for the words a pattern word may also fit inside a filler: the
    noun a quantity heads ("some of the peacekeepers", "dozens of protesters") and the
    compound modifiers of a noun that is no event of its own ("curfew hours": "curfew";
    not "suicide bombings": the bombing is the event) nor an agent ("government forces" are
    forces, not the government), the latter after the head."""
    profile = profile_of(codebook)
    inner = []
    if noun.upos == "NUM" or lemma_of(noun) in profile.quantifiers:
        inner += [(c, 0) for c in sentence.children(noun.id)
                  if c.base_rel == "nmod" and case_marker(sentence, c) == profile.theme_preposition]
    if profile.amount_prepositions and (noun.upos == "SYM" or lemma_of(noun) in profile.amount_heads):
        # "$50 million in aid": what the amount is given as, on the currency or on its number
        amount = [noun] + [c for c in sentence.children(noun.id) if c.base_rel == "nummod"]
        inner += [(c, 0) for m in amount for c in sentence.children(m.id)
                  if c.base_rel == "nmod" and case_marker(sentence, c) in profile.amount_prepositions]
    compounds = [c for c in sentence.children(noun.id) if c.deprel == "compound" and c.upos == "NOUN"] \
        if noun.upos in ("NOUN", "PROPN") else []
    if compounds and not any(lemma in codebook.noun_forms for lemma in lemma_candidates(noun, profile, verbal=False)) \
            and word_agent(codebook, lemma_of(noun), noun) is None:
        inner += [(c, 1) for c in compounds]
    return inner


def _marked_objects(sentence: Sentence, pred: Token, profile: LanguageProfile) -> list[Token]:
    """For an object slot, the verb's obliques marked as a direct object (the profile's
    ``object_markers``: Spanish personal "a") when the parser attached them as obliques."""
    return [c for c in slot_candidates(sentence, pred, "obl", None, profile)
            if case_marker(sentence, c) in profile.object_markers]


def _complement_objects(sentence: Sentence, pred: Token, profile: LanguageProfile) -> list[Token]:
    """Objects of a to-infinitive complement of ``pred`` ("vowed to wage war"); a verb with an
    object of its own has a purpose clause there, not a complement ("used the truce to rearm")."""
    children = sentence.children(pred.id)
    rels = ("xcomp",) if any(c.base_rel in OBJECT_RELS for c in children) else ("xcomp", "advcl")
    out = []
    for child in children:
        if child.base_rel in rels and child.upos == "VERB" and marked_with(sentence, child, profile.infinitive_marker):
            out += [c for c in sentence.children(child.id) if c.base_rel in OBJECT_RELS]
    return out
