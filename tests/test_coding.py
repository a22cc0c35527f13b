"""Coding on hand-built UD parses: no model needed."""

from __future__ import annotations

from coder.code import CodingOptions, code_document
from conftest import SMALL_CODEBOOK, build_document, small_codebook_variant


def triples(doc, codebook, **kw):
    return sorted(e.triple for e in code_document(doc, codebook, **kw))


def test_subject_verb_object_is_coded_as_source_target_code(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj
        . PUNCT 2 punct""")
    events = code_document(doc, small_codebook)
    assert [e.triple for e in events] == [("ARN", "GON", "190")]
    event = events[0]
    assert event.pattern_id == "attack" and event.pattern_ref.startswith("verbs.yaml:")
    assert (event.verb_text, event.verb_head) == ("attacked", 2)
    assert event.source.entries and event.source.entries[0].startswith("actors.yaml:")
    assert (event.source.start_char, event.source.end_char) == (0, 5)


def test_passive_takes_source_from_agent_and_target_from_subject(small_codebook):
    doc = build_document("""
        Gondor PROPN 3 nsubj:pass
        was AUX 3 aux:pass be
        attacked VERB 0 root attack
        by ADP 5 case
        Arnor PROPN 3 obl:agent""")
    assert triples(doc, small_codebook) == [("ARN", "GON", "190")]


def test_conjoined_actors_give_one_event_per_pair(small_codebook):
    doc = build_document("""
        Arnor PROPN 4 nsubj
        and CCONJ 3 cc
        Rohan PROPN 1 conj
        attacked VERB 0 root attack
        Gondor PROPN 4 obj
        and CCONJ 7 cc
        Mordor PROPN 5 conj""")
    assert triples(doc, small_codebook) == [("ARN", "GON", "190"), ("ARN", "MOR", "190"),
                                            ("ROH", "GON", "190"), ("ROH", "MOR", "190")]


def test_negated_predicate_is_not_emitted(small_codebook):
    doc = build_document("""
        Arnor PROPN 4 nsubj
        did AUX 4 aux do
        not PART 4 advmod
        attack VERB 0 root
        Gondor PROPN 4 obj""")
    assert triples(doc, small_codebook) == []


def test_negated_cooperation_is_coded_as_its_cameo_refusal(small_codebook, tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add='  - {id: yield, code: "080", verbs: [yield]}\n')
    doc = build_document("""
        Arnor PROPN 4 nsubj
        did AUX 4 aux do
        not PART 4 advmod
        yield VERB 0 root
        to ADP 6 case
        Gondor PROPN 4 obl""")
    [event] = code_document(doc, book)
    assert (event.triple, event.negated) == (("ARN", "GON", "124"), True)  # refuse to yield
    assert code_document(doc, book, options=CodingOptions(negation_codes=False)) == []


def test_cannot_is_negation_not_possibility(small_codebook, tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add='  - {id: yield, code: "080", verbs: [yield]}\n')
    doc = build_document("""
        Arnor PROPN 4 nsubj
        ca AUX 4 aux can
        n't PART 4 advmod not
        yield VERB 0 root
        to ADP 6 case
        Gondor PROPN 4 obl""")
    assert triples(doc, book) == [("ARN", "GON", "124")]


def test_a_refusal_verb_governing_a_word_that_codes_nothing_is_no_refusal_of_it(tmp_path):
    """"Rohan rejected a Gondorian ultimatum to handover a guard involved in a shooting":
    climbing from "involved" through "handover" (no verb of the codebook) to a refusal verb
    of no code of its own: no refusal of "handover" (it codes nothing), and no crash."""
    blocks = [("reject", "---"), ("involve", "080")]
    doc = build_document("""
        Rohan PROPN 2 nsubj
        rejected VERB 0 root reject
        a DET 5 det
        Gondorian ADJ 5 amod Gondorian
        ultimatum NOUN 2 obj
        to PART 7 mark
        handover VERB 5 acl
        a DET 9 det
        guard NOUN 7 obj
        involved VERB 7 xcomp involve
        in ADP 13 case
        a DET 13 det
        shooting NOUN 10 obl:agent""")
    book = small_codebook_variant(tmp_path, verbs_add="".join(
        f'  - {{id: {verb}, code: "{code}", verbs: [{verb}]}}\n' for verb, code in blocks))
    assert all(e.code != "124" for e in code_document(doc, book))


def test_threatened_to_attack_codes_the_threat_with_the_embedded_target(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        threatened VERB 0 root threaten
        to PART 4 mark
        attack VERB 2 xcomp
        Gondor PROPN 4 obj""")
    assert triples(doc, small_codebook) == [("ARN", "GON", "130")]


def test_future_auxiliary_is_flagged_as_modality(small_codebook):
    doc = build_document("""
        Arnor PROPN 3 nsubj
        will AUX 3 aux
        meet VERB 0 root
        Gondor PROPN 3 obj""")
    events = code_document(doc, small_codebook)
    assert events and all(e.modality == "future" for e in events)


def test_said_clause_is_coded_with_reported_by(small_codebook):
    doc = build_document("""
        Rohan PROPN 2 nsubj
        said VERB 0 root say
        Arnor PROPN 4 nsubj
        attacked VERB 2 ccomp attack
        Gondor PROPN 4 obj""")
    [event] = code_document(doc, small_codebook)
    assert event.triple == ("ARN", "GON", "190")
    assert event.reported_by.code == "ROH"


def test_agent_combines_with_country_adjective(small_codebook):
    doc = build_document("""
        Gondorian ADJ 2 amod
        police NOUN 3 nsubj
        arrested VERB 0 root arrest
        Arnorian ADJ 5 amod
        rebels NOUN 3 obj rebel""")
    assert triples(doc, small_codebook) == [("GONCOP", "ARNREB", "173")]


def test_agent_combines_with_country_in_locative_modifier(small_codebook):
    doc = build_document("""
        police NOUN 4 nsubj
        in ADP 3 case
        Gondor PROPN 1 nmod
        arrested VERB 0 root arrest
        militants NOUN 4 obj militant""")
    assert triples(doc, small_codebook) == [("GONCOP", "---REB", "173")]  # CAMEO: unknown country


