"""`coder code` tried as a new user would: a folder, a .jsonl.gz, standard input, a CSV with
a formula in its text, a corpus with broken documents — every document accounted for."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys

import pandas as pd
import pytest

from coder.cli import main
from coder.parse import write_conllu
from conftest import MODELS, ROOT, SMALL_CODEBOOK, build_document

ATTACK = """
    Arnor PROPN 2 nsubj
    attacked VERB 0 root attack
    Gondor PROPN 2 obj"""


def conllu(*doc_ids: str) -> str:
    buf = io.StringIO()
    write_conllu([build_document(ATTACK, doc_id=d) for d in doc_ids], buf)
    return buf.getvalue()


def statuses(out) -> dict[str, str]:
    frame = pd.read_csv(out.with_name(out.stem + ".documents.csv"), dtype=str)
    return dict(zip(frame.doc_id, frame.status))


def test_code_a_folder_with_broken_files_accounts_for_every_document(tmp_path, capsys):
    corpus = tmp_path / "archive"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.conllu").write_text(conllu("a1", "a2"))
    (corpus / "sub" / "b.conllu.gz").write_bytes(gzip.compress(conllu("b1").encode()))
    (corpus / "sub" / "broken.jsonl").write_text('{"id": "x", "text": \n{"id": "empty", "text": ""}\n')
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04")
    out = tmp_path / "out" / "events.csv"
    assert main(["code", str(corpus), "-o", str(out), "--codebook", str(SMALL_CODEBOOK)]) == 0
    got = statuses(out)
    assert got == {"a1": "coded", "a2": "coded", "notes": "rejected", "b1": "coded",
                   "broken-1": "rejected", "empty": "no-event"}
    printed = capsys.readouterr().out
    assert "3 events from 6 documents (3 coded, 1 without events, 2 rejected)" in printed
    rejects = [json.loads(line) for line in out.with_name("events.rejects.jsonl").read_text().splitlines()]
    assert any("broken.jsonl:1" in r["reason"] for r in rejects)
    assert any("notes.docx" in r["reason"] and "unsupported" in r["reason"] for r in rejects)


def test_strict_exits_3_when_anything_was_rejected(tmp_path):
    good = tmp_path / "good.conllu"
    good.write_text(conllu("g"))
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n")
    out = tmp_path / "e.csv"
    assert main(["code", str(good), "-o", str(out), "--codebook", str(SMALL_CODEBOOK), "--strict"]) == 0
    assert main(["code", str(good), str(bad), "-o", str(out), "--codebook", str(SMALL_CODEBOOK), "--strict"]) == 3
    assert main(["code", str(good), str(bad), "-o", str(out), "--codebook", str(SMALL_CODEBOOK)]) == 0


def test_code_reads_standard_input(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(conllu("s1", "s2").encode())))
    out = tmp_path / "out.csv"
    assert main(["code", "-", "-o", str(out), "--codebook", str(SMALL_CODEBOOK)]) == 0
    assert statuses(out) == {"s1": "coded", "s2": "coded"}


def test_limits_are_options(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "long", "text": "word " * 30}) + "\n")
    out = tmp_path / "e.csv"
    assert main(["code", str(corpus), "-o", str(out), "--codebook", str(SMALL_CODEBOOK), "--max-tokens", "10"]) == 0
    assert statuses(out) == {"long": "rejected"}
    assert "--max-tokens" in out.with_name("e.rejects.jsonl").read_text()
    (tmp_path / "d").mkdir()
    for i in range(3):
        (tmp_path / "d" / f"{i}.conllu").write_text(conllu(f"d{i}"))
    assert main(["code", str(tmp_path / "d"), "-o", str(out), "--max-files", "2"]) == 1


def test_models_info_says_the_models_will_be_downloaded(monkeypatch, tmp_path, capsys):
    monkeypatch.delenv("CODER_STANZA_DIR", raising=False)
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "stanza"))
    assert main(["models", "info"]) == 0
    out = capsys.readouterr().out
    assert str(tmp_path / "stanza") in out and "downloads them" in out


def test_a_fresh_machine_without_network_is_told_what_to_do(monkeypatch, tmp_path, capsys):
    """No model folder configured, no models in stanza's cache, no network: `coder code`
    tries stanza's download once and says how to go on (never really downloading here)."""
    import stanza

    calls = []

    def offline(*args, **kwargs):
        calls.append((args, kwargs))
        raise ConnectionError("Name or service not known")

    monkeypatch.setattr(stanza, "download", offline)
    monkeypatch.delenv("CODER_STANZA_DIR", raising=False)
    monkeypatch.delenv("CODER_NO_DOWNLOAD", raising=False)
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "cache"))
    story = tmp_path / "story.txt"
    story.write_text("Arnor attacked Gondor.")
    out = tmp_path / "e.csv"
    code = main(["code", str(story), "-o", str(out), "--codebook", str(SMALL_CODEBOOK)])
    captured = capsys.readouterr()
    assert code == 1
    assert len(calls) == 1 and calls[0][1]["model_dir"] == str(tmp_path / "cache")
    assert "downloading stanza's official 'en' models" in captured.err
    assert "needs network access" in captured.err and "CODER_STANZA_DIR" in captured.err
    assert "Traceback" not in captured.err


