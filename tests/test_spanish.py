"""Spanish as data: the es profile, the PETRARCH reader and importer for UniversalPetrarch's
Spanish files, and a made-up Spanish story in CoNLL-U coded end to end (no Spanish stanza
model). Places and groups are made up (Arnor, Frente Gondor)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coder.api import code_parsed
from coder.benchmark.gold import read_petrarch
from coder.codebook import load_codebook
from coder.importers.petrarch import build_codebook
from coder.importers.petrarch_text import name_variants
from coder.lang.profile import fold_accents
from coder.lang import load_profile
from coder.parse import parse_conllu_text
from conftest import conllu

ROOT = Path(__file__).resolve().parent.parent


# "Guerrilleros del Frente Gondor secuestraron a tres concejales en Arnor ."
# with the multi-word token line "2-3 del" as UD Spanish parsers write it
STORY = ("# newdoc id = historia\n# text = Guerrilleros del Frente Gondor secuestraron a tres concejales en Arnor .\n"
         "1\tGuerrilleros\tguerrillero\tNOUN\t_\tGender=Masc|Number=Plur\t6\tnsubj\t_\t_\n"
         "2-3\tdel\t_\t_\t_\t_\t_\t_\t_\t_\n"
         + conllu("2 de de ADP _ 5 case", "3 el el DET _ 5 det", "4 Frente frente PROPN _ 5 compound",
                  "5 Gondor Gondor PROPN _ 1 nmod",
                  "6 secuestraron secuestrar VERB Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin 0 root",
                  "7 a a ADP _ 9 case", "8 tres tres NUM NumType=Card 9 nummod", "9 concejales concejal NOUN _ 6 obj",
                  "10 en en ADP _ 11 case", "11 Arnor Arnor PROPN _ 6 obl", "12 . . PUNCT _ 6 punct").rstrip("\n")
         + "\n\n"
         # "No atacaron el puesto de Policía ." — negated: no event
         + conllu("1 No no ADV Polarity=Neg 2 advmod",
                  "2 atacaron atacar VERB Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin 0 root",
                  "3 el el DET _ 4 det", "4 puesto puesto NOUN _ 2 obj", "5 de de ADP _ 6 case",
                  "6 Policía policía NOUN _ 4 nmod", "7 . . PUNCT _ 2 punct")
         # "Frente Gondor asesinó el 3 de mayo a treinta y dos campesinos ."
         + conllu("1 Frente frente PROPN _ 2 compound", "2 Gondor Gondor PROPN _ 3 nsubj",
                  "3 asesinó asesinar VERB Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin 0 root",
                  "4 el el DET _ 5 det", "5 3 3 NUM NumType=Card 3 obl", "6 de de ADP _ 7 case",
                  "7 mayo mayo NOUN _ 5 nmod", "8 a a ADP _ 12 case", "9 treinta treinta NUM NumType=Card 12 nummod",
                  "10 y y CCONJ _ 11 cc", "11 dos dos NUM NumType=Card 9 conj", "12 campesinos campesino NOUN _ 3 obj",
                  "13 . . PUNCT _ 3 punct"))


def spanish_codebook(tmp_path: Path) -> Path:
    folder = tmp_path / "cb"
    (folder / "verbs").mkdir(parents=True)
    (folder / "actors").mkdir()
    (folder / "codebook.yaml").write_text(
        "name: es-test\nlanguage: es\ncameo: shipped:cameo.yaml\nactors: [actors/a.yaml]\n"
        "verbs: [verbs/v.yaml]\ncountries: false\nacled: [shipped:acled.yaml]\n", encoding="utf-8")
    (folder / "verbs" / "v.yaml").write_text(
        "kind: verbs\nentries:\n"
        "  - {id: es.secuestrar, code: '181', verbs: [secuestrar]}\n"
        "  - {id: es.atacar, code: '190', verbs: [atacar]}\n"
        "  - {id: es.asesinar, code: '186', verbs: [asesinar]}\n", encoding="utf-8")
    (folder / "actors" / "a.yaml").write_text(
        "kind: actors\nentries:\n"
        "  - {names: [Frente Gondor], code: ARNREB}\n"
        "  - {names: [concejales, concejal], code: ARNGOV}\n"
        "  - {names: [Policía, Policia], code: ARNCOP}\n"
        "  - {names: [campesinos], code: ARNAGR}\n", encoding="utf-8")
    return folder


def test_spanish_profile_loads_with_spanish_words_and_english_keeps_its_own():
    es, problems = load_profile("es")
    assert problems == [] and es.code == "es"
    assert {"no", "nunca", "jamás"} <= es.negators
    assert es.agent_preposition == "por" and es.contractions["del"] == ("de", "el")
    assert es.fold_accents and "diciembre" in es.time_words
    en, _ = load_profile("en")
    assert en.contractions == {} and not en.fold_accents


def test_no_spanish_word_in_the_coders_python():
    es, _ = load_profile("es")
    en, _ = load_profile("en")
    english = en.negators | en.time_words | set(en.target_prepositions) | en.non_target_prepositions
    words = {w for w in (es.negators | es.time_words | es.intent_verbs | es.refusal_verbs
                         | es.definite_countries | es.definite_groups | es.relative_pronouns
                         | set(es.months) | set(es.number_words) | set(es.pronouns)
                         | set(es.target_prepositions) | es.non_target_prepositions)
             if len(w) >= 4 and w not in english}
    words -= {"once"}  # eleven, and an English word
    words |= {"ejecutar", "asesinar", "secuestrar", "ejército", "articulo", "persona"}
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, words))) + r")\b", re.I)
    hits = [f"{path.relative_to(ROOT)}:{n}: {m.group(0)}"
            for path in sorted((ROOT / "coder").rglob("*.py"))
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            for m in [pattern.search(line)] if m]
    assert hits == []


def test_names_match_with_contractions_split_and_without_accents():
    es, _ = load_profile("es")
    assert name_variants("Batallón del Ejército", es) == [
        "Batallón del Ejército", "Batallón de el Ejército", "Batallon del Ejercito", "Batallon de el Ejercito"]
    assert name_variants("Batallón del Ejército", None) == ["Batallón del Ejército"]
    assert fold_accents("Policía Nacional, Nariño") == "Policia Nacional, Narino"


def test_petrarch_reader_reads_named_codes_alternative_roots_and_the_language_verb_file(tmp_path):
    gold = tmp_path / "g.xml"
    gold.write_text(
        "<Validation><Environment><Verbfile>CAMEO.txt</Verbfile>"
        "<P1Verbfile>es/verbos.txt</P1Verbfile><Actorfile>es/a.txt</Actorfile></Environment><Sentences>"
        '<Sentence id="s1" date="20050601"><EventText eid="0" eventtext="atacaron" />'
        '<EventCoding eid="0" eventcode="190_use_conventional_military_force" sourcecode="ARNREB" targetcode="---COP" />'
        "<Text>Guerrilleros atacaron la estación .</Text></Sentence>"
        '<Sentence id="s2" date="20050601"><EventCoding eventcode="18/19/20" sourcecode="ARNREB" targetcode="---" />'
        "<Text>Combates en Arnor .</Text></Sentence></Sentences></Validation>", encoding="utf-8")
    g = read_petrarch(gold)
    assert [e.cameo for r in g.records for e in r.events] == ["190", "18/19/20"]
    assert g.dictionaries["language_verbs"] == [tmp_path / "es" / "verbos.txt"]
    assert g.dictionaries["verbs"] == [tmp_path / "CAMEO.txt"]


def test_importer_reads_spanish_dictionaries_with_the_profile(tmp_path):
    verbs = tmp_path / "verbos.txt"
    verbs.write_text(
        "&PERSONA\n+CAMPESINO\n+POBLADORES\n\n"
        "--- KILL   [190]  ---\nASESINAR\nEJECUTAR\n- * A &PERSONA        [190]\n\n"
        "--- UTILIZE   [---]  ---\nEJECUTAR\nUTILIZAR\n- * A MUJERES   [190]\n", encoding="utf-8")
    actors = tmp_path / "actores.txt"
    actors.write_text("FRENTE_GONDOR_DEL_NORTE_ [ARNREB]\nA_(NYCS)_ [MNCUSA]\nPOLICÍA_DE_ARNOR_ [ARNCOP]\n",
                      encoding="utf-8")
    out = tmp_path / "cb"
    report = build_codebook(out, verbs=[verbs], actors=[actors], language="es")
    cb = load_codebook(out, use_cache=False)
    assert cb.language == "es" and cb.profile.code == "es"
    text = (out / "verbs" / "verbos.yaml").read_text(encoding="utf-8")
    assert "prep: a" in text and "mujer" in text and "mujere" not in text  # Spanish plural rule
    actors_yaml = (out / "actors" / "actores.yaml").read_text(encoding="utf-8")
    assert "de el" in actors_yaml and "policia de arnor" in actors_yaml.lower()
    assert "MNCUSA" not in actors_yaml  # the name "a" is a Spanish preposition
    reasons = [s.reason for s in report.skipped]
    assert any("function word" in r for r in reasons)
    assert any("kept only in their coded blocks" in r and "ejecutar" in r for r in reasons)


def test_a_made_up_spanish_story_in_conllu_is_coded_end_to_end(tmp_path):
    codebook = load_codebook(spanish_codebook(tmp_path), use_cache=False)
    [doc] = parse_conllu_text(STORY, doc_id="historia", date="2005-06-01")
    assert doc.sentences[0].tokens[1].text == "de"  # the multi-word token is expanded
    records, rejected, status = code_parsed(doc, codebook)
    assert rejected == []
    events = [(r["source_code"], r["target_code"], r["cameo_code"]) for r in records]
    assert events == [("ARNREB", "ARNGOV", "181"), ("ARNREB", "ARNAGR", "186")]  # no negated attack
    record, killing = records
    assert record["event_date"] == "2005-06-01"
    assert record["source_text"] == "Frente Gondor" and record["verb_text"] == "secuestraron"
    assert record["event_type"] == "Violence against civilians"
    assert record["sub_event_type"] == "Abduction/forced disappearance"
    assert (record["inter1"], record["inter2"], record["interaction"]) == (2, 1, 12)
    assert record["fatalities"] == 0  # an abduction reports no deaths
    assert record["sentence"].startswith("Guerrilleros del Frente Gondor")  # the written text
    # Spanish month names and number words, from the profile: "el 3 de mayo", "treinta y dos"
    assert (killing["event_date"], killing["time_precision"]) == ("2005-05-03", 1)
    assert killing["fatalities"] == 32
    assert killing["event_type"] == "Violence against civilians"


@pytest.mark.slow
def test_the_shipped_spanish_codebook_loads_and_names_the_spanish_profile():
    cb = load_codebook(ROOT / "codebooks" / "es")
    assert cb.language == "es" and cb.profile.code == "es"
    assert not [p for p in cb.problems if p.severity == "error"]


def personal_a_codebook(tmp_path: Path, language: str) -> Path:
    """A codebook whose verb codes 186 only with an "a" argument that is a person."""
    folder = tmp_path / f"cb-{language}"
    (folder / "verbs").mkdir(parents=True)
    (folder / "actors").mkdir()
    (folder / "codebook.yaml").write_text(
        f"name: a-test\nlanguage: {language}\ncameo: shipped:cameo.yaml\nactors: [actors/a.yaml]\n"
        "verbs: [verbs/v.yaml]\ncountries: false\n", encoding="utf-8")
    (folder / "verbs" / "v.yaml").write_text(
        "kind: verbs\nsynsets:\n  - {name: '&PERSONA', members: [concejal, alcalde]}\nentries:\n"
        "  - id: t.ejecutar\n    code: '180'\n    verbs: [ejecutar]\n    patterns:\n"
        "      - {id: t.ejecutar.persona, code: '186', match: [{slot: obl, prep: a, words: ['&PERSONA']}],"
        " target: 'obl:a'}\n", encoding="utf-8")
    (folder / "actors" / "a.yaml").write_text(
        "kind: actors\nentries:\n  - {names: [Frente Gondor], code: ARNREB}\n"
        "  - {names: [concejal], code: ARNGOV}\n", encoding="utf-8")
    return folder


def person_noun_codebook(tmp_path: Path, agents: str, actors: str) -> Path:
    """personal_a_codebook whose &PERSONA synset lists the person noun, with these agents and
    actors (YAML entry lines)."""
    folder = personal_a_codebook(tmp_path, "es")
    verbs = folder / "verbs" / "v.yaml"
    verbs.write_text(verbs.read_text(encoding="utf-8").replace("members: [concejal, alcalde]",
                                                               "members: [concejal, alcalde, persona]"), encoding="utf-8")
    (folder / "agents.yaml").write_text("kind: agents\nentries:\n" + agents, encoding="utf-8")
    (folder / "actors" / "a.yaml").write_text("kind: actors\nentries:\n" + actors, encoding="utf-8")
    manifest = folder / "codebook.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8") + "agents: [agents.yaml]\n", encoding="utf-8")
    return folder


# "Frente Gondor ejecutó a un concejal": the personal "a" object, parsed as obj
PERSONAL_A = """
Frente PROPN 2 compound
Gondor PROPN 3 nsubj
ejecutó VERB 0 root ejecutar
a ADP 6 case
un DET 6 det uno
concejal NOUN 3 obj
"""


def test_the_personal_a_object_fills_the_a_slot_of_a_pattern_only_where_the_profile_says_so(tmp_path):
    from coder.code import code_document
    from conftest import build_document

    doc = build_document(PERSONAL_A)
    es = load_codebook(personal_a_codebook(tmp_path, "es"), use_cache=False)
    [event] = code_document(doc, es)
    assert (event.source.code, event.target.code, event.code) == ("ARNREB", "ARNGOV", "186")
    # a profile without object markers (as English): the same parse codes the bare verb
    folder = personal_a_codebook(tmp_path / "noa", "es")
    (folder / "noa.yaml").write_text((ROOT / "coder" / "lang" / "es.yaml").read_text(encoding="utf-8")
                                     .replace("object_markers: [a]", "object_markers: []"), encoding="utf-8")
    manifest = folder / "codebook.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("language: es", "language: noa.yaml"),
                        encoding="utf-8")
    [plain] = code_document(doc, load_codebook(folder, use_cache=False))
    assert plain.code == "180"


def test_articles_in_spanish_patterns_are_no_slot_words(tmp_path):
    verbs = tmp_path / "verbos.txt"
    verbs.write_text("&ARTICULO\n+EL\n+LA\n+UN\n+UNA\n\n&PERSONA\n+CONCEJAL\n\n"
                     "--- ASESINAR [180]---\nEJECUTAR\n- * A &ARTICULO &PERSONA        [190]\n"
                     "- * &ARTICULO &PERSONA   [186]\n- CUAL *   [---]\n", encoding="utf-8")
    report = build_codebook(tmp_path / "cb", verbs=[verbs], actors=[], language="es")
    # "CUAL * [---]" would be a bare no-event pattern silencing the verb: dropped, reported
    assert any(s.line == 14 and "only function words" in s.reason for s in report.skipped)
    import yaml

    data = yaml.safe_load((tmp_path / "cb" / "verbs" / "verbos.yaml").read_text(encoding="utf-8"))
    [entry] = data["entries"]
    assert [(p["code"], p["match"]) for p in entry["patterns"]] == [
        ("190", [{"slot": "obl", "prep": "a", "words": ["&PERSONA"]}]),
        ("186", [{"slot": "obj", "words": ["&PERSONA"]}])]


def test_spanish_number_words_and_months_come_from_the_profile_and_english_keeps_its_own():
    import datetime as dt

    from coder.acled.dates import find_dates
    from coder.acled.fatalities import number_value

    es, _ = load_profile("es")
    en, _ = load_profile("en")
    assert number_value(["treinta", "y", "dos"], es) == 32
    assert number_value(["doce"], es) == 12 and number_value(["doce"], en) is None
    assert number_value(["twenty-one"], en) == 21 and number_value(["twenty-one"], es) is None
    [day] = find_dates("el 12 de marzo de 2005", dt.date(2005, 6, 1), es)
    assert (day.date, day.precision) == (dt.date(2005, 3, 12), 1)
    assert find_dates("el 12 de marzo de 2005", dt.date(2005, 6, 1), en) == []


def test_a_conllu_sentence_without_a_text_line_is_written_with_its_multiword_tokens():
    text = ("1\tGuerrilleros\tguerrillero\tNOUN\t_\t_\t4\tnsubj\t_\t_\n"
            "2-3\tdel\t_\t_\t_\t_\t_\t_\t_\t_\n"
            "2\tde\tde\tADP\t_\t_\t4\tcase\t_\t_\n3\tel\tel\tDET\t_\t_\t4\tdet\t_\t_\n"
            "4\tFrente\tfrente\tPROPN\t_\t_\t0\troot\t_\t_\n\n")
    [doc] = parse_conllu_text(text)
    [sentence] = doc.sentences
    assert sentence.text == "Guerrilleros del Frente"
    assert [t.text for t in sentence.tokens] == ["Guerrilleros", "de", "el", "Frente"]


def prodrop_codebook(tmp_path: Path, language: str) -> Path:
    folder = tmp_path / f"pd-{language}"
    (folder / "verbs").mkdir(parents=True)
    (folder / "actors").mkdir()
    (folder / "codebook.yaml").write_text(
        f"name: pd\nlanguage: {language}\ncameo: shipped:cameo.yaml\nactors: [actors/a.yaml]\n"
        "verbs: [verbs/v.yaml]\ncountries: false\n", encoding="utf-8")
    (folder / "verbs" / "v.yaml").write_text(
        "kind: verbs\nentries:\n  - {id: t.atacar, code: '190', verbs: [atacar]}\n"
        "  - {id: t.secuestrar, code: '181', verbs: [secuestrar]}\n"
        "  - {id: t.detener, code: '173', verbs: [detener]}\n", encoding="utf-8")
    (folder / "actors" / "a.yaml").write_text(
        "kind: actors\nentries:\n  - {names: [Frente Gondor], code: ARNREB}\n"
        "  - {names: [Arnor], code: ARN}\n  - {names: [concejales], code: ARNGOV}\n", encoding="utf-8")
    return folder


def with_feats(doc, feats: dict[tuple[int, int], tuple]):
    """The document with morphological features set on (sentence, token) positions."""
    from dataclasses import replace

    sentences = []
    for si, s in enumerate(doc.sentences):
        tokens = tuple(replace(t, feats=feats.get((si, t.id), t.feats)) for t in s.tokens)
        sentences.append(replace(s, tokens=tokens))
    return replace(doc, sentences=tuple(sentences))


PLURAL_PAST = (("Mood", "Ind"), ("Number", "Plur"), ("Person", "3"), ("Tense", "Past"), ("VerbForm", "Fin"))

# "Frente Gondor atacó Arnor." / "Luego secuestraron a tres concejales." /
# "Se detuvo a tres concejales." (reflexive passive: nobody implied)
PRODROP = ("""
Frente PROPN 2 compound
Gondor PROPN 3 nsubj
atacó VERB 0 root atacar
Arnor PROPN 3 obj
. PUNCT 3 punct
""", """
Luego ADV 2 advmod luego
secuestraron VERB 0 root secuestrar
a ADP 5 case
tres NUM 5 nummod
concejales NOUN 2 obj
. PUNCT 2 punct
""", """
Se PRON 2 expl:pass se
detuvo VERB 0 root detener
a ADP 5 case
tres NUM 5 nummod
concejales NOUN 2 obj
. PUNCT 2 punct
""")


def test_a_dropped_subject_is_the_earlier_sentence_s_and_a_reflexive_passive_implies_none(tmp_path):
    from coder.code import code_document
    from conftest import build_document

    doc = with_feats(build_document(*PRODROP), {(1, 2): PLURAL_PAST, (2, 2): PLURAL_PAST})
    events = code_document(doc, load_codebook(prodrop_codebook(tmp_path, "es"), use_cache=False))
    got = [(e.code, e.source.code if e.source else None, e.target.code if e.target else None) for e in events]
    assert got == [("190", "ARNREB", "ARN"), ("181", "ARNREB", "ARNGOV"), ("173", None, "ARNGOV")]
    # English drops no subjects: the second sentence has no source
    english = code_document(doc, load_codebook(prodrop_codebook(tmp_path, "en"), use_cache=False))
    assert [(e.code, e.source.code if e.source else None) for e in english][1] == ("181", None)
    # UDPipe's AnCora model lemmatizes the clitic "se" as "él" (iobj): the form marks it too
    ancora = (PRODROP[0], PRODROP[1], PRODROP[2].replace("Se PRON 2 expl:pass se", "se PRON 2 iobj él"))
    doc = with_feats(build_document(*ancora), {(1, 2): PLURAL_PAST, (2, 2): PLURAL_PAST})
    events = code_document(doc, load_codebook(tmp_path / "pd-es", use_cache=False))
    assert [(e.code, e.source.code if e.source else None) for e in events][2] == ("173", None)


# "Frente Gondor atacó Arnor ; secuestraron a concejales ." — a second clause with no subject
TWO_CLAUSES = """
Frente PROPN 2 compound
Gondor PROPN 3 nsubj
atacó VERB 0 root atacar
Arnor PROPN 3 obj
; PUNCT 6 punct
secuestraron VERB 3 parataxis secuestrar
a ADP 8 case
concejales NOUN 6 obj
"""


def test_a_dropped_subject_within_a_sentence_needs_agreeing_number(tmp_path):
    from coder.code import code_document
    from conftest import build_document

    codebook = load_codebook(prodrop_codebook(tmp_path, "es"), use_cache=False)
    singular_subject = (("Number", "Sing"),)
    agreeing = with_feats(build_document(TWO_CLAUSES), {(0, 6): PLURAL_PAST})
    clashing = with_feats(agreeing, {(0, 2): singular_subject, (0, 6): PLURAL_PAST})
    sources = [{e.code: e.source.code if e.source else None for e in code_document(d, codebook)}["181"]
               for d in (agreeing, clashing)]
    assert sources == ["ARNREB", None]  # "Gondor" (singular) did not do what "secuestraron" (plural) did


def test_a_preterite_written_without_its_accent_is_undone_to_the_verb_by_the_profile():
    """News text drops accents ("denuncio", "recibio") and the lemmatizer keeps the form;
    the profile's de-inflections give the infinitive, for verbs only."""
    from coder.code.words import lemma_candidates
    from conftest import build_sentence

    es, _ = load_profile("es")
    s = build_sentence("""
        Arnor PROPN 2 nsubj
        denuncio VERB 0 root denuncio
        recibio VERB 2 conj recibio
        Gondor NOUN 2 obj Gondor""")
    assert "denunciar" in lemma_candidates(s.token(2), es)
    assert "recibir" in lemma_candidates(s.token(3), es)
    assert "gondar" not in lemma_candidates(s.token(4), es, verbal=False)


