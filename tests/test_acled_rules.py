"""ACLED rule files: validation with file:line, event typing, actor types, document typing."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import ROOT, build_document

from coder.acled import acled_fields, document_sub_event_type, plover_fields
from coder.acled.actors import interaction
from coder.acled.rules import compile_rules, validate_rules
from coder.codebook import CameoCode, load_yaml
from coder.event import ActorRef, Event
from coder.inter import Inter

SHIPPED = ROOT / "codebooks" / "acled.yaml"


def loaded(tmp_path: Path, text: str):
    path = tmp_path / "acled.yaml"
    path.write_text(text, encoding="utf-8")
    lf, problems = load_yaml(path)
    assert not problems
    return lf


@pytest.fixture(scope="module")
def book():
    lf, _ = load_yaml(SHIPPED)
    cameo = {
        "19": CameoCode("19", "FIGHT", "19", 4, "Material conflict", -10, plover_event="ASSAULT"),
        "190": CameoCode("190", "Use conventional military force", "19", 4, "Material conflict", -10),
        "195": CameoCode("195", "Employ aerial weapons", "19", 4, "Material conflict", -10,
                         plover_event="ASSAULT", plover_mode="aerial"),
        "1951": CameoCode("1951", "Employ precision-guided aerial munitions", "19", 4, "Material conflict", -10),
        "141": CameoCode("141", "Demonstrate or rally", "14", 3, "Verbal conflict", -6.5, plover_event="PROTEST",
                         plover_mode="demonstrate"),
    }
    return SimpleNamespace(acled=compile_rules([{"file": str(SHIPPED), "data": lf.data}]), cameo=cameo)


def test_shipped_rules_validate():
    lf, problems = load_yaml(SHIPPED)
    assert problems == []
    assert [p for p in validate_rules(lf) if p.severity == "error"] == []


def test_unknown_sub_event_type_and_lexicon_are_located(tmp_path):
    lf = loaded(tmp_path, """kind: acled
sub_event_types:
  - {name: Armed clash, event_type: Battles, disorder_type: Political violence}
event_rules:
  - {id: ok, sub_event_type: Armed clash, cameo: ["19"]}
  - id: bad
    sub_event_type: Armed clsh
    cues: ["@nowhere"]
  - {id: ok, sub_event_type: Armed clash, cameo: ["190"]}
""")
    problems = validate_rules(lf)
    messages = {(p.line, p.message.split(" (")[0]) for p in problems}
    assert (7, "unknown sub_event_type 'Armed clsh'") in messages
    assert any(p.line == 8 and "unknown lexicon @nowhere" in p.message for p in problems)
    assert any(p.line == 9 and "already used at line 5" in p.message for p in problems)
    assert all(p.file == str(tmp_path / "acled.yaml") for p in problems)
    assert "acled.yaml:7: error" in str([p for p in problems if p.line == 7][0])


def test_schema_errors_have_lines(tmp_path):
    lf = loaded(tmp_path, """kind: acled
sub_event_types:
  - {name: Armed clash, event_type: Battle, disorder_type: Political violence}
event_rules:
  - {id: x, sub_event_type: Armed clash, cameo: [19]}
