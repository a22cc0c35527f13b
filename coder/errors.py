"""Error types. Library code raises these; only the CLI turns them into exit codes.

Each error class has a stable code (like spaCy's E-codes) so users can search for it.
"""

from __future__ import annotations


class CoderError(Exception):
    """Base class for errors a user can act on (bad input, missing model, bad codebook)."""

    code = "E000"

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class InputError(CoderError):
    """An input file or record cannot be read."""

    code = "E001"
