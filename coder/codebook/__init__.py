"""Codebooks: load, validate (JSON Schema first, then semantic checks) and compile.

A codebook is a folder with a manifest ``codebook.yaml`` naming YAML files of CAMEO codes,
actors, agents, verb patterns, discards, issues and ACLED rules, and its language. Codebooks
are data: nothing in them is evaluated. The package's parts, in the order data flows:

- :mod:`~coder.codebook.yamlfile` — YAML with line numbers (safe loader), JSON-Schema checks;
- :mod:`~coder.codebook.load` — the manifest and the files it names (confined to the folder);
- :mod:`~coder.codebook.compile` — semantic checks and the compiled codebook
  (:mod:`~coder.codebook.verbs`, :mod:`~coder.codebook.acled_rules`,
  :mod:`~coder.codebook.countries` compile their parts);
- :mod:`~coder.codebook.model` — the frozen compiled types the coder matches with;
- :mod:`~coder.codebook.cache` — signed caches that cannot run code.

The names below are imported from their modules on first use (PEP 562): a process that
loads a cached codebook imports neither the YAML reader nor the compiler.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS: dict[str, tuple[str, ...]] = {
    "coder.codebook.acled_rules": ("compile_rules", "validate_rules"),
    "coder.codebook.cache": ("CacheWarning", "cache_root"),
    "coder.codebook.compile": ("compile_codebook", "load_codebook", "validate_codebook"),
    "coder.codebook.load": ("DEFAULT_CODEBOOK_ENV", "MANIFEST", "SECTIONS", "default_codebook_dir", "load_checked",
                            "manifest_path", "shipped_codebook_dir"),
    "coder.codebook.model": ("NULL_CODE", "AcledRules", "ActorEntry", "AgentEntry", "CameoCode", "Codebook", "Cue",
                             "Pattern", "Phrase", "PhraseIndex", "Role", "Rule", "SlotSpec", "SubEventType",
                             "VerbBlock", "VerbForm", "WordSpec", "is_acronym", "normalize_phrase"),
    "coder.codebook.verbs": ("parse_word_spec",),
    "coder.codebook.yamlfile": ("LoadedFile", "SafeLineLoader", "load_yaml", "schema_problems", "schema_validator"),
    "coder.errors": ("CodebookError", "CoderError", "Problem"),
}
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = [
    "NULL_CODE", "MANIFEST", "SECTIONS", "DEFAULT_CODEBOOK_ENV",
    "load_codebook", "validate_codebook", "compile_codebook", "default_codebook_dir", "shipped_codebook_dir",
    "manifest_path", "load_checked", "load_yaml", "schema_validator", "schema_problems", "LoadedFile",
    "SafeLineLoader", "compile_rules", "validate_rules", "parse_word_spec", "is_acronym", "normalize_phrase",
    "cache_root", "CacheWarning",
    "Codebook", "CameoCode", "Role", "ActorEntry", "AgentEntry", "WordSpec", "SlotSpec", "Pattern", "VerbForm",
    "VerbBlock", "Phrase", "PhraseIndex", "AcledRules", "Rule", "Cue", "SubEventType",
    "Problem", "CodebookError", "CoderError",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'coder.codebook' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if TYPE_CHECKING:  # what type checkers and IDEs see
    from coder.codebook.acled_rules import compile_rules, validate_rules
    from coder.codebook.cache import CacheWarning, cache_root
    from coder.codebook.compile import compile_codebook, load_codebook, validate_codebook
    from coder.codebook.load import (DEFAULT_CODEBOOK_ENV, MANIFEST, SECTIONS, default_codebook_dir, load_checked,
                                     manifest_path, shipped_codebook_dir)
    from coder.codebook.model import (NULL_CODE, AcledRules, ActorEntry, AgentEntry, CameoCode, Codebook, Cue,
                                      Pattern, Phrase, PhraseIndex, Role, Rule, SlotSpec, SubEventType, VerbBlock,
                                      VerbForm, WordSpec, is_acronym, normalize_phrase)
    from coder.codebook.verbs import parse_word_spec
    from coder.codebook.yamlfile import LoadedFile, SafeLineLoader, load_yaml, schema_problems, schema_validator
    from coder.errors import CodebookError, CoderError, Problem
