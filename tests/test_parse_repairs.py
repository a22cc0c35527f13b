"""Parser slips repaired on the UD graph before coding (coder.code.repairs), on hand-built parses."""

from __future__ import annotations

from dataclasses import replace

import pytest

from coder.code import code_document
from coder.code.language import profile_of
from coder.code.repairs import repair_parse
from conftest import build_document, build_sentence, curated_codebook


def with_feats(sentence, token_id, feats):
    tokens = tuple(replace(t, feats=feats) if t.id == token_id else t for t in sentence.tokens)
    return replace(sentence, tokens=tokens)


PARTICIPLE = (("Tense", "Pres"), ("VerbForm", "Part"))


@pytest.fixture(scope="module")
def news_codebook_for_repairs(tmp_path_factory):
    return curated_codebook(tmp_path_factory.mktemp("repairs") / "book")


def test_comma_participle_read_as_conjunct_becomes_an_adverbial_clause(small_codebook):
    s = with_feats(build_sentence("""
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj
        , PUNCT 5 punct
        killing VERB 2 conj kill
        dozens NOUN 5 obj"""), 5, PARTICIPLE)
    repaired = repair_parse(s, profile_of(small_codebook))
    assert (repaired.token(5).head, repaired.token(5).deprel) == (2, "advcl")


def test_conjoined_participle_with_a_coordinator_or_subject_stays_a_conjunct(small_codebook):
    with_and = with_feats(build_sentence("""
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj
        , PUNCT 6 punct
        and CCONJ 6 cc
        killing VERB 2 conj kill"""), 6, PARTICIPLE)
    assert repair_parse(with_and, profile_of(small_codebook)) is with_and
    not_participle = build_sentence("""
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj
        , PUNCT 5 punct
        killed VERB 2 conj kill""")
    assert repair_parse(not_participle, profile_of(small_codebook)) is not_participle