def test_dated_role_resolves_with_document_date(small_codebook):
    spec = """
        Aragorn PROPN 2 nsubj
        met VERB 0 root meet
        Gondor PROPN 2 obj"""
    assert ("ARNGOV", "GON", "040") in triples(build_document(spec, date="2005-06-01"), small_codebook)
    assert ("ARNELI", "GON", "040") in triples(build_document(spec, date="2015-06-01"), small_codebook)


def test_reciprocal_block_codes_both_directions(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        met VERB 0 root meet
        Gondor PROPN 2 obj""")
    assert triples(doc, small_codebook) == [("ARN", "GON", "040"), ("GON", "ARN", "040")]


def test_most_specific_pattern_wins(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        asked VERB 0 root ask
        for ADP 6 case
        military ADJ 6 amod
        aid NOUN 2 obl
        from ADP 7 case
        Gondor PROPN 2 obl""".replace("6 case", "5 case").replace("6 amod", "5 amod"))
    [event] = code_document(doc, small_codebook)
    assert (event.code, event.pattern_id) == ("0232", "appeal.military-aid")
    assert event.target.code == "GON"


def test_multiword_verb_and_unlemmatized_form_are_recognised(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        pulled VERB 0 root pull
        out ADP 2 compound:prt
        its PRON 5 nmod:poss
        troops NOUN 2 obj
        from ADP 7 case
        Gondor PROPN 2 obl""")
    assert triples(doc, small_codebook) == [("ARN", "GON", "0874")]
    unlemmatized = build_document("""
        Arnor PROPN 2 nsubj
        withdraws VERB 0 root withdraws
        troops NOUN 2 obj
        from ADP 5 case
        Gondor PROPN 2 obl""")
    assert triples(unlemmatized, small_codebook) == [("ARN", "GON", "0874")]


def test_event_noun_of_light_verb_takes_its_subject_as_source(small_codebook):
    doc = build_document("""
        Mordor PROPN 2 nsubj
        launched VERB 0 root launch
        an DET 4 det
        attack NOUN 2 obj
        on ADP 6 case
        Gondor PROPN 4 nmod""")
    [event] = code_document(doc, small_codebook)
    assert event.triple == ("MOR", "GON", "190") and event.nominal


def test_event_noun_without_an_actor_is_not_an_event(small_codebook):
    doc = build_document("""
        The DET 2 det
        attack NOUN 3 nsubj
        failed VERB 0 root fail""")
    assert triples(doc, small_codebook) == []


def test_pronoun_resolves_to_previous_sentence_actor(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        met VERB 0 root meet
        Rohan PROPN 2 obj""", """
        They PRON 2 nsubj they
        attacked VERB 0 root attack
        Gondor PROPN 2 obj""")
    assert ("ROH", "GON", "190") in triples(doc, small_codebook) or \
        ("ARN", "GON", "190") in triples(doc, small_codebook)
    second = [e for e in code_document(doc, small_codebook) if e.sentence_index == 1][0]
    assert second.source.resolved_from == "pronoun"


def test_the_country_resolves_to_last_other_country(small_codebook):
    doc = build_document("""
        Fighting NOUN 2 nsubj fighting
        continued VERB 0 root continue
        in ADP 4 case
        Gondor PROPN 2 obl""", """
        Arnor PROPN 2 nsubj
        withdrew VERB 0 root withdrew
        troops NOUN 2 obj
        from ADP 6 case
        the DET 6 det
        country NOUN 3 nmod""")
    [event] = code_document(doc, small_codebook)
    assert event.triple == ("ARN", "GON", "0874")
    assert event.target.resolved_from == "definite"


def test_require_dyad_drops_one_sided_events(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        yesterday NOUN 2 obl:tmod""")
    assert triples(doc, small_codebook) == [("ARN", "", "190")]
    assert triples(doc, small_codebook, require_dyad=True) == []


def test_discard_phrase_stops_its_clause(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj
        in ADP 6 case
        the DET 6 det
        football NOUN 7 compound
        match NOUN 2 obl""".replace("6 case", "7 case").replace("6 det", "7 det"))
    assert triples(doc, small_codebook) == []
    other_clause = build_document("""
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj
        after SCONJ 6 mark
        Rohan PROPN 6 nsubj
        lost VERB 2 advcl lose
        the DET 9 det
        football NOUN 9 compound
        match NOUN 6 obj""")
    assert triples(other_clause, small_codebook) == [("ARN", "GON", "190")]


def test_acronyms_match_only_in_capitals(small_codebook):
    upper = build_document("""
        OL PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj""")
    lower = build_document("""
        ol NOUN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj""")
    assert triples(upper, small_codebook) == [("MORREB", "GON", "190")]
    assert triples(lower, small_codebook) == [("", "GON", "190")]


def test_ud_v1_labels_are_read_as_v2(small_codebook):
    from coder.parse import parse_conllu_text

    text = "\n".join([
        "1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_",
        "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_",
        "3\tGondor\tGondor\tPROPN\tNNP\t_\t2\tdobj\t_\t_",
    ]) + "\n\n"
    [doc] = parse_conllu_text(text, doc_id="v1", date="2001-01-01")
    assert doc.sentences[0].token(3).deprel == "obj"
    assert triples(doc, small_codebook) == [("ARN", "GON", "190")]


def test_a_ud_v1_verbs_prepositional_phrase_is_read_as_an_oblique():
    """UD v1 has no obl: a verb's nmod with a case marker of its own is one; a noun's nmod,
    a verb's bare nmod:tmod and any nmod of a parse that writes obl stay as they are."""
    from coder.parse import parse_conllu_text

    def rows(*lines):
        return "\n".join("\t".join([*line.split(), "_", "_"]) for line in lines) + "\n\n"

    v1 = rows("1 Arnor Arnor PROPN NNP _ 2 nsubj", "2 fought fight VERB VBD _ 0 root",
              "3 with with ADP IN _ 4 case", "4 troops troop NOUN NNS _ 2 nmod",
              "5 of of ADP IN _ 6 case", "6 Gondor Gondor PROPN NNP _ 4 nmod",
              "7 today today NOUN NN _ 2 nmod:tmod")
    [doc] = parse_conllu_text(v1, doc_id="v1")
    assert [t.deprel for t in doc.sentences[0].tokens] == [
        "nsubj", "root", "case", "obl", "case", "nmod", "nmod:tmod"]
    v2 = v1.replace("nmod:tmod", "obl:tmod")
    [doc] = parse_conllu_text(v2, doc_id="v2")
    assert doc.sentences[0].token(4).deprel == "nmod"  # a v2 parse's own choice


