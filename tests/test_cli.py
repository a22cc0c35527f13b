"""Each CLI command, through the same entry point users run."""

from __future__ import annotations

import io
import json
import shutil

import pandas as pd
import pytest

from coder.cli import main
from coder.parse import write_conllu
from conftest import MODELS, ROOT, SMALL_CODEBOOK, build_document

ATTACK = """
    Arnor PROPN 2 nsubj
    attacked VERB 0 root attack
    Gondor PROPN 2 obj"""


@pytest.fixture
def parsed_corpus(tmp_path):
    path = tmp_path / "corpus.conllu"
    with path.open("w") as fh:
        write_conllu([build_document(ATTACK, doc_id="a"),
                      build_document("""
                          Rohan PROPN 2 nsubj
                          slept VERB 0 root sleep""", doc_id="b")], fh)
    return path


def test_code_on_parsed_corpus_writes_events_rejects_and_statuses(parsed_corpus, tmp_path, capsys):
    out = tmp_path / "out" / "events.csv"
    assert main(["code", str(parsed_corpus), "-o", str(out), "--codebook", str(SMALL_CODEBOOK)]) == 0
    events = pd.read_csv(out, dtype=str)
    assert list(events[["source_code", "target_code", "cameo_code"]].itertuples(index=False, name=None)) == \
        [("ARN", "GON", "190")]
    statuses = pd.read_csv(tmp_path / "out" / "events.documents.csv")
    assert dict(zip(statuses.doc_id, statuses.status)) == {"a": "coded", "b": "no-event"}
    assert (tmp_path / "out" / "events.rejects.jsonl").read_text() == ""
    assert "1 events from 2 documents" in capsys.readouterr().out


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_code_writes_jsonl_and_parquet(parsed_corpus, tmp_path, suffix):
    out = tmp_path / f"events{suffix}"
    assert main(["code", str(parsed_corpus), "-o", str(out), "--codebook", str(SMALL_CODEBOOK)]) == 0
    frame = pd.read_json(out, lines=True, dtype=False) if suffix == ".jsonl" else pd.read_parquet(out)
    assert frame["cameo_code"].tolist() == ["190"]


