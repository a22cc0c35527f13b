"""ACLED types of single events: narrow cue words, the event's own clause, actor types from
an actor phrase's words, claims of responsibility (hand-built parses, made-up places)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from conftest import ROOT, build_document

from coder.acled import acled_fields
from coder.acled.clauses import background_level, own_clause
from coder.acled.rules import TextView, compile_cue, compile_rules
from coder.codebook import load_yaml
from coder.codebook.acled_rules import stem_forms
from coder.event import ActorRef, Event

SHIPPED = ROOT / "codebooks" / "acled.yaml"


@pytest.fixture(scope="module")
def book():
    lf, _ = load_yaml(SHIPPED)
    return SimpleNamespace(acled=compile_rules([{"file": str(SHIPPED), "data": lf.data}]), cameo={})


def _view(words: str) -> TextView:
    return TextView([SimpleNamespace(text=w, lemma=w) for w in words.split()])


def test_a_starred_cue_matches_inflections_not_other_words():
    fight = compile_cue("fight*")
    assert _view("heavy fighting").has(fight) and _view("they fight on").has(fight)
    assert not _view("the fighters left").has(fight)
    shell = compile_cue("shell*")
    assert _view("shelled the town").has(shell) and _view("after shelling").has(shell)
    assert not _view("a shellfish market").has(shell)
    assert _view("the demonstration began").has(compile_cue("demonstrat*"))
    assert _view("two were stabbed").has(compile_cue("stab*"))  # doubled consonant
    assert not _view("according to officials").has(compile_cue("accord"))
    assert {"disperse", "dispersed", "dispersing", "dispersal"} <= set(stem_forms("disperse"))
    assert "fighter" not in stem_forms("fight")


def test_according_to_is_no_accord():
    sentence = build_document("""
Talks NOUN 2 nsubj talk
failed VERB 0 root fail
, PUNCT 2 punct
according VERB 6 case accord
to ADP 4 fixed to
officials NOUN 2 obl official
. PUNCT 2 punct
""").sentences[0]
    assert not TextView(sentence.tokens).has(compile_cue("accord"))
    signed = build_document("""
