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


SUPPRESSED_MARCH = """
Police NOUN 3 nsubj police
have AUX 3 aux have
suppressed VERB 0 root suppress
a DET 6 det
peaceful ADJ 6 amod
march NOUN 3 obj march
in ADP 8 case
Orvella PROPN 3 obl
. PUNCT 3 punct
"""


def test_police_suppressing_a_peaceful_march_is_a_protest_with_intervention(book):
    police = ActorRef("COP", "Police", 1, agent="COP", type="agent", inter=1)
    assert _typed(book, SUPPRESSED_MARCH, "170", 3, police) == "Protest with intervention"
    # the month is no march: "in a March 2020 attack" names no protest
    month = SUPPRESSED_MARCH.replace("peaceful ADJ 6 amod", "2020 NUM 6 nummod") \
        .replace("march NOUN 3 obj march", "March PROPN 3 obj March")
    assert _typed(book, month, "170", 3, police) is None


SEIZED_DISTRICT = """
Rebels NOUN 2 nsubj rebel
seized VERB 0 root seize
a DET 5 det
district NOUN 5 compound
centre NOUN 2 obj centre
after ADP 8 case
seizing VERB 8 amod seize
rifles NOUN 2 obl rifle
. PUNCT 2 punct
"""


def test_seizing_ground_with_weapons_is_taking_territory_not_disrupted_weapons_use(book):
    book = SimpleNamespace(acled=book.acled, cameo=dict(book.cameo, **{
        "192": CameoCode("192", "Occupy territory", "19", 4, "Material conflict", -9.5)}))
    rebels = ActorRef("REB", "Rebels", 1, inter=2)
    assert _typed(book, SEIZED_DISTRICT, "192", 2, rebels) == "Non-state actor overtakes territory"
    assert _typed(book, SEIZED_DISTRICT, "190", 2, rebels) == "Disrupted weapons use"


def _doc_rule(book, *words: str):
    from coder.acled.document import first_document_rule

    specs = ["\n".join(f"{w} X 0 dep" for w in sentence.split()) for sentence in words]
    rule = first_document_rule(build_document(*specs), book.acled)
    return rule.sub_event_type if rule else "no rule"


def test_hacking_a_network_is_no_attack_but_hacking_people_to_death_is(book):
    assert _doc_rule(book, "Norland blamed Ostra for a hacking campaign") == "no rule"
    assert _doc_rule(book, "two farmers were hacked to death in Orvella") == "Attack"


def test_looting_is_acleds_own_type_not_organised_crime(book):
    from coder.acled.document import first_document_rule

    doc = build_document("""
        soldiers NOUN 2 nsubj soldier
        looted VERB 0 root loot
        shops NOUN 2 obj shop""")  # "soldiers looted shops"
    assert first_document_rule(doc, book.acled).sub_event_type == "Looting/property destruction"


def test_a_threat_is_no_attack(book):
    assert _doc_rule(book, "the minister threatened Ostra with reprisals") == "no rule"


def test_a_storm_in_a_units_name_beside_a_blast_is_no_natural_disaster(book):
    assert _doc_rule(book, "a soldier of the Storm Corps was killed in a limpet blast") == "Remote explosive/landmine/IED"
    assert _doc_rule(book, "a storm killed two fishermen near Orvella") is None


def test_no_arrests_is_no_arrest_and_unrest_alone_is_no_protest(book):
    assert _doc_rule(book, "no arrests were made after shops were looted in Orvella") == "Looting/property destruction"
    assert _doc_rule(book, "police arrested two men after shops were looted in Orvella") == "Arrests"
    assert _doc_rule(book, "the unrest spread to Orvella", "shops were looted") == "Looting/property destruction"
    assert _doc_rule(book, "protesters rallied in Orvella") == "Peaceful protest"


DETONATED = """
Two NUM 2 nummod
militants NOUN 3 nsubj militant
detonated VERB 0 root detonate
explosives NOUN 3 obj explosive
, PUNCT 6 punct
killing VERB 3 advcl kill
themselves PRON 6 obj themselves
near ADP 9 case
Orvella PROPN 3 obl
. PUNCT 3 punct
"""


def test_attackers_killed_by_their_own_explosives_is_a_suicide_bomb(book):
    book = SimpleNamespace(acled=book.acled, cameo=dict(book.cameo, **{
        "183": CameoCode("183", "Conduct suicide, car, or other non-military bombing", "18", 4, "Material conflict", -10)}))
    militants = ActorRef("REB", "militants", 2, inter=2)
    assert _typed(book, DETONATED, "183", 3, militants) == "Suicide bomb"
    others = DETONATED.replace("themselves PRON 6 obj themselves", "soldiers NOUN 6 obj soldier")
    assert _typed(book, others, "183", 3, militants) == "Remote explosive/landmine/IED"


def test_gaining_ground_is_taking_territory(book):
    assert _doc_rule(book, "rebel militants had gained ground inside the north of Orvella") == \
        "Non-state actor overtakes territory"
    assert _doc_rule(book, "the army counterattacked and significant ground was regained near Orvella") == \
        "Government regains territory"


BLEW_UP = """
Two NUM 2 nummod
bombers NOUN 3 nsubj bomber
blew VERB 0 root blow
themselves PRON 3 obj themselves
up ADP 3 compound:prt up
, PUNCT 7 punct
wounding VERB 3 advcl wound
ten NUM 9 nummod
people NOUN 7 obj person
in ADP 11 case
Orvella PROPN 7 obl
. PUNCT 3 punct
"""


