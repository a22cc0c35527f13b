"""General news-coding rules of the shipped curated verbs (codebooks/verbs/core.yaml) and the
coder, on hand-built UD parses with made-up places."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coder.code import code_document
from coder.codebook import load_codebook
from conftest import SMALL_CODEBOOK, build_document, curated_codebook, small_codebook_variant, written_with_hyphens_joined


@pytest.fixture(scope="module")
def news_codebook(tmp_path_factory):
    """The small test actors and agents with the shipped curated verb patterns."""
    return curated_codebook(tmp_path_factory.mktemp("news") / "book")


@pytest.fixture(scope="module")
def news_codebook_with_years(tmp_path_factory):
    """The small test codebook with a year as a discard phrase."""
    book = tmp_path_factory.mktemp("years") / "book"
    shutil.copytree(SMALL_CODEBOOK, book)
    manifest = book / "codebook.yaml"
    manifest.write_text(manifest.read_text().replace("../../../codebooks", str(SMALL_CODEBOOK.parents[2] / "codebooks")))
    (book / "discards.yaml").write_text("kind: discards\nentries:\n  - {phrase: football match}\n  - {phrase: \"1948\"}\n")
    return load_codebook(book, use_cache=False)


def coded(doc, codebook):
    return sorted((e.source.code if e.source else "", e.target.code if e.target else "", e.code)
                  for e in code_document(doc, codebook))


def test_claiming_responsibility_is_the_claimants_statement_not_a_speech_report(news_codebook):
    doc = build_document("""
        Orc PROPN 2 compound
        Legion PROPN 3 nsubj
        claimed VERB 0 root claim
        responsibility NOUN 3 obj
        for ADP 6 case
        attacks NOUN 3 obl attack
        on ADP 9 case
        Gondorian ADJ 9 amod Gondorian
        troops NOUN 6 nmod troops
        . PUNCT 3 punct""")
    assert ("MORREB", "GONMIL", "015") in coded(doc, news_codebook)


def test_an_obligation_announced_is_a_demand_like_one_said(small_codebook):
    doc = build_document("""
        Rohan PROPN 2 nsubj
        announced VERB 0 root announce
        that SCONJ 6 mark
        Gondor PROPN 6 nsubj
        must AUX 6 aux
        withdraw VERB 2 ccomp
        from ADP 8 case
        Arnor PROPN 6 obl""")
    assert coded(doc, small_codebook) == [("ROH", "GON", "105")]


def test_an_obligation_concluded_by_a_verb_that_codes_nothing_is_a_demand(small_codebook, tmp_path):
    """"Rohan concluded that Gondor must withdraw from Arnor": a verb whose block codes no
    event (not a speech verb) stating an obligation demands it, as "said" does."""
    book = small_codebook_variant(tmp_path, verbs_add='  - {id: conclude, code: "---", verbs: [conclude]}\n')
    doc = build_document("""
        Rohan PROPN 2 nsubj
        concluded VERB 0 root conclude
        that SCONJ 6 mark
        Gondor PROPN 6 nsubj
        must AUX 6 aux
        withdraw VERB 2 ccomp
        from ADP 8 case
        Arnor PROPN 6 obl""")
    assert coded(doc, book) == [("ROH", "GON", "105")]


def test_pattern_words_reach_the_noun_a_quantity_heads(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        withdrew VERB 0 root withdraw
        some PRON 2 obj
        of ADP 6 case
        its PRON 6 nmod:poss
        troops NOUN 3 nmod troops
        from ADP 8 case
        Gondor PROPN 2 obl""")
    assert coded(doc, small_codebook) == [("ARN", "GON", "0874")]


def test_pattern_words_reach_a_compound_modifier(news_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        extended VERB 0 root extend
        the DET 5 det
        curfew NOUN 5 compound
        hours NOUN 2 obj hour
        in ADP 7 case
        Gondor PROPN 2 obl""")
    assert coded(doc, news_codebook) == [("ARN", "GON", "1723")]


def test_a_time_discard_inside_an_argument_leaves_the_predicate_coded(news_codebook_with_years):
    inside_object = build_document("""
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        veterans NOUN 2 obj veteran
        of ADP 6 case
        the DET 6 det
        1948 NUM 3 nmod
        in ADP 8 case
        Gondor PROPN 2 obl""")
    assert coded(inside_object, news_codebook_with_years) == [("ARN", "GON", "190")]
    on_the_verb = build_document("""
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj
        in ADP 5 case
        1948 NUM 2 obl""")
    assert coded(on_the_verb, news_codebook_with_years) == []


def test_a_time_discard_dates_the_first_verb_above_it_not_the_predicate_that_governs_it(news_codebook_with_years):
    # "Arnor attacked Gondor, violating a truce signed/xcomp in 1948": the parser hung the
    # signing on the attack; the year dates the signing, the attack stays current
    doc = build_document("""
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj
        signed VERB 2 xcomp sign
        in ADP 6 case
        1948 NUM 4 obl""")
    assert coded(doc, news_codebook_with_years) == [("ARN", "GON", "190")]


def test_of_case_markers_parted_by_other_words_the_one_next_to_the_noun_marks_it(news_codebook):
    # "Arnor defended Gondor on Friday against criticism", parsed with "on" and "against"
    # both markers of "criticism" (the day its modifier): the phrase is "against criticism"
    doc = build_document("""
        Arnor PROPN 2 nsubj
        defended VERB 0 root defend
        Gondor PROPN 2 obj
        on ADP 7 case
        Friday PROPN 7 amod
        against ADP 7 case
        criticism NOUN 2 obl
        . PUNCT 2 punct""")
    assert coded(doc, news_codebook) == [("ARN", "GON", "051")]


def test_a_topic_discard_anywhere_in_the_clause_sets_its_event_aside(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        fans NOUN 2 obj fan
        of ADP 7 case
        the DET 7 det
        football NOUN 7 compound
        match NOUN 3 nmod
        in ADP 9 case
        Gondor PROPN 2 obl""")
    assert coded(doc, small_codebook) == []


def test_an_undated_text_takes_an_actors_current_role(tmp_path):
    from conftest import small_codebook_variant

    actors = (SMALL_CODEBOOK / "actors.yaml").read_text() + """
  - names: [Eregion]
    roles:
      - {code: GONERE, to: '1991-04-08'}
      - {code: ERE, from: '1991-12-21'}
"""
    book = small_codebook_variant(tmp_path, files={"actors.yaml": actors})
    spec = """
        Eregion PROPN 2 nsubj
        attacked VERB 0 root attack
        Mordor PROPN 2 obj"""
    assert coded(build_document(spec, date=None), book) == [("ERE", "MOR", "190")]
    assert coded(build_document(spec, date="1989-05-01"), book) == [("GONERE", "MOR", "190")]


def test_a_compound_modifier_of_an_event_noun_does_not_fill_a_slot(tmp_path):
    from conftest import small_codebook_variant

    book = small_codebook_variant(tmp_path, verbs_add="""
  - id: commit
    code: "---"
    verbs: [carry out]
    patterns:
      - {id: commit.suicide, code: "---", match: [{slot: obj, words: [suicide]}]}
""")
    doc = build_document("""
        Arnor PROPN 2 nsubj
        carried VERB 0 root carry
        out ADP 2 compound:prt
        suicide NOUN 5 compound
        attacks NOUN 2 obj attack
        on ADP 7 case
        Gondor PROPN 5 nmod""")
    assert coded(doc, book) == [("ARN", "GON", "190")]


def test_a_demand_on_a_speakers_own_government_keeps_its_target(small_codebook):
    doc = build_document("""
        Arnorian ADJ 2 amod Arnorian
        rebels NOUN 3 nsubj rebel
        said VERB 0 root say
        King PROPN 5 compound
        Aragorn PROPN 7 nsubj
        must AUX 7 aux
        withdraw VERB 3 ccomp
        from ADP 9 case
        Rohan PROPN 7 obl""")
    assert coded(doc, small_codebook) == [("ARNREB", "ARNGOV", "105")]
    own_country = build_document("""
        Aragorn PROPN 2 nsubj
        said VERB 0 root say
        Arnor PROPN 5 nsubj
        must AUX 5 aux
        withdraw VERB 2 ccomp
        from ADP 7 case
        Rohan PROPN 5 obl""")
    assert coded(own_country, small_codebook) == []


def test_a_statement_is_the_last_resort_when_nothing_else_codes(small_codebook):
    plain = build_document("""
        Arnor PROPN 2 nsubj
        said VERB 0 root say
        it PRON 5 nsubj
        was AUX 5 cop be
        pessimistic ADJ 2 ccomp
        about ADP 7 case
        talks NOUN 5 obl talk
        with ADP 9 case
        Gondor PROPN 7 nmod""")
    assert coded(plain, small_codebook) == [("ARN", "GON", "010")]
    reporting = build_document("""
        Arnor PROPN 2 nsubj
        said VERB 0 root say
        Gondor PROPN 4 nsubj
        attacked VERB 2 ccomp attack
        Mordor PROPN 4 obj""")
    assert coded(reporting, small_codebook) == [("GON", "MOR", "190")]
    nothing_reported = build_document("""
        Arnor PROPN 2 nsubj
        said VERB 0 root say
        on ADP 4 case
        Tuesday PROPN 2 obl""")
    assert coded(nothing_reported, small_codebook) == []


def test_a_journey_for_talks_is_the_talks_of_the_traveller(news_codebook):
    doc = build_document("""
        Arnorian ADJ 2 amod Arnorian
        negotiators NOUN 3 nsubj negotiator
        returned VERB 0 root return
        to ADP 5 case
        Gondor PROPN 3 obl
        for ADP 7 case
        talks NOUN 3 obl talk
        with ADP 9 case
        Mordor PROPN 7 nmod""")
    assert coded(doc, news_codebook) == [("ARN", "MOR", "040"), ("MOR", "ARN", "040")]


def test_a_modifier_of_a_passive_subject_is_no_oblique_of_the_verb(tmp_path):
    from conftest import small_codebook_variant

    book = small_codebook_variant(tmp_path, replace={"    verbs: [attack]\n": """    verbs: [attack]
    patterns:
      - {id: attack.for, code: "111", match: [{slot: obl, prep: for, words: ["*"]}]}
"""})
    doc = build_document("""
        a DET 2 det
        camp NOUN 6 nsubj:pass camp
        for ADP 4 case
        Gondorian ADJ 2 nmod Gondorian
        was AUX 6 aux:pass be
        attacked VERB 0 root attack
        by ADP 8 case
        Arnor PROPN 6 obl:agent""")
    assert coded(doc, book) == [("ARN", "GON", "190")]