They PRON 2 nsubj they
signed VERB 0 root sign
an DET 4 det
accord NOUN 2 obj accord
. PUNCT 2 punct
""").sentences[0]
    assert TextView(signed.tokens).has(compile_cue("accord"))


def test_phrase_cue_with_a_starred_word_keeps_words_whole():
    cue = compile_cue("suicide bomb*")
    assert _view("a suicide bombing killed").has(cue)
    assert not _view("suicide bombers struck").has(cue)  # the agent noun is a cue of its own
    assert _view("suicide bombers struck").has(compile_cue("suicide bomber*"))


CAPTURED = """
Troops NOUN 2 nsubj troop
captured VERB 0 root capture
Varnholt PROPN 2 obj
, PUNCT 6 punct
which PRON 6 nsubj which
saw VERB 3 acl:relcl see
a DET 9 det
chemical ADJ 9 amod
attack NOUN 6 obj attack
. PUNCT 2 punct
"""


def test_own_clause_leaves_out_relative_clauses():
    sentence = build_document(CAPTURED).sentences[0]
    words = [t.text for t in own_clause(sentence, 2)]
    assert "captured" in words and "Varnholt" in words
    assert "chemical" not in words and "attack" not in words
    assert background_level(sentence, 2) == 0
    assert background_level(sentence, 9) > background_level(sentence, 6) > 0


AFTER_FIRE = """
Rioters NOUN 2 nsubj rioter
burned VERB 0 root burn
shops NOUN 2 obj shop
after SCONJ 6 mark
police NOUN 6 nsubj police
fired VERB 2 advcl fire
rockets NOUN 6 obj rocket
, PUNCT 10 punct
killing VERB 2 advcl kill
two NUM 12 nummod
men NOUN 10 obj man
. PUNCT 2 punct
"""


def test_own_clause_keeps_participles_but_not_clauses_with_their_own_subject():
    sentence = build_document(AFTER_FIRE).sentences[0]
    words = [t.text for t in own_clause(sentence, 2)]
    assert "killing" in words and "men" in words
    assert "police" not in words and "rockets" not in words


def _event(spec: str, code: str, verb: int, source=None, target=None, **kw):
    doc = build_document(spec, date="2021-03-02")
    tok = doc.sentences[0].token(verb)
    return doc, Event(doc.id, 0, code, "p1", "verbs.yaml:1", verb, tok.text, tok.start_char, tok.end_char,
                      source, target, **kw)


TROOPS_ATTACK = """
Troops NOUN 2 nsubj troop
attacked VERB 0 root attack
the DET 4 det
convoy NOUN 2 obj convoy
that PRON 6 nsubj that
fired VERB 4 acl:relcl fire
mortars NOUN 6 obj mortar
. PUNCT 2 punct
"""


def test_event_type_reads_cues_only_from_its_own_clause(book):
    troops = ActorRef("MIL", "Troops", 1, agent="MIL", type="agent")
    doc, ev = _event(TROOPS_ATTACK, "190", 2, troops, None)
    f = acled_fields(ev, doc, book)
    assert f["sub_event_type"] != "Shelling/artillery/missile attack"  # the mortars were the convoy's


DISPERSED = """
Police NOUN 2 nsubj police
attacked VERB 0 root attack
the DET 5 det
peaceful ADJ 5 amod
demonstrators NOUN 2 obj demonstrator
, PUNCT 7 punct
killing VERB 2 advcl kill
three NUM 9 nummod
people NOUN 7 obj person
. PUNCT 2 punct
"""


def test_untyped_object_is_typed_by_its_words(book):
    police = ActorRef("COP", "Police", 1, agent="COP", type="agent")
    doc, ev = _event(DISPERSED, "180", 2, police, None)
    f = acled_fields(ev, doc, book)
    assert f["sub_event_type"] == "Excessive force against protesters"
    assert f["inter2"] is None  # no target actor: nothing is invented in the actor columns


MOB = """
Angry ADJ 2 amod angry
villagers NOUN 3 nsubj villager
killed VERB 0 root kill
a DET 5 det
thief NOUN 3 obj thief
in ADP 7 case
Brellin PROPN 3 obl
. PUNCT 3 punct
"""


def test_civilians_or_mobs_attacking_is_mob_violence(book):
    villagers = ActorRef("CVL", "Angry villagers", 2, agent="CVL", type="agent")
    doc, ev = _event(MOB, "190", 3, villagers, None)
    assert acled_fields(ev, doc, book)["sub_event_type"] == "Mob violence"


PROTESTERS_CLASH = """
Protesters NOUN 2 nsubj protester
clashed VERB 0 root clash
with ADP 4 case
police NOUN 2 obl police
. PUNCT 2 punct
"""


def test_protesters_fighting_is_a_violent_demonstration(book):
    protesters = ActorRef("---", "Protesters", 1)
    police = ActorRef("COP", "police", 4, agent="COP", type="agent")
    doc, ev = _event(PROTESTERS_CLASH, "190", 2, protesters, police)
    f = acled_fields(ev, doc, book)
    assert f["sub_event_type"] == "Violent demonstration" and f["inter1"] == 5  # rioters


CLAIM = """
Gruppa PROPN 2 nsubj Gruppa
claimed VERB 0 root claim
responsibility NOUN 2 obj responsibility
for ADP 7 case
the DET 7 det
suicide NOUN 7 compound suicide
bombing NOUN 3 nmod bombing
in ADP 9 case
Tesselt PROPN 7 nmod Tesselt
. PUNCT 2 punct
"""

CLAIM_STATEMENT = """
Gruppa PROPN 2 nsubj Gruppa
claimed VERB 0 root claim
responsibility NOUN 2 obj responsibility
for ADP 6 case
the DET 6 det
statement NOUN 3 nmod statement
. PUNCT 2 punct
"""


def test_a_claim_of_responsibility_takes_the_claimed_attacks_type(book):
    group = ActorRef("IMGGRU", "Gruppa", 1, inter=2, acled_name="Gruppa")
    doc, ev = _event(CLAIM, "015", 2, group, None)
    assert acled_fields(ev, doc, book)["sub_event_type"] == "Suicide bomb"
    doc, ev = _event(CLAIM_STATEMENT, "015", 2, group, None)
    assert acled_fields(ev, doc, book)["sub_event_type"] is None  # no attack named


ARRESTED = """
Soldiers NOUN 2 nsubj soldier
arrested VERB 0 root arrest
five NUM 4 nummod
activists NOUN 2 obj activist
. PUNCT 2 punct
"""


def test_taking_people_with_arrest_words_is_an_arrest(book):
    soldiers = ActorRef("MIL", "Soldiers", 1, agent="MIL", type="agent")
    doc, ev = _event(ARRESTED, "181", 2, soldiers, None)
    assert acled_fields(ev, doc, book)["sub_event_type"] == "Arrests"


def test_unknown_lexicon_in_inter_words_is_located(tmp_path):
    from coder.acled.rules import validate_rules

    path = tmp_path / "acled.yaml"
    path.write_text("""kind: acled
sub_event_types:
  - {name: Armed clash, event_type: Battles, disorder_type: Political violence}
event_rules:
  - {id: fight, sub_event_type: Armed clash, cameo: ["19"]}
actors:
  inter_words:
    "6": [protester*, "@crowds"]
""", encoding="utf-8")
    lf, problems = load_yaml(path)
    assert not problems
    found = [p for p in validate_rules(lf) if "@crowds" in p.message]
    assert found and found[0].line == 8 and found[0].severity == "error"


def test_arresting_smugglers_is_no_acled_event_arresting_activists_is(book):
    spec = """
Police NOUN 2 nsubj police
arrested VERB 0 root arrest
{0} NOUN 2 obj {1}
in ADP 5 case
Dellow PROPN 2 obl Dellow
"""
    doc, ev = _event(spec.format("smugglers", "smuggler"), "173", 2)
    assert acled_fields(ev, doc, book)["sub_event_type"] is None
    doc, ev = _event(spec.format("activists", "activist"), "173", 2)
    assert acled_fields(ev, doc, book)["sub_event_type"] == "Arrests"
