"""The codebook a PETRARCH validation file asks for: the dictionaries its ``<Environment>``
names, imported on the fly with :func:`coder.importers.petrarch.build_codebook` into a cache
folder keyed by the dictionaries' content (and the importer's source)."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from coder.benchmark.cache import cache_root
from coder.benchmark.gold import GoldError, GoldSet
from coder.errors import CoderError

ROLES = ("verbs", "actors", "agents", "discards", "ontology")


def environment_key(dictionaries: dict[str, list[Path]]) -> str:
    """Hash of every named dictionary's role, name and content, plus the importer code."""
    digest = hashlib.sha256()
    for role in ROLES:
        for path in dictionaries.get(role, []):
            digest.update(f"{role}:{path.name}\n".encode())
            digest.update(path.read_bytes())
    importers = Path(__file__).resolve().parent.parent / "importers"
    for file in sorted(importers.glob("*.py")):
        digest.update(file.read_bytes())
    from coder.codebook import default_codebook_dir

    digest.update((default_codebook_dir() / "cameo.yaml").read_bytes())  # the table it copies
    return digest.hexdigest()[:16]


def environment_codebook(gold: GoldSet, root: Path | None = None) -> Path | None:
    """The folder of the imported environment codebook (built on first use), or None when
    the gold names no dictionaries."""
    if not gold.dictionaries:
        return None
    for role, paths in gold.dictionaries.items():
        for path in paths:
            if not path.is_file():
                raise GoldError(f"{gold.path}: <Environment> names {role} file {path.name}, "
                                f"not found at {path}")
    out = (root or cache_root() / "petrarch-env") / environment_key(gold.dictionaries)
    if (out / "codebook.yaml").is_file():
        return out
    try:
        from coder.importers.petrarch import build_codebook
    except ImportError as exc:
        raise CoderError(f"{gold.path}: importing its <Environment> dictionaries needs "
                         f"coder.importers.petrarch ({exc}); pass --codebook DIR instead") from None
    tmp = out.with_name(f"{out.name}.{os.getpid()}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.parent.mkdir(parents=True, exist_ok=True)
    build_codebook(tmp, verbs=gold.dictionaries.get("verbs", []),
                   actors=gold.dictionaries.get("actors", []),
                   agents=gold.dictionaries.get("agents", []),
                   discards=gold.dictionaries.get("discards", []), countries=False,
                   ontology=next(iter(gold.dictionaries.get("ontology", [])), None))
    if out.exists():  # another process finished first
        shutil.rmtree(tmp, ignore_errors=True)
    else:
        tmp.replace(out)
    return out
