"""Killings and arrests of police news (police16): negated arguments, deaths in custody,
what the police seize or take, strangling. Hand-built parses as the compact model gives
them, made-up places, the shipped curated verbs (codebooks/verbs/core.yaml) and the small
test actors plus a civilian agent (the police_codebook of tests/test_news_recall.py)."""

from __future__ import annotations

import pytest

from coder.code.language import profile_of
from coder.code.repairs import repair_parse
from coder.codebook import load_codebook
from conftest import build_document
from test_news_recall import _with_past_participle, police_codebook, triples  # noqa: F401  (the fixture)


@pytest.fixture(scope="module")
def shipped():
    """The shipped codebook: its imported dictionary's patterns are what these rules mend."""
    return load_codebook(None)


def test_a_subject_that_names_no_one_negates_the_act(police_codebook):
    no_one = build_document("""
        no DET 2 det
        one NUM 5 nsubj:pass
        has AUX 5 aux
        been AUX 5 aux:pass
        arrested VERB 0 root arrest
        yet ADV 5 advmod""")  # "no one has been arrested yet"
    assert triples(no_one, police_codebook) == []
    nobody = build_document("""
        nobody PRON 3 nsubj:pass
        was AUX 3 aux:pass
        killed VERB 0 root kill
        in ADP 5 case
        firing NOUN 3 obl""")
    assert [t for t in triples(nobody, police_codebook) if t[2] == "190" and t[1] == ""] == []
    none_of = build_document("""
        police NOUN 2 nsubj
        arrested VERB 0 root arrest
        none PRON 2 obj
        of ADP 5 case
        them PRON 3 nmod they""")  # "police arrested none of them"
    assert triples(none_of, police_codebook) == []
    fewer = build_document("""
        no DET 2 det
        fewer NOUN 7 nsubj:pass few
        than ADP 5 case
        40 NUM 5 nummod
        men NOUN 2 nmod man
        were AUX 7 aux:pass be
        arrested VERB 0 root arrest""")  # "no fewer than 40 men were arrested": a count
    assert [t[2] for t in triples(fewer, police_codebook)] == ["173"]
    # a named subject still codes: "two men have been arrested"
    two = build_document("""
        two NUM 2 nummod
        men NOUN 5 nsubj:pass man
        have AUX 5 aux
        been AUX 5 aux:pass
        arrested VERB 0 root arrest""")
    assert triples(two, police_codebook) == [("", "---CVL", "173")]


def test_an_object_naming_no_one_negates_only_its_own_verb(police_codebook):
    # "police arrested none of them and detained two men": the conjunct shares the subject,
    # not the object
    doc = build_document("""
        police NOUN 2 nsubj
        arrested VERB 0 root arrest
        none PRON 2 obj
        and CCONJ 5 cc
        detained VERB 2 conj detain
        two NUM 7 nummod
        men NOUN 5 obj man""")
    assert [t[2] for t in triples(doc, police_codebook)] == ["173"]


def test_a_death_in_custody_is_a_death_not_a_human_shield(shipped):
    doc = build_document("""
        a DET 2 det
        man NOUN 3 nsubj
        died VERB 0 root die
        in ADP 6 case
        police NOUN 6 compound
        custody NOUN 3 obl
        in ADP 8 case
        arnorpur PROPN 6 nmod""")
    assert triples(doc, shipped) == [("", "---CVL", "190")]


