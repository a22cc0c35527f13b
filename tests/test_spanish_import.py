"""UniversalPetrarch's Spanish dictionary spellings the importer reads: substitution sets
written with "_" for spaces ("!MINISTA!_=_MINISTRO,_MINISTERIO_"), plural braces followed
by "_", and codes written without CAMEO's leading zero ("[36]" for 036). Hand-built files,
made-up names (Arnor)."""

from __future__ import annotations

import yaml

from coder.importers.petrarch import build_codebook


def test_agents_with_underscored_substitution_sets_and_plurals_are_read(tmp_path):
    agents = tmp_path / "agentes.txt"
    agents.write_text(
        "!MINISTA!_=_MINISTRO,_MINISTERIO_\n"
        "!MINISTA!_DE_DEFENSA_ [~GOVMIL]\n"
        "CENTRO_DE_ARNOR_{CENTROS_DE_ARNOR}_ [~HRI]\n"
        "SIN_CODIGO\n", encoding="utf-8")
    report = build_codebook(tmp_path / "cb", verbs=[], actors=[], agents=[agents], language="es")
    data = yaml.safe_load((tmp_path / "cb" / "agents" / "agentes.yaml").read_text(encoding="utf-8"))
    names = {n: e["code"] for e in data["entries"] for n in e["names"]}
    assert names["ministro de defensa"] == "GOVMIL" and names["ministerio de defensa"] == "GOVMIL"
    assert names["centro de arnor"] == "HRI" and names["centros de arnor"] == "HRI"
    [skipped] = report.skipped  # the line without a code, with its line number
    assert skipped.line == 4 and "without a [code]" in skipped.reason


def test_codes_without_their_leading_zero_get_it_back_in_a_language_import(tmp_path):
    verbs = tmp_path / "verbos.txt"
    verbs.write_text(
        "--- MEET   [36]  ---\nREUNIR\n- * CON +        [40]\n\n"
        "--- AID   [---]  ---\nPROMETER\n- * AYUDA HUMANITARIA        [333]\n", encoding="utf-8")
    report = build_codebook(tmp_path / "cb", verbs=[verbs], actors=[], language="es")
    data = yaml.safe_load((tmp_path / "cb" / "verbs" / "verbos.yaml").read_text(encoding="utf-8"))
    codes = {e["id"].split(".")[-1]: e["code"] for e in data["entries"]}
    patterns = {p["code"] for e in data["entries"] for p in e.get("patterns", [])}
    assert codes["meet"] == "036" and patterns == {"040", "0333"}
    assert report.extra_cameo_codes == []  # no made-up roots 36, 40, 33 in the table
    assert report.files["verbos.txt"].notes["codes given their leading zero"] == 3


def test_a_passive_auxiliary_pattern_becomes_a_pattern_of_the_participle_needing_the_auxiliary(tmp_path):
    """"+ * MUERTO $" under SER: UD makes "muerto" the head and "fue" its aux:pass, so the
    pattern is the participle's, with a slot for the auxiliary; patterns with a word before
    the verb or a synset after it stay SER's only."""
    verbs = tmp_path / "verbos.txt"
    verbs.write_text(
        "&ARMA\n+FUSIL\n+ARMA_DE_FUEGO\n\n&PROTESTA\n+MARCHA\n\n"
        "--- SER [---]---\nSER\nHALLAR\n- + * MUERTO $ [193]\n- * HERIDO &ARMA [180]\n"
        "- * &PROTESTA [130]\n- PROTESTANTES * CAPTURADOS [173]\n", encoding="utf-8")
    build_codebook(tmp_path / "cb", verbs=[verbs], actors=[], language="es")
    data = yaml.safe_load((tmp_path / "cb" / "verbs" / "verbos.yaml").read_text(encoding="utf-8"))
    blocks = {e["id"].split(".")[-1]: e for e in data["entries"]}
    assert set(blocks) == {"ser", "ser_muerto", "ser_herido"}
    [muerto] = blocks["ser_muerto"]["patterns"]
    assert blocks["ser_muerto"]["verbs"] == ["muerto"] and muerto["code"] == "193"
    assert muerto["match"] == [{"slot": "any", "words": ["ser"]}]  # the block's auxiliary, not "hallar"
    assert "source" not in muerto and "target" not in muerto  # the passive frame gives the roles
    [herido] = blocks["ser_herido"]["patterns"]
    assert {"slot": "any", "words": ["ser"]} in herido["match"] and herido["code"] == "180"


def test_an_actor_whose_code_is_a_bare_role_code_is_read_as_an_agent(tmp_path):
    """UniversalPetrarch's actor file lists "PERIODISTAS_ [MED]": a role, not an actor, so alone
    it is ---MED and with a country COLMED, like the agent file's own entries; transnational
    codes (NGO) and country codes stay actors."""
    agents = tmp_path / "agentes.txt"
    agents.write_text("PERIODISTA_ [~MED]\nONG_ [~NGO]\n", encoding="utf-8")
    actors = tmp_path / "actores.txt"
    actors.write_text("PERIODISTAS_ [MED]\nAMNISTIA_DE_ARNOR_ [NGO]\nARNOR_ [ARN]\n", encoding="utf-8")
    report = build_codebook(tmp_path / "cb", verbs=[], actors=[actors], agents=[agents], language="es")
    manifest = yaml.safe_load((tmp_path / "cb" / "codebook.yaml").read_text(encoding="utf-8"))
    kept = yaml.safe_load((tmp_path / "cb" / "actors" / "actores.yaml").read_text(encoding="utf-8"))
    moved = yaml.safe_load((tmp_path / "cb" / "agents" / "actores.yaml").read_text(encoding="utf-8"))
    assert {e["code"] for e in kept["entries"]} == {"NGO", "ARN"}
    assert moved["entries"] == [{"code": "MED", "names": ["periodistas"]}]
    assert "agents/actores.yaml" in manifest["agents"]
    assert report.files["actores.txt"].notes["role-only actors read as agents"] == 1


def test_the_indefinite_articles_of_the_files_article_synset_are_no_slot_words(tmp_path):
    """&ARTICULO lists "un", "una" beside "el", "la": "* UNA EXPLICACION" is the verb with the
    object "explicacion", not one whose object is the word "una"."""
    verbs = tmp_path / "verbos.txt"
    verbs.write_text("&ARTICULO\n+EL\n+LA\n+LOS\n+UN\n+UNA\n\n"
                     "--- EXIGIR [100]---\nEXIGIR\n- * UNA EXPLICACION [101]\n", encoding="utf-8")
    build_codebook(tmp_path / "cb", verbs=[verbs], actors=[], language="es")
    data = yaml.safe_load((tmp_path / "cb" / "verbs" / "verbos.yaml").read_text(encoding="utf-8"))
    [pattern] = data["entries"][0]["patterns"]
    assert pattern["match"] == [{"slot": "obj", "words": ["explicacion"]}]
