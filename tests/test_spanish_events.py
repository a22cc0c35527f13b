"""Events of Spanish conflict news on hand-built parses (made-up places): the passive of an
auxiliary pattern ("fue muerta por hombres armados") codes the participle with its agent."""

from __future__ import annotations

from coder.code import code_document
from coder.codebook import load_codebook
from coder.importers.petrarch import build_codebook
from coder.parse import parse_conllu_text
from conftest import build_document, conllu


# "Una persona fue muerta por hombres armados": UD makes "muerta" the head, "fue" its aux:pass
KILLED_BY = """
Una DET 2 det uno
persona NOUN 4 nsubj:pass
fue AUX 4 aux:pass ser
muerta VERB 0 root muerto
por ADP 6 case
guerrilleros NOUN 4 obl:agent guerrillero
"""


def test_a_passive_auxiliary_pattern_codes_the_participle_with_the_agent_as_source(tmp_path):
    verbs = tmp_path / "verbos.txt"
    verbs.write_text("--- SER [---]---\nSER\n- + * MUERTO $ [193]\n", encoding="utf-8")
    agents = tmp_path / "agentes.txt"
    agents.write_text("PERSONA_ [~CVL]\nGUERRILLERO_ [~REB]\n", encoding="utf-8")
    build_codebook(tmp_path / "up", verbs=[verbs], actors=[], agents=[agents], language="es")
    [event] = code_document(build_document(KILLED_BY), load_codebook(tmp_path / "up", use_cache=False))
    assert (event.source.code, event.target.code, event.code) == ("---REB", "---CVL", "193")


# "Los guerrilleros van a atacar Arnor": "van a" is the periphrastic future (AUX aux of "atacar")
VAN_A_ATACAR = """
Los DET 2 det el
guerrilleros NOUN 5 nsubj guerrillero
van AUX 5 aux ir
a ADP 3 fixed
atacar VERB 0 root atacar
Arnor PROPN 5 obj
"""


def test_an_auxiliary_of_the_profile_codes_no_event_of_its_own(tmp_path):
    """"ir" is a marching verb of the dictionaries; as the future auxiliary of another verb it
    is no march: only the announced attack is coded."""
    folder = tmp_path / "cb"
    (folder / "verbs").mkdir(parents=True)
    (folder / "agents").mkdir()
    (folder / "actors").mkdir()
    (folder / "codebook.yaml").write_text(
        "name: es-aux\nlanguage: es\ncameo: shipped:cameo.yaml\nagents: [agents/a.yaml]\nactors: [actors/a.yaml]\n"
        "verbs: [verbs/v.yaml]\ncountries: false\n", encoding="utf-8")
    (folder / "verbs" / "v.yaml").write_text(
        "kind: verbs\nentries:\n  - {id: es.marchar, code: '141', verbs: [ir, marchar]}\n"
        "  - {id: es.atacar, code: '190', verbs: [atacar]}\n", encoding="utf-8")
    (folder / "agents" / "a.yaml").write_text(
        "kind: agents\nentries:\n  - {code: REB, names: [guerrillero, guerrilleros]}\n", encoding="utf-8")
    (folder / "actors" / "a.yaml").write_text("kind: actors\nentries:\n  - {names: [Arnor], code: ARN}\n",
                                              encoding="utf-8")
    from test_spanish import PLURAL_PAST, with_feats

    # finite "van" would take the clause's subject as its dropped subject and march
    doc = with_feats(build_document(VAN_A_ATACAR), {(0, 3): PLURAL_PAST})
    events = code_document(doc, load_codebook(folder, use_cache=False))
    assert [e.verb_text for e in events] == ["atacar"]
    assert (events[0].source.code, events[0].target.code) == ("---REB", "ARN")