""")
    problems = validate_rules(lf)
    assert {p.line for p in problems} >= {3, 5}
    assert all(p.severity == "error" for p in problems)


def _doc_and_event(spec: str, code: str, verb: int, source: ActorRef | None, target: ActorRef | None):
    doc = build_document(spec, date="2019-08-06")
    sent = doc.sentences[0]
    tok = sent.token(verb)
    ev = Event(doc.id, 0, code, "p1", "verbs.yaml:1", verb, tok.text, tok.start_char, tok.end_char,
               source, target)
    return doc, ev


AIRSTRIKE = """
US PROPN 2 compound
aircraft NOUN 3 nsubj
bombed VERB 0 root bomb
positions NOUN 3 obj position
near ADP 6 case
Hajin PROPN 3 obl
on ADP 8 case
Sunday PROPN 3 obl
, PUNCT 10 punct
killing VERB 3 advcl kill
five NUM 12 nummod
fighters NOUN 10 obj fighter
. PUNCT 3 punct
"""


def test_air_strike_event_fields(book):
    usa = ActorRef("USA", "US", 1, 0, 2, country="USA", type="country")
    isis = ActorRef("IMGMUSISI", "positions", 4, 21, 30, inter=2, acled_name="Islamic State")
    doc, ev = _doc_and_event(AIRSTRIKE, "195", 3, usa, isis)
    f = acled_fields(ev, doc, book)
    assert f["event_type"] == "Explosions/Remote violence" and f["sub_event_type"] == "Air/drone strike"
    assert f["disorder_type"] == "Political violence"
    assert f["inter1"] == 8  # US forces outside the United States: external forces
    assert f["actor1"] == "Military Forces of the United States"
    assert (f["actor2"], f["inter2"], f["interaction"]) == ("Islamic State", 2, 28)
    assert f["fatalities"] == 5
    assert (f["event_date"], f["time_precision"]) == ("2019-08-04", 1)
    assert (f["iso"], f["geo_precision"]) == ("SYR", 2)
    assert f["civilian_targeting"] is None
    assert set(f) == {"event_type", "sub_event_type", "disorder_type", "civilian_targeting", "actor1",
                      "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
                      "fatalities", "event_date", "time_precision", "iso", "country", "admin1", "location",
                      "latitude", "longitude", "geo_precision", "acled_basis", "acled_confidence"}


SHOT_VILLAGERS = """
Gunmen NOUN 2 nsubj gunman
shot VERB 0 root shoot
villagers NOUN 2 obj villager
in ADP 5 case
Kano PROPN 2 obl
. PUNCT 2 punct
"""


def test_fighting_civilians_is_an_attack_with_civilian_targeting(book):
    gunmen = ActorRef("REB", "Gunmen", 1, agent="REB", type="agent")
    villagers = ActorRef("CVL", "villagers", 3, agent="CVL", type="agent", inter=7)
    doc, ev = _doc_and_event(SHOT_VILLAGERS, "190", 2, gunmen, villagers)
    f = acled_fields(ev, doc, book)
    assert (f["event_type"], f["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert f["civilian_targeting"] == "Civilian targeting"
    assert (f["inter1"], f["inter2"], f["interaction"]) == (2, 7, 27)
    assert f["actor2"] == "Civilians (Nigeria)" and f["iso"] == "NGA"
    assert f["fatalities"] == 0  # shot, no death reported


PROTEST = """
Demonstrators NOUN 2 nsubj demonstrator
protested VERB 0 root protest
in ADP 4 case
Nairobi PROPN 2 obl
. PUNCT 2 punct
"""


def test_protest_without_actor_gets_protesters(book):
    doc, ev = _doc_and_event(PROTEST, "141", 2, None, None)
    f = acled_fields(ev, doc, book)
    assert (f["event_type"], f["sub_event_type"]) == ("Protests", "Peaceful protest")
    assert (f["actor1"], f["inter1"], f["interaction"]) == ("Protesters (Kenya)", 6, 60)
    assert f["disorder_type"] == "Demonstrations"


def test_negated_event_gets_no_acled_type(book):
    doc, ev = _doc_and_event(PROTEST, "141", 2, None, None)
    from dataclasses import replace

    f = acled_fields(replace(ev, negated=True), doc, book)
    assert f["event_type"] is None and f["fatalities"] is None


def test_plover_falls_back_to_parent_codes(book):
    assert plover_fields("1951", book) == {"plover_event": "ASSAULT", "plover_mode": "aerial", "plover_context": None}
    assert plover_fields("190", book)["plover_event"] == "ASSAULT"  # from root 19
    assert plover_fields("999", book)["plover_event"] is None


def test_interaction_codes():
    assert interaction(1, 2) == 12 and interaction(7, 1) == 17 and interaction(6, None) == 60
    assert interaction(None, None) is None


CHLORINE = """
Jihadists NOUN 2 nsubj jihadist
used VERB 0 root use
chlorine NOUN 2 obj
in ADP 6 case
an DET 6 det
attack NOUN 2 obl
. PUNCT 2 punct
"""


def test_document_rules_type_snippets_without_events(book):
    assert document_sub_event_type(build_document(CHLORINE), [], book) == "Chemical weapon"
    assert document_sub_event_type(build_document(PROTEST), [], book) == "Peaceful protest"
    assert document_sub_event_type(build_document("""