def test_a_death_in_an_accident_is_no_violence(shipped):
    crash = build_document("""
        four NUM 2 nummod
        people NOUN 4 nsubj:pass person
        were AUX 4 aux:pass be
        killed VERB 0 root kill
        in ADP 8 case
        a DET 8 det
        road NOUN 8 compound
        accident NOUN 4 obl
        near ADP 10 case
        arnorpur PROPN 4 obl""")  # "four people were killed in a road accident near arnorpur"
    assert triples(crash, shipped) == []
    stampede = build_document("""
        ten NUM 2 nummod
        pilgrims NOUN 3 nsubj pilgrim
        died VERB 0 root die
        in ADP 6 case
        a DET 6 det
        stampede NOUN 3 obl""")  # "ten pilgrims died in a stampede"
    assert triples(stampede, shipped) == []
    capsized = build_document("""
        five NUM 2 nummod
        people NOUN 3 nsubj person
        died VERB 0 root die
        when ADV 7 advmod
        their PRON 6 nmod:poss they
        boat NOUN 7 nsubj
        capsized VERB 3 advcl capsize""")  # "five people died when their boat capsized"
    assert triples(capsized, shipped) == []
    truck = build_document("""
        a DET 3 det
        speeding VERB 3 amod speed
        truck NOUN 4 nsubj
        killed VERB 0 root kill
        two NUM 6 nummod
        pedestrians NOUN 4 obj pedestrian""")  # "a speeding truck killed two pedestrians"
    assert triples(truck, shipped) == []
    # fire with a doer is no accident: "two men were killed in police fire"
    fire = build_document("""
        two NUM 2 nummod
        men NOUN 4 nsubj:pass man
        were AUX 4 aux:pass be
        killed VERB 0 root kill
        in ADP 7 case
        police NOUN 7 compound
        fire NOUN 4 obl""")
    assert [t[2] for t in triples(fire, shipped)] == ["190"]



@pytest.mark.parametrize("what, verb, prep, place, codes", [
    ("bus", "fell fall", "into", "gorge", []),  # "... when a bus fell into a gorge"
    ("building", "collapsed collapse", "in", "village", []),
    ("shell", "fell fall", "on", "house", ["190"]),  # a shell that fell is an attack
    ("ceasefire", "collapsed collapse", "in", "village", ["190"]),
])
def test_deaths_in_a_fall_or_a_collapse_are_no_violence(shipped, what, verb, prep, place, codes):
    """A fall or a collapse is an accident by its place or by what fell (&ACCIDENT_VERB's
    multi-word members); a shell that fell and a ceasefire that collapsed are not."""
    form, lemma = verb.split()
    doc = build_document(f"""
        six NUM 2 nummod
        people NOUN 4 nsubj:pass person
        were AUX 4 aux:pass be
        killed VERB 0 root kill
        when ADV 8 advmod
        a DET 7 det
        {what} NOUN 8 nsubj
        {form} VERB 4 advcl {lemma}
        {prep} ADP 11 case
        a DET 11 det
        {place} NOUN 8 obl""")  # "six people were killed when a bus fell into a gorge"
    assert [t[2] for t in triples(doc, shipped)] == codes

def test_the_deed_of_the_arrested_is_an_event_of_its_own(shipped):
    """An active relative clause of violence on the patient of an arrest is the deed the
    patient is held for, an event beside the arrest; a passive one (what befell the patient)
    stays background."""
    deed = build_document("""
        a DET 2 det
        man NOUN 8 nsubj:pass
        who PRON 4 nsubj
        killed VERB 2 acl:relcl kill
        his PRON 6 nmod:poss he
        wife NOUN 4 obj
        was AUX 8 aux:pass be
        arrested VERB 0 root arrest
        by ADP 10 case
        police NOUN 8 obl:agent""")  # "a man who killed his wife was arrested by police"
    assert sorted(t[2] for t in triples(deed, shipped)) == ["173", "190"]
    befell = build_document("""
        a DET 2 det
        man NOUN 9 nsubj:pass
        who PRON 6 nsubj:pass
        had AUX 6 aux
        been AUX 6 aux:pass be
        attacked VERB 2 acl:relcl attack
        was AUX 9 aux:pass be
        later ADV 9 advmod
        arrested VERB 0 root arrest
        by ADP 11 case
        police NOUN 9 obl:agent""")  # "a man who had been attacked was later arrested by police"
    assert sorted(t[2] for t in triples(befell, shipped)) == ["173"]

def test_one_captured_alive_is_arrested(shipped):
    doc = build_document("""
        one NUM 3 nsubj:pass
        was AUX 3 aux:pass be
        captured VERB 0 root capture
        alive ADJ 3 xcomp alive
        in ADP 7 case
        the DET 7 det
        encounter NOUN 3 obl""")  # "one was captured alive in the encounter"
    assert [t[2] for t in triples(doc, shipped)] == ["173"]


