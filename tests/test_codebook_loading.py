"""Codebook loading: every error with file and line; caching; dated roles."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from coder.codebook import CodebookError, load_codebook, validate_codebook
from conftest import SMALL_CODEBOOK


@pytest.fixture
def book_copy(tmp_path):
    target = tmp_path / "book"
    shutil.copytree(SMALL_CODEBOOK, target)
    manifest = target / "codebook.yaml"
    shipped = (SMALL_CODEBOOK / "../../../codebooks").resolve()
    manifest.write_text(manifest.read_text().replace("../../../codebooks", str(shipped)))
    return target


def _errors(path):
    return [p for p in validate_codebook(path) if p.severity == "error"]


def test_small_codebook_is_valid():
    assert _errors(SMALL_CODEBOOK) == []


def test_all_errors_are_collected_with_file_and_line(book_copy):
    verbs = book_copy / "verbs.yaml"
    text = verbs.read_text()
    text = text.replace('code: "130"', 'code: "999"')  # unknown CAMEO code
    text = text.replace("verbs: [meet]", "verbs: [meet]\n    patterns:\n      - {id: meet.x, code: \"040\", "
                        "match: [{slot: obj, words: [\"&NOPE\"]}]}")
    verbs.write_text(text)
    actors = book_copy / "actors.yaml"
    actors.write_text(actors.read_text().replace("from: 2000-01-01", "from: 2000-13-01"))
    errors = _errors(book_copy)
    messages = {(e.file.split("/")[-1], e.line, e.message.split(":")[0]) for e in errors}
    lines = verbs.read_text().splitlines()
    code_line = next(i for i, l in enumerate(lines, 1) if '"999"' in l)
    assert ("verbs.yaml", code_line, "unknown CAMEO code 999") in messages
    assert any(f == "verbs.yaml" and m.startswith("undefined synset &NOPE") for f, _, m in messages)
    assert any(f == "actors.yaml" and e.line > 0 for e in errors for f in [e.file.split("/")[-1]])
    with pytest.raises(CodebookError) as info:
        load_codebook(book_copy, use_cache=False)
    assert len(info.value.problems) >= 3


def test_yaml_syntax_error_reports_its_line(book_copy):
    (book_copy / "agents.yaml").write_text("kind: agents\nentries:\n  - {code: COP, names: [police]\n  - x\n")
    [error] = _errors(book_copy)
    assert error.file.endswith("agents.yaml") and error.line in (3, 4)
    assert "YAML syntax error" in error.message


def test_unquoted_numeric_code_gets_a_hint(book_copy):
    verbs = book_copy / "verbs.yaml"
    verbs.write_text(verbs.read_text().replace('code: "173"', "code: 173"))
    errors = _errors(book_copy)
    assert any("quote it" in e.message for e in errors)


def test_duplicate_pattern_is_an_error(book_copy):
    verbs = book_copy / "verbs.yaml"
    verbs.write_text(verbs.read_text().replace(
        "      - {id: withdraw.military,",
        "      - {id: withdraw.again, code: \"0874\", match: [{slot: obj, words: [\"&MILITARY\"]}]}\n"
        "      - {id: withdraw.military,"))
    assert any("duplicates" in e.message for e in _errors(book_copy))


def test_compiled_codebook_is_cached_and_invalidated_by_edits(book_copy):
    first = load_codebook(book_copy)
    again = load_codebook(book_copy)
    assert again.fingerprint == first.fingerprint
    actors = book_copy / "actors.yaml"
    actors.write_text(actors.read_text() + "  - {names: [Lothlorien], code: LOT}\n")
    edited = load_codebook(book_copy)
    assert edited.fingerprint != first.fingerprint
    assert edited.actors.longest_at(["lothlorien"]) is not None


def test_narrowest_dated_role_wins(small_codebook):
    _, aragorn = small_codebook.actors.longest_at(["aragorn"])
    assert aragorn.code_on(dt.date(2005, 1, 1)) == "ARNGOV"
    assert aragorn.code_on(dt.date(2011, 1, 1)) == "ARNELI"
    assert aragorn.code_on(None) == "ARNELI"


def test_problems_keep_their_lines_when_files_come_from_the_per_file_cache(book_copy):
    actors = book_copy / "actors.yaml"
    actors.write_text(actors.read_text().replace("from: 2000-01-01", "from: 2000-13-01"))
    first = [(p.file, p.line, p.message) for p in validate_codebook(book_copy)]
    again = [(p.file, p.line, p.message) for p in validate_codebook(book_copy)]  # files now cached
    assert first == again and any(line > 1 for _, line, _ in first)


def test_short_prefix_names_match_and_empty_roles_are_refused(book_copy):
    actors = book_copy / "actors.yaml"
    actors.write_text(actors.read_text() + "  - {names: [al* qaida], code: IMGQAI}\n")
    book = load_codebook(book_copy, use_cache=False)
    assert book.actors.longest_at(["al-", "qaida"]) is not None or book.actors.longest_at(["al", "qaida"])
    actors.write_text(actors.read_text() + "  - {names: [nobody], roles: []}\n")
    assert any("should be non-empty" in e.message or "too short" in e.message for e in _errors(book_copy))


@pytest.mark.slow
def test_the_wheel_carries_the_default_codebook(tmp_path):
    import subprocess
    import sys
    import zipfile

    from conftest import ROOT

    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)],
                   check=True, capture_output=True)
    [wheel] = list(tmp_path.glob("coder-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "coder_codebooks/codebook.yaml" in names and "coder/schemas/event.schema.json" in names
    assert any(n.startswith("coder_codebooks/imported/verbs/") for n in names)


def test_synset_names_keep_their_underscores_in_pattern_words():
    from coder.codebook import parse_word_spec

    assert parse_word_spec("&ARMED_GROUP").head == "&ARMED_GROUP"
    spec = parse_word_spec("financial_aid")
    assert (spec.head, spec.modifiers) == ("aid", ("financial",))
    assert parse_word_spec("&MILITARY convoy").modifiers == ("&MILITARY",)


def test_equal_roles_and_pattern_specs_are_compiled_once(tmp_path, monkeypatch):
    """Two actors with the same dated role share one Role; patterns that repeat a slot or a
    word share its spec (the cached codebook stores each once); values are as written."""
    monkeypatch.setenv("CODER_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "codebook.yaml").write_text("name: t\ncameo: shipped:cameo.yaml\nactors: [actors.yaml]\n"
                                            "verbs: [verbs.yaml]\ncountries: false\n")
    (tmp_path / "actors.yaml").write_text(
        "kind: actors\nentries:\n"
        "- names: [elrond]\n  roles:\n  - {code: RIVGOV, from: '2001-01-01', to: '2002-12-31'}\n"
        "- names: [arwen]\n  roles:\n  - {code: RIVGOV, from: '2001-01-01', to: '2002-12-31'}\n"
        "  - {code: RIVGOV, from: '2003-01-01'}\n")
    (tmp_path / "verbs.yaml").write_text(
        "kind: verbs\nentries:\n- id: TALK\n  code: '040'\n  verbs: [parley]\n  patterns:\n"
        "  - {id: TALK-1, code: '040', match: [{slot: obj, words: [envoy]}]}\n"
        "  - {id: TALK-2, code: '040', match: [{slot: obj, words: [envoy]}, {slot: obl, prep: with, words: [envoy]}]}\n")
    book = load_codebook(tmp_path, use_cache=False)
    (_, elrond), = book.actors.exact["elrond"]
    (_, arwen), = book.actors.exact["arwen"]
    assert elrond.roles[0] is arwen.roles[0]
    assert [(r.code, r.start, r.end) for r in arwen.roles] == [
        ("RIVGOV", dt.date(2001, 1, 1), dt.date(2002, 12, 31)), ("RIVGOV", dt.date(2003, 1, 1), None)]
    patterns = {p.id: p for p in book.blocks["TALK"].patterns}
    one, two = patterns["TALK-1"], patterns["TALK-2"]
    assert one.match[0] is two.match[0] and two.match[0].words[0] is two.match[1].words[0]
    assert [(s.slot, s.prep, [w.head for w in s.words]) for s in two.match] == [
        ("obj", None, ["envoy"]), ("obl", "with", ["envoy"])]