def test_target_inside_the_object_phrase(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        met VERB 0 root meet
        envoys NOUN 2 obj envoy
        of ADP 5 case
        Gondor PROPN 3 nmod""")
    assert ("ARN", "GON", "040") in triples(doc, small_codebook)


def test_conjoined_agents_share_the_named_countries(small_codebook):
    doc = build_document("""
        Police NOUN 6 nsubj police
        and CCONJ 3 cc
        soldiers NOUN 1 conj soldier
        in ADP 5 case
        Arnor PROPN 1 nmod
        attacked VERB 0 root attack
        Gondor PROPN 6 obj""")
    assert triples(doc, small_codebook) == [("ARNCOP", "GON", "190"), ("ARNMIL", "GON", "190")]


def test_clause_conjoined_to_a_noun_is_not_a_co_actor(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        met VERB 0 root meet
        Gondor PROPN 2 obj
        and CCONJ 6 cc
        Rohan PROPN 6 nsubj
        attacked VERB 3 conj attack""")
    met = [e for e in code_document(doc, small_codebook) if e.verb_text == "met"]
    assert {e.triple for e in met} == {("ARN", "GON", "040"), ("GON", "ARN", "040")}


def test_ud_v1_passive_agent_is_nmod_by(small_codebook):
    from coder.parse import parse_conllu_text

    text = "\n".join([
        "1\tGondor\tGondor\tPROPN\tNNP\t_\t3\tnsubjpass\t_\t_",
        "2\twas\tbe\tAUX\tVBD\t_\t3\tauxpass\t_\t_",
        "3\tattacked\tattack\tVERB\tVBN\t_\t0\troot\t_\t_",
        "4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_",
        "5\tArnor\tArnor\tPROPN\tNNP\t_\t3\tnmod\t_\t_",
    ]) + "\n\n"
    [doc] = parse_conllu_text(text, doc_id="v1", date="2001-01-01")
    assert triples(doc, small_codebook) == [("ARN", "GON", "190")]


def test_speech_verb_with_coded_complement_is_attribution_only(small_codebook, tmp_path):
    # a dictionary where "say" itself codes 010, as PETRARCH's do
    coded = small_codebook_variant(tmp_path, replace={'{id: say, code: "---", speech: true, verbs: [say]}':
                                                      '{id: say, code: "010", verbs: [say]}'})
    reported = build_document("""
        Rohan PROPN 2 nsubj
        said VERB 0 root say
        Arnor PROPN 4 nsubj
        attacked VERB 2 ccomp attack
        Gondor PROPN 4 obj""")
    assert triples(reported, coded) == [("ARN", "GON", "190")]
    comment = build_document("""
        Rohan PROPN 2 nsubj
        said VERB 0 root say
        Arnor PROPN 4 nsubj
        slept VERB 2 ccomp sleep""")
    assert triples(comment, coded) == [("ROH", "ARN", "010")]  # the comment's target: the clause's subject


def test_announced_action_is_coded_as_cameo_intent_unless_disabled(small_codebook):
    doc = build_document("""
        Arnor PROPN 3 nsubj
        will AUX 3 aux
        attack VERB 0 root
        Gondor PROPN 3 obj""")
    [event] = code_document(doc, small_codebook)
    assert (event.code, event.modality) == ("1384", "future")  # threaten conventional attack
    [plain] = code_document(doc, small_codebook, options=CodingOptions(announced_as_intent=False))
    assert plain.code == "190"


def test_relative_pronoun_stands_for_the_modified_noun(small_codebook):
    doc = build_document("""
        Rohan PROPN 2 nsubj
        condemned VERB 0 root condemn
        Mordor PROPN 2 obj
        , PUNCT 6 punct
        which PRON 6 nsubj
        attacked VERB 3 acl:relcl attack
        Gondor PROPN 6 obj""")
    assert ("MOR", "GON", "190") in triples(doc, small_codebook)
    target = build_document("""
        Gondor PROPN 0 root
        , PUNCT 5 punct
        which PRON 5 obj
        Mordor PROPN 5 nsubj
        attacked VERB 1 acl:relcl attack""")
    assert triples(target, small_codebook) == [("MOR", "GON", "190")]


def test_demand_with_complement_targets_the_clause_subject_and_stands_for_it(small_codebook, tmp_path):
    coded = small_codebook_variant(tmp_path, verbs_add='  - {id: demand, code: "100", verbs: [demand]}\n')
    doc = build_document("""
        Rohan PROPN 2 nsubj
        demanded VERB 0 root demand
        that SCONJ 5 mark
        Arnor PROPN 5 nsubj
        withdraw VERB 2 ccomp
        troops NOUN 5 obj troops
        from ADP 8 case
        Gondor PROPN 5 obl""")
    # the demand (of a withdrawal: 1056, the demand of 0874), not the withdrawal
    assert triples(doc, coded) == [("ROH", "ARN", "1056")]


def test_unrealized_events_are_not_emitted(small_codebook):
    could = build_document("""
        Arnor PROPN 3 nsubj
        could AUX 3 aux
        attack VERB 0 root
        Gondor PROPN 3 obj""")
    before = build_document("""
        Arnor PROPN 2 nsubj
        met VERB 0 root meet
        Rohan PROPN 2 obj
        before SCONJ 6 mark
        they PRON 6 nsubj
        attacked VERB 2 advcl attack
        Gondor PROPN 6 obj""")
    assert triples(could, small_codebook) == []
    assert all(e.code != "190" for e in code_document(before, small_codebook))


