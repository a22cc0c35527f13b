"""ACLED sub-event types from coded events under ACLED's own definitions (shipped rules,
hand-built parses, made-up places)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from conftest import ROOT, build_document

from coder.acled import acled_fields
from coder.acled.rules import TextView, compile_cue, compile_rules
from coder.codebook import CameoCode, load_yaml
from coder.event import ActorRef, Event

SHIPPED = ROOT / "codebooks" / "acled.yaml"


@pytest.fixture(scope="module")
def book():
    lf, _ = load_yaml(SHIPPED)
    cameo = {code: CameoCode(code, name, code[:2], 4, "Material conflict", -8) for code, name in (
        ("080", "Yield"), ("0874", "Retreat or surrender militarily"), ("190", "Use conventional military force"),
        ("17", "Coerce"), ("170", "Coerce"), ("175", "Use tactics of violent repression"),
        ("141", "Demonstrate or rally"))}
    return SimpleNamespace(acled=compile_rules([{"file": str(SHIPPED), "data": lf.data}]), cameo=cameo)


def _typed(book, spec: str, code: str, verb: int, source=None, target=None) -> str | None:
    doc = build_document(spec, date="2020-03-02")
    tok = doc.sentences[0].token(verb)
    ev = Event(doc.id, 0, code, "p1", "verbs.yaml:1", verb, tok.text, tok.start_char, tok.end_char, source, target)
    return acled_fields(ev, doc, book)["sub_event_type"]


def test_a_hyphen_token_of_its_own_still_joins_a_phrase_cue():
    tokens = [SimpleNamespace(text=w, lemma=w) for w in "a rocket - propelled grenade hit the car".split()]
    assert TextView(tokens).has(compile_cue("rocket propelled grenade*"))


ROCKET_PROPELLED = """
A DET 5 det
rocket NOUN 5 compound
- PUNCT 2 punct
propelled VERB 5 amod propel
grenade NOUN 6 nsubj
hit VERB 0 root hit
the DET 8 det
convoy NOUN 6 obj
. PUNCT 6 punct
"""


def test_a_rocket_propelled_grenade_is_shelling_not_a_grenade(book):
    assert _typed(book, ROCKET_PROPELLED, "190", 6) == "Shelling/artillery/missile attack"
    hand = ROCKET_PROPELLED.replace("rocket NOUN 5 compound\n- PUNCT 2 punct\npropelled VERB 5 amod propel",
                                    "hand NOUN 5 compound\n- PUNCT 2 punct\nthrown VERB 5 amod throw")
    assert _typed(book, hand, "190", 6) == "Grenade"


SURRENDERED = """
Forty NUM 2 nummod
fighters NOUN 3 nsubj fighter
surrendered VERB 0 root surrender
to ADP 6 case
government NOUN 6 compound
forces NOUN 3 obl force
in ADP 8 case
Valdoria PROPN 3 obl
. PUNCT 3 punct
"""


def test_fighters_surrendering_is_an_agreement_not_a_transfer_of_territory(book):
    fighters = ActorRef("REB", "fighters", 2, inter=2)
    assert _typed(book, SURRENDERED, "0874", 3, fighters) == "Agreement"
    assert _typed(book, SURRENDERED, "080", 3, fighters) == "Agreement"
    withdrew = SURRENDERED.replace("surrendered VERB 0 root surrender", "withdrew VERB 0 root withdraw") \
        .replace("to ADP 6 case", "from ADP 6 case")
    assert _typed(book, withdrew, "0874", 3, fighters) == "Non-violent transfer of territory"