def test_a_download_puts_models_where_the_next_run_finds_them(monkeypatch, tmp_path):
    import stanza

    from coder.parse import resolve_model_dir

    def fake_download(lang, model_dir, **kwargs):  # what stanza leaves behind
        (tmp_path / "cache" / lang).mkdir(parents=True)
        (tmp_path / "cache" / "resources.json").write_text("{}")

    monkeypatch.setattr(stanza, "download", fake_download)
    monkeypatch.delenv("CODER_STANZA_DIR", raising=False)
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "cache"))
    assert resolve_model_dir() == tmp_path / "cache"

    def no_second_download(*args, **kwargs):
        raise AssertionError("downloaded twice")

    monkeypatch.setattr(stanza, "download", no_second_download)
    assert resolve_model_dir() == tmp_path / "cache"
    monkeypatch.setenv("CODER_NO_DOWNLOAD", "1")
    from coder.parse import ModelNotFoundError

    with pytest.raises(ModelNotFoundError, match="coder models download --lang es"):
        resolve_model_dir(lang="es")


# --------------------------------------------------------------------------- with stanza

STORIES = {
    "homs": "Syrian police arrested twelve protesters in Homs.",
    "aleppo": "Rebels attacked an army checkpoint near Aleppo.",
}


@pytest.mark.slow
def test_code_a_folder_of_stories(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / f"{name}.txt").write_text(text)
        (folder / f"{name}.meta.json").write_text(json.dumps({"date": "2019-08-06"}))
    out = tmp_path / "events.csv"
    assert main(["code", str(folder) + "/", "-o", str(out), "--models", str(MODELS)]) == 0
    assert set(statuses(out)) == {"homs", "aleppo"}
    assert "coded" in statuses(out).values()


@pytest.mark.slow
def test_code_a_gzipped_jsonl_file(tmp_path):
    path = tmp_path / "corpus.jsonl.gz"
    lines = "".join(json.dumps({"id": k, "text": v, "date": "2019-08-06"}) + "\n" for k, v in STORIES.items())
    path.write_bytes(gzip.compress(lines.encode()))
    out = tmp_path / "events.csv"
    assert main(["code", str(path), "-o", str(out), "--models", str(MODELS)]) == 0
    assert set(statuses(out)) == {"homs", "aleppo"}


@pytest.mark.slow
def test_cat_jsonl_into_coder_code_dash(tmp_path):
    """`cat x.jsonl | coder code - -o out.csv`, through a real pipe."""
    corpus = tmp_path / "x.jsonl"
    corpus.write_text("".join(json.dumps({"id": k, "text": v, "date": "2019-08-06"}) + "\n"
                              for k, v in STORIES.items()) + "{broken\n")
    out = tmp_path / "out.csv"
    with corpus.open("rb") as fh:
        done = subprocess.run([sys.executable, "-m", "coder.cli", "code", "-", "-o", str(out), "--models", str(MODELS)],
                              stdin=fh, capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr
    assert statuses(out) == {**{k: statuses(out)[k] for k in STORIES}, "stdin-3": "rejected"}
    assert "from 3 documents" in done.stdout


@pytest.mark.slow
def test_a_csv_whose_text_holds_a_hyperlink_formula(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text('id,text,date\nf1,"=HYPERLINK(""http://evil.example"",""x"") Syrian police arrested '
                    'twelve protesters in Homs.",2019-08-06\n', encoding="utf-8")
    out = tmp_path / "events.csv"
    assert main(["code", str(path), "-o", str(out), "--models", str(MODELS)]) == 0
    text = out.read_text()
    rows = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert statuses(out) == {"f1": "coded"}
    risky = [cell for cell in rows.to_numpy().ravel() if cell.startswith(("=", "+", "-", "@"))]
    assert all(float(cell) < 0 for cell in risky)  # only negative numbers (goldstein) start so
    assert "'=HYPERLINK" in text


@pytest.mark.slow
def test_the_parser_takes_each_documents_language(monkeypatch):
    from coder.parse import ModelNotFoundError, Parser, RawDocument

    monkeypatch.setenv("CODER_NO_DOWNLOAD", "1")
    monkeypatch.setenv("STANZA_RESOURCES_DIR", "/nonexistent-stanza-cache")
    parser = Parser(MODELS, lang="en")
    [doc] = parser.parse([RawDocument("a", "Arnor attacked Gondor.", language="en")])
    assert [t.text for t in doc.sentences[0].tokens][:2] == ["Arnor", "attacked"]
    with pytest.raises(ModelNotFoundError, match="CODER_STANZA_DIR_XX"):
        parser.parse([RawDocument("b", "Arnor attacked Gondor.", language="xx")])
    monkeypatch.setenv("CODER_STANZA_DIR_XX", str(MODELS))  # any folder can serve a language
    [doc] = Parser({"en": MODELS}, lang="en").parse([RawDocument("c", "Arnor wept.", language="xx")])
    assert doc.language == "xx" and doc.sentences


def test_processes_that_need_the_models_at_once_download_them_once(monkeypatch, tmp_path):
    """--workers N on a fresh machine: every worker asks for the models; one downloads."""
    import threading
    import time

    import stanza

    from coder.parse import resolve_model_dir

    calls = []

    def slow_download(lang, model_dir, **kwargs):
        calls.append(lang)
        time.sleep(0.3)
        (tmp_path / "cache" / lang).mkdir(parents=True)
        (tmp_path / "cache" / "resources.json").write_text("{}")

    monkeypatch.setattr(stanza, "download", slow_download)
    monkeypatch.delenv("CODER_STANZA_DIR", raising=False)
    monkeypatch.delenv("CODER_NO_DOWNLOAD", raising=False)
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "cache"))
    found = []
    workers = [threading.Thread(target=lambda: found.append(resolve_model_dir())) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert calls == ["en"] and found == [tmp_path / "cache"] * 3