def test_infinitive_modifying_a_noun_is_an_intention(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        announced VERB 0 root announce
        plans NOUN 2 obj plan
        to PART 5 mark
        attack VERB 3 acl
        Gondor PROPN 5 obj""")
    events = [e for e in code_document(doc, small_codebook) if e.verb_text == "attack"]
    assert [(e.triple, e.modality) for e in events] == [(("ARN", "GON", "1384"), "intended")]


def test_object_control_gives_the_embedded_subject(small_codebook):
    doc = build_document("""
        Rohan PROPN 2 nsubj
        asked VERB 0 root ask
        Arnor PROPN 2 obj
        to PART 5 mark
        attack VERB 2 xcomp
        Gondor PROPN 5 obj""")
    from coder.code import analyse
    from coder.code.subjects import inherited_subject

    a = analyse(doc.sentences[0], small_codebook, doc.date)
    assert inherited_subject(a, a.sentence.token(5)) == 3  # Arnor, not Rohan


def test_conjoined_verb_shares_negation_and_auxiliary(small_codebook):
    negated = build_document("""
        Arnor PROPN 4 nsubj
        did AUX 4 aux do
        not PART 4 advmod
        meet VERB 0 root
        Rohan PROPN 4 obj
        or CCONJ 7 cc
        attack VERB 4 conj
        Gondor PROPN 7 obj""")
    assert triples(negated, small_codebook) == []
    future = build_document("""
        Arnor PROPN 3 nsubj
        will AUX 3 aux
        meet VERB 0 root
        Rohan PROPN 3 obj
        and CCONJ 6 cc
        attack VERB 3 conj
        Gondor PROPN 6 obj""")
    attacks = [e for e in code_document(future, small_codebook) if e.verb_text == "attack"]
    assert [e.modality for e in attacks] == ["future"]


def test_according_to_is_not_a_predicate(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj
        according VERB 2 advcl accord
        to ADP 6 case
        Rohan PROPN 4 obl""")
    from coder.code.predicates import is_deverbal_preposition

    assert is_deverbal_preposition(doc.sentences[0], doc.sentences[0].token(4), small_codebook)
    assert triples(doc, small_codebook) == [("ARN", "GON", "190")]


def test_support_verb_reading_wins_over_a_pattern_on_its_event_noun(small_codebook, tmp_path):
    # an imported-style pattern: "launch" + object "attack" = 150
    coded = small_codebook_variant(tmp_path, verbs_add='  - {id: launch, code: "---", verbs: [launch], patterns: '
                                   '[{id: launch.attack, code: "150", match: [{slot: obj, words: [attack]}]}]}\n')
    doc = build_document("""
        Mordor PROPN 2 nsubj
        launched VERB 0 root launch
        an DET 4 det
        attack NOUN 2 obj
        on ADP 6 case
        Gondor PROPN 4 nmod""")
    assert triples(doc, coded) == [("MOR", "GON", "190")]


def test_subject_pronoun_of_a_complement_is_the_matrix_subject(small_codebook):
    doc = build_document("""
        Gondorian ADJ 2 amod
        rebels NOUN 3 nsubj rebel
        said VERB 0 root say
        they PRON 5 nsubj
        attacked VERB 3 ccomp attack
        Mordor PROPN 5 obj""")
    [event] = code_document(doc, small_codebook)
    assert event.triple == ("GONREB", "MOR", "190") and event.source.resolved_from == "pronoun"


def test_object_pronoun_does_not_stand_for_the_country_of_its_own_subject(small_codebook):
    # "them" is not Gondor, whose army is the subject of the verb it is the object of
    # (that would be a reflexive): the country mentioned before, Rohan
    doc = build_document("""
        Rohan PROPN 2 compound
        troops NOUN 3 nsubj troop
        entered VERB 0 root enter
        Gondor PROPN 3 obj
        . PUNCT 3 punct""", """
        The DET 2 det
        army NOUN 5 nsubj
        of ADP 4 case
        Gondor PROPN 2 nmod
        attacked VERB 0 root attack
        them PRON 5 obj they
        . PUNCT 5 punct""")
    [event] = code_document(doc, small_codebook)
    assert event.triple == ("GONMIL", "ROH", "190") and event.target.resolved_from == "pronoun"


def test_possessive_country_is_the_country_of_the_possessor(small_codebook):
    # "their country": the country of the rebels "their" stands for
    doc = build_document("""
        Gondorian ADJ 2 amod
        rebels NOUN 3 nsubj rebel
        said VERB 0 root say
        their PRON 5 nmod:poss they
        country NOUN 6 nsubj
        attacked VERB 3 ccomp attack
        Rohan PROPN 6 obj
        . PUNCT 3 punct""")
    [event] = code_document(doc, small_codebook)
    assert event.triple == ("GON", "ROH", "190") and event.source.resolved_from == "definite"


def test_clause_mislabelled_csubj_shares_the_governing_subject(small_codebook):
    doc = build_document("""
        Arnor PROPN 3 nsubj
        is AUX 3 cop be
        about ADP 0 root
        to PART 5 mark
        attack VERB 3 csubj
        Gondor PROPN 5 obj""")
    assert triples(doc, small_codebook) == [("ARN", "GON", "190")]


def test_possessive_left_on_a_name_still_names_the_actor(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        met VERB 0 root meet
        Gondor's PROPN 4 nmod:poss
        army NOUN 2 obj""")
    assert ("ARN", "GONMIL", "040") in triples(doc, small_codebook)


def test_event_noun_argument_of_a_coded_verb_is_not_a_second_event(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        threatened VERB 0 root threaten
        Mordor PROPN 4 nmod:poss
        attack NOUN 2 obl
        on ADP 6 case
        Gondor PROPN 4 nmod""")
    assert [e.code for e in code_document(doc, small_codebook)] == ["130"]


def test_paired_code_also_codes_the_reversed_dyad(small_codebook, tmp_path):
    # PETRARCH's [042:043]: "X visited Y" is also "Y hosted X"
    coded = small_codebook_variant(tmp_path, verbs_add='  - {id: visit, code: "042", reverse: "043", verbs: [visit]}\n')
    doc = build_document("""
        Arnor PROPN 2 nsubj
        visited VERB 0 root visit
        Gondor PROPN 2 obj""")
    assert triples(doc, coded) == [("ARN", "GON", "042"), ("GON", "ARN", "043")]
    visit, host = code_document(doc, coded)
    assert (visit.paired_code, host.paired_code) == (None, "042")  # one interaction, two CAMEO rows
    from coder.records import event_records

    rows = event_records([visit, host], doc, coded)
    assert [(r["plover_event"], r["plover_linked"]) for r in rows] == [("CONSULT", False), ("CONSULT", True)]