def test_the_sense_of_a_dismissal_or_a_prevention_follows_its_object(news_codebook):
    dismissed = build_document("""
        Orc PROPN 2 compound
        Legion PROPN 3 nsubj
        dismissed VERB 0 root dismiss
        an DET 5 det
        appeal NOUN 3 obj appeal
        from ADP 7 case
        Gondor PROPN 5 nmod""")
    assert ("MORREB", "GON", "120") in coded(dismissed, news_codebook)
    banned = build_document("""
        Gondorian ADJ 2 amod Gondorian
        police NOUN 3 nsubj police
        prevented VERB 0 root prevent
        a DET 5 det
        rally NOUN 3 obj rally
        of ADP 8 case
        Arnorian ADJ 8 amod Arnorian
        rebels NOUN 5 nmod rebel""")
    assert coded(banned, news_codebook) == [("GONCOP", "ARNREB", "1721")]


def test_an_act_inside_what_is_asked_of_another_is_no_event_of_its_own(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        asked VERB 0 root ask
        Gondor PROPN 2 obj
        to PART 5 mark
        cancel VERB 2 xcomp cancel
        plans NOUN 5 obj plan
        to PART 8 mark
        attack VERB 6 acl attack
        Mordor PROPN 8 obj""")
    assert coded(doc, small_codebook) == [("ARN", "GON", "020")]


def test_an_event_noun_under_a_governed_support_verb_is_the_governors_event(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        threatened VERB 0 root threaten
        to PART 4 mark
        launch VERB 2 xcomp launch
        an DET 6 det
        attack NOUN 4 obj attack
        on ADP 8 case
        Gondor PROPN 6 nmod""")
    assert coded(doc, small_codebook) == [("ARN", "GON", "130")]


def test_peacekeepers_arriving_through_a_quantity_are_peacekeeping_provided(news_codebook):
    doc = build_document("""
        A DET 2 det
        patch NOUN 7 nsubj patch
        of ADP 6 case
        Arnorian ADJ 6 amod Arnorian
        peacekeeping NOUN 6 compound
        troops NOUN 2 nmod troops
        arrived VERB 0 root arrive
        in ADP 9 case
        Gondor PROPN 7 obl""")
    assert coded(doc, news_codebook) == [("ARNMIL", "GON", "074")]


def test_between_introduces_both_parties_as_targets(news_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        urged VERB 0 root urge
        peace NOUN 2 obj
        between ADP 5 case
        Gondor PROPN 3 nmod
        and CCONJ 7 cc
        Mordor PROPN 5 conj""")
    assert coded(doc, news_codebook) == [("ARN", "GON", "020"), ("ARN", "MOR", "020")]


def test_lifting_a_curfew_or_an_emergency_yields(news_codebook):
    spec = """
        Arnor PROPN 2 nsubj
        lifted VERB 0 root lift
        the DET 4 det
        {0} NOUN 2 obj {0}
        in ADP 6 case
        Gondor PROPN 2 obl"""
    assert coded(build_document(spec.format("curfew")), news_codebook) == [("ARN", "GON", "0813")]
    assert coded(build_document(spec.format("sanctions")), news_codebook) == [("ARN", "GON", "085")]


def test_lifting_a_state_of_emergency_is_0814(news_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        lifted VERB 0 root lift
        the DET 4 det
        state NOUN 2 obj state
        of ADP 6 case
        emergency NOUN 4 nmod emergency
        in ADP 8 case
        Gondor PROPN 2 obl""")
    assert coded(doc, news_codebook) == [("ARN", "GON", "0814")]


def test_verb_senses_follow_the_object_consider_mobilize_remove_defend(news_codebook):
    def one(verb, lemma, obj, obj_lemma, extra=""):
        return coded(build_document(f"""
            Arnor PROPN 2 nsubj
            {verb} VERB 0 root {lemma}
            {obj} NOUN 2 obj {obj_lemma}
            in ADP 5 case
            Gondor PROPN 2 obl""" + extra), news_codebook)

    assert one("considered", "consider", "sanctions", "sanction") == [("ARN", "GON", "014")]
    assert [code for _, _, code in one("mobilized", "mobilize", "troops", "troops")] == ["154"]
    assert one("mobilized", "mobilize", "voters", "voter") == []
    assert one("removed", "remove", "sanctions", "sanction") == [("ARN", "GON", "085")]


def test_facing_charges_is_no_meeting(news_codebook):
    doc = build_document("""
        Arnorian ADJ 2 amod Arnorian
        rebels NOUN 3 nsubj rebel
        face VERB 0 root face
        charges NOUN 3 obj charge
        in ADP 6 case
        Gondor PROPN 3 obl""")
    assert coded(doc, news_codebook) == []


def test_needing_time_is_no_demand(news_codebook):
    doc = build_document("""
        Arnorian ADJ 2 amod Arnorian
        inspectors NOUN 3 nsubj inspector
        needed VERB 0 root need
        more ADJ 5 amod
        time NOUN 3 obj time
        in ADP 7 case
        Gondor PROPN 3 obl""")
    assert coded(doc, news_codebook) == []


def test_taking_steps_is_no_seizure_taking_a_town_is(news_codebook):
    def took(obj, lemma):
        return coded(build_document(f"""
            Arnor PROPN 2 nsubj
            took VERB 0 root take
            {obj} NOUN 2 obj {lemma}
            in ADP 5 case
            Gondor PROPN 2 obl"""), news_codebook)

    assert took("steps", "step") == []
    assert took("town", "town") == [("ARN", "GON", "192")]


def test_passing_a_law_is_no_concession(news_codebook):
    doc = build_document("""
        Gondorian ADJ 2 amod Gondorian
        parliament NOUN 3 nsubj parliament
        passed VERB 0 root pass
        a DET 5 det
        law NOUN 3 obj law
        against ADP 7 case
        Mordor PROPN 5 nmod""")
    assert coded(doc, news_codebook) == []


def test_setting_fire_to_offices_destroys_property(news_codebook):
    doc = build_document("""
        Arnorian ADJ 2 amod Arnorian
        settlers NOUN 3 nsubj settler
        set VERB 0 root set
        fire NOUN 3 obj fire
        to ADP 7 case
        the DET 7 det
        offices NOUN 3 obl office
        of ADP 9 case
        Gondor PROPN 7 nmod""")
    assert [code for _, _, code in coded(doc, news_codebook)] == ["1712"]
    burned = build_document("""
        Rebels NOUN 2 nsubj rebel
        burned VERB 0 root burn
        houses NOUN 2 obj house
        in ADP 5 case
        Gondor PROPN 2 obl""")
    assert [code for _, _, code in coded(burned, news_codebook)] == ["1712"]


def test_lynching_and_gunning_down_are_killings(news_codebook):
    lynched = build_document("""
        a DET 2 det
        mob NOUN 3 nsubj mob
        lynched VERB 0 root lynch
        two NUM 5 nummod
        rebels NOUN 3 obj rebel
        in ADP 7 case
        Gondor PROPN 3 obl""")
    assert [code for _, _, code in coded(lynched, news_codebook)] == ["190"]
    gunned = build_document("""
        a DET 2 det
        rebel NOUN 4 nsubj:pass rebel
        was AUX 4 aux:pass be
        gunned VERB 0 root gun
        down ADP 4 compound:prt
        by ADP 7 case
        police NOUN 4 obl police""")
    assert coded(gunned, news_codebook) == [("---COP", "---REB", "190")]


def test_rounding_up_and_taking_into_custody_are_arrests(news_codebook):
    rounded = build_document("""
        Gondorian ADJ 2 amod Gondorian
        police NOUN 3 nsubj police
        rounded VERB 0 root round
        up ADP 3 compound:prt
        20 NUM 6 nummod
        rebels NOUN 3 obj rebel""")
    assert coded(rounded, news_codebook) == [("GONCOP", "---REB", "173")]
    taken = build_document("""
        three NUM 2 nummod
        rebels NOUN 4 nsubj:pass rebel
        were AUX 4 aux:pass be
        taken VERB 0 root take
        into ADP 6 case
        custody NOUN 4 obl custody
        by ADP 9 case
        Gondorian ADJ 9 amod Gondorian
        police NOUN 4 obl police""")
    assert coded(taken, news_codebook) == [("GONCOP", "---REB", "173")]


def test_regional_words_for_police_and_insurgents_are_shipped_agents(tmp_path):
    book = tmp_path / "book"
    book.mkdir()
    for name in ("actors.yaml", "discards.yaml"):
        shutil.copy(SMALL_CODEBOOK / name, book / name)
    (book / "codebook.yaml").write_text(
        "name: agents\ncameo: shipped:cameo.yaml\nactors: [actors.yaml]\nagents: [shipped:agents/core.yaml]\n"
        "verbs: [shipped:verbs/core.yaml]\ndiscards: [discards.yaml]\ncountries: false\n")
    doc = build_document("""
        Gondorian ADJ 2 amod Gondorian
        cops NOUN 3 nsubj cop
        arrested VERB 0 root arrest
        two NUM 5 nummod
        naxalites NOUN 3 obj naxalite""")
    book = load_codebook(book, use_cache=False)
    assert coded(doc, book) == [("GONCOP", "---REB", "173")]
    jawans = build_document("""
        Gondorian ADJ 2 amod Gondorian
        jawans NOUN 3 nsubj jawan
        attacked VERB 0 root attack
        maoists NOUN 3 obj maoist""")
    assert coded(jawans, book) == [("GONMIL", "---REB", "190")]


def test_an_announced_act_unless_another_actor_acts_is_an_ultimatum_to_that_actor(news_codebook):
    def withdraw(marker):
        return coded(build_document(f"""
            Gondor PROPN 3 nsubj
            will AUX 3 aux
            withdraw VERB 0 root withdraw
            its PRON 5 nmod:poss
            troops NOUN 3 obj troops
            {marker} SCONJ 8 mark
            Mordor PROPN 8 nsubj
            attacks VERB 3 advcl attack
            Arnor PROPN 8 obj"""), news_codebook)

    assert withdraw("unless") == [("GON", "MOR", "139")]
    assert [code for _, _, code in withdraw("if")] != ["139"]


def test_an_announced_act_refused_until_another_actor_acts_is_an_ultimatum_to_that_actor(news_codebook):
    def withdraw(negator, marker):
        return coded(build_document(f"""
            Gondor PROPN 4 nsubj
            will AUX 4 aux
            {negator} PART 4 advmod
            withdraw VERB 0 root withdraw
            its PRON 6 nmod:poss
            troops NOUN 4 obj troops
            {marker} SCONJ 9 mark
            Mordor PROPN 9 nsubj
            attacks VERB 4 advcl attack
            Arnor PROPN 9 obj"""), news_codebook)

    assert withdraw("not", "until") == [("GON", "MOR", "139")]
    assert [code for _, _, code in withdraw("soon", "until")] != ["139"]  # "will withdraw until": no condition


