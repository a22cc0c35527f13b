"""The package fingerprint that keys compiled codebooks names the code a process runs."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import coder


def _run(code: str, root: Path) -> str:
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=root, capture_output=True,
                         text=True, env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_a_profile_edited_under_a_running_process_does_not_change_its_fingerprint(tmp_path):
    # the process imported the old code; were the key taken at its first codebook load, it
    # would cache what the old code compiles under the edited files' key
    shutil.copytree(Path(coder.__file__).parent, tmp_path / "coder", ignore=shutil.ignore_patterns("__pycache__"))
    before = _run("import coder.codebook.load as load; print(load.package_fingerprint())", tmp_path)
    during = _run("""
        from pathlib import Path
        import coder.codebook.load as load
        profile = Path(load.__file__).parent.parent / "lang" / "en.yaml"
        profile.write_text(profile.read_text() + "\\n# edited\\n")
        print(load.package_fingerprint())
    """, tmp_path)
    after = _run("import coder.codebook.load as load; print(load.package_fingerprint())", tmp_path)
    assert during == before
    assert after != before