# "Los guerrilleros llevaron con rumbo desconocido a un comerciante": "desconocido" modifies
# "rumbo" (amod), "de bala" modifies "impactos" (nmod), not the verb
LLEVARON_CON_RUMBO = """
Los DET 2 det el
guerrilleros NOUN 3 nsubj guerrillero
llevaron VERB 0 root llevar
con ADP 5 case
rumbo NOUN 3 obl
desconocido ADJ 5 amod
a ADP 9 case
un DET 9 det uno
comerciante NOUN 3 obj
"""

ASESINARON_DE_IMPACTOS = """
Los DET 2 det el
guerrilleros NOUN 3 nsubj guerrillero
asesinaron VERB 0 root asesinar
de ADP 6 case
varios DET 6 det
impactos NOUN 3 obl impacto
de ADP 8 case
bala NOUN 6 nmod
a ADP 11 case
un DET 11 det uno
comerciante NOUN 3 obj
"""


def test_a_linear_patterns_later_words_match_inside_the_earlier_words_phrase(tmp_path):
    """UniversalPetrarch's "* CON RUMBO DESCONOCIDO" and "* DE VARIOS IMPACTOS DE BALA" list
    the words after the verb in order; a UD parse puts the later ones inside the first one's
    phrase. The pattern still codes (181, and 193 over the bare killing 190); a sentence
    without those words keeps the verb's own code."""
    verbs = tmp_path / "verbos.txt"
    verbs.write_text("--- LLEVAR [---]---\nLLEVAR\n- * CON RUMBO DESCONOCIDO [181]\n\n"
                     "--- MATAR [190]---\nASESINAR\n- * DE VARIOS IMPACTOS DE BALA [193]\n", encoding="utf-8")
    agents = tmp_path / "agentes.txt"
    agents.write_text("GUERRILLERO_ [~REB]\nCOMERCIANTE_ [~BUS]\n", encoding="utf-8")
    build_codebook(tmp_path / "up", verbs=[verbs], actors=[], agents=[agents], language="es")
    codebook = load_codebook(tmp_path / "up", use_cache=False)
    [taken] = code_document(build_document(LLEVARON_CON_RUMBO), codebook)
    assert (taken.source.code, taken.target.code, taken.code) == ("---REB", "---BUS", "181")
    [killed] = code_document(build_document(ASESINARON_DE_IMPACTOS), codebook)
    assert (killed.source.code, killed.target.code, killed.code) == ("---REB", "---BUS", "193")
    plain = ASESINARON_DE_IMPACTOS.replace("bala NOUN", "fusil NOUN")
    assert [e.code for e in code_document(build_document(plain), codebook)] == ["190"]


def test_the_nested_readings_of_a_pattern_are_not_counted_as_patterns_of_the_file(tmp_path):
    verbs = tmp_path / "verbos.txt"
    verbs.write_text("--- LLEVAR [---]---\nLLEVAR\n- * CON RUMBO DESCONOCIDO [181]\n", encoding="utf-8")
    report = build_codebook(tmp_path / "up", verbs=[verbs], actors=[], language="es")
    notes = report.files["verbos.txt"].notes
    assert report.files["verbos.txt"].converted == 1 and notes["patterns also read as one phrase"] == 1


def test_an_announced_act_unless_another_actor_acts_is_an_ultimatum_in_spanish(tmp_path):
    """"Gondor va a retirar sus tropas salvo que Mordor ataque Arnor": the announced
    withdrawal ("ir a" + infinitive) made conditional on Mordor's act is Gondor's ultimatum to
    Mordor (139); with "si" it is no ultimatum."""
    codebook = spanish_test_codebook(
        tmp_path / "cb", "  - {id: es.retirar, code: '0874', verbs: [retirar]}\n"
        "  - {id: es.atacar, code: '190', verbs: [atacar]}\n",
        "  - {names: [Gondor], code: GON}\n  - {names: [Mordor], code: MOR}\n  - {names: [Arnor], code: ARN}\n")

    def withdraw(marker: str) -> list[tuple[str, str, str]]:
        doc = build_document(f"""
Gondor PROPN 4 nsubj
va AUX 4 aux ir
a ADP 2 fixed
retirar VERB 0 root retirar
sus DET 6 det su
tropas NOUN 4 obj tropa
{marker} SCONJ 9 mark
Mordor PROPN 9 nsubj
ataque VERB 4 advcl atacar
Arnor PROPN 9 obj
""")
        return [(e.source.code, e.target.code if e.target else "", e.code) for e in code_document(doc, codebook)]

    assert withdraw("salvo") == [("GON", "MOR", "139")]
    assert "139" not in [code for _, _, code in withdraw("si")]


