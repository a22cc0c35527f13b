"""A modifier that a pattern's object words name says what kind of thing the object is, not
who it is aimed at: "suspended military aid to Gondor" targets Gondor, not "military"."""

from __future__ import annotations

import pytest

from coder.code import code_document
from conftest import SMALL_CODEBOOK, build_document, curated_codebook, small_codebook_variant


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    """The small test actors, "military" as an agent, the shipped curated verb patterns."""
    agents = (SMALL_CODEBOOK / "agents.yaml").read_text().replace("names: [army,", "names: [military, army,")
    assert "military" in agents
    return curated_codebook(tmp_path_factory.mktemp("theme") / "book", agents)


def coded(doc, book):
    return sorted((e.source.code if e.source else "", e.target.code if e.target else "", e.code)
                  for e in code_document(doc, book))


MILITARY_AID = """
    Gondor PROPN 2 nsubj
    suspended VERB 0 root suspend
    military ADJ 4 amod
    aid NOUN 2 obj
    {rest}
    . PUNCT 2 punct"""


def test_the_kind_of_aid_the_pattern_names_is_no_target(book):
    doc = build_document(MILITARY_AID.format(rest="to ADP 6 case\n    Mordor PROPN 2 obl"))
    assert coded(doc, book) == [("GON", "MOR", "1622")]


def test_without_a_recipient_the_aid_has_no_target(book):
    assert coded(build_document(MILITARY_AID.format(rest="")), book) == [("GON", "", "1622")]


def test_an_agent_heading_the_object_is_still_its_target(book):
    doc = build_document("""
        Gondor PROPN 2 nsubj
        attacked VERB 0 root attack
        the DET 4 det
        army NOUN 2 obj
        . PUNCT 2 punct""")
    assert coded(doc, book) == [("GON", "---MIL", "190")]


def test_a_facility_the_pattern_names_is_its_owners_in_a_block_without_a_theme_object(tmp_path):
    """"attacked the police station" (PETRARCH's "* {POLICE STATION} [190]"): the block's
    object is what is attacked, so the police are the target."""
    book = small_codebook_variant(tmp_path, replace={"    nouns: [attack, airstrike]\n": (
        "    nouns: [attack, airstrike]\n    patterns:\n"
        "      - {id: attack.station, code: \"190\", match: [{slot: obj, words: [\"police station\"]}]}\n")})
    doc = build_document("""
        rebels NOUN 2 nsubj rebel
        attacked VERB 0 root attack
        the DET 5 det
        police NOUN 5 compound
        station NOUN 2 obj
        . PUNCT 2 punct""")
    assert coded(doc, book) == [("---REB", "---COP", "190")]