def withheld(act: str, condition: str, codebook, verb: int = 9) -> list:
    """The events of "Gondor will not <act> until <condition>" (the act on tokens 4-6, the
    marker token 7, the condition's verb token ``verb`` hung on token 4)."""
    return coded(build_document(f"""
        Gondor PROPN 4 nsubj
        will AUX 4 aux
        not PART 4 advmod
        {act}
        until SCONJ {verb} mark
        {condition}"""), codebook)


WITHDRAW_TROOPS = """withdraw VERB 0 root withdraw
        its PRON 6 nmod:poss
        troops NOUN 4 obj troops"""
MORDOR_FREES_PRISONERS = """Mordor PROPN 9 nsubj
        frees VERB 4 advcl free
        prisoners NOUN 9 obj prisoner"""


def test_an_act_withheld_until_another_actor_yields_is_a_demand_for_that_act(news_codebook):
    """"Gondor will not withdraw its troops until Mordor frees the prisoners": Gondor demands
    the release (1053, the demand that mirrors 0841) of Mordor; a condition whose act has no
    demand of its own ("until Mordor attacks Arnor") keeps the ultimatum; a condition told
    in an agentless passive ("until prisoners are freed") is the demand, its target unsaid
    (not the subject's own troops)."""
    assert withheld(WITHDRAW_TROOPS, MORDOR_FREES_PRISONERS, news_codebook) == [("GON", "MOR", "1053")]
    assert withheld(WITHDRAW_TROOPS, """Mordor PROPN 9 nsubj
        attacks VERB 4 advcl attack
        Arnor PROPN 9 obj""", news_codebook) == [("GON", "MOR", "139")]
    assert withheld(WITHDRAW_TROOPS, """prisoners NOUN 10 nsubj:pass prisoner
        are AUX 10 aux:pass be
        freed VERB 4 advcl free""", news_codebook, verb=10) == [("GON", "", "1053")]


def test_talks_withheld_until_another_actor_yields_are_a_demand_of_the_subject_alone(news_codebook):
    """"Gondor will not resume talks until Mordor frees the prisoners": the event noun under
    its support verb is withheld as a verb's act is (1053 on Mordor), and the demand is
    Gondor's alone although talks are reciprocal."""
    talks = """resume VERB 0 root resume
        talks NOUN 4 obj talks
        now ADV 4 advmod now"""
    assert withheld(talks, MORDOR_FREES_PRISONERS, news_codebook) == [("GON", "MOR", "1053")]


def test_rejecting_a_request_refuses_the_act_it_names(news_codebook):
    """"Gondor rejected calls for talks with Mordor": the refusal of talks (125, the negation
    of their intent 036), not of a request for aid; the act hangs on the request noun or, as
    parsers also read it, on the verb after the noun ("rejected demands to/advcl free the
    prisoners": 1243); a plain object keeps the block's code."""
    talks = build_document("""
        Gondor PROPN 2 nsubj
        rejected VERB 0 root reject
        calls NOUN 2 obj call
        for ADP 5 case
        talks NOUN 3 nmod talks
        with ADP 7 case
        Mordor PROPN 5 nmod""")
    assert coded(talks, news_codebook) == [("GON", "MOR", "125")]
    release = build_document("""
        Gondor PROPN 2 nsubj
        rejected VERB 0 root reject
        demands NOUN 2 obj demand
        to PART 5 mark
        free VERB 2 advcl free
        the DET 7 det
        prisoners NOUN 5 obj prisoner
        of ADP 9 case
        Mordor PROPN 7 nmod""")
    assert [code for _, _, code in coded(release, news_codebook)] == ["1243"]
    plain = build_document("""
        Gondor PROPN 2 nsubj
        rejected VERB 0 root reject
        the DET 4 det
        statement NOUN 2 obj statement
        of ADP 6 case
        Mordor PROPN 4 nmod""")
    assert [code for _, _, code in coded(plain, news_codebook)] == ["120"]


def test_halting_another_actors_offensive_is_no_de_escalation_of_ones_own(news_codebook):
    """"Gondorian troops halted Mordor's offensive": 087 (de-escalate, CAMEO ``own_act``) is
    the subject yielding on its own act; the offensive halted is Mordor's, which codes itself
    (190). "Gondor halted its offensive against Mordor" keeps 087."""
    other = build_document("""
        Gondorian ADJ 2 amod Gondorian
        troops NOUN 3 nsubj troops
        halted VERB 0 root halt
        Mordor PROPN 6 nmod:poss
        's PART 4 case
        offensive NOUN 3 obj offensive""")
    assert [code for _, _, code in coded(other, news_codebook)] == ["190"]
    assert coded(other, news_codebook)[0][0].startswith("MOR")
    own = build_document("""
        Gondor PROPN 2 nsubj
        halted VERB 0 root halt
        its PRON 4 nmod:poss
        offensive NOUN 2 obj offensive
        against ADP 6 case
        Mordor PROPN 4 nmod""")
    assert coded(own, news_codebook) == [("GON", "MOR", "087")]


def test_a_generic_demand_takes_the_code_that_mirrors_the_act_demanded(news_codebook):
    """"Gondor demanded that Mordor withdraw its troops": the demand of a de-escalation
    (1056, the demand of 0874), not the generic 100; an act with no demand of its own
    ("demanded that Mordor attack Arnor") leaves 100."""
    def demanded(verb, lemma, obj):
        return coded(build_document(f"""
            Gondor PROPN 2 nsubj
            demanded VERB 0 root demand
            that SCONJ 5 mark
            Mordor PROPN 5 nsubj
            {verb} VERB 2 ccomp {lemma}
            {obj}"""), news_codebook)

    assert demanded("withdraw", "withdraw", "troops NOUN 5 obj troops") == [("GON", "MOR", "1056")]
    assert [code for _, _, code in demanded("attack", "attack", "Arnor PROPN 5 obj")] == ["100"]


def test_a_generic_appeal_takes_the_code_that_mirrors_the_act_asked_for(news_codebook):
    """"Gondor urged Mordor to free the prisoners": an appeal for a release (0253, the appeal
    the code table gives 0841, parallel to its demand 1053), also when the parser reads the
    infinitive as an adverbial clause after the one addressed."""
    for rel in ("xcomp", "advcl"):
        doc = build_document(f"""
            Gondor PROPN 2 nsubj
            urged VERB 0 root urge
            Mordor PROPN 2 obj
            to PART 5 mark
            free VERB 2 {rel} free
            the DET 7 det
            prisoners NOUN 5 obj prisoner""")
        assert coded(doc, news_codebook) == [("GON", "MOR", "0253")]
    called_on = build_document("""
        Gondor PROPN 2 nsubj
        appealed VERB 0 root appeal
        to ADP 4 case
        Mordor PROPN 2 obl
        to PART 6 mark
        free VERB 2 advcl free
        prisoners NOUN 6 obj prisoner""")
    assert [code for _, _, code in coded(called_on, news_codebook)] == ["0253"]  # addressed in an oblique


def test_an_appeal_to_return_to_talks_is_an_appeal_to_negotiate(news_codebook):
    """"Gondor urged Mordor to return to talks": returning to talks negotiates (046), so the
    appeal is one to negotiate (026)."""
    doc = build_document("""
        Gondor PROPN 2 nsubj
        urged VERB 0 root urge
        Mordor PROPN 2 obj
        to PART 5 mark
        return VERB 2 xcomp return
        to ADP 7 case
        talks NOUN 5 obl talks""")
    assert coded(doc, news_codebook) == [("GON", "MOR", "026")]


def test_a_threat_with_a_condition_keeps_the_threat_code(news_codebook):
    doc = build_document("""
        Gondor PROPN 2 nsubj
        threatened VERB 0 root threaten
        to PART 4 mark
        attack VERB 2 xcomp attack
        Mordor PROPN 4 obj
        unless SCONJ 8 mark
        Mordor PROPN 8 nsubj
        withdraws VERB 4 advcl withdraw""")
    assert [code for _, _, code in coded(doc, news_codebook)] == ["130"]


def test_a_threat_naming_no_target_is_aimed_at_the_actor_of_its_condition(news_codebook):
    """"Arnor threatened to hold a strike unless Gondor rescinds the annexation": Arnor
    threatens Gondor; the condition's act is not asserted."""
    doc = build_document("""
        Arnor PROPN 2 nsubj
        threatened VERB 0 root threaten
        to PART 4 mark
        hold VERB 2 xcomp hold
        a DET 6 det
        strike NOUN 4 obj strike
        unless SCONJ 9 mark
        Gondor PROPN 9 nsubj
        rescinds VERB 2 advcl rescind
        the DET 11 det
        annexation NOUN 9 obj annexation""")
    assert coded(doc, news_codebook) == [("ARN", "GON", "130")]


def test_invasions_blockades_and_visits_are_event_nouns_with_an_owner_or_support_verb(news_codebook):
    launched = build_document("""
        Mordor PROPN 2 nsubj
        launched VERB 0 root launch
        an DET 4 det
        invasion NOUN 2 obj invasion
        of ADP 6 case
        Gondor PROPN 4 nmod""")
    assert coded(launched, news_codebook) == [("MOR", "GON", "190")]
    blockade = build_document("""
        the DET 3 det
        Gondorian ADJ 3 amod Gondorian
        blockade NOUN 5 nsubj blockade
        has AUX 5 aux have
        hurt VERB 0 root hurt
        Arnor PROPN 5 obj""")
    assert ("GON", "", "191") in coded(blockade, news_codebook)
    no_owner = build_document("""
        the DET 2 det
        visit NOUN 4 nsubj:pass visit
        was AUX 4 aux:pass be
        postponed VERB 0 root postpone""")
    assert coded(no_owner, news_codebook) == []


def test_people_held_for_a_crime_are_detained_talks_held_stay_talks(news_codebook):
    held = build_document("""
        Gondorian ADJ 2 amod Gondorian
        police NOUN 3 nsubj police
        held VERB 0 root hold
        two NUM 5 nummod
        rebels NOUN 3 obj rebel
        for ADP 8 case
        the DET 8 det
        murder NOUN 3 obl murder""")
    assert coded(held, news_codebook) == [("GONCOP", "---REB", "173")]
    talks = build_document("""
        Gondor PROPN 2 nsubj
        held VERB 0 root hold
        talks NOUN 2 obj talk
        with ADP 5 case
        Mordor PROPN 2 obl""")
    assert [code for _, _, code in coded(talks, news_codebook)][0].startswith("04")


def test_a_place_in_the_sources_own_country_gives_way_to_the_object_as_target(tmp_path):
    # "Gondor attacked Mordorian troops stationed in Minas Tirith": the embedded participle's
    # place is Gondor's own, no party to the attack; the troops are the target
    from conftest import small_codebook_variant
    book = small_codebook_variant(tmp_path, verbs_add="  - {id: station, code: \"---\", verbs: [station]}\n")
    doc = build_document("""
        Gondor PROPN 2 nsubj
        attacked VERB 0 root attack
        Mordor PROPN 4 compound
        troops NOUN 2 obj troops
        stationed VERB 2 xcomp station
        in ADP 8 case
        Minas PROPN 8 compound
        Tirith PROPN 5 obl""")
    assert coded(doc, book) == [("GON", "MORMIL", "190")]