def test_a_contraction_whose_words_the_parser_wrote_twice_is_read_once():
    """UDPipe's Spanish output in UniversalPetrarch's files repeats a contraction's words
    ("2-3 del", "2 de", "3 el", then "4 de", "5 el"): the sentence keeps one copy (the one
    after the range, which carries the phrase's structure) and a word hung on the dropped
    copy hangs on its head, so "sindicato del Magisterio de Arnor" reads as one phrase."""
    from coder.conllu import parse_conllu_text

    rows = [
        "1\tEl\tel\tDET\t_\t_\t2\tdet\t_\t_",
        "2\tsindicato\tsindicato\tNOUN\t_\t_\t9\tnsubj\t_\t_",
        "3-4\tdel\t_\t_\t_\t_\t_\t_\t_\t_",
        "3\tde\tde\tADP\t_\t_\t4\tcase\t_\t_",
        "4\tel\tel\tDET\t_\t_\t2\tnmod\t_\t_",
        "5\tde\tde\tADP\t_\t_\t7\tcase\t_\t_",
        "6\tel\tel\tDET\t_\t_\t7\tdet\t_\t_",
        "7\tMagisterio\tmagisterio\tPROPN\t_\t_\t4\tnmod\t_\t_",
        "8\tArnor\tArnor\tPROPN\t_\t_\t7\tflat\t_\t_",
        "9\tdenunció\tdenunciar\tVERB\t_\t_\t0\troot\t_\t_",
    ]
    [doc] = parse_conllu_text("\n".join(rows) + "\n\n")
    [sentence] = doc.sentences
    assert sentence.text == "El sindicato del Magisterio Arnor denunció"
    assert [(t.id, t.text, t.head) for t in sentence.tokens] == [
        (1, "El", 2), (2, "sindicato", 7), (3, "de", 5), (4, "el", 5), (5, "Magisterio", 2),
        (6, "Arnor", 5), (7, "denunció", 0)]
    once = ["1\tEl\tel\tDET\t_\t_\t2\tdet\t_\t_", "2\tsindicato\tsindicato\tNOUN\t_\t_\t6\tnsubj\t_\t_",
            "3-4\tdel\t_\t_\t_\t_\t_\t_\t_\t_", "3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_",
            "4\tel\tel\tDET\t_\t_\t5\tdet\t_\t_", "5\tde\tde\tADP\t_\t_\t2\tnmod\t_\t_",
            "6\tdenunció\tdenunciar\tVERB\t_\t_\t0\troot\t_\t_"]  # "del de": no repetition
    [doc] = parse_conllu_text("\n".join(once) + "\n\n")
    assert [t.text for t in doc.sentences[0].tokens] == ["El", "sindicato", "de", "el", "de", "denunció"]
    assert doc.sentences[0].text == "El sindicato del de denunció"


