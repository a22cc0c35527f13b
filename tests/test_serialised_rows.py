"""Rows and statuses serialised in a worker process (coder.emit.serialise_rows /
serialise_statuses) append the same bytes the writing process writes from the rows."""

from __future__ import annotations

import pytest

from coder.emit import RecordStream, append_text, serialise_rows, serialise_statuses, write_statuses
from coder.run.documents import DocumentStatus

COLUMNS = ["event_id", "text", "count", "score", "flag", "code"]
CHUNKS = [
    [{"event_id": "a-1", "text": '=HYPERLINK("x")', "count": 3, "score": 0.5, "flag": True, "code": "---COP"},
     {"event_id": "a-2", "text": 'said, "no"\nthen left', "count": None, "score": None, "flag": False,
      "code": "-2+3"}],
    [],
    [{"event_id": "b-1", "text": "+1 plain", "count": 7, "score": 1.0, "code": "@SUM"}],
    [{"event_id": "c-1", "text": "tab\there", "count": None, "score": 2, "flag": None, "code": "USAGOV"}],
]


@pytest.mark.parametrize("suffix", ["csv", "tsv", "jsonl"])
@pytest.mark.parametrize("raw_csv", [False, True])
def test_serialised_chunks_append_what_the_rows_write(tmp_path, suffix, raw_csv):
    rows = RecordStream(tmp_path / f"rows.{suffix}", raw_csv=raw_csv)
    text = RecordStream(tmp_path / f"text.{suffix}", raw_csv=raw_csv)
    for chunk in CHUNKS:
        rows.write(chunk, COLUMNS)
        body, header = serialise_rows(chunk, COLUMNS, suffix, raw_csv)
        text.write_text(body, header, COLUMNS, len(chunk))
    assert rows.close() == text.close() == 4
    assert (tmp_path / f"rows.{suffix}").read_bytes() == (tmp_path / f"text.{suffix}").read_bytes()


@pytest.mark.parametrize("suffix", ["csv", "jsonl"])
def test_a_first_chunk_without_rows_writes_the_header_alone(tmp_path, suffix):
    rows = RecordStream(tmp_path / f"rows.{suffix}")
    text = RecordStream(tmp_path / f"text.{suffix}")
    rows.write([], COLUMNS)
    text.write_text(*serialise_rows([], COLUMNS, suffix), COLUMNS, 0)
    assert (tmp_path / f"rows.{suffix}").read_bytes() == (tmp_path / f"text.{suffix}").read_bytes()


def test_a_chunk_with_other_columns_is_refused(tmp_path):
    from coder.emit import OutputError

    stream = RecordStream(tmp_path / "ev.csv")
    stream.write_text(*serialise_rows(CHUNKS[0], COLUMNS, "csv"), COLUMNS, 2)
    with pytest.raises(OutputError, match="columns differ"):
        stream.write_text(*serialise_rows(CHUNKS[2], COLUMNS[:3], "csv"), COLUMNS[:3], 1)


@pytest.mark.parametrize("raw_csv", [False, True])
def test_serialised_statuses_append_what_write_statuses_writes(tmp_path, raw_csv):
    chunks = [[DocumentStatus("=d1", "coded", 2), DocumentStatus("d2", "rejected", 0, 'bad, "quoted"\nreason')],
              [], [DocumentStatus("-d3", "no-event", 0, "", 1)]]
    write_statuses([], tmp_path / "a.csv", raw_csv=raw_csv)
    write_statuses([], tmp_path / "b.csv", raw_csv=raw_csv)
    for chunk in chunks:
        write_statuses(chunk, tmp_path / "a.csv", append=True, raw_csv=raw_csv)
        append_text(tmp_path / "b.csv", serialise_statuses(chunk, raw_csv))
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


def test_a_job_for_a_text_file_hands_back_serialised_rows_and_statuses(small_codebook):
    from dataclasses import replace

    from coder.run.worker import Job, WorkerState, process_chunk
    from test_engine import corpus_docs

    docs = corpus_docs(9)
    job = Job(small_codebook, output="csv")
    out = process_chunk(WorkerState(job), docs)
    assert out.rows == [] and out.count == 6 and out.text.count("\n") == 6 and out.status_text.count("\n") == 9
    plain = process_chunk(WorkerState(replace(job, output=None)), docs)
    assert plain.text is None and len(plain.rows) == 6
    # PLOVER's columns come from its rows: its rows are handed back as they are
    plover = process_chunk(WorkerState(Job(small_codebook, fmt="plover", output="jsonl")), docs)
    assert plover.text is None