def test_wanting_to_attack_is_a_threat_not_cooperation(news_codebook):
    doc = build_document("""
        Gondor PROPN 2 nsubj
        wants VERB 0 root want
        to PART 4 mark
        attack VERB 2 xcomp attack
        Mordor PROPN 4 obj""")
    assert coded(doc, news_codebook) == [("GON", "MOR", "1384")]


def test_wanting_someone_else_to_attack_is_no_ones_announced_attack(news_codebook):
    """"Gondor wants Arnor to attack Mordor": no attack is announced (neither Gondor's threat nor
    Arnor's); Gondor asks Arnor for it, an appeal (the generic 020: an attack has no appeal
    of its own); wanting Arnor to free prisoners is the appeal that mirrors the release."""
    doc = build_document("""
        Gondor PROPN 2 nsubj
        wants VERB 0 root want
        Arnor PROPN 2 obj
        to PART 5 mark
        attack VERB 2 xcomp attack
        Mordor PROPN 5 obj""")
    assert coded(doc, news_codebook) == [("GON", "ARN", "020")]
    freed = build_document("""
        Gondor PROPN 2 nsubj
        wants VERB 0 root want
        Arnor PROPN 2 obj
        to PART 5 mark
        free VERB 2 xcomp free
        the DET 7 det
        prisoners NOUN 5 obj prisoner""")
    assert coded(freed, news_codebook) == [("GON", "ARN", "0253")]


def test_protesters_blocking_anything_obstruct_in_protest(news_codebook):
    doc = build_document("""
        Gondorian ADJ 2 amod Gondorian
        farmers NOUN 3 nsubj farmer
        blocked VERB 0 root block
        the DET 5 det
        harbour NOUN 3 obj harbour""")
    assert [code for _, _, code in coded(doc, news_codebook)] == ["144"]


def test_sending_supplies_or_arms_is_aid_and_sharing_intelligence_is_064(news_codebook):
    def sent(obj, lemma):
        return [code for _, _, code in coded(build_document(f"""
            Gondor PROPN 2 nsubj
            sent VERB 0 root send
            {obj} NOUN 2 obj {lemma}
            to ADP 5 case
            Arnor PROPN 2 obl"""), news_codebook)]

    assert sent("supplies", "supply") == ["070"]
    assert sent("weapons", "weapon") == ["072"]
    shared = build_document("""
        Gondor PROPN 2 nsubj
        shared VERB 0 root share
        intelligence NOUN 2 obj intelligence
        with ADP 5 case
        Arnor PROPN 2 obl""")
    assert coded(shared, news_codebook) == [("GON", "ARN", "064")]


def test_senses_from_the_object_rejected_accusations_violated_ceasefires_evidence_against(news_codebook):
    def code(spec):
        return [c for _, _, c in coded(build_document(spec), news_codebook)]

    assert code("""
        Gondor PROPN 2 nsubj
        rejected VERB 0 root reject
        the DET 4 det
        accusations NOUN 2 obj accusation
        by ADP 6 case
        Mordor PROPN 4 nmod""") == ["016"]
    assert code("""
        Mordor PROPN 2 nsubj
        violated VERB 0 root violate
        the DET 4 det
        ceasefire NOUN 2 obj ceasefire
        with ADP 6 case
        Gondor PROPN 2 obl""") == ["196"]
    assert code("""
        Gondor PROPN 2 nsubj
        presented VERB 0 root present
        evidence NOUN 2 obj evidence
        against ADP 5 case
        Mordor PROPN 2 obl""") == ["112"]
    assert code("""
        Mordor PROPN 3 nsubj
        has AUX 3 aux have
        sworn VERB 0 root swear
        to PART 5 mark
        attack VERB 3 xcomp attack
        Gondor PROPN 5 obj""") == ["1384"]


def test_forces_withdrawing_retreat_militarily(news_codebook):
    doc = build_document("""
        Gondorian ADJ 2 amod Gondorian
        troops NOUN 3 nsubj troops
        withdrew VERB 0 root withdraw""")
    assert coded(doc, news_codebook) == [("GONMIL", "", "0874")]


def test_condemning_is_criticism_accusing_is_accusation(news_codebook):
    def code(verb, lemma):
        return [c for _, _, c in coded(build_document(f"""
            Gondor PROPN 2 nsubj
            {verb} VERB 0 root {lemma}
            Mordor PROPN 2 obj"""), news_codebook)]

    assert code("condemned", "condemn") == ["111"]
    assert code("accused", "accuse") == ["112"]


def test_stabbed_or_beaten_to_death_is_killing_by_assault_stabbing_alone_is_assault(news_codebook):
    def stabbed(*extra):
        rows = ["rebels NOUN 2 nsubj rebel", "stabbed VERB 0 root stab", "two NUM 4 nummod", "soldiers NOUN 2 obj soldier"]
        return [c for _, _, c in coded(build_document("\n".join(rows + list(extra))), news_codebook)]

    assert stabbed() == ["182"]
    assert stabbed("to ADP 6 case", "death NOUN 2 obl death") == ["1823"]


def test_an_attempt_to_act_is_the_attempted_act_a_plan_to_act_an_intent(news_codebook):
    def noun_then_act(noun, lemma):
        return [(e.code, e.modality) for e in code_document(build_document(f"""
            an DET 2 det
            {noun} NOUN 6 nsubj:pass {lemma}
            to PART 4 mark
            attack VERB 2 acl attack
            Gondor PROPN 4 obj
            failed VERB 0 root fail"""), news_codebook)]

    assert noun_then_act("attempt", "attempt") == [("190", "attempted")]
    assert noun_then_act("plan", "plan") == [("1384", "intended")]


def test_what_someone_must_be_ready_to_do_is_not_announced_by_them(news_codebook):
    doc = build_document("""
        Mordor PROPN 4 nsubj
        must AUX 4 aux must
        be AUX 4 cop be
        ready ADJ 0 root ready
        to PART 6 mark
        attack VERB 4 xcomp attack
        Gondor PROPN 6 obj""")
    assert coded(doc, news_codebook) == []


def test_two_phrases_of_the_same_generic_code_are_two_actors(news_codebook):
    doc = build_document("""
        rebels NOUN 2 nsubj rebel
        attacked VERB 0 root attack
        other ADJ 4 amod other
        militants NOUN 2 obj militant""")
    assert coded(doc, news_codebook) == [("---REB", "---REB", "190")]
    itself = build_document("""
        Gondor PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj""")
    assert coded(itself, news_codebook) == []


def test_made_arrests_and_made_a_visit_are_their_nouns_events(news_codebook):
    doc = build_document("""
        Gondorian ADJ 2 amod Gondorian
        police NOUN 3 nsubj police
        made VERB 0 root make
        three NUM 5 nummod
        arrests NOUN 3 obj arrest
        in ADP 7 case
        Arnor PROPN 3 obl""")
    assert [code for _, _, code in coded(doc, news_codebook)] == ["173"]


def test_a_headline_passive_codes_the_agent_as_source_and_the_subject_as_target(news_codebook):
    doc = build_document("""
        rebel NOUN 2 nsubj rebel
        killed VERB 0 root kill
        by ADP 4 case
        police NOUN 2 obl police
        in ADP 6 case
        Gondor PROPN 2 obl""")
    assert coded(doc, news_codebook) == [("---COP", "---REB", "190")]


def test_gathering_to_protest_or_for_a_rally_is_a_protest(news_codebook):
    to_protest = build_document("""
        Gondorian ADJ 2 amod Gondorian
        students NOUN 3 nsubj student
        gathered VERB 0 root gather
        in ADP 5 case
        Osgiliath PROPN 3 obl
        to PART 7 mark
        protest VERB 3 advcl protest""")
    for_rally = build_document("""
        Gondorian ADJ 2 amod Gondorian
        students NOUN 3 nsubj student
        converged VERB 0 root converge
        for ADP 6 case
        a DET 6 det
        rally NOUN 3 obl rally""")
    assert [code for _, _, code in coded(to_protest, news_codebook)] == ["141"]
    assert [code for _, _, code in coded(for_rally, news_codebook)] == ["141"]


def test_a_targetless_conjunct_of_the_same_kind_of_act_is_part_of_the_one_interaction(news_codebook):
    doc = build_document("""
        Mordor PROPN 2 nsubj
        shelled VERB 0 root shell
        Arnor PROPN 2 obj
        and CCONJ 5 cc
        attacked VERB 2 conj attack
        again ADV 5 advmod""")
    assert coded(doc, news_codebook) == [("MOR", "ARN", "190")]


def test_a_pronoun_in_the_complement_of_a_conjoined_speech_verb_is_the_shared_subject(news_codebook):
    doc = build_document("""
        Orc PROPN 2 compound
        Legion PROPN 3 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 3 obj
        and CCONJ 6 cc
        said VERB 3 conj say
        they PRON 8 nsubj they
        opposed VERB 6 ccomp oppose
        Arnorian ADJ 10 amod Arnorian
        troops NOUN 8 obj troops""")
    sources = {source for source, _, code in coded(doc, news_codebook) if code != "190"}
    assert sources == {"MORREB"}



def test_an_agent_owned_through_a_possessive_pronoun_takes_the_owners_country(news_codebook):
    doc = build_document("""
        Gondor PROPN 2 nsubj
        said VERB 0 root say
        its PRON 4 nmod:poss its
        troops NOUN 5 nsubj troops
        attacked VERB 2 ccomp attack
        Mordor PROPN 5 obj""")
    assert coded(doc, news_codebook) == [("GONMIL", "MOR", "190")]


@pytest.mark.parametrize("relation", ["xcomp", "acl"])
def test_a_statement_condemning_someone_is_its_issuers_condemnation(news_codebook, relation):
    # the compact parser reads the participle as an open complement of the verb as often as
    # as a modifier of the noun; the issuer condemns either way
    doc = build_document(f"""
        Gondor PROPN 2 nsubj
        issued VERB 0 root issue
        a DET 4 det
        statement NOUN 2 obj statement
        condemning VERB {2 if relation == "xcomp" else 4} {relation} condemn
        Mordor PROPN 5 obj""")
    assert coded(doc, news_codebook) == [("GON", "MOR", "111")]


def test_an_object_naming_no_one_does_not_control_the_complement(news_codebook):
    doc = build_document("""
        Gondorian ADJ 2 amod Gondorian
        diplomats NOUN 3 nsubj diplomat
        held VERB 0 root hold
        their PRON 5 nmod:poss their
        first NOUN 3 obj first
        meeting VERB 3 xcomp meet
        with ADP 8 case
        Arnor PROPN 6 obl""")
    assert coded(doc, news_codebook) == [("ARN", "GON", "040"), ("GON", "ARN", "040")]


