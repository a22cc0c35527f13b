"""Phrases a parser hangs on the wrong word (coder.code.phrase_repairs), on hand-built parses
with made-up places."""

from __future__ import annotations

from dataclasses import replace

from coder.code import code_document
from coder.code.language import profile_of
from coder.code.repairs import repair_parse
from coder.doc import Document
from conftest import build_sentence

FINITE = (("Mood", "Ind"), ("Tense", "Past"), ("VerbForm", "Fin"))
PARTICIPLE = (("Tense", "Past"), ("VerbForm", "Part"), ("Voice", "Pass"))


def with_feats(sentence, **feats_by_id):
    tokens = tuple(replace(t, feats=feats_by_id[f"t{t.id}"]) if f"t{t.id}" in feats_by_id else t
                   for t in sentence.tokens)
    return replace(sentence, tokens=tokens)


def relation(sentence, token_id):
    return sentence.token(token_id).head, sentence.token(token_id).deprel


def events_of(sentence, codebook):
    doc = Document(sentence.doc_id, sentence.text, (sentence,))
    return sorted((e.source.code if e.source else None, e.target.code if e.target else None, e.code)
                  for e in code_document(doc, codebook))


def test_an_apposition_read_as_a_conjunct_is_an_apposition_with_the_words_between_its_commas(small_codebook):
    s = build_sentence("""
        The DET 3 det
        rebel ADJ 3 amod
        group NOUN 9 nsubj group
        , PUNCT 5 punct
        Legion NOUN 3 conj legion
        of ADP 7 case
        Orcs PROPN 3 nmod
        , PUNCT 5 punct
        attacked VERB 0 root attack
        Gondor PROPN 9 obj""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert relation(repaired, 5) == (3, "appos")
    assert relation(repaired, 7) == (5, "nmod")
    assert relation(repaired, 3) == (9, "nsubj")


def test_a_list_with_a_coordinator_or_without_a_closing_comma_stays_a_list(small_codebook):
    with_and = build_sentence("""
        Arnor PROPN 6 nsubj
        , PUNCT 3 punct
        Rohan PROPN 1 conj
        and CCONJ 5 cc
        Gondor PROPN 1 conj
        attacked VERB 0 root attack
        Mordor PROPN 6 obj""")
    assert repair_parse(with_and, profile_of(small_codebook)) is with_and
    unclosed = build_sentence("""
        Arnor PROPN 4 nsubj
        , PUNCT 3 punct
        Rohan PROPN 1 conj
        attacked VERB 0 root attack
        Mordor PROPN 4 obj""")
    assert repair_parse(unclosed, profile_of(small_codebook)) is unclosed
    coordinated_later = build_sentence("""
        Arnor PROPN 8 nsubj
        , PUNCT 3 punct
        Rohan PROPN 1 conj
        , PUNCT 3 punct
        and CCONJ 7 cc
        good ADJ 7 amod
        Gondor PROPN 8 nsubj
        attacked VERB 0 root attack
        Mordor PROPN 8 obj""")
    repaired = repair_parse(coordinated_later, profile_of(small_codebook))
    assert relation(repaired, 3) == (1, "conj")  # no apposition
    assert relation(repaired, 7) == (1, "conj")  # the second subject: a conjunct


def test_a_conjunct_read_as_a_second_subject_is_a_conjunct_of_the_first(small_codebook):
    s = build_sentence("""
        Arnor PROPN 6 nsubj
        and CCONJ 4 cc
        evil NOUN 4 compound
        awful NOUN 5 compound
        Gondor PROPN 6 nsubj
        attacked VERB 0 root attack
        Mordor PROPN 6 obj""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert relation(repaired, 5) == (1, "conj")
    assert relation(repaired, 2) == (5, "cc")
    assert events_of(s, small_codebook) == [("ARN", "MOR", "190"), ("GON", "MOR", "190")]


def test_two_subjects_without_a_coordinator_between_them_stay_subjects(small_codebook):
    apart = build_sentence("""
        Arnor PROPN 2 compound
        forces NOUN 5 nsubj force
        , PUNCT 4 punct
        officials NOUN 5 nsubj official
        said VERB 0 root say""")
    assert repair_parse(apart, profile_of(small_codebook)) is apart
    but = build_sentence("""
        Arnor PROPN 5 nsubj
        , PUNCT 3 punct
        but CCONJ 4 cc
        Gondor PROPN 5 nsubj
        attacked VERB 0 root attack""")
    assert repair_parse(but, profile_of(small_codebook)) is but


def test_a_speaker_read_as_a_conjunct_of_a_noun_of_the_reported_clause_is_the_speakers_verbs_subject(small_codebook):
    s = with_feats(build_sentence("""
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        troops NOUN 2 obj troops
        in ADP 5 case
        Rohan PROPN 3 nmod
        , PUNCT 7 punct
        Gondor PROPN 5 conj
        said VERB 2 parataxis say"""), t2=FINITE, t8=FINITE)
    repaired = repair_parse(s, profile_of(small_codebook))
    assert relation(repaired, 7) == (8, "nsubj")
    assert events_of(repaired, small_codebook) == [("ARN", "ROHMIL", "190")]


def test_a_day_beside_the_subject_or_opening_the_complements_subject_is_the_time(small_codebook):
    beside = build_sentence("""
        Arnor PROPN 3 nsubj
        Monday PROPN 3 nsubj
        said VERB 0 root say
        Gondor PROPN 5 nsubj
        attacked VERB 3 ccomp attack
        Rohan PROPN 5 obj""")
    repaired = repair_parse(beside, profile_of(small_codebook))
    assert relation(repaired, 2) == (3, "obl:tmod")
    assert relation(repaired, 1) == (3, "nsubj")
    opening = build_sentence("""
        Arnor PROPN 2 nsubj
        said VERB 0 root say
        Monday PROPN 4 compound
        Gondor PROPN 5 nsubj
        attacked VERB 2 ccomp attack
        Rohan PROPN 5 obj""")
    repaired = repair_parse(opening, profile_of(small_codebook))
    assert relation(repaired, 3) == (2, "obl:tmod")
    assert events_of(repaired, small_codebook) == [("GON", "ROH", "190")]


def test_a_subject_hung_on_the_complement_of_the_verb_after_it_is_that_verbs_subject(small_codebook):
    s = build_sentence("""
        Officials NOUN 7 nsubj:pass official
        in ADP 3 case
        Arnor PROPN 1 nmod
        said VERB 0 root say
        Gondor PROPN 6 compound
        troops NOUN 7 nsubj:pass troops
        attacked VERB 4 ccomp attack
        Rohan PROPN 7 obj""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert relation(repaired, 1) == (4, "nsubj")
    assert relation(repaired, 6) == (7, "nsubj:pass")


def test_a_participle_clause_after_the_subject_read_as_the_main_verb_modifies_the_subject(small_codebook):
    s = with_feats(build_sentence("""
        troops NOUN 3 nsubj:pass troops
        , PUNCT 1 punct
        backed VERB 0 root back
        by ADP 5 case
        Mordor PROPN 3 obl:agent
        , PUNCT 7 punct
        attacked VERB 3 conj attack
        Gondor PROPN 7 obj
        . PUNCT 3 punct"""), t3=PARTICIPLE, t7=FINITE)
    repaired = repair_parse(s, profile_of(small_codebook))
    assert relation(repaired, 7) == (0, "root")
    assert relation(repaired, 1) == (7, "nsubj")
    assert relation(repaired, 3) == (1, "acl")
    assert relation(repaired, 5) == (3, "obl:agent")
    assert relation(repaired, 9) == (7, "punct")
    assert ("---MIL", "GON", "190") in events_of(repaired, small_codebook)


def test_an_agent_read_as_the_subject_of_the_main_verb_goes_back_to_its_participle(small_codebook):
    s = with_feats(build_sentence("""
        rebels NOUN 2 nsubj rebel
        backed VERB 0 root back
        by ADP 4 case
        Mordor PROPN 5 nsubj
        attacked VERB 2 xcomp attack
        Gondor PROPN 5 obj"""), t2=PARTICIPLE, t5=FINITE)
    repaired = repair_parse(s, profile_of(small_codebook))
    assert relation(repaired, 5) == (0, "root")
    assert relation(repaired, 1) == (5, "nsubj")
    assert relation(repaired, 4) == (2, "obl:agent")
    assert events_of(repaired, small_codebook) == [("---REB", "GON", "190")]


def test_a_participle_with_its_agent_before_an_adverbial_main_verb_modifies_the_subject(small_codebook):
    # "rebels backed/root by Mordor attacked/advcl Gondor" (no commas): the participle's
    # "by" phrase says it is no finite verb of its own
    s = with_feats(build_sentence("""
        rebels NOUN 2 nsubj rebel
        backed VERB 0 root back
        by ADP 4 case
        Mordor PROPN 2 obl
        attacked VERB 2 advcl attack
        Gondor PROPN 5 obj"""), t2=PARTICIPLE, t5=FINITE)
    repaired = repair_parse(s, profile_of(small_codebook))
    assert relation(repaired, 5) == (0, "root")
    assert relation(repaired, 1) == (5, "nsubj")
    assert relation(repaired, 2) == (1, "acl")
    assert events_of(repaired, small_codebook) == [("---REB", "GON", "190")]
    without_agent = with_feats(build_sentence("""
        rebels NOUN 2 nsubj rebel
        backed VERB 0 root back
        Mordor PROPN 2 obj
        attacked VERB 2 advcl attack
        Gondor PROPN 4 obj"""), t2=PARTICIPLE, t4=FINITE)
    assert repair_parse(without_agent, profile_of(small_codebook)) is without_agent


def test_the_main_verb_tagged_as_a_participle_with_an_object_is_a_finite_verb(small_codebook):
    # "warplanes backed by Mordor/nsubj(bombed) bombed/Part positions": a participle with an
    # object and no auxiliary is an active verb however it is tagged
    s = with_feats(build_sentence("""
        warplanes NOUN 2 nsubj warplane
        backed VERB 0 root back
        by ADP 4 case
        Mordor PROPN 5 nsubj
        attacked VERB 2 advcl attack
        Gondor PROPN 5 obj"""), t2=PARTICIPLE, t5=PARTICIPLE)
    repaired = repair_parse(s, profile_of(small_codebook))
    assert relation(repaired, 5) == (0, "root")
    assert relation(repaired, 1) == (5, "nsubj")
    assert relation(repaired, 4) == (2, "obl:agent")


def test_a_passive_with_its_auxiliary_is_no_participle_clause(small_codebook):
    s = with_feats(build_sentence("""
        troops NOUN 3 nsubj:pass troops
        were AUX 3 aux:pass be
        backed VERB 0 root back
        by ADP 5 case
        Mordor PROPN 3 obl:agent
        , PUNCT 7 punct
        attacked VERB 3 conj attack
        Gondor PROPN 7 obj"""), t3=PARTICIPLE, t7=FINITE)
    assert repair_parse(s, profile_of(small_codebook)) is s


def test_an_agent_read_as_the_subject_of_a_participle_after_it_is_the_passives_agent(small_codebook):
    s = with_feats(build_sentence("""
        Gondor PROPN 3 nsubj:pass
        was AUX 3 aux:pass be
        attacked VERB 0 root attack
        by ADP 5 case
        rebels NOUN 6 nsubj rebel
        armed VERB 3 conj arm
        with ADP 8 case
        machetes NOUN 6 obl machete
        , PUNCT 10 punct
        killing VERB 6 conj kill
        dozens NOUN 10 obj dozen"""), t3=PARTICIPLE, t6=PARTICIPLE, t10=(("VerbForm", "Ger"),))
    repaired = repair_parse(s, profile_of(small_codebook))
    assert relation(repaired, 5) == (3, "obl:agent")
    assert relation(repaired, 6) == (5, "acl")
    assert relation(repaired, 10) == (3, "advcl")
    assert events_of(repaired, small_codebook) == [("---REB", "GON", "190")]


def test_an_event_noun_in_ing_read_as_a_verb_after_an_articled_noun_is_the_subjects_noun(small_codebook):
    subject = with_feats(build_sentence("""
        A DET 2 det
        suicide NOUN 3 nsubj suicide
        attacking VERB 4 nsubj attack
        killed VERB 0 root kill
        troops NOUN 4 obj troops"""), t3=(("VerbForm", "Ger"),), t4=FINITE)
    repaired = repair_parse(subject, profile_of(small_codebook))
    assert (repaired.token(3).upos, repaired.token(3).lemma) == ("NOUN", "attacking")
    assert relation(repaired, 2) == (3, "compound")
    assert relation(repaired, 1) == (3, "det")
    heading = with_feats(build_sentence("""
        A DET 2 det
        car NOUN 3 nsubj car
        bombing VERB 0 root bomb
        in ADP 5 case
        Minas PROPN 3 obl
        wounded VERB 3 advcl wound
        troops NOUN 6 obj troops"""), t3=(("VerbForm", "Part"),), t6=FINITE)
    repaired = repair_parse(heading, profile_of(small_codebook))
    assert relation(repaired, 6) == (0, "root")
    assert relation(repaired, 3) == (6, "nsubj")
    assert relation(repaired, 5) == (3, "obl")


def test_an_ing_verb_with_an_object_or_a_plural_subject_stays_a_verb(small_codebook):
    with_object = with_feats(build_sentence("""
        The DET 2 det
        army NOUN 3 nsubj army
        shelling VERB 0 root shell
        Minas PROPN 3 obj"""), t3=(("VerbForm", "Ger"),))
    assert repair_parse(with_object, profile_of(small_codebook)) is with_object
    plural = with_feats(build_sentence("""
        The DET 2 det
        protesters NOUN 3 nsubj protester
        marching VERB 0 root march
        clashed VERB 3 advcl clash"""), t3=(("VerbForm", "Ger"),), t4=FINITE)
    plural = replace(plural, tokens=tuple(replace(t, feats=(("Number", "Plur"),)) if t.id == 2 else t
                                          for t in plural.tokens))
    assert repair_parse(plural, profile_of(small_codebook)).token(3).upos == "VERB"


def test_an_objects_noun_read_as_the_subject_of_a_participle_after_it_heads_the_object(small_codebook):
    s = with_feats(build_sentence("""
        troops NOUN 2 nsubj troops
        attacked VERB 0 root attack
        two NUM 4 nummod
        Mordor PROPN 2 obj
        camps NOUN 6 nsubj camp
        located VERB 2 advcl locate
        in ADP 8 case
        Rohan PROPN 6 obl"""), t2=FINITE, t6=PARTICIPLE)
    repaired = repair_parse(s, profile_of(small_codebook))
    assert relation(repaired, 5) == (2, "obj")
    assert relation(repaired, 4) == (5, "compound")
    assert relation(repaired, 3) == (5, "nummod")
    assert relation(repaired, 6) == (5, "acl")
    common = replace(s, tokens=tuple(replace(t, upos="NOUN") if t.id == 4 else t for t in s.tokens))
    assert repair_parse(common, profile_of(small_codebook)) is common


def test_a_day_heading_the_subject_gives_it_back_to_the_noun_before_it(small_codebook):
    s = with_feats(build_sentence("""
        Gondor PROPN 3 compound
        army NOUN 3 compound army
        today NOUN 4 nsubj today
        attacked VERB 0 root attack
        Rohan PROPN 4 obj"""), t4=FINITE)
    repaired = repair_parse(s, profile_of(small_codebook))
    assert relation(repaired, 2) == (4, "nsubj")
    assert relation(repaired, 1) == (2, "compound")
    assert relation(repaired, 3) == (4, "obl:tmod")


def test_a_speaker_read_as_a_second_object_of_the_verb_before_it_is_the_speakers_verbs_subject(small_codebook):
    s = with_feats(build_sentence("""
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj
        , PUNCT 5 punct
        spokesman NOUN 2 obj spokesman
        said VERB 2 advcl say"""), t2=FINITE, t6=FINITE)
    repaired = repair_parse(s, profile_of(small_codebook))
    assert relation(repaired, 5) == (6, "nsubj")


def test_the_complement_of_a_verb_of_object_control_read_as_a_purpose_is_its_complement(small_codebook):
    def ordered(verb, lemma):
        return with_feats(build_sentence(f"""
            Arnor PROPN 2 nsubj
            {verb} VERB 0 root {lemma}
            Gondor PROPN 2 obj
            to PART 5 mark
            withdraw VERB 2 advcl withdraw
            troops NOUN 5 obj troops"""), t2=FINITE)

    assert relation(repair_parse(ordered("ordered", "order"), profile_of(small_codebook)), 5) == (2, "xcomp")
    sent = ordered("sent", "send")  # "sent Gondor to withdraw troops": a purpose, left alone
    assert repair_parse(sent, profile_of(small_codebook)) is sent


def test_a_subject_hung_on_a_conjoined_reporting_clause_is_the_subject_of_the_verb_before_it(small_codebook):
    """"Arnor's army/nsubj(reported) attacked Gondor, Rohan radio reported/conj": a verb has
    one subject; the first one is that of the subjectless verb between."""
    s = build_sentence("""
        Arnor PROPN 2 nmod:poss
        army NOUN 8 nsubj army
        attacked VERB 0 root attack
        Gondor PROPN 3 obj
        , PUNCT 8 punct
        Rohan PROPN 7 compound
        radio NOUN 8 nsubj radio
        reported VERB 3 conj report""")
    assert relation(repair_parse(s, profile_of(small_codebook)), 2) == (3, "nsubj")
    assert relation(repair_parse(s, profile_of(small_codebook)), 7) == (8, "nsubj")
    assert events_of(s, small_codebook) == [("ARNMIL", "GON", "190")]


def test_an_approximator_read_as_the_preposition_of_a_counted_subject(small_codebook):
    """"About/case 200 soldiers/obl attacked Gondor": "about" before a number makes it
    approximate (profile phrases.approximators); the phrase is the verb's subject."""
    s = build_sentence("""
        About ADP 3 case about
        200 NUM 3 nummod
        soldiers NOUN 4 obl soldier
        attacked VERB 0 root attack
        Gondor PROPN 4 obj""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert relation(repaired, 3) == (4, "nsubj")
    assert relation(repaired, 1) == (2, "advmod")
    assert events_of(s, small_codebook) == [("---MIL", "GON", "190")]
    after = build_sentence("""
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        around ADP 5 case around
        200 NUM 5 nummod
        soldiers NOUN 2 obl soldier""")
    assert relation(repair_parse(after, profile_of(small_codebook)), 5) == (2, "obl")  # a verb's subject comes first


def test_a_language_without_gerund_noun_endings_keeps_such_verbs_as_parsed(small_codebook):
    heading = with_feats(build_sentence("""
        A DET 2 det
        car NOUN 3 nsubj car
        bombing VERB 0 root bomb"""), t3=(("VerbForm", "Ger"),))
    no_endings = replace(profile_of(small_codebook), gerund_noun_endings=())
    assert repair_parse(heading, no_endings) is heading
    assert repair_parse(heading, profile_of(small_codebook)).token(3).upos == "NOUN"


def test_a_possessor_whose_possessive_stayed_attached_is_the_possessor_of_the_noun_after_it(small_codebook):
    """"Gondor's army attacked": a tokenizer that leaves "'s" on the name may lead a parser
    to read the possessor as a second subject (or object, or oblique with the case marker)."""
    s = build_sentence("""
        Gondor's PROPN 3 nsubj
        army NOUN 3 nsubj army
        attacked VERB 0 root attack
        near ADP 5 case
        Arnor's PROPN 3 obl
        northern ADJ 7 amod
        border NOUN 3 obl""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert relation(repaired, 1) == (2, "nmod:poss")
    assert relation(repaired, 2) == (3, "nsubj")
    assert relation(repaired, 5) == (7, "nmod:poss")
    assert relation(repaired, 4) == (7, "case")
    assert events_of(repaired, small_codebook) == [("GONMIL", "ARN", "190")]


def test_a_possessive_word_with_words_of_its_own_after_it_or_a_noun_of_another_relation_stays(small_codebook):
    s = build_sentence("""
        Gondor's PROPN 4 nsubj
        of ADP 3 case
        Rohan PROPN 1 nmod
        attacked VERB 0 root attack
        Arnor's PROPN 4 obj
        army NOUN 4 obl army""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert relation(repaired, 1) == (4, "nsubj")
    assert relation(repaired, 5) == (4, "obj")


def test_a_possessor_whose_split_possessive_hangs_on_it_is_the_possessor_of_the_noun_after_it(small_codebook):
    # "the Mordor Workers ' Party attacked": "'" hung on "Workers", a second subject beside "Party"
    s = build_sentence("""
        the DET 3 det
        Mordor PROPN 3 compound
        Workers NOUN 6 nsubj worker
        ' PUNCT 3 punct
        Party PROPN 6 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 6 obj""")
    repaired = repair_parse(s, profile_of(small_codebook))
    assert relation(repaired, 3) == (5, "nmod:poss")
    assert relation(repaired, 4) == (3, "case")
    assert relation(repaired, 5) == (6, "nsubj")
