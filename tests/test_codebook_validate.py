"""`coder codebook validate`: the shipped codebook is clean; injected faults are located."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from coder.cli_codebook import app
from coder.codebook import validate_codebook

CODEBOOKS = Path(__file__).resolve().parents[1] / "codebooks"


def errors(problems):
    return [p for p in problems if p.severity == "error"]


def test_shipped_codebook_has_no_errors():
    assert errors(validate_codebook(CODEBOOKS)) == []


@pytest.fixture
def copy(tmp_path) -> Path:
    """The shipped codebook without the large country file and built-in countries (fast)."""
    root = tmp_path / "codebooks"
    shutil.copytree(CODEBOOKS, root, ignore=shutil.ignore_patterns("phoenix-countries.yaml"))
    manifest = yaml.safe_load((root / "codebook.yaml").read_text())
    manifest["actors"] = [a for a in manifest["actors"] if "phoenix-countries" not in a]
    manifest["countries"] = False
    (root / "codebook.yaml").write_text(yaml.safe_dump(manifest, sort_keys=False))
    return root


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text().rstrip("\n") + "\n" + text)


def test_copy_is_clean(copy):
    assert errors(validate_codebook(copy)) == []


def test_injected_faults_are_reported_with_file_and_line(copy):
    modern = copy / "actors" / "modern.yaml"
    append(modern, "  - id: fault-date\n    names: [Fault Person]\n    code: USAGOV\n"
                   "    roles:\n      - {code: USAGOV, from: 2019-02-30}\n")
    verbs = copy / "imported" / "verbs" / "cameo-2-0.yaml"
    text = verbs.read_text()
    bad_code_line = line_of(verbs, "code: 0874")
    lines = text.splitlines()
    lines[bad_code_line - 1] = lines[bad_code_line - 1].replace("0874", "'0999'")
    verbs.write_text("\n".join(lines) + "\n")
    agents_book = copy / "verbs" / "extra.yaml"
    agents_book.write_text(
        "kind: verbs\nentries:\n"
        "  - id: extra.block\n    code: '190'\n    verbs: [smite]\n    patterns:\n"
        "      - {id: extra.one, code: '190', match: [{slot: obj, words: [city]}]}\n"
        "      - {id: extra.two, code: '195', match: [{slot: obj, words: [city]}]}\n")
    manifest = yaml.safe_load((copy / "codebook.yaml").read_text())
    manifest["verbs"].append("verbs/extra.yaml")
    (copy / "codebook.yaml").write_text(yaml.safe_dump(manifest, sort_keys=False))

    found = errors(validate_codebook(copy))
    by_file = {(Path(p.file).name, p.line): p.message for p in found}
    assert any("not a valid date" in m and "2019-02-30" in m for (f, _), m in by_file.items() if f == "modern.yaml")
    date_line = line_of(modern, "2019-02-30")
    assert ("modern.yaml", date_line) in by_file
    assert "unknown CAMEO code 0999" in by_file[("cameo-2-0.yaml", bad_code_line)]
    dup_line = line_of(agents_book, "extra.two")
    assert "duplicates 'extra.one'" in by_file[("extra.yaml", dup_line)]
    assert len(found) == 3


def test_yaml_syntax_error_is_located(copy):
    agents = copy / "imported" / "agents" / "phoenix.yaml"
    lines = agents.read_text().splitlines()
    lines[10] = lines[10] + " ]: oops"
    agents.write_text("\n".join(lines) + "\n")
    found = errors(validate_codebook(copy))
    assert len(found) == 1
    assert Path(found[0].file).name == "phoenix.yaml" and found[0].line == 11
    assert "YAML syntax error" in found[0].message


def test_schema_errors_name_the_field(copy):
    append(copy / "actors" / "modern.yaml", "  - names: [Nobody]\n    code: usa\n")
    found = errors(validate_codebook(copy))
    assert len(found) == 1 and Path(found[0].file).name == "modern.yaml"
    assert found[0].line == line_of(copy / "actors" / "modern.yaml", "code: usa")


def test_cli_validate_exit_codes(copy):
    runner = CliRunner()
    result = runner.invoke(app, ["validate", str(copy), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "0 error(s)" in result.output
    append(copy / "actors" / "modern.yaml", "  - names: [Nobody]\n    code: usa\n")
    result = runner.invoke(app, ["validate", str(copy)])
    assert result.exit_code == 1 and "1 error(s)" in result.output