def test_people_picked_up_by_police_are_detained(news_codebook):
    picked = build_document("""
        Gondorian ADJ 2 amod Gondorian
        police NOUN 3 nsubj police
        picked VERB 0 root pick
        up ADP 3 compound:prt up
        five NUM 6 nummod
        youths NOUN 3 obj youth""")
    assert [code for _, _, code in coded(picked, news_codebook)] == ["173"]


def test_an_object_the_source_owns_is_no_target(news_codebook, tmp_path):
    doc = build_document("""
        Gondor PROPN 2 nsubj
        sent VERB 0 root send
        its PRON 4 nmod:poss its
        troops NOUN 2 obj troops
        to ADP 6 case
        Arnor PROPN 2 obl""")
    assert coded(doc, news_codebook) == [("GON", "ARN", "154")]


def test_co_subjects_of_a_conflictual_act_on_an_object_act_together_not_on_each_other(news_codebook):
    on_a_town = build_document("""
        Gondor PROPN 4 nsubj
        and CCONJ 3 cc
        Arnor PROPN 1 conj
        shelled VERB 0 root shell
        the DET 6 det
        town NOUN 4 obj town""")
    each_other = build_document("""
        Gondor PROPN 4 nsubj
        and CCONJ 3 cc
        Arnor PROPN 1 conj
        fought VERB 0 root fight""")
    assert coded(on_a_town, news_codebook) == [("ARN", "", "190"), ("GON", "", "190")]
    assert coded(each_other, news_codebook) == [("ARN", "GON", "190"), ("GON", "ARN", "190")]


def test_fighting_between_two_parties_is_each_against_the_other(news_codebook):
    doc = build_document("""
        Clashes NOUN 6 nsubj clash
        between ADP 3 case
        Gondor PROPN 1 nmod
        and CCONJ 5 cc
        Arnor PROPN 3 conj
        erupted VERB 0 root erupt""")
    assert coded(doc, news_codebook) == [("ARN", "GON", "190"), ("GON", "ARN", "190")]


def test_forces_arresting_or_capturing_people_detain_them_with_the_shipped_codebook():
    # the imported block of seize and capture codes a military subject as occupying
    # territory (192); an arrest by troops is a detention
    doc = build_document("""
        troops NOUN 2 nsubj troops
        arrested VERB 0 root arrest
        two NUM 4 nummod
        rebels NOUN 2 obj rebel""")
    captured = build_document("""
        troops NOUN 2 nsubj troops
        captured VERB 0 root capture
        two NUM 4 nummod
        rebels NOUN 2 obj rebel""")
    shipped = load_codebook(None)
    assert coded(doc, shipped) == [("---MIL", "---REB", "173")]
    assert coded(captured, shipped) == [("---MIL", "---REB", "173")]


def test_exchanging_fire_is_mutual_though_fire_is_an_object(tmp_path):
    from conftest import small_codebook_variant
    book = small_codebook_variant(tmp_path, verbs_add=(
        '  - id: exchange\n    code: "---"\n    verbs: [exchange]\n    patterns:\n'
        '      - {id: exchange.fire, code: "193", match: [{slot: obj, words: [fire]}]}\n'))
    doc = build_document("""
        Gondor PROPN 4 nsubj
        and CCONJ 3 cc
        Arnor PROPN 1 conj
        exchanged VERB 0 root exchange
        fire NOUN 4 obj fire""")
    assert coded(doc, book) == [("ARN", "GON", "193"), ("GON", "ARN", "193")]


def test_denying_having_done_something_is_a_denial(news_codebook):
    doc = build_document("""
        Gondor PROPN 2 nsubj
        denied VERB 0 root deny
        any DET 4 det
        involvement NOUN 2 obj involvement""")
    assert [(source, code) for source, _, code in coded(doc, news_codebook)] == [("GON", "016")]


def test_clashes_breaking_out_between_two_parties_are_theirs(news_codebook):
    doc = build_document("""
        Clashes NOUN 2 nsubj clash
        broke VERB 0 root break
        out ADP 2 compound:prt out
        between ADP 5 case
        Gondor PROPN 2 obl
        and CCONJ 7 cc
        Arnor PROPN 5 conj""")
    assert coded(doc, news_codebook) == [("ARN", "GON", "190"), ("GON", "ARN", "190")]


def test_those_who_died_are_the_victims_not_the_source(news_codebook):
    doc = build_document("""
        five NUM 3 nummod
        Gondorian ADJ 3 amod Gondorian
        soldiers NOUN 4 nsubj soldier
        died VERB 0 root die
        in ADP 7 case
        the DET 7 det
        attack NOUN 4 obl attack""")
    assert coded(doc, news_codebook) == [("", "GONMIL", "190")]


def test_those_who_lost_their_lives_are_the_victims(news_codebook):
    doc = build_document("""
        ten NUM 3 nummod
        Gondorian ADJ 3 amod Gondorian
        soldiers NOUN 4 nsubj soldier
        lost VERB 0 root lose
        their PRON 6 nmod:poss their
        lives NOUN 4 obj life""")
    assert coded(doc, news_codebook) == [("", "GONMIL", "190")]


def test_an_act_under_a_support_verb_in_a_coded_verbs_complement_is_no_event_of_its_own(news_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        pressured VERB 0 root pressure
        Gondor PROPN 2 obj
        to PART 5 mark
        begin VERB 2 xcomp begin
        withdrawing VERB 5 xcomp withdraw
        troops NOUN 6 obj troops""")
    assert coded(doc, news_codebook) == [("ARN", "GON", "100")]  # no withdrawal by Gondor


def test_wire_abbreviations_of_country_names_are_the_countries(tmp_path):
    book = tmp_path / "book"
    book.mkdir()
    for name in ("agents.yaml", "discards.yaml"):
        shutil.copy(SMALL_CODEBOOK / name, book / name)
    (book / "codebook.yaml").write_text(
        "name: modern\ncameo: shipped:cameo.yaml\nactors: [shipped:actors/modern.yaml]\nagents: [agents.yaml]\n"
        "verbs: [shipped:verbs/core.yaml]\ndiscards: [discards.yaml]\ncountries: false\n")
    doc = build_document("""
        The DET 2 det
        PRC PROPN 3 nsubj
        criticized VERB 0 root criticize
        the DET 5 det
        KSA PROPN 3 obj""")
    assert coded(doc, load_codebook(book, use_cache=False)) == [("CHN", "SAU", "111")]


@pytest.fixture(scope="module")
def shipped_agents_codebook(tmp_path_factory):
    """The shipped curated verbs and agents, the small test actors."""
    book = tmp_path_factory.mktemp("agents") / "book"
    book.mkdir()
    for name in ("actors.yaml", "discards.yaml"):
        shutil.copy(SMALL_CODEBOOK / name, book / name)
    (book / "codebook.yaml").write_text(
        "name: shipped-agents\ncameo: shipped:cameo.yaml\nactors: [actors.yaml]\nagents: [shipped:agents/core.yaml]\n"
        "verbs: [shipped:verbs/core.yaml]\ndiscards: [discards.yaml]\ncountries: false\n")
    return load_codebook(book, use_cache=False)


def test_people_nabbed_or_held_as_suspects_are_arrested(shipped_agents_codebook):
    doc = build_document("""
        the DET 2 det
        accused VERB 4 nsubj:pass accuse
        was AUX 4 aux:pass be
        nabbed VERB 0 root nab""")
    assert coded(doc, shipped_agents_codebook) == [("", "---CRM", "173")]


def test_police_charging_protesters_with_batons_is_violent_repression(shipped_agents_codebook):
    doc = build_document("""
        the DET 2 det
        police NOUN 3 nsubj police
        lathicharged VERB 0 root lathicharged
        the DET 5 det
        protesters NOUN 3 obj protester""")
    assert coded(doc, shipped_agents_codebook) == [("---COP", "---PRO", "175")]


def test_the_doer_of_the_attack_a_killing_happened_in_is_its_source(news_codebook):
    doc = build_document("""
        Gondorian ADJ 2 amod Gondorian
        soldiers NOUN 4 nsubj:pass soldier
        were AUX 4 aux:pass be
        killed VERB 0 root kill
        in ADP 9 case
        an DET 9 det
        Arnorian ADJ 9 amod Arnorian
        air NOUN 9 compound air
        strike NOUN 4 obl strike
        on ADP 11 case
        Bree PROPN 9 nmod""")
    assert coded(doc, news_codebook) == [("ARN", "GONMIL", "190")]


def test_a_place_naming_the_attack_or_an_act_that_is_no_violence_has_no_doer(news_codebook):
    place = build_document("""
        Gondorian ADJ 2 amod Gondorian
        soldiers NOUN 4 nsubj:pass soldier
        were AUX 4 aux:pass be
        killed VERB 0 root kill
        in ADP 9 case
        a DET 9 det
        Arnor PROPN 9 compound
        air NOUN 9 compound air
        strike NOUN 4 obl strike""")
    withdrawal = build_document("""
        troops NOUN 3 nsubj:pass troops
        were AUX 3 aux:pass be
        withdrawn VERB 0 root withdraw
        in ADP 7 case
        an DET 7 det
        Arnorian ADJ 7 amod Arnorian
        attack NOUN 3 obl attack""")
    assert all(source != "ARN" for source, _, _ in coded(place, news_codebook))
    assert all(source != "ARN" for source, _, _ in coded(withdrawal, news_codebook))

def test_succumbing_to_injuries_is_dying_and_martyred_soldiers_are_killed(shipped_agents_codebook):
    succumbed = build_document("""
        the DET 2 det
        soldier NOUN 3 nsubj soldier
        succumbed VERB 0 root succumb
        to ADP 6 case
        his PRON 6 nmod:poss he
        injuries NOUN 3 obl injury""")
    martyred = build_document("""
        a DET 2 det
        jawan NOUN 4 nsubj:pass jawan
        was AUX 4 aux:pass be
        martyred VERB 0 root martyr""")
    assert coded(succumbed, shipped_agents_codebook) == [("", "---MIL", "190")]
    assert coded(martyred, shipped_agents_codebook) == [("", "---MIL", "190")]


def test_police_catching_suspects_detain_them_people_caught_in_a_flood_are_not(shipped_agents_codebook):
    arrest = build_document("""
        police NOUN 2 nsubj police
        caught VERB 0 root catch
        the DET 4 det
        suspects NOUN 2 obj suspect""")
    flood = build_document("""
        four NUM 2 nummod
        men NOUN 4 nsubj:pass man
        were AUX 4 aux:pass be
        caught VERB 0 root catch
        in ADP 6 case
        floods NOUN 4 obl flood""")
    assert coded(arrest, shipped_agents_codebook) == [("---COP", "---CRM", "173")]
    assert all(code != "173" for _, _, code in coded(flood, shipped_agents_codebook))


def test_sending_someone_to_act_is_the_senders_act(news_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        sent VERB 0 root send
        troops NOUN 2 obj troops
        to PART 5 mark
        attack VERB 2 advcl attack
        Gondor PROPN 5 obj""")
    assert coded(doc, news_codebook) == [("ARN", "GON", "190")]  # not the sending (154)


