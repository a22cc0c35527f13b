"""Gold readers on small inline fixtures, and record counts of the shared benchmark files."""

import json
from pathlib import Path

import pytest

from coder.benchmark.gold import GoldError, guess_format, read_gold

SHARED = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"
PARSE = "\n".join("\t".join(row) for row in [
    ["1", "Arnor", "Arnor", "PROPN", "NNP", "_", "2", "nsubj", "_", "_"],
    ["2", "praised", "praise", "VERB", "VBD", "_", "0", "root", "_", "_"],
    ["3", "Gondor", "Gondor", "PROPN", "NNP", "_", "2", "dobj", "_", "_"],
    ["4", ".", ".", "PUNCT", ".", "_", "2", "punct", "_", "_"],
])

PETRARCH_XML = f"""<?xml version='1.0' encoding='utf-8'?>
<Validation>
<Environment>
  <Verbfile>verbs.txt</Verbfile>
  <Actorfile>actors.txt</Actorfile>
</Environment>
<Sentences>
<Sentence source="DEMO" date="19950101" id="DEMO_00" sentence="true">
<!-- <actor> tags inside comments are ignored -->
<EventCoding eventcode="051" sourcecode="ARN" targetcode="GON" />
<EventCoding eventcode="051" sourcecode="ARN" targetcode="GON" />
<Text>
Arnor praised
Gondor.
</Text>
<Parse>
{PARSE}
</Parse></Sentence>
<Config option="require_dyad" value="False" />
<Sentence category="ERROR" date="19950102" id="ERROR-01">
<EventCoding error="bad_input_parse" />
<Text>Arnor praised Gondor.</Text>
<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
</Sentence>
<Sentence date="19950102" id="DEMO_00">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_petrarch_reader(tmp_path):
    gold = read_gold(write(tmp_path, "records.xml", PETRARCH_XML))
    assert gold.format == "petrarch"
    assert [r.id for r in gold.records] == ["DEMO_00", "ERROR-01", "DEMO_00#2"]
    first, error, empty = gold.records
    assert first.text == "Arnor praised Gondor." and first.date == "1995-01-01"
    assert first.category == "DEMO" and len(first.events) == 2
    assert first.events[0].source == "ARN" and first.events[0].cameo == "051"
    assert first.parse.startswith("1\tArnor") and first.option("require_dyad") is None
    assert error.category == "ERROR" and error.error == "bad_input_parse" and error.events == ()
    assert error.parse is None  # Penn Treebank trees are not CoNLL-U
    assert error.option("require_dyad") == "false"
    assert empty.events == () and empty.category == "DEMO"
    assert gold.dictionaries == {"verbs": [tmp_path / "verbs.txt"], "actors": [tmp_path / "actors.txt"]}
    assert any("duplicate id" in w for w in gold.warnings)
    assert not gold.has_parses


def test_petrarch_environment_picks_up_the_ontology_beside_the_verbs(tmp_path):
    write(tmp_path, "PETR.Internal.Coding.Ontology.txt", "080:0x0200\n124:-0xFFFF+0x0200\n")
    gold = read_gold(write(tmp_path, "records.xml", PETRARCH_XML))
    assert gold.dictionaries["ontology"] == [tmp_path / "PETR.Internal.Coding.Ontology.txt"]


def only_skipped(gold) -> str:
    """The reason of the one record a reader skipped (the others are read)."""
    [(_rid, reason)] = gold.skipped
    return reason


def test_petrarch_errors_name_record_and_field(tmp_path):
    import re

    bad = PETRARCH_XML.replace('eventcode="051" sourcecode="ARN" targetcode="GON" />\n<Text>',
                               'sourcecode="ARN" targetcode="GON" />\n<Text>')
    gold = read_gold(write(tmp_path, "bad.xml", bad))
    assert re.search(r"record DEMO_00: <EventCoding> field 'eventcode'", only_skipped(gold))
    assert [r.id for r in gold.records] == ["ERROR-01", "DEMO_00"]
    no_text = PETRARCH_XML.replace("<Text>Nothing happened.</Text>", "")
    assert "record DEMO_00: field 'Text'" in only_skipped(read_gold(write(tmp_path, "bad2.xml", no_text)))
    with pytest.raises(GoldError, match="not well-formed"):
        read_gold(write(tmp_path, "bad3.xml", "<Validation><Sentence>"))


PLOVER = [
    {"id": "DOC-1", "event": "DOCUMENT", "eventText": "docs"},
    {"id": "P-1", "event": "AGREE", "mode": "", "context": "refugees", "date": "2000-01-01",
     "text": "Hungarian and Romanian officials agreed.",
     "source": [{"actorText": "Hungarian", "code": "HUN", "sector": "GOV"},
                {"actorText": "Romanian", "code": "ROU", "sector": "GOV"}],
     "target": [{"actorText": "Tokyo", "code": "JPN"}], "dead": "2"},
    {"id": "P-2", "event": "protest", "text": "Crowds protested.", "source": None, "target": "odd"},
]


def test_plover_reader(tmp_path):
    gold = read_gold(write(tmp_path, "gold.json", json.dumps(PLOVER)))
    assert gold.format == "plover" and [r.id for r in gold.records] == ["P-1", "P-2"]
    p1, p2 = gold.records
    assert [(e.source, e.target) for e in p1.events] == [("HUNGOV", "JPN"), ("ROUGOV", "JPN")]
    assert p1.events[0].plover == "AGREE" and p1.events[0].plover_context == "refugees"
    assert p1.events[0].plover_mode is None and p1.events[0].fatalities == 2
    assert p1.events[0].source_country == "HUN" and p1.events[0].source_sector == "GOV"
    assert [(e.source, e.target, e.plover) for e in p2.events] == [("", "", "PROTEST")]
    assert any("P-2" in w and "'target'" in w for w in gold.warnings)


def test_plover_errors(tmp_path):
    bad = [{"id": "P-9", "event": "AGREE", "text": "x", "source": [{"actorText": "Nobody"}]}, PLOVER[1]]
    assert "record P-9: field 'source[0].code'" in only_skipped(read_gold(write(tmp_path, "bad.json", json.dumps(bad))))
    with pytest.raises(GoldError, match="no readable record"):
        read_gold(write(tmp_path, "bad.json", json.dumps(bad[:1])))


def test_case2021_reader(tmp_path):
    tsv = ("id\tEventSnippet\tSubType\n1\tTroops clashed with rebels.\tARMED_CLASH\n"
           "2\tA storm hit.\tNATURAL_DISASTER\n3\tJets bombed a town.\tAIR_STRIKE\n")
    path = write(tmp_path, "case.tsv", tsv)
    assert guess_format(path) == "case2021"
    gold = read_gold(path)
    subs = [r.events[0].acled_sub_event_type for r in gold.records]
    assert subs == ["Armed clash", None, "Air/drone strike"]
    assert gold.records[0].events[0].acled_event_type == "Battles"
    assert gold.records[1].events[0].label == "NATURAL_DISASTER"
    assert all(r.label_only for r in gold.records)
    odd = read_gold(write(tmp_path, "case.tsv", tsv.replace("ARMED_CLASH", "PICNIC")), "case2021")
    assert "case.tsv:2: record 1: field 'SubType'" in only_skipped(odd) and len(odd.records) == 2


def test_csv_reader(tmp_path):
    write(tmp_path, "r1.conllu", PARSE + "\n\n")
    csv_text = ("id,text,date,parse,source,target,cameo,plover,acled_event_type,acled_sub_event_type,fatalities,country\n"
                "r1,Arnor praised Gondor.,1995-01-01,r1.conllu,ARN,GON,051,,,,,\n"
                "r1,,,,GON,ARN,051,,,,,\n"
                "r2,Nothing happened.,19950102,,,,,,,,,\n"
                "r3,Rebels killed 3.,,,,,,,,Attack,3,nga\n")
    gold = read_gold(write(tmp_path, "gold.csv", csv_text))
    assert gold.format == "csv" and [r.id for r in gold.records] == ["r1", "r2", "r3"]
    r1, r2, r3 = gold.records
    assert [(e.source, e.target, e.cameo) for e in r1.events] == [("ARN", "GON", "051"), ("GON", "ARN", "051")]
    assert r1.parse.startswith("1\tArnor") and r1.date == "1995-01-01"
    assert r2.events == () and r2.date == "1995-01-02"
    assert r3.events[0].acled_event_type == "Violence against civilians"
    assert r3.events[0].fatalities == 3 and r3.events[0].country == "NGA" and r3.events[0].source is None


@pytest.mark.parametrize("row, message", [
    ("r1,text,,,ARN,GON,5x,,,,,", r"record r1: field 'cameo'"),
    ("r1,text,,,,,,,,Attack,many,", r"record r1: field 'fatalities'"),
    ("r1,text,1995/01/01,,,,,,,,,", r"record r1: field 'date'"),
    ("r1,text,,missing.conllu,,,,,,,,", r"record r1: field 'parse'"),
    (",text,,,,,,,,,,", r"field 'id'"),
])
def test_csv_errors(tmp_path, row, message):
    import re

    header = "id,text,date,parse,source,target,cameo,plover,acled_event_type,acled_sub_event_type,fatalities,country\n"
    gold = read_gold(write(tmp_path, "gold.csv", header + row + "\n" + "r2,fine,,,,,,,,,,\n"))
    assert re.search(message, only_skipped(gold)) and [r.id for r in gold.records] == ["r2"]


def test_guess_format_and_unknown(tmp_path):
    assert guess_format(write(tmp_path, "a.xml", "<Validation/>")) == "petrarch"
    assert guess_format(write(tmp_path, "a.json", "[]")) == "plover"
    assert guess_format(write(tmp_path, "a.csv", "id,text\n")) == "csv"
    with pytest.raises(GoldError, match="cannot guess"):
        guess_format(write(tmp_path, "a.dat", "hello"))
    with pytest.raises(GoldError, match="not found"):
        read_gold(tmp_path / "none.xml")


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared benchmarks not available")
@pytest.mark.parametrize("name, records, events, parses", [
    ("petrarch-unit-ud/records.xml", 284, 349, True),
    ("petrarch-unit/records.xml", 284, 359, False),
    ("plover_gsr_cameo.json", 322, 363, False),
    ("case2021_task2_dev.tsv", 516, 516, False),
])
def test_shared_files(name, records, events, parses):
    gold = read_gold(SHARED / name)
    assert len(gold.records) == records
    assert sum(len(r.events) for r in gold.records) == events
    assert gold.has_parses is parses
    assert len({r.id for r in gold.records}) == records


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared benchmarks not available")
def test_shared_case_labels():
    gold = read_gold(SHARED / "case2021_task2_dev.tsv")
    acled = [r for r in gold.records if r.events[0].acled_sub_event_type]
    assert len({r.events[0].acled_sub_event_type for r in acled}) == 25
    assert len(gold.records) - len(acled) == 96  # the five non-ACLED classes