def test_what_the_police_seize_is_no_arrest_unless_it_is_people(shipped):
    goods = build_document("""
        the DET 2 det
        police NOUN 3 nsubj
        seized VERB 0 root seize
        500 NUM 5 nummod
        kg NOUN 3 obj
        of ADP 7 case
        ganja NOUN 5 nmod""")
    assert triples(goods, shipped) == []  # no arrest (the imported -POLICE * [173]), no looting
    weapons = build_document("""
        the DET 2 det
        police NOUN 3 nsubj
        seized VERB 0 root seize
        seven NUM 6 nummod
        illegal ADJ 6 amod
        firearms NOUN 3 obj firearm""")
    assert [t[2] for t in triples(weapons, shipped)] == ["1711"]  # disrupted weapons use
    people = build_document("""
        police NOUN 2 nsubj
        seized VERB 0 root seize
        two NUM 4 nummod
        men NOUN 2 obj man""")
    assert triples(people, shipped) == [("---COP", "---PPL", "173")]


def test_the_police_taking_someone_to_hospital_is_no_arrest(shipped):
    hospital = build_document("""
        the DET 2 det
        police NOUN 3 nsubj
        took VERB 0 root take
        the DET 6 det
        injured ADJ 6 amod
        man NOUN 3 obj
        to ADP 8 case
        hospital NOUN 3 obl""")
    assert triples(hospital, shipped) == []
    custody = build_document("""
        police NOUN 2 nsubj
        took VERB 0 root take
        four NUM 4 nummod
        youths NOUN 2 obj youth
        into ADP 6 case
        custody NOUN 2 obl""")
    assert triples(custody, shipped) == [("---COP", "---CVL", "173")]


def test_strangling_someone_kills_them(police_codebook):
    doc = build_document("""
        the DET 2 det
        woman NOUN 4 nsubj:pass
        was AUX 4 aux:pass
        strangled VERB 0 root strangle
        by ADP 7 case
        her PRON 7 nmod:poss
        husband NOUN 4 obl:agent""")
    assert [t[2] for t in triples(doc, police_codebook)] == ["1823"]


def test_a_death_undergone_by_a_subject_naming_no_one_is_an_event_with_actors_unknown(police_codebook):
    # "he succumbed to his injuries": the pattern's act has no doer (source: none), its
    # subject names no actor: the death all the same, as "shops were looted" is
    succumbed = build_document("""
        he PRON 2 nsubj
        succumbed VERB 0 root succumb
        to ADP 5 case
        his PRON 5 nmod:poss
        injuries NOUN 2 obl injury""")
    assert triples(succumbed, police_codebook) == [("", "", "190")]
    toll = build_document("""
        the DET 3 det
        death NOUN 3 compound
        toll NOUN 8 nsubj
        in ADP 6 case
        the DET 6 det
        riots NOUN 3 nmod riot
        has AUX 8 aux
        climbed VERB 0 root climb
        to ADP 10 case
        12 NUM 8 obl""")  # "the death toll in the riots has climbed to 12"
    assert ("", "", "190") in triples(toll, police_codebook)
    # prices that rose, or a speaker's statement, stay no event
    prices = build_document("""
        prices NOUN 2 nsubj price
        rose VERB 0 root rise
        sharply ADV 2 advmod""")
    assert triples(prices, police_codebook) == []


def test_a_participle_naming_a_state_before_the_subject_is_no_act(police_codebook, shipped):
    # "the injured man was taken to hospital": the injury is told elsewhere (profile
    # state_participles); "the arrested men were taken to court" stays an arrest
    injured = build_document("""
        the DET 3 det
        injured ADJ 3 amod injured
        man NOUN 5 nsubj:pass
        was AUX 5 aux:pass be
        taken VERB 0 root take
        to ADP 7 case
        hospital NOUN 5 obl""")
    assert triples(injured, shipped) == []  # (an injury is force there: 182)
    repaired = repair_parse(injured.sentences[0], profile_of(shipped), shipped)
    assert repaired.token(2).deprel == "amod"
    arrested = build_document("""
        the DET 3 det
        arrested ADJ 3 amod arrested
        men NOUN 5 nsubj:pass man
        were AUX 5 aux:pass be
        taken VERB 0 root take
        to ADP 7 case
        court NOUN 5 obl""")
    assert triples(arrested, police_codebook) == [("", "---CVL", "173")]