def test_a_sending_announced_is_an_announced_act(news_codebook):
    doc = build_document("""
        Arnor PROPN 3 nsubj
        will AUX 3 aux will
        send VERB 0 root send
        inspectors NOUN 3 obj inspector
        to PART 6 mark
        investigate VERB 3 advcl investigate
        Gondor PROPN 6 obj""")
    assert [(e.code, e.modality) for e in code_document(doc, news_codebook)] == [("090", "future")]


def test_killed_some_and_wounded_others_is_one_assault(tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add=(
        '  - {id: kill, code: "190", verbs: [kill]}\n'
        '  - {id: wound, code: "180", verbs: [wound]}\n'
        '  - {id: abduct, code: "181", verbs: [abduct]}\n'))
    wounded = build_document("""
        Mordor PROPN 2 nsubj
        killed VERB 0 root kill
        two NUM 5 nummod
        Gondorian ADJ 5 amod Gondorian
        soldiers NOUN 2 obj soldier
        and CCONJ 7 cc
        wounded VERB 2 conj wound
        five NUM 9 nummod
        others NOUN 7 obj other""")
    abducted = build_document("""
        Mordor PROPN 2 nsubj
        abducted VERB 0 root abduct
        and CCONJ 4 cc
        killed VERB 2 conj kill
        two NUM 7 nummod
        Gondorian ADJ 7 amod Gondorian
        soldiers NOUN 4 obj soldier""")
    assert coded(wounded, book) == [("MOR", "GONMIL", "190")]
    assert sorted(code for _, _, code in coded(abducted, book)) == ["181", "190"]  # two acts


def test_a_blockade_and_a_burning_told_together_are_two_acts(tmp_path):
    """Both coerce (PLOVER), but a blockade (191, restrict) and property burned (171, seize)
    are two acts, not the casualties of one: the burning keeps its event without a target."""
    book = small_codebook_variant(tmp_path, verbs_add=(
        '  - {id: blockade, code: "191", verbs: [blockade]}\n'
        '  - {id: torch, code: "171", verbs: [torch]}\n'))
    doc = build_document("""
        Mordor PROPN 2 nsubj
        blockaded VERB 0 root blockade
        Gondor PROPN 2 obj
        and CCONJ 5 cc
        torched VERB 2 conj torch
        two NUM 7 nummod
        trucks NOUN 5 obj truck""")
    assert sorted(coded(doc, book)) == [("MOR", "", "171"), ("MOR", "GON", "191")]
    # a killing (190, no mode) and a beating (182, beat) of others stay one assault
    book = small_codebook_variant(tmp_path / "assault", verbs_add=(
        '  - {id: kill, code: "190", verbs: [kill]}\n  - {id: beat, code: "182", verbs: [beat]}\n'))
    doc = build_document("""
        Mordor PROPN 2 nsubj
        killed VERB 0 root kill
        Gondor PROPN 2 obj
        and CCONJ 5 cc
        beat VERB 2 conj beat
        others NOUN 5 obj other""")
    assert coded(doc, book) == [("MOR", "GON", "190")]


def test_a_lower_case_plural_is_no_plural_of_a_place_name(tmp_path):
    book = small_codebook_variant(tmp_path, files={"actors.yaml": (
        "kind: actors\nentries:\n  - {names: [Gondor], code: GON}\n  - {names: [tyre], code: ARN}\n")})
    cased = build_document("""
        Gondor PROPN 2 nsubj
        burned VERB 0 root burn
        tyres NOUN 2 obj tyre""")
    lower = build_document("""
        gondor PROPN 2 nsubj
        burned VERB 0 root burn
        tyres NOUN 2 obj tyre""")
    from coder.code.mentions import sentence_mentions
    assert [m.code for m in sentence_mentions(cased.sentences[0], book, None)] == ["GON"]
    assert [m.code for m in sentence_mentions(lower.sentences[0], book, None)] == ["GON", "ARN"]


def test_a_name_after_anti_or_pro_and_a_hyphen_is_not_the_phrases_actor(news_codebook):
    attached = written_with_hyphens_joined(build_document("""
        Gondorian ADJ 2 amod Gondorian
        troops NOUN 3 nsubj troops
        attacked VERB 0 root attack
        anti- ADJ 6 amod
        Arnor PROPN 6 compound
        rebels NOUN 3 obj rebel"""))
    apart = written_with_hyphens_joined(build_document("""
        Gondorian ADJ 2 amod Gondorian
        troops NOUN 3 nsubj troops
        attacked VERB 0 root attack
        pro ADJ 7 amod
        - PUNCT 4 punct
        Arnor PROPN 7 compound
        rebels NOUN 3 obj rebel"""))
    assert coded(attached, news_codebook) == [("GONMIL", "---REB", "190")]
    assert coded(apart, news_codebook) == [("GONMIL", "---REB", "190")]


def test_a_name_after_the_hyphenated_attitude_word_is_the_phrases_actor(news_codebook):
    doc = written_with_hyphens_joined(build_document("""
        Gondorian ADJ 2 amod Gondorian
        troops NOUN 3 nsubj troops
        attacked VERB 0 root attack
        anti- ADJ 7 amod
        government NOUN 7 compound government
        Arnor PROPN 7 compound
        rebels NOUN 3 obj rebel"""))
    assert coded(doc, news_codebook) == [("GONMIL", "ARNREB", "190")]


def test_a_codebook_name_that_begins_with_an_attitude_prefix_stays_whole(tmp_path):
    agents = (SMALL_CODEBOOK / "agents.yaml").read_text() + \
        "  - {names: [anti-government fighters], code: INS}\n"
    book = small_codebook_variant(tmp_path, files={"agents.yaml": agents})
    doc = written_with_hyphens_joined(build_document("""
        anti- ADJ 3 amod
        government NOUN 3 compound government
        fighters NOUN 4 nsubj fighter
        attacked VERB 0 root attack
        Gondor PROPN 4 obj"""))
    assert coded(doc, book) == [("---INS", "GON", "190")]



def test_a_hyphenated_name_matches_the_tokens_a_parser_splits_it_into(tmp_path):
    actors = (SMALL_CODEBOOK / "actors.yaml").read_text() + \
        "  - {names: [Ered-Luin Guard], code: ARNMIL, type: organization, country: ARN}\n"
    book = small_codebook_variant(tmp_path, files={"actors.yaml": actors})
    doc = build_document("""
        Ered PROPN 4 compound
        - PUNCT 1 punct
        Luin PROPN 4 compound
        Guard PROPN 5 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 5 obj""")
    assert coded(doc, book) == [("ARNMIL", "GON", "190")]


def test_a_named_organization_goes_by_its_name_in_acled_columns(news_codebook):
    doc = build_document("""
        Orc PROPN 2 compound
        Legion PROPN 3 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 3 obj""")
    [event] = code_document(doc, news_codebook)
    assert event.source.acled_name == "Orc Legion"  # not "Unidentified Armed Group (Mordor)"
    assert event.target.acled_name is None  # a country: named by its agent or type


def test_the_other_side_of_a_gunfight_someone_was_killed_in_is_the_killer(news_codebook):
    doc = build_document("""
        Two NUM 2 nummod
        rebels NOUN 4 nsubj:pass rebel
        were AUX 4 aux:pass be
        killed VERB 0 root kill
        in ADP 7 case
        a DET 7 det
        gunfight NOUN 4 obl gunfight
        with ADP 10 case
        the DET 10 det
        army NOUN 7 nmod army""")
    assert coded(doc, news_codebook) == [("---MIL", "---REB", "190")]


def test_the_doer_of_the_attack_someone_was_killed_in_is_the_killer(news_codebook):
    doc = build_document("""
        Three NUM 2 nummod
        soldiers NOUN 4 nsubj:pass soldier
        were AUX 4 aux:pass be
        killed VERB 0 root kill
        when ADV 7 advmod when
        rebels NOUN 7 nsubj rebel
        attacked VERB 4 advcl attack
        their PRON 9 nmod:poss they
        convoy NOUN 7 obj convoy""")
    assert ("---REB", "---MIL", "190") in coded(doc, news_codebook)
    fled = build_document("""
        He PRON 3 nsubj:pass he
        was AUX 3 aux:pass be
        killed VERB 0 root kill
        when ADV 6 advmod when
        he PRON 6 nsubj he
        fled VERB 3 advcl flee""")
    assert all(source == "" for source, _, _ in coded(fled, news_codebook))  # fleeing is no act of force


def test_in_text_written_all_in_lower_case_a_noun_may_be_an_acronym(tmp_path):
    actors = (SMALL_CODEBOOK / "actors.yaml").read_text() + \
        "  - {names: [GRPF], code: GONCOP, type: organization, country: GON}\n"
    book = small_codebook_variant(tmp_path, files={"actors.yaml": actors})
    lower = build_document("""
        grpf NOUN 2 nsubj grpf
        attacked VERB 0 root attack
        mordor PROPN 2 obj mordor""")
    cased = build_document("""
        The DET 2 det
        grpf NOUN 3 nsubj grpf
        attacked VERB 0 root attack
        Mordor PROPN 3 obj""")
    assert coded(lower, book) == [("GONCOP", "MOR", "190")]
    assert coded(cased, book) == [("", "MOR", "190")]  # a text with capitals writes its acronyms so


def test_in_lower_case_text_an_agent_word_is_no_acronym_spelled_like_it(tmp_path):
    actors = (SMALL_CODEBOOK / "actors.yaml").read_text() + \
        "  - {names: [REBEL], code: ROHREB, type: organization, country: ROH}\n"
    book = small_codebook_variant(tmp_path, files={"actors.yaml": actors})
    lower = build_document("""
        rebel NOUN 2 nsubj rebel
        attacked VERB 0 root attack
        mordor PROPN 2 obj mordor""")
    assert coded(lower, book) == [("---REB", "MOR", "190")]  # the agent, not the group spelled REBEL


def test_the_one_who_orders_an_act_does_it(news_codebook):
    """"Arnor ordered troops to attack Gondor": a verb of command (profile command_verbs)
    makes its subject the doer of the ordered act, not the object it orders."""
    doc = build_document("""
        Arnor PROPN 2 nsubj
        ordered VERB 0 root order
        troops NOUN 2 obj troops
        to PART 5 mark
        attack VERB 2 xcomp attack
        Gondor PROPN 5 obj""")
    assert coded(doc, news_codebook) == [("ARN", "GON", "190")]


