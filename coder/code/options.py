"""How strictly to code."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CodingOptions:
    """How strictly to code. PETRARCH's default is ``require_dyad=True``."""

    require_dyad: bool = False  # emit only events with both a source and a target
    # CAMEO manual: an announced or intended action ("X will send aid") is coded as an
    # expression of intent (033) or a threat (138); PETRARCH-2 codes the action itself.
    announced_as_intent: bool = True
    # CAMEO codes a refused or negated cooperative action with its Reject code ("refused to
    # yield" = 124, "did not comment" = 011); other negated actions are not events.
    negation_codes: bool = True
    # events whose confidence (coder.code.confidence) is below it are left out of the output
    # and counted in the run's summary (coder code --min-confidence); 0: every event
    min_confidence: float = 0.0
