"""The ConfliBERT CAMEO benchmark: reading its two files, the penta class of a sentence's
main event, coverage, and source/target span overlap, on a made-up folder."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coder.benchmark.gold import GoldError, GoldEvent, GoldRecord, GoldSet, guess_format, read_gold
from coder.benchmark.penta import evaluate_penta, main_event, penta_of, span_overlap
from coder.benchmark.predicted import PredEvent, RecordPrediction
from coder.benchmark.report import render_html, render_markdown
from coder.benchmark.runner import predicate_depth
from conftest import MODELS, build_document

CLASS = ("Arnor accused Gondor of fraud.\t3\n"
         "Rohan and Gondor agreed on a truce.\t1\n"
         "Mordor  troops shelled Osgiliath.\t4\n")
NER = ("Arnor B-S\naccused O\nGondor B-T\nof O\nfraud O\n. O\n\n"
       "Rohan B-R\nand I-R\nGondor I-R\nagreed O\non O\na O\ntruce O\n. O\n\n"
       "Mordor B-S\ntroops I-S\nshelled O\nOsgiliath B-T\n. O\n")


def folder(tmp_path, class_text=CLASS, ner_text=NER):
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "class_test.tsv").write_text(class_text, encoding="utf-8")
    if ner_text is not None:
        (tmp_path / "ner_test.txt").write_text(ner_text, encoding="utf-8")
    return tmp_path


def test_folder_and_its_class_file_read_as_one_record_per_sentence_with_spans(tmp_path):
    path = folder(tmp_path)
    assert guess_format(path) == "conflibert" and guess_format(path / "class_test.tsv") == "conflibert"
    for gold in (read_gold(path), read_gold(path / "class_test.tsv")):
        assert gold.format == "conflibert" and gold.warnings == [] and gold.skipped == []
        assert [r.id for r in gold.records] == ["line1", "line2", "line3"]
        first, both, third = (r.events[0] for r in gold.records)
        assert first.penta == "3" and first.source_spans == ((0, 5),) and first.target_spans == ((14, 20),)
        # an R span ("X and Y agreed") is both source and target
        assert both.source_spans == both.target_spans == ((0, 16),)
        # the text's whitespace is collapsed and the spans index into the collapsed text
        assert gold.records[2].text[slice(*third.source_spans[0])] == "Mordor troops"


def test_malformed_lines_are_skipped_with_file_and_line_and_the_rest_scored(tmp_path):
    text = "Arnor accused Gondor of fraud.\t3\nno penta here\nRohan and Gondor agreed on a truce.\t7\n" \
           "Mordor  troops shelled Osgiliath.\t4\n"
    gold = read_gold(folder(tmp_path, text))
    assert [r.id for r in gold.records] == ["line1", "line4"]
    reasons = dict(gold.skipped)
    assert "class_test.tsv:2: record line2" in reasons["line2"] and "tab-separated" in reasons["line2"]
    assert "class_test.tsv:3:" in reasons["line3"] and "field 'penta'" in reasons["line3"]
    # line 4 still gets its own NER sentence (the third), not the second's
    assert gold.records[1].events[0].source_spans == ((0, 13),)


def test_a_missing_ner_sentence_costs_only_its_own_spans(tmp_path):
    ner = NER.split("\n\n")
    gold = read_gold(folder(tmp_path, ner_text="\n\n".join([ner[0], ner[2]])))
    spans = [r.events[0].source_spans for r in gold.records]
    assert spans == [((0, 5),), None, ((0, 13),)]
    assert any("2 sentences, but class_test.tsv has 3 lines" in w for w in gold.warnings)
    assert any("ner_test.txt:8: no sentence with the tokens of class_test.tsv line 2" in w for w in gold.warnings)


def test_odd_ner_lines_are_warnings_naming_file_and_line(tmp_path):
    gold = read_gold(folder(tmp_path, ner_text=NER.replace("accused O", "accused")))
    assert any(w.endswith("ner_test.txt:2: expected 'token tag' (tag O, B-x or I-x), got 'accused'")
               for w in gold.warnings)
    assert gold.records[0].events[0].source_spans is None  # its tokens no longer make its text
    assert gold.records[2].events[0].source_spans == ((0, 13),)


def test_a_folder_without_the_class_file_or_a_file_without_lines_is_a_clear_error(tmp_path):
    with pytest.raises(GoldError, match="without class_test.tsv"):
        read_gold(tmp_path)
    with pytest.raises(GoldError, match="no readable record"):
        read_gold(folder(tmp_path, "just text\n"), fmt="conflibert")


def test_penta_classes_follow_the_sets_readme():
    assert [penta_of(c) for c in ("010", "020", "036", "057", "061", "0874", "090", "112", "138",
                                  "141", "150", "160", "173", "190", "204")] == \
        ["0", "0", "1", "1", "2", "2", "3", "3", "3", "4", "4", "3", "4", "4", "4"]
    assert penta_of(None) is None and penta_of("---") is None


def test_main_event_prefers_asserted_then_closest_to_root_then_confident():
    said = PredEvent(cameo="010", verb_depth=0, verb_start=10)
    attack = PredEvent(cameo="190", verb_depth=2, verb_start=30)
    assert main_event([attack, said]) is said
    assert main_event([attack, PredEvent(cameo="010", verb_depth=0, negated=True)]) is attack
    assert main_event([PredEvent(cameo="036", verb_depth=0, modality="future"), attack]) is attack
    root = PredEvent(cameo="010", verb_depth=0, confidence=0.4)
    assert main_event([PredEvent(cameo="190", verb_depth=2, confidence=0.9), root]) is root
    sure = PredEvent(cameo="190", verb_depth=2, confidence=0.9)
    assert main_event([PredEvent(cameo="112", verb_depth=2, confidence=0.4), sure]) is sure
    assert main_event([]) is None


def test_span_overlap_of_the_main_events_actors():
    event = PredEvent(cameo="112", source_start=0, source_end=5, target_start=40, target_end=44)
    assert span_overlap(event, ((3, 9),), "source") is True
    assert span_overlap(event, ((14, 20),), "target") is False
    assert span_overlap(PredEvent(cameo="112"), ((0, 5),), "source") is False  # no coded actor
    assert span_overlap(event, None, "source") is None and span_overlap(None, ((0, 5),), "source") is None


def test_predicate_depth_counts_head_hops_to_the_root():
    doc = build_document("Arnor PROPN 2 nsubj\nsaid VERB 0 root say\nGondor PROPN 4 nsubj\n"
                         "attacked VERB 2 ccomp attack\nRohan PROPN 4 obj")
    starts = {t.text: t.start_char for t in doc.sentences[0].tokens}
    assert predicate_depth(doc, {"sentence_index": 0, "verb_start": starts["said"]}) == 0
    assert predicate_depth(doc, {"sentence_index": 0, "verb_start": starts["attacked"]}) == 1
    assert predicate_depth(doc, {"sentence_index": 0, "verb_start": -1}) is None


def _scored(tmp_path):
    gold = read_gold(folder(tmp_path))
    preds = {
        "line1": RecordPrediction("line1", [PredEvent("ARN", "GON", "112", source_start=0, source_end=5,
                                                      target_start=14, target_end=20, pattern_id="accuse")]),
        "line2": RecordPrediction("line2", [PredEvent("ROH", "GON", "190", source_start=0, source_end=5,
                                                      target_start=29, target_end=34)]),
        "line3": RecordPrediction("line3"),
    }
    return evaluate_penta(gold, preds)


def test_accuracy_coverage_where_coded_and_span_overlap(tmp_path):
    report = _scored(tmp_path)
    penta = report["penta"]
    assert penta["penta_accuracy"] == round(1 / 3, 4)  # the uncoded sentence is a miss
    assert penta["coverage"] == round(2 / 3, 4)
    assert penta["accuracy_where_coded"] == 0.5
    assert penta["source_span_overlap"] == 1.0 and penta["target_span_overlap"] == 0.5
    assert report["per_class"]["penta"]["3"]["recall"] == 1.0
    assert report["confusion"]["penta"] == {"1": {"4": 1}, "3": {"3": 1}, "4": {"∅": 1}}
    assert report["failure_reasons"] == {"wrong_code": 1, "missing_event": 1}
    diffs = {d["id"]: d for d in report["records_diff"]}
    assert diffs["line2"]["missing"] == [["1"]] and diffs["line2"]["extra"] == [["4"]]
    assert {d["half"] for d in diffs.values()} <= {"tune", "check"}


def test_halves_partition_the_sentences(tmp_path):
    halves = _scored(tmp_path)["halves"]
    assert halves["all"]["records"] == 3 == halves["tune"]["records"] + halves["check"]["records"]
    assert set(halves["tune"]) == {"records", "penta_accuracy", "coverage", "accuracy_where_coded",
                                   "source_span_overlap", "target_span_overlap"}


def test_reports_show_penta_levels_and_halves(tmp_path):
    report = _scored(tmp_path)
    md = render_markdown(report)
    assert "## Penta class" in md and "| coverage (sentences with any event) | 0.667 |" in md
    assert "## Tune / check halves" in md and "| penta_accuracy | 0.333 |" in md
    page = render_html(report)
    assert "Penta class" in page and "Confusion matrix, penta" in page
    json.dumps(report)  # JSON-ready


def test_gold_events_of_other_formats_keep_no_penta_fields():
    from coder.benchmark.diff import _gold_brief

    assert _gold_brief(GoldEvent("ARN", "GON", "051")) == {"source": "ARN", "target": "GON", "cameo": "051"}
    assert GoldSet("csv", Path("x"), [GoldRecord("a", "t")]).records[0].events == ()


@pytest.mark.slow
@pytest.mark.skipif(not MODELS.is_dir(), reason="stanza model not available")
def test_benchmark_command_on_a_made_up_folder(tmp_path):
    from coder.cli import app

    gold = folder(tmp_path / "set")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["benchmark", str(gold), "-o", str(out), "--models", str(MODELS)])
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text())
    assert report["format"] == "conflibert" and report["records"] == 3
    assert set(report["halves"]) == {"all", "tune", "check"}
    assert 0 <= report["penta"]["coverage"] <= 1 and (out / "report.html").is_file()
