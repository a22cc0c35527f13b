"""Event locations from hand-built parses and the offline gazetteer."""

from __future__ import annotations

from conftest import build_document, written_with_hyphens_joined

from coder.acled.locations import NO_LOCATION, document_country, event_location

IN_NAIROBI = """
Protesters NOUN 2 nsubj protester
marched VERB 0 root march
in ADP 4 case
Nairobi PROPN 2 obl
on ADP 6 case
Tuesday PROPN 2 obl
. PUNCT 2 punct
"""

NEAR_MAYADIN = """
Fighters NOUN 2 nsubj fighter
attacked VERB 0 root attack
a DET 4 det
checkpoint NOUN 2 obj
near ADP 6 case
Mayadin PROPN 2 obl
. PUNCT 2 punct
"""

IDLIB_PROVINCE = """
Turkish ADJ 2 amod
forces NOUN 4 nsubj force
set VERB 4 compound:prt
up ADP 0 root
posts NOUN 4 obj post
in ADP 11 case
Syria PROPN 11 nmod:poss
's PART 7 case
northern ADJ 11 amod
Idlib PROPN 11 compound
province NOUN 4 obl
. PUNCT 4 punct
"""

NO_PLACE = """
The DET 2 det
army NOUN 3 nsubj
killed VERB 0 root kill
militants NOUN 3 obj militant
. PUNCT 3 punct
"""

SYRIA_MENTION = """
Syria PROPN 2 nsubj
said VERB 0 root say
it PRON 4 nsubj
won VERB 2 ccomp win
. PUNCT 2 punct
"""


def test_town_after_in_is_exact_place():
    doc = build_document(IN_NAIROBI)
    loc = event_location(doc.sentences[0], doc, verb_head=2)
    assert (loc.iso, loc.country, loc.location, loc.geo_precision) == ("KEN", "Kenya", "Nairobi", 1)
    assert loc.latitude is not None and loc.longitude is not None


def test_near_a_town_is_precision_two():
    doc = build_document(NEAR_MAYADIN)
    loc = event_location(doc.sentences[0], doc, verb_head=2)
    assert loc.iso == "SYR" and loc.geo_precision == 2 and loc.location.startswith("Al May")


def test_province_is_precision_three():
    doc = build_document(IDLIB_PROVINCE)
    loc = event_location(doc.sentences[0], doc, verb_head=4)
    assert (loc.iso, loc.admin1, loc.geo_precision) == ("SYR", "Idlib", 3)
    assert loc.latitude is None


def test_no_place_falls_back_to_the_document_country():
    doc = build_document(NO_PLACE, SYRIA_MENTION)
    assert document_country(doc) == "SYR"
    loc = event_location(doc.sentences[0], doc, verb_head=3)
    assert (loc.iso, loc.country, loc.location, loc.geo_precision) == ("SYR", "Syria", None, None)


def test_no_place_and_no_country_is_empty():
    doc = build_document(NO_PLACE)
    assert event_location(doc.sentences[0], doc, verb_head=3) == NO_LOCATION


NAIROBI_AS_ACTOR = """
Police NOUN 2 nsubj
said VERB 0 root say
Nairobi PROPN 4 nsubj
condemned VERB 2 ccomp condemn
the DET 6 det
attack NOUN 4 obj
. PUNCT 2 punct
"""


def test_actor_words_are_not_places():
    doc = build_document(NAIROBI_AS_ACTOR)
    sentence = doc.sentences[0]
    assert event_location(sentence, doc, 4).location == "Nairobi"
    nairobi = sentence.tokens[2]
    loc = event_location(sentence, doc, 4, (), ((nairobi.start_char, nairobi.end_char),))
    assert loc.location is None and loc.iso == "KEN"  # the capital still names the document's country


def test_country_the_event_is_aimed_at_wins_over_other_named_countries():
    doc = build_document("""
        US PROPN 2 compound
        troops NOUN 3 nsubj troop
        withdrew VERB 0 root withdraw
        from ADP 5 case
        Syria PROPN 3 obl""")
    sentence = doc.sentences[0]
    assert event_location(sentence, doc, 3, hint_countries=("SYR", "USA")).iso == "SYR"
    assert event_location(sentence, doc, 3).iso == "USA"  # no target: the first named country


HYPHENATED_TOWN = """
Gunmen NOUN 2 nsubj gunman
attacked VERB 0 root attack
a DET 4 det
station NOUN 2 obj
in ADP 10 case
Port PROPN 8 compound
- PUNCT 6 punct
au NOUN 10 compound
- PUNCT 8 punct
Prince PROPN 2 obl
. PUNCT 2 punct
"""


def test_hyphenated_town_name_is_read_whole():
    doc = written_with_hyphens_joined(build_document(HYPHENATED_TOWN))
    loc = event_location(doc.sentences[0], doc, verb_head=2)
    assert (loc.iso, loc.location, loc.geo_precision) == ("HTI", "Port-au-Prince", 1)