def test_a_spanish_codebook_finds_countries_by_their_spanish_names_and_english_keeps_its_own():
    from coder.codebook.countries import country_actor_entries

    spanish = {e.code: set(e.names) for e in country_actor_entries("es")}
    english = {e.code: set(e.names) for e in country_actor_entries("en")}
    assert {"Japón", "Japon"} <= spanish["JPN"] and "Japan" in spanish["JPN"]
    assert "Estados Unidos" in spanish["USA"] and "Corea del Norte" in spanish["PRK"]
    assert "Japón" not in english["JPN"] and "Estados Unidos" not in english["USA"]
    # a small territory's Spanish name is a common word ("una reunión", "una granada")
    assert "Reunión" not in spanish.get("REU", set()) and "Granada" not in spanish.get("GRD", set())


def test_a_pronominal_verbs_clitic_is_no_reflexive_passive_and_keeps_the_dropped_subject(tmp_path):
    """"Frente Gondor atacó Arnor. Se reunió con los concejales." — "se" of "reunirse" (UD
    expl:pv, or a verb form written with the clitic) belongs to the verb: the subject is
    dropped, not absent, and is the earlier sentence's."""
    from coder.code import code_document
    from conftest import build_document

    folder = prodrop_codebook(tmp_path, "es")
    with (folder / "verbs" / "v.yaml").open("a", encoding="utf-8") as f:
        f.write("  - {id: t.reunir, code: '040', verbs: [reunir]}\n"
                "  - {id: t.rendir, code: '0874', verbs: [rendir se]}\n")
    codebook = load_codebook(folder, use_cache=False)
    reunion = """
Se PRON 2 expl:pv se
reunió VERB 0 root reunir
con ADP 4 case
concejales NOUN 2 obl
. PUNCT 2 punct
"""
    singular = (("Mood", "Ind"), ("Number", "Sing"), ("Person", "3"), ("Tense", "Past"), ("VerbForm", "Fin"))
    doc = with_feats(build_document(PRODROP[0], reunion), {(1, 2): singular})
    events = code_document(doc, codebook)
    assert [(e.code, e.source.code if e.source else None) for e in events][1] == ("040", "ARNREB")
    # UDPipe's "se" (iobj) of a verb the codebook writes with it: "Se rindió ante los concejales."
    rendicion = reunion.replace("Se PRON 2 expl:pv se", "se PRON 2 iobj él").replace(
        "reunió VERB 0 root reunir", "rindió VERB 0 root rendir").replace("con ADP", "ante ADP")
    doc = with_feats(build_document(PRODROP[0], rendicion), {(1, 2): singular})
    events = code_document(doc, codebook)
    assert [(e.code, e.source.code if e.source else None) for e in events][1] == ("0874", "ARNREB")


