"""Validation of output records against the JSON Schemas shipped in the package.

Every record is checked before it is written; a failing record goes to the rejects with
its reasons, never silently dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from coder.codebook.yamlfile import quick_check, schema_validator
from coder.errors import STAGE_CODES, error_code


@dataclass(frozen=True)
class Rejected:
    """A record (or whole input document) that could not be coded, and why. ``code`` is its
    entry in :data:`coder.errors.CATALOGUE`; left out, the stage's code (read → E002,
    parse → E103, code → E104, validate → E310)."""

    doc_id: str
    reason: str
    record: dict[str, Any] | None = None
    stage: str = "validate"  # read | parse | code | validate
    code: str = ""

    def __post_init__(self) -> None:
        if not self.code:
            object.__setattr__(self, "code", STAGE_CODES.get(self.stage, "E000"))

    @property
    def kind(self) -> str:
        return error_code(self.code).kind


def record_errors(record: dict[str, Any], schema: str = "event") -> list[str]:
    """Every schema violation of one record, as 'field: message' strings ([] for a valid
    record: the compiled quick check passes it, or jsonschema finds nothing)."""
    quick = quick_check(schema)
    if quick is not None and quick(record):
        return []
    errors = []
    for err in schema_validator(schema).iter_errors(record):
        where = ".".join(str(p) for p in err.absolute_path) or "(record)"
        errors.append(f"{where}: {err.message}")
    return errors


def validate_records(records: Iterable[dict[str, Any]], schema: str = "event"
                     ) -> tuple[list[dict[str, Any]], list[Rejected]]:
    """Split records into (valid, rejected-with-reasons)."""
    valid, rejected = [], []
    for record in records:
        errors = record_errors(record, schema)
        if errors:
            rejected.append(Rejected(str(record.get("doc_id", "?")), "; ".join(errors), record))
        else:
            valid.append(record)
    return valid, rejected
