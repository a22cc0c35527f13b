"""Errors as data: one catalogue of error codes, the typed Problem, and the error classes.

Every error or warning a user can meet has a stable code in :data:`CATALOGUE` (like spaCy's
``Errors`` or frictionless-py's error classes): its kind (a short slug to group and filter
by), its severity and a message template. Library code raises :class:`CoderError`
subclasses (each carries its code) and collects :class:`Problem` values; only the CLI turns
them into exit codes. Tools read ``code``/``kind``/``file``/``line`` instead of parsing
messages::

    Problem.of("E231", "verbs.yaml", 12, "entries[3].code", code="999")
    # verbs.yaml:12: error E231: unknown CAMEO code 999 (entries[3].code)

Ranges: E0xx input, E1xx parsing, E2xx/W2xx codebooks, E3xx output and runs, E5xx
benchmarks, E6xx the workbench, W7xx lint (style warnings). Add a code here before raising
or reporting it (a test checks that every code in the package is catalogued). This module
imports nothing from the project.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ErrorCode:
    """One entry of the catalogue. ``template`` is a ``str.format`` template."""

    code: str
    kind: str
    template: str
    severity: str = "error"  # "error" | "warning"

    def format(self, **params: object) -> str:
        return self.template.format(**params)


def _catalogue(*entries: ErrorCode) -> dict[str, ErrorCode]:
    out: dict[str, ErrorCode] = {}
    for entry in entries:
        if entry.code in out:
            raise ValueError(f"error code {entry.code} defined twice")
        out[entry.code] = entry
    return out


def _w(code: str, kind: str, template: str) -> ErrorCode:
    return ErrorCode(code, kind, template, "warning")


CATALOGUE: dict[str, ErrorCode] = _catalogue(
    # general and input
    ErrorCode("E000", "error", "{message}"),
    ErrorCode("E001", "input", "{message}"),
    ErrorCode("E002", "input-record", "{message}"),
    # parsing
    ErrorCode("E101", "model-not-found", "{message}"),
    ErrorCode("E102", "conllu", "{message}"),
    ErrorCode("E103", "parse-failed", "{message}"),
    ErrorCode("E104", "code-failed", "{message}"),
    # codebooks: files
    ErrorCode("E201", "codebook", "codebook has {count} error(s)"),
    ErrorCode("E202", "manifest-not-found", "codebook manifest not found (point --codebook or ${env} at a "
                                            "folder with {manifest})"),
    ErrorCode("E203", "file-unreadable", "cannot read file: {reason}"),
    ErrorCode("E204", "yaml-syntax", "YAML syntax error: {reason}"),
    ErrorCode("E205", "yaml-tag", "YAML tag {tag} is not allowed: codebooks are data, nothing in them is "
                                  "evaluated"),
    ErrorCode("E206", "file-kind", "expected 'kind: {kind}' at the top of the file"),
    ErrorCode("E207", "schema", "{message}"),
    ErrorCode("E208", "file-missing", "{section} file not found: {name}"),
    ErrorCode("E209", "file-absolute", "{section} file {name!r} is an absolute path: name files relative to "
                                       "the codebook folder"),
    ErrorCode("E210", "file-outside", "{section} file {name!r} leaves the codebook folder ('..')"),
    ErrorCode("E211", "file-symlink-outside", "{section} file {name!r} is a symbolic link out of the codebook "
                                              "folder (to {target})"),
    ErrorCode("E212", "file-shipped-missing", "{section} file {name!r}: the shipped codebook has no such file"),
    # codebooks: CAMEO table, actors, verbs
    ErrorCode("E220", "cameo-root-twice", "root {root} is in two quad classes"),
    ErrorCode("E221", "cameo-duplicate", "duplicate CAMEO code {code}"),
    ErrorCode("E222", "cameo-no-quad", "root {root} of {code} has no quad class"),
    ErrorCode("E223", "cameo-related-missing", "{field} code {value} of {code} is not in the table"),
    ErrorCode("E224", "date-invalid", "not a valid date: {value!r}"),
    ErrorCode("E225", "role-dates", "role {role} ends ({end}) before it starts ({start})"),
    _w("W226", "roles-overlap", "dated roles {first} and {second} overlap"),
    _w("W227", "agent-exclude-unused", "excluded agent name {name!r} is in no later agents file"),
    _w("W228", "actor-exclude-unused", "excluded actor name {name!r} is in no later actors file"),
    _w("W230", "synset-redefined", "synset {name} defined again; members merged"),
    ErrorCode("E231", "cameo-unknown", "unknown CAMEO code {code}"),
    ErrorCode("E232", "synset-undefined", "undefined synset {name}"),
    ErrorCode("E233", "block-duplicate", "duplicate verb block id {id!r}"),
    ErrorCode("E234", "pattern-id-duplicate", "duplicate pattern id {id!r} (first at {first})"),
    ErrorCode("E235", "pattern-duplicate", "pattern {id!r} duplicates {first_id!r} ({first_ref}): same verb "
                                           "block and frame"),
    # codebooks: ACLED rules
    ErrorCode("E240", "acled-sub-type-twice", "sub-event type {name!r} listed twice"),
    ErrorCode("E241", "acled-lexicon-unknown", "unknown lexicon {cue}"),
    ErrorCode("E242", "acled-rule-id", "rule id {id!r} already used at line {first}"),
    ErrorCode("E243", "acled-sub-type-unknown", "unknown sub_event_type {name!r} (not in sub_event_types)"),
    _w("W244", "acled-rule-unconditional", "rule {id!r} has no condition: it matches everything"),
    # codebooks: language profile
    ErrorCode("E250", "language-unknown", "{message}"),
    ErrorCode("E251", "language-file", "{message}"),
    # output records
    ErrorCode("E301", "output", "{message}"),
    ErrorCode("E302", "format", "{message}"),
    ErrorCode("E310", "record-schema", "{message}"),
    ErrorCode("E311", "layout-row", "{message}"),
    ErrorCode("E303", "resume", "{message}"),
    # benchmarks
    ErrorCode("E501", "gold", "{message}"),
    ErrorCode("E502", "benchmark", "{message}"),
    # the workbench (coder serve)
    ErrorCode("E601", "workbench", "{message}"),
    # lint: loads, but probably not what the author meant
    _w("W701", "name-stopword", "{what} name {name!r} is a stopword"),
    _w("W702", "name-short", "{what} name {name!r} has only {letters} letter(s)"),
    _w("W703", "name-shadowed", "{what} name {name!r} ({code}) is shadowed by the same name at {first} "
                                "({first_code})"),
    _w("W704", "verb-several-blocks", "verb {verb!r} is in {count} blocks: {blocks}"),
    _w("W705", "block-without-verbs", "verb block {id} has patterns but no verbs or nouns"),
    _w("W706", "word-not-lower", "pattern {id}: word {word!r} is not lower case; words are lemmas and never "
                                 "match"),
    _w("W707", "word-plural", "pattern {id}: {word!r} looks plural; words are lemmas (use {singular!r})"),
    _w("W708", "obl-without-prep", "pattern {id}: obl slot without prep matches any oblique"),
    _w("W709", "source-is-target", "pattern {id}: source and target are both {slot}"),
    _w("W710", "synset-unused", "synset {name} is not used by any pattern"),
)

# the code a reject gets from the stage that rejected it, when its maker gave none
STAGE_CODES = {"read": "E002", "parse": "E103", "code": "E104", "validate": "E310"}


def error_code(code: str) -> ErrorCode:
    """The catalogue entry of ``code``; raises KeyError naming the code when unknown."""
    try:
        return CATALOGUE[code]
    except KeyError:
        raise KeyError(f"error code {code!r} is not in coder.errors.CATALOGUE") from None


class CoderError(Exception):
    """Base class for errors a user can act on (bad input, missing model, bad codebook)."""

    code = "E000"

    @property
    def kind(self) -> str:
        return error_code(self.code).kind

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class InputError(CoderError):
    """An input file or record cannot be read."""

    code = "E001"


@dataclass(frozen=True)
class Problem:
    """One validation finding, located in a file. ``code`` (see :data:`CATALOGUE`) is empty
    only for problems made by code outside the catalogue."""

    severity: str  # "error" | "warning"
    file: str
    line: int  # 1-based; 0 when unknown
    message: str
    path: str = ""  # JSON path inside the file, e.g. entries[3].roles[0].from
    code: str = ""

    @classmethod
    def of(cls, code: str, file: str, line: int, path: str = "", /, **params: object) -> "Problem":
        """A problem from the catalogue: severity and message come from ``code``; ``params``
        fill its template."""
        entry = error_code(code)
        return cls(entry.severity, file, line, entry.format(**params), path, code)

    @property
    def kind(self) -> str:
        return CATALOGUE[self.code].kind if self.code in CATALOGUE else ""

    def as_dict(self) -> dict[str, object]:
        """A flat record for reports and JSON output (frictionless-style)."""
        return {"code": self.code, "kind": self.kind, "severity": self.severity, "file": self.file,
                "line": self.line, "path": self.path, "message": self.message}

    def at(self, file: str, line: int | None = None) -> "Problem":
        """The same problem located in another file (and line)."""
        return Problem(self.severity, file, self.line if line is None else line, self.message, self.path,
                       self.code)

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        at = f" ({self.path})" if self.path else ""
        code = f" {self.code}" if self.code else ""
        return f"{where}: {self.severity}{code}: {self.message}{at}"


class CodebookError(CoderError):
    """A codebook has errors; ``problems`` lists every one of them."""

    code = "E201"

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = [p for p in problems if p.severity == "error"]
        shown = "\n".join(f"  {p}" for p in errors[:20])
        more = f"\n  ... and {len(errors) - 20} more" if len(errors) > 20 else ""
        super().__init__(f"{error_code(self.code).format(count=len(errors))}:\n{shown}{more}")