def test_dated_roles_without_a_document_date_use_the_default_code(small_codebook):
    doc = build_document("""
        Aragorn PROPN 2 nsubj
        met VERB 0 root meet
        Gondor PROPN 2 obj""", date=None)
    assert ("ARNELI", "GON", "040") in triples(doc, small_codebook)


def test_story_discard_leaves_the_whole_document_uncoded(small_codebook, tmp_path):
    coded = small_codebook_variant(
        tmp_path, files={"discards.yaml": "kind: discards\nentries:\n  - {phrase: quidditch, scope: story}\n"})
    doc = build_document("""
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj""", """
        Quidditch NOUN 2 nsubj quidditch
        resumed VERB 0 root resume""")
    assert triples(doc, coded) == []


def test_words_of_a_multiword_name_are_not_predicates(small_codebook):
    doc = build_document("""
        Orc PROPN 2 compound orc
        Legion PROPN 3 nsubj legion
        met VERB 0 root meet
        Gondor PROPN 3 obj""")
    from coder.code import analyse

    assert analyse(doc.sentences[0], small_codebook, doc.date).name_tokens == {1, 2}
    assert ("MORREB", "GON", "040") in triples(doc, small_codebook)


def test_infinitive_parsed_on_the_object_is_controlled_and_governed_by_the_verb(small_codebook):
    doc = build_document("""
        Rohan PROPN 2 nsubj
        asked VERB 0 root ask
        Arnor PROPN 2 obj
        to PART 5 mark
        attack VERB 3 acl
        Gondor PROPN 5 obj""")
    assert triples(doc, small_codebook) == [("ROH", "ARN", "020")]  # the appeal stands for both


def test_place_inside_an_argument_is_a_last_resort_target(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        appealed VERB 0 root appeal
        for ADP 4 case
        peace NOUN 2 obl
        in ADP 6 case
        Gondor PROPN 4 nmod""")
    assert triples(doc, small_codebook) == [("ARN", "GON", "020")]


def test_passive_subject_controls_the_embedded_verb(small_codebook):
    doc = build_document("""
        Arnor PROPN 3 nsubj:pass
        was AUX 3 aux:pass be
        seen VERB 0 root see
        to PART 5 mark
        attack VERB 3 xcomp
        Gondor PROPN 5 obj""")
    assert triples(doc, small_codebook) == [("ARN", "GON", "190")]


def test_pattern_word_for_a_verb_does_not_match_its_ing_noun(small_codebook, tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add=(
        '  - id: postpone\n    code: "120"\n    verbs: [postpone]\n    patterns:\n'
        '      - {id: postpone.meet, code: "161", match: [{slot: obj, words: [meet]}]}\n'))
    doc = build_document("""
        Arnor PROPN 4 nsubj
        and CCONJ 3 cc
        Gondor PROPN 1 conj
        postponed VERB 0 root postpone
        their PRON 6 nmod:poss they
        meeting NOUN 4 obj meeting""")
    assert {e.triple for e in code_document(doc, book)} == {("ARN", "GON", "120"), ("GON", "ARN", "120")}


def test_adverbial_clause_with_its_own_subject_gives_no_target(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        after SCONJ 5 mark
        Rohan PROPN 5 nsubj
        complained VERB 2 advcl complain
        about ADP 7 case
        Gondor PROPN 5 obl""")
    assert triples(doc, small_codebook) == [("ARN", "", "190")]


def test_list_items_parsed_as_appositions_are_co_actors(small_codebook):
    doc = build_document("""
        Arnor PROPN 6 nsubj
        , PUNCT 3 punct
        Rohan PROPN 1 appos
        and CCONJ 5 cc
        Mordor PROPN 3 conj
        attacked VERB 0 root attack
        Gondor PROPN 6 obj""")
    assert set(triples(doc, small_codebook)) == {("ARN", "GON", "190"), ("ROH", "GON", "190"), ("MOR", "GON", "190")}


def test_place_is_the_target_of_last_resort_but_never_alone(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        appealed VERB 0 root appeal
        for ADP 4 case
        calm NOUN 2 obl
        in ADP 6 case
        Gondor PROPN 2 obl""")
    [event] = code_document(doc, small_codebook)
    assert event.triple == ("ARN", "GON", "020") and event.target.resolved_from == "place"
    sourceless = build_document("""
        appealed VERB 0 root appeal
        for ADP 3 case
        calm NOUN 1 obl
        in ADP 5 case
        Gondor PROPN 1 obl""")
    assert code_document(sourceless, small_codebook) == []


def test_place_inside_a_clause_modifying_the_object_is_a_last_resort_target(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        convoys NOUN 2 obj convoy
        travelling VERB 3 acl travel
        in ADP 6 case
        Gondor PROPN 4 obl""")
    assert triples(doc, small_codebook) == [("ARN", "GON", "190")]


def test_time_word_after_an_argument_preposition_is_an_argument(small_codebook, tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add='  - {id: sign, code: "057", verbs: [sign]}\n')
    doc = build_document("""
        Arnor PROPN 2 nsubj
        signed VERB 0 root sign
        treaty NOUN 2 obj
        with ADP 7 case
        Gondor PROPN 7 nmod:poss
        's PART 5 case
        years NOUN 3 nmod year""")
    assert triples(doc, book) == [("ARN", "GON", "057")]


def test_actor_after_any_other_preposition_is_a_target(small_codebook, tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add='  - {id: complain, code: "111", verbs: [complain]}\n')
    doc = build_document("""
        Arnor PROPN 2 nsubj
        complained VERB 0 root complain
        about ADP 4 case
        Gondor PROPN 2 obl""")
    assert triples(doc, book) == [("ARN", "GON", "111")]