def test_hyphenated_town_name_is_read_whole_when_a_piece_keeps_its_hyphen():
    pieces = HYPHENATED_TOWN.replace("- PUNCT 6 punct\nau NOUN 10 compound", "-au NOUN 10 compound")
    pieces = pieces.replace("10 case", "9 case").replace("8 compound", "7 compound").replace("10 compound", "9 compound")
    pieces = pieces.replace("- PUNCT 8 punct", "- PUNCT 7 punct")
    doc = written_with_hyphens_joined(build_document(pieces))
    assert [t.text for t in doc.sentences[0].tokens][5:9] == ["Port", "-au", "-", "Prince"]
    loc = event_location(doc.sentences[0], doc, verb_head=2)
    assert (loc.iso, loc.location, loc.geo_precision) == ("HTI", "Port-au-Prince", 1)


def test_hyphenated_country_name_is_one_country():
    doc = written_with_hyphens_joined(build_document("""
        Rebels NOUN 2 nsubj rebel
        clashed VERB 0 root clash
        in ADP 4 case
        Guinea PROPN 2 obl
        - PUNCT 6 punct
        Bissau PROPN 4 flat
        . PUNCT 2 punct"""))
    assert document_country(doc) == "GNB"
    assert event_location(doc.sentences[0], doc, verb_head=2).iso == "GNB"


def test_a_place_inside_an_actors_locative_phrase_is_still_the_place():
    doc = build_document("""
        A DET 3 det
        roadside ADJ 3 amod
        bomb NOUN 4 nsubj
        killed VERB 0 root kill
        three NUM 6 nummod
        soldiers NOUN 4 obj soldier
        in ADP 9 case
        Helmand PROPN 9 compound
        province NOUN 6 nmod
        . PUNCT 4 punct""")
    sentence = doc.sentences[0]
    target = (sentence.tokens[4].start_char, sentence.tokens[7].end_char)  # "three soldiers in Helmand"
    loc = event_location(sentence, doc, 4, (), (target,))
    assert (loc.iso, loc.admin1, loc.geo_precision) == ("AFG", "Helmand", 3)


def test_a_place_of_that_very_name_wins_over_one_listing_it_among_other_names():
    from coder.acled.locations import resolve

    assert (resolve("Bihar").kind, resolve("Bihar").iso3) == ("admin1", "IND")


def test_a_story_that_names_no_country_is_where_its_places_are():
    doc = build_document("""
        Police NOUN 2 nsubj police
        raided VERB 0 root raid
        a DET 4 det
        house NOUN 2 obj house
        in ADP 6 case
        Nairobi PROPN 2 obl""", """
        Two NUM 2 nummod
        men NOUN 4 nsubj:pass man
        were AUX 4 aux:pass be
        arrested VERB 0 root arrest""")
    loc = event_location(doc.sentences[1], doc, verb_head=4)
    assert (loc.iso, loc.country, loc.location) == ("KEN", "Kenya", None)


def test_text_written_in_lower_case_still_names_its_towns():
    doc = build_document("""
        police NOUN 2 nsubj police
        arrested VERB 0 root arrest
        two NUM 4 nummod
        men NOUN 2 obj man
        in ADP 6 case
        nairobi NOUN 2 obl nairobi
        . PUNCT 2 punct""")
    loc = event_location(doc.sentences[0], doc, verb_head=2)
    assert (loc.iso, loc.location) == ("KEN", "Nairobi")
    in_custody = build_document("""
        police NOUN 2 nsubj police
        held VERB 0 root hold
        him PRON 2 obj he
        in ADP 5 case
        custody NOUN 2 obl custody
        . PUNCT 2 punct""")
    assert event_location(in_custody.sentences[0], in_custody, verb_head=2) == NO_LOCATION


def test_spanish_place_words_come_from_the_spanish_profile():
    from coder.lang import load_profile

    spanish, _ = load_profile("es")
    doc = build_document("""
        Guerrilleros NOUN 2 nsubj guerrillero
        atacaron VERB 0 root atacar
        un DET 4 det
        puesto NOUN 2 obj puesto
        en ADP 7 case
        el DET 7 det
        municipio NOUN 2 obl municipio
        de ADP 9 case
        Tumaco PROPN 7 nmod
        . PUNCT 2 punct""")
    loc = event_location(doc.sentences[0], doc, verb_head=2, profile=spanish)
    assert (loc.iso, loc.location, loc.geo_precision) == ("COL", "Tumaco", 1)
    near = build_document("""
        Guerrilleros NOUN 2 nsubj guerrillero
        atacaron VERB 0 root atacar
        un DET 4 det
        puesto NOUN 2 obj puesto
        cerca ADV 7 case
        de ADP 5 fixed
        Tumaco PROPN 2 obl
        . PUNCT 2 punct""")
    assert event_location(near.sentences[0], near, verb_head=2, profile=spanish).geo_precision == 2


def test_a_country_after_anti_or_pro_is_a_stance_not_the_place():
    doc = written_with_hyphens_joined(build_document("""
        Thousands NOUN 6 nsubj thousand
        of ADP 5 case
        anti- ADJ 5 amod
        Kenyan PROPN 5 amod
        protesters NOUN 1 nmod protester
        rallied VERB 0 root rally
        . PUNCT 6 punct"""))
    assert document_country(doc) is None
    assert event_location(doc.sentences[0], doc, verb_head=6) == NO_LOCATION
    plain = build_document("""
        Kenyan PROPN 2 amod
        protesters NOUN 3 nsubj protester
        rallied VERB 0 root rally""")
    assert document_country(plain) == "KEN"
