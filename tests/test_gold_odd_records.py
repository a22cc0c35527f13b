"""Gold files with odd records: one bad record is read when it can be (PETRARCH's six-digit
dates, a text rebuilt from its parse) or reported and left unscored — never the end of the
benchmark. PETRARCH XML is read without entity expansion. Records are made up (Middle-earth
actors), of the same shape as PETRARCH's validation files."""

from __future__ import annotations

import json

import pytest

from coder.benchmark.gold import GoldError, read_gold

ROW = "{id}\t{form}\t{lemma}\t{upos}\t_\t_\t{head}\t{rel}\t_\t{misc}"


def parse_rows(*rows) -> str:
    return "\n".join(ROW.format(id=i, form=f, lemma=l, upos=u, head=h, rel=r, misc=m)
                     for i, (f, l, u, h, r, m) in enumerate(rows, start=1))


PARSE = parse_rows(("Arnor", "Arnor", "PROPN", 2, "nsubj", "_"),
                   ("praised", "praise", "VERB", 0, "root", "_"),
                   ("Gondor", "Gondor", "PROPN", 2, "obj", "SpaceAfter=No"),
                   (".", ".", "PUNCT", 2, "punct", "_"))


def petrarch(*sentences: str) -> str:
    return ("<?xml version='1.0' encoding='utf-8'?>\n<Validation><Sentences>\n"
            + "\n".join(sentences) + "\n</Sentences></Validation>\n")


def sentence(rid: str, date: str, text: str, parse: str | None = None, code: str = "051") -> str:
    coding = f'<EventCoding eventcode="{code}" sourcecode="ARN" targetcode="GON" />'
    parse_part = f"<Parse>\n{parse}\n</Parse>" if parse is not None else ""
    return f'<Sentence date="{date}" id="{rid}" source="MEARTH">\n{coding}\n<Text>{text}</Text>\n{parse_part}</Sentence>'


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_six_digit_petrarch_date_is_read_as_yymmdd(tmp_path):
    gold = read_gold(write(tmp_path, "g.xml", petrarch(
        sentence("MEARTH-1", "121108", "Arnor praised Gondor."),
        sentence("MEARTH-2", "950103", "Arnor praised Gondor."),
        sentence("MEARTH-3", "20121108", "Arnor praised Gondor."))))
    assert [r.date for r in gold.records] == ["2012-11-08", "1995-01-03", "2012-11-08"]
    assert gold.skipped == []


def test_an_empty_text_is_rebuilt_from_the_conllu_parse(tmp_path):
    gold = read_gold(write(tmp_path, "g.xml", petrarch(sentence("MEARTH-4", "20121108", "", PARSE))))
    [record] = gold.records
    assert record.text == "Arnor praised Gondor." and record.parse.startswith("1\tArnor")
    assert any("MEARTH-4" in w and "rebuilt from its <Parse>" in w for w in gold.warnings)


def test_an_empty_text_is_rebuilt_from_a_treebank_parse(tmp_path):
    tree = "(ROOT (S (NP (NNP Arnor)) (VP (VBD praised) (NP (NNP Gondor)) (-LRB- -LRB-) (NN sic) (-RRB- -RRB-))))"
    gold = read_gold(write(tmp_path, "g.xml", petrarch(sentence("MEARTH-5", "20121108", " ", tree))))
    assert gold.records[0].text == "Arnor praised Gondor ( sic )"


def test_odd_records_are_skipped_with_reasons_and_the_rest_read(tmp_path):
    gold = read_gold(write(tmp_path, "g.xml", petrarch(
        sentence("MEARTH-6", "20121108", "Arnor praised Gondor."),
        sentence("MEARTH-7", "13/11/2012", "Arnor praised Gondor."),
        sentence("MEARTH-8", "20121108", ""),
        sentence("MEARTH-9", "20120231", "Arnor praised Gondor."),
        sentence("MEARTH-10", "20121108", "Gondor praised Arnor."))))
    assert [r.id for r in gold.records] == ["MEARTH-6", "MEARTH-10"]
    reasons = dict(gold.skipped)
    assert "field 'date'" in reasons["MEARTH-7"] and "13/11/2012" in reasons["MEARTH-7"]
    assert "field 'Text'" in reasons["MEARTH-8"] and "no <Parse>" in reasons["MEARTH-8"]
    assert "no calendar day" in reasons["MEARTH-9"]


