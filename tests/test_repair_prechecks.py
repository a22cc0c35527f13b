"""The word checks of repairs._repaired_clauses are asked only for the words their first test
lets through (CLAUSE_CHECK_UPOS, CLAUSE_CHECK_RELS, WORD_CHECK_RELS): every other word,
whatever its place in a sentence, gets no answer from them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from coder.code import repairs
from coder.doc import Sentence
from coder.lang import load_profile
from conftest import build_sentence

UPOS = ("NOUN", "PROPN", "PRON", "VERB", "AUX", "ADJ", "ADV", "ADP", "NUM", "PUNCT", "DET", "SCONJ", "CCONJ", "X")
RELS = ("root", "nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "nmod", "nmod:poss", "amod", "advcl",
        "acl", "acl:relcl", "ccomp", "xcomp", "parataxis", "conj", "cc", "case", "mark", "det", "punct",
        "compound", "flat", "appos", "aux", "aux:pass", "cop", "advmod", "nummod", "expl")
FEATS = ((), (("VerbForm", "Fin"),), (("VerbForm", "Inf"),), (("VerbForm", "Part"), ("Tense", "Pres")),
         (("VerbForm", "Part"), ("Tense", "Past")), (("VerbForm", "Ger"),))

# sentences with room for every check to fire around some word (a subordinator read as a
# case marker, a personal "a" hung on an oblique, a relative clause, a participle after a
# comma): relabelling a word that the prechecks pass over must leave each check silent
BASES = [build_sentence("""
rebels NOUN 2 nsubj rebel
died VERB 0 root die
after ADP 4 case
police NOUN 2 obl
opened VERB 2 xcomp open
fire NOUN 5 obj
"""), build_sentence("""
atacaron VERB 0 root atacar
en ADP 3 case
pueblo NOUN 1 obl
a ADP 5 case
hombre NOUN 3 nmod
"""), build_sentence("""
after ADP 2 case
police NOUN 3 obl
opened VERB 6 advcl open
fire NOUN 3 obj
, PUNCT 6 punct
rebels NOUN 7 nsubj rebel
attacked VERB 0 root attack
the DET 9 det
town NOUN 7 obj
of ADP 11 case
Minas PROPN 9 nmod
in ADP 13 case
which PRON 15 obl
they PRON 15 nsubj
live VERB 9 acl:relcl
, PUNCT 17 punct
killing VERB 7 conj kill
a DET 19 det
man NOUN 17 obj
""")]


def _relabelled(sentence: Sentence, position: int, upos: str, deprel: str, feats: tuple) -> Sentence:
    tokens = list(sentence.tokens)
    tokens[position] = replace(tokens[position], upos=upos, deprel=deprel, feats=feats)
    return replace(sentence, tokens=tuple(tokens))


@pytest.mark.parametrize("language", ["en", "es"])
def test_words_the_prechecks_pass_over_get_no_answer_from_the_checks(language):
    profile = load_profile(language)[0]
    for base, position in [(b, i) for b in BASES for i in range(len(b.tokens))]:
        for upos in UPOS:
            for deprel in RELS:
                base_rel = deprel.split(":")[0]
                for feats in FEATS:
                    s = _relabelled(base, position, upos, deprel, feats)
                    tok = s.tokens[position]
                    if upos not in repairs.CLAUSE_CHECK_UPOS:
                        assert not repairs._headline_passive(s, tok, profile)
                        assert repairs._subject_of_reported_clause(s, tok, profile) is None
                        assert not repairs._reduced_relative_read_as_passive(s, tok)
                    if base_rel not in repairs.CLAUSE_CHECK_RELS:
                        assert repairs._subject_read_as_object_of_subordinator(s, tok, profile) is None
                    if base_rel not in repairs.WORD_CHECK_RELS:
                        assert repairs._infinitive_read_as_conjunct(s, tok) is None
                        assert repairs._marked_object_verb(s, tok, profile) is None
                        assert not repairs._adjective_read_as_modifier_of_verb(s, tok)
                        assert not repairs._participle_read_as_conjunct(s, tok)
                        assert repairs._reduced_relative_read_as_conjunct(s, tok) is None
                        assert repairs._attributive_participle_read_as_complement(s, tok, profile) is None
                        assert not repairs._complement_read_as_conjunct(s, tok, profile)
                        assert repairs._relative_clause_antecedent(s, tok, profile) is None


def test_two_dependents_of_one_relation_are_what_split_names_and_subjects_need():
    from coder.code.syntax import shares_a_relation

    split = build_sentence("""
Arnor PROPN 3 nsubj
Gondor PROPN 3 nsubj
welcomed VERB 0 root welcome
Rohan PROPN 3 obj
""")
    one_each = build_sentence("""
Arnor PROPN 2 nsubj
welcomed VERB 0 root welcome
Rohan PROPN 2 obj
""")
    assert shares_a_relation(split, ("nsubj",)) and shares_a_relation(split, ("nsubj", "obj"))
    assert not shares_a_relation(split, ("obj",))
    assert not shares_a_relation(one_each, ("nsubj", "obj"))
    profile = load_profile("en")[0]
    assert repairs._split_names(one_each, profile) is one_each
    assert repairs._split_names(split, profile) is not split  # "Arnor Gondor": one name


def test_deverbal_preposition_pairs_read_as_the_profile_lists_them():
    from coder.code.predicates import is_deverbal_preposition
    from coder.codebook import load_codebook

    codebook = load_codebook(None)
    s = build_sentence("""
according VERB 3 case accord
to ADP 1 fixed
Gondor PROPN 4 obl
rebels NOUN 0 root rebel
""")
    other = build_sentence("""
according VERB 0 root accord
Gondor PROPN 1 obj
""")
    assert is_deverbal_preposition(s, s.token(1), codebook)
    assert not is_deverbal_preposition(other, other.token(1), codebook)
