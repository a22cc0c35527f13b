"""Output formats: the full event schema, or ACLED / Phoenix / PLOVER layouts from coder.acled.

Every converted row is validated against its format's schema; failures become rejects.
"""

from __future__ import annotations

from typing import Any

from coder.codebook import Codebook
from coder.errors import CoderError
from coder.records import COLUMNS
from coder.schema import Rejected, validate_records

FORMATS = ("full", "acled", "phoenix", "plover")


class FormatError(CoderError):
    code = "E302"


def convert_records(records: list[dict[str, Any]], fmt: str, dedup: str | None, codebook: Codebook
                    ) -> tuple[list[dict[str, Any]], list[str], list[Rejected], int]:
    """(rows, columns, rejected rows, merged duplicates) for an output format."""
    if fmt not in FORMATS:
        raise FormatError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    merged = 0
    if dedup:
        if dedup not in ("story", "day"):
            raise FormatError(f"unknown --dedup {dedup!r} (story or day)")
        from coder.acled.dedup import dedup as merge

        records, merged = merge(records, by=dedup)
    if fmt == "full":
        return records, list(COLUMNS), [], merged
    from coder.acled import formats

    convert, schema = {
        "acled": (formats.to_acled_rows, "acled"),
        "phoenix": (formats.to_phoenix_rows, "phoenix"),
        "plover": (formats.to_plover_records, "plover"),
    }[fmt]
    rows = convert(records)
    columns = list(rows[0].keys()) if rows else list(getattr(formats, f"{fmt.upper()}_COLUMNS", []))
    valid, rejected = validate_records(rows, schema)
    return valid, columns, rejected, merged
