"""The parse repairs' word filters answer what asking every word answers: a possessor is
looked for only at words with a possessive suffix or before a marker, conjoined subjects only
under words two subjects hang on, a subject read as an object only where the verb after its
phrase can be its head or a complement clause. Randomized over hand-built sentences with
made-up names (fixed seeds)."""

from __future__ import annotations

import random

import pytest

from coder.code import phrase_repairs, repairs
from coder.doc import Sentence, Token
from coder.lang import load_profile

TEXTS = ["Gondor", "Gondor's", "Arnor", "rebels'", "'s", "'", ",", "and", "the", "army", "troops", "said",
         "attacked", "Minas", "Tirith", "police", "of", "that", "had", "fled"]
UPOS = ("NOUN", "PROPN", "PRON", "VERB", "AUX", "PART", "PUNCT", "CCONJ", "DET", "ADP")
RELS = ("nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "nmod:poss", "case", "cc", "conj", "punct",
        "compound", "flat", "det", "ccomp", "xcomp", "aux", "advmod", "appos")
FEATS = ((), (("VerbForm", "Fin"),), (("VerbForm", "Part"), ("Tense", "Past")), (("VerbForm", "Inf"),))


def random_sentence(rng: random.Random) -> Sentence:
    """A tree of 3 to 12 words: each word hangs on an earlier or later one (one root)."""
    n = rng.randint(3, 12)
    root = rng.randint(1, n)
    order = [root] + rng.sample([i for i in range(1, n + 1) if i != root], n - 1)
    heads = {root: 0}
    for k, i in enumerate(order[1:], start=1):
        heads[i] = rng.choice(order[:k])
    rels = {i: "root" if heads[i] == 0 else rng.choice(RELS) for i in heads}
    for i in range(2, n + 1):  # siblings side by side under one relation now and then
        if heads[i] and heads[i - 1] == heads[i] and rng.random() < 0.5:
            rels[i] = rels[i - 1]
    tokens, offset = [], 0
    for i in range(1, n + 1):
        text = rng.choice(TEXTS)
        tokens.append(Token(i, text, text.lower(), rng.choice(UPOS), "_", rng.choice(FEATS), heads[i], rels[i],
                            offset, offset + len(text)))
        offset += len(text) + 1
    return Sentence("d", 0, " ".join(t.text for t in tokens), tuple(tokens), 0, offset - 1)


@pytest.mark.parametrize("language", ["en", "es"])
def test_finders_asked_for_fewer_words_answer_as_for_every_word(language):
    profile = load_profile(language)[0]
    rng = random.Random(19)
    fired = {"possessors": 0, "conjuncts": 0}  # repairs found
    for _ in range(4000):
        s = random_sentence(rng)
        found = phrase_repairs._possessors_read_as_siblings(s, profile)
        assert found == phrase_repairs._possessors_read_as_siblings(s, profile, words=s.tokens)
        fired["possessors"] += bool(found)
        found = phrase_repairs._conjuncts_read_as_subjects(s, profile)
        assert found == phrase_repairs._conjuncts_read_as_subjects(s, profile, verbs=s.tokens)
        fired["conjuncts"] += bool(found)
    if language == "en":  # (the sentences give both repairs something to do)
        assert fired["possessors"] > 2, fired  # (conjoined subjects: the hand-built parse below)


def test_an_object_after_its_head_is_no_subject_without_a_complement_clause():
    """_subjects_read_as_objects asks only objects before their head, or any object of a
    sentence with a complement clause: every other object gets no verb."""
    profile = load_profile("en")[0]
    rng = random.Random(12)
    answered = 0
    for _ in range(6000):
        s = random_sentence(rng)
        complement = any(t.base_rel == "ccomp" for t in s.tokens)
        for tok in s.tokens:
            verb = repairs._subject_read_as_object(s, tok, profile)
            answered += verb is not None
            if tok.deprel == "obj" and tok.head < tok.id and not complement:
                assert verb is None
    assert answered > 2  # (some objects are subjects read as objects)


def test_the_filters_keep_the_repairs_the_hand_built_parses_show():
    from tests.conftest import build_sentence

    profile = load_profile("en")[0]
    owned = build_sentence("""
praised VERB 0 root praise
Haiti's PROPN 1 obj
efforts NOUN 1 obj effort
""")
    assert phrase_repairs._possessors_read_as_siblings(owned, profile) == {2: (3, "nmod:poss")}
    split = build_sentence("""
Kurdistan PROPN 2 compound
Workers PROPN 5 nsubj
' PART 2 case
Party PROPN 5 nsubj
said VERB 0 root say
""")
    assert phrase_repairs._possessors_read_as_siblings(split, profile)[2] == (4, "nmod:poss")
    pair = build_sentence("""
Arnor PROPN 4 nsubj
and CCONJ 3 cc
Gondor PROPN 4 nsubj
welcomed VERB 0 root welcome
""")
    assert phrase_repairs._conjuncts_read_as_subjects(pair, profile) == {3: (1, "conj"), 2: (3, "cc")}
    army = build_sentence("""
The DET 3 det
Gondorian ADJ 3 amod
army NOUN 4 obj
killed VERB 0 root kill
rebels NOUN 4 obj rebel
""")
    assert repairs._subjects_read_as_objects(army, profile).token(3).deprel == "nsubj"


def test_no_subordinator_read_as_a_case_marker_without_one_of_the_profiles():
    """_repaired_clauses asks its subordinator check only in a sentence holding one of the
    profile's subordinating prepositions (by lemma): without one, no noun gets an answer."""
    profile = load_profile("en")[0]
    rng = random.Random(7)
    words = TEXTS + ["after", "before", "until", "opened", "fire"]
    for _ in range(4000):
        s = random_sentence(rng)
        s = Sentence("d", 0, s.text, tuple(Token(t.id, w, w.lower(), t.upos, "_", t.feats, t.head, t.deprel)
                                           for t, w in zip(s.tokens, (rng.choice(words) for _ in s.tokens))))
        lacks = profile.subordinating_prepositions.isdisjoint(s.lemmas_lowered)
        for tok in s.tokens:
            found = repairs._subject_read_as_object_of_subordinator(s, tok, profile)
            if lacks:
                assert found is None
    from tests.test_repair_prechecks import BASES

    s = BASES[0]  # "rebels died after/case police/obl opened/xcomp fire"
    assert not profile.subordinating_prepositions.isdisjoint(s.lemmas_lowered)
    marker, verb = repairs._subject_read_as_object_of_subordinator(s, s.token(4), profile)
    assert (marker.id, verb.id) == (3, 5)


def test_a_bounded_count_is_read_from_its_first_word_on():
    from tests.conftest import build_sentence

    profile = load_profile("en")[0]
    s = build_sentence("""
police NOUN 2 nsubj
killed VERB 0 root kill
more ADV 5 advmod
than ADP 5 case
30 NUM 6 nummod
rebels NOUN 2 obl rebel
""")
    fixed = repairs._bounded_counts(s, profile)
    assert (fixed.token(6).head, fixed.token(6).deprel) == (2, "obj")
    assert (fixed.token(4).head, fixed.token(4).deprel) == (3, "fixed")
    other = build_sentence("""
police NOUN 2 nsubj
killed VERB 0 root kill
than ADP 5 case
more ADV 5 advmod
30 NUM 6 nummod
rebels NOUN 2 obl rebel
""")
    assert repairs._bounded_counts(other, profile) is other  # ("than more": no count phrase)