def _pandas_rows(records, columns, sep, raw_csv):
    from coder.emit import records_frame, spreadsheet_safe

    frame = records_frame(records, columns)
    if not raw_csv:
        frame = spreadsheet_safe(frame)
    return frame.to_csv(index=False, header=False, sep=sep)


VALUES = [None, None, 0, 1, -7, 2**40, 0.5, 2.0, -0.0, 1e-05, 1e16, 123456.789, 1 / 3, float("nan"), True, False,
          "", "plain", "=SUM(A1)", "-2+3", "---COP", "+1", "@x", "tab\there", 'say "no"', "a,b", "line\nbreak",
          "\rcr", "ü é", " lead", "1.5"]


@pytest.mark.parametrize("sep", [",", "\t"])
@pytest.mark.parametrize("raw_csv", [False, True])
def test_rows_laid_out_without_pandas_are_the_bytes_pandas_writes(sep, raw_csv):
    """csv_text against records_frame + spreadsheet_safe + to_csv on random columns: each
    column of one kind (integers, with or without gaps; floats; numbers mixed; booleans;
    text; anything mixed), cells of every kind a record holds."""
    import random

    from coder.emit import csv_text

    rng = random.Random(5)
    kinds = {
        "int": [v for v in VALUES if type(v) is int] + [None],
        "int_full": [v for v in VALUES if type(v) is int],
        "float": [v for v in VALUES if type(v) is float] + [None],
        "number": [v for v in VALUES if type(v) in (int, float)] + [None],
        "bool": [True, False, None],
        "text": [v for v in VALUES if type(v) is str] + [None],
        "any": VALUES,
        "none": [None],
    }
    for _ in range(300):
        columns = [f"c{i}" for i in range(rng.randint(1, 6))]
        pools = {c: kinds[rng.choice(list(kinds))] for c in columns}
        records = [{c: rng.choice(pools[c]) for c in columns if rng.random() < 0.95}
                   for _ in range(rng.randint(1, 8))]
        for c in columns:  # a float of any value, as enrichment computes them
            if pools[c] is kinds["float"]:
                for r in records:
                    if rng.random() < 0.3:
                        r[c] = rng.uniform(-1e6, 1e6) * 10 ** rng.randint(-8, 8)
        text = csv_text(records, columns, sep, raw_csv)
        assert text is not None and text == _pandas_rows(records, columns, sep, raw_csv), records


def test_statuses_laid_out_without_pandas_are_the_bytes_pandas_writes():
    import pandas as pd
    from dataclasses import asdict

    from coder.emit import STATUS_COLUMNS, csv_text, spreadsheet_safe

    statuses = [DocumentStatus("=d1", "coded", 2), DocumentStatus("d2", "rejected", 0, 'bad, "quoted"\nreason'),
                DocumentStatus("-d3", "no-event", 0, "", 1), DocumentStatus("d4", "coded", 10**6, "+x")]
    rows = [asdict(s) for s in statuses]
    for raw_csv in (False, True):
        frame = pd.DataFrame(rows, columns=list(STATUS_COLUMNS))
        if not raw_csv:
            frame = spreadsheet_safe(frame)
        assert csv_text(rows, STATUS_COLUMNS, ",", raw_csv, frame_types=True) == frame.to_csv(index=False, header=False)


def test_a_value_of_another_type_is_laid_out_by_pandas():
    import datetime as dt

    from coder.emit import csv_text, serialise_rows

    records = [{"a": dt.date(2020, 1, 2), "b": 1}]
    assert csv_text(records, ["a", "b"]) is None
    assert serialise_rows(records, ["a", "b"], "csv")[0] == _pandas_rows(records, ["a", "b"], ",", False)


def test_an_integer_beyond_int64_is_laid_out_by_pandas():
    from coder.emit import csv_text, serialise_rows

    records = [{"a": 2**70}, {"a": 0.5}]
    assert csv_text(records, ["a"]) is None
    assert serialise_rows(records, ["a"], "csv")[0] == _pandas_rows(records, ["a"], ",", False)
