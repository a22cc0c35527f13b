"""A gold code written as alternatives ("18/19/20", UniversalPetrarch's Spanish gold) is met
by an event coded with any of them."""

from __future__ import annotations

from coder.benchmark.evaluate import evaluate, resolve_alternatives
from coder.benchmark.gold import GoldEvent, GoldRecord, GoldSet
from coder.benchmark.predicted import PredEvent, RecordPrediction


def record(code: str) -> GoldRecord:
    return GoldRecord(id="r1", text="Los rebeldes atacaron el pueblo.", events=(GoldEvent("COLREB", "---", code),))


def test_an_event_coded_with_any_alternative_meets_the_gold():
    pred = RecordPrediction("r1", [PredEvent("COLREB", "---", "190")])
    assert resolve_alternatives(record("18/19/20"), pred).events[0].cameo == "190"
    report = evaluate(GoldSet(path="g.xml", format="petrarch", records=[record("18/19/20")]), {"r1": pred})
    assert report["records_fully_correct"] == 1 and report["levels"]["root"]["f1_micro"] == 1.0


def test_without_a_matching_event_the_first_alternative_is_the_gold():
    pred = RecordPrediction("r1", [PredEvent("COLREB", "---", "112")])
    assert resolve_alternatives(record("18/19/20"), pred).events[0].cameo == "18"
    assert resolve_alternatives(record("190"), pred) == record("190")