Prices NOUN 2 nsubj price
rose VERB 0 root rise
. PUNCT 2 punct
"""), [], book) is None


def test_document_type_from_the_most_salient_coded_event(book):
    records = [{"sentence_index": 0, "sub_event_type": "Armed clash"},
               {"sentence_index": 0, "sub_event_type": "Air/drone strike"},
               {"sentence_index": 0, "sub_event_type": "Chemical weapon", "negated": True}]
    no_cues = build_document("""
Prices NOUN 2 nsubj price
rose VERB 0 root rise
. PUNCT 2 punct
""")
    assert document_sub_event_type(no_cues, records, book) == "Air/drone strike"
    # the text may name a more specific means of the same disorder type ...
    assert document_sub_event_type(build_document(CHLORINE), records, book) == "Chemical weapon"
    # ... but not turn an arrest into political violence; the cue rules first only when asked
    arrests = [{"sentence_index": 0, "sub_event_type": "Arrests"}]
    assert document_sub_event_type(build_document(CHLORINE), arrests, book) == "Arrests"
    assert document_sub_event_type(build_document(CHLORINE), arrests, book, prefer="rules") == "Chemical weapon"


def test_who_took_the_ground_decides_between_the_territory_types():
    from coder.acled.document import territory_taker
    from coder.acled.rules import rules_for
    from coder.codebook import load_codebook
    from conftest import SMALL_CODEBOOK, build_document

    book = load_codebook(SMALL_CODEBOOK, use_cache=False)
    rules = rules_for(book)
    rebels = build_document("""
        Rebels NOUN 2 nsubj rebel
        recaptured VERB 0 root recapture
        the DET 4 det
        town NOUN 2 obj""")
    army = build_document("""
        Gondorian ADJ 2 amod
        troops NOUN 3 nsubj troops
        recaptured VERB 0 root recapture
        the DET 5 det
        town NOUN 3 obj""")
    passive = build_document("""
        the DET 2 det
        town NOUN 4 nsubj:pass
        was AUX 4 aux:pass
        recaptured VERB 0 root recapture
        by ADP 6 case
        rebels NOUN 4 obl rebel""")
    assert territory_taker(rebels, book, rules) == Inter.REBELS  # any non-state taker
    assert territory_taker(army, book, rules) == Inter.STATE_FORCES
    assert territory_taker(passive, book, rules) == Inter.REBELS  # the profile's agent preposition
    assert "recapture" in rules.territory_verbs and "ambush" in rules.attack_verbs  # acled.yaml's document_verbs


def test_who_was_attacked_decides_between_attack_and_armed_clash(tmp_path):
    from coder.acled.document import attack_target
    from coder.acled.rules import rules_for
    from conftest import build_document, small_codebook_variant

    agents = ("kind: agents\nentries:\n  - {code: MIL, names: [soldier, troops], inter: 1}\n"
              "  - {code: REB, names: [rebel], inter: 2}\n  - {code: CVL, names: [villager], inter: 7}\n")
    book = small_codebook_variant(tmp_path, files={"agents.yaml": agents})
    rules = rules_for(book)
    civilians = build_document("""
        Gunmen NOUN 2 nsubj gunman
        killed VERB 0 root kill
        five NUM 4 nummod
        villagers NOUN 2 obj villager""")
    soldiers = build_document("""
        Rebels NOUN 2 nsubj rebel
        ambushed VERB 0 root ambush
        Gondorian ADJ 4 amod
        soldiers NOUN 2 obj soldier""")
    nobody = build_document("""
        Rebels NOUN 2 nsubj rebel
        attacked VERB 0 root attack
        yesterday NOUN 2 obl:tmod""")
    assert attack_target(soldiers, book, rules) == Inter.REBELS  # any armed, non-civilian party
    assert attack_target(nobody, book, rules) is None
    assert attack_target(civilians, book, rules) == Inter.CIVILIANS


def test_cues_inside_a_relative_clause_do_not_type_the_event(book):
    spec = """