def test_a_name_marked_as_a_human_object_fills_the_person_noun_in_a_pattern(tmp_path):
    """"ejecutó a Arwen": a name the codebook does not know (or knows only as the agent of the
    profile's person_noun, as first names listed as civilians), marked with the personal
    "a", stands for a person and fits "persona" in a pattern (a synset that lists it): the
    pattern's code, not the bare verb's. A country so marked does not; a profile without a
    person noun codes the bare verb."""
    from coder.code import code_document
    from conftest import build_document

    folder = person_noun_codebook(tmp_path, "  - {code: CVL, names: [persona, Eowyn]}\n",
                                  "  - {names: [Frente Gondor], code: ARNREB}\n  - {names: [Rohan], code: ROH}\n")
    manifest = folder / "codebook.yaml"
    es = load_codebook(folder, use_cache=False)

    def coded(name: str, codebook=es) -> tuple[str, str]:
        doc = build_document(f"Frente PROPN 2 compound\nGondor PROPN 3 nsubj\nejecutó VERB 0 root ejecutar\n"
                             f"a ADP 5 case\n{name} PROPN 3 obj\n")
        [event] = code_document(doc, codebook)
        return event.code, event.target.code

    assert coded("Arwen") == ("186", "---CVL")
    assert coded("Eowyn") == ("186", "---CVL")
    assert coded("Rohan") == ("180", "ROH")
    (folder / "noperson.yaml").write_text((ROOT / "coder" / "lang" / "es.yaml").read_text(encoding="utf-8")
                         .replace("person_noun: persona", "person_noun: ''"), encoding="utf-8")
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("language: es", "language: noperson.yaml"),
                        encoding="utf-8")
    assert coded("Eowyn", load_codebook(folder, use_cache=False))[0] == "180"