def test_clause_opened_by_a_relative_pronoun_becomes_a_relative_clause(small_codebook):
    s = build_sentence("""
        Arnor PROPN 2 nsubj
        sheltered VERB 0 root shelter
        rebels NOUN 2 obj rebel
        who PRON 5 nsubj
        attacked VERB 2 conj attack
        Gondor PROPN 5 obj""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert (repaired.token(5).head, repaired.token(5).deprel) == (3, "acl:relcl")


def test_clause_opened_by_where_relates_to_the_place_before_it(small_codebook):
    s = build_sentence("""
        Arnor PROPN 2 nsubj
        lifted VERB 0 root lift
        curfew NOUN 2 obj
        in ADP 5 case
        Rohan PROPN 2 obl
        where ADV 9 advmod
        rebels NOUN 9 nsubj:pass rebel
        were AUX 9 aux:pass be
        attacked VERB 2 advcl attack""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert (repaired.token(9).head, repaired.token(9).deprel) == (5, "acl:relcl")


def test_background_event_of_a_repaired_relative_clause_yields_to_the_main_event(small_codebook):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        threatened VERB 0 root threaten
        Gondor PROPN 2 obj
        which PRON 5 nsubj
        attacked VERB 2 conj attack
        Mordor PROPN 5 obj""")
    assert [e.triple for e in code_document(doc, small_codebook)] == [("ARN", "GON", "130")]


UNLESS_ON_SUBJECT = """
        Arnor PROPN 2 nsubj
        threatened VERB 0 root threaten
        Gondor PROPN 2 obj
        unless NOUN 5 compound unless
        Rohan PROPN 6 nsubj
        withdrew VERB 2 conj withdraw"""


def test_a_condition_marker_hung_on_the_subject_marks_its_clause(small_codebook):
    repaired = repair_parse(build_sentence(UNLESS_ON_SUBJECT), profile_of(small_codebook))
    assert (repaired.token(4).head, repaired.token(4).deprel) == (6, "mark")
    assert (repaired.token(6).head, repaired.token(6).deprel) == (2, "advcl")
    doc = build_document(UNLESS_ON_SUBJECT)
    assert [e.triple for e in code_document(doc, small_codebook)] == [("ARN", "GON", "130")]


UNLESS_AS_SUBJECT = """
        Arnorians PROPN 2 nsubj Arnorian
        threatened VERB 0 root threaten
        to PART 4 mark
        hold VERB 2 xcomp hold
        a DET 7 det
        general ADJ 7 amod general
        strike NOUN 8 compound strike
        unless NOUN 10 nsubj unless
        Gondor PROPN 10 nsubj
        rescinded VERB 2 conj rescind
        the DET 12 det
        annexation NOUN 10 obj annexation"""


def test_a_condition_marker_read_as_a_subject_beside_the_real_one_marks_its_clause(small_codebook):
    """"threatened to hold a strike unless/nsubj Gondor/nsubj rescinded": the marker marks
    the clause, the phrase hung on it goes back to the verb before it as its object."""
    repaired = repair_parse(build_sentence(UNLESS_AS_SUBJECT), profile_of(small_codebook))
    assert (repaired.token(8).head, repaired.token(8).deprel) == (10, "mark")
    assert (repaired.token(10).head, repaired.token(10).deprel) == (2, "advcl")
    assert (repaired.token(7).head, repaired.token(7).deprel) == (4, "obj")
    assert repaired.token(9).deprel == "nsubj"


def test_a_reduced_relative_read_as_a_passive_with_a_prepositional_subject_modifies_its_noun(small_codebook):
    """"opened investigations against officials/nsubj:pass suspected/ccomp of taking bribes":
    a subject has no preposition; the phrase modifies the noun before it, the participle
    the noun. A passive with its auxiliary, or a subject without a preposition, stays."""
    spec = """
        Arnor PROPN 2 nsubj
        opened VERB 0 root open
        investigations NOUN 2 obj investigation
        {0} ADP 5 case {0}
        officials NOUN 6 nsubj:pass official
        suspected VERB 2 ccomp suspect
        of ADP 8 case
        bribery NOUN 6 obl bribery"""
    part = (("Tense", "Past"), ("VerbForm", "Part"))
    repaired = repair_parse(with_feats(build_sentence(spec.format("against")), 6, part), profile_of(small_codebook))
    assert (repaired.token(5).head, repaired.token(5).deprel) == (3, "nmod")
    assert (repaired.token(6).head, repaired.token(6).deprel) == (5, "acl")
    unmarked = build_sentence(spec.replace("{0} ADP 5 case {0}", "the DET 5 det"))
    assert repair_parse(with_feats(unmarked, 6, part), profile_of(small_codebook)).token(6).deprel == "ccomp"


INF, FIN = (("VerbForm", "Inf"),), (("Mood", "Ind"), ("Tense", "Past"), ("VerbForm", "Fin"))


def test_a_bare_infinitive_conjoined_to_a_finite_verb_joins_its_infinitive_complement(small_codebook):
    s = build_sentence("""
        Arnor PROPN 2 nsubj
        promised VERB 0 root promise
        to PART 4 mark
        withdraw VERB 2 xcomp withdraw
        and CCONJ 6 cc
        attack VERB 2 conj attack
        Gondor PROPN 6 obj""")
    s = with_feats(with_feats(with_feats(s, 2, FIN), 4, INF), 6, INF)
    repaired = repair_parse(s, profile_of(small_codebook))
    assert (repaired.token(6).head, repaired.token(6).deprel) == (4, "conj")
    finite = with_feats(s, 6, FIN)  # "promised to withdraw and attacked Gondor": two acts
    assert repair_parse(finite, profile_of(small_codebook)).token(6).head == 2


def test_a_condition_marker_inside_a_name_marks_its_clause_and_gives_back_the_phrase_hung_on_it(small_codebook):
    # "... troops from Arnor unless President Aragorn Elessar attacked Gondor": the parser
    # hung "from Arnor" on "unless", and "unless" on a word of the subject's name
    s = build_sentence("""
        Mordor PROPN 2 nsubj
        withdrew VERB 0 root withdraw
        troops NOUN 2 obj troops
        from ADP 6 case
        Arnor PROPN 6 compound
        unless NOUN 8 compound
        President PROPN 8 compound
        Aragorn PROPN 9 nsubj
        attacked VERB 2 conj attack
        Gondor PROPN 9 obj""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert (repaired.token(6).head, repaired.token(6).deprel) == (9, "mark")
    assert (repaired.token(9).head, repaired.token(9).deprel) == (2, "advcl")
    assert (repaired.token(5).head, repaired.token(5).deprel) == (3, "nmod")
    assert repaired.token(4).head == 5


def test_a_condition_marker_read_as_the_subjects_case_marks_its_clause_but_until_monday_stays(small_codebook):
    s = build_sentence("""
        Mordor PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj
        unless ADP 5 case
        Arnor PROPN 6 nsubj
        withdrew VERB 2 advcl withdraw""")
    assert repair_parse(s, profile_of(small_codebook)).token(4).deprel == "mark"
    until = build_sentence("""
        Mordor PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj
        until ADP 5 case
        Monday PROPN 2 obl""")
    assert repair_parse(until, profile_of(small_codebook)).token(4).deprel == "case"


def test_a_verb_and_its_result_read_as_adjectives_become_a_passive_verb(small_codebook):
    # "a rebel was shot dead by police": the compact model reads "shot" as an adverb of "dead"
    s = build_sentence("""
        a DET 2 det
        rebel NOUN 5 nsubj rebel
        was AUX 5 cop be
        shot ADJ 5 advmod shot
        dead ADJ 0 root dead
        by ADP 7 case
        police NOUN 5 obl police""")
    repaired = repair_parse(s, profile_of(small_codebook))
    shot = repaired.token(4)
    assert (shot.upos, shot.lemma, shot.head, shot.deprel) == ("VERB", "shoot", 0, "root")
    assert (repaired.token(5).head, repaired.token(5).deprel) == (4, "xcomp")
    assert (repaired.token(2).deprel, repaired.token(3).deprel) == ("nsubj:pass", "aux:pass")
    assert repaired.token(7).head == 4


def test_a_verb_read_as_the_subject_of_its_result_heads_the_clause_with_the_noun_before_as_subject(small_codebook):
    # "rebels shot dead two soldiers": "shot" read as a noun, subject of "dead"
    s = build_sentence("""
        rebels PROPN 2 amod rebel
        shot NOUN 3 nsubj shot
        dead VERB 0 root dead
        two NUM 5 nummod
        soldiers NOUN 3 obj soldier""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert (repaired.token(2).upos, repaired.token(2).head, repaired.token(2).deprel) == ("VERB", 0, "root")
    assert (repaired.token(1).head, repaired.token(1).deprel) == (2, "nsubj")
    assert (repaired.token(5).head, repaired.token(5).deprel) == (2, "obj")
    assert repair_parse(build_sentence("""
        rebels NOUN 2 nsubj rebel
        shot VERB 0 root shoot
        dead ADJ 2 xcomp dead"""), profile_of(small_codebook)).token(2).lemma == "shoot"


def test_a_headline_passive_read_as_an_active_makes_its_subject_the_patient(small_codebook):
    # "rebel killed by police in Gondor": no auxiliary, no object, a verb that needs one
    headline = build_document("""
        rebel NOUN 2 nsubj rebel
        killed VERB 0 root kill
        by ADP 4 case
        police NOUN 2 obl police
        in ADP 6 case
        Gondor PROPN 2 obl""")
    repaired = repair_parse(headline.sentences[0], profile_of(small_codebook))
    assert [(t.head, t.deprel) for t in repaired.tokens if t.id in (1, 4)] == [(2, "obj"), (2, "obl:agent")]
    counted = build_sentence("""
        rebels NOUN 2 nsubj rebel
        killed VERB 0 root kill
        at ADP 5 case
        least ADJ 3 fixed
        40 NUM 6 nummod
        soldiers NOUN 2 obl soldier""")
    assert repair_parse(counted, profile_of(small_codebook)).token(1).deprel == "nsubj"


def test_a_preposition_read_as_a_modifier_after_a_noun_makes_that_noun_the_phrase_head(small_codebook):
    # "Arnor ordered an investigation against Gondor": "investigation" read as an adjective
    # of "against", "against" as a compound of "Gondor", the object of "ordered"
    s = build_sentence("""
        Arnor PROPN 2 nsubj
        ordered VERB 0 root order
        an DET 5 det
        investigation ADJ 5 amod
        against NOUN 6 compound
        Gondor PROPN 2 obj""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert [(t.upos, t.head, t.deprel) for t in repaired.tokens[2:]] == [
        ("DET", 4, "det"), ("NOUN", 2, "obj"), ("ADP", 6, "case"), ("PROPN", 4, "nmod")]


def test_a_preposition_read_as_an_adjective_of_an_object_marks_it_as_an_oblique(small_codebook):
    # "techniques used against/ADJ Eriadoran detainees"
    s = build_sentence("""
        Arnor PROPN 2 nsubj
        used VERB 0 root use
        force NOUN 2 obj
        against ADJ 6 amod
        Eriadoran ADJ 6 amod
        detainees NOUN 2 obj detainee""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert (repaired.token(4).upos, repaired.token(4).head, repaired.token(4).deprel) == ("ADP", 6, "case")
    assert (repaired.token(6).head, repaired.token(6).deprel) == (2, "obl")
    assert repaired.token(3).deprel == "obj"


def test_a_preposition_read_as_a_verb_heading_its_noun_gives_the_noun_its_place(small_codebook):
    # "staged rallies in Rohan against/VERB Sauron": the noun after it takes its place
    s = build_sentence("""
        Arnor PROPN 2 nsubj
        staged VERB 0 root stage
        rallies NOUN 2 obj rally
        in ADP 5 case
        Rohan PROPN 6 nsubj
        against VERB 3 acl against
        Sauron PROPN 6 obj""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert [(t.id, t.upos, t.head, t.deprel) for t in repaired.tokens if t.id in (5, 6, 7)] == [
        (5, "PROPN", 3, "nmod"), (6, "ADP", 7, "case"), (7, "PROPN", 3, "nmod")]


def test_a_word_that_may_be_an_adjective_or_a_real_preposition_is_left_alone(small_codebook):
    near = build_sentence("""
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj
        in ADP 6 case
        near ADJ 6 amod
        future NOUN 2 obl""")
    assert repair_parse(near, profile_of(small_codebook)) is near
    proper = build_sentence("""
        Arnor PROPN 2 nsubj
        protested VERB 0 root protest
        against ADP 4 case
        Gondor PROPN 2 obl""")
    assert repair_parse(proper, profile_of(small_codebook)) is proper


def test_a_preposition_tagged_a_noun_after_the_noun_it_follows_hands_the_phrase_to_that_noun(small_codebook):
    # "Evidence against Gondor was presented by Arnor": "Evidence" a compound of "against",
    # "against" a compound of "Gondor", the passive subject
    s = build_sentence("""
        Evidence PROPN 2 compound
        against NOUN 3 compound
        Gondor PROPN 5 nsubj:pass
        was AUX 5 aux:pass be
        presented VERB 0 root present
        by ADP 7 case
        Arnor PROPN 5 obl""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert [(t.upos, t.head, t.deprel) for t in repaired.tokens[:3]] == [
        ("PROPN", 5, "nsubj:pass"), ("ADP", 3, "case"), ("PROPN", 1, "nmod")]


def test_a_verb_read_as_a_modifier_of_its_object_after_an_auxiliary_heads_the_clause(small_codebook):
    # "Arnor will supply/ADV arms/root to Gondor"
    s = build_sentence("""
        Arnor PROPN 4 nsubj
        will AUX 4 aux
        supply ADV 4 advmod
        arms NOUN 0 root arm
        to ADP 6 case
        Gondor PROPN 4 nmod""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert [(t.upos, t.head, t.deprel) for t in repaired.tokens] == [
        ("PROPN", 3, "nsubj"), ("AUX", 3, "aux"), ("VERB", 0, "root"), ("NOUN", 3, "obj"), ("ADP", 6, "case"),
        ("PROPN", 3, "obl")]
    copula = build_sentence("""
        Arnor PROPN 5 nsubj
        will AUX 5 aux
        be AUX 5 cop
        an DET 5 det
        ally NOUN 0 root""")
    assert repair_parse(copula, profile_of(small_codebook)) is copula


def test_a_particle_read_as_the_case_marker_of_the_object_after_the_verb_is_the_verbs_particle(small_codebook):
    # "Arnor carried out/case attacks/obj on Gondor"
    s = build_sentence("""
        Arnor PROPN 2 nsubj
        carried VERB 0 root carry
        out ADP 4 case
        attacks NOUN 2 obj attack
        on ADP 6 case
        Gondor PROPN 4 nmod""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert (repaired.token(3).head, repaired.token(3).deprel) == (2, "compound:prt")
    assert repaired.token(5).deprel == "case"


def test_a_reduced_relative_read_as_an_adverbial_clause_gives_its_subject_to_the_main_verb(small_codebook):
    # "workers affiliated with Arnor stopped work": "workers" the subject of "affiliated"
    s = with_feats(build_sentence("""
        workers NOUN 2 nsubj worker
        affiliated VERB 5 advcl affiliate
        with ADP 4 case
        Arnor PROPN 2 obl
        stopped VERB 0 root stop
        work NOUN 5 obj"""), 2, (("Tense", "Past"), ("VerbForm", "Part")))
    s = with_feats(s, 5, FIN)
    repaired = repair_parse(s, profile_of(small_codebook))
    assert [(t.head, t.deprel) for t in repaired.tokens[:2]] == [(5, "nsubj"), (1, "acl")]
    finite = with_feats(s, 2, FIN)  # "workers rallied in Arnor, stopped work": two clauses
    assert repair_parse(finite, profile_of(small_codebook)) is finite
    participle = with_feats(s, 5, PARTICIPLE)  # "protesters marched ..., calling for": two participles
    assert repair_parse(participle, profile_of(small_codebook)) is participle


def test_a_participle_read_as_a_modifier_of_a_second_object_modifies_the_first(small_codebook):
    # "Arnor published a declaration demanding/amod reforms/obj"
    s = with_feats(build_sentence("""
        Arnor PROPN 2 nsubj
        published VERB 0 root publish
        a DET 4 det
        declaration NOUN 2 obj
        demanding VERB 6 amod demand
        reforms NOUN 2 obj reform"""), 5, PARTICIPLE)
    repaired = repair_parse(s, profile_of(small_codebook))
    assert [(t.head, t.deprel) for t in repaired.tokens[4:]] == [(4, "acl"), (5, "obj")]


def test_a_coordinated_subject_split_into_a_complement_and_a_subject_is_joined_again(small_codebook):
    # "Arnor announced that Aragorn and his council must agree": "Aragorn" hung on
    # "announced" as a complement of its own, "council" the subject of "agree"
    s = build_sentence("""
        Arnor PROPN 2 nsubj
        announced VERB 0 root announce
        that SCONJ 9 mark
        Aragorn PROPN 2 ccomp
        and CCONJ 7 cc
        his PRON 7 nmod:poss
        council NOUN 9 nsubj
        must AUX 9 aux
        agree VERB 2 ccomp""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert [(t.head, t.deprel) for t in repaired.tokens if t.id in (4, 7)] == [(9, "nsubj"), (4, "conj")]
    one_clause = build_sentence("""
        Arnor PROPN 2 nsubj
        announced VERB 0 root announce
        Aragorn PROPN 2 ccomp""")
    assert repair_parse(one_clause, profile_of(small_codebook)) is one_clause


def test_a_day_read_as_a_second_object_is_the_time_and_its_phrases_go_to_the_verb(small_codebook):
    # "Arnor signed a trade agreement Friday with Gondor": "with Gondor" hung on "Friday"
    s = build_sentence("""
        Arnor PROPN 2 nsubj
        signed VERB 0 root sign
        a DET 5 det
        trade NOUN 5 compound
        agreement NOUN 2 obj
        Friday PROPN 2 obj
        with ADP 8 case
        Gondor PROPN 6 nmod""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert [(t.head, t.deprel) for t in repaired.tokens if t.id in (5, 6, 8)] == [
        (2, "obj"), (2, "obl:tmod"), (2, "obl")]


def test_a_day_read_as_the_head_of_the_object_hands_it_to_the_word_before(small_codebook):
    # "the court opened a landmark hearing/VERB Wednesday/obj into the matter"
    s = build_sentence("""
        court NOUN 2 nsubj
        opened VERB 0 root open
        a DET 6 det
        landmark NOUN 6 compound
        hearing VERB 6 compound hear
        Wednesday PROPN 2 obj
        into ADP 9 case
        the DET 9 det
        matter NOUN 6 nmod""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert [(t.upos, t.head, t.deprel) for t in repaired.tokens[2:6]] == [
        ("DET", 5, "det"), ("NOUN", 5, "compound"), ("NOUN", 2, "obj"), ("PROPN", 2, "obl:tmod")]
    assert repaired.token(9).head == 5
    plain = build_sentence("""
        court NOUN 2 nsubj
        opened VERB 0 root open
        Wednesday PROPN 2 obj""")  # nothing else to be the object: left as the parser read it
    assert repair_parse(plain, profile_of(small_codebook)) is plain


def test_a_name_split_into_several_subjects_is_one_subject_headed_by_its_last_word(small_codebook):
    # "Arnor King Elessar Telcontar said": three subjects of "said"
    s = build_sentence("""
        Arnor PROPN 5 nsubj
        King PROPN 3 nmod:desc
        Elessar PROPN 5 nsubj
        Telcontar PROPN 5 nsubj
        said VERB 0 root say""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert [(t.head, t.deprel) for t in repaired.tokens[:4]] == [
        (4, "compound"), (3, "nmod:desc"), (4, "compound"), (5, "nsubj")]
    double_object = build_sentence("""
        Arnor PROPN 2 nsubj
        gave VERB 0 root give
        Gondor PROPN 2 obj
        aid NOUN 2 obj""")  # "gave Gondor aid": two objects, left alone
    assert repair_parse(double_object, profile_of(small_codebook)) is double_object
    a_list = build_sentence("""
        Arnor PROPN 5 nsubj
        , PUNCT 3 punct
        Gondor PROPN 5 nsubj
        Rohan PROPN 5 nsubj
        welcomed VERB 0 root welcome""")  # a list the parser left without conjuncts
    assert repair_parse(a_list, profile_of(small_codebook)) is a_list


def test_a_day_read_as_an_indirect_object_is_the_time(small_codebook):
    s = build_sentence("""
        Arnor PROPN 2 nsubj
        said VERB 0 root say
        Friday PROPN 2 iobj""")
    assert repair_parse(s, profile_of(small_codebook)).token(3).deprel == "obl:tmod"


PAST = (("Tense", "Past"), ("VerbForm", "Fin"))


def test_a_verb_hung_on_the_subjectless_noun_before_it_heads_the_clause(small_codebook):
    hyphenated = with_feats(build_sentence("""
        Orc PROPN 0 root
        - PUNCT 3 punct
        Legion PROPN 1 flat
        attacked VERB 1 parataxis attack
        Gondor PROPN 4 obj
        . PUNCT 1 punct"""), 4, PAST)
    repaired = repair_parse(hyphenated, profile_of(small_codebook))
    assert [(t.head, t.deprel) for t in repaired.tokens if t.id in (1, 4, 6)] == [(4, "nsubj"), (0, "root"), (4, "punct")]
    doc = build_document("""
        OL PROPN 0 root
        attacked VERB 1 parataxis attack
        Gondor PROPN 2 obj""")
    doc = replace(doc, sentences=(with_feats(doc.sentences[0], 2, PAST),))
    assert [(e.source.code, e.target.code) for e in code_document(doc, small_codebook)] == [("MORREB", "GON")]


def test_a_participle_with_a_by_phrase_hung_on_a_noun_stays_its_modifier(small_codebook):
    s = with_feats(build_sentence("""
        base NOUN 0 root
        attacked VERB 1 acl attack
        by ADP 4 case
        rebels NOUN 2 obl"""), 2, (("Tense", "Past"), ("VerbForm", "Part")))
    repaired = repair_parse(s, profile_of(small_codebook))
    assert (repaired.token(2).head, repaired.token(2).deprel) == (1, "acl")


def test_a_participle_with_an_article_is_a_noun_the_object_of_the_verb_it_complements(small_codebook):
    s = build_sentence("""
        police NOUN 2 nsubj
        picked VERB 0 root pick
        up ADP 2 compound:prt
        the DET 5 det
        accused VERB 2 xcomp accuse
        from ADP 7 case
        Bree PROPN 5 obl""")
    repaired = repair_parse(s, profile_of(small_codebook))
    accused = repaired.token(5)
    assert (accused.upos, accused.lemma, accused.head, accused.deprel) == ("NOUN", "accused", 2, "obj")


def test_a_participle_with_an_article_before_a_subjectless_complement_is_its_subject(small_codebook):
    # lower-case "police said the accused/VERB(ccomp) had strangled/ccomp his wife"
    s = with_feats(build_sentence("""
        police NOUN 2 nsubj
        said VERB 0 root say
        the DET 4 det
        accused VERB 2 ccomp accuse
        had AUX 6 aux have
        strangled VERB 2 ccomp strangle
        his PRON 8 nmod:poss
        wife NOUN 6 obj"""), 6, (("Tense", "Past"), ("VerbForm", "Part")))
    accused = repair_parse(s, profile_of(small_codebook)).token(4)
    assert (accused.upos, accused.head, accused.deprel) == ("NOUN", 6, "nsubj")


def test_a_participle_with_an_article_and_a_clause_of_its_own_stays_a_verb(small_codebook):
    s = build_sentence("""
        the DET 2 det
        accused VERB 0 root accuse
        Gondor PROPN 2 obj""")
    assert repair_parse(s, profile_of(small_codebook)).token(2).upos == "VERB"


def test_a_subordinator_read_as_the_case_of_its_clauses_subject_marks_the_clause(small_codebook):
    s = build_sentence("""
        two NUM 2 nummod
        people NOUN 3 nsubj person
        died VERB 0 root die
        after ADP 5 case
        Arnorians PROPN 3 obl Arnorian
        opened VERB 3 xcomp open
        fire NOUN 6 obj fire""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert [(repaired.token(i).head, repaired.token(i).deprel) for i in (4, 5, 6)] == [
        (6, "mark"), (6, "nsubj"), (3, "advcl")]


def test_a_participle_after_a_prepositions_noun_is_no_clause_of_its_own(small_codebook):
    s = with_feats(build_sentence("""
        troops NOUN 2 nsubj troops
        withdrew VERB 0 root withdraw
        after ADP 5 case
        the DET 5 det
        attack NOUN 2 obl attack
        launched VERB 2 advcl launch
        by ADP 8 case
        rebels NOUN 6 obl rebel"""), 6, (("Tense", "Past"), ("VerbForm", "Part")))
    assert repair_parse(s, profile_of(small_codebook)) == s


def test_the_subject_of_a_reported_clause_hung_on_the_speech_verb_goes_back_to_the_clause(small_codebook):
    s = build_sentence("""
        troops NOUN 5 nsubj troops
        have AUX 3 aux have
        arrived VERB 5 ccomp arrive
        Gondor PROPN 5 nsubj
        said VERB 0 root say""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert (repaired.token(1).head, repaired.token(1).deprel) == (3, "nsubj")
    assert (repaired.token(4).head, repaired.token(4).deprel) == (5, "nsubj")


def test_a_time_word_hung_as_a_subject_is_not_given_to_the_reported_clause(small_codebook):
    s = build_sentence("""
        today NOUN 3 nsubj today
        arrived VERB 3 ccomp arrive
        said VERB 0 root say
        Gondor PROPN 3 nsubj""")
    assert repair_parse(s, profile_of(small_codebook)).token(1).head == 3


def test_verbs_sharing_one_object_are_no_headline_passive(small_codebook):
    s = build_sentence("""
        rebels NOUN 2 nsubj rebel
        abducted VERB 0 root abduct
        and CCONJ 4 cc
        killed VERB 2 conj kill
        two NUM 6 nummod
        workers NOUN 4 obj worker""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert (repaired.token(1).head, repaired.token(1).deprel) == (2, "nsubj")


def test_a_noun_object_before_its_verb_is_its_subject(small_codebook):
    s = build_sentence("""
        the DET 3 det
        Gondorian ADJ 3 amod Gondorian
        army NOUN 4 obj army
        killed VERB 0 root kill
        two NUM 6 nummod
        rebels NOUN 4 obl rebel""")
    spanish_like = replace(profile_of(small_codebook), objects_follow_verb=False)
    assert repair_parse(s, profile_of(small_codebook)).token(3).deprel == "nsubj"
    assert repair_parse(s, spanish_like).token(3).deprel == "obj"


def test_an_object_of_a_speech_verb_before_its_perfect_complement_is_the_complements_subject(small_codebook):
    # "police said the accused/obj(said) had strangled/ccomp his wife": the participle with
    # its auxiliary is finite; a bare participle ("said the statement issued by") is not
    s = with_feats(build_sentence("""
        police NOUN 2 nsubj
        said VERB 0 root say
        the DET 4 det
        accused NOUN 2 obj
        had AUX 6 aux have
        strangled VERB 2 ccomp strangle
        his PRON 8 nmod:poss
        wife NOUN 6 obj"""), 6, (("Tense", "Past"), ("VerbForm", "Part")))
    repaired = repair_parse(s, profile_of(small_codebook))
    assert (repaired.token(4).head, repaired.token(4).deprel) == (6, "nsubj")
    bare = with_feats(build_sentence("""
        said VERB 0 root say
        the DET 3 det
        statement NOUN 1 obj
        issued VERB 1 ccomp issue
        by ADP 6 case
        Gondor PROPN 4 obl"""), 4, (("Tense", "Past"), ("VerbForm", "Part")))
    assert repair_parse(bare, profile_of(small_codebook)).token(3).deprel == "obj"


def test_a_modifier_standing_before_the_verb_of_its_object_is_the_verbs_subject(small_codebook):
    s = build_sentence("""
        Arnor ADJ 3 amod
        accused VERB 0 root accuse
        Gondor PROPN 2 obj
        . PUNCT 2 punct""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert (repaired.token(1).head, repaired.token(1).deprel, repaired.token(1).upos) == (2, "nsubj", "PROPN")
    with_subject = build_sentence("""
        Arnor PROPN 3 nsubj
        Rohan ADJ 4 amod
        accused VERB 0 root accuse
        Gondor PROPN 3 obj""")
    assert repair_parse(with_subject, profile_of(small_codebook)).token(2).deprel == "amod"


def test_a_place_between_a_subject_and_its_verb_modifies_the_subject(small_codebook):
    s = build_sentence("""
        Police NOUN 4 nsubj police
        in ADP 3 case
        Minas PROPN 4 obl
        arrested VERB 0 root arrest
        two NUM 6 nummod
        men NOUN 4 obj man""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert (repaired.token(3).head, repaired.token(3).deprel) == (1, "nmod")
    on_a_day = build_sentence("""
        Police NOUN 4 nsubj police
        on ADP 3 case
        Monday PROPN 4 obl
        arrested VERB 0 root arrest
        two NUM 6 nummod
        men NOUN 4 obj man""")
    assert repair_parse(on_a_day, profile_of(small_codebook)).token(3).deprel == "obl"


def test_a_complement_clause_read_as_a_conjunct_is_the_verbs_complement(small_codebook):
    """"Arnor demanded an admission that/mark Gondor attacked/conj Rohan": a conjunct has a
    coordinator, not a complementizer (profile phrases.complementizers); "and that" stays."""
    spec = """
        Arnor PROPN 2 nsubj
        demanded VERB 0 root demand
        an DET 4 det
        admission NOUN 2 obj admission
        {0}
        that SCONJ 8 mark
        Gondor PROPN 8 nsubj
        attacked VERB 2 conj attack
        Rohan PROPN 8 obj"""
    repaired = repair_parse(build_sentence(spec.format("X PUNCT 4 punct")), profile_of(small_codebook))
    assert (repaired.token(8).head, repaired.token(8).deprel) == (2, "ccomp")
    coordinated = repair_parse(build_sentence(spec.format("and CCONJ 8 cc")), profile_of(small_codebook))
    assert coordinated.token(8).deprel == "conj"


PAST_PARTICIPLE = (("Tense", "Past"), ("VerbForm", "Part"))


def test_past_participle_conjoined_after_an_object_becomes_its_reduced_relative(small_codebook):
    s = with_feats(build_sentence("""
        Arnor PROPN 2 nsubj
        welcomed VERB 0 root welcome
        firm ADJ 4 amod
        assurances NOUN 2 obj assurance
        sent VERB 2 conj send
        by ADP 7 case
        Gondor PROPN 5 obl"""), 5, PAST_PARTICIPLE)
    repaired = repair_parse(s, profile_of(small_codebook))
    assert (repaired.token(5).head, repaired.token(5).deprel) == (4, "acl")
    nested = with_feats(build_sentence("""
        Arnor PROPN 2 nsubj
        condemned VERB 0 root condemn
        expulsion NOUN 2 obj
        of ADP 5 case
        aides NOUN 3 nmod aide
        accused VERB 2 conj accuse
        of SCONJ 8 mark
        spying VERB 6 advcl spy"""), 6, PAST_PARTICIPLE)
    repaired = repair_parse(nested, profile_of(small_codebook))
    assert (repaired.token(6).head, repaired.token(6).deprel) == (5, "acl")  # the noun it follows


def test_past_participle_conjunct_with_a_comma_coordinator_or_auxiliary_stays(small_codebook):
    for text in ("""
        Arnor PROPN 2 nsubj
        welcomed VERB 0 root welcome
        assurances NOUN 2 obj assurance
        , PUNCT 5 punct
        sent VERB 2 conj send
        envoys NOUN 5 obj envoy""", """
        Arnor PROPN 2 nsubj
        welcomed VERB 0 root welcome
        assurances NOUN 2 obj assurance
        and CCONJ 5 cc
        sent VERB 2 conj send
        envoys NOUN 5 obj envoy""", """
        Arnor PROPN 2 nsubj
        welcomed VERB 0 root welcome
        assurances NOUN 2 obj assurance
        sent VERB 2 conj send
        Gondor PROPN 4 obj"""):
        s = with_feats(build_sentence(text), 5 if "PUNCT" in text or "CCONJ" in text else 4, PAST_PARTICIPLE)
        assert repair_parse(s, profile_of(small_codebook)) is s


def test_attributive_participle_read_as_a_complement_modifies_the_object(small_codebook):
    s = with_feats(build_sentence("""
        Arnor PROPN 3 nsubj
        will AUX 3 aux
        abandon VERB 0 root
        improved VERB 3 xcomp improve
        trade NOUN 6 compound
        relations NOUN 4 obj relation
        with ADP 8 case
        Gondor PROPN 6 nmod"""), 4, PAST_PARTICIPLE)
    repaired = repair_parse(s, profile_of(small_codebook))
    assert (repaired.token(4).head, repaired.token(4).deprel) == (6, "amod")
    assert (repaired.token(6).head, repaired.token(6).deprel) == (3, "obj")


def test_participle_complement_of_a_verb_with_an_object_or_a_marker_stays(small_codebook):
    had_painted = with_feats(build_sentence("""
        Arnor PROPN 2 nsubj
        had VERB 0 root have
        walls NOUN 2 obj wall
        painted VERB 2 xcomp paint"""), 4, PAST_PARTICIPLE)
    assert repair_parse(had_painted, profile_of(small_codebook)) is had_painted
    perfect = with_feats(build_sentence("""
        Arnor PROPN 2 nsubj
        have VERB 0 root have
        taken VERB 2 xcomp take
        control NOUN 3 obj"""), 3, PAST_PARTICIPLE)
    assert repair_parse(perfect, profile_of(small_codebook)) is perfect
    gerund = build_sentence("""
        Arnor PROPN 2 nsubj
        kept VERB 0 root keep
        asking VERB 2 xcomp ask
        questions NOUN 3 obj question""")
    assert repair_parse(gerund, profile_of(small_codebook)) is gerund


INFINITIVE = (("VerbForm", "Inf"),)


def test_noun_read_as_a_bare_infinitive_is_the_object_of_the_verb(small_codebook):
    s = with_feats(build_sentence("""
        Arnor PROPN 2 nsubj
        promised VERB 0 root promise
        aid VERB 2 xcomp
        to ADP 6 case
        the DET 6 det
        villages NOUN 3 obl village"""), 3, INFINITIVE)
    repaired = repair_parse(s, profile_of(small_codebook))
    assert (repaired.token(3).upos, repaired.token(3).head, repaired.token(3).deprel) == ("NOUN", 2, "obj")
    assert (repaired.token(6).head, repaired.token(6).deprel) == (3, "nmod")


def test_bare_infinitive_after_a_verb_that_takes_one_stays(small_codebook):
    s = with_feats(build_sentence("""
        Arnor PROPN 2 nsubj
        helped VERB 0 root help
        rebuild VERB 2 xcomp
        in ADP 5 case
        Gondor PROPN 3 obl"""), 3, INFINITIVE)
    assert repair_parse(s, profile_of(small_codebook)) is s
    marked = with_feats(build_sentence("""
        Arnor PROPN 2 nsubj
        promised VERB 0 root promise
        to PART 4 mark
        aid VERB 2 xcomp
        Gondor PROPN 4 obj"""), 4, INFINITIVE)
    assert repair_parse(marked, profile_of(small_codebook)) is marked


def test_second_bare_infinitive_after_a_modal_stays(small_codebook):
    s = with_feats(with_feats(build_sentence("""
        Arnor PROPN 3 nsubj
        can AUX 3 aux
        ever VERB 0 root
        clash VERB 3 xcomp
        with ADP 6 case
        Gondor PROPN 4 obl"""), 3, INFINITIVE), 4, INFINITIVE)
    assert repair_parse(s, profile_of(small_codebook)) is s


def test_subordinator_read_as_case_of_a_ud1_nmod_subject_hung_on_its_verb(small_codebook):
    # a UD v1 parse: "after" the case marker of the subject, hung as nmod on the verb after
    # it, the clause conjoined to the last noun before it
    s = build_sentence("""
        Arnor PROPN 2 nsubj
        restored VERB 0 root restore
        ties NOUN 2 obj tie
        with ADP 5 case
        Gondor PROPN 2 nmod
        after ADP 8 case
        Rohan PROPN 8 compound
        crowds NOUN 9 nmod crowd
        burned VERB 5 conj burn
        its PRON 11 nmod:poss
        embassy NOUN 9 obj""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert (repaired.token(6).head, repaired.token(6).deprel) == (9, "mark")
    assert (repaired.token(8).head, repaired.token(8).deprel) == (9, "nsubj")
    assert (repaired.token(9).head, repaired.token(9).deprel) == (2, "advcl")  # the verb above "Gondor"


def test_a_pronoun_read_as_expletive_of_an_adjective_of_intent_is_its_subject(small_codebook):
    # "Gondor said it was ready to attack Arnor": the compact model reads "it" as an expletive
    s = build_sentence("""
        Gondor PROPN 2 nsubj
        said VERB 0 root say
        it PRON 5 expl
        was AUX 5 cop be
        ready ADJ 2 ccomp
        to PART 7 mark
        attack VERB 5 xcomp attack
        Arnor PROPN 7 obj""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert repaired.token(3).deprel == "nsubj"
    # "it is hard to say": no adjective of intent, the expletive stays
    hard = build_sentence("""
        it PRON 3 expl
        is AUX 3 cop be
        hard ADJ 0 root
        to PART 5 mark
        say VERB 3 xcomp say""")
    assert repair_parse(hard, profile_of(small_codebook)) is hard


def test_a_complement_read_as_a_relative_clause_with_two_subjects_is_the_verbs_complement(small_codebook):
    """"Arnor told the council that/nsubj Gondor/nsubj had attacked/acl:relcl Mordor": a
    relative clause has one subject; the complementizer marks a complement of "told", whose
    act is Gondor's. A true relative clause ("the council that/nsubj attacked Mordor") stays."""
    s = build_sentence("""
        Arnor PROPN 2 nsubj
        told VERB 0 root tell
        the DET 4 det
        council NOUN 2 obj
        that PRON 8 nsubj
        Gondor PROPN 8 nsubj
        had AUX 8 aux have
        attacked VERB 4 acl:relcl attack
        Mordor PROPN 8 obj""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert [(repaired.token(i).head, repaired.token(i).deprel) for i in (5, 8)] == [(8, "mark"), (2, "ccomp")]
    relative = build_sentence("""
        Arnor PROPN 2 nsubj
        told VERB 0 root tell
        the DET 4 det
        council NOUN 2 obj
        that PRON 6 nsubj
        attacked VERB 4 acl:relcl attack
        Mordor PROPN 6 obj""")
    assert repair_parse(relative, profile_of(small_codebook)).token(6).deprel == "acl:relcl"


def test_a_subject_hung_on_an_auxiliary_is_the_verbs_subject(small_codebook):
    """"said that the army/nsubj(had) had/aux killed ten protesters": an auxiliary heads no
    subject; the verb it belongs to, which has none of its own, does."""
    spec = """
        Arnor PROPN 2 nsubj
        said VERB 0 root say
        that SCONJ 6 mark
        Gondor PROPN 5 nsubj
        had VERB 6 aux have
        attacked VERB 2 ccomp attack
        Mordor PROPN 6 obj"""
    repaired = repair_parse(build_sentence(spec), profile_of(small_codebook))
    assert (repaired.token(4).head, repaired.token(4).deprel) == (6, "nsubj")
    assert [(e.source.code, e.target.code, e.code) for e in code_document(build_document(spec), small_codebook)] \
        == [("GON", "MOR", "190")]


def test_a_negator_hung_on_the_verb_before_its_complements_infinitive_negates_the_infinitive(news_codebook_for_repairs):
    """"Gondor decided not/advmod(decided) to meet Mordor": the negator belongs to "meet",
    and deciding not to meet refuses the meeting (125, the negation of its intent 036)."""
    spec = """
        Gondor PROPN 2 nsubj
        decided VERB 0 root decide
        not PART 2 advmod
        to PART 5 mark
        meet VERB 2 xcomp meet
        Mordor PROPN 5 obj"""
    repaired = repair_parse(build_sentence(spec), profile_of(news_codebook_for_repairs))
    assert (repaired.token(3).head, repaired.token(3).deprel) == (5, "advmod")
    assert [(e.source.code, e.target.code, e.code) for e in code_document(build_document(spec), news_codebook_for_repairs)] \
        == [("GON", "MOR", "125")]


def test_relative_clause_read_as_the_main_clause_gives_the_main_verb_back(news_codebook_for_repairs):
    """"Arnor and Gondor, which fought a war in 1980, held talks in Minas on Monday", with the
    relative clause's verb heading the sentence (two subjects) and "held" the modifier of its
    second object: "held" heads the sentence, the talks its object, the clause a relative
    clause of Arnor; the meeting codes."""
    s = build_sentence("""
        Arnor PROPN 6 nsubj
        and CCONJ 3 cc
        Gondor PROPN 1 conj
        , PUNCT 1 punct
        which PRON 6 nsubj
        fought VERB 0 root fight
        a DET 8 det
        war NOUN 6 obj
        in ADP 10 case
        1980 NUM 8 nmod
        , PUNCT 6 punct
        held VERB 13 amod hold
        talks NOUN 6 obj talks
        on ADP 15 case
        Monday PROPN 13 nmod
        . PUNCT 6 punct""")
    repaired = repair_parse(s, profile_of(news_codebook_for_repairs))
    assert [(repaired.token(i).head, repaired.token(i).deprel) for i in (1, 6, 12, 13, 16)] == [
        (12, "nsubj"), (1, "acl:relcl"), (0, "root"), (12, "obj"), (12, "punct")]
    one_subject = build_sentence("""
        Arnor PROPN 2 nsubj
        fought VERB 0 root fight
        a DET 4 det
        war NOUN 2 obj
        , PUNCT 2 punct
        held VERB 7 amod hold
        talks NOUN 2 obj talks""")
    assert repair_parse(one_subject, profile_of(news_codebook_for_repairs)) is one_subject


def test_a_first_noun_read_as_a_verb_before_a_past_verb_modifies_the_subject(news_codebook_for_repairs):
    """"aid troops delivered food to Arnor" (lower case) read as aid/root troops/obj
    delivered/xcomp: an open complement is never a finite past, so "aid" is a compound of
    "troops", the subject of "delivered", which heads the sentence."""
    s = with_feats(build_sentence("""
        aid VERB 0 root
        troops NOUN 1 obj troops
        delivered VERB 1 xcomp deliver
        food NOUN 3 obj
        to ADP 6 case
        Arnor PROPN 3 obl
        . PUNCT 1 punct"""), 3, (("Tense", "Past"), ("VerbForm", "Part")))
    repaired = repair_parse(s, profile_of(news_codebook_for_repairs))
    assert [(t.upos, t.head, t.deprel) for t in repaired.tokens[:3]] == [
        ("NOUN", 2, "compound"), ("NOUN", 3, "nsubj"), ("VERB", 0, "root")]
    assert repaired.token(7).head == 3
    # an infinitive complement ("let troops deliver food") stays as it is
    let = with_feats(build_sentence("""
        let VERB 0 root
        troops NOUN 1 obj troops
        deliver VERB 1 xcomp deliver
        food NOUN 3 obj"""), 3, (("VerbForm", "Inf"),))
    assert repair_parse(let, profile_of(news_codebook_for_repairs)) is let
