"""`coder benchmark --compare`: hand-made reports, and a real codebook edit (a removed
pattern) that must show up as a regression."""

import json
import shutil
from pathlib import Path

import pytest
import yaml

from coder.benchmark.compare import compare_reports, load_report, render_comparison
from coder.benchmark.gold import GoldError

SHARED = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"
UD_GOLD = SHARED / "petrarch-unit-ud" / "records.xml"


def _report(correct_ids, f1, fully):
    level = {"precision": f1, "recall": f1, "f1_micro": f1, "f1_macro": f1, "f1_weighted": f1, "support": 2}
    return {
        "gold": "g.xml", "records": 2, "records_fully_correct": fully,
        "levels": {"cameo": level}, "per_class": {"cameo": {"050": {"f1": f1, "support": 2}}},
        "records_diff": [{"id": rid, "correct": rid in correct_ids, "missing": [] if rid in correct_ids else [["A", "B", "050"]],
                          "extra": [], "patterns": []} for rid in ("R1", "R2")],
    }


def test_compare_hand_made_reports():
    before, after = _report({"R1", "R2"}, 1.0, 2), _report({"R2"}, 0.5, 1)
    cmp = compare_reports(before, after)
    assert cmp["regressed"] is True
    assert [r["id"] for r in cmp["records"]["regressed"]] == ["R1"]
    assert cmp["records"]["improved"] == []
    assert cmp["levels"]["cameo"]["f1_micro"] == {"a": 1.0, "b": 0.5, "delta": -0.5}
    assert cmp["classes"]["cameo"]["regressed"][0]["class"] == "050"
    assert cmp["records_fully_correct"]["delta"] == -1
    back = compare_reports(after, before)
    assert back["regressed"] is False and [r["id"] for r in back["records"]["improved"]] == ["R1"]
    text = render_comparison(cmp)
    assert "REGRESSED" in text and "R1" in text


def test_load_report_rejects_other_json(tmp_path):
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"hello": 1}))
    with pytest.raises(GoldError, match="field 'records'"):
        load_report(path)


def _drop_blocks(codebook_dir: Path, pattern_ids: set[str]) -> int:
    """Remove every verb block that owns (or is) one of ``pattern_ids``; returns blocks removed."""
    manifest = yaml.safe_load((codebook_dir / "codebook.yaml").read_text())
    removed = 0
    for name in manifest["verbs"]:
        path = codebook_dir / name
        data = yaml.safe_load(path.read_text())
        blocks = data["entries"]
        kept = [b for b in blocks if b.get("id") not in pattern_ids
                and not any(p.get("id") in pattern_ids for p in b.get("patterns") or [])]
        removed += len(blocks) - len(kept)
        data["entries"] = kept
        path.write_text(yaml.safe_dump(data, sort_keys=False))
    return removed


@pytest.mark.skipif(not UD_GOLD.is_file(), reason="shared benchmarks not available")
def test_removing_a_pattern_shows_a_regression(tmp_path, monkeypatch):
    from coder.benchmark.petrarch_env import environment_codebook
    from coder.benchmark.gold import read_gold
    from coder.benchmark.run import run_benchmark

    monkeypatch.setenv("CODER_CACHE_DIR", str(tmp_path / "cache"))
    before = run_benchmark(UD_GOLD)
    fired = next((d for d in before["records_diff"] if d["correct"] and d["patterns"]), None)
    if fired is None:
        pytest.skip("the coder codes no PETRARCH record correctly yet")
    edited = tmp_path / "edited"
    shutil.copytree(environment_codebook(read_gold(UD_GOLD)), edited)
    assert _drop_blocks(edited, set(fired["patterns"])) >= 1
    after = run_benchmark(UD_GOLD, codebook=edited)
    cmp = compare_reports(before, after)
    assert cmp["regressed"] is True
    assert fired["id"] in [r["id"] for r in cmp["records"]["regressed"]]
    assert cmp["levels"]["dyad"]["recall"]["delta"] < 0


def test_a_record_the_coder_could_not_parse_or_code_carries_its_catalogue_code():
    from coder.benchmark.diff import record_diff
    from coder.benchmark.gold import GoldRecord
    from coder.benchmark.predicted import RecordPrediction

    record = GoldRecord(id="R1", text="Arnor praised Gondor.")
    parse = record_diff(record, RecordPrediction("R1", error="parse: bad CoNLL-U"), ("code",))
    code = record_diff(record, RecordPrediction("R1", error="code: coding failed"), ("code",))
    assert (parse["error_code"], code["error_code"]) == ("E103", "E104")
