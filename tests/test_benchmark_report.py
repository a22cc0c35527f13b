"""Reports (json/md/html with embedded PNG plots), the parse cache and the CLI command on a
small CSV fixture with supplied parses (no stanza needed)."""

import base64
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from coder.benchmark.cache import ParseCache
from coder.benchmark.evaluate import evaluate
from coder.benchmark.gold import GoldEvent, GoldRecord, GoldSet
from coder.benchmark.predicted import PredEvent, RecordPrediction
from coder.benchmark.report import write_reports
from coder.cli_benchmark import benchmark_command
from coder.parse import parse_conllu_text

FIXTURES = Path(__file__).parent / "fixtures" / "benchmark"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _tiny_report():
    records = [GoldRecord("R1", "Arnor praised Gondor.", (GoldEvent("ARN", "GON", "051"),), category="DEMO"),
               GoldRecord("R2", "Gondor attacked Arnor.", (GoldEvent("GON", "ARN", "190"),), category="DEMO")]
    preds = {"R1": RecordPrediction("R1", [PredEvent("ARN", "GON", "051", pattern_id="praise")]),
             "R2": RecordPrediction("R2", [PredEvent("GON", "ARN", "173", pattern_id="arrest")])}
    return evaluate(GoldSet("petrarch", Path("gold.xml"), records), preds)


def test_reports_written_with_embedded_png(tmp_path):
    paths = write_reports(_tiny_report(), tmp_path)
    assert [p.name for p in paths] == ["report.json", "report.md", "report.html"]
    data = json.loads((tmp_path / "report.json").read_text())
    assert data["records"] == 2 and data["records_fully_correct"] == 1
    for level in ("cameo", "root", "quad", "dyad"):
        assert set(data["levels"][level]) >= {"precision", "recall", "f1_micro", "f1_macro", "f1_weighted", "support"}
    md = (tmp_path / "report.md").read_text()
    assert "| cameo |" in md and "R2" in md and "arrest" in md
    html = (tmp_path / "report.html").read_text()
    images = re.findall(r"src='data:image/png;base64,([A-Za-z0-9+/=]+)'", html)
    assert len(images) >= 2  # per-class F1 bars and a confusion heatmap
    assert all(base64.b64decode(img).startswith(PNG_MAGIC) for img in images)
    assert "http://" not in html and "https://" not in html  # self-contained


def test_parse_cache_round_trip(tmp_path):
    models = tmp_path / "models"
    models.mkdir()
    (models / "tokenize.pt").write_bytes(b"x")
    cache = ParseCache(models, root=tmp_path / "parses")
    text = "Rebels attacked the police in Nigeria."
    doc = parse_conllu_text((FIXTURES / "s1.conllu").read_text(), doc_id="orig")[0]
    assert cache.get(text, "s1") is None
    cache.put(text, doc)
    again = cache.get(text, "s1", "2020-05-01")
    assert again.id == "s1" and again.text == text and str(again.date) == "2020-05-01"
    assert [t.deprel for t in again.sentences[0].tokens] == [t.deprel for t in doc.sentences[0].tokens]
    assert again.sentences[0].doc_id == "s1" and (cache.hits, cache.misses) == (1, 1)
    (models / "tokenize.pt").write_bytes(b"other model")  # a different model: a different key
    assert ParseCache(models, root=tmp_path / "parses").dir != cache.dir


def _app():
    app = typer.Typer()
    app.command("benchmark")(benchmark_command)
    app.command("noop")(lambda: None)  # keep "benchmark" a subcommand
    return app


def test_cli_on_csv_fixture(tmp_path):
    # supplied parses: no parse cache; the default codebook's compiled cache is reused
    out = tmp_path / "report"
    result = CliRunner().invoke(_app(), ["benchmark", str(FIXTURES / "sample.csv"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads((out / "report.json").read_text())
    assert data["records"] == 3 and data["meta"]["parses"] == "supplied"
    assert {"command", "date", "machine", "codebook_fingerprint"} <= set(data)
    assert {"cameo", "root", "quad", "plover", "dyad"} <= set(data["levels"])
    assert (out / "report.html").is_file() and (out / "report.md").is_file()
    same = CliRunner().invoke(_app(), ["benchmark", "--compare", str(out / "report.json"),
                                       str(out / "report.json")])
    assert same.exit_code == 0 and "no regression" in same.output


def test_cli_reports_gold_errors(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("id,text,cameo\nx,Some text,ABC\n")
    result = CliRunner().invoke(_app(), ["benchmark", str(bad), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "record x" in result.output and "'cameo'" in result.output


def _chromium() -> str | None:
    return next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)


@pytest.mark.slow
@pytest.mark.skipif(_chromium() is None, reason="no chromium installed (render report.html by hand)")
def test_html_renders_headless(tmp_path):
    write_reports(_tiny_report(), tmp_path)
    shot = tmp_path / "shot.png"
    subprocess.run([_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}", "--window-size=1200,2000",
                    (tmp_path / "report.html").as_uri()], check=True, timeout=120, capture_output=True)
    assert shot.read_bytes().startswith(PNG_MAGIC)
