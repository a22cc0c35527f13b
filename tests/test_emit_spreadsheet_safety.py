"""CSV/TSV outputs are safe to open in a spreadsheet: text cells that would run as formulas
(OWASP CSV injection) get a leading apostrophe unless --raw-csv; numbers stay numbers."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from coder.cli import main
from coder.emit import RecordStream, neutralise_cell, spreadsheet_safe, write_records, write_statuses
from coder.parse import write_conllu
from conftest import SMALL_CODEBOOK, build_document


@pytest.mark.parametrize("cell", ['=HYPERLINK("http://evil.example","x")', "+1", "-2+3", "@SUM(A1)",
                                  "\t=1", "\r=1", "-cmd|' /C calc'!A0", "---COP(1)", "-sum(A1)"])
def test_formula_cells_get_an_apostrophe(cell):
    assert neutralise_cell(cell) == "'" + cell


@pytest.mark.parametrize("value", ["Gondor", "", "a=b", " =1", -4.0, -1, None, 3, "---COP", "---"])
def test_other_cells_and_numbers_are_left_alone(value):
    assert neutralise_cell(value) == value


def test_a_frame_keeps_its_numeric_columns_and_only_text_cells_change():
    frame = pd.DataFrame({"goldstein": [-4.0, 2.5], "start": pd.array([-1, 3], dtype="Int64"),
                          "code": ["---COP", "GON"], "text": ["-2+3", "Gondor"]})
    safe = spreadsheet_safe(frame)
    assert safe["goldstein"].tolist() == [-4.0, 2.5] and safe["start"].tolist() == [-1, 3]
    assert safe["code"].tolist() == ["---COP", "GON"]  # a CAMEO code calls no function: kept as coded
    assert safe["text"].tolist() == ["'-2+3", "Gondor"]
    assert frame["text"].tolist() == ["-2+3", "Gondor"]  # the input frame is not changed


def test_write_records_csv_tsv_and_raw(tmp_path):
    records = [{"doc_id": "=cmd|' /C calc'!A0", "goldstein": -10.0, "sentence": "@Arnor attacked"}]
    columns = ["doc_id", "goldstein", "sentence"]
    write_records(records, tmp_path / "a.csv", columns)
    text = (tmp_path / "a.csv").read_text()
    assert "'=cmd" in text and ",-10.0," in text and "'@Arnor" in text
    write_records(records, tmp_path / "a.tsv", columns)
    assert (tmp_path / "a.tsv").read_text().splitlines()[1].startswith("'=cmd")
    write_records(records, tmp_path / "raw.csv", columns, raw_csv=True)
    assert (tmp_path / "raw.csv").read_text().splitlines()[1].startswith("=cmd")
    write_records(records, tmp_path / "a.jsonl", columns)  # JSON is no spreadsheet format
    assert '"doc_id": "=cmd' in (tmp_path / "a.jsonl").read_text()


def test_streamed_csv_and_document_statuses_are_neutralised(tmp_path):
    from coder.api import DocumentStatus

    stream = RecordStream(tmp_path / "s.csv")
    stream.write([{"doc_id": "+d1", "n": -3}], ["doc_id", "n"])
    stream.close()
    assert (tmp_path / "s.csv").read_text() == "doc_id,n\n'+d1,-3\n"
    write_statuses([DocumentStatus("=d2", "rejected", 0, "-bad")], tmp_path / "d.csv")
    assert (tmp_path / "d.csv").read_text().splitlines()[1] == "'=d2,rejected,0,'-bad"
    stream = RecordStream(tmp_path / "r.csv", raw_csv=True)
    stream.write([{"doc_id": "+d1"}], ["doc_id"])
    stream.close()
    assert (tmp_path / "r.csv").read_text() == "doc_id\n+d1\n"


def formula_corpus(tmp_path):
    path = tmp_path / "c.conllu"
    buf = io.StringIO()
    write_conllu([build_document("""
        =HYPERLINK("http://evil.example/x") X 3 dep
        Arnor PROPN 3 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 3 obj""", doc_id="a")], buf)
    path.write_text(buf.getvalue())
    return path


def test_coder_code_neutralises_a_formula_sentence_unless_raw_csv(tmp_path):
    corpus = formula_corpus(tmp_path)
    out = tmp_path / "events.csv"
    assert main(["code", str(corpus), "-o", str(out), "--codebook", str(SMALL_CODEBOOK)]) == 0
    events = pd.read_csv(out, dtype=str)
    assert events["sentence"].tolist() == ["'=HYPERLINK(\"http://evil.example/x\") Arnor attacked Gondor"]
    assert main(["code", str(corpus), "-o", str(out), "--codebook", str(SMALL_CODEBOOK), "--raw-csv"]) == 0
    assert pd.read_csv(out, dtype=str)["sentence"].tolist()[0].startswith("=HYPERLINK")
    import os

    assert "CODER_RAW_CSV" not in os.environ  # the option does not leak into later runs
