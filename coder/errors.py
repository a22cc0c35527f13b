"""Error types. Library code raises these; only the CLI turns them into exit codes.

Each error class has a stable code (like spaCy's E-codes) so users can search for it.
"""

from __future__ import annotations

from dataclasses import dataclass


class CoderError(Exception):
    """Base class for errors a user can act on (bad input, missing model, bad codebook)."""

    code = "E000"

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class InputError(CoderError):
    """An input file or record cannot be read."""

    code = "E001"


@dataclass(frozen=True)
class Problem:
    """One validation finding, located in a file."""

    severity: str  # "error" | "warning"
    file: str
    line: int  # 1-based; 0 when unknown
    message: str
    path: str = ""  # JSON path inside the file, e.g. entries[3].roles[0].from

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        at = f" ({self.path})" if self.path else ""
        return f"{where}: {self.severity}: {self.message}{at}"


class CodebookError(CoderError):
    """A codebook has errors; ``problems`` lists every one of them."""

    code = "E201"

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = [p for p in problems if p.severity == "error"]
        shown = "\n".join(f"  {p}" for p in errors[:20])
        more = f"\n  ... and {len(errors) - 20} more" if len(errors) > 20 else ""
        super().__init__(f"codebook has {len(errors)} error(s):\n{shown}{more}")