def test_unknown_output_extension_is_a_one_line_error(parsed_corpus, tmp_path, capsys):
    assert main(["code", str(parsed_corpus), "-o", str(tmp_path / "x.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "unknown output format .xlsx" in err and "Traceback" not in err


def test_missing_input_file_is_a_one_line_error(tmp_path, capsys):
    assert main(["code", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "x.csv")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_codebook_validate_reports_problems_and_exit_code(tmp_path, capsys):
    assert main(["codebook", "validate", str(SMALL_CODEBOOK)]) == 0
    broken = tmp_path / "book"
    shutil.copytree(SMALL_CODEBOOK, broken)
    manifest = broken / "codebook.yaml"
    manifest.write_text(manifest.read_text().replace("../../../codebooks", str(ROOT / "codebooks")))
    (broken / "agents.yaml").write_text("kind: agents\nentries:\n  - {code: cop, names: [police]}\n")
    assert main(["codebook", "validate", str(broken)]) == 1
    assert "agents.yaml:3" in capsys.readouterr().err


def test_explain_shows_matches_and_events_for_a_parsed_sentence(parsed_corpus, capsys):
    assert main(["explain", str(parsed_corpus), "--conllu", "--codebook", str(SMALL_CODEBOOK)]) == 0
    out = capsys.readouterr().out
    assert "CHOSEN" in out and "ARN" in out and "190" in out and "UD parse" in out


def test_models_info_and_offline_download_error(monkeypatch, capsys):
    monkeypatch.setenv("CODER_STANZA_DIR", str(MODELS))
    assert main(["models", "info"]) == 0
    assert str(MODELS) in capsys.readouterr().out
    import stanza

    def offline(*args, **kwargs):
        raise ConnectionError("no network")

    monkeypatch.setattr(stanza, "download", offline)
    assert main(["models", "download"]) == 1
    assert "needs network access" in capsys.readouterr().err


def test_help_is_available_everywhere(capsys):
    for args in (["--help"], ["code", "--help"], ["parse", "--help"], ["explain", "--help"],
                 ["codebook", "--help"], ["models", "--help"]):
        assert main(args) == 0
    assert "Usage" in capsys.readouterr().out


@pytest.mark.slow
def test_parse_command_writes_conllu(tmp_path):
    src = tmp_path / "story.txt"
    src.write_text("Police arrested twelve protesters in Nairobi.", encoding="utf-8")
    out = tmp_path / "story.conllu"
    assert main(["parse", str(src), "-o", str(out), "--models", str(MODELS), "--date", "2020-01-02"]) == 0
    text = out.read_text()
    assert "# newdoc id = story" in text and "# date = 2020-01-02" in text and "arrest" in text


@pytest.mark.slow
def test_bad_documents_are_reported_and_the_rest_coded(tmp_path, capsys):
    corpus = tmp_path / "corpus.jsonl"
    long_sentence = " ".join(["the army shelled the village and"] * 1700) + " the rebels attacked Damascus."
    assert len(long_sentence) > 50_000
    with corpus.open("wb") as fh:
        fh.write(json.dumps({"id": "empty", "text": "", "date": "2019-08-06"}).encode() + b"\n")
        fh.write(b'{"id": "latin1", "text": "Syrian police arrested protesters in Homs \xe9t\xe9."}\n')
        fh.write(json.dumps({"id": "long", "text": long_sentence, "date": "2019-08-06"}).encode() + b"\n")
        fh.write(json.dumps({"id": "good", "text": "Syrian police arrested protesters in Homs.",
                             "date": "2019-08-06"}).encode() + b"\n")
    out = tmp_path / "events.csv"
    assert main(["code", str(corpus), "-o", str(out), "--models", str(MODELS)]) == 0
    statuses = pd.read_csv(tmp_path / "events.documents.csv")
    by_id = dict(zip(statuses.doc_id, statuses.status))
    assert by_id["empty"] == "no-event"
    assert by_id["corpus-2"] == "rejected"  # the non-UTF-8 line, named by file and line
    assert by_id["good"] == "coded" and by_id["long"] in ("coded", "no-event")
    rejects = [json.loads(l) for l in (tmp_path / "events.rejects.jsonl").read_text().splitlines()]
    assert any("corpus.jsonl:2" in r["reason"] and "not UTF-8" in r["reason"] for r in rejects)
    events = pd.read_csv(out, dtype=str)
    assert "173" in set(events.cameo_code)


@pytest.mark.parametrize("fmt,suffix,column", [("acled", ".csv", "event_type"),
                                               ("phoenix", ".tsv", "EventCode"),
                                               ("plover", ".jsonl", "event")])
def test_code_writes_acled_phoenix_and_plover_layouts(tmp_path, fmt, suffix, column):
    corpus = tmp_path / "corpus.conllu"
    with corpus.open("w") as fh:
        write_conllu([build_document("""
            Gondorian ADJ 2 amod
            soldiers NOUN 3 nsubj soldier
            attacked VERB 0 root attack
            Mordor PROPN 3 obj""", doc_id="a", date="2019-08-06")], fh)
    out = tmp_path / f"events{suffix}"
    assert main(["code", str(corpus), "-o", str(out), "--codebook", str(SMALL_CODEBOOK),
                 "--format", fmt]) == 0
    if suffix == ".jsonl":
        rows = [json.loads(line) for line in out.read_text().splitlines()]
    else:
        rows = pd.read_csv(out, sep="\t" if suffix == ".tsv" else ",", dtype=str).to_dict("records")
    assert rows and column in rows[0]


def test_plover_layout_needs_a_jsonl_file(parsed_corpus, tmp_path, capsys):
    assert main(["code", str(parsed_corpus), "-o", str(tmp_path / "x.csv"), "--format", "plover"]) == 1
    assert "nested JSON" in capsys.readouterr().err


def explain_output(tmp_path, capsys, *sentences: str) -> str:
    """What `coder explain --conllu` prints for one hand-built document (small codebook)."""
    path = tmp_path / "d.conllu"
    with path.open("w") as fh:
        write_conllu([build_document(*sentences, doc_id="d")], fh)
    assert main(["explain", str(path), "--conllu", "--codebook", str(SMALL_CODEBOOK)]) == 0
    return capsys.readouterr().out


def test_explain_says_when_a_discard_phrase_stops_a_clause(tmp_path, capsys):
    out = explain_output(tmp_path, capsys, """
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        the DET 5 det
        football NOUN 5 compound
        match NOUN 2 obj""")
    assert "discard phrase 'football match'" in out and "discards.yaml" in out


def test_integer_columns_stay_integers_in_csv_and_parquet(parsed_corpus, tmp_path):
    for suffix in (".csv", ".parquet"):
        out = tmp_path / f"events{suffix}"
        assert main(["code", str(parsed_corpus), "-o", str(out), "--codebook", str(SMALL_CODEBOOK)]) == 0
        if suffix == ".csv":
            assert "quad_class" in out.read_text() and ",4," in out.read_text() and ",4.0," not in out.read_text()
        else:
            frame = pd.read_parquet(out)
            assert str(frame["quad_class"].dtype) in ("Int64", "int64")


def test_csv_input_with_a_huge_field_and_a_null_jsonl_source(tmp_path):
    from coder.inputs import read_inputs

    big = tmp_path / "big.csv"
    big.write_text("id,text\nlong," + "x" * 200_000 + "\n", encoding="utf-8")
    [doc] = list(read_inputs([big]))
    assert len(doc.text) == 200_000
    j = tmp_path / "a.jsonl"
    j.write_text(json.dumps({"id": "a", "text": "t", "source": None}) + "\n")
    [item] = list(read_inputs([j]))
    assert item.source == ""


def test_a_missing_input_file_fails_before_any_work(tmp_path):
    from coder.errors import InputError
    from coder.inputs import read_inputs

    good = tmp_path / "a.txt"
    good.write_text("text")
    with pytest.raises(InputError, match="nope.txt"):
        next(read_inputs([good, tmp_path / "nope.txt"]))


def test_parse_passes_parsed_documents_through_and_writes_rejects(parsed_corpus, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"id": "x", "text": 5}\n')
    out = tmp_path / "all.conllu"
    assert main(["parse", str(parsed_corpus), str(bad), "-o", str(out)]) == 0
    assert "# newdoc id = a" in out.read_text() and "# newdoc id = b" in out.read_text()
    rejects = (tmp_path / "all.rejects.jsonl").read_text()
    assert "bad.jsonl:1" in rejects


def test_oversubscribing_the_cores_is_refused(parsed_corpus, tmp_path, capsys):
    assert main(["code", str(parsed_corpus), "-o", str(tmp_path / "x.csv"), "--workers", "64"]) == 1
    assert "cores" in capsys.readouterr().err


@pytest.mark.slow
def test_code_with_two_parser_workers(tmp_path):
    import os

    if (os.cpu_count() or 1) < 2:
        pytest.skip("needs two cores")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": f"d{i}", "text": "Syrian police arrested protesters in Homs.",
                                            "date": "2019-08-06"}) for i in range(3)) + "\n")
    out = tmp_path / "ev.csv"
    assert main(["code", str(corpus), "-o", str(out), "--models", str(MODELS), "--workers", "2"]) == 0
    assert set(pd.read_csv(out).doc_id) == {"d0", "d1", "d2"}


def test_explain_resolves_pronouns_across_sentences_like_code(tmp_path, capsys):
    out = explain_output(tmp_path, capsys, """
        Arnor PROPN 2 nsubj
        met VERB 0 root meet
        Rohan PROPN 2 obj""", """
        They PRON 2 nsubj they
        attacked VERB 0 root attack
        Gondor PROPN 2 obj""")
    assert "(They)" in out and "GON" in out  # the pronoun resolved from the first sentence


def test_explain_lists_events_coded_but_not_emitted(tmp_path, capsys):
    out = explain_output(tmp_path, capsys, """
        Rohan PROPN 5 nsubj
        , PUNCT 4 punct
        which PRON 4 nsubj
        threatened VERB 1 acl:relcl threaten
        attacked VERB 0 root attack
        Gondor PROPN 5 obj""")
    assert "Coded but not emitted" in out and "background clause" in out
