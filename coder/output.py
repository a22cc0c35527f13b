"""Output formats: the full event schema, or ACLED / Phoenix / PLOVER layouts from coder.acled.

Every converted row is validated against its format's schema; failures become rejects.
"""

from __future__ import annotations

from typing import Any

from coder.codebook import Codebook
from coder.errors import CoderError
from coder.records import COLUMNS
from coder.schema import Rejected

FORMATS = ("full", "acled", "phoenix", "plover")


class FormatError(CoderError):
    code = "E302"


def check_format(fmt: str, output_suffix: str) -> None:
    if fmt not in FORMATS:
        raise FormatError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    if fmt == "plover" and output_suffix.lower() not in (".jsonl", ".json", ".ndjson"):
        raise FormatError("PLOVER records are nested JSON: write them to a .jsonl file")


def fixed_columns(fmt: str) -> bool:
    """Whether every chunk of layout ``fmt`` has the same columns (PLOVER's come from its rows)."""
    if fmt == "full":
        return True
    from coder.acled.formats import FORMATS as LAYOUTS

    return fmt in LAYOUTS and LAYOUTS[fmt][2] is not None


def convert_records(records: list[dict[str, Any]], fmt: str, dedup: str | None, codebook: Codebook
                    ) -> tuple[list[dict[str, Any]], list[str], list[Rejected], int]:
    """(rows, columns, rejected rows, merged duplicates) for an output format."""
    if fmt not in FORMATS:
        raise FormatError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    merged = 0
    if dedup:
        if dedup not in ("story", "day"):
            raise FormatError(f"unknown --dedup {dedup!r} (story or day)")
        from coder.acled import dedup as merge

        records, merged = merge(records, by=dedup)
    if fmt == "full":
        return records, list(COLUMNS), [], merged
    from coder.acled.formats import FORMATS as LAYOUTS, checked_rows

    rows, rejected = checked_rows(records, fmt)
    columns = LAYOUTS[fmt][2]
    if columns is None:  # PLOVER: nested JSON records, written as JSON lines
        columns = tuple(rows[0].keys()) if rows else ()
    return rows, list(columns), rejected, merged
