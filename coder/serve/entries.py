"""Codebook entries as YAML text: find, show, replace and add one list item of a codebook file
without re-writing the rest of the file (comments and layout are kept).

A codebook file is a mapping whose lists (``entries:``, ``synsets:``) hold one item per
entry; an item starts with ``- `` at the list's indentation and runs until the next item or
the next line at that indentation or less.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Iterable

import yaml


class EntryError(ValueError):
    """An entry text that is not one YAML mapping; ``line`` is 1-based within the entry."""

    def __init__(self, message: str, line: int = 0):
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class Entry:
    section: str  # the top-level key holding the list: entries | synsets
    start: int  # 1-based line of the item's "- "
    end: int  # 1-based line after the item's last non-blank line
    indent: int  # column of the "- "
    text: str  # the item as a YAML mapping (the "- " marker removed, dedented)

    @property
    def summary(self) -> str:
        first = " ".join(self.text.split())
        return first if len(first) <= 160 else first[:157] + "…"


def find_entries(text: str) -> list[Entry]:
    """Every list item under a top-level key, in file order."""
    lines = text.splitlines()
    out: list[Entry] = []
    section: str | None = None
    item_indent: int | None = None
    start: int | None = None
    last = 0  # 0-based index of the current item's last non-blank line

    def close() -> None:
        nonlocal start
        if start is not None and section is not None:
            out.append(Entry(section, start + 1, last + 2, item_indent or 0,
                             _item_text(lines[start:last + 1], item_indent or 0)))
        start = None

    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        indent = len(line) - len(line.lstrip(" "))
        if indent == 0 and not stripped.startswith(("-", "#")):
            close()
            key = stripped.split(":", 1)[0]
            section = key if stripped.rstrip().endswith(":") else None  # "key: value" holds no list
            item_indent = None
            continue
        if section is None:
            continue
        if stripped.startswith("#") and (item_indent is None or indent <= item_indent):
            close()
            continue
        if stripped == "-" or stripped.startswith("- "):
            if item_indent is None:
                item_indent = indent
            if indent == item_indent:
                close()
                start = last = i
                continue
        if start is not None and item_indent is not None and indent > item_indent:
            last = i
        elif item_indent is not None and indent <= item_indent:
            close()
    close()
    return out


def _item_text(lines: list[str], indent: int) -> str:
    first = lines[0][indent:]
    first = first[2:] if first.startswith("- ") else first[1:]
    rest = [ln[indent + 2:] if ln[:indent + 2].strip() == "" else ln.lstrip() for ln in lines[1:]]
    return "\n".join([first.strip(), *rest]).rstrip() + "\n"


def entry_at(text: str, line: int) -> Entry | None:
    """The entry that holds ``line`` (1-based)."""
    for entry in find_entries(text):
        if entry.start <= line < entry.end:
            return entry
    return None


def check_entry(entry_text: str) -> dict[str, Any]:
    """The entry as data; raises :class:`EntryError` unless it is one YAML mapping."""
    if not entry_text.strip():
        raise EntryError("the entry is empty", 1)
    try:
        data = yaml.safe_load(entry_text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise EntryError(f"invalid YAML: {problem}", mark.line + 1 if mark else 0) from None
    if not isinstance(data, dict):
        raise EntryError("an entry must be a YAML mapping (key: value lines)", 1)
    return data


def _as_item(entry_text: str, indent: int) -> list[str]:
    body = textwrap.dedent(entry_text.replace("\t", "    ")).strip("\n").splitlines()
    pad = " " * indent
    return [pad + "- " + body[0]] + [(pad + "  " + ln) if ln.strip() else "" for ln in body[1:]]


def replace_entry(text: str, entry: Entry, entry_text: str) -> str:
    """The file text with ``entry`` replaced by ``entry_text`` (a mapping, as Entry.text)."""
    check_entry(entry_text)
    lines = text.splitlines()
    new = lines[:entry.start - 1] + _as_item(entry_text, entry.indent) + lines[entry.end - 1:]
    return "\n".join(new) + "\n"


def delete_entry(text: str, entry: Entry) -> str:
    lines = text.splitlines()
    return "\n".join(lines[:entry.start - 1] + lines[entry.end - 1:]) + "\n"


def add_entry(text: str, entry_text: str, section: str = "entries") -> tuple[str, int]:
    """The file text with a new item at the end of ``section`` (created when missing), and
    the 1-based line where it starts."""
    check_entry(entry_text)
    lines = text.splitlines()
    items = [e for e in find_entries(text) if e.section == section]
    if items:
        at, indent = items[-1].end - 1, items[-1].indent
    else:
        key = next((i for i, ln in enumerate(lines) if re.match(rf"{re.escape(section)}:\s*(\[\s*\])?\s*$", ln)), None)
        if key is None:
            lines.append(f"{section}:")
            key = len(lines) - 1
        else:
            lines[key] = f"{section}:"  # "entries: []" becomes a block list
        at, indent = key + 1, 2
    new = lines[:at] + _as_item(entry_text, indent) + lines[at:]
    return "\n".join(new) + "\n", at + 1


# the fields of an entry whose words a sentence must hold for the entry to apply to it: a verb
# block's patterns apply only to its verbs and nouns, an actor only where one of its names is
TRIGGERS = MappingProxyType({
    "actors": ("names",), "agents": ("names",), "discards": ("phrase",), "issues": ("phrases",),
    "verbs": ("verbs", "nouns", "inflections"), "synsets": ("members",),
})


def trigger_phrases(entries: Iterable[Any], kind: str) -> set[tuple[str, ...]]:
    """:func:`phrases` of the fields that decide where an entry applies (``kind``: a manifest
    section, or ``synsets``); every string of the entry when it has none of them."""
    fields = TRIGGERS.get(kind)
    out: set[tuple[str, ...]] = set()
    for entry in entries:
        if fields and isinstance(entry, dict) and any(f in entry for f in fields):
            for f in fields:
                value = entry.get(f)
                out |= phrases([list(value.items()) if isinstance(value, dict) else value])
        else:
            out |= phrases([entry])
    return out


def phrases(values: Iterable[Any]) -> set[tuple[str, ...]]:
    """Every string of entries as a tuple of lower-case words: a document can be changed by
    an entry only if it holds all the words of one of the entry's strings (a name, a verb, a
    phrase); ``word*`` prefixes keep their star."""
    out: set[tuple[str, ...]] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, (list, tuple)):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            words = tuple(re.findall(r"[^\W_]+\*?", node.lower().replace("_", " ")))
            if words:
                out.add(words)

    for value in values:
        walk(value)
    return out
