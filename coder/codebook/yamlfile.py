"""Codebook YAML with line numbers, and JSON-Schema checks of what was read.

YAML is read with the safe loader (no tags that build objects: ``!!python/...`` is a
problem, never evaluated) and dates stay strings (the schemas check their format). Every
syntax or schema problem is a :class:`~coder.errors.Problem` at file:line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

import yaml

from coder.errors import Problem

if TYPE_CHECKING:  # imported where used: loading a cached codebook needs none of them
    import jsonschema

    from coder.codebook.quickcheck import Check


class SafeLineLoader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    """Safe loader that keeps dates as strings (the schemas check their format)."""


SafeLineLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class LoadedFile:
    path: Path
    data: Any
    node: Any  # the composed YAML node tree, for line numbers (None when read from the cache)
    lines: dict[tuple, int] | None = None  # path -> line, kept in the per-file cache
    fast: bool = False  # read by the fast reader (coder.codebook.fastyaml)

    def line_of(self, path: Iterable[Any]) -> int:
        if self.node is None and self.lines is not None:
            key = tuple(path)
            while key not in self.lines and key:
                key = key[:-1]
            return self.lines.get(key, 1)
        node = self.node
        line = node.start_mark.line + 1 if node is not None else 0
        for key in path:
            if isinstance(node, yaml.MappingNode):
                match = [v for k, v in node.value if k.value == key]
                if not match:
                    break
                node = match[0]
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
                node = node.value[key]
            else:
                break
            line = node.start_mark.line + 1
        return line

    def problem(self, code: str, path: list, json_path: str = "", /, **params: object) -> Problem:
        """A catalogue problem located at ``path`` inside this file."""
        return Problem.of(code, str(self.path), self.line_of(path), json_path, **params)


def line_index(node: Any) -> dict[tuple, int]:
    """Line of every mapping/sequence node and mapping value (not of list items that are
    plain scalars, such as names: those report the line of their list)."""
    lines: dict[tuple, int] = {}
    # each entry carries the ids of the nodes above it: an alias can make the node graph a
    # cycle ("a: &x [*x]"), which is walked once; an alias used twice is indexed at both places
    stack: list[tuple[tuple, Any, frozenset]] = [((), node, frozenset())] if node is not None else []
    while stack:
        path, current, above = stack.pop()
        lines[path] = current.start_mark.line + 1
        if id(current) in above:
            continue
        above = above | {id(current)}
        if isinstance(current, yaml.MappingNode):
            stack.extend((path + (k.value,), v, above) for k, v in current.value)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend((path + (i,), v, above) for i, v in enumerate(current.value)
                         if not isinstance(v, yaml.ScalarNode))
    return lines


def load_yaml_indexed(path: Path) -> tuple[LoadedFile | None, list[Problem]]:
    """Parse one YAML file into its data and line index (``LoadedFile.lines``, no node
    tree): the fast reader (:mod:`coder.codebook.fastyaml`) where it is certain, else
    PyYAML — which also gives every syntax error with its line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem.of("E203", str(path), 0, reason=exc)]
    from coder.codebook.fastyaml import parse  # (not needed to load a cached codebook)

    read = parse(text, SafeLineLoader)
    if read is not None:
        return LoadedFile(path, read[0], None, read[1], fast=True), []
    lf, problems = load_yaml(path)
    if lf is None:
        return None, problems
    return LoadedFile(path, lf.data, None, line_index(lf.node)), problems


def load_yaml(path: Path) -> tuple[LoadedFile | None, list[Problem]]:
    """Parse one YAML file; syntax errors and tags become Problems with their line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem.of("E203", str(path), 0, reason=exc)]
    loader = SafeLineLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.reader.ReaderError as exc:  # a control character YAML refuses
        line = text.count("\n", 0, max(0, int(exc.position or 0))) + 1
        return None, [Problem.of("E204", str(path), line, reason=exc.reason or exc)]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        if isinstance(exc, yaml.constructor.ConstructorError) and "constructor for the tag" in str(exc.problem):
            tag = str(exc.problem).rsplit(" ", 1)[-1]
            return None, [Problem.of("E205", str(path), line, tag=tag)]
        return None, [Problem.of("E204", str(path), line, reason=exc.problem or exc)]
    finally:
        loader.dispose()
    return LoadedFile(path, data, node), []


@lru_cache(maxsize=None)
def schema_validator(name: str) -> jsonschema.protocols.Validator:
    """The validator for a schema shipped in ``coder/schemas`` (e.g. ``codebook-actors``)."""
    import jsonschema  # imported when a file is checked: loading a cached codebook needs none of it

    schema = _shipped_schema(name)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(_inline_refs(schema, schema.get("$defs", {})))


@lru_cache(maxsize=None)
def quick_check(name: str) -> Check | None:
    """The quick "certainly valid" check of a shipped schema (:mod:`coder.codebook.quickcheck`),
    or None when it uses keywords the quick check does not judge."""
    from coder.codebook.quickcheck import compile_schema

    schema = _shipped_schema(name)
    return compile_schema(_inline_refs(schema, schema.get("$defs", {})))


def _shipped_schema(name: str) -> dict[str, Any]:
    from importlib import resources

    text = resources.files("coder").joinpath("schemas", f"{name}.schema.json").read_text("utf-8")
    return json.loads(text)


def _inline_refs(node: Any, defs: dict[str, Any]) -> Any:
    from coder.codebook.quickcheck import inline_refs

    return inline_refs(node, defs)


def schema_problems(loaded: LoadedFile, schema: str) -> list[Problem]:
    """Every schema problem of a file, [] when there is none (most files pass the quick check,
    and only the others are walked by jsonschema for their problems)."""
    quick = quick_check(schema)
    if quick is not None and quick(loaded.data):
        return []
    problems = []
    for err in schema_validator(schema).iter_errors(loaded.data):
        path = list(err.absolute_path)
        message = err.message
        if err.validator == "type" and isinstance(err.instance, (int, float)) and "string" in str(err.validator_value):
            message += " (quote it: YAML reads 010 as a number)"
        problems.append(loaded.problem("E207", path, json_path(path), message=message))
    return problems


def json_path(path: list[Any]) -> str:
    out = ""
    for key in path:
        out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else str(key))
    return out