def test_an_ordered_act_without_a_target_targets_the_one_ordered(news_codebook):
    """"Arnor ordered Gondor to expel diplomats": the expulsion is Arnor's, on Gondor; the
    same parsed as an infinitive on the object."""
    spec = """
        Arnor PROPN 2 nsubj
        ordered VERB 0 root order
        Gondor PROPN 2 obj
        to PART 5 mark
        expel VERB {0} expel
        diplomats NOUN 5 obj diplomat"""
    assert coded(build_document(spec.format("2 xcomp")), news_codebook) == [("ARN", "GON", "161")]
    assert coded(build_document(spec.format("3 acl")), news_codebook) == [("ARN", "GON", "161")]


def test_an_ordered_act_that_codes_nothing_is_a_demand(news_codebook):
    """"Arnor ordered Gondor to appear": nothing codes "appear", so the order is Arnor's
    demand on Gondor (CAMEO's generic demand); a passive order names no one who orders."""
    doc = build_document("""
        Arnor PROPN 2 nsubj
        ordered VERB 0 root order
        Gondor PROPN 2 obj
        to PART 5 mark
        appear VERB 2 xcomp appear""")
    assert coded(doc, news_codebook) == [("ARN", "GON", "100")]
    passive = build_document("""
        Arnorian ADJ 2 amod Arnorian
        troops NOUN 4 nsubj:pass troops
        were AUX 4 aux:pass be
        ordered VERB 0 root order
        to PART 6 mark
        attack VERB 4 xcomp attack
        Gondor PROPN 6 obj""")
    assert coded(passive, news_codebook) == [("ARNMIL", "GON", "190")]


def test_an_agentless_passive_of_force_naming_no_actor_is_an_event_of_unknown_actors(news_codebook):
    """"Two shops were torched in Gondor": an act of material conflict whose doer is not
    named and whose patient is no actor is still an event (ACLED-style output), with neither
    actor (the place is where it happened); not when dyads are required, and not for an act
    that is no material conflict."""
    spec = """
        Two NUM 2 nummod two
        shops NOUN 4 nsubj:pass shop
        were AUX 4 aux:pass be
        {0} VERB 0 root {1}
        in ADP 6 case
        Gondor PROPN 4 obl"""
    torched = build_document(spec.format("torched", "torch"))
    assert coded(torched, news_codebook) == [("", "", "1712")]
    assert code_document(torched, news_codebook, require_dyad=True) == []
    assert coded(build_document(spec.format("praised", "praise")), news_codebook) == []


def test_a_pattern_word_on_a_compound_modifier_does_not_fit_a_phrase_headed_by_an_agent(tmp_path):
    """"attacked Gondorian government troops": the troops are attacked (a phrase headed by
    an agent names who, not what), not "the government" of a pattern for criticism; a
    compound whose head names no agent still fits ("attacked the government plan")."""
    book = small_codebook_variant(tmp_path, replace={
        "    nouns: [attack, airstrike]\n": "    nouns: [attack, airstrike]\n"
        "    patterns:\n      - {id: attack.government, code: \"111\", match: [{slot: obj, words: [government]}]}\n"})
    spec = """
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondorian ADJ 5 amod Gondorian
        government NOUN 5 compound government
        {0} NOUN 2 obj {0}"""
    assert coded(build_document(spec.format("troops")), book) == [("ARN", "GONMIL", "190")]
    assert [code for _, _, code in coded(build_document(spec.format("plan")), book)] == ["111"]


def test_a_compound_subject_of_a_reciprocal_act_acts_on_itself_not_on_a_topic(small_codebook):
    """"Arnor and Gondor met on Mordor's withdrawal": an actor in a phrase that names no
    partner (profile prepositions.partner) is no party; "met with Rohan" is."""
    spec = """
        Arnor PROPN 4 nsubj
        and CCONJ 3 cc
        Gondor PROPN 1 conj
        met VERB 0 root meet
        {0} ADP 7 case {0}
        {1}
        {2} NOUN 4 obl {2}"""
    topic = build_document(spec.format("on", "Mordor PROPN 7 nmod:poss", "withdrawal"))
    assert coded(topic, small_codebook) == [("ARN", "GON", "040"), ("GON", "ARN", "040")]
    partner = build_document(spec.format("with", "the DET 7 det", "Rohan"))
    assert ("ARN", "ROH", "040") in coded(partner, small_codebook)


def test_an_agentless_passive_aimed_at_a_target_takes_its_source_from_its_from_phrase(news_codebook, tmp_path):
    """"Rockets were fired at Gondor from Mordor": Mordor fired them (PETRARCH-2 reads a
    passive's source after "by", "from" and "in"). Without a target phrase the "from" phrase is
    where from ("a Gondorian was abducted from Mordor"), "in" is where; a "by" phrase naming
    no actor still names the doer; a participle is no clause's passive."""
    spec = """
        {0} NOUN 3 nsubj:pass {0}
        were AUX 3 aux:pass be
        fired VERB 0 root fire
        {1} ADP 5 case
        Gondor PROPN 3 obl Gondor
        {2} ADP 7 case
        Mordor PROPN 3 obl Mordor
        {3}"""
    book = small_codebook_variant(tmp_path, verbs_add='  - {id: fire, code: "190", verbs: [fire]}\n')

    def pairs(*rows):
        return [(s, t) for s, t, _ in coded(build_document(spec.format(*rows)), book)]

    assert pairs("Rockets", "at", "from", "") == [("MOR", "GON")]
    assert pairs("Rockets", "at", "in", "") == [("", "GON")]
    assert pairs("Rockets", "at", "from", "by ADP 9 case\n        strangers NOUN 3 obl:agent stranger") == [("", "GON")]
    assert pairs("Gondorians", "near", "from", "") == [("", "GON")]  # "were abducted from Mordor"
    participle = build_document("""
        Rockets NOUN 0 root rocket
        fired VERB 1 acl fire
        at ADP 4 case
        Gondor PROPN 2 obl Gondor
        from ADP 6 case
        Mordor PROPN 2 obl Mordor""")
    assert ("MOR", "GON") not in [(s, t) for s, t, _ in coded(participle, book)]


def test_an_announced_attack_if_another_actor_acts_is_a_threat_aimed_at_that_actor(news_codebook):
    # "Gondor said it would strike if Mordor sent troops": the announced act is coded as its
    # intent (1384, a threat; 1312 for "would impose sanctions if") and the condition's actor
    # is its target (the profile's threat_condition_markers)
    def strike(marker):
        return coded(build_document(f"""
            Gondor PROPN 2 nsubj
            said VERB 0 root say
            it PRON 5 nsubj
            would AUX 5 aux
            attack VERB 2 ccomp attack
            {marker} SCONJ 8 mark
            Mordor PROPN 8 nsubj
            sent VERB 5 advcl send
            troops NOUN 8 obj troops"""), news_codebook)

    assert strike("if") == [("GON", "MOR", "1384")]
    assert [t for t in strike("because") if t[2] == "1384"] == [("GON", "", "1384")]  # no condition
    # the condition before the act ("said that if Mordor sent troops it would attack")
    first = coded(build_document("""
        Gondor PROPN 2 nsubj
        said VERB 0 root say
        if SCONJ 5 mark
        Mordor PROPN 5 nsubj
        sent VERB 9 advcl send
        troops NOUN 5 obj troops
        it PRON 9 nsubj
        would AUX 9 aux
        attack VERB 2 ccomp attack"""), news_codebook)
    assert first == [("GON", "MOR", "1384")]
    # an announced act that is no threat stays as it was ("would withdraw its troops if ...")
    withdraw = coded(build_document("""
        Gondor PROPN 3 nsubj
        would AUX 3 aux
        withdraw VERB 0 root withdraw
        troops NOUN 3 obj troops
        if SCONJ 7 mark
        Mordor PROPN 7 nsubj
        attacks VERB 3 advcl attack
        Arnor PROPN 7 obj"""), news_codebook)
    assert [code for _, target, code in withdraw if target == "MOR"] == []


def test_a_container_noun_before_of_lets_the_pattern_word_after_it_match(news_codebook):
    # "police seized a cache of weapons": the weapons are what is seized (1711), as in
    # "seized weapons"; the profile's quantifiers name such heads
    doc = build_document("""
        Gondorian ADJ 2 amod Gondorian
        police NOUN 3 nsubj police
        seized VERB 0 root seize
        a DET 5 det
        cache NOUN 3 obj cache
        of ADP 7 case
        weapons NOUN 5 nmod weapon""")
    assert coded(doc, news_codebook) == [("GONCOP", "", "1711")]


def test_deploying_police_or_peacekeepers_is_not_an_occupation_or_an_intent(news_codebook):
    def deployed(obj):
        return [code for _, _, code in coded(build_document(f"""
            Gondor PROPN 2 nsubj
            deployed VERB 0 root deploy
            {obj} NOUN 2 obj {obj}"""), news_codebook)]

    assert deployed("police") == ["153"]
    assert deployed("peacekeepers") == ["074"]
    assert deployed("troops") == ["154"]


def test_military_drills_demonstrate_military_power_and_joint_ones_are_cooperation(news_codebook):
    drills = build_document("""
        Gondor PROPN 2 nsubj
        held VERB 0 root hold
        military ADJ 4 amod
        drills NOUN 2 obj drill
        near ADP 6 case
        Arnor PROPN 4 nmod""")
    assert [code for _, _, code in coded(drills, news_codebook)] == ["150"]
    joint = build_document("""
        Gondor PROPN 4 nsubj
        and CCONJ 3 cc
        Arnor PROPN 1 conj
        held VERB 0 root hold
        joint ADJ 6 amod
        exercises NOUN 4 obj exercise""")
    assert {code for _, _, code in coded(joint, news_codebook)} == {"062"}


def test_an_amount_of_money_fits_a_pattern_word_as_what_it_is_given_as(news_codebook):
    # "Gondor sent $50 million in military aid": the currency sign heads the object (the
    # compact model's reading), the aid hangs on its number; "50 million dollars in aid" too
    sign = build_document("""
        Gondor PROPN 2 nsubj
        sent VERB 0 root send
        $ SYM 2 obj
        50 NUM 5 nummod
        million NOUN 3 nummod
        in ADP 8 case
        military ADJ 8 amod
        aid NOUN 5 nmod""")
    assert [code for _, _, code in coded(sign, news_codebook)] == ["072"]
    dollars = build_document("""
        Gondor PROPN 2 nsubj
        sent VERB 0 root send
        50 NUM 5 nummod
        million NUM 5 nummod
        dollars NOUN 2 obj dollar
        in ADP 7 case
        aid NOUN 5 nmod""")
    assert [code for _, _, code in coded(dollars, news_codebook)] == ["070"]
    # any other preposition names no such thing: "$50 million for the rebuilding of roads"
    other = build_document("""
        Gondor PROPN 2 nsubj
        sent VERB 0 root send
        $ SYM 2 obj
        50 NUM 5 nummod
        million NOUN 3 nummod
        for ADP 7 case
        aid NOUN 5 nmod""")
    assert [code for _, _, code in coded(other, news_codebook)] != ["070"]


