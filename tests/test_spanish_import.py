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