def test_a_participle_of_force_before_the_subject_of_a_complement_clause(police_codebook):
    # "police said the arrested men had been sent to jail"
    doc = build_document("""
        police NOUN 2 nsubj
        said VERB 0 root say
        the DET 5 det
        arrested ADJ 5 amod arrested
        men NOUN 8 nsubj:pass man
        had AUX 8 aux have
        been AUX 8 aux:pass be
        sent VERB 2 ccomp send
        to ADP 10 case
        jail NOUN 8 obl""")
    repaired = repair_parse(doc.sentences[0], profile_of(police_codebook), police_codebook)
    assert (repaired.token(4).deprel, repaired.token(4).lemma, repaired.token(4).head) == ("acl", "arrest", 5)
    assert ("", "---CVL", "173") in triples(doc, police_codebook)


def test_a_participle_read_as_a_modifier_keeps_a_conjoined_clause_after_its_object(police_codebook):
    # "police have so far arrested 15 persons and are looking for the others": the compact
    # model hangs the participle on the object under "far" and the next clause on the participle
    doc = _with_past_participle(build_document("""
        police NOUN 4 nsubj
        have AUX 4 aux
        so ADV 4 advmod
        far ADJ 0 root
        arrested VERB 7 amod arrest
        15 NUM 7 nummod
        people NOUN 4 obj
        and CCONJ 10 cc
        are AUX 10 aux be
        looking VERB 5 conj look
        for ADP 13 case
        the DET 13 det
        others NOUN 10 obl other"""), 5)
    assert ("---COP", "---CVL", "173") in triples(doc, police_codebook)
    repaired = repair_parse(doc.sentences[0], profile_of(police_codebook))
    assert (repaired.token(5).head, repaired.token(10).head, repaired.token(10).deprel) == (0, 5, "conj")


def test_a_headline_verb_read_as_the_subject_of_its_object_heads_the_clause(police_codebook):
    # "police arrest youth for posting content": the compact model makes "youth" the root,
    # "arrest" its subject and "police" its modifier
    doc = build_document("""
        police NOUN 3 amod
        arrest NOUN 3 nsubj
        youth NOUN 0 root
        for SCONJ 5 mark
        posting VERB 3 acl post
        content NOUN 5 obj""")
    assert triples(doc, police_codebook) == [("---COP", "---CVL", "173")]
    repaired = repair_parse(doc.sentences[0], profile_of(police_codebook))
    assert [(t.head, t.deprel, t.upos) for t in repaired.tokens[:3]] == [
        (2, "nsubj", "NOUN"), (0, "root", "VERB"), (2, "obj", "NOUN")]
    # a noun phrase with a determiner stays one ("the arrest warrant")
    the = build_document("""
        the DET 3 det
        police NOUN 3 compound
        arrest NOUN 4 nsubj
        warrant NOUN 0 root""")
    assert repair_parse(the.sentences[0], profile_of(police_codebook)) is the.sentences[0]


def test_a_headline_count_read_as_discourse_is_the_patient_of_its_passive(police_codebook):
    # "4 nabbed for robbery", "3 killed in road rage": the compact model hangs the count
    # opening the headline on the verb as discourse
    nabbed = build_document("""
        4 NUM 2 discourse
        nabbed VERB 0 root nab
        for ADP 4 case
        robbery NOUN 2 obl""")
    assert triples(nabbed, police_codebook) == [("", "---CVL", "173")]
    killed = build_document("""
        3 NUM 2 discourse
        killed VERB 0 root kill
        in ADP 5 case
        road NOUN 5 compound
        rage NOUN 2 obl""")
    assert triples(killed, police_codebook) == [("", "---CVL", "190")]
    # not a number further in ("well, 4 nabbed": the number is not the first word)
    well = build_document("""
        well INTJ 3 discourse
        4 NUM 3 discourse
        nabbed VERB 0 root nab""")
    assert repair_parse(well.sentences[0], profile_of(police_codebook)).token(2).deprel == "discourse"