def test_a_name_known_by_a_dated_role_fits_the_person_noun_as_it_resolves_on_the_day(tmp_path):
    """"ejecutó a don Elessar": a surname after a title, the last word of a dated person's
    name (Aragorn Elessar, a civilian until 2008, then in government). On the document's day
    the title and the role agree, so the phrase is that person (ARNCVL), no bare person: the
    pattern for the person noun does not fit and the target is ARNCVL. The pattern's slots
    resolve the name with the document's date as the target is resolved; undated, the
    current role (ARNGOV) is no civilian, the phrase is the title's agent, a person (186)."""
    from coder.code import code_document
    from conftest import build_document

    es = load_codebook(person_noun_codebook(
        tmp_path, "  - {code: CVL, names: [persona, don]}\n",
        "  - {names: [Frente Gondor], code: ARNREB}\n"
        "  - names: [Aragorn Elessar]\n    roles:\n      - {code: ARNCVL, from: 2000-01-01, to: 2008-12-31}\n"
        "      - {code: ARNGOV, from: 2009-01-01}\n"), use_cache=False)
    sentence = ("Frente PROPN 2 compound\nGondor PROPN 3 nsubj\nejecutó VERB 0 root ejecutar\n"
                "a ADP 6 case\ndon NOUN 6 compound\nElessar PROPN 3 obj\n")

    def coded(date: str | None) -> tuple[str, str]:
        [event] = code_document(build_document(sentence, date=date), es)
        return event.code, event.target.code

    assert coded("2005-06-01") == ("180", "ARNCVL")
    assert coded(None) == ("186", "---CVL")