def test_pattern_target_in_subject_position_is_the_passive_subject(small_codebook, tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add=(
        '  - id: free\n    code: "080"\n    verbs: [free]\n    patterns:\n'
        '      - {id: free.from, code: "080", match: [{slot: obl, prep: from, words: ["*"]}],'
        ' source: "obl:from", target: subj}\n'))
    doc = build_document("""
        Rohan PROPN 3 nsubj:pass
        was AUX 3 aux:pass be
        freed VERB 0 root free
        from ADP 5 case
        Mordor PROPN 3 obl""")
    assert triples(doc, book) == [("MOR", "ROH", "080")]


def test_pattern_object_may_be_the_object_of_a_to_infinitive_complement(small_codebook, tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add=(
        '  - id: vow\n    code: "170"\n    verbs: [vow]\n    patterns:\n'
        '      - {id: vow.war, code: "190", match: [{slot: obj, words: [war]}]}\n'))
    doc = build_document("""
        Arnor PROPN 2 nsubj
        vowed VERB 0 root vow
        to PART 4 mark
        wage VERB 2 advcl
        war NOUN 4 obj
        on ADP 7 case
        Gondor PROPN 4 obl""")
    [event] = code_document(doc, book)
    assert (event.triple, event.pattern_id) == (("ARN", "GON", "190"), "vow.war")


def test_statement_verb_does_not_absorb_its_infinitive_complement(small_codebook, tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add='  - {id: see, code: "010", verbs: [see]}\n')
    doc = build_document("""
        Arnor PROPN 3 nsubj:pass
        was AUX 3 aux:pass be
        seen VERB 0 root see
        to PART 5 mark
        attack VERB 3 xcomp
        Gondor PROPN 5 obj""")
    assert triples(doc, book) == [("ARN", "GON", "190")]


def test_governing_verb_keeps_its_own_target_when_the_complement_has_none(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        appealed VERB 0 root appeal
        to ADP 4 case
        Gondor PROPN 2 obl
        to PART 6 mark
        attack VERB 2 xcomp""")
    assert triples(doc, small_codebook) == [("ARN", "GON", "020")]


def test_to_phrase_pattern_matches_an_infinitive_and_its_clause_gives_the_target(small_codebook, tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add=(
        '  - id: begin\n    code: "---"\n    verbs: [begin]\n    patterns:\n'
        '      - {id: begin.question, code: "110", match: [{slot: obl, prep: to, words: [question]}]}\n'))
    doc = build_document("""
        Arnor PROPN 2 nsubj
        began VERB 0 root begin
        to PART 4 mark
        question VERB 2 xcomp
        whether SCONJ 7 mark
        Gondor PROPN 7 nsubj
        lied VERB 4 ccomp lie""")
    assert triples(doc, book) == [("ARN", "GON", "110")]


def test_possessor_country_owns_the_agent_before_a_country_alias(small_codebook):
    doc = build_document("""
        Rohan PROPN 4 nmod:poss
        's PART 1 case
        police NOUN 4 compound
        Arnor PROPN 5 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 5 obj""")
    assert triples(doc, small_codebook) == [("ROHCOP", "GON", "190")]


def test_events_in_relative_and_adverbial_clauses_yield_to_a_main_event(small_codebook):
    doc = build_document("""
        Rohan PROPN 5 nsubj
        , PUNCT 4 punct
        which PRON 4 nsubj
        met VERB 1 acl:relcl meet
        attacked VERB 0 root attack
        Gondor PROPN 5 obj
        , PUNCT 8 punct
        threatening VERB 5 advcl threaten
        Mordor PROPN 8 obj""")
    assert triples(doc, small_codebook) == [("ROH", "GON", "190")]
    background_only = build_document("""
        Rohan PROPN 0 root
        , PUNCT 4 punct
        which PRON 4 nsubj
        attacked VERB 1 acl:relcl attack
        Gondor PROPN 4 obj""")
    assert triples(background_only, small_codebook) == [("ROH", "GON", "190")]


def test_reported_obligation_is_a_demand_of_the_clause_subject(small_codebook):
    doc = build_document("""
        Rohan PROPN 2 nsubj
        said VERB 0 root say
        Gondor PROPN 5 nsubj
        must AUX 5 aux
        withdraw VERB 2 ccomp
        from ADP 7 case
        Arnor PROPN 5 obl""")
    [event] = code_document(doc, small_codebook)
    assert event.triple == ("ROH", "GON", "105")  # demand that target yields (CAMEO 10 mirrors 08)
    has_to = build_document("""
        Rohan PROPN 2 nsubj
        said VERB 0 root say
        Gondor PROPN 4 nsubj
        has VERB 2 ccomp have
        to PART 6 mark
        attack VERB 4 xcomp
        Arnor PROPN 6 obj""")
    assert triples(has_to, small_codebook) == [("ROH", "GON", "100")]


def test_announced_refusal_is_the_subjects_rejection_only(small_codebook):
    doc = build_document("""
        Arnor PROPN 4 nsubj
        will AUX 4 aux
        not PART 4 advmod
        meet VERB 0 root
        Rohan PROPN 4 obj""")
    [event] = code_document(doc, small_codebook)
    assert (event.triple, event.negated) == (("ARN", "ROH", "125"), True)  # intent 036 refused


def test_a_time_does_not_fill_a_prepositional_pattern_slot(small_codebook, tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add=(
        '  - id: call\n    code: "040"\n    verbs: [call]\n    patterns:\n'
        '      - {id: call.on, code: "020", match: [{slot: obl, prep: "on", words: ["*"]}]}\n'))
    doc = build_document("""
        Arnor PROPN 2 nsubj
        called VERB 0 root call
        Gondor PROPN 2 obj
        on ADP 5 case
        Tuesday PROPN 2 obl""")
    assert triples(doc, book) == [("ARN", "GON", "040")]


def test_phrasal_verb_beats_the_support_verb_reading(small_codebook, tmp_path):
    book = small_codebook_variant(
        tmp_path, verbs_add='  - {id: cancel, code: "160", verbs: [call off]}\n',
        replace={'verbs: [carry out, launch, announce]': 'verbs: [carry out, launch, announce, call]'})
    doc = build_document("""
        Arnor PROPN 2 nsubj
        called VERB 0 root call
        off ADP 2 compound:prt
        the DET 5 det
        attack NOUN 2 obj
        on ADP 7 case
        Gondor PROPN 5 nmod""")
    assert triples(doc, book) == [("ARN", "GON", "160")]


def test_in_protest_gives_a_reason_not_a_second_event(small_codebook, tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add='  - {id: protest, code: "140", verbs: [protest], nouns: [protest]}\n')
    doc = build_document("""
        Rohan PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj
        in ADP 5 case
        protest NOUN 2 obl""")
    assert triples(doc, book) == [("ROH", "GON", "190")]


def test_name_split_into_sibling_words_is_one_actor(small_codebook):
    doc = build_document("""
        Minas PROPN 3 nsubj
        Tirith PROPN 3 nsubj
        attacked VERB 0 root attack
        Rohan PROPN 3 obj""")
    assert triples(doc, small_codebook) == [("GON", "ROH", "190")]
    listed = build_document("""
        Rohan PROPN 2 nsubj
        attacked VERB 0 root attack
        Arnor PROPN 2 obj
        and CCONJ 5 cc
        Minas PROPN 3 conj
        Tirith PROPN 3 conj""")
    assert triples(listed, small_codebook) == [("ROH", "ARN", "190"), ("ROH", "GON", "190")]


def test_participle_parsed_as_a_clause_of_the_verb_still_gives_the_target(small_codebook, tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add='  - {id: block, code: "144", verbs: [block]}\n')
    doc = build_document("""
        Arnor PROPN 2 nsubj
        blocked VERB 0 root block
        roads NOUN 2 obj road
        leading VERB 2 advcl lead
        into ADP 6 case
        Mordor PROPN 4 obl""")
    assert triples(doc, book) == [("ARN", "MOR", "144")]


def test_bare_to_phrase_pattern_does_not_take_an_infinitive(small_codebook, tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add=(
        '  - id: manage\n    code: "---"\n    verbs: [manage]\n    patterns:\n'
        '      - {id: manage.to, code: "042", match: [{slot: obl, prep: to, words: ["*"]}]}\n'))
    doc = build_document("""
        Arnor PROPN 2 nsubj
        managed VERB 0 root manage
        to PART 4 mark
        attack VERB 2 xcomp
        Gondor PROPN 4 obj""")
    assert triples(doc, book) == [("ARN", "GON", "190")]


def test_bare_to_phrase_pattern_does_not_take_an_adverbial_clause(small_codebook, tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add=(
        '  - id: dismiss\n    code: "---"\n    verbs: [dismiss]\n    patterns:\n'
        '      - {id: dismiss.to, code: "061", match: [{slot: obl, prep: to, words: ["*"]}]}\n'
        '      - {id: dismiss.appeal, code: "120", match: [{slot: obj, words: [appeal]}]}\n'))
    doc = build_document("""
        Arnor PROPN 2 nsubj
        dismissed VERB 0 root dismiss
        an DET 4 det
        appeal NOUN 2 obj appeal
        to PART 6 mark
        withdraw VERB 2 advcl withdraw""")
    # not 061 (the "to" phrase pattern); the appeal dismissed asks for a withdrawal, so the
    # dismissal refuses it (124, the negation of the yielding 080: request_nouns)
    assert [code for _, _, code in triples(doc, book)] == ["124"]


def test_adverbial_clause_with_its_own_subject_is_an_event_of_its_own(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj
        after SCONJ 6 mark
        Mordor PROPN 6 nsubj
        attacked VERB 2 advcl attack
        Rohan PROPN 6 obj""")
    assert set(triples(doc, small_codebook)) == {("ARN", "GON", "190"), ("MOR", "ROH", "190")}


