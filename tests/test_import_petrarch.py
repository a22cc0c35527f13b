"""PETRARCH dictionary import: formats, conversion rates, reports, complete codebooks."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml

from coder.codebook import load_codebook, validate_codebook
from coder.importers.petrarch import build_codebook, convert_files, import_default
from coder.importers.petrarch_actors import convert_actors, convert_agents, parse_date, parse_role, RoleError
from coder.importers.petrarch_lists import convert_discards, convert_issues, expand_issue_phrase
from coder.importers.petrarch_verbs import PatternConverter, convert_verbs

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PETRARCH = SHARED / "reference" / "petrarch2"
UNIT_UD = SHARED / "benchmarks" / "petrarch-unit-ud"
UNIT = SHARED / "benchmarks" / "petrarch-unit"
needs_shared = pytest.mark.skipif(not PETRARCH.is_dir(), reason="shared PETRARCH dictionaries not available")


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


VERBS = """
    # comment line
    &MILITARY
    +TROOP
    +SOLDIER

    &AUXVERB1_
    +WAS

    ####### VERB PATTERNS #######
    ---  WITHDRAW   [080]  ---
    WITHDRAW {WITHDREW WITHDRAWN WITHDRAWING WITHDRAWS}
    +PULL_OUT {+PULLED_OUT +PULLING_OUT +PULLS_OUT}
    RETREAT [0874]  # own code
    - * &MILITARY (FROM +)                  [0874]   # WITHDRAW
    - * {PEACE TALKS}                         [0864]
    - * SANCTIONS                             [0861]
    - * SANCTIONS                             [0861]   # exact duplicate
    - $ * (TO)                                [042:043]
    - * (BEFORE COURT)                        [:173]
    - % &MILITARY *                           [062]
    - * &UNDEFINED                            [080]
    ~ a (a b WITHDRAW) SAY = a b 015

    ---  WIRETAP   [---]  ---
    WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED WIRE_+TAPPING}
    - * PHONE                                 [1711]
