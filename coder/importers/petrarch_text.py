"""Shared pieces of the PETRARCH importers: reading dictionary lines, reports, words.

PETRARCH dictionaries are flat text: ``#`` starts a comment (anywhere on a line), lines
starting with ``<!`` are XML-style comments and skipped whole, ``<!-- ... -->`` inside a
line is removed. Every converted item keeps its source line number, and everything that
cannot be converted is recorded as a :class:`Skipped` with file, line and reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from coder.lang.profile import fold_accents

ATTRIBUTION = ("PETRARCH-2 dictionaries (openeventdata/petrarch2, commit 676801c), "
               "(c) Open Event Data Alliance, MIT License")
ACTOR_CODE = re.compile(r"^[A-Z0-9]{3}([A-Z0-9]{3})*$")
CAMEO_CODE = re.compile(r"^([0-9]{2,4}|---)$")
_INLINE_XML_COMMENT = re.compile(r"<!--.*?-->")


@dataclass(frozen=True)
class Skipped:
    """One source item that was not converted."""

    file: str
    line: int
    reason: str

    def __iter__(self):  # unpacks as (file, line, reason)
        return iter((self.file, self.line, self.reason))

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.reason}"


@dataclass
class FileReport:
    """Counts for one converted dictionary file."""

    file: str
    kind: str  # verbs | actors | agents | discards | issues
    source: int = 0  # items in the source (patterns, actor records, agent lines, ...)
    converted: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    notes: dict[str, int] = field(default_factory=dict)  # other counts (verbs, synsets, ...)
    output: str = ""  # the YAML file written, relative to the codebook folder

    def skip(self, line: int, reason: str) -> None:
        self.skipped.append(Skipped(self.file, line, reason))

    @property
    def rate(self) -> float:
        return self.converted / self.source if self.source else 1.0


@dataclass
class ImportReport:
    """What an import converted, per file, and what it could not convert."""

    files: dict[str, FileReport] = field(default_factory=dict)
    extra_cameo_codes: list[str] = field(default_factory=list)
    out_dir: Path | None = None

    @property
    def skipped(self) -> list[Skipped]:
        return [s for rep in self.files.values() for s in rep.skipped]

    def summary_lines(self) -> list[str]:
        lines = []
        for rep in self.files.values():
            extra = ", ".join(f"{k} {v}" for k, v in rep.notes.items())
            lines.append(f"{rep.file} ({rep.kind}): {rep.converted}/{rep.source} converted "
                         f"({100 * rep.rate:.1f}%), {len(rep.skipped)} skipped"
                         + (f"; {extra}" if extra else ""))
        if self.extra_cameo_codes:
            lines.append("CAMEO codes added to the code table: " + ", ".join(self.extra_cameo_codes))
        return lines


def dictionary_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(1-based line number, text without comments) for every non-blank line."""
    with path.open(encoding="utf-8", errors="replace") as fh:
        for number, raw in enumerate(fh, start=1):
            line = raw.rstrip("\n")
            if line.startswith("#") or line.lstrip().startswith("<!"):
                continue
            line = _INLINE_XML_COMMENT.sub(" ", line)
            if "#" in line:
                line = line[: line.index("#")]
            if line.strip():
                yield number, line


def slug(path: Path) -> str:
    """A short id for a dictionary file: 'Phoenix.Countries.actors.txt' -> 'phoenix-countries'."""
    stem = path.name
    for suffix in (".txt", ".actors", ".agents", ".verbs", ".discards"):
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
    return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "dict"


_INVARIANT_NOUNS = {"news", "series", "species", "means", "headquarters", "police", "people",
                    "aircraft", "personnel", "chaos", "arms", "talks", "forces"}
_IRREGULAR_NOUNS = {"men": "man", "women": "woman", "children": "child", "crises": "crisis",
                    "analyses": "analysis", "theses": "thesis", "feet": "foot", "mice": "mouse",
                    "spokesmen": "spokesman", "diagnoses": "diagnosis", "countrymen": "countryman"}


def singular(word: str) -> str:
    """The lemma a UD lemmatizer gives a (lower-case) English noun, by regular rules.

    PETRARCH patterns match surface words ("SANCTIONS"); coder patterns match lemmas.
    Only regular plurals are undone; words where that is unsafe are left alone.
    """
    if word in _IRREGULAR_NOUNS:
        return _IRREGULAR_NOUNS[word]
    if len(word) <= 3 or not word.isalpha() or word in _INVARIANT_NOUNS:
        return word
    if word.endswith("men") and len(word) > 5:
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "ics", "ous")):
        return word[:-1]
    return word


def plural(word: str) -> str:
    """PETRARCH's regular plural rule (used for agents and issues)."""
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def name_variants(name: str, profile) -> list[str]:
    """A name and the spellings a parse of the profile's language may show it in: the
    profile's contractions split (a contraction of preposition and article → both words), accents dropped when
    the profile folds them. ``profile`` None: the name alone."""
    out = [name]
    if profile is None:
        return out
    if profile.contractions:
        split = " ".join(" ".join(profile.contractions.get(w.lower(), (w,))) for w in name.split())
        out.append(split)
    if profile.fold_accents:
        out.extend([fold_accents(n) for n in out])
    return list(dict.fromkeys(out))


def profile_singular(word: str, profile) -> str:
    """The regular singular of a (lower-case) noun by the profile's plural rules."""
    if not word.isalpha():
        return word
    for rule in profile.plural_rules:
        if (word.endswith(rule.suffix) and not word.endswith(tuple(profile.plural_keep_endings))
                and len(word) - len(rule.suffix) >= rule.min_stem):
            return word[: len(word) - len(rule.suffix)] + rule.replacement
    return word