ACTIVARON_CARGA = """
Los DET 2 det el
guerrilleros NOUN 3 nsubj guerrillero
activaron VERB 0 root activar
una DET 5 det uno
carga NOUN 3 obj
de ADP 7 case
dinamita NOUN 5 nmod
"""


def test_a_multi_word_pattern_word_whose_head_comes_first_matches_its_phrase(tmp_path):
    """"* &ARTICULO CARGA_DE_DINAMITA [183]": the phrase's head is "carga" (its first word),
    which a parse makes the object; the word still matches (the last word stays a head too)."""
    verbs = tmp_path / "verbos.txt"
    verbs.write_text("&ARTICULO\n+EL\n+LA\n+UN\n+UNA\n\n"
                     "--- ACTIVAR [---]---\nACTIVAR\n- * &ARTICULO CARGA_DE_DINAMITA [183]\n", encoding="utf-8")
    agents = tmp_path / "agentes.txt"
    agents.write_text("GUERRILLERO_ [~REB]\n", encoding="utf-8")
    build_codebook(tmp_path / "up", verbs=[verbs], actors=[], agents=[agents], language="es")
    codebook = load_codebook(tmp_path / "up", use_cache=False)
    [event] = code_document(build_document(ACTIVARON_CARGA), codebook)
    assert (event.source.code, event.code) == ("---REB", "183")
    assert code_document(build_document(ACTIVARON_CARGA.replace("dinamita NOUN", "madera NOUN")), codebook) == []


EJECUTARON = """
Los DET 2 det el
paramilitares NOUN 3 nsubj paramilitar
ejecutaron VERB 0 root ejecutar
a ADP 6 case
un DET 6 det uno
comerciante NOUN 3 obj
"""


def test_an_article_alone_after_the_verb_is_an_object_with_an_article_not_the_bare_verb(tmp_path):
    """"- * &ARTICULO [190]" beside "- * [180]": the verb with an object that has an article
    ("ejecutaron a un comerciante") is 190; with a bare name ("a Boromir") the verb's own 180.
    Read as the bare verb, the pattern would only give the verb a second bare code."""
    verbs = tmp_path / "verbos.txt"
    verbs.write_text("&ARTICULO\n+EL\n+LA\n+LOS\n+LAS\n+UN\n+UNO\n+UNA\n+ELLOS\n\n"
                     "--- ASESINAR [180]---\nEJECUTAR\n- * &ARTICULO [190]\n- * [180]\n", encoding="utf-8")
    agents = tmp_path / "agentes.txt"
    agents.write_text("PARAMILITAR_ [~UAF]\nCOMERCIANTE_ [~BUS]\n", encoding="utf-8")
    actors = tmp_path / "actores.txt"
    actors.write_text("BOROMIR_ [GONBUS]\n", encoding="utf-8")
    build_codebook(tmp_path / "up", verbs=[verbs], actors=[actors], agents=[agents], language="es")
    codebook = load_codebook(tmp_path / "up", use_cache=False)
    [event] = code_document(build_document(EJECUTARON), codebook)
    assert (event.source.code, event.target.code, event.code) == ("---UAF", "---BUS", "190")
    named = EJECUTARON.replace("un DET 6 det uno\n", "").replace("comerciante NOUN 3 obj", "Boromir PROPN 3 obj")
    named = named.replace("a ADP 6 case", "a ADP 5 case")
    [event] = code_document(build_document(named), codebook)
    assert (event.target.code, event.code) == ("GONBUS", "180")


