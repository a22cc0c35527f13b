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

ROLES = ("verbs", "language_verbs", "actors", "agents", "discards", "ontology")


def environment_key(dictionaries: dict[str, list[Path]]) -> str:
    """Hash of every named dictionary's role, name and content, plus the importer code and
    the language profiles it reads (a profile edit re-imports)."""
    digest = hashlib.sha256()
    for role in ROLES:
        for path in dictionaries.get(role, []):
            digest.update(f"{role}:{path.name}\n".encode())
            digest.update(path.read_bytes())
    importers = Path(__file__).resolve().parent.parent / "importers"
    profiles = Path(__file__).resolve().parent.parent / "lang"
    for file in sorted([*importers.glob("*.py"), *profiles.glob("*.yaml")]):
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
    language = guess_language(gold) if gold.dictionaries.get("language_verbs") else "en"
    key = environment_key(gold.dictionaries) + ("" if language == "en" else f"-{language}")
    out = (root or cache_root() / "petrarch-env") / key
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
    # UniversalPetrarch's <P1Verbfile> holds the verbs of the text's language; the English
    # <Verbfile> beside it is not used for that text
    verbs = gold.dictionaries.get("language_verbs") or gold.dictionaries.get("verbs", [])
    build_codebook(tmp, verbs=verbs, language=language,
                   actors=gold.dictionaries.get("actors", []),
                   agents=gold.dictionaries.get("agents", []),
                   discards=gold.dictionaries.get("discards", []), countries=False,
                   ontology=next(iter(gold.dictionaries.get("ontology", [])), None))
    if out.exists():  # another process finished first
        shutil.rmtree(tmp, ignore_errors=True)
    else:
        tmp.replace(out)
    return out


def guess_language(gold: GoldSet) -> str:
    """The built-in language profile whose closed-class words (prepositions, negators,
    determiners, relative pronouns) cover most words of the gold's texts; the words come
    from the profiles, so a new profile is a new candidate."""
    from coder.lang import BUILTIN_DIR, load_profile

    words: dict[str, int] = {}
    for record in gold.records[:500]:
        for word in record.text.lower().split():
            words[word] = words.get(word, 0) + 1
    best, best_score = "en", -1
    for path in sorted(BUILTIN_DIR.glob("*.yaml")):
        profile, problems = load_profile(path.stem)
        if profile is None:
            continue
        closed = (set(profile.target_prepositions) | profile.non_target_prepositions | profile.negators
                  | profile.definite_determiners | profile.relative_pronouns | {profile.theme_preposition})
        score = sum(n for w, n in words.items() if w in closed)
        if score > best_score:
            best, best_score = profile.code, score
    return best