"""


def test_verb_dictionary_conversion(tmp_path):
    result = convert_verbs(write(tmp_path, "V.verbs.txt", VERBS), "v")
    blocks = {e["id"]: e for e in result.data["entries"]}
    withdraw = blocks["v.withdraw"]
    assert withdraw["verbs"] == ["withdraw", "pull out"]
    assert withdraw["inflections"]["withdrew"] == "withdraw"
    assert "withdraws" in withdraw["inflections"] and "pulled" in withdraw["inflections"]
    assert blocks["v.withdraw@0874"]["verbs"] == ["retreat"]  # a verb with its own code: sub-block
    assert blocks["v.wiretap"]["verbs"] == ["wire +tap"]
    pats = {p["note"].split(": ", 1)[1]: p for p in withdraw["patterns"]}
    troops = pats["-* &MILITARY (FROM +) [0874]"]
    assert troops["match"] == [{"slot": "obj", "words": ["&MILITARY"]},
                               {"slot": "obl", "prep": "from", "words": ["*"]}]
    assert troops["target"] == "obl:from"
    assert pats["-* {PEACE TALKS} [0864]"]["match"] == [{"slot": "obj", "words": ["peace talks"]}]
    assert any(p.get("match") == [{"slot": "obj", "words": ["sanction"]}] for p in withdraw["patterns"])
    to = next(p for p in withdraw["patterns"] if p["code"] == "042")  # paired code [042:043]
    assert to["match"] == [{"slot": "obl", "prep": "to", "words": ["*"]}] and to["reverse"] == "043"
    court = next(p for p in withdraw["patterns"] if p.get("reverse") == "173")  # [:173]: reversed dyad only
    assert court["code"] == "---" and "source" not in court and "target" not in court
    synsets = {s["name"]: s["members"] for s in result.data["synsets"]}
    assert synsets["&MILITARY"] == ["soldier", "troop"] and "&AUXVERB1" in synsets

    rep = result.report
    assert rep.source == 9 and rep.converted == 6
    reasons = {s.line: s.reason for s in rep.skipped}
    assert "duplicate" in reasons[16]  # the earlier of two identical lines is dropped
    assert "%" in reasons[20] and "&UNDEFINED" in reasons[21] and "transformation" in reasons[22]
    assert all(s.file == "V.verbs.txt" and s.line > 0 for s in rep.skipped)


@pytest.mark.parametrize("text, expected", [
    ("* (FOR {FINANCIAL AID})", {"match": [{"slot": "obl", "prep": "for", "words": ["financial aid"]}]}),
    ("&MILITARY * (INTO +)", {"match": [{"slot": "subj", "words": ["&MILITARY"]},
                                       {"slot": "obl", "prep": "into", "words": ["*"]}], "target": "obl:into"}),
    ("* OUT {NEW STRATEGY}", {"match": [{"slot": "any", "words": ["out"]}, {"slot": "obj", "words": ["new strategy"]}]}),
    ("* TROOP TOWARD +", {"match": [{"slot": "obj", "words": ["troop"]},
                                    {"slot": "obl", "prep": "toward", "words": ["*"]}], "target": "obl:toward"}),
    ("* (FROM ^)", {"match": [{"slot": "obl", "prep": "from", "words": ["*"]}]}),
    ("* RALLIES $", {"match": [{"slot": "obj", "words": ["rally"]}], "source": "obj"}),
    ("* (AGAINST) +", {"match": [{"slot": "obl", "prep": "against", "words": ["*"]}], "target": "obl:against"}),
    # after a filled phrase the mark stands for a later phrase: default targeting finds it
    ("* IFTAR (IN ^) +", {"match": [{"slot": "obj", "words": ["iftar"]},
                                    {"slot": "obl", "prep": "in", "words": ["*"]}]}),
])
def test_pattern_shapes(text, expected):
    got = PatternConverter({"&MILITARY"}).convert(f"{text} [010]")
    assert {k: v for k, v in got.items() if k != "code"} == expected


def test_actor_dictionary_conversion(tmp_path):
    path = write(tmp_path, "A.actors.txt", """
        <!-- XML comment line -->
        AFGHANISTAN_  [AFG]
        +AFGHAN_
        +KABUL_
        MOHAMMAD_ZAHIR_SHAH_  # CountryInfo.txt
        \t[AFGELI 320101-331108]
        \t[AFGGOV >19331108]
        \t[AFGELI <20070723]
        UNITED_NATIONS_DEVELOPMENT_PROGRAM [IGOUNODEV]
        +UNDP_
        TRYGVE_LIE_\t[IGOUNO 460201-521110] [IGOELI]
        BOROMIR  [---]
        BAD_DATE_MAN
        \t[USAGOV 20100231-20110101]
        \t[USAELI]
    """)
    data, rep = convert_actors(path)
    entries = data["entries"]
    assert entries[0] == {"names": ["afghanistan", "afghan", "kabul"], "code": "AFG"}
    assert entries[1]["roles"] == [{"code": "AFGELI", "from": "1932-01-01", "to": "1933-11-07"},  # touching: ends the day before
                                   {"code": "AFGGOV", "from": "1933-11-08"},
                                   {"code": "AFGELI", "to": "2007-07-23"}]
    assert entries[2]["names"] == ["united nations development program", "UNDP"]  # initials → acronym
    assert entries[3] == {"names": ["trygve lie"], "code": "IGOELI",
                          "roles": [{"code": "IGOUNO", "from": "1946-02-01", "to": "1952-11-10"}]}
    assert entries[4] == {"names": ["bad date man"], "code": "USAELI"}  # the bad role only is dropped
    assert rep.source == 6 and rep.converted == 5
    lines = {s.line: s.reason for s in rep.skipped}
    assert "---" in lines[12] and "invalid date" in lines[14]


def test_dates_and_roles():
    assert parse_date("780101").isoformat() == "1978-01-01"
    assert parse_date("000101").isoformat() == "2000-01-01"
    assert parse_date("301231").isoformat() == "2030-12-31"
    assert parse_role("AFGGOV 780101-000101") == {"code": "AFGGOV", "from": "1978-01-01", "to": "2000-01-01"}
    assert parse_role("HOBREB > 990816") == {"code": "HOBREB", "from": "1999-08-16"}
    # a stray digit, read as PETRARCH reads it: YYMMDD up to 7 digits, YYYYMMDD from 8
    assert parse_role("ARMUNR 9008223-911221") == {"code": "ARMUNR", "from": "1990-08-22", "to": "1991-12-21"}
    assert parse_role("GBRGOV >201005011") == {"code": "GBRGOV", "from": "2010-05-01"}
    assert parse_role("IRQOCC 1920030320-20060520") == {"code": "IRQOCC", "from": "1920-03-03", "to": "2006-05-20"}
    for bad in ("AFG 20100231", "AFG 90082", "AFG 2010x501", "ELR/GAL", "AFG 20121207-20120802"):
        with pytest.raises(RoleError):
            parse_role(bad)


def test_roles_with_stray_digits_are_read_as_petrarch_reads_them(tmp_path):
    path = write(tmp_path, "S.actors.txt", """
        ARNOR_
        +ANNUMINAS
        \t[ARN <20030320]
        \t[ARNOCC 1920030320-20060520]
        \t[ARN >20060520]
        ARAGORN_
        \t[ARNGOV >201005011]
        ELENDIL_
        \t[ARNELI 500101-100101]
        \t[ARNGOV 030101-060101]
    """)
    entries = convert_actors(path)[0]["entries"]
    # the repaired role starts where the earlier-listed one ends, as PETRARCH's first match
    assert entries[0]["roles"] == [{"code": "ARN", "to": "2003-03-20"},
                                   {"code": "ARNOCC", "from": "2003-03-21", "to": "2006-05-19"},
                                   {"code": "ARN", "from": "2006-05-20"}]
    assert entries[1] == {"names": ["aragorn"], "roles": [{"code": "ARNGOV", "from": "2010-05-01"}]}
    # roles read as written keep the coder's narrowest-role rule (the years in office)
    assert entries[2]["roles"] == [{"code": "ARNELI", "from": "1950-01-01", "to": "2010-01-01"},
                                   {"code": "ARNGOV", "from": "2003-01-01", "to": "2006-01-01"}]


def test_agents_substitution_sets_and_positions(tmp_path):
    path = write(tmp_path, "A.agents.txt", """
        !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
        CONGRESS!PERSON! [~LEG]
        POLICE {} [~COP]
        ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
        HUMAN_RIGHTS_BODY  [NGO~]
        NO_CODE_HERE
    """)
    data, rep = convert_agents(path)
    entries = data["entries"]
    assert entries[0] == {"code": "LEG", "names": ["congressman", "congressmen", "congresswoman",
                                                   "congresswomen", "congressperson"]}
    assert entries[1] == {"code": "COP", "names": ["police"]}
    assert entries[2]["names"] == ["attorney general", "attorneys general"]
    assert entries[3] == {"code": "NGO", "names": ["human rights body"], "position": "prefix"}
    assert rep.converted == 4 and rep.skipped[0].line == 6


def test_discards_and_issues(tmp_path):
    data, rep = convert_discards(write(tmp_path, "D.discards.txt", """
        +WORLD CUP   # story
        BASEBALL
        AMELIA_EARHART_
    """))
    assert data["entries"] == [{"phrase": "world cup*", "scope": "story"}, {"phrase": "baseball*"},
                               {"phrase": "amelia earhart"}]
    assert expand_issue_phrase("n:crime against humanity") == ["crime against humanity", "crimes against humanity"]
    assert expand_issue_phrase("pre+k") == ["pre k", "pre-k"]
    assert "massacred" in expand_issue_phrase("v:massacre")
    data, rep = convert_issues(write(tmp_path, "I.txt", """
        <ISSUE CATEGORY="ID_ATROCITY">
        n:genocide [ID_ATROCITY]
        ~~Armenian genocide
        </ISSUE>
    """))
    assert data["entries"] == [{"issue": "ID_ATROCITY", "phrases": ["genocide", "genocides"]}]
    assert rep.source == 2 and "ignore phrase" in rep.skipped[0].reason


@needs_shared
def test_cameo_verbs_conversion_rate():
    result = convert_verbs(PETRARCH / "CAMEO.2.0.txt", "cameo2")
    rep = result.report
    assert rep.source == 4668
    assert rep.converted / rep.source >= 0.90
    assert rep.source - rep.converted <= len([s for s in rep.skipped if "transformation" not in s.reason])
    assert all(s.line > 0 and s.reason for s in rep.skipped)


def test_actor_primary_phrases_without_codes_share_the_codes_that_follow(tmp_path):
    # PETRARCH opens a new code list only once the previous phrase has codes: consecutive
    # primary phrases without any share the roles below the last of them
    path = write(tmp_path, "A.actors.txt", """
        BORIS_YELTSIN_  # CountryInfo.txt
        BORIS_N._YELTSIN
        YELTSIN
        \t[RUSGOV 910710-991231]
        MILO_DUKANOVIC_
        +DJUKANOVIC_
        \t[MNEGOV 20121204]
        \t[MNEGOV 20080229-20101229]
        UN_ [IGOUNO]
        U.N._
        UN_SECRETARY_GENERAL
        \t[IGOUNO]
        COMUNIDAD (EEC)
        MAUD_DE_BOER [IGOEUREEC]
    """)
    data, rep = convert_actors(path)
    entries = data["entries"]
    assert entries[0] == {"names": ["boris yeltsin", "boris N. yeltsin", "yeltsin"],
                          "roles": [{"code": "RUSGOV", "from": "1991-07-10", "to": "1999-12-31"}]}
    # a restriction with a bare date (no <, > or range) is PETRARCH's default code
    assert entries[1] == {"names": ["milo dukanovic", "djukanovic"], "code": "MNEGOV",
                          "roles": [{"code": "MNEGOV", "from": "2008-02-29", "to": "2010-12-29"}]}
    assert entries[2] == {"names": ["UN"], "code": "IGOUNO"}  # a phrase with a code keeps its own
    assert entries[3] == {"names": ["U.N.", "un secretary general"], "code": "IGOUNO"}
    # a code-less phrase with a parenthetical shares nothing: PETRARCH reads "(EEC)" as a word
    assert entries[4] == {"names": ["maud de boer"], "code": "IGOEUREEC"}
    assert rep.source == rep.converted == 9 and not rep.skipped


@needs_shared
def test_phoenix_actor_conversion_rate():
    source = converted = 0
    for name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        _, rep = convert_actors(PETRARCH / name)
        source += rep.source
        converted += rep.converted
        assert all(s.file == name and s.line > 0 for s in rep.skipped)
    assert source > 27000 and converted / source >= 0.95


@needs_shared
@pytest.mark.parametrize("folder, verbs", [(UNIT_UD, "PETR.Validate.verbs.2.0.txt"), (UNIT, "PETR.Validate.verbs.txt")])
def test_build_codebook_for_unit_test_dictionaries(tmp_path, folder, verbs):
    report = build_codebook(tmp_path / "cb", verbs=[folder / verbs], actors=[folder / "PETR.Validate.actors.txt"],
                            agents=[folder / "PETR.Validate.agents.txt"],
                            discards=[folder / "PETR.Validate.discards.txt"])
    assert [p for p in validate_codebook(tmp_path / "cb") if p.severity == "error"] == []
    book = load_codebook(tmp_path / "cb", use_cache=False)
    assert book.stats()["patterns"] > 400 and "903" in book.cameo  # test-only codes were added
    assert "903" in report.extra_cameo_codes
    manifest = yaml.safe_load((tmp_path / "cb" / "codebook.yaml").read_text())
    assert manifest["countries"] is False and manifest["cameo"] == "cameo.yaml"
    source = yaml.safe_load((tmp_path / "cb" / manifest["verbs"][0]).read_text())["source"]
    assert "MIT" in source and "Open Event Data Alliance" in source and "676801c" in source


@needs_shared
def test_shipped_imported_files_are_up_to_date(tmp_path):
    """codebooks/imported/ is exactly what the importer makes from the reference dictionaries."""
    (tmp_path / "cameo.yaml").write_bytes((ROOT / "codebooks" / "cameo.yaml").read_bytes())
    import_default(PETRARCH, tmp_path)
    made = sorted(p.relative_to(tmp_path / "imported") for p in (tmp_path / "imported").rglob("*.yaml"))
    shipped = sorted(p.relative_to(ROOT / "codebooks" / "imported") for p in (ROOT / "codebooks" / "imported").rglob("*.yaml"))
    assert made == shipped
    for rel in made:
        assert (tmp_path / "imported" / rel).read_bytes() == (ROOT / "codebooks" / "imported" / rel).read_bytes(), rel


def test_convert_files_reports_every_file(tmp_path):
    verbs = write(tmp_path, "V.verbs.txt", VERBS)
    sections, codes, report = convert_files(tmp_path / "out", verbs=[verbs])
    assert sections == {"verbs": ["verbs/v.yaml"]}
    assert {"080", "0874", "0861"} <= codes
    assert report.files["V.verbs.txt"].output == "verbs/v.yaml"
    assert any("V.verbs.txt" in line and "6/9" in line for line in report.summary_lines())


def test_internal_coding_ontology_defines_negation_codes():
    from coder.importers.petrarch_ontology import negations, read_ontology

    values = read_ontology(UNIT_UD / "PETR.Internal.Coding.Ontology.txt")
    negation_of = negations(values)
    assert negation_of["080"] == "124"  # not yield: refuse to yield
    assert negation_of["110"] == "050"  # 110 is defined as "not cooperate diplomatically"
    assert negation_of["010"] == "011"  # no comment: decline comment
    assert "190" not in negation_of  # "did not fight" codes nothing


def test_malformed_ontology_line_names_file_and_line(tmp_path):
    from coder.errors import CoderError
    from coder.importers.petrarch_ontology import read_ontology

    bad = tmp_path / "onto.txt"
    bad.write_text("# header\n010:0x1000#Say\n011:0x1000-zz\n", encoding="utf-8")
    with pytest.raises(CoderError, match=r"onto.txt:3"):
        read_ontology(bad)


def test_pattern_line_without_its_dash_is_still_a_pattern(tmp_path):
    path = write(tmp_path, "V.verbs.txt", """
        --- BEGIN  [---]  ---
        BEGIN {BEGINS BEGAN BEGUN }
        * (TO QUESTION) [110]
        """)
    result = convert_verbs(path, "v")
    [block] = result.data["entries"]
    assert block["verbs"] == ["begin"]
    [pattern] = block["patterns"]
    assert pattern["code"] == "110"
    assert pattern["match"] == [{"slot": "obl", "prep": "to", "words": ["question"]}]


def test_synset_members_keep_all_their_words(tmp_path):
    path = write(tmp_path, "V.verbs.txt", """
        &HYPERCURR
        +BITCOIN
        +AUSTRIAN GOLD FLORIN   # a fictional currency
        +FIGHTING_

        --- CONTRIBUTE [070] ---
        CONTRIBUTE
        - * &HYPERCURR [071]
        """)
    result = convert_verbs(path, "v")
    [synset] = result.data["synsets"]
    assert synset["members"] == ["austrian gold florin", "bitcoin", "fighting"]