def spanish_test_codebook(folder, verbs: str, actors: str):
    """A Spanish codebook (profile es) of verb entries and actor entries (YAML list items)."""
    (folder / "verbs").mkdir(parents=True)
    (folder / "actors").mkdir()
    (folder / "codebook.yaml").write_text(
        f"name: {folder.name}\nlanguage: es\ncameo: shipped:cameo.yaml\nactors: [actors/a.yaml]\n"
        "verbs: [verbs/v.yaml]\ncountries: false\n", encoding="utf-8")
    (folder / "verbs" / "v.yaml").write_text(f"kind: verbs\nentries:\n{verbs}", encoding="utf-8")
    (folder / "actors" / "a.yaml").write_text(f"kind: actors\nentries:\n{actors}", encoding="utf-8")
    return load_codebook(folder, use_cache=False)


def _clitic_codebook(tmp_path):
    return spanish_test_codebook(
        tmp_path / "clitic", "  - {id: es.capturar, code: '181', verbs: [capturar]}\n"
        "  - {id: es.atacar, code: '190', verbs: [atacar]}\n",
        "  - {names: [guerrilleros], code: ARNREB}\n  - {names: [ejército], code: GONMIL}\n"
        "  - {names: [Arnor], code: ARN, type: country}\n  - {names: [concejales], code: ARNGOV}\n")


PAST_PLURAL = "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"
PAST_SINGULAR = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
# "Los guerrilleros atacaron Arnor ." then "El ejército los capturó .": AnCora lemmatizes the
# clitic "los" as "él" (a person pronoun); its form is the plural object pronoun
GUERRILLAS_ATTACK = conllu(
    "1 Los el DET Number=Plur 2 det", "2 guerrilleros guerrillero NOUN Gender=Masc|Number=Plur 3 nsubj",
    f"3 atacaron atacar VERB {PAST_PLURAL} 0 root", "4 Arnor Arnor PROPN _ 3 obj", "5 . . PUNCT _ 3 punct")
ARMY_CAPTURES_THEM = conllu(
    "1 El el DET Number=Sing 2 det", "2 ejército ejército NOUN Gender=Masc|Number=Sing 4 nsubj",
    "3 los él PRON Case=Acc|Gender=Masc|Number=Plur|Person=3|PronType=Prs 4 obj",
    f"4 capturó capturar VERB {PAST_SINGULAR} 0 root", "5 . . PUNCT _ 4 punct")


def test_an_object_clitic_stands_for_the_nearest_earlier_actor_of_its_number_not_its_subject(tmp_path):
    """"los" (plural) is not the army, its verb's own subject, nor Arnor, a country (singular)
    named nearer: the guerrillas of the sentence before (profile pronoun_number_agreement)."""
    book = _clitic_codebook(tmp_path)
    [doc] = parse_conllu_text(GUERRILLAS_ATTACK + ARMY_CAPTURES_THEM)
    events = [(e.sentence_index, e.source.code, e.target.code, e.code) for e in code_document(doc, book)]
    assert events == [(0, "ARNREB", "ARN", "190"), (1, "GONMIL", "ARNREB", "181")]


def test_a_reflexive_marker_stands_for_no_actor(tmp_path):
    """"se" (AnCora lemma "él") in "El ejército se capturó ..." is the profile's reflexive
    marker: no reference to the guerrillas named before."""
    from coder.code.analysis import analyse
    from coder.code.references import resolve_pronoun
    book = _clitic_codebook(tmp_path)
    [doc] = parse_conllu_text(GUERRILLAS_ATTACK + ARMY_CAPTURES_THEM.replace(
        "\tlos\tél\tPRON\t_\tCase=Acc|Gender=Masc|Number=Plur|Person=3|PronType=Prs",
        "\tse\tél\tPRON\t_\tCase=Acc,Dat|Person=3|PronType=Prs|Reflex=Yes"))
    first, second = doc.sentences
    history = analyse(first, book).mentions
    a = analyse(second, book, history=history)
    assert a.sentence.token(3).text == "se" and resolve_pronoun(a, a.sentence.token(3)) is None


