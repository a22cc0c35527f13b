"""Editing the codebook in place: the editable files its manifest lists, search, one entry at
a time validated as `coder codebook validate` would, saved (rolled back when the codebook
would not load), and undone."""

from __future__ import annotations

import re
import shutil
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

import coder.serve.entries as E
from coder.errors import Problem
from coder.serve.config import WorkbenchError
from coder.serve.folders import inside, link_or_copy, relative, write_atomically

EDITABLE_SECTIONS = ("actors", "agents", "verbs", "discards", "issues")
MANIFEST = "codebook.yaml"


@dataclass
class Edit:
    """A saved edit, as undo needs it."""

    path: Path
    before: str
    after: str
    words: set[tuple[str, ...]] | None  # None: re-code everything


class CodebookEditor:
    """The codebook folder ``root``, the codebook loaded from it, and the stack of saved edits.
    ``work_dir`` holds validation shadows and a copy of every file before each save."""

    def __init__(self, root: Path, work_dir: Path):
        from coder.codebook import load_codebook

        if not (root / MANIFEST).is_file():
            raise WorkbenchError(f"{root}: not a codebook folder (no {MANIFEST})")
        self.root = root
        self.work_dir = work_dir
        self.codebook = load_codebook(root)
        self.undo_stack: list[Edit] = []
        self._entry_cache: dict[str, tuple[str, list]] = {}

    # ------------------------------------------------------------------ files

    def manifest(self) -> dict:
        return yaml.safe_load((self.root / MANIFEST).read_text("utf-8")) or {}

    def files(self) -> list[tuple[str, str]]:
        """(kind, path relative to the codebook folder) of every editable file inside it."""
        out = []
        spec = self.manifest()
        for kind in EDITABLE_SECTIONS:
            names = spec.get(kind) or []
            for name in [names] if isinstance(names, str) else names:
                path = (self.root / name).resolve()
                if path.is_relative_to(self.root) and path.is_file():
                    out.append((kind, path.relative_to(self.root).as_posix()))
        return out

    def kind_of(self, rel: str) -> str | None:
        """The manifest section of an editable file (None: not one)."""
        return dict((r, k) for k, r in self.files()).get(rel)

    def file(self, rel: str) -> tuple[str, Path]:
        path = inside(rel, self.root)
        for kind, name in self.files():
            if (self.root / name).resolve() == path:
                return kind, path
        raise WorkbenchError(f"{rel}: not an editable file of the codebook's manifest", 404)

    def resolve_ref(self, ref: str, kind: str | None = None) -> tuple[str, int] | None:
        """A codebook ref ``name.yaml:12`` as (relative path, line), preferring files of ``kind``."""
        m = re.fullmatch(r"(.+?):(\d+)", ref or "")
        if not m:
            return None
        name, line = m.group(1), int(m.group(2))
        matches = [(k, rel) for k, rel in self.files() if rel == name or rel.rsplit("/", 1)[-1] == name]
        matches.sort(key=lambda kr: kr[0] != kind)
        return (matches[0][1], line) if matches else None

    # ------------------------------------------------------------------ entries

    def search(self, query: str, kind: str | None = None, limit: int = 100) -> list[dict]:
        query = (query or "").strip().lower()
        out = []
        for file_kind, rel in self.files():
            if kind and kind != file_kind:
                continue
            text = (self.root / rel).read_text("utf-8")
            for entry in self._entries(rel, text):
                if query and query not in entry.text.lower():
                    continue
                out.append({"kind": file_kind if entry.section != "synsets" else "synsets", "file": rel,
                            "line": entry.start, "summary": entry.summary})
                if len(out) >= limit:
                    return out
        return out

    def _entries(self, rel: str, text: str) -> list:
        """The entries of a codebook file, re-read only when its text changed."""
        cached = self._entry_cache.get(rel)
        if cached and cached[0] == text:
            return cached[1]
        found = E.find_entries(text)
        self._entry_cache[rel] = (text, found)
        return found

    def entry(self, rel: str, line: int) -> tuple[str, E.Entry]:
        kind, path = self.file(rel)
        entry = E.entry_at(path.read_text("utf-8"), line)
        if entry is None:
            raise WorkbenchError(f"{rel}:{line}: no codebook entry starts or continues on this line", 404)
        return kind, entry

    def _candidate(self, rel: str, line: int | None, entry_text: str, section: str,
                   delete: bool = False) -> tuple[Path, str, str, set[tuple[str, ...]]]:
        """(path, text before, text after, the words of the old and new entry)."""
        kind, path = self.file(rel)
        before = path.read_text("utf-8")
        old_data: list[Any] = []
        if line:
            entry = E.entry_at(before, line)
            section = entry.section if entry else section
            if entry is None:
                raise WorkbenchError(f"{rel}:{line}: no codebook entry on this line (reload the page)", 409)
            try:
                old_data.append(E.check_entry(entry.text))
            except E.EntryError:
                old_data.append(entry.text)
            after = E.delete_entry(before, entry) if delete else E.replace_entry(before, entry, entry_text)
        else:
            after, _line = E.add_entry(before, entry_text, section)
        new_data = [] if delete else [E.check_entry(entry_text)]
        return path, before, after, E.trigger_phrases(old_data + new_data, "synsets" if section == "synsets" else kind)

    # ------------------------------------------------------------------ validate, save, undo

    def validate(self, rel: str, line: int | None, entry_text: str, section: str = "entries") -> list[Problem]:
        """The problems `coder codebook validate` would report if this entry were saved."""
        from coder.codebook import validate_codebook

        try:
            path, _before, after, _words = self._candidate(rel, line, entry_text, section)
        except E.EntryError as exc:
            return [Problem("error", f"{rel} (entry)", exc.line, str(exc))]
        # a shadow copy of the codebook folder (hard links; the edited file written anew) in
        # the work folder, validated as `coder codebook validate` would validate the saved one
        shadow = self.work_dir / f"shadow-{threading.get_ident()}"
        shutil.rmtree(shadow, ignore_errors=True)
        shutil.copytree(self.root, shadow, copy_function=link_or_copy, symlinks=False,
                        ignore=shutil.ignore_patterns(".*"))
        edited = shadow / path.relative_to(self.root)
        edited.unlink(missing_ok=True)
        edited.write_text(after, encoding="utf-8")
        problems = validate_codebook(shadow)
        return [Problem(p.severity, relative(p.file, shadow.resolve()), p.line, p.message, p.path)
                for p in problems]

    def save(self, rel: str, line: int | None, entry_text: str, section: str = "entries",
             delete: bool = False) -> tuple[Edit, float]:
        """Write the entry into its file and reload the codebook: (the edit, seconds taken).
        An edit that leaves the codebook invalid is rolled back. The caller holds the lock."""
        from coder.codebook import load_codebook
        from coder.errors import CodebookError

        try:
            path, before, after, words = self._candidate(rel, line, entry_text, section, delete)
        except E.EntryError as exc:
            raise WorkbenchError(f"{rel}: entry line {exc.line}: {exc}") from None
        started = time.perf_counter()
        write_atomically(path, after)
        try:
            book = load_codebook(self.root)
        except CodebookError as exc:
            write_atomically(path, before)
            raise WorkbenchError("not saved: the codebook would have errors:\n" + "\n".join(
                str(Problem(p.severity, relative(p.file, self.root), p.line, p.message, p.path))
                for p in exc.problems if p.severity == "error")) from None
        self.codebook = book
        edit = Edit(path, before, after, words)
        self.undo_stack.append(edit)
        backup = self.work_dir / "undo"
        backup.mkdir(exist_ok=True)
        (backup / f"{len(self.undo_stack):04d}-{path.name}").write_text(before, encoding="utf-8")
        return edit, time.perf_counter() - started

    def undo(self) -> tuple[Edit, float]:
        """Put the last saved edit's file back and reload the codebook: (the edit, seconds taken).
        The caller holds the lock."""
        from coder.codebook import load_codebook

        if not self.undo_stack:
            raise WorkbenchError("nothing to undo", 409)
        last = self.undo_stack[-1]
        if last.path.read_text("utf-8") != last.after:
            raise WorkbenchError(f"{last.path.name} changed on disk since the save; not undone", 409)
        started = time.perf_counter()
        write_atomically(last.path, last.before)
        self.codebook = load_codebook(self.root)
        self.undo_stack.pop()
        return last, time.perf_counter() - started
