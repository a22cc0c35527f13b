"""Validation of output records against the JSON Schemas shipped in the package.

Every record is checked before it is written; a failing record goes to the rejects with
its reasons, never silently dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from coder.codebook import schema_validator


@dataclass(frozen=True)
class Rejected:
    """A record (or whole input document) that could not be coded, and why."""

    doc_id: str
    reason: str
    record: dict[str, Any] | None = None
    stage: str = "validate"  # read | parse | code | validate


def record_errors(record: dict[str, Any], schema: str = "event") -> list[str]:
    """Every schema violation of one record, as 'field: message' strings."""
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
