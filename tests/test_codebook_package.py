"""The codebook package: parts without import circles, typed ACLED rules compiled with the
codebook, the language profile the manifest names, frozen compiled values."""

from __future__ import annotations

import ast
import dataclasses
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, SMALL_CODEBOOK

from coder.acled.rules import rules_for
from coder.codebook import AcledRules, Codebook, Rule, load_codebook, validate_codebook

PACKAGE = ROOT / "coder" / "codebook"


def _project_imports(path: Path) -> set[str]:
    """Modules of the project a file imports (anywhere in it, functions included)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("coder"):
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("coder"))
    return out


def test_the_model_imports_only_leaf_type_modules():
    assert _project_imports(PACKAGE / "model.py") <= {"coder.errors", "coder.lang.profile"}


def test_the_package_parts_import_each_other_without_circles():
    graph = {f.stem: {m.rsplit(".", 1)[1] for m in _project_imports(f) if m.startswith("coder.codebook.")}
             for f in PACKAGE.glob("*.py")}
    done: set[str] = set()

    def visit(node: str, path: tuple[str, ...]) -> None:
        assert node not in path, f"import circle: {' -> '.join(path + (node,))}"
        if node in done:
            return
        for dep in graph.get(node, ()):
            visit(dep, path + (node,))
        done.add(node)

    for name in graph:
        visit(name, ())
    outside = {m for f in PACKAGE.glob("*.py") for m in _project_imports(f)
               if not m.startswith(("coder.codebook", "coder.errors", "coder.lang"))}
    assert outside == set()  # nothing from the coder, enrichment or tools


def test_acled_rules_are_compiled_with_the_codebook_and_rules_for_returns_them():
    book = load_codebook(SMALL_CODEBOOK, use_cache=False)
    assert isinstance(book.acled, AcledRules) and rules_for(book) is book.acled
    assert book.acled.event_rules and all(isinstance(r, Rule) for r in book.acled.event_rules)
    assert book.acled.files[0].endswith("acled.yaml") and book.stats()["acled_rules"] == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        book.name = "other"  # type: ignore[misc]


def test_the_manifest_names_the_language_profile(tmp_path):
    book = load_codebook(SMALL_CODEBOOK, use_cache=False)
    assert book.language == "en" and book.profile is not None and book.profile.code == "en"
    root = tmp_path / "book"
    shutil.copytree(SMALL_CODEBOOK, root)
    shutil.copy(ROOT / "coder" / "lang" / "en.yaml", root / "mine.yaml")
    manifest = root / "codebook.yaml"
    manifest.write_text(manifest.read_text() + "language: mine.yaml\n")
    own = load_codebook(root, use_cache=False)
    assert own.language == "mine.yaml" and own.profile.source == str(root / "mine.yaml")
    manifest.write_text(manifest.read_text().replace("language: mine.yaml", "language: zz"))
    problems = [p for p in validate_codebook(root) if p.severity == "error"]
    assert [p.code for p in problems] == ["E250"] and "zz" in problems[0].message


def test_a_cached_codebook_equals_a_compiled_one(tmp_path, monkeypatch):
    monkeypatch.setenv("CODER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("CODER_KEY_FILE", str(tmp_path / "key"))
    compiled = load_codebook(SMALL_CODEBOOK)
    cached = load_codebook(SMALL_CODEBOOK)
    assert isinstance(cached, Codebook) and cached is not compiled
    assert cached == dataclasses.replace(compiled)  # every field, the profile and rules included
