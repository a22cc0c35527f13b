"""Files a manifest names stay inside the codebook folder; YAML tags are refused."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest
from conftest import SMALL_CODEBOOK

from coder.codebook import CodebookError, load_codebook, validate_codebook
from coder.lint import lint_codebook


@pytest.fixture
def book(tmp_path) -> Path:
    root = tmp_path / "outer" / "book"
    shutil.copytree(SMALL_CODEBOOK, root)
    return root


def _manifest(root: Path, **changes: str) -> None:
    path = root / "codebook.yaml"
    text = path.read_text()
    for old, new in changes.items():
        assert old in text, old
        text = text.replace(old, new)
    path.write_text(text)


def _errors(root: Path):
    return [p for p in validate_codebook(root) if p.severity == "error"]


def test_a_manifest_naming_etc_passwd_is_refused_at_its_line(book):
    _manifest(book, **{"actors: [actors.yaml]": "actors: [actors.yaml, ../../etc/passwd]"})
    errors = _errors(book)
    assert [(Path(e.file).name, e.line, e.code) for e in errors] == [("codebook.yaml", 3, "E210")]
    assert "'../../etc/passwd' leaves the codebook folder" in errors[0].message
    with pytest.raises(CodebookError, match="E210"):
        load_codebook(book)


def test_an_absolute_path_is_refused(book):
    _manifest(book, **{"verbs: [verbs.yaml]": f"verbs: [{book / 'verbs.yaml'}]"})
    assert [e.code for e in _errors(book)] == ["E209"]


def test_a_symlink_out_of_the_folder_is_refused_and_one_inside_is_fine(book, tmp_path):
    outside = tmp_path / "elsewhere.yaml"
    shutil.copy(book / "agents.yaml", outside)
    (book / "linked.yaml").symlink_to(outside)
    (book / "sub").mkdir()
    (book / "sub" / "agents.yaml").symlink_to(book / "agents.yaml")
    _manifest(book, **{"agents: [agents.yaml]": "agents: [sub/agents.yaml, linked.yaml]"})
    errors = _errors(book)
    assert [e.code for e in errors] == ["E211"] and str(outside) in errors[0].message


def test_a_language_file_outside_the_folder_is_refused(book):
    (book / "codebook.yaml").write_text((book / "codebook.yaml").read_text() + "language: ../xx.yaml\n")
    assert [e.code for e in _errors(book)] == ["E210"]


def test_shipped_names_point_into_the_shipped_codebook_only(book):
    assert _errors(book) == []  # the fixture names shipped:cameo.yaml and shipped:acled.yaml
    _manifest(book, **{"shipped:cameo.yaml": "shipped:../README.md"})
    assert [e.code for e in _errors(book)] == ["E210"]
    _manifest(book, **{"shipped:../README.md": "shipped:nothing.yaml"})
    assert [e.code for e in _errors(book)] == ["E212"]


def test_lint_never_opens_a_file_outside_the_folder(book):
    _manifest(book, **{"actors: [actors.yaml]": "actors: [/etc/passwd]"})
    problems = lint_codebook(book)
    assert [p.code for p in problems if p.severity == "error"] == ["E209"]


def test_yaml_tags_that_build_objects_are_refused_and_never_run(book, tmp_path):
    marker = tmp_path / "pwned"
    (book / "actors.yaml").write_text(textwrap.dedent(f"""\
        kind: actors
        entries:
          - names: [Gondor]
            code: !!python/object/apply:os.system ["touch {marker}"]
    """))
    errors = _errors(book)
    assert [(Path(e.file).name, e.line, e.code) for e in errors] == [("actors.yaml", 4, "E205")]
    assert "python/object/apply:os.system" in errors[0].message and not marker.exists()
