"""ACLED, Phoenix and PLOVER output rows validated against their schemas; dedup counts."""

from __future__ import annotations

import pytest

from coder.acled.dedup import dedup
from coder.acled.formats import ACLED_COLUMNS, PHOENIX_COLUMNS, checked_rows, to_acled_rows, to_phoenix_rows, \
    to_plover_records
from coder.schema import record_errors


def record(n: int = 0, **changes) -> dict:
    rec = {
        "event_id": f"d1:0:{n}", "doc_id": "d1", "sentence_id": "d1:0", "sentence_index": 0, "date": "2019-08-06",
        "source_code": "USA", "target_code": "SYRREB", "cameo_code": "195", "cameo_name": "Employ aerial weapons",
        "root_code": "19", "quad_class": 4, "quad_name": "Material conflict", "goldstein": -10.0,
        "plover_event": "ASSAULT", "plover_mode": "aerial", "plover_context": None,
        "source_text": "US aircraft", "source_country": "USA", "source_agent": None, "source_entries": "",
        "target_text": "rebels", "target_country": "SYR", "target_agent": "REB", "target_entries": "",
        "verb_text": "bombed", "pattern_id": "p1", "pattern_ref": "verbs.yaml:1", "negated": False,
        "modality": None, "nominal": False, "reported_by_code": None, "reported_by_text": None, "issues": "",
        "verb_start": 12, "verb_end": 18, "source_start": 0, "source_end": 11, "target_start": 19,
        "target_end": 25, "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
        "disorder_type": "Political violence", "civilian_targeting": None,
        "actor1": "Military Forces of the United States", "assoc_actor_1": None, "inter1": 8,
        "actor2": "Unidentified Armed Group (Syria)", "assoc_actor_2": None, "inter2": 2, "interaction": 28,
        "fatalities": 5, "event_date": "2019-08-04", "time_precision": 1, "iso": "SYR", "country": "Syria",
        "admin1": "Dayr az Zawr", "location": "Hajin", "latitude": 34.69, "longitude": 40.83, "geo_precision": 2,
        "sentence": "US aircraft bombed rebels near Hajin on Sunday, killing five.",
    }
    rec.update(changes)
    return rec


def test_full_record_fixture_is_a_valid_event():
    assert record_errors(record(), "event") == []


def test_acled_rows_have_acleds_31_columns_in_order():
    rows = to_acled_rows([record(), record(1, event_type=None, sub_event_type=None)])
    assert len(rows) == 1  # untyped events are not ACLED events
    row = rows[0]
    assert tuple(row)[:31] == ACLED_COLUMNS and len(ACLED_COLUMNS) == 31
    assert tuple(row)[31:] == ("confidence",)  # the coder's, after ACLED's own columns
    assert row["iso"] == 760 and row["year"] == 2019 and row["fatalities"] == 5
    assert row["region"] is None and row["admin2"] is None and row["source"] is None  # never invented
    assert record_errors(row, "acled") == []


def test_phoenix_rows_split_actor_codes():
    row = to_phoenix_rows([record()])[0]
    assert tuple(row) == PHOENIX_COLUMNS and len(PHOENIX_COLUMNS) == 26
    assert (row["TargetActorEntity"], row["TargetActorRole"]) == ("SYR", "REB")
    assert row["Date"] == "20190804" and row["EventRootCode"] == "19"
    assert record_errors(row, "phoenix") == []


def test_plover_records_validate():
    rec = to_plover_records([record(), record(1, plover_event=None)])
    assert len(rec) == 1 and rec[0]["event"] == "ASSAULT" and rec[0]["source"][0]["code"] == "USA"
    assert record_errors(rec[0], "plover") == []


def test_plover_output_writes_one_event_per_paired_interaction():
    visit = record(0, cameo_code="042", plover_event="CONSULT", paired_code=None, plover_linked=False)
    host = record(1, cameo_code="043", plover_event="CONSULT", paired_code="042", plover_linked=True)
    assert record_errors(host, "event") == []
    assert [r["id"] for r in to_plover_records([visit, host])] == ["d1:0:0"]


@pytest.mark.parametrize("fmt", ["acled", "phoenix", "plover"])
def test_checked_rows_reject_invalid_rows_with_their_id(fmt):
    bad = record(7, inter1=12, quad_class=9, plover_event="NOT_A_PLOVER_EVENT", event_type="Battles")
    valid, rejected = checked_rows([record(), bad], fmt)
    assert len(valid) == 1 and len(rejected) == 1
    assert "d1:0:7" in rejected[0].reason


def test_unknown_format_raises():
    with pytest.raises(ValueError):
        checked_rows([record()], "gdelt")


def test_dedup_by_story_and_by_day():
    a = record(0)
    b = record(1, sentence_index=2, fatalities=0)  # same story, same triple
    c = record(2, doc_id="d2", fatalities=3)  # another story, same day and triple
    d = record(3, cameo_code="190")  # another code
    by_story, merged_story = dedup([a, b, c, d], by="story")
    assert merged_story == 1 and len(by_story) == 3
    by_day, merged_day = dedup([a, b, c, d], by="day")
    assert merged_day == 2 and len(by_day) == 2
    assert by_day[0]["fatalities"] == 3  # the lowest reported figure
    with pytest.raises(ValueError):
        dedup([a], by="week")


def test_undated_events_are_rejected_with_a_reason_not_dropped():
    from coder.acled.formats import checked_rows

    record = {"event_id": "d:0:0", "doc_id": "d", "date": None, "event_date": None,
              "event_type": "Battles", "sub_event_type": "Armed clash", "source_code": "SYR",
              "target_code": "", "cameo_code": "190", "root_code": "19", "quad_class": 4,
              "goldstein": -10.0, "sentence_id": "d:0"}
    for fmt in ("acled", "phoenix"):
        rows, rejected = checked_rows([record], fmt)
        assert rows == [] and rejected and "has no date" in rejected[0].reason


def test_unnamed_perpetrator_is_an_unidentified_armed_group():
    from coder.acled.formats import to_acled_rows

    [row] = to_acled_rows([{"event_id": "d:0:0", "date": "2020-01-01", "event_type": "Violence against civilians",
                            "country": "Kenya", "source_text": ""}])
    assert row["actor1"] == "Unidentified Armed Group (Kenya)" and row["inter1"] == 3
    [row] = to_acled_rows([{"event_id": "d:0:0", "date": "2020-01-01", "event_type": "Violence against civilians",
                            "country": "Kenya", "source_text": "", "inter2": 7, "interaction": 70}])
    assert row["interaction"] == 37  # the filled-in perpetrator counts in the interaction


def test_day_dedup_keeps_undated_events_of_different_stories_apart():
    from coder.acled.dedup import dedup

    a = {"doc_id": "a", "source_code": "SYR", "target_code": "", "cameo_code": "190"}
    b = dict(a, doc_id="b")
    records, merged = dedup([a, b], by="day")
    assert merged == 0 and len(records) == 2
