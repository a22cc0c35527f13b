"""The engine layer's seams: coder.run.* never imports coder.api (coder.api re-exports the
shared document functions), and --raw-csv reaches the writers as a parameter, with
$CODER_RAW_CSV read only by the command line."""

from __future__ import annotations

import ast
import io
from pathlib import Path

import pandas as pd

import coder.api
import coder.run.documents
from coder.cli import main
from coder.emit import RecordStream, write_statuses
from coder.inputs import read_inputs
from coder.parse import write_conllu
from conftest import SMALL_CODEBOOK, build_document

RUN = Path(coder.run.documents.__file__).parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module} | {
        a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}


def test_no_engine_module_imports_the_python_api():
    for path in RUN.glob("*.py"):
        assert "coder.api" not in imported_modules(path), path.name


def test_the_api_re_exports_the_shared_document_functions():
    from coder.api import CodingResult, DocumentStatus, code_parsed, code_to_files, parse_safely, unparsed

    assert DocumentStatus is coder.run.documents.DocumentStatus
    assert code_parsed is coder.run.documents.code_parsed
    assert (parse_safely, unparsed) == (coder.run.documents.parse_safely, coder.run.documents.unparsed)
    assert callable(code_to_files) and CodingResult().counts()["events"] == 0


def test_library_writers_ignore_the_environment_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("CODER_RAW_CSV", "1")
    stream = RecordStream(tmp_path / "s.csv")
    stream.write([{"doc_id": "+d1"}], ["doc_id"])
    stream.close()
    assert (tmp_path / "s.csv").read_text() == "doc_id\n'+d1\n"
    write_statuses([coder.api.DocumentStatus("=d2", "coded", 1)], tmp_path / "d.csv")
    assert (tmp_path / "d.csv").read_text().splitlines()[1] == "'=d2,coded,1,"


def formula_corpus(tmp_path: Path) -> Path:
    path = tmp_path / "c.conllu"
    buf = io.StringIO()
    write_conllu([build_document("""
        =Minas X 3 dep
        Arnor PROPN 3 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 3 obj""", doc_id="=a")], buf)
    path.write_text(buf.getvalue())
    return path


def test_code_to_files_raw_csv_writes_events_and_statuses_as_they_are(tmp_path):
    from coder.codebook import load_codebook

    corpus, book = formula_corpus(tmp_path), load_codebook(SMALL_CODEBOOK)
    safe = coder.api.code_to_files(read_inputs([corpus]), tmp_path / "safe.csv", book)
    raw = coder.api.code_to_files(read_inputs([corpus]), tmp_path / "raw.csv", book, raw_csv=True)
    assert pd.read_csv(safe.paths["events"], dtype=str)["sentence"][0].startswith("'=Minas")
    assert pd.read_csv(raw.paths["events"], dtype=str)["sentence"][0].startswith("=Minas")
    assert pd.read_csv(safe.paths["documents"], dtype=str)["doc_id"].tolist() == ["'=a"]
    assert pd.read_csv(raw.paths["documents"], dtype=str)["doc_id"].tolist() == ["=a"]


def test_the_command_line_still_reads_coder_raw_csv(tmp_path, monkeypatch):
    corpus, out = formula_corpus(tmp_path), tmp_path / "events.csv"
    monkeypatch.setenv("CODER_RAW_CSV", "yes")
    assert main(["code", str(corpus), "-o", str(out), "--codebook", str(SMALL_CODEBOOK)]) == 0
    assert pd.read_csv(out, dtype=str)["sentence"][0].startswith("=Minas")
    monkeypatch.setenv("CODER_RAW_CSV", "0")
    assert main(["code", str(corpus), "-o", str(out), "--codebook", str(SMALL_CODEBOOK)]) == 0
    assert pd.read_csv(out, dtype=str)["sentence"][0].startswith("'=Minas")
