"""Agents that modify an agent stack their codes after the actor's, as PETRARCH mixes every
agent of a noun phrase into its code ("Danish Islamist media" → DNK + MUS + MED)."""

from __future__ import annotations

import pytest

from coder.code import code_document
from conftest import build_document, small_codebook_variant

AGENTS = """kind: agents
entries:
  - {code: COP, names: [police, policeman], inter: 1}
  - {code: MIL, names: [army, soldier, troops], inter: 1}
  - {code: REB, names: [rebel, militant], inter: 2}
  - {code: MUS, names: [islamist]}
  - {code: MED, names: [media]}
  - {code: GOV, names: [government]}
"""


@pytest.fixture
def book(tmp_path):
    return small_codebook_variant(tmp_path, files={"agents.yaml": AGENTS})


def triples(doc, codebook):
    return sorted(e.triple for e in code_document(doc, codebook))


def test_an_agent_modifying_the_agent_adds_its_code_before_it(book):
    doc = build_document("""
        Arnorian ADJ 3 amod
        Islamist ADJ 3 amod islamist
        media NOUN 4 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 4 obj""")
    assert triples(doc, book) == [("ARNMUSMED", "GON", "190")]


def test_agents_alone_stack_after_the_unknown_country(book):
    doc = build_document("""
        Islamist ADJ 2 amod islamist
        militants NOUN 3 nsubj militant
        attacked VERB 0 root attack
        Gondor PROPN 3 obj""")
    assert triples(doc, book) == [("---MUSREB", "GON", "190")]


def test_an_agent_code_the_actor_code_holds_is_not_repeated(book):
    doc = build_document("""
        Arnorian ADJ 3 amod
        army NOUN 3 compound
        soldiers NOUN 4 nsubj soldier
        attacked VERB 0 root attack
        Gondor PROPN 4 obj""")
    assert triples(doc, book) == [("ARNMIL", "GON", "190")]


def test_a_conjoined_agent_shares_the_country_and_its_modifying_agents(book):
    doc = build_document("""
        The DET 4 det the
        Arnorian ADJ 4 amod
        Islamist ADJ 4 amod islamist
        media NOUN 7 nsubj
        and CCONJ 6 cc
        government NOUN 4 conj
        attacked VERB 0 root attack
        Gondor PROPN 7 obj""")
    assert triples(doc, book) == [("ARNMUSGOV", "GON", "190"), ("ARNMUSMED", "GON", "190")]


def test_an_agent_inside_a_prepositional_phrase_does_not_stack(book):
    doc = build_document("""
        Police NOUN 5 nsubj police
        of ADP 4 case
        the DET 4 det
        army NOUN 1 nmod
        attacked VERB 0 root attack
        Gondor PROPN 5 obj""")
    assert triples(doc, book) == [("---COP", "GON", "190")]


GROUPS = """kind: actors
entries:
  - {names: [Arnor, Arnorian], code: ARN, type: country, country: ARN}
  - {names: [Gondor], code: GON, type: country, country: GON}
  - {names: [Orc Legion], code: MORREB}
  - {names: [Northern League], code: IGONOR}
"""


@pytest.fixture
def group_book(tmp_path):
    return small_codebook_variant(tmp_path, files={"agents.yaml": AGENTS + "  - {code: CVL, names: [league]}\n",
                                                   "actors.yaml": GROUPS})


def test_a_named_group_modifying_an_agent_is_followed_by_the_agents_code(group_book):
    doc = build_document("""
        Northern PROPN 2 compound
        League PROPN 3 compound
        troops NOUN 4 nsubj troops
        attacked VERB 0 root attack
        Gondor PROPN 4 obj""")
    # the agent word inside the group's name ("League") is no modifier agent of its own
    assert triples(doc, group_book) == [("IGONORMIL", "GON", "190")]


def test_a_named_group_already_holding_the_agents_code_is_unchanged(group_book):
    doc = build_document("""
        Orc PROPN 2 compound
        Legion PROPN 3 compound
        militants NOUN 4 nsubj militant
        attacked VERB 0 root attack
        Gondor PROPN 4 obj""")
    assert triples(doc, group_book) == [("MORREB", "GON", "190")]


def test_the_agents_of_a_group_named_in_a_phrase_of_its_own_are_the_group(group_book):
    doc = build_document("""
        Troops NOUN 6 nsubj troops
        of ADP 5 case
        the DET 5 det
        Orc PROPN 5 compound
        Legion PROPN 1 nmod
        attacked VERB 0 root attack
        Gondor PROPN 6 obj""")
    assert triples(doc, group_book) == [("MORREB", "GON", "190")]


def test_an_agent_word_inside_a_longer_actor_name_is_part_of_the_name(tmp_path):
    # "Estados Unidos": "estados" alone is an agent (GOV); inside the country's name it is not
    actors = """kind: actors
entries:
  - {names: [Free Marches], code: FRM, type: country, country: FRM}
  - {names: [Gondor], code: GON, type: country, country: GON}
"""
    agents = "kind: agents\nentries:\n  - {code: GOV, names: [marches, government]}\n"
    book = small_codebook_variant(tmp_path, files={"actors.yaml": actors, "agents.yaml": agents})
    doc = build_document("""
        Free PROPN 2 compound
        Marches PROPN 3 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 3 obj""")
    assert triples(doc, book) == [("FRM", "GON", "190")]
    doc = build_document("""
        Free PROPN 2 compound
        Marches PROPN 3 compound
        government NOUN 4 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 4 obj""")
    assert triples(doc, book) == [("FRMGOV", "GON", "190")]
