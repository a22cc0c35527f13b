"""Every record is validated; bad ones are rejected with reasons, never dropped silently."""

from __future__ import annotations

from coder.api import code_parsed
from coder.code import code_document
from coder.records import event_records
from coder.schema import record_errors, validate_records
from conftest import build_document

ATTACK = """
    Arnor PROPN 2 nsubj
    attacked VERB 0 root attack
    Gondor PROPN 2 obj"""


def test_coded_records_validate_against_the_event_schema(small_codebook):
    doc = build_document(ATTACK)
    records = event_records(code_document(doc, small_codebook), doc, small_codebook)
    assert records and all(record_errors(r) == [] for r in records)
    record = records[0]
    assert (record["cameo_name"], record["root_code"], record["quad_class"], record["goldstein"]) == \
        ("Use conventional military force", "19", 4, -10.0)
    assert record["date"] == "2005-06-01" and record["pattern_id"] == "attack"


def test_invalid_record_is_rejected_with_field_and_reason(small_codebook):
    doc = build_document(ATTACK)
    [record] = event_records(code_document(doc, small_codebook), doc, small_codebook)
    bad = dict(record, cameo_code="19X", quad_class=7)
    valid, rejected = validate_records([record, bad])
    assert valid == [record]
    [reject] = rejected
    assert reject.record == bad and "cameo_code" in reject.reason and "quad_class" in reject.reason


def test_document_status_is_coded_or_no_event(small_codebook):
    *_, coded = code_parsed(build_document(ATTACK), small_codebook)
    *_, quiet = code_parsed(build_document("""
        Nothing PRON 2 nsubj nothing
        happened VERB 0 root happen"""), small_codebook)
    assert (coded.status, coded.events) == ("coded", 1)
    assert (quiet.status, quiet.events) == ("no-event", 0)


def test_code_to_files_writes_events_rejects_and_statuses(small_codebook, tmp_path):
    from coder.api import code_to_files

    docs = [build_document(ATTACK, doc_id="a"), build_document("""
        Nothing PRON 2 nsubj nothing
        happened VERB 0 root happen""", doc_id="b")]
    result = code_to_files(docs, tmp_path / "ev.jsonl", small_codebook)
    assert result.written == 1 and len(result.paths["events"].read_text().splitlines()) == 1
    assert result.paths["rejects"].read_text() == ""
    assert "b,no-event" in result.paths["documents"].read_text()


def test_code_to_files_streams_csv_in_chunks(small_codebook, tmp_path, monkeypatch):
    import pandas as pd

    import coder.api as api

    monkeypatch.setattr(api, "CHUNK", 2)  # several chunks from five documents
    docs = [build_document(ATTACK, doc_id=f"d{i}") for i in range(5)]
    result = api.code_to_files(docs, tmp_path / "ev.csv", small_codebook, dedup="story")
    frame = pd.read_csv(tmp_path / "ev.csv")
    statuses = pd.read_csv(tmp_path / "ev.documents.csv")
    assert result.written == 5 and list(frame.doc_id) == [f"d{i}" for i in range(5)]
    assert list(statuses.status) == ["coded"] * 5 and list(frame.columns)[:2] == ["event_id", "doc_id"]


def test_code_to_files_streams_parquet_row_groups_with_schema_types(small_codebook, tmp_path, monkeypatch):
    import pandas as pd
    import pyarrow.parquet as pq

    import coder.api as api

    monkeypatch.setattr(api, "CHUNK", 2)
    untargeted = """
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack"""
    docs = [build_document(untargeted, doc_id="d0"), build_document(untargeted, doc_id="d1"),
            build_document(ATTACK, doc_id="d2")]  # the first chunk has no target at all
    result = api.code_to_files(docs, tmp_path / "ev.parquet", small_codebook)
    frame = pd.read_parquet(tmp_path / "ev.parquet")
    assert result.written == 3 and list(frame.target_code.fillna("")) == ["", "", "GON"]
    assert pq.ParquetFile(tmp_path / "ev.parquet").metadata.num_row_groups == 2
    assert str(frame.quad_class.dtype) in ("int64", "Int64") and frame.negated.dtype == bool


def test_empty_parquet_output_still_has_the_columns(small_codebook, tmp_path):
    import pandas as pd

    from coder.api import code_to_files

    nothing = build_document("""
        Nothing PRON 2 nsubj nothing
        happened VERB 0 root happen""", doc_id="n")
    assert code_to_files([nothing], tmp_path / "ev.parquet", small_codebook).written == 0
    assert "cameo_code" in pd.read_parquet(tmp_path / "ev.parquet").columns


def test_repeated_document_ids_are_made_unique(small_codebook):
    from coder.api import code_items

    docs = [build_document(ATTACK, doc_id="same"), build_document(ATTACK, doc_id="same")]
    result = code_items(docs, small_codebook)
    assert [s.doc_id for s in result.statuses] == ["same", "same#2"]
    assert len({r["event_id"] for r in result.records}) == 2