def test_sourceless_main_event_does_not_hide_a_background_event(small_codebook):
    doc = build_document("""
        Rohan PROPN 7 nsubj:pass
        , PUNCT 4 punct
        which PRON 4 nsubj
        attacked VERB 1 acl:relcl attack
        Gondor PROPN 4 obj
        was AUX 7 aux:pass be
        attacked VERB 0 root attack""")
    assert set(triples(doc, small_codebook)) == {("", "ROH", "190"), ("ROH", "GON", "190")}


def test_discard_phrase_in_a_conjoined_clause_spares_the_first(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj
        and CCONJ 6 cc
        Rohan PROPN 6 nsubj
        watched VERB 2 conj watch
        the DET 9 det
        football NOUN 9 compound
        match NOUN 6 obj""")
    assert triples(doc, small_codebook) == [("ARN", "GON", "190")]


def test_actor_after_a_locative_preposition_is_only_a_place_target(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        convoys NOUN 2 obj convoy
        outside ADP 5 case
        Gondor PROPN 2 obl""")
    [event] = code_document(doc, small_codebook)
    assert event.triple == ("ARN", "GON", "190") and event.target.resolved_from == "place"


def test_refusing_an_action_takes_the_actions_cameo_refusal(small_codebook, tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add=(
        '  - {id: refuse, code: "120", verbs: [refuse]}\n  - {id: yield, code: "080", verbs: [yield]}\n'))
    doc = build_document("""
        Arnor PROPN 2 nsubj
        refused VERB 0 root refuse
        to PART 4 mark
        yield VERB 2 xcomp
        to ADP 6 case
        Gondor PROPN 4 obl""")
    assert triples(doc, book) == [("ARN", "GON", "124")]
    meet = build_document("""
        Arnor PROPN 2 nsubj
        refused VERB 0 root refuse
        to PART 4 mark
        meet VERB 2 xcomp
        Gondor PROPN 4 obj""")
    assert triples(meet, book) == [("ARN", "GON", "125")]  # via the intent to meet, 036


def test_inference_and_self_exhortation_are_no_demands(small_codebook):
    inference = build_document("""
        Rohan PROPN 2 nsubj
        said VERB 0 root say
        Gondor PROPN 6 nsubj
        must AUX 6 aux
        have AUX 6 aux
        attacked VERB 2 ccomp attack
        Arnor PROPN 6 obj""")
    assert triples(inference, small_codebook) == []
    own_country = build_document("""
        Rohan PROPN 2 nsubj
        said VERB 0 root say
        Rohan PROPN 5 nsubj
        must AUX 5 aux
        withdraw VERB 2 ccomp""")
    assert triples(own_country, small_codebook) == []


