"""Tune / check halves: a split by record id that ignores order, shown in every report and
in --compare."""

from pathlib import Path

from coder.benchmark.compare import compare_reports, render_comparison
from coder.benchmark.evaluate import evaluate
from coder.benchmark.gold import GoldEvent, GoldRecord, GoldSet
from coder.benchmark.halves import by_half, half_of, split
from coder.benchmark.predicted import PredEvent, RecordPrediction
from coder.benchmark.report import render_html, render_markdown

IDS = [f"GONDOR-{n:03d}" for n in range(400)]


def test_the_split_depends_on_the_id_only_and_is_near_even():
    class Rec:
        def __init__(self, rid):
            self.id = rid

    forward = split([Rec(i) for i in IDS])
    backward = split([Rec(i) for i in reversed(IDS)])
    assert {r.id for r in forward["tune"]} == {r.id for r in backward["tune"]}
    assert {half_of(i) for i in IDS} == {"tune", "check"}
    assert 160 <= len(forward["tune"]) <= 240
    assert half_of("GONDOR-007") == half_of("GONDOR-007")


def test_by_half_gives_all_tune_and_check():
    out = by_half(IDS, lambda part: {"n": len(part)}, id_of=str)
    assert out["all"]["n"] == 400 == out["tune"]["n"] + out["check"]["n"]


def _report(wrong: set[str] = frozenset()):
    records = [GoldRecord(rid, "Arnor praised Gondor.", (GoldEvent("ARN", "GON", "051"),)) for rid in IDS[:40]]
    preds = {r.id: RecordPrediction(r.id, [PredEvent("ARN", "GON", "190" if r.id in wrong else "051")])
             for r in records}
    return evaluate(GoldSet("petrarch", Path("gold.xml"), records), preds)


def test_every_report_has_headline_levels_per_half():
    wrong = {i for i in IDS[:40] if half_of(i) == "check"}
    halves = _report(wrong)["halves"]
    assert halves["tune"]["fully_correct_rate"] == 1.0 and halves["check"]["fully_correct_rate"] == 0.0
    assert halves["tune"]["root F1 micro"] == 1.0 and halves["check"]["dyad F1 micro"] == 0.0
    assert halves["all"]["records"] == 40
    md = render_markdown(_report(wrong))
    assert "## Tune / check halves" in md and "| records | 40 |" in md
    assert "Tune / check halves" in render_html(_report(wrong))


def test_compare_shows_which_half_moved():
    moved = {i for i in IDS[:40] if half_of(i) == "tune"}
    before, after = _report(), _report(moved)
    cmp = compare_reports(before, after)
    assert cmp["halves"]["tune"]["fully_correct_rate"]["delta"] == -1.0
    assert cmp["halves"]["check"]["fully_correct_rate"]["delta"] == 0.0
    assert all(r["half"] == "tune" for r in cmp["records"]["regressed"])
    text = render_comparison(cmp)
    assert "## Halves" in text and "(tune): missing" in text


def test_compare_still_reads_reports_written_before_halves():
    old = _report()
    del old["halves"]
    for d in old["records_diff"]:
        del d["half"]
    cmp = compare_reports(old, _report())
    assert cmp["halves"] == {} and not cmp["regressed"]
    assert "## Halves" not in render_comparison(cmp)
