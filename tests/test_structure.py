"""The package keeps the shape issue 10 asks for: small classes and functions, no import
circles between its modules, and no module-level state that code changes at run time."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "coder"
MAX_CLASS_LINES = 250
MAX_FUNCTION_LINES = 60
MUTATORS = frozenset({"append", "extend", "insert", "update", "setdefault", "clear", "pop", "popitem",
                      "add", "discard", "remove"})


def _files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, modules: set[str]) -> set[str]:
    """Modules of the package a file imports, anywhere in it (functions included)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.update({node.module} | {f"{node.module}.{a.name}" for a in node.names})
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return {m for m in found if m in modules}


def test_no_class_or_function_is_over_the_size_limits():
    too_long = []
    for path in _files():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            limit = MAX_CLASS_LINES if isinstance(node, ast.ClassDef) else MAX_FUNCTION_LINES
            if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) \
                    and node.end_lineno - node.lineno + 1 > limit:
                too_long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}")
    assert too_long == []


def test_modules_import_each_other_without_circles():
    # the top-level package only re-exports the API (coder.code_text …): it is no stage
    modules = {_module(p): p for p in _files() if p != PACKAGE / "__init__.py"}
    graph = {name: _imports(path, set(modules)) - {name} for name, path in modules.items()}
    done: set[str] = set()

    def visit(node: str, path: tuple[str, ...]) -> None:
        assert node not in path, f"import circle: {' -> '.join(path + (node,))}"
        if node in done:
            return
        for dep in sorted(graph[node]):
            visit(dep, path + (node,))
        done.add(node)

    for name in sorted(graph):
        visit(name, ())
    assert "coder.code.assemble" in graph["coder.code.document"]


# Worker processes keep their parser or job in one module-level slot, set once by the pool's
# initializer: the standard shape of per-process state with multiprocessing.
WORKER_SLOTS = frozenset({"coder/parse.py global _WORKER_PARSER", "coder/run/worker.py global _STATE"})


def test_no_module_level_state_is_changed_at_run_time():
    """A module-level name is never rebound with ``global`` nor changed in place by a function
    (constant tables may be dicts; caches of pure functions use functools), but for the
    worker-process slots."""
    changed = []
    for path in _files():
        tree = ast.parse(path.read_text("utf-8"))
        names = {t.id for node in tree.body if isinstance(node, (ast.Assign, ast.AnnAssign))
                 for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
                 if isinstance(t, ast.Name)}
        for func in (n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))):
            for node in ast.walk(func):
                if isinstance(node, ast.Global):
                    changed += [f"{path.relative_to(ROOT)}:{node.lineno} global {n}" for n in node.names]
                elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                      and isinstance(node.func.value, ast.Name) and node.func.value.id in names
                      and node.func.attr in MUTATORS):
                    changed.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.func.value.id}.{node.func.attr}")
                elif (isinstance(node, (ast.Assign, ast.AugAssign))
                      and any(isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and t.value.id in names
                              for t in (node.targets if isinstance(node, ast.Assign) else [node.target]))):
                    changed.append(f"{path.relative_to(ROOT)}:{node.lineno} item of a module-level name")
    assert [c for c in changed if _without_line(c) not in WORKER_SLOTS] == []


def _without_line(entry: str) -> str:
    """"coder/x.py:12 global _S" → "coder/x.py global _S"."""
    where, what = entry.split(" ", 1)
    return f"{where.rsplit(':', 1)[0]} {what}"


def test_every_package_folder_ships_in_the_wheel():
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"])
    folders = {_module(p) for p in PACKAGE.rglob("__init__.py")}
    assert folders - listed == set()
