"""The workbench's file discipline: every path a request names is resolved and refused unless
it lies in an allowed folder; files are replaced atomically."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from coder.serve.config import WorkbenchError


def inside(path: str | os.PathLike, *roots: Path) -> Path:
    """``path`` resolved (relative to the first root), refused unless it lies in one of ``roots``."""
    candidate = Path(path)
    if not candidate.is_absolute():
        candidate = roots[0] / candidate
    resolved = candidate.resolve()
    for root in roots:
        if resolved == root or resolved.is_relative_to(root):
            return resolved
    raise WorkbenchError(f"{path}: outside the folders this workbench may use "
                         f"({', '.join(str(r) for r in roots)})", 403)


def write_atomically(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def relative(file: str, root: Path) -> str:
    """``file`` relative to ``root`` when it lies there, else as given."""
    try:
        return Path(file).resolve().relative_to(root).as_posix()
    except (ValueError, OSError):
        return file