def test_a_consequence_typed_only_by_its_family_takes_the_means_of_the_act_it_reports(book):
    book = SimpleNamespace(acled=book.acled, cameo=dict(book.cameo, **{
        "180": CameoCode("180", "Use unconventional violence", "18", 4, "Material conflict", -9)}))
    people = ActorRef("CVL", "people", 9, inter=7)
    assert _typed(book, BLEW_UP, "180", 7, None, people) == "Suicide bomb"
    # a subject of its own makes it another act: "… blew themselves up, police wounded ten"
    own = BLEW_UP.replace("wounding VERB 3 advcl wound", "wounded VERB 3 advcl wound") \
        .replace(", PUNCT 7 punct", "police NOUN 7 nsubj police")
    assert _typed(book, own, "180", 7, None, people) == "Attack"


def test_typing_basis_says_what_decided_a_rule():
    from coder.acled.rules import typing_basis

    lf, _ = load_yaml(SHIPPED)
    rules = {r.id: r for r in compile_rules([{"file": str(SHIPPED), "data": lf.data}]).event_rules}
    assert typing_basis(rules["air-strike"]) == "code"
    assert typing_basis(rules["air-cue"]) == "cue"
    assert typing_basis(rules["fight-civilians"]) == "actors"
    assert typing_basis(rules["fight-armed"]) == "family"
    assert typing_basis(None) is None


FIRED_TEAR_GAS = """
Police NOUN 2 nsubj police
fired VERB 0 root fire
tear NOUN 4 compound tear
gas NOUN 2 obj gas
at ADP 6 case
protesters NOUN 2 obl protester
in ADP 8 case
Orvella PROPN 2 obl
. PUNCT 2 punct
"""


def test_state_forces_firing_on_protesters_type_the_protest_not_the_means(book):
    book = SimpleNamespace(acled=book.acled, cameo=dict(book.cameo, **{
        "194": CameoCode("194", "Fight with artillery and tanks", "19", 4, "Material conflict", -10)}))
    police = ActorRef("COP", "Police", 1, agent="COP", type="agent", inter=1)
    protesters = ActorRef("PRO", "protesters", 6, agent="PRO", type="agent", inter=6)
    assert _typed(book, FIRED_TEAR_GAS, "194", 2, police, protesters) == "Protest with intervention"
    soldiers = ActorRef("MIL", "soldiers", 6, agent="MIL", type="agent", inter=1)
    assert _typed(book, FIRED_TEAR_GAS, "194", 2, police, soldiers) == "Shelling/artillery/missile attack"


def test_a_death_that_inspired_protests_is_no_force_against_them(book):
    assert _doc_rule(book, "a student whose death inspired months of protests in Orvella") == "Peaceful protest"
    assert _doc_rule(book, "two people were killed in an opposition protest in Orvella") == \
        "Excessive force against protesters"


PLANNING_ATTACKS = """
Police NOUN 2 nsubj police
arrested VERB 0 root arrest
four NUM 4 nummod
men NOUN 2 obj man
for ADP 6 mark
planning VERB 2 advcl plan
attacks NOUN 6 obj attack
on ADP 9 case
Orvella PROPN 7 nmod
. PUNCT 2 punct
"""


def test_a_planned_attack_took_no_place_and_has_no_acled_type(book):
    assert _typed(book, PLANNING_ATTACKS, "190", 7) is None
    carried_out = PLANNING_ATTACKS.replace("planning VERB 2 advcl plan", "launching VERB 2 advcl launch")
    assert _typed(book, carried_out, "190", 7) == "Armed clash"


ACCUSED_OF_BOMBING = """
Norland PROPN 2 nsubj Norland
accused VERB 0 root accuse
Ostra PROPN 2 obj Ostra
of SCONJ 5 mark
bombing VERB 2 advcl bomb
Dellow PROPN 5 obj Dellow
. PUNCT 2 punct
"""


def test_an_act_attributed_to_someone_is_not_reported_as_done(book):
    assert _typed(book, ACCUSED_OF_BOMBING, "190", 5) is None  # "accused Ostra of bombing Dellow"
    reported = ACCUSED_OF_BOMBING.replace("accused VERB 0 root accuse", "started VERB 0 root start")
    assert _typed(book, reported, "190", 5) is not None  # "started bombing Dellow": done


def test_a_lynching_coded_as_a_fight_is_mob_violence(book):
    villagers = ActorRef("CVL", "Villagers", 1, agent="CVL", type="agent", inter=7)
    assert _typed(book, """
        Villagers NOUN 2 nsubj villager
        lynched VERB 0 root lynch
        a DET 4 det
        thief NOUN 2 obj""", "190", 2, villagers) == "Mob violence"


def test_a_planned_act_is_unrealised_by_the_profile_verbs_of_its_language():
    from conftest import build_sentence

    from coder.acled.clauses import unrealised
    from coder.lang import builtin_profile

    planear = build_sentence("""
Detuvieron VERB 0 root detener
a ADP 3 case
dos NUM 1 obj
por ADP 5 mark
planear VERB 1 advcl planear
atentados NOUN 5 obj atentado
. PUNCT 1 punct
""")
    assert unrealised(planear, 6, builtin_profile("es"))
    assert not unrealised(planear, 6, builtin_profile("en"))
