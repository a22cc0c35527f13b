"""`coder serve`: every page and every refusal, through Starlette's test client, on a made-up
world (a copy of the small codebook, a hand-parsed corpus, hand-built parses for typed text)."""

from __future__ import annotations

import re
import shutil
import time
from dataclasses import replace

import pandas as pd
import pytest
from starlette.testclient import TestClient

from coder.codebook import validate_codebook
from coder.serve import create_app
from coder.serve import entries as E
from test_serve_world import HARAD, make_bench


@pytest.fixture
def bench(tmp_path):
    return make_bench(tmp_path)


@pytest.fixture
def client(bench):
    return TestClient(create_app(bench))


def test_every_page_answers(client):
    for path in ("/explain", "/events", "/codebook", "/benchmarks"):
        page = client.get(path)
        assert page.status_code == 200, path
        assert 'href="/static/style.css"' in page.text and "http://" not in page.text.split("<main>")[0]
    assert client.get("/", follow_redirects=False).status_code == 307
    assert "kind: actors" not in client.get("/static/app.js").text and client.get("/static/app.js").status_code == 200


# ---------------------------------------------------------------------- explain

def test_explaining_a_sentence_shows_the_tree_the_patterns_and_the_event_with_its_fields(client):
    page = client.get("/explain", params={"text": "Gondor attacked Mordor.", "date": "2019-05-01"})
    assert page.status_code == 200
    html = page.text
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="deptree"' in html
    assert html.count('class="word') == 4 and ">nsubj</text>" in html and ">obj</text>" in html
    assert 'class="word actor"' in html and 'class="word event"' in html
    row = re.search(r'<tr class="event">(.*?)</tr>', html, re.S).group(1)
    assert "<b>GON</b>" in row and "<b>MOR</b>" in row and ">190<" in row
    assert "ASSAULT" in row or "Battles" in row or "conventional" in row  # name, PLOVER or ACLED fields
    assert "/codebook/ref?ref=verbs.yaml%3A" in html  # the pattern links to its codebook entry
    assert "/codebook/ref?ref=actors.yaml%3A" in html  # and so do the actors


def test_an_empty_sentence_or_a_bad_date_is_refused_with_a_message(client):
    empty = client.get("/explain", params={"text": "  ", "date": ""})
    assert empty.status_code == 400 and "type a sentence" in empty.text
    bad = client.get("/explain", params={"text": "Gondor attacked Mordor.", "date": "May 1st"})
    assert bad.status_code == 400 and "date" in bad.text and "YYYY-MM-DD" in bad.text


def test_a_corpus_sentence_is_explained_from_its_cached_parse(client):
    page = client.get("/explain/corpus", params={"doc": "harad1", "sentence": 1})
    assert page.status_code == 200 and "Harad attacked Gondor" in page.text and ">190<" in page.text
    assert client.get("/explain/corpus", params={"doc": "nowhere", "sentence": 0}).status_code == 404
    assert client.get("/explain/corpus", params={"doc": "harad1", "sentence": 7}).status_code == 404
    assert client.get("/explain/corpus", params={"doc": "harad1", "sentence": "x"}).status_code == 400


def test_a_corpus_sentence_shows_the_events_coded_with_its_document_when_they_differ(tmp_path):
    from coder.parse import write_conllu
    from test_serve_world import document

    corpus = tmp_path / "pronoun.conllu"
    with corpus.open("w", encoding="utf-8") as fh:
        write_conllu([document("pron1", "2019-05-01", ["Gondor attacked Mordor .", "It threatened Rohan ."])], fh)
    client = TestClient(create_app(make_bench(tmp_path, corpus=corpus)))
    page = client.get("/explain/corpus", params={"doc": "pron1", "sentence": 1}).text
    alone, _, with_document = page.partition("Events of this sentence in the corpus")
    assert with_document, "the document's events are shown when they differ"
    # "It" takes an actor of the first sentence only when the document is coded as a whole
    assert "<b>MOR</b>" in with_document and "<b>MOR</b>" not in alone.split("<h3>Events</h3>")[1]
    first = client.get("/explain/corpus", params={"doc": "pron1", "sentence": 0}).text
    assert "Events of this sentence in the corpus" not in first  # the same events: shown once


def test_a_codebook_ref_opens_its_entry(client):
    page = client.get("/codebook/ref", params={"ref": "actors.yaml:4", "kind": "actors"})
    assert page.status_code == 200 and "Gondor, Gondorian, Minas Tirith" in page.text
    assert client.get("/codebook/ref", params={"ref": "nothing.yaml:3"}).status_code == 404


