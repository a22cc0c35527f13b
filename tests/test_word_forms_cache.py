"""Word forms worked out once per word: each language profile still gets its own answers."""

from __future__ import annotations

from dataclasses import replace

from coder.code.words import lemma_candidates, singular
from coder.doc import Token
from coder.lang.profile import Deinflection, LanguageProfile


def _token(text: str, upos: str = "VERB", lemma: str | None = None) -> Token:
    return Token(1, text, lemma if lemma is not None else text.lower(), upos)


def test_lemma_candidates_undo_each_profiles_own_rules():
    plain = LanguageProfile("xx", "made up", deinflections=(Deinflection("ed", "", verbal=True, undouble=True),),
                            undouble_min_stem=3)
    other = replace(plain, deinflections=(Deinflection("ed", "e", verbal=True),))
    for _ in range(2):  # the second round answers from the cache
        assert lemma_candidates(_token("grobbed"), plain) == ["grobbed", "grobb", "grob"]
        assert lemma_candidates(_token("grobbed"), other) == ["grobbed", "grobbe"]
        assert lemma_candidates(_token("grobbed"), plain, verbal=False) == ["grobbed"]


def test_a_stem_already_listed_is_not_repeated_but_its_undoubled_form_is_added():
    profile = LanguageProfile("xx", "made up", deinflections=(Deinflection("ed", "", verbal=True, undouble=True),),
                              undouble_min_stem=3)
    assert lemma_candidates(_token("zapped", lemma="zapp"), profile) == ["zapp", "zapped", "zap"]


def test_singular_follows_each_profiles_plural_rules():
    one = LanguageProfile("xx", "made up", plural_rules=(Deinflection("s", ""),))
    two = replace(one, plural_rules=(Deinflection("es", ""),), plural_keep_endings=("ss",))
    for _ in range(2):
        assert singular(_token("wugses", "NOUN"), one) == "wugse"
        assert singular(_token("wugses", "NOUN"), two) == "wugs"
        assert singular(_token("glass", "NOUN"), two) == "glass"
        assert singular(_token("wugses", "VERB"), one) == "wugses"


def test_a_noun_and_a_verb_of_one_form_keep_their_own_candidates_in_either_order():
    """The lemmatizer's reading of a noun rules out the form's other readings; a verb of the
    same form and lemma keeps them, whichever of the two is seen first."""
    rules = (Deinflection("s", "", verbal=True), Deinflection("es", "", verbal=True))
    for first, second in (("NOUN", "VERB"), ("VERB", "NOUN")):
        profile = LanguageProfile("xx", "made up", deinflections=rules)
        found = {upos: lemma_candidates(_token("grobes", upos, "grobe"), profile) for upos in (first, second)}
        assert found == {"NOUN": ["grobe", "grobes"], "VERB": ["grobe", "grobes", "grob"]}
