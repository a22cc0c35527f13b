"""Confidence of an ACLED record: how likely its sub-event type is right, in [0, 1].

A record's CAMEO event confidence (:mod:`coder.code.confidence`) says whether the event was
coded right; how its ACLED type was decided says much more about the type
(:func:`coder.acled.rules.typing_basis`: a cue in the event's own clause, a CAMEO code of its
own, the actor types alone, or the generic type of a whole CAMEO family), and so does the
rest of its document (:data:`DOCUMENT_FEATURES`): a snippet reports one event, so a type
that the document's own type (:func:`coder.acled.document.document_sub_event_type`) or the
specific means its words name (its first document cue rule of a type that is not generic:
"a car bomb", "shelling") contradicts, or that few of its typed events share, is less
likely the one it reports.

The score is a logistic model over the logit of the event confidence, the basis and the
document features; its weights are data (``confidence.json`` beside this module), fitted on
the tune half of the CASE 2021 benchmark by ``benchmarks/calibrate_acled_confidence.py``:
never set by hand. A record without an ACLED type has no ACLED confidence.
"""

from __future__ import annotations

import functools
import json
import math
from collections import Counter
from pathlib import Path
from typing import Any, Mapping, Sequence

from coder.acled.rules import BASES

WEIGHTS_FILE = Path(__file__).with_name("confidence.json")
REFERENCE_BASIS = "cue"  # the basis the others are measured against (weight 0)
EPSILON = 0.001  # event confidences are clipped to [EPSILON, 1 - EPSILON] before their logit
# what the rest of the document says of a record's type, each in [0, 1]:
#   document_type_differs: the document's own ACLED type is another type
#   text_names_other_type / text_names_this_type: the first document cue rule its words meet
#     (relative clauses left out) names a specific type (not a generic one, which words such
#     as "attacked" or "killed" name: coder.acled.document.GENERIC) and it is another type /
#     this type
#   minority_type: the share of the document's ACLED-typed records that have another type
DOCUMENT_FEATURES = ("document_type_differs", "text_names_other_type", "text_names_this_type", "minority_type")

Weights = tuple  # (intercept, event_logit weight, {basis: weight}[, {document feature: weight}])


@functools.lru_cache(maxsize=4)
def load_weights(path: str | Path = WEIGHTS_FILE) -> tuple[float, float, dict[str, float], dict[str, float]]:
    """(intercept, weight of the event confidence's logit, weight of each basis, weight of
    each document feature) from a weights file; a clear error names the file and the field
    that is wrong. A file without ``document`` weights gives the document features none."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: not a readable ACLED confidence weights file: {exc}") from None
    try:
        intercept = float(data["intercept"])
        slope = float(data["event_logit"])
        bases = {str(k): float(v) for k, v in data["bases"].items()}
        document = {str(k): float(v) for k, v in (data.get("document") or {}).items()}
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValueError(f"{path}: field {exc}: missing or not a number "
                         "(intercept, event_logit, bases: {basis: weight}, document: {feature: weight})") from None
    unknown = sorted(set(bases) - set(BASES))
    if unknown:
        raise ValueError(f"{path}: bases: unknown typing basis {unknown[0]!r} (one of {', '.join(BASES)})")
    unknown = sorted(set(document) - set(DOCUMENT_FEATURES))
    if unknown:
        raise ValueError(f"{path}: document: unknown feature {unknown[0]!r} (one of {', '.join(DOCUMENT_FEATURES)})")
    return intercept, slope, bases, document


def logit(p: float) -> float:
    p = min(max(float(p), EPSILON), 1.0 - EPSILON)
    return math.log(p / (1.0 - p))


def features(event_confidence: float, basis: str, context: Mapping[str, float] | None = None) -> dict[str, float]:
    """The model's inputs: the event confidence's logit, a one-hot of the basis (the
    reference basis has none) and the document features (0 without a context)."""
    context = context or {}
    return {"event_logit": logit(event_confidence),
            **{b: float(b == basis) for b in BASES if b != REFERENCE_BASIS},
            **{name: float(context.get(name, 0.0)) for name in DOCUMENT_FEATURES}}


def type_confidence(event_confidence: float | None, basis: str | None, weights: Weights | None = None,
                    context: Mapping[str, float] | None = None) -> float | None:
    """How likely an ACLED record's sub-event type is right; None for a record without a
    type (no basis) or without an event confidence. ``context``: the record's document
    features (:func:`document_contexts`); without one, a record read alone."""
    if basis is None or event_confidence is None:
        return None
    if basis not in BASES:
        raise ValueError(f"unknown ACLED typing basis {basis!r} (one of {', '.join(BASES)})")
    intercept, slope, bases, *rest = weights if weights is not None else load_weights()
    document = rest[0] if rest else {}
    z = intercept + slope * logit(event_confidence) + bases.get(basis, 0.0)
    if context:
        z += sum(document.get(name, 0.0) * float(context.get(name, 0.0)) for name in DOCUMENT_FEATURES)
    return round(1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0))), 3)


def document_contexts(records: Sequence[dict[str, Any]], doc: Any, codebook: Any) -> list[dict[str, float] | None]:
    """The document features (:data:`DOCUMENT_FEATURES`) of each of a document's records
    (all its records, as :func:`coder.records.event_records` writes them); None for a record
    without an ACLED type."""
    typed = [r for r in records if r.get("acled_basis") and r.get("sub_event_type")]
    if not typed:
        return [None] * len(records)
    from coder.acled.document import GENERIC, document_sub_event_type, first_document_rule
    from coder.acled.rules import rules_for

    document_type = document_sub_event_type(doc, records, codebook)
    rule = first_document_rule(doc, rules_for(codebook), factual=True)
    named = rule.sub_event_type if rule is not None and rule.sub_event_type not in GENERIC else None
    counts = Counter(r["sub_event_type"] for r in typed)
    out: list[dict[str, float] | None] = []
    for rec in records:
        sub = rec.get("sub_event_type")
        if not (rec.get("acled_basis") and sub):
            out.append(None)
            continue
        out.append({"document_type_differs": float(document_type is not None and document_type != sub),
                    "text_names_other_type": float(named is not None and named != sub),
                    "text_names_this_type": float(named is not None and named == sub),
                    "minority_type": 1.0 - counts[sub] / len(typed)})
    return out


def with_document_confidence(records: list[dict[str, Any]], doc: Any, codebook: Any) -> list[dict[str, Any]]:
    """A document's records with each ACLED record's ``acled_confidence`` scored with its
    document features (the records are updated in place and returned)."""
    for rec, context in zip(records, document_contexts(records, doc, codebook)):
        if context is not None:
            rec["acled_confidence"] = type_confidence(rec.get("confidence"), rec["acled_basis"], context=context)
    return records
