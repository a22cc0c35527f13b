"""One ACLED type per snippet from its coded events: the main asserted event wins over
background, the text names the means, diplomatic reactions are no violence (hand-built
parses, made-up places)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from conftest import ROOT, build_document

from coder.acled import document_sub_event_type
from coder.acled.document import main_event
from coder.acled.rules import compile_rules
from coder.codebook import load_yaml

SHIPPED = ROOT / "codebooks" / "acled.yaml"


@pytest.fixture(scope="module")
def book():
    lf, _ = load_yaml(SHIPPED)
    return SimpleNamespace(acled=compile_rules([{"file": str(SHIPPED), "data": lf.data}]), cameo={})


def record(doc, sentence: int, token: int, sub: str | None, code: str = "190", **extra) -> dict:
    tok = doc.sentences[sentence].token(token)
    return {"sentence_index": sentence, "verb_start": tok.start_char, "sub_event_type": sub,
            "cameo_code": code, **extra}


# "Soldiers, who had shelled Orvan last year, arrested two men in Dellow."
BACKGROUND_FIRST = """
Soldiers NOUN 8 nsubj soldier
, PUNCT 4 punct
who PRON 4 nsubj who
shelled VERB 1 acl:relcl shell
Orvan PROPN 4 obj Orvan
last ADJ 7 amod last
year NOUN 4 obl:tmod year
arrested VERB 0 root arrest
two NUM 10 nummod
men NOUN 8 obj man
in ADP 12 case
Dellow PROPN 8 obl Dellow
. PUNCT 8 punct
"""


def test_the_main_clause_event_wins_over_a_salient_background_one(book):
    doc = build_document(BACKGROUND_FIRST)
    shelling = record(doc, 0, 4, "Shelling/artillery/missile attack", "194")
    arrest = record(doc, 0, 8, "Arrests", "173")
    assert main_event(doc, [shelling, arrest], book.acled) is arrest
    assert document_sub_event_type(doc, [shelling, arrest], book) == "Arrests"


LEAD = """
Rebels NOUN 2 nsubj rebel
attacked VERB 0 root attack
a DET 4 det
checkpoint NOUN 2 obj checkpoint
near ADP 6 case
Tarsk PROPN 2 obl Tarsk
. PUNCT 2 punct
"""

LATER = """
Police NOUN 2 nsubj police
arrested VERB 0 root arrest
a DET 4 det
suspect NOUN 2 obj suspect
. PUNCT 2 punct
"""


def test_salience_and_lead_sentence_decide_between_main_events(book):
    doc = build_document(LEAD, LATER)
    clash = record(doc, 0, 2, "Armed clash")
    arrest = record(doc, 1, 2, "Arrests", "173")
    assert document_sub_event_type(doc, [arrest, clash], book) == "Armed clash"


def test_unasserted_events_do_not_type_the_text(book):
    doc = build_document(LEAD, LATER)
    clash = record(doc, 0, 2, "Armed clash", modality="future")
    arrest = record(doc, 1, 2, "Arrests", "173")
    assert document_sub_event_type(doc, [clash, arrest], book) == "Arrests"


CAR_BOMB = """
A DET 3 det
car NOUN 3 compound car
bomb NOUN 4 nsubj bomb
killed VERB 0 root kill
nine NUM 6 nummod
people NOUN 4 obj person
in ADP 8 case
Harwen PROPN 4 obl Harwen
. PUNCT 4 punct
"""


def test_the_text_names_the_means_of_a_generic_event(book):
    doc = build_document(CAR_BOMB)
    attack = record(doc, 0, 4, "Attack")
    assert document_sub_event_type(doc, [attack], book) == "Remote explosive/landmine/IED"


def test_cue_rules_type_a_text_without_typed_events(book):
    doc = build_document(CAR_BOMB)
    statement = record(doc, 0, 4, None, "010")
    assert document_sub_event_type(doc, [statement], book) == "Remote explosive/landmine/IED"


# "Norland condemned Estmark over the missile strikes."
CONDEMNED = """
Norland PROPN 2 nsubj Norland
condemned VERB 0 root condemn
Estmark PROPN 2 obj Estmark
over ADP 7 case
the DET 7 det
missile NOUN 7 compound missile
strikes NOUN 2 obl strike
. PUNCT 2 punct
"""


def test_a_diplomatic_reaction_between_states_is_no_acled_violence(book):
    doc = build_document(CONDEMNED)
    reaction = record(doc, 0, 2, None, "111", inter1=1, inter2=1, source_code="NOR", target_code="EST")
    assert document_sub_event_type(doc, [reaction], book) is None
    # a rights group's accusation reports the violence
    report = dict(reaction, source_code="NGO")
    assert document_sub_event_type(doc, [report], book) == "Shelling/artillery/missile attack"
    # asked for the cue rules first, the old behaviour stays
    assert document_sub_event_type(doc, [reaction], book, prefer="rules") == "Shelling/artillery/missile attack"
    # sanctions with no one named as their target, an appeal, an expulsion; a country's
    # leaders speak for its state ("the Norlandian administration imposed new sanctions")
    leaders = dict(reaction, cameo_code="163", inter1=7, source_agent="ELI", source_country="NOR",
                   inter2=None, target_code="")
    assert document_sub_event_type(doc, [leaders], book) is None
    for code in ("020", "174"):
        assert document_sub_event_type(doc, [dict(reaction, cameo_code=code)], book) is None
    # the country's civilians are no state, nor an arrest a reaction
    people = dict(leaders, source_agent="CVL")
    assert document_sub_event_type(doc, [people], book) == "Shelling/artillery/missile attack"
    arrest = dict(reaction, cameo_code="173")
    assert document_sub_event_type(doc, [arrest], book) == "Shelling/artillery/missile attack"


# "Protesters threw stones and projectiles at police in Kelmar."
RIOT = """
Protesters NOUN 2 nsubj protester
threw VERB 0 root throw
stones NOUN 2 obj stone
and CCONJ 5 cc
projectiles NOUN 3 conj projectile
at ADP 7 case
police NOUN 2 obl police
in ADP 9 case
Kelmar PROPN 2 obl Kelmar
. PUNCT 2 punct
"""


def test_a_riots_projectiles_are_no_artillery(book):
    doc = build_document(RIOT)
    riot = record(doc, 0, 2, "Violent demonstration", "145")
    assert document_sub_event_type(doc, [riot], book) == "Violent demonstration"
    # the cue rules alone, weapons first, would call it shelling
    assert document_sub_event_type(doc, [], book) == "Shelling/artillery/missile attack"


# "An earthquake killed twelve people in Ostra."
QUAKE = """
An DET 2 det
earthquake NOUN 3 nsubj earthquake
killed VERB 0 root kill
twelve NUM 5 nummod
people NOUN 3 obj person
in ADP 7 case
Ostra PROPN 3 obl Ostra
. PUNCT 3 punct
"""


def test_a_generic_event_in_a_text_about_a_disaster_is_no_acled_event(book):
    doc = build_document(QUAKE)
    killing = record(doc, 0, 3, "Attack")
    assert document_sub_event_type(doc, [killing], book) is None
    # a typed means still counts: the cue rules do not overrule what the event's clause says
    bombing = record(doc, 0, 3, "Remote explosive/landmine/IED", "183")
    assert document_sub_event_type(doc, [bombing], book) == "Remote explosive/landmine/IED"


# "Bandits killed seven people near a drug market in Ostra."
BANDITS = """
Bandits NOUN 2 nsubj bandit
killed VERB 0 root kill
seven NUM 4 nummod
people NOUN 2 obj person
near ADP 8 case
a DET 8 det
drug NOUN 8 compound drug
market NOUN 2 obl market
in ADP 10 case
Ostra PROPN 8 nmod Ostra
. PUNCT 2 punct
"""


def test_a_crime_cue_does_not_unmake_a_killing_by_an_actor(book):
    doc = build_document(BANDITS)
    killing = record(doc, 0, 2, "Attack", fatalities=7, source_agent="CRM")
    assert document_sub_event_type(doc, [killing], book) == "Attack"
    # deaths without a doer named by its kind stay the crime cue's: no ACLED event
    assert document_sub_event_type(doc, [record(doc, 0, 2, "Attack", fatalities=7)], book) is None
    # nor does an actor's act that killed no one
    assert document_sub_event_type(doc, [record(doc, 0, 2, "Attack", fatalities=0, source_agent="CRM")], book) is None


# "Rebels claimed responsibility for the bombing in Dellow."
CLAIM = """
Rebels NOUN 2 nsubj rebel
claimed VERB 0 root claim
responsibility NOUN 2 obj responsibility
for ADP 6 case
the DET 6 det
bombing NOUN 2 obl bombing
in ADP 8 case
Dellow PROPN 6 nmod Dellow
. PUNCT 2 punct
"""


def test_a_snippet_whose_main_event_claims_responsibility_is_an_attribution(book):
    doc = build_document(CLAIM)
    claim = record(doc, 0, 2, "Remote explosive/landmine/IED", "015")
    assert document_sub_event_type(doc, [claim], book, prefer="events") is None
    attack = record(doc, 0, 2, "Remote explosive/landmine/IED", "183")
    assert document_sub_event_type(doc, [attack], book, prefer="events") == "Remote explosive/landmine/IED"


# "Ostra is responsible for the attacks on Dellow."
RESPONSIBLE = """
Ostra PROPN 3 nsubj Ostra
is AUX 3 cop be
responsible ADJ 0 root responsible
for ADP 6 case
the DET 6 det
attacks NOUN 3 obl attack
on ADP 8 case
Dellow PROPN 6 nmod Dellow
. PUNCT 3 punct
"""

# "Police intercepted ten men for planning attacks on Dellow."
PLANNING = """
Police NOUN 2 nsubj police
intercepted VERB 0 root intercept
ten NUM 4 nummod
men NOUN 2 obj man
for SCONJ 6 mark
planning VERB 2 advcl plan
attacks NOUN 6 obj attack
on ADP 9 case
Dellow PROPN 7 nmod Dellow
. PUNCT 2 punct
"""


def test_acts_attributed_or_planned_do_not_type_a_text_without_a_typed_event(book):
    from coder.acled.clauses import asserted_tokens
    from coder.lang import builtin_profile

    claim, responsible, planning = (build_document(c) for c in (CLAIM, RESPONSIBLE, PLANNING))
    for doc in (claim, responsible, planning):
        assert document_sub_event_type(doc, [], book) is None  # an attribution, a plan: no violence reported
        assert document_sub_event_type(doc, [], book, prefer="rules") is not None  # the words alone named one
    words = [t.text for t in asserted_tokens(planning.sentences[0], builtin_profile(), book.acled.attribution_verbs,
                                             book.acled.attribution_objects)]
    assert words == ["Police", "intercepted", "ten", "men", "for", "planning", "."]
    # the claim's act still names the means of a typed event of the text
    attack = record(claim, 0, 2, "Attack", "190")
    assert document_sub_event_type(claim, [attack], book) == "Remote explosive/landmine/IED"


# "Police shot two suspects after attacking them."
SUSPECTS = """
Police NOUN 2 nsubj police
shot VERB 0 root shoot
two NUM 4 nummod
suspects NOUN 2 obj suspect
after SCONJ 6 mark
attacking VERB 2 advcl attack
them PRON 6 obj they
. PUNCT 2 punct
"""


def test_a_suspect_as_object_attributes_nothing_where_claimed_responsibility_does(book):
    from coder.acled.clauses import asserted_tokens, attributed

    words, objects = book.acled.attribution_verbs, book.acled.attribution_objects
    suspects, claim = build_document(SUSPECTS).sentences[0], build_document(CLAIM).sentences[0]
    assert not attributed(suspects, 6, words, objects)  # "suspect" the person, not "suspected of"
    assert "attacking" in [t.text for t in asserted_tokens(suspects, None, words, objects)]
    assert attributed(claim, 6, words, objects)  # "claimed responsibility for the bombing"


# "Inmates protested in Dellow after the death of a prisoner."
PROTEST_AFTER_DEATH = """
Inmates NOUN 2 nsubj inmate
protested VERB 0 root protest
in ADP 4 case
Dellow PROPN 2 obl Dellow
after ADP 7 case
the DET 7 det
death NOUN 2 obl death
of ADP 10 case
a DET 10 det
prisoner NOUN 7 nmod prisoner
. PUNCT 2 punct
"""


def test_a_death_word_in_the_story_does_not_turn_a_protest_into_excessive_force(book):
    doc = build_document(PROTEST_AFTER_DEATH)
    protest = record(doc, 0, 2, "Peaceful protest", "141")
    assert document_sub_event_type(doc, [protest], book) == "Peaceful protest"
    # force against the protesters is an event of its own, and it wins by its salience
    force = record(doc, 0, 7, "Excessive force against protesters", "175")
    assert document_sub_event_type(doc, [protest, force], book) == "Excessive force against protesters"