def test_a_name_holding_a_coordination_inside_the_phrase_is_one_actor(tmp_path):
    """"El Frente de Paz y Tierra de Arnor atacó Rohan": the parser hangs "y Tierra" as a
    conjunct of "Paz", which the noun phrase leaves out; the name runs through it, so the
    subject is the named group (ARNREB), not Arnor. Without such a name the phrase stays the
    noun phrase ("el frente de paz y tierra de Arnor" is Arnor's)."""
    from coder.code import code_document
    from conftest import build_document

    folder = spanish_codebook(tmp_path)
    actors = folder / "actors" / "a.yaml"
    sentence = ("El DET 2 det\nFrente PROPN 9 nsubj\nde ADP 4 case\nPaz PROPN 2 nmod\ny CCONJ 6 cc\n"
                "Tierra PROPN 4 conj\nde ADP 8 case\nArnor PROPN 2 nmod\natacó VERB 0 root atacar\n"
                "Rohan PROPN 9 obj\n")

    def source() -> str:
        [event] = code_document(build_document(sentence), load_codebook(folder, use_cache=False))
        return event.source.code

    actors.write_text("kind: actors\nentries:\n  - {names: [Arnor], code: ARN}\n  - {names: [Rohan], code: ROH}\n",
                      encoding="utf-8")
    assert source() == "ARN"
    actors.write_text(actors.read_text(encoding="utf-8") + "  - {names: [Frente de Paz y Tierra de Arnor], code: ARNREB}\n",
                      encoding="utf-8")
    assert source() == "ARNREB"