def test_an_act_still_ahead_after_yet_is_no_event(police_codebook):
    """'police are yet to arrest the accused': the profile's pending_markers before the
    infinitive's marker say the act has not happened, whichever way the parser hangs 'yet'."""
    shapes = [  # (subject's head, the auxiliary, 'yet', the infinitive) as parsers give them
        (5, "are AUX 3 cop be", "yet ADV 5 advmod", "arrest VERB 0 root"),  # 'yet' on the verb
        (3, "are AUX 3 cop be", "yet ADV 0 root", "arrest VERB 3 xcomp"),  # 'yet' the governor
        (2, "have VERB 0 root", "yet ADV 2 advmod", "arrest VERB 2 xcomp")]  # 'yet' on 'have'
    for subject_head, aux, yet, arrest in shapes:
        doc = build_document("\n".join([f"police NOUN {subject_head} nsubj", aux, yet, "to PART 5 mark", arrest,
                                        "the DET 7 det", "men NOUN 5 obj man"]))
        assert triples(doc, police_codebook) == []
    # a 'yet' elsewhere negates nothing: "police arrested the men yet to be charged" keeps the arrest
    elsewhere = build_document("""
        police NOUN 2 nsubj
        arrested VERB 0 root arrest
        the DET 4 det
        men NOUN 2 obj man
        yet ADV 8 advmod
        to PART 8 mark
        be AUX 8 aux:pass
        charged VERB 4 acl charge""")
    assert [t[2] for t in triples(elsewhere, police_codebook)] == ["173"]


def test_a_passive_participle_of_force_after_its_noun_is_done_to_the_noun(police_codebook):
    # "the number of people arrested in the case has risen to 11": a reduced relative (acl,
    # no subject of its own), its noun (through the quantifier) the patient, the doer unsaid
    doc = _with_past_participle(build_document("""
        the DET 2 det
        number NOUN 10 nsubj
        of ADP 4 case
        people NOUN 2 nmod
        arrested VERB 2 acl arrest
        in ADP 8 case
        the DET 8 det
        case NOUN 5 obl
        has AUX 10 aux have
        risen VERB 0 root rise
        to ADP 12 case
        11 NUM 10 obl"""), 5)
    assert triples(doc, police_codebook) == [("", "---CVL", "173")]
    # with its doer: "the men arrested by the police" (the headline's whole phrase)
    by_police = _with_past_participle(build_document("""
        the DET 2 det
        men NOUN 0 root man
        arrested VERB 2 acl arrest
        by ADP 6 case
        the DET 6 det
        police NOUN 3 obl:agent"""), 3)
    assert triples(by_police, police_codebook) == [("---COP", "---CVL", "173")]
    # a clause with a subject of its own is no reduced relative: "the day the police
    # arrested/acl the men" keeps its own object
    own = _with_past_participle(build_document("""
        the DET 2 det
        day NOUN 0 root
        the DET 4 det
        police NOUN 5 nsubj
        arrested VERB 2 acl arrest
        the DET 7 det
        men NOUN 5 obj man"""), 5)
    assert triples(own, police_codebook) == [("---COP", "---CVL", "173")]


def test_surrendering_to_the_police_puts_one_in_their_custody(police_codebook):
    # "the gangster surrendered before the police": the police hold him (173), doer the police
    for prep in ("before", "to"):
        doc = build_document(f"""
            the DET 2 det
            men NOUN 3 nsubj man
            surrendered VERB 0 root surrender
            {prep} ADP 6 case
            the DET 6 det
            police NOUN 3 obl""")
        assert triples(doc, police_codebook) == [("---COP", "---CVL", "173")]
