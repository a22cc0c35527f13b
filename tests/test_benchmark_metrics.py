"""Metric arithmetic on tiny hand-made gold/prediction pairs (expected values by hand)."""

from pathlib import Path

import pytest

from coder.benchmark.diff import failure_reasons, record_correct
from coder.benchmark.evaluate import actor_accuracy, evaluate, fatality_accuracy
from coder.benchmark.gold import GoldEvent, GoldRecord, GoldSet
from coder.benchmark.metrics import NONE_CLASS, score_level
from coder.benchmark.predicted import PredEvent, RecordPrediction


def test_micro_macro_weighted_by_hand():
    # r1: gold A A B / pred A B B -> A: tp1 fn1, B: tp1 fp1; r2: gold C / pred A -> C: fn1, A: fp1
    score = score_level([(["A", "A", "B"], ["A", "B", "B"]), (["C"], ["A"])])
    a, b, c = score.classes["A"], score.classes["B"], score.classes["C"]
    assert (a.tp, a.fp, a.fn) == (1, 1, 1) and a.f1 == pytest.approx(0.5)
    assert (b.tp, b.fp, b.fn) == (1, 1, 0) and b.f1 == pytest.approx(2 / 3)
    assert (c.tp, c.fp, c.fn) == (0, 0, 1) and c.f1 == 0.0
    s = score.summary()
    assert (s["precision"], s["recall"], s["f1_micro"]) == (0.5, 0.5, 0.5)
    assert s["f1_macro"] == pytest.approx((0.5 + 2 / 3 + 0) / 3, abs=1e-4)
    assert s["f1_weighted"] == pytest.approx((0.5 * 2 + 2 / 3 * 1 + 0 * 1) / 4, abs=1e-4)
    assert s["support"] == 4 and s["predicted"] == 4


def test_macro_counts_classes_only_predicted():
    # gold X, pred Y: X f1 0 (support 1), Y f1 0 (support 0) -> macro over both = 0; weighted 0
    score = score_level([(["X", "Z"], ["Y", "Z"])])
    s = score.summary()
    assert s["f1_macro"] == pytest.approx(1 / 3, abs=1e-4)  # X 0, Y 0, Z 1
    assert s["f1_weighted"] == pytest.approx(0.5)  # (0*1 + 1*1) / 2


def test_dyad_duplicates_match_as_multisets():
    triple = ("ARN", "GON", "050")
    two_gold = score_level([([triple, triple], [triple])], class_of=lambda t: t[2]).summary()
    assert (two_gold["tp"], two_gold["fp"], two_gold["fn"]) == (1, 0, 1)
    assert two_gold["precision"] == 1.0 and two_gold["recall"] == 0.5
    assert two_gold["f1_micro"] == pytest.approx(2 / 3, abs=1e-4)
    three_pred = score_level([([triple], [triple] * 3)]).summary()
    assert (three_pred["tp"], three_pred["fp"], three_pred["fn"]) == (1, 2, 0)
    assert three_pred["precision"] == pytest.approx(1 / 3, abs=1e-4)


def test_empty_predictions():
    s = score_level([(["A"], []), (["B", "B"], [])]).summary()
    assert (s["precision"], s["recall"], s["f1_micro"], s["f1_macro"], s["f1_weighted"]) == (0, 0, 0, 0, 0)
    assert s["support"] == 3 and s["predicted"] == 0


def test_empty_gold():
    s = score_level([([], ["A"]), ([], [])]).summary()
    assert s["support"] == 0 and s["predicted"] == 1
    assert s["precision"] == 0.0 and s["recall"] == 0.0 and s["f1_weighted"] == 0.0
    nothing = score_level([([], [])]).summary()
    assert nothing["f1_micro"] == 0.0 and nothing["support"] == 0


def test_confusion_pairs_leftovers():
    score = score_level([(["A"], ["B"]), (["A"], ["A"]), (["C"], []), ([], ["D"])])
    conf = score.confusion_dict()
    assert conf["A"] == {"A": 1, "B": 1}
    assert conf["C"] == {NONE_CLASS: 1}
    assert conf[NONE_CLASS] == {"D": 1}


def test_restrict_keeps_only_listed_classes():
    score = score_level([(["A"], ["OTHER"])], restrict=lambda c: c != "OTHER")
    assert set(score.classes) == {"A"} and score.classes["A"].fn == 1


def _petrarch_set(records):
    return GoldSet("petrarch", Path("gold.xml"), records)


def _ev(s, t, code):
    return GoldEvent(source=s, target=t, cameo=code)


def _pe(s, t, code, pattern="p"):
    return PredEvent(source=s, target=t, cameo=code, pattern_id=pattern)