Rebels NOUN 2 nsubj rebel
attacked VERB 0 root attack
Idlib PROPN 2 obj
, PUNCT 6 punct
which PRON 6 nsubj
suffered VERB 3 acl:relcl suffer
a DET 10 det
chemical ADJ 10 amod
weapons NOUN 10 compound weapon
attack NOUN 6 obj
. PUNCT 2 punct
"""
    rebels = ActorRef("SYRREB", "Rebels", 1, inter=2)
    doc, ev = _doc_and_event(spec, "190", 2, rebels, None)
    assert acled_fields(ev, doc, book)["sub_event_type"] != "Chemical weapon"


def test_dispersing_protesters_is_an_intervention_and_killing_them_excessive_force(book):
    cameo = dict(book.cameo, **{
        "17": CameoCode("17", "COERCE", "17", 4, "Material conflict", -7),
        "175": CameoCode("175", "Use tactics of violent repression", "17", 4, "Material conflict", -9)})
    coerce = SimpleNamespace(acled=book.acled, cameo=cameo)
    police = ActorRef("NGACOP", "Police", 1, inter=1)
    protesters = ActorRef("NGAPRO", "protesters", 3, inter=6)
    dispersed = """
Police NOUN 2 nsubj police
dispersed VERB 0 root disperse
protesters NOUN 2 obj protester
in ADP 5 case
Lagos PROPN 2 obl
. PUNCT 2 punct
"""
    doc, ev = _doc_and_event(dispersed, "175", 2, police, protesters)
    assert acled_fields(ev, doc, coerce)["sub_event_type"] == "Protest with intervention"
    killed = dispersed.replace("in ADP 5 case\nLagos PROPN 2 obl", ", PUNCT 6 punct\nkilling VERB 2 advcl kill")
    doc, ev = _doc_and_event(killed, "175", 2, police, protesters)
    assert acled_fields(ev, doc, coerce)["sub_event_type"] == "Excessive force against protesters"


def test_demonstrators_met_by_police_are_actor_one_and_the_police_actor_two(book):
    police = ActorRef("NGACOP", "Police", 1, country="NGA", agent="COP", inter=1)
    protesters = ActorRef("NGAPRO", "protesters", 3, country="NGA", agent="PRO", inter=6)
    spec = """
Police NOUN 2 nsubj police
dispersed VERB 0 root disperse
protesters NOUN 2 obj protester
in ADP 5 case
Lagos PROPN 2 obl
. PUNCT 2 punct
"""
    doc, ev = _doc_and_event(spec, "175", 2, police, protesters)
    f = acled_fields(ev, doc, book)
    assert f["event_type"] == "Protests"
    assert (f["actor1"], f["inter1"]) == ("Protesters (Nigeria)", 6)
    assert f["actor2"].startswith("Police Forces of Nigeria") and f["inter2"] == 1
    assert f["interaction"] == 16
    doc, ev = _doc_and_event(spec, "175", 2, police, None)  # no target found: the crowd all the same
    f = acled_fields(ev, doc, book)
    assert (f["actor1"], f["inter2"]) == ("Protesters (Nigeria)", 1)


def test_police_who_protest_are_the_protesters_not_the_force_that_met_them(book):
    police = ActorRef("NGACOP", "Police", 1, country="NGA", agent="COP", inter=1)
    spec = """
