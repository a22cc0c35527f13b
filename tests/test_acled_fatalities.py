"""Fatality figures from hand-built parses (no model needed)."""

from __future__ import annotations

from conftest import build_sentence

from coder.acled.fatalities import number_value, sentence_fatalities

KILLED_12_WOUNDED_30 = """
The DET 2 det
attack NOUN 3 nsubj
killed VERB 0 root kill
12 NUM 5 nummod
people NOUN 3 obj
and CCONJ 7 cc
wounded VERB 3 conj wound
30 NUM 9 nummod
others NOUN 7 obj
. PUNCT 3 punct
"""

AT_LEAST_FIVE_DEAD = """
At ADP 2 case
least ADJ 3 advmod
five NUM 4 nummod
people NOUN 6 nsubj
were AUX 6 cop be
dead ADJ 0 root
. PUNCT 6 punct
"""

KILLING_TWO_AND_THREE = """
Militants NOUN 2 nsubj militant
attacked VERB 0 root attack
a DET 4 det
checkpoint NOUN 2 obj
, PUNCT 6 punct
killing VERB 2 advcl kill
two NUM 8 nummod
soldiers NOUN 6 obj soldier
and CCONJ 11 cc
three NUM 11 nummod
civilians NOUN 8 conj civilian
. PUNCT 2 punct
"""

DEATH_TOLL_ROSE_TO_30 = """
The DET 3 det
death NOUN 3 compound
toll NOUN 4 nsubj
rose VERB 0 root rise
to ADP 6 case
30 NUM 4 obl
. PUNCT 4 punct
"""

NO_ONE_KILLED = """
No DET 2 det
one PRON 4 nsubj:pass
was AUX 4 aux:pass be
killed VERB 0 root kill
. PUNCT 4 punct
"""

ARRESTED_IN_2019 = """
Police NOUN 2 nsubj
arrested VERB 0 root arrest
20 NUM 4 nummod
protesters NOUN 2 obj protester
in ADP 6 case
2019 NUM 2 obl
. PUNCT 2 punct
"""

KILLED_A_POLICEMAN = """
Gunmen NOUN 2 nsubj gunman
killed VERB 0 root kill
a DET 4 det
policeman NOUN 2 obj
. PUNCT 2 punct
"""

TWO_FIGURES = """
Twenty-one NUM 2 nummod
people NOUN 3 nsubj
died VERB 0 root die
, PUNCT 7 punct
while SCONJ 7 mark
residents NOUN 7 nsubj resident
said VERB 3 advcl say
25 NUM 10 nsubj:pass
were AUX 10 aux:pass be
killed VERB 7 ccomp kill
. PUNCT 3 punct
"""

DOZENS = """
The DET 2 det
army NOUN 3 nsubj
killed VERB 0 root kill
dozens NOUN 3 obj dozen
of ADP 6 case
militants NOUN 4 nmod militant
. PUNCT 3 punct
"""


def test_killed_twelve_not_the_wounded():
    assert sentence_fatalities(build_sentence(KILLED_12_WOUNDED_30)) == 12


def test_at_least_five_dead():
    assert sentence_fatalities(build_sentence(AT_LEAST_FIVE_DEAD)) == 5


def test_conjoined_counts_add_up():
    assert sentence_fatalities(build_sentence(KILLING_TWO_AND_THREE)) == 5


def test_death_toll_rose_to():
    assert sentence_fatalities(build_sentence(DEATH_TOLL_ROSE_TO_30)) == 30


def test_no_one_killed_is_zero():
    assert sentence_fatalities(build_sentence(NO_ONE_KILLED)) == 0


def test_no_death_word_is_zero_and_years_are_not_counts():
    assert sentence_fatalities(build_sentence(ARRESTED_IN_2019)) == 0


def test_single_victim_without_number():
    assert sentence_fatalities(build_sentence(KILLED_A_POLICEMAN)) == 1


def test_two_reports_keep_the_lowest():
    assert sentence_fatalities(build_sentence(TWO_FIGURES)) == 21


def test_vague_quantity_from_rules(tmp_path):
    from coder.acled.rules import compile_rules

    rules = compile_rules([{"file": "x.yaml", "data": {"fatalities": {"vague_numbers": {"dozens": 12}}}}])
    assert sentence_fatalities(build_sentence(DOZENS), rules) == 12
    without = compile_rules([{"file": "x.yaml", "data": {"fatalities": {"death_words": ["killed"]}}}])
    assert sentence_fatalities(build_sentence(DOZENS), without) == 0  # not a reported figure there
    assert sentence_fatalities(build_sentence(DOZENS)) == 12  # no rules given: the shipped ones