def test_records_fully_correct_and_empty_gold_records():
    records = [
        GoldRecord("R1", "t", (_ev("ARN", "GON", "050"),), category="DEMO"),
        GoldRecord("R2", "t", (), category="DEMO"),            # nothing coded: correct
        GoldRecord("R3", "t", (), category="ERROR"),           # something coded: wrong
        GoldRecord("R4", "t", (_ev("ARN", "GON", "050"), _ev("GON", "ARN", "050")), category="COMPOUND"),
    ]
    preds = {
        "R1": RecordPrediction("R1", [_pe("ARN", "GON", "050")]),
        "R2": RecordPrediction("R2", []),
        "R3": RecordPrediction("R3", [_pe("ARN", "GON", "010")]),
        "R4": RecordPrediction("R4", [_pe("ARN", "GON", "050")]),
    }
    report = evaluate(_petrarch_set(records), preds)
    assert report["records"] == 4 and report["records_fully_correct"] == 2
    assert set(report["levels"]) == {"cameo", "root", "quad", "dyad"}
    dyad = report["levels"]["dyad"]
    assert (dyad["tp"], dyad["fp"], dyad["fn"]) == (2, 1, 1)
    assert dyad["precision"] == pytest.approx(2 / 3, abs=1e-4) and dyad["recall"] == pytest.approx(2 / 3, abs=1e-4)
    quad = report["levels"]["quad"]  # 050 -> quad 1, 010 -> quad 1
    assert (quad["tp"], quad["fp"], quad["fn"]) == (2, 1, 1)
    assert report["categories"]["DEMO"] == {
        "records": 2, "fully_correct": 2, "failure_reasons": {},
        "dyad": {"precision": 1.0, "recall": 1.0, "f1_micro": 1.0, "support": 1}}
    assert report["failure_reasons"] == {"missing_event": 1, "extra_event": 1}
    diff = {d["id"]: d for d in report["records_diff"]}
    assert diff["R3"]["extra"] == [["ARN", "GON", "010"]] and diff["R3"]["patterns"] == ["p"]


def test_failure_reasons():
    fields = ("source", "target", "cameo")
    rec = GoldRecord("R", "t", (_ev("ARNGOV", "GON", "050"),))

    def reasons(*events, error=None):
        return failure_reasons(rec, RecordPrediction("R", list(events), error=error), fields)

    assert reasons(_pe("ARN", "GON", "050")) == ["wrong_actor"]
    assert reasons(_pe("GON", "ARNGOV", "050")) == ["wrong_argument"]
    assert reasons(_pe("ARNGOV", "", "050")) == ["wrong_argument"]
    assert reasons(_pe("ARNGOV", "GON", "040")) == ["wrong_code"]
    assert reasons() == ["missing_event"]
    assert reasons(_pe("ARNGOV", "GON", "050"), _pe("X", "Y", "010")) == ["extra_event"]
    assert reasons(error="parse: bad line") == ["parse_error"]
    assert not record_correct(rec, RecordPrediction("R", error="parse: x"), fields)


def test_case_labels_non_acled_kept_out_of_headline():
    def rec(rid, sub, label):
        return GoldRecord(rid, "t", (GoldEvent(acled_sub_event_type=sub,
                                               acled_event_type="Battles" if sub else None,
                                               label=label),), label_only=True, category=label)
    records = [rec("1", "Armed clash", "ARMED_CLASH"), rec("2", "Armed clash", "ARMED_CLASH"),
               rec("3", None, "DIPLO"), rec("4", None, "ORG_CRIME")]
    preds = {"1": RecordPrediction("1", label="Armed clash"), "2": RecordPrediction("2", label="Attack"),
             "3": RecordPrediction("3", label=None), "4": RecordPrediction("4", label="Attack")}
    report = evaluate(GoldSet("case2021", Path("x.tsv"), records), preds)
    sub = report["levels"]["acled_sub_event_type"]
    assert sub["support"] == 2 and (sub["tp"], sub["fp"], sub["fn"]) == (1, 1, 1)
    # Armed clash P=1 R=.5 F1=2/3 (support 2); Attack F1=0 (support 0) -> weighted 2/3, macro 1/3
    assert sub["f1_weighted"] == pytest.approx(2 / 3, abs=1e-4)
    assert sub["f1_macro"] == pytest.approx(1 / 3, abs=1e-4)
    assert report["levels"]["acled_event_type"]["tp"] == 1  # Attack is not a Battle
    assert report["records_fully_correct"] == 2  # 1 and 3
    assert report["non_acled"]["abstained"] == 1
    assert report["non_acled"]["classes"]["ORG_CRIME"]["predicted"] == {"Attack": 1}
    assert "dyad" not in report["levels"]


def test_actor_country_sector_and_fatalities():
    rec = GoldRecord("P1", "t", (GoldEvent(source="HUNGOV", target="", plover="AGREE", fatalities=3,
                                           source_country="HUN", source_sector="GOV"),
                                 GoldEvent(source="ROUGOV", target="", plover="AGREE", fatalities=3,
                                           source_country="ROU", source_sector="GOV")))
    pred = RecordPrediction("P1", [PredEvent(source="HUNGOV", plover="AGREE", fatalities=2,
                                             source_country="HUN", source_agent="GOV"),
                                   PredEvent(source="ROU", plover="AGREE")])
    actors = actor_accuracy([rec], {"P1": pred})
    assert actors["source_country"] == {"correct": 2, "total": 2, "accuracy": 1.0}
    assert actors["source_sector"] == {"correct": 1, "total": 2, "accuracy": 0.5}  # ROU lacks GOV
    deaths = fatality_accuracy([rec], {"P1": pred})
    assert deaths == {"records": 1, "exact": 0.0, "within_1": 1.0}
