"""Stopping one's own attacks de-escalates (CAMEO 087) and calling off a protest or strike
eases dissent (082): the stopped act is not coded as if it happened (shipped curated verbs,
hand-built parses, made-up places)."""

from __future__ import annotations

import pytest

from coder.code import code_document
from conftest import build_document, curated_codebook


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    return curated_codebook(tmp_path_factory.mktemp("stopped") / "book")


def coded(text, book):
    return sorted((e.source.code if e.source else "", e.target.code if e.target else "", e.code)
                  for e in code_document(build_document(text), book))


def test_stopping_shelling_a_town_de_escalates_instead_of_shelling_it(book):
    assert coded("""
        Gondor PROPN 2 nsubj
        stopped VERB 0 root stop
        shelling VERB 2 xcomp shell
        Mordor PROPN 3 obj
        . PUNCT 2 punct""", book) == [("GON", "MOR", "087")]


def test_suspending_its_bombing_of_a_country_de_escalates(book):
    assert coded("""
        Gondor PROPN 2 nsubj
        suspended VERB 0 root suspend
        its PRON 4 nmod:poss
        bombing NOUN 2 obj
        of ADP 6 case
        Mordor PROPN 4 nmod
        . PUNCT 2 punct""", book) == [("GON", "MOR", "087")]


def test_calling_off_protests_eases_dissent(book):
    assert coded("""
        rebels NOUN 2 nsubj rebel
        called VERB 0 root call
        off ADP 2 compound:prt
        their PRON 5 nmod:poss
        protests NOUN 2 obj protest
        in ADP 7 case
        Mordor PROPN 5 nmod
        . PUNCT 2 punct""", book)[0][2] == "082"


def test_ending_a_strike_eases_dissent_not_an_attack(book):
    assert [c for _, _, c in coded("""
        rebels NOUN 2 nsubj rebel
        ended VERB 0 root end
        their PRON 4 nmod:poss
        strike NOUN 2 obj
        . PUNCT 2 punct""", book)] == ["082"]


def test_stopping_air_strikes_is_no_strike_of_its_own(book):
    assert coded("""
        Gondor PROPN 2 nsubj
        halted VERB 0 root halt
        air NOUN 4 compound
        strikes NOUN 2 obj strike
        on ADP 6 case
        Mordor PROPN 4 nmod
        . PUNCT 2 punct""", book) == [("GON", "MOR", "087")]


def test_police_suspending_a_demonstration_is_no_concession(book):
    assert [c for _, _, c in coded("""
        a DET 2 det
        demonstration NOUN 5 nsubj:pass
        was AUX 5 aux
        been AUX 5 aux:pass
        suspended VERB 0 root suspend
        by ADP 7 case
        police NOUN 5 obl:agent
        . PUNCT 5 punct""", book)] == []