def test_a_place_target_neither_acts_nor_breaks_a_compound_subject(small_codebook, tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add='  - {id: sign, code: "057", reciprocal: true, verbs: [sign]}\n')
    compound = build_document("""
        Arnor PROPN 4 nsubj
        and CCONJ 3 cc
        Rohan PROPN 1 conj
        signed VERB 0 root sign
        treaty NOUN 4 obj
        in ADP 7 case
        Gondor PROPN 4 obl""")
    assert set(triples(compound, book)) == {("ARN", "ROH", "057"), ("ROH", "ARN", "057")}
    single = build_document("""
        Arnor PROPN 2 nsubj
        signed VERB 0 root sign
        treaty NOUN 2 obj
        in ADP 5 case
        Gondor PROPN 2 obl""")
    assert triples(single, book) == [("ARN", "GON", "057")]


def test_compound_subject_acting_in_a_place_acts_on_the_place(small_codebook):
    doc = build_document("""
        Arnor PROPN 4 nsubj
        and CCONJ 3 cc
        Rohan PROPN 1 conj
        attacked VERB 0 root attack
        in ADP 6 case
        Gondor PROPN 4 obl""")
    assert set(triples(doc, small_codebook)) == {("ARN", "GON", "190"), ("ROH", "GON", "190")}


def test_declining_to_comment_is_cameo_011(small_codebook, tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add=(
        '  - {id: decline, code: "120", verbs: [decline]}\n  - {id: comment, code: "010", verbs: [comment]}\n'))
    doc = build_document("""
        Arnor PROPN 2 nsubj
        declined VERB 0 root decline
        to PART 4 mark
        comment VERB 2 xcomp
        on ADP 6 case
        Gondor PROPN 4 obl""")
    assert triples(doc, book) == [("ARN", "GON", "011")]


def test_second_subject_carrying_the_conjunction_is_a_co_actor(small_codebook):
    doc = build_document("""
        Arnor PROPN 5 nsubj
        and CCONJ 4 cc
        the DET 4 det
        Rohan PROPN 5 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 5 obj""")
    assert set(triples(doc, small_codebook)) == {("ARN", "GON", "190"), ("ROH", "GON", "190")}


def test_multi_word_synset_member_is_more_specific_than_its_head(small_codebook, tmp_path):
    synsets = ('  - {name: "&MILITARY", members: [troops, soldier, army]}\n'
               '  - {name: "&MONEY", members: [florin, dollar]}\n'
               '  - {name: "&MILITARY_AID", members: ["military equipment", "attack helicopter"]}')
    book = small_codebook_variant(
        tmp_path, replace={'  - {name: "&MILITARY", members: [troops, soldier, army]}': synsets},
        verbs_add=('  - id: give\n    code: "070"\n    verbs: [give]\n    patterns:\n'
                   '      - {id: give.money, code: "071", match: [{slot: obj, words: ["&MONEY"]}]}\n'
                   '      - {id: give.military, code: "072", match: [{slot: obj, words: ["&MILITARY_AID"]}]}\n'))
    doc = build_document("""
        Arnor PROPN 2 nsubj
        gave VERB 0 root give
        military ADJ 4 amod
        equipment NOUN 2 obj
        to ADP 6 case
        Gondor PROPN 2 obl""")
    assert triples(doc, book) == [("ARN", "GON", "072")]
    plain = build_document("""
        Arnor PROPN 2 nsubj
        gave VERB 0 root give
        equipment NOUN 2 obj
        to ADP 5 case
        Gondor PROPN 2 obl""")
    assert triples(plain, book) == [("ARN", "GON", "070")]  # "equipment" alone is no member


def test_an_actor_coded_as_a_sector_is_not_doubled_by_the_same_agent(small_codebook, tmp_path):
    # imported dictionaries code some sector names as actors ("the press" MED) that are
    # also agents: "press journalists" is MED, not MEDMED
    actors = (SMALL_CODEBOOK / "actors.yaml").read_text() + "  - {names: [press], code: MED}\n"
    agents = (SMALL_CODEBOOK / "agents.yaml").read_text() + "  - {code: MED, names: [journalist]}\n"
    book = small_codebook_variant(tmp_path, files={"actors.yaml": actors, "agents.yaml": agents})
    doc = build_document("""
        press NOUN 2 compound
        journalists NOUN 3 nsubj journalist
        attacked VERB 0 root attack
        Gondor PROPN 3 obj""")
    assert triples(doc, book) == [("MED", "GON", "190")]


def test_a_name_split_into_two_subjects_is_one_name_headed_by_its_last_word(small_codebook):
    doc = build_document("""
        Army PROPN 4 nsubj army
        King PROPN 1 flat
        Aragorn PROPN 4 nsubj
        attacked VERB 0 root attack
        Mordor PROPN 4 obj""")
    assert triples(doc, small_codebook) == [("ARNGOV", "MOR", "190")]


def test_a_clause_whose_subject_is_a_relative_pronoun_is_background(small_codebook):
    from dataclasses import replace
    doc = build_document("""
        Arnor PROPN 2 nsubj
        threatened VERB 0 root threaten
        Gondor PROPN 2 obj
        , PUNCT 5 punct
        which PRON 6 nsubj
        attacked VERB 2 advcl attack
        Rohan PROPN 6 obj""")
    sentence = doc.sentences[0]
    tokens = tuple(replace(t, feats=(("PronType", "Rel"),)) if t.text == "which" else t for t in sentence.tokens)
    doc = replace(doc, sentences=(replace(sentence, tokens=tokens),))
    assert [code for _, _, code in triples(doc, small_codebook)] == ["130"]


def test_enrichment_reads_the_sentence_as_the_coder_repaired_it(small_codebook):
    from coder.code import trace_document
    from coder.records import analysed_document

    doc = build_document("""
        The DET 2 det
        army NOUN 3 obj
        killed VERB 0 root kill
        rebels NOUN 3 obj rebel""")
    analysed = analysed_document(doc, trace_document(doc, small_codebook))
    assert doc.sentences[0].token(2).deprel == "obj"
    assert analysed.sentences[0].token(2).deprel == "nsubj"  # an object before its verb is its subject
    assert [t.text for t in analysed.sentences[0].tokens] == [t.text for t in doc.sentences[0].tokens]