# ---------------------------------------------------------------------- events

def test_the_events_table_filters_sorts_and_links_to_the_explained_sentence(client):
    everything = client.get("/events")
    assert "<b>4</b> of 4 events" in everything.text
    gondor = client.get("/events", params={"actor": "GON"})
    assert "<b>2</b> of 4 events" in gondor.text
    assert client.get("/events", params={"code": "17"}).text.count('class="event-row"') == 1
    assert "<b>1</b> of 4" in client.get("/events", params={"date_from": "2019-06-01", "date_to": "2019-06-30"}).text
    assert "<b>2</b> of 4" in client.get("/events", params={"quad": "4", "actor": "GON"}).text
    by_code = client.get("/events", params={"sort": "cameo_code", "desc": "1"}).text
    codes = re.findall(r'<td class="cameo_code">(\d+)</td>', by_code)
    assert codes == sorted(codes, reverse=True)
    assert "/explain/corpus?doc=war1&amp;sentence=0" in everything.text
    assert "<svg" in everything.text and 'class="map"' in everything.text


def test_a_bad_filter_is_named(client):
    page = client.get("/events", params={"date_from": "yesterday"})
    assert page.status_code == 400 and "not YYYY-MM-DD" in page.text


def test_an_events_file_outside_the_output_folder_is_refused(client, tmp_path):
    (tmp_path / "elsewhere.csv").write_text("doc_id\nx\n")
    page = client.get("/events", params={"source": str(tmp_path / "elsewhere.csv")})
    assert page.status_code == 403 and "outside the folders" in page.text
    assert client.get("/events", params={"source": "../elsewhere.csv"}).status_code == 403


