"""Reading a codebook folder: the manifest, the files it names (confined to the folder),
each checked against its schema, with a per-file cache keyed by content.

A manifest names files relative to its folder. A name may not be absolute, contain '..' or
be a symbolic link that leads out of the folder: each is a problem at the manifest's line,
and the file is never opened. ``shipped:cameo.yaml`` names a file of the codebook shipped
with the package (the CAMEO table and ACLED rules most codebooks share), confined to that
folder in the same way.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from coder.codebook.cache import cache_root, read_signed, write_signed
from coder.errors import CodebookError, Problem

if TYPE_CHECKING:
    from coder.codebook.yamlfile import LoadedFile

# coder.codebook.yamlfile (and with it PyYAML) is imported where a file is read: a process
# that loads a cached codebook reads no YAML (see fingerprint).

MANIFEST = "codebook.yaml"
SECTIONS = ("actors", "agents", "verbs", "discards", "issues", "acled")
DEFAULT_CODEBOOK_ENV = "CODER_CODEBOOK"
SHIPPED = "shipped:"  # prefix of names that point into the shipped codebook
PACKAGE = Path(__file__).resolve().parent.parent  # the coder package


def shipped_codebook_dir() -> Path:
    """The ``codebooks/`` folder of this checkout, else the copy an installed wheel carries."""
    checkout = PACKAGE.parent / "codebooks"
    if (checkout / MANIFEST).is_file():
        return checkout
    import importlib.util

    spec = importlib.util.find_spec("coder_codebooks")  # an installed wheel carries it as data
    for location in (spec.submodule_search_locations or []) if spec else []:
        if (Path(location) / MANIFEST).is_file():
            return Path(location)
    return checkout


def default_codebook_dir() -> Path:
    """``$CODER_CODEBOOK``, else the shipped codebook."""
    env = os.environ.get(DEFAULT_CODEBOOK_ENV)
    return Path(env) if env else shipped_codebook_dir()


def manifest_path(path: str | os.PathLike | None) -> Path:
    """The manifest of a codebook folder (or the manifest file itself); raises
    :class:`CodebookError` when there is none."""
    p = Path(path) if path else default_codebook_dir()
    if p.is_dir():
        p = p / MANIFEST
    if not p.is_file():
        raise CodebookError([Problem.of("E202", str(p), 0, env=DEFAULT_CODEBOOK_ENV, manifest=MANIFEST)])
    return p


# --------------------------------------------------------------------------- named files

def named_files(spec: dict[str, Any]) -> list[tuple[str, list, str]]:
    """(section, path in the manifest, name) of every file a manifest names, in order;
    a language given as a file ('lang/xx.yaml') is one of them."""
    out: list[tuple[str, list, str]] = []
    if isinstance(spec.get("cameo"), str):
        out.append(("cameo", ["cameo"], spec["cameo"]))
    for section in SECTIONS:
        names = spec.get(section) or []
        out.extend((section, [section, i], name) for i, name in enumerate(names) if isinstance(name, str))
    language = spec.get("language")
    if isinstance(language, str) and language.endswith((".yaml", ".yml")):
        out.append(("language", ["language"], language))
    return out


def confine(root: Path, name: str) -> tuple[Path | None, tuple[str, dict[str, Any]] | None]:
    """The file ``name`` names inside ``root`` (or the shipped codebook), or why it may not
    be opened: (catalogue code, parameters)."""
    if name.startswith(SHIPPED):
        root, name = shipped_codebook_dir(), name[len(SHIPPED):]
    pure = PurePath(name)
    if pure.is_absolute() or pure.drive or name.startswith(("/", "\\")):
        return None, ("E209", {})
    if ".." in pure.parts or ".." in name.replace("\\", "/").split("/"):
        return None, ("E210", {})
    path = root / pure
    real, top = path.resolve(), root.resolve()
    if real != top and not real.is_relative_to(top):
        return None, ("E211", {"target": real})
    return path, None


def resolve_named(manifest: LoadedFile, section: str, where: list, name: str) -> tuple[Path | None, list[Problem]]:
    """The path of one named file, or a problem at the manifest line that names it."""
    path, refused = confine(manifest.path.parent, name)
    if refused is not None:
        code, params = refused
        return None, [manifest.problem(code, where, section=section, name=name, **params)]
    if not path.is_file():
        code = "E212" if name.startswith(SHIPPED) else "E208"
        return None, [manifest.problem(code, where[:1], section=section, name=name)]
    return path, []


# --------------------------------------------------------------------------- files

def load_checked(path: Path, kind: str) -> tuple[LoadedFile | None, list[Problem]]:
    """Parse one codebook file and check it against its schema. A file the fast reader
    reads (:mod:`coder.codebook.fastyaml`: the generated dictionaries) is read again each
    time, about as fast as a cache is read; one that PyYAML reads goes to a per-file cache
    keyed by content, so that editing one file re-reads only that file."""
    try:
        content = path.read_bytes()
    except OSError as exc:
        return None, [Problem.of("E203", str(path), 0, reason=exc)]
    key = hashlib.sha256(content + kind.encode() + package_fingerprint().encode()).hexdigest()[:32]
    cache_file = cache_root() / "files" / f"{key}.signed"
    cached = read_signed(cache_file) if cache_file.is_file() else None
    import coder.codebook.yamlfile as yamlfile

    if isinstance(cached, tuple) and len(cached) == 3:
        data, lines, problems = cached
        return yamlfile.LoadedFile(path, data, None, lines), [p.at(str(path)) for p in problems]
    lf, problems = yamlfile.load_yaml_indexed(path)
    if lf is None:
        return None, problems
    if not isinstance(lf.data, dict) or lf.data.get("kind") != kind:
        return None, problems + [Problem.of("E206", str(path), 1, kind=kind)]
    if kind != "acled":  # ACLED rule files are checked with their semantics (compile_acled)
        problems = problems + yamlfile.schema_problems(lf, f"codebook-{kind}")
    if not lf.fast:
        write_signed(cache_file, (lf.data, lf.lines, problems))
    return lf, problems


@dataclass
class Sources:
    """What a manifest names, read and schema-checked: the input of compiling."""

    manifest: LoadedFile
    cameo: list[LoadedFile] = field(default_factory=list)
    sections: dict[str, list[LoadedFile]] = field(default_factory=dict)

    @property
    def spec(self) -> dict[str, Any]:
        return self.manifest.data

    @property
    def root(self) -> Path:
        return self.manifest.path.parent

    @property
    def files(self) -> tuple[str, ...]:
        return tuple(str(lf.path) for lfs in [self.cameo, *self.sections.values()] for lf in lfs)


def read_sources(manifest_file: Path) -> tuple[Sources | None, list[Problem]]:
    """Read the manifest and every file it names; None when any of them has an error."""
    import coder.codebook.yamlfile as yamlfile

    manifest, problems = yamlfile.load_yaml(manifest_file)
    if manifest is None:
        return None, problems
    problems += yamlfile.schema_problems(manifest, "codebook-manifest")
    if _has_errors(problems):
        return None, problems
    sources = Sources(manifest, sections={kind: [] for kind in SECTIONS})
    for section, where, name in named_files(manifest.data):
        if section == "language":
            problems += resolve_named(manifest, section, where, name)[1]
            continue
        path, found = resolve_named(manifest, section, where, name)
        problems += found
        if path is None:
            continue
        lf, found = load_checked(path, section)
        problems += found
        if lf is not None:
            (sources.cameo if section == "cameo" else sources.sections[section]).append(lf)
    return (None if _has_errors(problems) else sources), problems


def _has_errors(problems: list[Problem]) -> bool:
    return any(p.severity == "error" for p in problems)


# --------------------------------------------------------------------------- fingerprints

def fingerprint(manifest_file: Path) -> str | None:
    """Hash of the manifest, every file it names and this package's code, schemas and
    language profiles; None when a named file cannot be read or may not be (no caching:
    compiling reports why)."""
    digest = hashlib.sha256(package_fingerprint().encode())
    try:
        manifest = manifest_file.read_bytes()
        digest.update(manifest)
        names = manifest_names(manifest)
        if names is None:
            return None
        for name in names:
            path, refused = confine(manifest_file.parent, name)
            if path is None:
                return None
            digest.update(name.encode())
            digest.update(path.read_bytes())
    except Exception:
        return None  # unreadable: no caching; compile_codebook reports the problem
    return digest.hexdigest()[:32]


def manifest_names(manifest: bytes) -> tuple[str, ...] | None:
    """The names of the files a manifest names (:func:`named_files`), None when it cannot be
    read. They are kept in a small signed cache keyed by the manifest's bytes and this
    package, so that loading a cached codebook parses no YAML (nor imports PyYAML)."""
    key = hashlib.sha256(package_fingerprint().encode() + b"\0" + manifest).hexdigest()[:32]
    cache_file = cache_root() / "manifests" / f"{key}.signed"
    cached = read_signed(cache_file) if cache_file.is_file() else None
    if isinstance(cached, tuple) and all(type(name) is str for name in cached):
        return cached
    import yaml

    from coder.codebook.yamlfile import SafeLineLoader

    try:
        spec = yaml.load(manifest.decode("utf-8"), Loader=SafeLineLoader) or {}
        names = tuple(name for _, _, name in named_files(spec))
    except Exception:
        return None
    write_signed(cache_file, names)
    return names


@lru_cache(maxsize=1)
def package_fingerprint() -> str:
    """Changes whenever the compiler, the schemas or the built-in language profiles change,
    so caches never go stale."""
    digest = hashlib.sha256()
    files = [*(PACKAGE / "codebook").glob("*.py"), *(PACKAGE / "schemas").glob("*.json"),
             *(PACKAGE / "lang").glob("*.*"), PACKAGE / "errors.py"]
    for file in sorted(files):
        if file.is_file():
            digest.update(file.name.encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


# taken as the package is imported, so that it names the code this process runs: a
# long-running process whose files are edited or upgraded under it must not cache what its
# old code compiles under the new files' key
package_fingerprint()