Police NOUN 2 nsubj police
protested VERB 0 root protest
over ADP 4 case
pay NOUN 2 obl pay
in ADP 6 case
Lagos PROPN 2 obl
. PUNCT 2 punct
"""
    doc, ev = _doc_and_event(spec, "141", 2, police, None)
    f = acled_fields(ev, doc, book)
    assert (f["event_type"], f["sub_event_type"]) == ("Protests", "Peaceful protest")
    assert (f["actor1"], f["inter1"], f["actor2"], f["inter2"]) == ("Protesters (Nigeria)", 6, None, None)
    assert f["assoc_actor_1"].startswith("Police Forces of Nigeria")


def test_untargeted_violence_with_civilian_victims_is_an_attack(book):
    spec = """
Gunmen NOUN 2 nsubj gunman
opened VERB 0 root open
fire NOUN 2 obj
, PUNCT 5 punct
killing VERB 2 advcl kill
ten NUM 7 nummod
people NOUN 5 obj person
. PUNCT 2 punct
"""
    gunmen = ActorRef("UAF", "Gunmen", 1, inter=3)
    doc, ev = _doc_and_event(spec, "190", 2, gunmen, None)
    assert acled_fields(ev, doc, book)["sub_event_type"] == "Attack"
    soldiers = spec.replace("people NOUN 5 obj person", "soldiers NOUN 5 obj soldier")
    doc, ev = _doc_and_event(soldiers, "190", 2, gunmen, None)
    assert acled_fields(ev, doc, book)["sub_event_type"] == "Armed clash"


def test_a_place_standing_in_for_the_target_is_not_its_state(book):
    gunmen = ActorRef("NGAREB", "Gunmen", 1, country="NGA", agent="REB", inter=2)
    borno = ActorRef("NGA", "Borno", 5, country="NGA", type="country", resolved_from="place")
    abducted = """
Gunmen NOUN 2 nsubj gunman
abducted VERB 0 root abduct
schoolgirls NOUN 2 obj schoolgirl
in ADP 5 case
Borno PROPN 2 obl
. PUNCT 2 punct
"""
    doc, ev = _doc_and_event(abducted, "181", 2, gunmen, borno)
    f = acled_fields(ev, doc, book)
    assert f["sub_event_type"] == "Abduction/forced disappearance"
    assert (f["actor2"], f["inter2"], f["interaction"]) == ("Civilians (Nigeria)", 7, 27)
    doc, ev = _doc_and_event(abducted.replace("abducted VERB 0 root abduct", "shelled VERB 0 root shell"),
                             "195", 2, gunmen, borno)
    f = acled_fields(ev, doc, book)
    assert f["event_type"] == "Explosions/Remote violence" and f["actor2"] is None and f["inter2"] is None


def test_a_country_named_where_the_target_stands_is_no_actor_2(book):
    from coder.lang import load_profile

    profile, _ = load_profile("en")
    with_profile = SimpleNamespace(acled=book.acled, cameo=book.cameo, profile=profile)
    warplanes = ActorRef("GONMIL", "Gondorian warplanes", 2, country="GON", agent="MIL", inter=1)
    mordor = ActorRef("MOR", "Mordor", 8, country="MOR", type="country")
    spec = """