def test_protesters_clashing_riot_and_other_clashes_stay_fighting(news_codebook, tmp_path):
    protesters = build_document("""
        protesters NOUN 2 nsubj protester
        clashed VERB 0 root clash
        with ADP 5 case
        Gondorian ADJ 5 amod Gondorian
        police NOUN 2 obl police""")
    assert coded(protesters, news_codebook) == [("", "GONCOP", "145")]
    rebels = build_document("""
        Gondorian ADJ 2 amod Gondorian
        troops NOUN 3 nsubj troops
        clashed VERB 0 root clash
        with ADP 5 case
        rebels NOUN 3 obl rebel""")
    assert [code for _, _, code in coded(rebels, news_codebook)] == ["190"]


def test_letting_aid_agencies_in_is_allowing_humanitarian_access(news_codebook):
    # "Gondor allowed (aid) agencies/peacekeepers/inspectors into the camps": CAMEO 086x
    def allowed(*obj):
        camps = len(obj) + 4
        return [code for _, _, code in coded(build_document("\n".join([
            "Gondor PROPN 2 nsubj", "allowed VERB 0 root allow", *obj,
            f"into ADP {camps} case", "camps NOUN 2 obl camp"])), news_codebook)]

    assert allowed("aid NOUN 4 compound", "agencies NOUN 2 obj agency") == ["0863"]
    assert allowed("peacekeepers NOUN 2 obj peacekeeper") == ["0861"]
    assert allowed("inspectors NOUN 2 obj inspector") == ["0862"]


def test_saying_it_carried_out_an_attack_claims_responsibility(news_codebook):
    # "the Orc Legion said it carried out the attack on Gondorian troops": the speaker's own act
    # of force reported as done is its claim of responsibility (015), the attack still coded
    # and reported by it
    def said(*clause):
        return sorted((e.source.code if e.source else "", e.target.code if e.target else "", e.code,
                       e.reported_by.code if e.reported_by else "")
                      for e in code_document(build_document("\n".join(
                          ["Orc PROPN 2 compound", "Legion PROPN 3 nsubj", "said VERB 0 root say", *clause])),
                          news_codebook))

    carried = said("it PRON 5 nsubj", "carried VERB 3 ccomp carry", "out ADP 5 compound:prt", "the DET 8 det",
                   "attack NOUN 5 obj attack", "on ADP 11 case", "Gondorian ADJ 11 amod Gondorian",
                   "troops NOUN 8 nmod troops")
    assert carried == [("MORREB", "GONMIL", "015", ""), ("MORREB", "GONMIL", "190", "MORREB")]
    attacked = said("it PRON 5 nsubj", "attacked VERB 3 ccomp attack", "Gondorian ADJ 7 amod Gondorian",
                    "troops NOUN 5 obj troops")
    assert [e[2] for e in attacked] == ["015", "190"]
    # an act still ahead is a threat, no claim; another's act is attributed, no claim
    would = said("it PRON 6 nsubj", "would AUX 6 aux", "attack VERB 3 ccomp attack",
                 "Gondorian ADJ 8 amod Gondorian", "troops NOUN 6 obj troops")
    assert [e[2] for e in would] == ["1384"]
    other = said("Gondor PROPN 5 nsubj", "attacked VERB 3 ccomp attack", "Arnor PROPN 5 obj")
    assert [e[2] for e in other] == ["190"]
    # a state's forces reporting their own operation claim nothing: "the Gondorian army said
    # it attacked the Orc Legion"
    army = code_document(build_document("""
        Gondorian ADJ 2 amod Gondorian
        army NOUN 3 nsubj
        said VERB 0 root say
        it PRON 5 nsubj
        attacked VERB 3 ccomp attack
        Orc PROPN 7 compound
        Legion PROPN 5 obj"""), news_codebook)
    assert [e.code for e in army] == ["190"]


def test_what_a_threat_demand_release_or_attack_names_chooses_the_subcode(news_codebook):
    def codes(spec):
        return [code for _, _, code in coded(build_document(spec), news_codebook)]

    # "Gondor threatened Arnor with sanctions" 1312; "... with military action" 138
    assert codes("""
        Gondor PROPN 2 nsubj
        threatened VERB 0 root threaten
        Arnor PROPN 2 obj
        with ADP 5 case
        sanctions NOUN 2 obl sanction""") == ["1312"]
    # "rebels warned of more attacks" 138
    assert codes("""
        Orc PROPN 2 compound
        Legion PROPN 3 nsubj
        warned VERB 0 root warn
        of ADP 6 case
        more ADJ 6 amod
        attacks NOUN 3 obl attack""") == ["138"]
    # "the opposition demanded the resignation of the minister" 1041, "... the release of" 1053
    for noun, code in (("resignation", "1041"), ("release", "1053")):
        assert codes(f"""
            Gondorian ADJ 2 amod Gondorian
            opposition NOUN 3 nsubj
            demanded VERB 0 root demand
            the DET 5 det
            {noun} NOUN 3 obj {noun}""") == [code]
    # "rebels freed 12 soldiers" 0841 (the imported block's default is 080)
    assert codes("""
        Orc PROPN 2 compound
        Legion PROPN 3 nsubj
        freed VERB 0 root free
        12 NUM 5 nummod
        soldiers NOUN 3 obj soldier""") == ["0841"]
    # "Gondorian warplanes struck the town": aerial weapons, 195
    assert codes("""
        Gondorian ADJ 2 amod Gondorian
        warplanes NOUN 3 nsubj warplane
        struck VERB 0 root strike
        Arnorian ADJ 5 amod Arnorian
        positions NOUN 3 obj position""") == ["195"]


def test_negotiating_with_an_actor_is_a_negotiation_and_vowing_not_to_is_a_refusal():
    """The imported block of compromise/settle/negotiate codes any "with" phrase as diplomatic
    cooperation (050); negotiating with someone negotiates (046), and a vow not to negotiate
    with them refuses it (125), through the negotiation's intent (036)."""
    doc = build_document("""
        rebels NOUN 2 nsubj rebel
        negotiated VERB 0 root negotiate
        with ADP 4 case
        troops NOUN 2 obl troops""")
    vowed = build_document("""
        rebels NOUN 2 nsubj rebel
        vowed VERB 0 root vow
        not PART 5 advmod
        to PART 5 mark
        negotiate VERB 2 xcomp negotiate
        with ADP 7 case
        troops NOUN 5 obl troops""")
    shipped = load_codebook(None)
    assert ("---REB", "---MIL", "046") in coded(doc, shipped)
    assert coded(vowed, shipped) == [("---REB", "---MIL", "125")]


def test_a_wrongdoing_reported_as_done_by_another_is_an_accusation(news_codebook):
    """"Gondor told reporters that the election had been rigged by Mordor": a speech verb whose
    complement reports an act the profile lists as wrongdoing (coding nothing of its own) by
    another actor accuses it (112); not when the act is negated, nor one with no named doer."""
    doc = build_document("""
        Gondor PROPN 2 nsubj
        told VERB 0 root tell
        reporters NOUN 2 iobj reporter
        that SCONJ 9 mark
        the DET 6 det
        election NOUN 9 nsubj:pass election
        had AUX 9 aux have
        been AUX 9 aux:pass be
        rigged VERB 2 ccomp rig
        by ADP 11 case
        Mordor PROPN 9 obl""")
    assert coded(doc, news_codebook) == [("GON", "MOR", "112")]
    negated = build_document("""
        Gondor PROPN 2 nsubj
        said VERB 0 root say
        Mordor PROPN 5 nsubj
        never ADV 5 advmod
        rigged VERB 2 ccomp rig
        the DET 7 det
        election NOUN 5 obj election""")
    assert coded(negated, news_codebook) == []
    agentless = build_document("""
        Gondor PROPN 2 nsubj
        said VERB 0 root say
        the DET 4 det
        election NOUN 6 nsubj:pass election
        was AUX 6 aux:pass be
        rigged VERB 2 ccomp rig""")
    assert coded(agentless, news_codebook) == []


def test_violence_by_another_claimed_by_a_speaker_is_an_accusation(tmp_path):
    """"Gondor claimed that Mordor had attacked Arnor": a speech verb that the codebook also
    knows as a disapproval that accuses (a block coding 110, as the imported "allege" block
    does for "claim") reporting violence by another accuses the doer (112), as PETRARCH-2's
    CLAIM + ATTACK does; "said" only reports the attack."""
    book = tmp_path / "book"
    book.mkdir()
    for name in ("actors.yaml", "agents.yaml", "discards.yaml"):
        shutil.copy(SMALL_CODEBOOK / name, book / name)
    (book / "allege.yaml").write_text('kind: verbs\nentries:\n  - {id: allege, code: "110", verbs: [claim, allege]}\n')
    (book / "codebook.yaml").write_text(
        "name: allege\ncameo: shipped:cameo.yaml\nactors: [actors.yaml]\nagents: [agents.yaml]\n"
        "verbs: [shipped:verbs/core.yaml, allege.yaml]\ndiscards: [discards.yaml]\ncountries: false\n")
    codebook = load_codebook(book, use_cache=False)

    def reported(verb: str, lemma: str):
        return build_document(f"""
            Gondor PROPN 2 nsubj
            {verb} VERB 0 root {lemma}
            that SCONJ 6 mark
            Mordor PROPN 6 nsubj
            had AUX 6 aux have
            attacked VERB 2 ccomp attack
            Arnor PROPN 6 obj""")
    assert ("GON", "MOR", "112") in coded(reported("claimed", "claim"), codebook)
    assert coded(reported("said", "say"), codebook) == [("MOR", "ARN", "190")]
    # unnamed fighters may be the speaker's own ("ISIS claimed its fighters recaptured ..."): no accusation
    fighters = build_document("""
        Gondor PROPN 2 nsubj
        claimed VERB 0 root claim
        rebels NOUN 4 nsubj rebel
        attacked VERB 2 ccomp attack
        Arnor PROPN 4 obj""")
    assert [code for _, _, code in coded(fighters, codebook)] == ["190"]


def test_extraditing_someone_to_a_state_cooperates_with_that_state(news_codebook):
    """"Gondor extradited two rebels to Mordor": judicial cooperation with Mordor (063), the
    state the rebels are handed to, not with the rebels."""
    doc = build_document("""
        Gondor PROPN 2 nsubj
        extradited VERB 0 root extradite
        two NUM 4 nummod
        rebels NOUN 2 obj rebel
        to ADP 6 case
        Mordor PROPN 2 obl""")
    assert coded(doc, news_codebook) == [("GON", "MOR", "063")]
