"""Confidence of an ACLED record: how likely its sub-event type is right, in [0, 1].

A record's CAMEO event confidence (:mod:`coder.code.confidence`) says whether the event was
coded right; how its ACLED type was decided says much more about the type
(:func:`coder.acled.rules.typing_basis`: a cue in the event's own clause, a CAMEO code of its
own, the actor types alone, or the generic type of a whole CAMEO family). The score is a
logistic model over the logit of the event confidence and the basis; its weights are data
(``confidence.json`` beside this module), fitted on the tune half of the CASE 2021 benchmark
by ``benchmarks/calibrate_acled_confidence.py``: never set by hand. A record without an ACLED
type has no ACLED confidence.
"""

from __future__ import annotations

import functools
import json
import math
from pathlib import Path

from coder.acled.rules import BASES

WEIGHTS_FILE = Path(__file__).with_name("confidence.json")
REFERENCE_BASIS = "cue"  # the basis the others are measured against (weight 0)
EPSILON = 0.001  # event confidences are clipped to [EPSILON, 1 - EPSILON] before their logit


@functools.lru_cache(maxsize=4)
def load_weights(path: str | Path = WEIGHTS_FILE) -> tuple[float, float, dict[str, float]]:
    """(intercept, weight of the event confidence's logit, weight of each basis) from a
    weights file; a clear error names the file and the field that is wrong."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: not a readable ACLED confidence weights file: {exc}") from None
    try:
        intercept = float(data["intercept"])
        slope = float(data["event_logit"])
        bases = {str(k): float(v) for k, v in data["bases"].items()}
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValueError(f"{path}: field {exc}: missing or not a number "
                         "(intercept, event_logit, bases: {basis: weight})") from None
    unknown = sorted(set(bases) - set(BASES))
    if unknown:
        raise ValueError(f"{path}: bases: unknown typing basis {unknown[0]!r} (one of {', '.join(BASES)})")
    return intercept, slope, bases


def logit(p: float) -> float:
    p = min(max(float(p), EPSILON), 1.0 - EPSILON)
    return math.log(p / (1.0 - p))


def features(event_confidence: float, basis: str) -> dict[str, float]:
    """The model's inputs: the event confidence's logit and a one-hot of the basis (the
    reference basis has none)."""
    return {"event_logit": logit(event_confidence),
            **{b: float(b == basis) for b in BASES if b != REFERENCE_BASIS}}


def type_confidence(event_confidence: float | None, basis: str | None,
                    weights: tuple[float, float, dict[str, float]] | None = None) -> float | None:
    """How likely an ACLED record's sub-event type is right; None for a record without a
    type (no basis) or without an event confidence."""
    if basis is None or event_confidence is None:
        return None
    if basis not in BASES:
        raise ValueError(f"unknown ACLED typing basis {basis!r} (one of {', '.join(BASES)})")
    intercept, slope, bases = weights if weights is not None else load_weights()
    z = intercept + slope * logit(event_confidence) + bases.get(basis, 0.0)
    return round(1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0))), 3)