def test_a_clitic_doubled_by_an_a_phrase_yields_to_the_phrase(tmp_path):
    """"El ejército les exigió a los concejales la rendición": the dative clitic "les" doubles
    "a los concejales" (the profile's object marker); the guerrillas named before are no target."""
    book = _clitic_codebook(tmp_path)
    demanded = conllu(
        "1 El el DET Number=Sing 2 det", "2 ejército ejército NOUN Gender=Masc|Number=Sing 4 nsubj",
        "3 les él PRON Case=Dat|Number=Plur|Person=3|PronType=Prs 4 iobj",
        f"4 capturó capturar VERB {PAST_SINGULAR} 0 root", "5 a a ADP _ 7 case",
        "6 los el DET Number=Plur 7 det", "7 concejales concejal NOUN Number=Plur 4 obj", "8 . . PUNCT _ 4 punct")
    [doc] = parse_conllu_text(GUERRILLAS_ATTACK + demanded)
    events = [(e.sentence_index, e.source.code, e.target.code, e.code) for e in code_document(doc, book)]
    assert events == [(0, "ARNREB", "ARN", "190"), (1, "GONMIL", "ARNGOV", "181")]


def test_a_dropped_plural_subject_is_the_first_plural_actor_of_the_sentence_before(tmp_path):
    """"Arnor atacó a los guerrilleros . Luego capturaron a los concejales .": the plural verb's
    dropped subject is not Arnor (a country: singular) but the guerrillas."""
    book = _clitic_codebook(tmp_path)
    attacked = conllu(
        "1 Arnor Arnor PROPN _ 2 nsubj", f"2 atacó atacar VERB {PAST_SINGULAR} 0 root", "3 a a ADP _ 5 case",
        "4 los el DET Number=Plur 5 det", "5 guerrilleros guerrillero NOUN Number=Plur 2 obj", "6 . . PUNCT _ 2 punct")
    captured = conllu(
        "1 Luego luego ADV _ 2 advmod", f"2 capturaron capturar VERB {PAST_PLURAL} 0 root", "3 a a ADP _ 5 case",
        "4 los el DET Number=Plur 5 det", "5 concejales concejal NOUN Number=Plur 2 obj", "6 . . PUNCT _ 2 punct")
    [doc] = parse_conllu_text(attacked + captured)
    events = [(e.sentence_index, e.source.code, e.target.code, e.code) for e in code_document(doc, book)]
    assert events == [(0, "ARN", "ARNREB", "190"), (1, "ARNREB", "ARNGOV", "181")]


def test_a_singular_dative_clitic_stands_for_an_earlier_country(tmp_path):
    """"le" (AnCora lemma "él") after "Los guerrilleros atacaron Arnor": singular, so Arnor, not
    the guerrillas; the dative stands for an institution or a country as well as a person."""
    book = _clitic_codebook(tmp_path)
    captured = ARMY_CAPTURES_THEM.replace(
        "\tlos\tél\tPRON\t_\tCase=Acc|Gender=Masc|Number=Plur|Person=3|PronType=Prs\t4\tobj",
        "\tle\tél\tPRON\t_\tCase=Dat|Number=Sing|Person=3|PronType=Prs\t4\tiobj")
    [doc] = parse_conllu_text(GUERRILLAS_ATTACK + captured)
    events = [(e.sentence_index, e.source.code, e.target.code, e.code) for e in code_document(doc, book)]
    assert events == [(0, "ARNREB", "ARN", "190"), (1, "GONMIL", "ARN", "181")]
