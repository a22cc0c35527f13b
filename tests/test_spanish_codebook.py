"""The curated core of the shipped Spanish codebook (codebooks/es/verbs/core.yaml,
agents/core.yaml) on hand-built UD parses: light-verb killings ("dar muerte a"), killings by
gunfire (CAMEO 193), passives with the participle as the verb, and the sector agents
(peasants AGR, teachers EDU). Groups and places are made up (Frente Gondor, Arnor)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coder.api import code_parsed
from coder.codebook import load_codebook, validate_codebook
from coder.parse import parse_conllu_text
from conftest import conllu

ROOT = Path(__file__).resolve().parent.parent
FINITE = "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"


@pytest.fixture(scope="module")
def core_codebook(tmp_path_factory) -> Path:
    """The shipped curated Spanish files alone (fast: without the imported dictionaries)."""
    folder = tmp_path_factory.mktemp("es-core")
    for kind in ("verbs", "agents"):
        (folder / kind).mkdir()
        shutil.copy(ROOT / "codebooks" / "es" / kind / "core.yaml", folder / kind / "core.yaml")
    (folder / "actors").mkdir()
    shutil.copy(ROOT / "codebooks" / "es" / "actors" / "core.yaml", folder / "actors" / "core.yaml")
    (folder / "actors" / "a.yaml").write_text(
        "kind: actors\nentries:\n  - {names: [Frente Gondor], code: ARNREB}\n", encoding="utf-8")
    (folder / "codebook.yaml").write_text(
        "name: es-core-test\nlanguage: es\ncameo: shipped:cameo.yaml\nactors: [actors/core.yaml, actors/a.yaml]\n"
        "agents: [agents/core.yaml]\nverbs: [verbs/core.yaml]\ncountries: false\n", encoding="utf-8")
    return folder


def coded(text: str, folder: Path) -> list[tuple[str, str, str]]:
    codebook = load_codebook(folder, use_cache=False)
    [doc] = parse_conllu_text(text, doc_id="d", date="2005-06-01")
    records, _, _ = code_parsed(doc, codebook)
    return [(r["source_code"], r["target_code"], r["cameo_code"]) for r in records]


# "Hombres armados dieron muerte a un campesino ."
DIERON_MUERTE = conllu(
    "1 Hombres hombre NOUN _ 3 nsubj", "2 armados armado ADJ _ 1 amod",
    f"3 dieron dar VERB {FINITE} 0 root", "4 muerte muerte NOUN _ 3 obj",
    "5 a a ADP _ 7 case", "6 un uno DET _ 7 det", "7 campesino campesino NOUN _ 3 obj",
    "8 . . PUNCT _ 3 punct")

# "Frente Gondor asesinó de varios impactos de bala a un profesor en Arnor ."
IMPACTOS = conllu(
    "1 Frente frente PROPN _ 2 compound", "2 Gondor Gondor PROPN _ 3 nsubj",
    "3 asesinó asesinar VERB Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin 0 root",
    "4 de de ADP _ 6 case", "5 varios varios DET _ 6 det", "6 impactos impacto NOUN _ 3 obl",
    "7 de de ADP _ 8 case", "8 bala bala NOUN _ 6 nmod", "9 a a ADP _ 11 case",
    "10 un uno DET _ 11 det", "11 profesor profesor NOUN _ 3 obj", "12 en en ADP _ 13 case",
    "13 Arnor Arnor PROPN _ 3 obl", "14 . . PUNCT _ 3 punct")

# "Una persona fue muerta por guerrilleros del Frente Gondor ." (UDPipe keeps "muerto")
FUE_MUERTA = conllu(
    "1 Una uno DET _ 2 det", "2 persona persona NOUN _ 4 nsubj:pass",
    "3 fue ser AUX Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin 4 aux:pass",
    "4 muerta muerto VERB Gender=Fem|Number=Sing|VerbForm=Part 0 root", "5 por por ADP _ 6 case",
    "6 guerrilleros guerrillero NOUN _ 4 obl", "7 de de ADP _ 9 case", "8 el el DET _ 9 det",
    "9 Frente frente PROPN _ 6 nmod", "10 Gondor Gondor PROPN _ 9 flat", "11 . . PUNCT _ 4 punct")


def test_dar_muerte_a_is_a_killing_of_the_a_object_and_a_peasant_is_the_agriculture_sector(core_codebook):
    assert coded(DIERON_MUERTE, core_codebook) == [("---UAF", "---AGR", "190")]


def test_a_killing_by_gunshots_is_fighting_with_small_arms(core_codebook):
    assert coded(IMPACTOS, core_codebook) == [("ARNREB", "---EDU", "193")]


def test_a_passive_whose_verb_is_the_participle_muerto_has_the_por_phrase_as_killer(core_codebook):
    [(source, target, code)] = coded(FUE_MUERTA, core_codebook)
    assert (source, target, code) == ("ARNREB", "---CVL", "190")


def test_dar_without_muerte_codes_nothing(core_codebook):
    # "Hombres armados dieron dinero a un campesino ." — "dar" alone is no event of the core
    text = DIERON_MUERTE.replace("muerte\tmuerte", "dinero\tdinero")
    assert coded(text, core_codebook) == []


# "La Unión Europea criticó a Frente Gondor ." — an organisation by its Spanish name, accented
UE_CRITICO = conllu(
    "1 La el DET _ 2 det", "2 Unión Unión PROPN _ 4 nsubj", "3 Europea Europea PROPN _ 2 flat",
    "4 criticó criticar VERB Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin 0 root",
    "5 a a ADP _ 6 case", "6 Frente Frente PROPN _ 4 obj", "7 Gondor Gondor PROPN _ 6 flat",
    "8 . . PUNCT _ 4 punct")

# "El ministro señaló que Frente Gondor atacó a los campesinos ."
SENALO = conllu(
    "1 El el DET _ 2 det", "2 ministro ministro NOUN _ 3 nsubj",
    "3 señaló señalar VERB Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin 0 root",
    "4 que que SCONJ _ 7 mark", "5 Frente Frente PROPN _ 7 nsubj", "6 Gondor Gondor PROPN _ 5 flat",
    "7 atacó atacar VERB Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin 3 ccomp",
    "8 a a ADP _ 10 case", "9 los el DET _ 10 det", "10 campesinos campesino NOUN _ 7 obj",
    "11 . . PUNCT _ 3 punct")


def test_an_international_organisation_is_found_by_its_spanish_name_with_or_without_accents(core_codebook):
    assert coded(UE_CRITICO, core_codebook) == [("IGOEUREEC", "ARNREB", "111")]
    assert coded(UE_CRITICO.replace("Unión", "Union"), core_codebook) == [("IGOEUREEC", "ARNREB", "111")]


def test_a_speech_verb_codes_only_what_it_reports(core_codebook):
    # "señalar" is no protest (UniversalPetrarch's 140): the attack is the event
    assert coded(SENALO, core_codebook) == [("ARNREB", "---AGR", "190")]


# "Dos campesinos desaparecieron en Arnor ." / "Frente Gondor desapareció a dos campesinos ."
DESAPARECIERON = conllu(
    "1 Dos dos NUM _ 2 nummod", "2 campesinos campesino NOUN _ 3 nsubj",
    f"3 desaparecieron desaparecer VERB {FINITE} 0 root", "4 en en ADP _ 5 case",
    "5 Arnor Arnor PROPN _ 3 obl", "6 . . PUNCT _ 3 punct")
DESAPARECIO_A = conllu(
    "1 Frente frente PROPN _ 2 compound", "2 Gondor Gondor PROPN _ 3 nsubj",
    "3 desapareció desaparecer VERB Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin 0 root",
    "4 a a ADP _ 6 case", "5 dos dos NUM _ 6 nummod", "6 campesinos campesino NOUN _ 3 obj",
    "7 . . PUNCT _ 3 punct")


def test_who_disappears_without_an_object_is_the_target_and_with_one_the_object_is(core_codebook):
    assert coded(DESAPARECIERON, core_codebook) == [("", "---AGR", "181")]
    assert coded(DESAPARECIO_A, core_codebook) == [("ARNREB", "---AGR", "181")]


# "Frente Gondor quemó dos camiones en Arnor ."
QUEMO = conllu(
    "1 Frente frente PROPN _ 2 compound", "2 Gondor Gondor PROPN _ 3 nsubj",
    "3 quemó quemar VERB Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin 0 root",
    "4 dos dos NUM _ 5 nummod", "5 camiones camión NOUN _ 3 obj", "6 en en ADP _ 7 case",
    "7 Arnor Arnor PROPN _ 3 obl", "8 . . PUNCT _ 3 punct")


def test_burning_vehicles_damages_property(core_codebook):
    assert coded(QUEMO, core_codebook) == [("ARNREB", "", "171")]


# "Dos personas fueron muertas de varios impactos , por guerrilleros del Frente Gondor ." as
# UDPipe reads it: "fueron" a copula of the adjective "muertas", the "por" phrase a conjunct
# of "impactos"
FUERON_MUERTAS_COPULA = conllu(
    "1 Dos dos NUM _ 2 nummod", "2 personas persona NOUN _ 4 nsubj",
    "3 fueron ser VERB Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin 4 cop",
    "4 muertas muerto ADJ Gender=Fem|Number=Plur 0 root", "5 de de ADP _ 7 case",
    "6 varios varios DET _ 7 det", "7 impactos impacto NOUN _ 4 nmod", "8 , , PUNCT _ 10 punct",
    "9 por por ADP _ 10 case", "10 guerrilleros guerrillero NOUN _ 7 conj", "11 de de ADP _ 12 case",
    "12 Frente Frente PROPN _ 10 nmod", "13 Gondor Gondor PROPN _ 12 flat", "14 . . PUNCT _ 4 punct")


def test_a_passive_read_as_a_copula_has_the_por_phrase_as_killer_and_the_subject_as_victims(core_codebook):
    [(source, target, code)] = coded(FUERON_MUERTAS_COPULA, core_codebook)
    assert (source, target) == ("ARNREB", "---CVL")


def test_a_copula_without_a_por_phrase_keeps_its_subject(core_codebook):
    # "Dos personas fueron muertas de varios impactos ." — no agent: the subject stays a subject
    from coder.code.language import profile_of
    from coder.code.repairs import repair_parse
    text = conllu(*[row for row in (
        "1 Dos dos NUM _ 2 nummod", "2 personas persona NOUN _ 4 nsubj",
        "3 fueron ser VERB Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin 4 cop",
        "4 muertas muerto ADJ Gender=Fem|Number=Plur 0 root", "5 de de ADP _ 7 case",
        "6 varios varios DET _ 7 det", "7 impactos impacto NOUN _ 4 nmod", "8 . . PUNCT _ 4 punct")])
    [doc] = parse_conllu_text(text, doc_id="d", date="2005-06-01")
    profile = profile_of(load_codebook(core_codebook, use_cache=False))
    sentence = repair_parse(doc.sentences[0], profile)
    assert (sentence.token(2).deprel, sentence.token(3).deprel) == ("nsubj", "cop")


# "Un campesino resultó herido ." as UDPipe reads it: "herido" an object of "resultar"
RESULTO_HERIDO = conllu(
    "1 Un uno DET _ 2 det", "2 campesino campesino NOUN _ 3 nsubj",
    "3 resultó resultar VERB Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin 0 root",
    "4 herido herido ADJ Gender=Masc|Number=Sing|VerbForm=Part 3 obj", "5 . . PUNCT _ 3 punct")


def test_a_participle_read_as_the_object_of_resultar_is_a_passive_whose_subject_was_wounded(core_codebook):
    from coder.code.language import profile_of
    from coder.code.repairs import repair_parse
    [doc] = parse_conllu_text(RESULTO_HERIDO, doc_id="d", date="2005-06-01")
    sentence = repair_parse(doc.sentences[0], profile_of(load_codebook(core_codebook, use_cache=False)))
    assert [(t.head, t.deprel) for t in sentence.tokens] == [
        (2, "det"), (4, "nsubj:pass"), (4, "aux:pass"), (0, "root"), (4, "punct")]
    assert coded(RESULTO_HERIDO, core_codebook) == [("", "---AGR", "182")]


# "Dos guerrilleros murieron en Arnor ."
MURIERON = conllu(
    "1 Dos dos NUM _ 2 nummod", "2 guerrilleros guerrillero NOUN _ 3 nsubj",
    f"3 murieron morir VERB {FINITE} 0 root", "4 en en ADP _ 5 case", "5 Arnor Arnor PROPN _ 3 obl",
    "6 . . PUNCT _ 3 punct")


def test_those_who_died_are_the_victims_of_the_death_not_its_source(core_codebook):
    assert coded(MURIERON, core_codebook) == [("", "---REB", "190")]


# "Frente Gondor asesinó a un campesino , luego de sacarlo de su casa ." with the parser's
# slips: "sacar" a complement of "campesino", "luego" a mark of the noun
LUEGO_DE_SACARLO = conllu(
    "1 Frente frente PROPN _ 2 compound", "2 Gondor Gondor PROPN _ 3 nsubj",
    "3 asesinó asesinar VERB Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin 0 root",
    "4 a a ADP _ 6 case", "5 un uno DET _ 6 det", "6 campesino campesino NOUN _ 3 obj",
    "7 , , PUNCT _ 6 punct", "8 luego luego ADV _ 6 mark", "9 de de ADP _ 8 fixed",
    "10 sacar sacar VERB VerbForm=Inf 6 xcomp", "11 lo él PRON PronType=Prs 10 obj",
    "12 de de ADP _ 14 case", "13 su su DET _ 14 det", "14 casa casa NOUN _ 10 obl",
    "15 . . PUNCT _ 3 punct")


def test_a_subordinate_clause_hung_on_a_noun_is_background_to_the_main_event():
    from coder.code.syntax import in_adjunct
    [doc] = parse_conllu_text(LUEGO_DE_SACARLO, doc_id="d", date="2005-06-01")
    sentence = doc.sentences[0]
    assert in_adjunct(sentence, 10) and not in_adjunct(sentence, 3)
    # "..., a quienes habían sacado de su casa": the relative pronoun under the parser's "a" coordinator
    relative = conllu(
        "1 Frente frente PROPN _ 2 compound", "2 Gondor Gondor PROPN _ 3 nsubj",
        "3 asesinó asesinar VERB Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin 0 root",
        "4 a a ADP _ 6 case", "5 dos dos NUM _ 6 nummod", "6 personas persona NOUN _ 3 obj",
        "7 , , PUNCT _ 11 punct", "8 a a ADP _ 11 cc", "9 quienes quien PRON PronType=Int,Rel 8 fixed",
        "10 habían haber AUX _ 11 aux", "11 sacado sacar VERB VerbForm=Part 6 conj", "12 . . PUNCT _ 3 punct")
    [doc] = parse_conllu_text(relative, doc_id="d", date="2005-06-01")
    assert in_adjunct(doc.sentences[0], 11)
    # a verb conjoined to a noun with neither ("tropas y atacaron") is not made a modifier
    plain = relative.replace("quienes\tquien\tPRON\t_\tPronType=Int,Rel", "ellos\tél\tPRON\t_\tPronType=Prs")
    [doc] = parse_conllu_text(plain, doc_id="d", date="2005-06-01")
    assert not in_adjunct(doc.sentences[0], 11)


# "Frente Gondor atacó el martes a los soldados en Arnor ." with "martes" a second object
MARTES_OBJETO = conllu(
    "1 Frente frente PROPN _ 2 compound", "2 Gondor Gondor PROPN _ 3 nsubj",
    "3 atacó atacar VERB Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin 0 root",
    "4 el el DET _ 5 det", "5 martes martes NOUN _ 3 obj", "6 a a ADP _ 8 case", "7 los el DET _ 8 det",
    "8 soldados soldado NOUN _ 3 obj", "9 en en ADP _ 10 case", "10 Arnor Arnor PROPN _ 3 obl",
    "11 . . PUNCT _ 3 punct")


def test_a_named_day_read_as_an_object_is_the_time_of_the_attack_not_its_target(core_codebook):
    from coder.code.language import profile_of
    from coder.code.repairs import repair_parse
    [doc] = parse_conllu_text(MARTES_OBJETO, doc_id="d", date="2005-06-01")
    sentence = repair_parse(doc.sentences[0], profile_of(load_codebook(core_codebook, use_cache=False)))
    assert sentence.token(5).deprel == "obl:tmod"
    assert coded(MARTES_OBJETO, core_codebook) == [("ARNREB", "---MIL", "190")]


def test_detaining_someone_with_the_personal_a_is_an_arrest():
    # "Frente Gondor detuvo arbitrariamente a un campesino ." — the shipped codebook's core
    # pattern keeps the arrest (173) over the imported "* A +" abduction (181)
    from coder.codebook import load_codebook as load
    text = conllu(
        "1 Frente frente PROPN _ 2 compound", "2 Gondor Gondor PROPN _ 3 nsubj",
        "3 detuvo detener VERB Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin 0 root",
        "4 arbitrariamente arbitrariamente ADV _ 3 advmod", "5 a a ADP _ 7 case", "6 un uno DET _ 7 det",
        "7 campesino campesino NOUN _ 3 obj", "8 . . PUNCT _ 3 punct")
    codebook = load(ROOT / "codebooks" / "es")
    [doc] = parse_conllu_text(text, doc_id="d", date="2005-06-01")
    records, _, _ = code_parsed(doc, codebook)
    assert [(r["target_code"], r["cameo_code"]) for r in records] == [("---AGR", "173")]


# "Frente Gondor asesinó a Arwen Undómiel en Arnor ." — a name no codebook knows
A_ARWEN = conllu(
    "1 Frente frente PROPN _ 2 compound", "2 Gondor Gondor PROPN _ 3 nsubj",
    "3 asesinó asesinar VERB Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin 0 root",
    "4 a a ADP _ 5 case", "5 Arwen Arwen PROPN _ 3 obj", "6 Undómiel Undómiel PROPN _ 5 flat",
    "7 en en ADP _ 8 case", "8 Arnor Arnor PROPN _ 3 obl", "9 . . PUNCT _ 3 punct")


def test_an_unknown_name_marked_as_a_human_object_is_a_person(core_codebook):
    assert coded(A_ARWEN, core_codebook) == [("ARNREB", "---CVL", "190")]
    # without the personal "a" a name is no person of itself ("atacó Arnor")
    no_a = A_ARWEN.replace("4\ta\ta\tADP\t_\t_\t5\tcase", "4\tel\tel\tDET\t_\t_\t5\tdet")
    assert coded(no_a, core_codebook) == [("ARNREB", "", "190")]
    # an oblique "a" is a direction, not a person
    oblique = A_ARWEN.replace("5\tArwen\tArwen\tPROPN\t_\t_\t3\tobj", "5\tArwen\tArwen\tPROPN\t_\t_\t3\tobl")
    assert oblique != A_ARWEN and coded(oblique, core_codebook) == [("ARNREB", "", "190")]


# "Tres soldados murieron en un ataque guerrillero ."
MURIERON_EN_ATAQUE = conllu(
    "1 Tres tres NUM _ 2 nummod", "2 soldados soldado NOUN _ 3 nsubj",
    "3 murieron morir VERB Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin 0 root",
    "4 en en ADP _ 6 case", "5 un uno DET _ 6 det", "6 ataque ataque NOUN _ 3 obl",
    "7 guerrillero guerrillero ADJ _ 6 amod", "8 . . PUNCT _ 3 punct")


def test_the_doer_of_the_attack_a_death_happened_in_is_its_source(core_codebook):
    assert [source for source, _, _ in coded(MURIERON_EN_ATAQUE, core_codebook)] == ["---REB"]


# --------------------------------------------------------------------------- general news verbs
# Wire news beyond the conflict file: appeals, praise, sanctions, relations, repression and
# support verbs, coded by the shipped codebook (its curated core wins over imported patterns
# whose "* A +" reads every personal "a" object). Only agents take part: no name is needed.
SING = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"


def _shipped_codes(text: str) -> list[tuple[str, str, str]]:
    codebook = load_codebook(ROOT / "codebooks" / "es")
    [doc] = parse_conllu_text(text, doc_id="d", date="2005-06-01")
    records, _, _ = code_parsed(doc, codebook)
    return [(r["source_code"], r["target_code"], r["cameo_code"]) for r in records]


def _subject_verb_a_object(verb: str, lemma: str, subject: tuple[str, str], obj: tuple[str, str]) -> str:
    """"El SUBJECT VERB a los OBJECT ." as a UD parse."""
    return conllu(
        "1 El el DET _ 2 det", f"2 {subject[0]} {subject[1]} NOUN _ 3 nsubj", f"3 {verb} {lemma} VERB {SING} 0 root",
        "4 a a ADP _ 6 case", "5 los el DET _ 6 det", f"6 {obj[0]} {obj[1]} NOUN _ 3 obj", "7 . . PUNCT _ 3 punct")


@pytest.mark.parametrize("verb,lemma,code", [
    ("felicitó", "felicitar", "051"), ("elogió", "elogiar", "051"), ("pidió", "pedir", "020"),
    ("exigió", "exigir", "100"), ("criticó", "criticar", "111"), ("sancionó", "sancionar", "163"),
    ("liberó", "liberar", "0841"), ("dispersó", "dispersar", "175"), ("lamentó", "lamentar", "110"),
    ("invitó", "invitar", "040"), ("saludó", "saludar", "051"), ("ayudó", "ayudar", "070"),
    ("donó", "donar", "070")])
def test_a_general_verb_with_a_personal_a_object_keeps_its_own_code(verb, lemma, code):
    text = _subject_verb_a_object(verb, lemma, ("ministro", "ministro"), ("manifestantes", "manifestante"))
    assert _shipped_codes(text) == [("---GOV", "---PRO", code)]


@pytest.mark.parametrize("verb,lemma", [("negó", "negar"), ("aceptó", "aceptar"), ("asistió", "asistir")])
def test_denying_accepting_or_attending_with_a_personal_a_object_is_no_event(verb, lemma):
    # the imported "* A +" patterns (English "* TO +") made them a demonstration (141), a
    # hosted visit (043) and material cooperation (060)
    text = _subject_verb_a_object(verb, lemma, ("ministro", "ministro"), ("manifestantes", "manifestante"))
    assert _shipped_codes(text) == []


def _subject_verb_thing(verb: str, lemma: str, noun: tuple[str, str]) -> str:
    """"El gobierno VERB el NOUN ." as a UD parse."""
    return conllu(
        "1 El el DET _ 2 det", "2 gobierno gobierno NOUN _ 3 nsubj", f"3 {verb} {lemma} VERB {SING} 0 root",
        "4 el el DET _ 5 det", f"5 {noun[0]} {noun[1]} NOUN _ 3 obj", "6 . . PUNCT _ 3 punct")


def test_common_verbs_the_imported_blocks_misread_take_the_english_dictionarys_sense():
    # cancelling and electing are no event (the imported blocks: a confiscation 1711,
    # material cooperation 060); buying is economic cooperation (061, not a return 0842);
    # promoting is support (050, not a strike 143)
    assert _shipped_codes(_subject_verb_thing("canceló", "cancelar", ("contrato", "contrato"))) == []
    assert _shipped_codes(_subject_verb_thing("eligió", "elegir", ("candidato", "candidato"))) == []
    # everyday verbs: "ganó el premio" is no confiscation (1711), "asumió el cargo" no seizure (171)
    assert _shipped_codes(_subject_verb_thing("ganó", "ganar", ("premio", "premio"))) == []
    assert _shipped_codes(_subject_verb_thing("asumió", "asumir", ("cargo", "cargo"))) == []
    # "sufrió un revés": the one who suffers is no source of a use of force (the HURT block, 180)
    assert _shipped_codes(_subject_verb_thing("sufrió", "sufrir", ("revés", "revés"))) == []
    # "El gobierno discutió con los manifestantes ." discusses, both ways (040), no argument (110)
    discutio = conllu(
        "1 El el DET _ 2 det", "2 gobierno gobierno NOUN _ 3 nsubj", f"3 discutió discutir VERB {SING} 0 root",
        "4 con con ADP _ 6 case", "5 los el DET _ 6 det", "6 manifestantes manifestante NOUN _ 3 obl",
        "7 . . PUNCT _ 3 punct")
    assert sorted(_shipped_codes(discutio)) == [("---GOV", "---PRO", "040"), ("---PRO", "---GOV", "040")]
    bought = _subject_verb_thing("compró", "comprar", ("edificio", "edificio"))
    assert _shipped_codes(bought) == [("---GOV", "", "061")]
    promoted = _subject_verb_thing("impulsó", "impulsar", ("programa", "programa"))
    assert _shipped_codes(promoted) == [("---GOV", "", "050")]
    # taking part is no use of force (the imported ENGAGE block, 190), presenting no appeal (020)
    assert _shipped_codes(_subject_verb_thing("presentó", "presentar", ("informe", "informe"))) == []
    participo = conllu(
        "1 El el DET _ 2 det", "2 gobierno gobierno NOUN _ 3 nsubj", f"3 participó participar VERB {SING} 0 root",
        "4 en en ADP _ 6 case", "5 la el DET _ 6 det", "6 cumbre cumbre NOUN _ 3 obl", "7 . . PUNCT _ 3 punct")
    assert _shipped_codes(participo) == []
    # controlling, reducing and evacuating are no event (imported: an investigation 090, a
    # concession 080, a reduction of relations 160); defeating is a use of force (190, the
    # English DEFEAT), not a confiscation (1711)
    assert _shipped_codes(_subject_verb_thing("controló", "controlar", ("zona", "zona"))) == []
    assert _shipped_codes(_subject_verb_thing("redujo", "reducir", ("presupuesto", "presupuesto"))) == []
    assert _shipped_codes(_subject_verb_thing("evacuó", "evacuar", ("edificio", "edificio"))) == []
    assert _shipped_codes(_subject_verb_a_object("evacuó", "evacuar", ("ministro", "ministro"),
                                                 ("manifestantes", "manifestante"))) == []
    derroto = _subject_verb_a_object("derrotó", "derrotar", ("ejército", "ejército"), ("rebeldes", "rebelde"))
    assert _shipped_codes(derroto) == [("---MIL", "---REB", "190")]


def test_suing_is_a_lawsuit_and_denying_accusations_denies_responsibility():
    # "El sindicato demandó al gobierno por daños ." sues (115); without the reason it demands
    demando = conllu(
        "1 El el DET _ 2 det", "2 sindicato sindicato NOUN _ 3 nsubj", f"3 demandó demandar VERB {SING} 0 root",
        "4 a a ADP _ 6 case", "5 el el DET _ 6 det", "6 gobierno gobierno NOUN _ 3 obj",
        "7 por por ADP _ 8 case", "8 daños daño NOUN _ 3 obl", "9 . . PUNCT _ 3 punct")
    assert _shipped_codes(demando) == [("---LAB", "---GOV", "115")]
    # "El sindicato presentó demanda contra el gobierno ." files a lawsuit (115)
    presento = conllu("1 El el DET _ 2 det", "2 sindicato sindicato NOUN _ 3 nsubj",
                      f"3 presentó presentar VERB {SING} 0 root",
                      "4 demanda demanda NOUN _ 3 obj", "5 contra contra ADP _ 7 case", "6 el el DET _ 7 det",
                      "7 gobierno gobierno NOUN _ 3 obl", "8 . . PUNCT _ 3 punct")
    assert _shipped_codes(presento) == [("---LAB", "---GOV", "115")]
    assert _shipped_codes(_subject_verb_a_object("demandó", "demandar", ("sindicato", "sindicato"),
                                                 ("ministros", "ministro"))) == [("---LAB", "---GOV", "100")]
    # "El ministro negó las acusaciones ."
    nego = conllu(
        "1 El el DET _ 2 det", "2 ministro ministro NOUN _ 3 nsubj", f"3 negó negar VERB {SING} 0 root",
        "4 las el DET _ 5 det", "5 acusaciones acusación NOUN _ 3 obj", "6 . . PUNCT _ 3 punct")
    assert _shipped_codes(nego) == [("---GOV", "", "016")]


def test_sanctions_imposed_and_relations_broken_are_coded_by_their_object_noun():
    # "El gobierno impuso sanciones a los rebeldes ."
    impuso = conllu(
        "1 El el DET _ 2 det", "2 gobierno gobierno NOUN _ 3 nsubj", f"3 impuso imponer VERB {SING} 0 root",
        "4 sanciones sanción NOUN _ 3 obj", "5 a a ADP _ 7 case", "6 los el DET _ 7 det",
        "7 rebeldes rebelde NOUN _ 3 obl", "8 . . PUNCT _ 3 punct")
    assert _shipped_codes(impuso) == [("---GOV", "---REB", "163")]
    # "El gobierno rompió relaciones con los rebeldes ."
    rompio = impuso.replace("impuso\timponer", "rompió\tromper").replace("sanciones\tsanción", "relaciones\trelación") \
        .replace("5\ta\ta\t", "5\tcon\tcon\t")
    assert _shipped_codes(rompio) == [("---GOV", "---REB", "161")]


def test_a_support_verb_takes_the_code_of_its_event_noun():
    # "Los manifestantes realizaron una huelga ."
    text = conllu(
        "1 Los el DET _ 2 det", "2 manifestantes manifestante NOUN _ 3 nsubj",
        f"3 realizaron realizar VERB {FINITE} 0 root", "4 una uno DET _ 5 det", "5 huelga huelga NOUN _ 3 obj",
        "6 . . PUNCT _ 3 punct")
    assert _shipped_codes(text) == [("---PRO", "", "143")]


def test_a_group_named_in_a_place_phrase_of_the_victim_is_where_the_victim_was(core_codebook, tmp_path):
    # "Frente Gondor asesinó a un hombre , en el puesto de la Guardia de Arnor ." with the
    # place phrase hung on "hombre" (as UDPipe does): the victim is a civilian, not the guard
    folder = tmp_path / "cb"
    shutil.copytree(core_codebook, folder)
    (folder / "actors" / "a.yaml").write_text(
        "kind: actors\nentries:\n  - {names: [Frente Gondor], code: ARNREB}\n"
        "  - {names: [Guardia de Arnor], code: ARNCOP}\n", encoding="utf-8")
    text = conllu(
        "1 Frente frente PROPN _ 2 compound", "2 Gondor Gondor PROPN _ 3 nsubj",
        "3 asesinó asesinar VERB Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin 0 root",
        "4 a a ADP _ 6 case", "5 un uno DET _ 6 det", "6 hombre hombre NOUN _ 3 obj", "7 , , PUNCT _ 10 punct",
        "8 en en ADP _ 10 case", "9 el el DET _ 10 det", "10 puesto puesto NOUN _ 6 nmod",
        "11 de de ADP _ 13 case", "12 la el DET _ 13 det", "13 Guardia Guardia PROPN _ 10 nmod",
        "14 de de ADP _ 15 case", "15 Arnor Arnor PROPN _ 13 nmod", "16 . . PUNCT _ 3 punct")
    assert coded(text, folder) == [("ARNREB", "---CVL", "190")]
    # the group named in the phrase itself, not in a place, is still who the man is
    member = text.replace("8\ten\ten\tADP", "8\tde\tde\tADP")
    assert coded(member, folder) == [("ARNREB", "ARNCOP", "190")]
    # without the comma the place phrase may say whose the man is ("officials in the White
    # House"): the group composes as before
    no_comma = text.replace("7\t,\t,\tPUNCT\t_\t_\t10\tpunct", "7\t,\t,\tPUNCT\t_\t_\t3\tpunct")
    assert no_comma != text and coded(no_comma, folder) == [("ARNREB", "ARNCOP", "190")]


def test_a_pronominal_verb_is_its_clitic_and_the_verb(core_codebook):
    # "Los estudiantes se manifestaron ." protest; "Los estudiantes manifestaron ." says only
    text = conllu(
        "1 Los el DET _ 2 det", "2 estudiantes estudiante NOUN _ 4 nsubj", "3 se él PRON _ 4 expl:pv",
        f"4 manifestaron manifestar VERB {FINITE} 0 root", "5 . . PUNCT _ 4 punct")
    assert coded(text, core_codebook) == [("---EDU", "", "140")]
    # UDPipe's AnCora model calls the clitic an indirect object
    iobj = text.replace("PRON\t_\t_\t4\texpl:pv", "PRON\t_\t_\t4\tiobj")
    assert iobj != text and coded(iobj, core_codebook) == [("---EDU", "", "140")]
    plain = conllu(
        "1 Los el DET _ 2 det", "2 estudiantes estudiante NOUN _ 3 nsubj",
        f"3 manifestaron manifestar VERB {FINITE} 0 root", "4 . . PUNCT _ 3 punct")
    assert coded(plain, core_codebook) == []


def test_the_doer_of_the_attack_a_death_happened_during_is_its_source(core_codebook):
    # "Tres soldados murieron durante un ataque guerrillero ."
    durante = MURIERON_EN_ATAQUE.replace("4\ten\ten\tADP", "4\tdurante\tdurante\tADP")
    assert durante != MURIERON_EN_ATAQUE
    assert [source for source, _, _ in coded(durante, core_codebook)] == ["---REB"]


# --------------------------------------------------------------------------- excluded agents
# An agents file's `exclude` lists words that are no agent: the files after it (the imported
# dictionaries, machine-translated from English synsets) lose them.

def _with_imported_agents(core_codebook: Path, tmp_path: Path, exclude: str | None = None) -> Path:
    folder = tmp_path / "cb"
    shutil.copytree(core_codebook, folder)
    if exclude is not None:  # the curated agents file with only the exclusion given here
        core = (folder / "agents" / "core.yaml").read_text(encoding="utf-8")
        (folder / "agents" / "core.yaml").write_text(core[:core.index("\nexclude:")] + exclude, encoding="utf-8")
    (folder / "agents" / "imported.yaml").write_text(
        "kind: agents\nentries:\n  - {code: LEG, names: [reunión, reunion, reunión de gabinete]}\n"
        "  - {code: CVL, names: [acuerdo]}\n", encoding="utf-8")
    manifest = folder / "codebook.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        "agents: [agents/core.yaml]", "agents: [agents/core.yaml, agents/imported.yaml]"), encoding="utf-8")
    return folder


# "Frente Gondor criticó la reunión ."
CRITICO_REUNION = conllu(
    "1 Frente frente PROPN _ 2 compound", "2 Gondor Gondor PROPN _ 3 nsubj", f"3 criticó criticar VERB {SING} 0 root",
    "4 la el DET _ 5 det", "5 reunión reunión NOUN _ 3 obj", "6 . . PUNCT _ 3 punct")


def test_an_excluded_agent_name_of_a_later_file_is_no_target(core_codebook, tmp_path):
    assert coded(CRITICO_REUNION, _with_imported_agents(core_codebook, tmp_path)) == [("ARNREB", "", "111")]
    kept = _with_imported_agents(core_codebook, tmp_path / "kept", exclude="\n")
    assert coded(CRITICO_REUNION, kept) == [("ARNREB", "---LEG", "111")]
    # written without its accent, in capitals: excluded all the same; a longer name keeps its code
    accented = _with_imported_agents(core_codebook, tmp_path / "acc", exclude="\nexclude:\n  - names: [REUNION]\n")
    assert coded(CRITICO_REUNION, accented) == [("ARNREB", "", "111")]
    book = load_codebook(accented, use_cache=False)
    assert [a.code for _, a in book.agents.exact["reunión"]] == ["LEG"]
    assert [a.names for _, a in book.agents.exact["reunión"]] == [("reunión de gabinete",)]


def test_an_excluded_name_no_later_file_lists_is_reported_with_its_file_and_line(core_codebook, tmp_path):
    folder = _with_imported_agents(core_codebook, tmp_path, exclude=(
        "\nexclude:\n  - names: [acuerdo]\n  - note: a word no file lists\n    names: [zorblat]\n"))
    warnings = [p for p in validate_codebook(folder) if p.code == "W227"]
    assert [(Path(p.file).name, p.line, p.message) for p in warnings] == [
        ("core.yaml", warnings[0].line, "excluded agent name 'zorblat' is in no later agents file")]
    core = (folder / "agents" / "core.yaml").read_text(encoding="utf-8").splitlines()
    assert core[warnings[0].line - 1].strip() == "- note: a word no file lists"
    bad = _with_imported_agents(core_codebook, tmp_path / "bad", exclude="\nexclude:\n  - note: no names\n")
    errors = [p for p in validate_codebook(bad) if p.severity == "error"]
    assert [(Path(p.file).name, p.code) for p in errors] == [("core.yaml", "E207")] and errors[0].line > 1


def test_the_shipped_codebook_excludes_machine_translated_agents_of_common_words():
    book = load_codebook(ROOT / "codebooks" / "es")
    for word in ("acuerdo", "reunión", "reunion", "año", "caso", "visita", "fue", "poder", "comisión"):
        assert all(len(phrase.words) > 1 for phrase, _ in book.agents.exact.get(word, ())), word
    assert not [p for p in book.problems if p.code == "W227"]
    # "El ministro criticó la reunión ." has no target (the imported LEG is gone)
    text = conllu("1 El el DET _ 2 det", "2 ministro ministro NOUN _ 3 nsubj", f"3 criticó criticar VERB {SING} 0 root",
                  "4 la el DET _ 5 det", "5 reunión reunión NOUN _ 3 obj", "6 . . PUNCT _ 3 punct")
    assert _shipped_codes(text) == [("---GOV", "", "111")]


def _subject_verb_noun_de(subject: tuple[str, str], verb: str, lemma: str, noun: tuple[str, str],
                          owner: tuple[str, str], number: str = SING, prep: str = "de") -> str:
    """"Los SUBJECT VERB la NOUN de (PREP) los OWNER ." as a UD parse."""
    return conllu(
        "1 Los el DET _ 2 det", f"2 {subject[0]} {subject[1]} NOUN _ 3 nsubj", f"3 {verb} {lemma} VERB {number} 0 root",
        "4 la el DET _ 5 det", f"5 {noun[0]} {noun[1]} NOUN _ 3 obj", f"6 {prep} {prep} ADP _ 8 case",
        "7 los el DET _ 8 det", f"8 {owner[0]} {owner[1]} NOUN _ 5 nmod", "9 . . PUNCT _ 3 punct")


def test_condemning_an_act_is_a_criticism_whatever_the_imported_block_codes_for_its_noun():
    # "Los ministros condenaron la agresión contra los manifestantes ." (the imported BLAME
    # block, which condenar shares, read "* ATAQUES CONTRA +" as praise, 051)
    text = _subject_verb_noun_de(("ministros", "ministro"), "condenaron", "condenar", ("agresión", "agresión"),
                                 ("manifestantes", "manifestante"), FINITE, prep="contra")
    assert _shipped_codes(text) == [("---GOV", "---PRO", "111")]
    # "El ministro criticó la masacre ." (no place, no victim)
    masacre = _subject_verb_thing("criticó", "criticar", ("masacre", "masacre")).replace("gobierno\tgobierno", "ministro\tministro")
    assert [c for _, _, c in _shipped_codes(masacre)] == ["111"]


def _subject_verb_thing_a(subject: str, verb: str, lemma: str, thing: str) -> str:
    """"El SUBJECT VERB THING a los manifestantes ." as a UD parse."""
    return conllu(
        "1 El el DET _ 2 det", f"2 {subject} {subject} NOUN _ 3 nsubj", f"3 {verb} {lemma} VERB {SING} 0 root",
        f"4 {thing} {thing} NOUN _ 3 obj", "5 a a ADP _ 7 case", "6 los el DET _ 7 det",
        "7 manifestantes manifestante NOUN _ 3 obl", "8 . . PUNCT _ 3 punct")


def test_sending_aid_is_aid_to_the_a_phrase_and_an_announced_sending_an_intent():
    # "El gobierno envió víveres a los manifestantes ."
    assert _shipped_codes(_subject_verb_thing_a("gobierno", "envió", "enviar", "víveres")) == [("---GOV", "---PRO", "070")]
    # "El gobierno anunció que enviará ayuda humanitaria a Gaza ." the dropped subject is the
    # speaker's; the future makes it an intent to give humanitarian aid (0333)
    anuncio = conllu(
        "1 El el DET _ 2 det", "2 gobierno gobierno NOUN _ 3 nsubj", f"3 anunció anunciar VERB {SING} 0 root",
        "4 que que SCONJ _ 5 mark", "5 enviará enviar VERB Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin 3 ccomp",
        "6 ayuda ayuda NOUN _ 5 obj", "7 humanitaria humanitario ADJ _ 6 amod", "8 a a ADP _ 9 case",
        "9 Gaza Gaza PROPN _ 5 obl", "10 . . PUNCT _ 3 punct")
    assert _shipped_codes(anuncio) == [("---GOV", "PSE", "0333")]


def test_demanding_a_resignation_is_a_demand_for_leadership_change_and_the_de_phrase_no_source():
    renuncia = _subject_verb_noun_de(("manifestantes", "manifestante"), "exigieron", "exigir",
                                     ("renuncia", "renuncia"), ("ministros", "ministro"), FINITE)
    assert _shipped_codes(renuncia) == [("---PRO", "---GOV", "1041")]
    # "Los ministros pidieron la liberación de los manifestantes": the imported "* DE $"
    # (English "* FROM $") made the "de" phrase the one who appeals
    liberacion = _subject_verb_noun_de(("ministros", "ministro"), "pidieron", "pedir",
                                       ("liberación", "liberación"), ("manifestantes", "manifestante"), FINITE)
    assert _shipped_codes(liberacion) == [("---GOV", "---PRO", "020")]


def test_offering_aid_striking_and_resigning():
    # "El presidente ofreció ayuda a los manifestantes ." an intent to give aid (033)
    ofrecio = _subject_verb_thing_a("presidente", "ofreció", "ofrecer", "ayuda")
    assert _shipped_codes(ofrecio) == [("---GOV", "---PRO", "033")]
    # "Los sindicalistas se declararon en huelga ." a strike (143); "El ministro dimitió ." yields
    # office (0831), as the English core.resign codes "resigned"
    huelga = conllu(
        "1 Los el DET _ 2 det", "2 sindicalistas sindicalista NOUN _ 4 nsubj", "3 se él PRON _ 4 expl:pv",
        f"4 declararon declarar VERB {FINITE} 0 root", "5 en en ADP _ 6 case", "6 huelga huelga NOUN _ 4 obl",
        "7 . . PUNCT _ 4 punct")
    assert _shipped_codes(huelga) == [("---LAB", "", "143")]
    dimitio = conllu("1 El el DET _ 2 det", "2 ministro ministro NOUN _ 3 nsubj",
                     f"3 dimitió dimitir VERB {SING} 0 root", "4 . . PUNCT _ 3 punct")
    assert _shipped_codes(dimitio) == [("---GOV", "", "0831")]


def test_armed_groups_are_found_by_their_spanish_names():
    # "Hezbolá atacó a los soldados ."
    text = conllu("1 Hezbolá Hezbolá PROPN _ 2 nsubj", f"2 atacó atacar VERB {SING} 0 root",
                  "3 a a ADP _ 5 case", "4 los el DET _ 5 det", "5 soldados soldado NOUN _ 2 obj",
                  "6 . . PUNCT _ 2 punct")
    assert [(s, c) for s, _, c in _shipped_codes(text)] == [("LBNREB", "190")]


def test_an_act_a_failure_verb_without_a_code_of_its_own_governs_did_not_happen(core_codebook):
    # "Frente Gondor negó haber atacado a los soldados ." the denial codes nothing of its own
    # (es-core.negar: '---'), so the attack is negated, as under a failure verb that is no
    # predicate at all
    text = conllu(
        "1 Frente frente PROPN _ 2 compound", "2 Gondor Gondor PROPN _ 3 nsubj",
        f"3 negó negar VERB {SING} 0 root", "4 haber haber AUX VerbForm=Inf 5 aux",
        "5 atacado atacar VERB VerbForm=Part 3 xcomp", "6 a a ADP _ 8 case", "7 los el DET _ 8 det",
        "8 soldados soldado NOUN _ 5 obj", "9 . . PUNCT _ 3 punct")
    assert coded(text, core_codebook) == []
    assert coded(text.replace("negó\tnegar", "admitió\tadmitir"), core_codebook) == [("ARNREB", "---MIL", "190")]


# --------------------------------------------------------------------------- excluded actors
# An actors file's `exclude` lists names that are no actor: the files after it (the imported
# Colombian actors, whose generic names carry a Colombian code) lose them.

def _with_imported_actors(core_codebook: Path, tmp_path: Path, exclude: str) -> Path:
    folder = tmp_path / "cb"
    shutil.copytree(core_codebook, folder)
    (folder / "actors" / "a.yaml").write_text(
        "kind: actors\nentries:\n  - {names: [Frente Gondor], code: ARNREB}\n" + exclude, encoding="utf-8")
    (folder / "actors" / "imported.yaml").write_text(
        "kind: actors\nentries:\n  - {names: [parlamento, parlamento de arnor], code: COLMIL}\n", encoding="utf-8")
    manifest = folder / "codebook.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        "actors: [actors/core.yaml, actors/a.yaml]", "actors: [actors/core.yaml, actors/a.yaml, actors/imported.yaml]"),
        encoding="utf-8")
    return folder


# "El Parlamento criticó a Frente Gondor ."
PARLAMENTO = conllu(
    "1 El el DET _ 2 det", "2 Parlamento parlamento PROPN _ 3 nsubj", f"3 criticó criticar VERB {SING} 0 root",
    "4 a a ADP _ 6 case", "5 Frente frente PROPN _ 6 compound", "6 Gondor Gondor PROPN _ 3 obj",
    "7 . . PUNCT _ 3 punct")


def test_an_excluded_actor_name_of_a_later_file_leaves_the_word_to_the_agents(core_codebook, tmp_path):
    assert coded(PARLAMENTO, _with_imported_actors(core_codebook, tmp_path / "a", "")) == [("COLMIL", "ARNREB", "111")]
    excluded = _with_imported_actors(core_codebook, tmp_path / "b", "exclude:\n  - names: [Parlamento, zorblat]\n")
    assert coded(PARLAMENTO, excluded) == [("---LEG", "ARNREB", "111")]
    book = load_codebook(excluded, use_cache=False)
    assert [a.names for _, a in book.actors.exact["parlamento"]] == [("parlamento de arnor",)]
    # the shipped Spanish core excludes "congreso" of the imported Colombian actors (COLMIL)
    assert coded(PARLAMENTO.replace("Parlamento\tparlamento", "Congreso\tcongreso"),
                 _with_imported_actors(core_codebook, tmp_path / "c", "")) == [("---LEG", "ARNREB", "111")]
    warnings = [p for p in book.problems if p.code == "W228" and Path(p.file).name == "a.yaml"]
    assert [p.message for p in warnings] == ["excluded actor name 'zorblat' is in no later actors file"]
    assert not [p for p in load_codebook(ROOT / "codebooks" / "es").problems if p.code == "W228"]


def test_a_prison_term_is_no_target_and_a_former_minister_is_an_elite():
    # "El tribunal condenó al exministro a diez años de prisión ." a court's sentence (116) of
    # the former minister (ELI); the imported COP of "prisión" made the prison the target
    text = conllu(
        "1 El el DET _ 2 det", "2 tribunal tribunal NOUN _ 3 nsubj", f"3 condenó condenar VERB {SING} 0 root",
        "4 a a ADP _ 6 case", "5 el el DET _ 6 det", "6 exministro exministro NOUN _ 3 obj",
        "7 a a ADP _ 9 case", "8 diez diez NUM _ 9 nummod", "9 años año NOUN _ 3 obl",
        "10 de de ADP _ 11 case", "11 prisión prisión NOUN _ 9 nmod", "12 . . PUNCT _ 3 punct")
    assert [(t, c) for _, t, c in _shipped_codes(text)] == [("---ELI", "116")]


def test_recognising_a_state_is_diplomatic_recognition_and_recognising_someone_no_concession():
    # "El gobierno reconoció a los manifestantes como gobierno ." (054); without "como" nothing
    # (the imported "* A +" read it as a concession, 080)
    alone = _subject_verb_a_object("reconoció", "reconocer", ("gobierno", "gobierno"), ("manifestantes", "manifestante"))
    assert _shipped_codes(alone) == []
    como = "7\tcomo\tcomo\tADP\t_\t_\t8\tcase\t_\t_\n8\tgobierno\tgobierno\tNOUN\t_\t_\t3\tobl\t_\t_\n9\t.\t."
    assert _shipped_codes(alone.replace("7\t.\t.", como)) == [("---GOV", "---PRO", "054")]


SINGULAR = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"


def receiving(obj: str, giver: str | None, giver_head: int = 3) -> str:
    """"El alcalde recibió OBJ [de GIVER] ." (the "de" phrase on the verb, or on the object)"""
    rows = ["1 El el DET _ 2 det", "2 alcalde alcalde NOUN Number=Sing 3 nsubj",
            f"3 recibió recibir VERB {SINGULAR} 0 root", f"4 {obj} {obj} NOUN _ 3 obj"]
    if giver:
        rows += ["5 de de ADP _ 7 case", "6 el el DET _ 7 det",
                 f"7 {giver} {giver} PROPN _ {giver_head} {'obl' if giver_head == 3 else 'nmod'}"]
    return conllu(*rows, f"{len(rows) + 1} . . PUNCT _ 3 punct")


def test_receiving_is_the_givers_act_on_the_receiver(core_codebook, tmp_path):
    """"recibió amenazas de X": X threatens the receiver (the imported ACCLAIM block made it the
    receiver's praise, 050); the giver's phrase on the verb or on the object; no giver named,
    the act has none; a received thing no pattern names is no event."""
    book = tmp_path / "book"
    shutil.copytree(core_codebook, book)
    (book / "actors" / "a.yaml").write_text("kind: actors\nentries:\n  - {names: [Gondor], code: GON}\n",
                                            encoding="utf-8")
    assert coded(receiving("amenazas", "Gondor"), book) == [("GON", "---GOV", "130")]
    assert coded(receiving("amenazas", "Gondor", giver_head=4), book) == [("GON", "---GOV", "130")]
    assert coded(receiving("armas", "Gondor"), book) == [("GON", "---GOV", "072")]
    assert coded(receiving("amenazas", None), book) == [("", "---GOV", "130")]
    assert coded(receiving("premio", "Gondor"), book) == []


def fighting(verb: str, lemma: str, noun: str, prep: str | None = "contra") -> str:
    """"Frente Gondor VERB [contra] la NOUN ." """
    rows = ["1 Frente frente PROPN _ 2 compound", "2 Gondor Gondor PROPN _ 3 nsubj",
            f"3 {verb} {lemma} VERB {SINGULAR} 0 root"]
    if prep:
        rows.append(f"4 {prep} {prep} ADP _ 6 case")
    n = len(rows) + 1
    rows += [f"{n} la el DET _ {n + 1} det", f"{n + 1} {noun} {noun} NOUN _ 3 {'obl' if prep else 'obj'}"]
    return conllu(*rows, f"{n + 2} . . PUNCT _ 3 punct")


def test_fighting_an_evil_is_no_event_fighting_an_enemy_is(core_codebook):
    """"luchó contra la pobreza", "combatió la corrupción": a policy, no act of force; "luchó
    contra la policía" fights (180); "evitó la confrontación" avoids (no event, as English AVOID)."""
    assert coded(fighting("luchó", "luchar", "pobreza"), core_codebook) == []
    assert coded(fighting("combatió", "combatir", "corrupción", prep=None), core_codebook) == []
    assert coded(fighting("luchó", "luchar", "policía"), core_codebook) == [("ARNREB", "---COP", "180")]
    assert coded(fighting("evitó", "evitar", "confrontación", prep=None), core_codebook) == []


def test_leaving_dead_is_force_leaving_free_a_release_else_nothing(core_codebook):
    """"dejó tres muertos": the use of force (190) that left them; "dejó en libertad a un
    campesino": a release (0841); "dejó la ciudad": no event (the imported GRANT block: 060)."""
    subject = ["1 Frente frente PROPN _ 2 compound", "2 Gondor Gondor PROPN _ 3 nsubj",
               f"3 dejó dejar VERB {SINGULAR} 0 root"]
    dead = conllu(*subject, "4 tres tres NUM _ 5 nummod", "5 muertos muerto NOUN Number=Plur 3 obj",
                  "6 . . PUNCT _ 3 punct")
    freed = conllu(*subject, "4 en en ADP _ 5 case", "5 libertad libertad NOUN _ 3 obl", "6 a a ADP _ 8 case",
                   "7 un uno DET _ 8 det", "8 campesino campesino NOUN _ 3 obj", "9 . . PUNCT _ 3 punct")
    left = conllu(*subject, "4 la el DET _ 5 det", "5 ciudad ciudad NOUN _ 3 obj", "6 . . PUNCT _ 3 punct")
    assert coded(dead, core_codebook) == [("ARNREB", "", "190")]
    assert coded(freed, core_codebook) == [("ARNREB", "---AGR", "0841")]
    assert coded(left, core_codebook) == []