def test_an_events_file_of_100000_rows_is_paged_on_the_server(tmp_path):
    n = 100_000
    frame = pd.DataFrame({
        "doc_id": [f"d{i}" for i in range(n)], "sentence_index": 0,
        "date": [f"2020-{1 + i % 12:02d}-{1 + i % 28:02d}" for i in range(n)],
        "source_code": ["GON", "MOR", "ROH", "ARN"] * (n // 4), "target_code": ["MOR", "GON", "", "ROH"] * (n // 4),
        "cameo_code": ["190", "051", "130", "0874"] * (n // 4), "quad_class": [4, 1, 3, 4] * (n // 4),
        "event_type": ["Battles", "", "", "Strategic developments"] * (n // 4),
        "latitude": [10.0 + i % 50 for i in range(n)], "longitude": [20.0 + i % 90 for i in range(n)],
        "confidence": [(i % 100) / 100 for i in range(n)],
    })
    out = tmp_path / "out"
    out.mkdir()
    frame.to_parquet(out / "big.parquet")
    bench = make_bench(tmp_path, corpus=None)
    client = TestClient(create_app(bench))
    client.get("/events", params={"source": "big.parquet"})  # first read of the file
    started = time.perf_counter()
    page = client.get("/events", params={"source": "big.parquet", "actor": "GON", "min_confidence": "0.5",  # source or target
                                         "sort": "date", "page": "3"})
    elapsed = time.perf_counter() - started
    assert page.status_code == 200
    expected = int((((frame.source_code == "GON") | (frame.target_code == "GON")) & (frame.confidence >= 0.5)).sum())
    assert expected == 24000
    assert f"<b>{expected}</b> of 100000 events" in page.text and f"page 3 of {expected // 50}" in page.text
    assert page.text.count('class="event-row"') == 50
    assert elapsed < 10, elapsed  # a bound against pathologies; the README has the measured time (about 0.2 s)


# ---------------------------------------------------------------------- codebook

def _save(client, bench, text, line="", file="actors.yaml", **extra):
    return client.post("/codebook/save", data={"token": bench.token, "file": file, "line": line, "text": text,
                                               **extra})


def test_search_finds_actors_verbs_and_discards_with_file_and_line(client):
    page = client.get("/codebook", params={"q": "gondor"})
    assert "actors.yaml:4" in page.text
    assert "verbs.yaml:" in client.get("/codebook", params={"q": "withdraw", "kind": "verbs"}).text
    assert "discards.yaml:3" in client.get("/codebook", params={"q": "football"}).text


def test_validation_as_you_type_gives_the_errors_of_codebook_validate(client, bench, tmp_path):
    ok = client.post("/api/validate", data={"token": bench.token, "file": "actors.yaml", "text": HARAD})
    assert ok.json()["ok"] is True
    bad_yaml = client.post("/api/validate", data={"token": bench.token, "file": "actors.yaml",
                                                  "text": "names: [Harad\ncode: HAR\n"}).json()
    assert not bad_yaml["ok"] and "invalid YAML" in bad_yaml["problems"][0]["message"]
    assert bad_yaml["problems"][0]["line"] == 2
    wrong = "names: Harad\ncode: 12\n"
    answer = client.post("/api/validate", data={"token": bench.token, "file": "actors.yaml", "text": wrong}).json()
    # the same problems `coder codebook validate` reports once the entry is in the file
    copy = tmp_path / "copy"
    shutil.copytree(bench.root, copy)
    (copy / "actors.yaml").write_text((copy / "actors.yaml").read_text() + "  - names: Harad\n    code: 12\n")
    expected = [(p.file.rsplit("/", 1)[-1], p.line, p.message) for p in validate_codebook(copy) if p.severity == "error"]
    got = [(p["file"], p["line"], p["message"]) for p in answer["problems"] if p["severity"] == "error"]
    assert got == expected and len(got) == 2


def test_writes_without_the_runs_token_are_refused(client, bench):
    before = (bench.root / "actors.yaml").read_text()
    missing = client.post("/codebook/save", data={"file": "actors.yaml", "text": HARAD})
    stale = client.post("/codebook/save", data={"token": "from-an-earlier-run", "file": "actors.yaml", "text": HARAD})
    assert missing.status_code == stale.status_code == 403 and "stale or missing token" in stale.text
    assert client.post("/api/validate", data={"token": "old", "file": "actors.yaml", "text": HARAD}).status_code == 403
    assert client.post("/codebook/undo", data={}).status_code == 403
    assert client.post("/codebook/recode", data={"token": "old"}).status_code == 403
    assert client.post("/benchmarks/run", data={"token": "old", "gold": "sample.csv"}).status_code == 403
    assert (bench.root / "actors.yaml").read_text() == before


def test_a_path_outside_the_codebook_folder_is_refused(client, bench, tmp_path):
    (tmp_path / "outside.yaml").write_text("kind: actors\nentries: []\n")
    for name in ("../outside.yaml", str(tmp_path / "outside.yaml"), "../corpus.conllu"):
        answer = _save(client, bench, HARAD, file=name)
        assert answer.status_code == 403 and "outside the folders" in answer.text, name
        assert client.get("/codebook/entry", params={"file": name, "line": 1}).status_code == 403
    assert (tmp_path / "outside.yaml").read_text() == "kind: actors\nentries: []\n"
    not_listed = _save(client, bench, HARAD, file="codebook.yaml")
    assert not_listed.status_code == 404 and "not an editable file" in not_listed.text
    assert client.get("/files/../book/actors.yaml").status_code in (403, 404)


def test_an_invalid_entry_is_not_saved(client, bench):
    before = (bench.root / "actors.yaml").read_text()
    bad_yaml = _save(client, bench, "names: [Harad\n")
    assert bad_yaml.status_code == 400 and "invalid YAML" in bad_yaml.text and "names: [Harad" in bad_yaml.text
    unknown_code = _save(client, bench, "names: [Harad]\ncode: 12\n")
    assert unknown_code.status_code == 400 and "not saved" in unknown_code.text and "actors.yaml:" in unknown_code.text
    assert (bench.root / "actors.yaml").read_text() == before
    assert bench.undo_stack == []


def test_adding_an_actor_recodes_the_corpus_shows_the_difference_and_undo_restores_it(client, bench):
    before = (bench.root / "actors.yaml").read_text()
    saved = _save(client, bench, HARAD)
    assert saved.status_code == 200
    assert re.search(r'<b class="added">1 added</b>, <b class="removed">0 removed</b>,\s*<b class="changed">2 changed', saved.text)
    assert "2 of 5 documents re-coded" in saved.text  # only those that mention Harad
    added = re.search(r'<tr class="added">(.*?)</tr>', saved.text, re.S).group(1)
    assert "harad2:0" in added and "HAR →" in added and "<b>080</b>" in added
    assert "/explain/corpus?doc=harad2&amp;sentence=0" in added
    assert "- names: [Harad, Haradrim]" in (bench.root / "actors.yaml").read_text()
    assert "<b>3</b> of 5 events" in client.get("/events", params={"actor": "HAR"}).text
    explained = client.get("/explain", params={"text": "Harad attacked Gondor.", "date": "2019-05-02"})
    assert "<b>HAR</b>" in explained.text  # the explanation uses the saved codebook at once

    undone = client.post("/codebook/undo", data={"token": bench.token})
    assert undone.status_code == 200 and "1 removed" in undone.text and "2 changed" in undone.text
    assert (bench.root / "actors.yaml").read_text() == before
    assert "<b>0</b> of 4 events" in client.get("/events", params={"actor": "HAR"}).text
    nothing = client.post("/codebook/undo", data={"token": bench.token})
    assert nothing.status_code == 409 and "nothing to undo" in nothing.text


def test_a_hyphenated_name_finds_its_documents_however_the_tokenizer_split_it(tmp_path):
    from coder.doc import Document
    from coder.parse import write_conllu
    from conftest import build_sentence

    one = build_sentence("Gondor-backed ADJ 2 amod\nrebels NOUN 3 nsubj rebel\nattacked VERB 0 root attack\n"
                         "Mordor PROPN 3 obj", "one")
    three = build_sentence("Gondor PROPN 3 compound\n- PUNCT 3 punct\nbacked VERB 4 amod back\n"
                           "rebels NOUN 5 nsubj rebel\nattacked VERB 0 root attack\nMordor PROPN 5 obj", "three")
    corpus = tmp_path / "hyphen.conllu"
    with corpus.open("w", encoding="utf-8") as fh:
        write_conllu([Document(s.doc_id, s.text, (s,)) for s in (one, three)], fh)
    bench = make_bench(tmp_path, corpus=corpus)
    words = {("gondor", "backed", "rebels")}  # phrases() of the name "Gondor-backed rebels"
    assert E.phrases(["Gondor-backed rebels"]) == words
    assert bench.affected(words) == [0, 1]


def test_editing_and_deleting_an_entry_in_place(client, bench):
    entry = client.get("/codebook/entry", params={"file": "actors.yaml", "line": 5})
    assert "{names: [Mordor], code: MOR, type: country, country: MOR}" in entry.text
    renamed = _save(client, bench, "{names: [Mordor, Harad], code: MOR, type: country, country: MOR}", line="5")
    assert renamed.status_code == 200 and "2 changed" in renamed.text and "1 added" in renamed.text
    deleted = _save(client, bench, "", line="5", delete="1")
    assert deleted.status_code == 200 and "Mordor" not in (bench.root / "actors.yaml").read_text()
    assert "removed" in deleted.text
    client.post("/codebook/undo", data={"token": bench.token})
    client.post("/codebook/undo", data={"token": bench.token})
    assert "{names: [Mordor], code: MOR" in (bench.root / "actors.yaml").read_text()


def test_undo_refuses_when_the_file_changed_on_disk(client, bench):
    _save(client, bench, HARAD)
    (bench.root / "actors.yaml").write_text((bench.root / "actors.yaml").read_text() + "\n# edited by hand\n")
    answer = client.post("/codebook/undo", data={"token": bench.token})
    assert answer.status_code == 409 and "changed on disk" in answer.text


def test_recoding_the_whole_corpus_changes_nothing_without_an_edit(client, bench):
    page = client.post("/codebook/recode", data={"token": bench.token})
    assert page.status_code == 200 and "5 of 5 documents re-coded" in page.text and "No event changed" in page.text


# ---------------------------------------------------------------------- benchmarks

def test_a_benchmark_runs_on_a_gold_file_and_two_reports_compare(client, bench):
    page = client.get("/benchmarks")
    assert "sample.csv" in page.text
    bench.run_benchmark("sample.csv", wait=True)
    assert bench.bench_job["state"] == "done", bench.bench_job
    reports = bench.report_files()
    assert len(reports) == 1
    shown = client.get("/benchmarks", params={"report": reports[0]})
    assert shown.status_code == 200 and "3 records" in shown.text and "F1 micro" in shown.text
    assert client.get(f"/files/{reports[0][:-4]}html").status_code == 200
    time.sleep(1.1)  # report folders are named by the second
    started = client.post("/benchmarks/run", data={"token": bench.token, "gold": "sample.csv"}, follow_redirects=False)
    assert started.status_code == 303
    for _ in range(600):
        if bench.bench_job["state"] != "running":
            break
        time.sleep(0.1)
    a, b = bench.report_files()
    compared = client.get("/benchmarks", params={"a": a, "b": b})
    assert compared.status_code == 200 and 'id="comparison"' in compared.text


def test_benchmark_refusals(client, bench, tmp_path):
    missing = client.post("/benchmarks/run", data={"token": bench.token, "gold": "nothing.csv"})
    assert missing.status_code == 404
    outside = client.post("/benchmarks/run", data={"token": bench.token, "gold": "../corpus.conllu"})
    assert outside.status_code == 403
    assert client.get("/benchmarks", params={"report": "../corpus.conllu"}).status_code == 403
    odd = client.post("/benchmarks/run", data={"token": bench.token, "gold": "sample.csv", "codebook": "mine"})
    assert odd.status_code == 400 and "not workbench or default" in odd.text
    assert client.get("/benchmarks", params={"a": "x/report.json", "b": "y/report.json"}).status_code == 404
    for name in ("x", "y"):  # report files that are not coder reports: a clear 400, not a crash
        (bench.output / name).mkdir(parents=True, exist_ok=True)
        (bench.output / name / "report.json").write_text("{not json")
    broken = client.get("/benchmarks", params={"a": "x/report.json", "b": "y/report.json"})
    assert broken.status_code == 400 and "not a readable report.json" in broken.text


# ---------------------------------------------------------------------- serving

def test_requests_for_another_host_name_are_refused(client):
    assert client.get("/explain", headers={"host": "evil.example"}).status_code == 400


def test_coder_serve_binds_to_this_machine_by_default_and_prints_its_address(tmp_path, monkeypatch):
    import uvicorn
    from typer.testing import CliRunner

    from coder.cli import app
    from test_serve_world import make_world

    world = make_world(tmp_path)
    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app_, host, port, **kw: seen.update(host=host, port=port, app=app_))
    result = CliRunner().invoke(app, ["serve", "--codebook", str(world["codebook"]), "--corpus", str(world["corpus"]),
                                      "--output", str(world["output"]), "--port", "8799"])
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8799
    assert "http://127.0.0.1:8799/" in result.output
    missing = CliRunner().invoke(app, ["serve", "--codebook", str(world["codebook"]), "--corpus",
                                       str(tmp_path / "none.conllu"), "--output", str(world["output"])])
    assert missing.exit_code != 0


@pytest.mark.slow
def test_explaining_with_the_compact_model_answers_within_half_a_second(tmp_path):
    """The real parser (loaded once) and the small codebook: the measured figure of the README."""
    from conftest import MODELS
    from coder.serve import ServeConfig, Workbench

    if not MODELS.is_dir():
        pytest.skip(f"no stanza model at {MODELS}")
    world_book = tmp_path / "book"
    from conftest import SMALL_CODEBOOK

    shutil.copytree(SMALL_CODEBOOK, world_book)
    bench = Workbench(ServeConfig(codebook=world_book, output=tmp_path / "out", models=MODELS))
    client = TestClient(create_app(bench))
    client.get("/explain", params={"text": "Gondor attacked Mordor.", "date": "2019-05-01"})  # loads the model
    times = []
    for text in ("Gondor attacked Mordor on Tuesday.", "The police arrested rebels in Rohan.",
                 "Aragorn met the king of Rohan in Minas Tirith."):
        started = time.perf_counter()
        page = client.get("/explain", params={"text": text, "date": "2005-06-01"})
        times.append(time.perf_counter() - started)
        assert page.status_code == 200 and 'class="deptree"' in page.text
    assert min(times) < 1.5, times  # the README has the measured time (0.13 s median); this bounds pathologies


def test_the_dependency_tree_escapes_every_field_of_a_parse():
    # a corpus file is the user's, but its fields are text: a tag is never markup on the page
    from coder.serve.svg import dependency_tree
    from conftest import build_sentence

    sentence = build_sentence("""
        Gondor PROPN 2 nsubj
        attacked VERB 0 root attack""")
    tokens = list(sentence.tokens)
    tokens[0] = replace(tokens[0], upos="<img src=x onerror=alert(1)>")
    svg = dependency_tree(replace(sentence, tokens=tuple(tokens)))
    assert "<img" not in svg and "&lt;img" in svg


def test_an_exposed_workbench_answers_the_host_names_it_was_given_and_no_other(tmp_path, monkeypatch):
    import uvicorn
    from typer.testing import CliRunner

    from coder.cli import app
    from test_serve_world import make_world

    world = make_world(tmp_path)
    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app_, host, port, **kw: seen.update(app=app_))
    result = CliRunner().invoke(app, ["serve", "--codebook", str(world["codebook"]), "--output", str(world["output"]),
                                      "--host", "0.0.0.0", "--allowed-host", "box.lan"])
    assert result.exit_code == 0 and "--allowed-host" in result.output
    assert TestClient(seen["app"], base_url="http://box.lan").get("/explain").status_code == 200
    assert TestClient(seen["app"], base_url="http://evil.example").get("/explain").status_code == 400


def test_benchmark_runs_started_in_the_same_second_write_to_folders_of_their_own(bench):
    first, second = bench.benchmarks._new_folder("sample-1"), bench.benchmarks._new_folder("sample-1")
    assert first != second and first.is_dir() and second.is_dir()