Gondorian ADJ 2 amod
warplanes NOUN 3 nsubj warplane
bombed VERB 0 root bomb
rebel NOUN 5 compound rebel
positions NOUN 3 obj position
in ADP 8 case
northern ADJ 8 amod
Mordor PROPN 5 nmod
. PUNCT 3 punct
"""
    doc, ev = _doc_and_event(spec, "195", 3, warplanes, mordor)
    f = acled_fields(ev, doc, with_profile)
    assert f["sub_event_type"] == "Air/drone strike"
    assert (f["actor2"], f["inter2"]) == (None, None)  # Mordor is where the positions are
    doc, ev = _doc_and_event(spec.replace("in ADP 8 case", "of ADP 8 case"), "195", 3, warplanes, mordor)
    assert acled_fields(ev, doc, with_profile)["actor2"] is not None  # "positions of Mordor": a party


def test_an_arrest_without_a_named_arrester_is_by_the_police_and_counts_no_deaths(book):
    cameo = dict(book.cameo, **{"173": CameoCode("173", "Arrest, detain", "17", 4, "Material conflict", -5)})
    arrests = SimpleNamespace(acled=book.acled, cameo=cameo)
    men = ActorRef("---CVL", "Two men", 2, agent="CVL", inter=7)
    spec = """
Two NUM 2 nummod
men NOUN 4 nsubj:pass man
were AUX 4 aux:pass be
arrested VERB 0 root arrest
for ADP 7 mark
killing VERB 4 advcl kill
a DET 8 det
shopkeeper NOUN 6 obj shopkeeper
in ADP 10 case
Lagos PROPN 4 obl
. PUNCT 4 punct
"""
    doc, ev = _doc_and_event(spec, "173", 4, None, men)
    f = acled_fields(ev, doc, arrests)
    assert f["sub_event_type"] == "Arrests"
    assert (f["actor1"], f["inter1"]) == ("Police Forces of Nigeria", 1)
    assert f["interaction"] == 17
    assert f["fatalities"] == 0  # an arrest records no deaths, whatever the sentence says


def test_violence_without_a_named_perpetrator_is_an_unidentified_armed_group(book):
    spec = """
Ten NUM 2 nummod
villagers NOUN 4 nsubj:pass villager
were AUX 4 aux:pass be
killed VERB 0 root kill
in ADP 6 case
Lagos PROPN 4 obl
. PUNCT 4 punct
"""
    villagers = ActorRef("---CVL", "Ten villagers", 2, agent="CVL", inter=7)
    doc, ev = _doc_and_event(spec, "19", 4, None, villagers)
    f = acled_fields(ev, doc, book)
    assert f["event_type"] == "Violence against civilians"
    assert (f["actor1"], f["inter1"], f["interaction"]) == ("Unidentified Armed Group (Nigeria)", 3, 37)
    assert f["fatalities"] == 10


def test_a_protest_in_no_known_country_is_by_protesters_all_the_same(book):
    spec = """
Thousands NOUN 2 nsubj thousand
marched VERB 0 root march
. PUNCT 2 punct
"""
    doc, ev = _doc_and_event(spec, "141", 2, None, None)
    f = acled_fields(ev, doc, book)
    assert (f["sub_event_type"], f["actor1"], f["inter1"], f["fatalities"]) == ("Peaceful protest", "Protesters", 6, 0)
    crowd = ActorRef("---PRO", "the angry protesters", 3, agent="PRO", inter=6)
    doc, ev = _doc_and_event(spec, "141", 2, crowd, None)
    assert acled_fields(ev, doc, book)["actor1"] == "Protesters"  # its type's name, not the words


def test_the_actor_types_of_the_enumeration_are_the_codebooks_numbers():
    from coder.acled.rules import shipped_rules

    rules = shipped_rules()
    assert rules.agent_inter["MIL"] == Inter.STATE_FORCES and rules.agent_inter["REB"] == Inter.REBELS
    assert rules.agent_inter["PRO"] == Inter.PROTESTERS and rules.agent_inter["CVL"] == Inter.CIVILIANS
    assert rules.external_inter == Inter.EXTERNAL and set(rules.inter_names) <= set(Inter.ALL)
    assert interaction(Inter.CIVILIANS, Inter.STATE_FORCES) == 17
