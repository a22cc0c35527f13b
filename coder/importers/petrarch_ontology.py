"""PETRARCH's internal coding ontology (PICO): CAMEO codes as numbers whose arithmetic
carries meaning, read from ``PETR.Internal.Coding.Ontology.txt`` (UniversalPetrarch).

A line is ``CODE:VALUE#comment`` with VALUE a signed sum of hexadecimal terms
(``-0xFFFF+0x0200``). Negation subtracts 0xFFFF: the negation of a code is the code whose
value is its value minus 0xFFFF ("not yield" 0x0200 → 124 "refuse to yield"; "not
disapprove" 110 = 0xFFFF+0x0080 → 050). A code whose negated value names no code has no
negation: negated, it is no event.
"""

from __future__ import annotations

import re
from pathlib import Path

from coder.errors import CoderError

NEGATION_OFFSET = 0xFFFF
_LINE = re.compile(r"^(\d{2,4})\s*:\s*(.+)$")
_TERM = re.compile(r"([-+]?)\s*0x([0-9a-fA-F]+)")


def read_ontology(path: Path) -> dict[str, int]:
    """CAMEO code -> PICO value, in file order. Malformed lines raise with file:line."""
    values: dict[str, int] = {}
    for number, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()  # "110:0x1007f#0xFFFF+0x0080#Disapprove"
        if not line or line.startswith("---"):  # the null code, no action
            continue
        match = _LINE.match(line)
        if not match:
            raise CoderError(f"{path}:{number}: not a 'CODE:VALUE' ontology line: {raw.strip()!r}")
        code, expression = match.groups()
        terms = _TERM.findall(expression)
        if not terms or "".join(f"{s}0x{h}" for s, h in terms).replace(" ", "") != expression.replace(" ", ""):
            raise CoderError(f"{path}:{number}: cannot read the value {expression!r}")
        values.setdefault(code, sum(-int(h, 16) if s == "-" else int(h, 16) for s, h in terms))
    return values


def negations(values: dict[str, int]) -> dict[str, str]:
    """CAMEO code -> the code of its negation, for codes that have one. Where several codes
    share a value, the first listed (the general code) stands for it."""
    by_value: dict[int, str] = {}
    for code, value in values.items():
        by_value.setdefault(value, code)
    return {code: by_value[value - NEGATION_OFFSET] for code, value in values.items()
            if value - NEGATION_OFFSET in by_value}