def test_a_range_of_figures_keeps_the_lowest_and_is_not_one_number():
    assert sentence_fatalities(build_sentence("""
Between ADP 2 case
10 NUM 5 nummod
and CCONJ 4 cc
12 NUM 2 conj
people NOUN 7 nsubj:pass
were AUX 7 aux:pass
killed VERB 0 root kill
. PUNCT 7 punct
""")) == 10


def test_a_number_written_in_words_with_a_connector_is_one_number():
    assert number_value(["one", "hundred", "and", "five"]) == 105
    assert sentence_fatalities(build_sentence("""
Rebels NOUN 2 nsubj rebel
killed VERB 0 root kill
one NUM 5 nummod
hundred NUM 3 flat
and CCONJ 6 cc
five NUM 3 conj
villagers NOUN 2 obj villager
. PUNCT 2 punct
""")) == 105


def test_number_words():
    assert number_value(["twenty-one"]) == 21
    assert number_value(["1,200"]) == 1200
    assert number_value(["two", "hundred"]) == 200
    assert number_value(["five"]) == 5
    assert number_value(["people"]) is None


def test_shot_dead_or_lynched_one_person_is_one_death():
    shot_dead = build_sentence("""
        Gunmen NOUN 2 nsubj gunman
        shot VERB 0 root shoot
        dead ADJ 2 xcomp
        a DET 5 det
        trader NOUN 2 obj""")
    lynched = build_sentence("""
        Villagers NOUN 2 nsubj villager
        lynched VERB 0 root lynched
        a DET 4 det
        thief NOUN 2 obj""")
    assert sentence_fatalities(shot_dead) == 1
    from coder.codebook import load_codebook

    rules = load_codebook(None).acled  # the shipped death words ("lynch*")
    assert sentence_fatalities(lynched, rules) == 1  # the lemmatizer left the form as written


def test_kill_verbs_and_one_victim_words_are_the_rule_files_data():
    from coder.codebook import load_codebook

    rules = load_codebook(None).acled
    killed_one = build_sentence("""
        Sicarios NOUN 2 nsubj sicario
        asesinaron VERB 0 root asesinar
        a ADP 5 case
        un DET 5 det
        comerciante NOUN 2 obj comerciante""")
    assert sentence_fatalities(killed_one, rules) == 1
    shot_not_dead = build_sentence("""
        Gunmen NOUN 2 nsubj gunman
        shot VERB 0 root shoot
        a DET 4 det
        trader NOUN 2 obj""")
    assert sentence_fatalities(shot_not_dead, rules) == 0  # shooting needs "dead" to be a death


def test_an_age_written_with_hyphens_is_not_a_count():
    aged = build_sentence("""
        A DET 7 det
        25 NUM 4 nummod
        - PUNCT 4 punct
        year NOUN 7 compound year
        - PUNCT 4 punct
        old ADJ 7 amod old
        man NOUN 9 nsubj:pass man
        was AUX 9 aux:pass be
        shot VERB 0 root shoot
        dead ADJ 9 xcomp dead""")
    assert sentence_fatalities(aged) == 1


def test_counts_and_ages_in_another_language_come_from_its_profile():
    from coder.lang import builtin_profile

    es = builtin_profile("es")
    killed_three_and_two = build_sentence("""
Asesinaron VERB 0 root asesinar
a ADP 4 case
tres NUM 4 nummod
soldados NOUN 1 obj soldado
y CCONJ 7 cc
dos NUM 7 nummod
civiles NOUN 4 conj civil
. PUNCT 1 punct
""")
    assert sentence_fatalities(killed_three_and_two, profile=es) == 5
    woman_of_sixty_killed = build_sentence("""
Una DET 2 det
mujer NOUN 7 nsubj:pass
de ADP 4 case
60 NUM 5 nummod
años NOUN 2 nmod año
fue AUX 7 aux:pass
asesinada VERB 0 root asesinar
. PUNCT 7 punct
""")
    assert sentence_fatalities(woman_of_sixty_killed, profile=es) == 1
