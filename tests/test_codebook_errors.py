"""Errors as data: one catalogue of codes; problems, rejects and errors carry their code."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest
from conftest import ROOT, SMALL_CODEBOOK
from typer.testing import CliRunner

import coder
from coder.cli_codebook import app
from coder.codebook import CodebookError, load_codebook, validate_codebook
from coder.errors import CATALOGUE, CoderError, Problem, error_code
from coder.lint import lint_codebook, summarize
from coder.schema import Rejected, validate_records


def test_every_code_is_unique_and_its_severity_matches_its_letter():
    for code, entry in CATALOGUE.items():
        assert entry.code == code and re.fullmatch(r"[EW]\d{3}", code)
        assert (entry.severity == "warning") == code.startswith("W")
        assert entry.kind and "{" not in entry.kind


def test_the_old_constructor_still_works_and_catalogue_problems_format_their_template():
    old = Problem("error", "a.yaml", 3, "something is wrong")
    assert old.code == "" and old.kind == "" and str(old) == "a.yaml:3: error: something is wrong"
    new = Problem.of("E231", "verbs.yaml", 12, "entries[3].code", code="999")
    assert (new.severity, new.message, new.kind) == ("error", "unknown CAMEO code 999", "cameo-unknown")
    assert str(new) == "verbs.yaml:12: error E231: unknown CAMEO code 999 (entries[3].code)"
    with pytest.raises(KeyError, match="E999"):
        Problem.of("E999", "x", 0)


def _codes_used_in_source() -> set[str]:
    """Every 'E123'/'W123' string literal in the package's Python."""
    found = set()
    for path in (ROOT / "coder").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and re.fullmatch(r"[EW]\d{3}", node.value):
                found.add(node.value)
    return found


def test_every_code_the_package_uses_is_in_the_catalogue():
    assert _codes_used_in_source() - set(CATALOGUE) == set()


def test_every_error_class_has_a_catalogued_code():
    for info in pkgutil.walk_packages(coder.__path__, "coder."):
        if info.name.startswith(("coder.serve", "coder.run", "coder.code_new")):
            continue  # optional extras and work in progress of other stages
        try:
            importlib.import_module(info.name)
        except ImportError:
            continue
    classes, stack = [], [CoderError]
    while stack:
        cls = stack.pop()
        classes.append(cls)
        stack.extend(cls.__subclasses__())
    assert len(classes) > 3
    for cls in classes:
        assert cls.code in CATALOGUE, cls


def test_codebook_problems_all_carry_codes(tmp_path):
    import shutil

    book = tmp_path / "book"
    shutil.copytree(SMALL_CODEBOOK, book)
    verbs = book / "verbs.yaml"
    verbs.write_text(verbs.read_text().replace('code: "190"', 'code: "999"', 1) + "  - {id: x}\n")
    problems = validate_codebook(book)
    assert problems and all(p.code in CATALOGUE for p in problems)
    with pytest.raises(CodebookError) as info:
        load_codebook(book, use_cache=False)
    assert info.value.code == "E201" and info.value.kind == "codebook"
    assert all(p.code for p in info.value.problems)


def test_validate_prints_each_problem_with_its_code(tmp_path):
    import shutil

    book = tmp_path / "book"
    shutil.copytree(SMALL_CODEBOOK, book)
    (book / "agents.yaml").write_text("kind: agents\nentries: [{names: [x]}]\n")
    result = CliRunner().invoke(app, ["validate", str(book)])
    assert result.exit_code == 1
    assert re.search(r"agents\.yaml:2: error E207: 'code' is a required property", result.output)


def test_lint_warnings_have_codes_and_the_summary_groups_by_kind(tmp_path):
    root = tmp_path / "cb"
    root.mkdir()
    (root / "cameo.yaml").write_bytes((ROOT / "codebooks" / "cameo.yaml").read_bytes())
    (root / "codebook.yaml").write_text("name: t\ncameo: cameo.yaml\nactors: [a.yaml]\ncountries: false\n")
    (root / "a.yaml").write_text("kind: actors\nentries:\n  - {names: [the, x], code: GON}\n")
    problems = lint_codebook(root)
    assert [p.code for p in problems] == ["W701", "W702"]
    assert summarize(problems) == {"W701 name-stopword": 1, "W702 name-short": 1}


def test_rejects_carry_a_code_from_their_stage_unless_given_one():
    assert Rejected("d1", "not UTF-8", stage="read").code == "E002"
    assert Rejected("d1", "boom", stage="parse").kind == "parse-failed"
    assert Rejected("d1", "x", stage="read", code="E001").code == "E001"
    _, rejected = validate_records([{"doc_id": "d9"}])
    assert rejected[0].code == "E310" and rejected[0].doc_id == "d9"


def test_errors_module_is_a_leaf():
    tree = ast.parse((ROOT / "coder" / "errors.py").read_text())
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert not any(m and m.startswith("coder") for m in imported)
    assert error_code("E205").kind == "yaml-tag"
    assert Path(__file__).name.startswith("test_codebook_")


def test_validate_and_lint_print_json_for_tools(tmp_path):
    import json
    import shutil

    book = tmp_path / "book"
    shutil.copytree(SMALL_CODEBOOK, book)
    (book / "agents.yaml").write_text("kind: agents\nentries: [{names: [x]}]\n")
    result = CliRunner().invoke(app, ["validate", str(book), "--json"])
    found = json.loads(result.stdout)
    assert result.exit_code == 1 and [(p["code"], p["kind"], p["line"]) for p in found] == [("E207", "schema", 2)]
    result = CliRunner().invoke(app, ["lint", str(book), "--json"])
    assert result.exit_code == 0 and all(p["code"].startswith("W7") for p in json.loads(result.stdout))