def test_an_object_clitic_stands_for_the_whole_object_phrase_a_name_sits_in(tmp_path):
    """"Frente Gondor secuestró a un periodista de Rohan y lo liberó": "lo" is the journalist
    of Rohan (ROHMED), the earlier object phrase the name sits in, not Rohan; a profile
    without ``object_phrase_antecedents`` keeps the name."""
    from coder.code import code_document
    from conftest import build_document

    folder = tmp_path / "cb"
    (folder / "verbs").mkdir(parents=True)
    (folder / "verbs" / "v.yaml").write_text(
        "kind: verbs\nentries:\n  - {id: t.secuestrar, code: '181', verbs: [secuestrar]}\n"
        "  - {id: t.liberar, code: '0841', verbs: [liberar]}\n", encoding="utf-8")
    (folder / "a.yaml").write_text("kind: actors\nentries:\n  - {names: [Frente Gondor], code: ARNREB}\n"
                                   "  - {names: [Rohan], code: ROH}\n", encoding="utf-8")
    (folder / "g.yaml").write_text("kind: agents\nentries:\n  - {code: MED, names: [periodista]}\n", encoding="utf-8")
    manifest = folder / "codebook.yaml"
    manifest.write_text("name: t\nlanguage: es\ncameo: shipped:cameo.yaml\nactors: [a.yaml]\nagents: [g.yaml]\n"
                        "verbs: [verbs/v.yaml]\ncountries: false\n", encoding="utf-8")
    sentence = ("Frente PROPN 2 compound\nGondor PROPN 3 nsubj\nsecuestró VERB 0 root secuestrar\na ADP 6 case\n"
                "un DET 6 det uno\nperiodista NOUN 3 obj\nde ADP 8 case\nRohan PROPN 6 nmod\ny CCONJ 11 cc\n"
                "lo PRON 11 obj él\nliberó VERB 3 conj liberar\n")

    def targets() -> list[tuple[str, str]]:
        events = code_document(build_document(sentence), load_codebook(folder, use_cache=False))
        return [(e.code, e.target.code if e.target else "") for e in events]

    assert targets() == [("181", "ROHMED"), ("0841", "ROHMED")]
    (folder / "other.yaml").write_text((ROOT / "coder" / "lang" / "es.yaml").read_text(encoding="utf-8")
                                       .replace("object_phrase_antecedents: true", "object_phrase_antecedents: false"),
                                       encoding="utf-8")
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("language: es", "language: other.yaml"),
                        encoding="utf-8")
    assert targets() == [("181", "ROHMED"), ("0841", "ROH")]


