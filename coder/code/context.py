"""What the event-assembly steps of one sentence share: the analysis, the predicates and
whether a clause produced events."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping

from coder.codebook import VerbBlock
from coder.doc import Token
from coder.code.analysis import SentenceAnalysis
from coder.code.options import CodingOptions
from coder.code.predicates import PredicateMatch


@dataclass(frozen=True)
class Context:
    a: SentenceAnalysis
    predicates: Mapping[int, PredicateMatch]  # token id → best match
    options: CodingOptions
    # whether a predicate's clause (it, or the predicates embedded in or conjoined to it)
    # produced events; computed on demand, deepest first
    codes_event: Callable[[Token], bool]

    def block(self, match: PredicateMatch) -> VerbBlock:
        return self.a.codebook.blocks[match.pattern.block]

    def is_statement(self, match: PredicateMatch) -> bool:
        """Speech verbs and CAMEO statements report their complement rather than act."""
        return self.block(match).speech or is_statement_code(self.a.codebook, match.pattern.code)

    def is_speech(self, tok: Token) -> bool:
        match = self.predicates.get(tok.id)
        return match is not None and self.block(match).speech


def is_statement_code(codebook, code: str) -> bool:
    """A CAMEO statement code (``statement`` in cameo.yaml: root 01)."""
    entry = codebook.cameo.get(code)
    return entry is not None and entry.statement