def test_the_benchmark_report_counts_unscored_records_with_their_reasons(tmp_path):
    from coder.benchmark.evaluate import evaluate
    from coder.benchmark.predicted import RecordPrediction
    from coder.benchmark.report import render_markdown

    gold = read_gold(write(tmp_path, "g.xml", petrarch(
        sentence("MEARTH-11", "20121108", "Arnor praised Gondor.", PARSE),
        sentence("MEARTH-12", "someday", "Arnor praised Gondor.", PARSE))))
    report = evaluate(gold, {"MEARTH-11": RecordPrediction("MEARTH-11")})
    assert report["records"] == 1 and report["records_unscored"] == 1
    [unscored] = report["unscored"]
    assert unscored["id"] == "MEARTH-12" and "field 'date'" in unscored["reason"]
    assert unscored["code"] == "E501"  # a gold problem, from the error catalogue
    report.update(meta={}, command="", date="", machine="", codebook_fingerprint="")
    markdown = render_markdown(report)
    assert "Unscored gold records" in markdown and "MEARTH-12" in markdown


def test_entity_declarations_are_refused(tmp_path):
    bomb = ("<?xml version='1.0'?>\n<!DOCTYPE lolz [<!ENTITY lol 'lol'>"
            "<!ENTITY lol2 '&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;'>]>\n"
            "<Validation><Sentences>" + sentence("MEARTH-13", "20121108", "&lol2;") + "</Sentences></Validation>")
    with pytest.raises(GoldError, match="refused.*entities"):
        read_gold(write(tmp_path, "bomb.xml", bomb))
    external = ("<?xml version='1.0'?>\n<!DOCTYPE v [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>\n"
                "<Validation><Sentences>" + sentence("MEARTH-14", "20121108", "&x;") + "</Sentences></Validation>")
    with pytest.raises(GoldError, match="refused"):
        read_gold(write(tmp_path, "ext.xml", external))


def test_a_gold_file_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    import coder.benchmark.gold as gold_module

    monkeypatch.setattr(gold_module, "MAX_GOLD_BYTES", 100)
    with pytest.raises(GoldError, match="over the 100-byte limit"):
        read_gold(write(tmp_path, "g.xml", petrarch(sentence("MEARTH-15", "20121108", "Arnor praised Gondor."))))


def test_plover_and_case_records_that_are_not_objects_or_lack_text_are_skipped(tmp_path):
    plover = [{"id": "P-1", "event": "AGREE", "text": "Arnor agreed with Gondor."}, "junk",
              {"id": "P-2", "event": "AGREE", "text": ["not", "a", "string"]},
              {"id": "P-3", "event": "AGREE", "text": "Rohan agreed.", "dead": "many"}]
    gold = read_gold(write(tmp_path, "p.json", json.dumps(plover)))
    assert [r.id for r in gold.records] == ["P-1"]
    assert [rid for rid, _ in gold.skipped] == ["#1", "P-2", "P-3"]
    case = "id\tEventSnippet\tSubType\n1\tTroops clashed.\tARMED_CLASH\n1\tAgain.\tARMED_CLASH\n2\t\tATTACK\n"
    gold = read_gold(write(tmp_path, "c.tsv", case), "case2021")
    assert [r.id for r in gold.records] == ["1"]
    assert ["duplicate id" in why or "EventSnippet" in why for _, why in gold.skipped] == [True, True]


def test_a_benchmark_with_odd_records_runs_to_the_end(tmp_path):
    from coder.benchmark.run import run_benchmark
    from conftest import SMALL_CODEBOOK

    attack = parse_rows(("Arnor", "Arnor", "PROPN", 2, "nsubj", "_"),
                        ("attacked", "attack", "VERB", 0, "root", "_"),
                        ("Gondor", "Gondor", "PROPN", 2, "obj", "_"))
    path = write(tmp_path, "g.xml", petrarch(
        sentence("MEARTH-20", "121108", "Arnor attacked Gondor", attack, code="190"),
        sentence("MEARTH-21", "20121108", "", attack, code="190"),
        sentence("MEARTH-22", "2012-99-99", "Arnor attacked Gondor", attack, code="190")))
    report = run_benchmark(path, codebook=SMALL_CODEBOOK)
    assert report["records"] == 2 and report["records_unscored"] == 1
    assert report["records_fully_correct"] == 2
    assert report["unscored"][0]["id"] == "MEARTH-22"