def test_an_actor_that_is_only_a_word_for_an_agent_yields_to_the_country_of_its_phrase(tmp_path):
    """Imported dictionaries list words for agents as a country's actors ("guerrilleros" as
    Colombian rebels): "los guerrilleros de Arnor" are Arnor's rebels (ARNREB); alone they
    stay the dictionary's actor (COLREB), and a named group keeps its code."""
    from coder.code import code_document
    from conftest import build_document

    folder = spanish_codebook(tmp_path)
    (folder / "actors" / "a.yaml").write_text(
        "kind: actors\nentries:\n  - {names: [guerrilleros], code: COLREB}\n  - {names: [Arnor], code: ARN}\n"
        "  - {names: [Rohan], code: ROH}\n  - {names: [Nueva Arnor], code: NAR}\n", encoding="utf-8")
    (folder / "g.yaml").write_text("kind: agents\nentries:\n  - {code: REB, names: [guerrilleros]}\n", encoding="utf-8")
    manifest = folder / "codebook.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8") + "agents: [g.yaml]\n", encoding="utf-8")
    codebook = load_codebook(folder, use_cache=False)

    def source(subject: str) -> str:
        [event] = code_document(build_document(subject + "atacaron VERB 0 root atacar\nRohan PROPN {} obj\n".format(
            len(subject.splitlines()) + 1)), codebook)
        return event.source.code

    assert source("Los DET 2 det\nguerrilleros NOUN 5 nsubj\nde ADP 4 case\nArnor PROPN 2 nmod\n") == "ARNREB"
    assert source("Los DET 2 det\nguerrilleros NOUN 6 nsubj\nde ADP 4 case\nNueva PROPN 2 nmod\n"
                  "Arnor PROPN 4 flat\n") == "NARREB"  # a name of two words: its own head is the modifier
    assert source("Los DET 2 det\nguerrilleros NOUN 3 nsubj\n") == "COLREB"
