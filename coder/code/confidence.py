"""Confidence per event: how likely an event's code is right, in [0, 1], from what the coder
knows about it (pattern specificity against its block's bare-verb pattern, how each actor was
found, negation and modality, where the predicate sits in the parse, event noun or verb,
reported speech). Features are numbers in [0, 1]; the score is a logistic model whose
weights are data (``confidence.json`` beside this module), fitted on the tune halves of the
shared benchmarks by ``benchmarks/calibrate_confidence.py``: never set by hand."""

from __future__ import annotations

import functools
import json
import math
from dataclasses import replace
from pathlib import Path
from typing import Mapping, Sequence

from coder.event import ActorRef, Event
from coder.code.analysis import SentenceAnalysis
from coder.code.predicates import PredicateMatch
from coder.code.syntax import depth, in_adjunct

WEIGHTS_FILE = Path(__file__).with_name("confidence.json")
ACTOR_KINDS = ("named", "agent", "reference", "place", "missing")
WEAKER_ACTORS = ACTOR_KINDS[1:]  # a named actor is the baseline the others are measured against
FEATURES = (
    "bare_pattern", "specificity", "support_verb", "nominal",
    *(f"source_{k}" for k in WEAKER_ACTORS), *(f"target_{k}" for k in WEAKER_ACTORS),
    "negated", "modality", "reported", "paired", "statement",
    "main_predicate", "background_clause", "depth", "events_in_sentence", "sentence_length",
    "first_sentence", "verb_not_tagged_verb", "target_from_clause",
    "quad_verbal_cooperation", "quad_material_cooperation", "quad_verbal_conflict", "quad_material_conflict",
)
# the direction the coder knows a feature to push (the fit keeps it, or sets the weight to 0):
# a weaker way of finding an actor, a bare pattern, an unasserted or embedded predicate never
# make an event more likely right; a more specific pattern or the main predicate never less
SIGNS = {**{f"{role}_{k}": -1 for role in ("source", "target") for k in WEAKER_ACTORS},
         "bare_pattern": -1, "nominal": -1, "modality": -1, "depth": -1, "background_clause": -1,
         "verb_not_tagged_verb": -1, "target_from_clause": -1, "specificity": 1, "main_predicate": 1}
QUADS = {1: "quad_verbal_cooperation", 2: "quad_material_cooperation", 3: "quad_verbal_conflict",
         4: "quad_material_conflict"}


def actor_kind(actor: ActorRef | None) -> str:
    """named | agent (an agent alone: "police") | reference (pronoun, definite description,
    dropped subject) | place (a location as last-resort target) | missing."""
    if actor is None:
        return "missing"
    if actor.resolved_from == "place":
        return "place"
    if actor.resolved_from:
        return "reference"
    return "agent" if actor.type == "agent" else "named"


def event_features(a: SentenceAnalysis, predicates: Mapping[int, PredicateMatch], ev: Event,
                   sentence_events: Sequence[Event] = ()) -> dict[str, float]:
    """The features of one event of a sentence, each in [0, 1]."""
    s, cb = a.sentence, a.codebook
    match = predicates.get(ev.verb_head)
    block = cb.blocks.get(match.pattern.block) if match is not None else None
    bare = block is None or not block.patterns or block.patterns[-1].id == ev.pattern_id
    steps = depth(s, ev.verb_head) - 1 if 0 < ev.verb_head <= len(s.tokens) else 4
    entry = cb.cameo.get(ev.code)
    out = {
        "bare_pattern": float(bare),
        "specificity": min(match.specificity if match is not None else 0, 40) / 40,
        "support_verb": float(bool(match is not None and match.light)),
        "nominal": float(ev.nominal),
        "negated": float(ev.negated),
        "modality": float(ev.modality is not None),
        "reported": float(ev.reported_by is not None),
        "paired": float(ev.paired_code is not None),
        "statement": float(bool(entry is not None and entry.statement)),
        "main_predicate": float(steps == 0),
        "background_clause": float(0 < ev.verb_head <= len(s.tokens) and in_adjunct(s, ev.verb_head)),
        "depth": min(max(steps, 0), 4) / 4,
        "events_in_sentence": min(len(sentence_events), 5) / 5,
        "sentence_length": min(len(s.tokens), 60) / 60,
        "first_sentence": float(ev.sentence_index == 0),
        "verb_not_tagged_verb": float(not ev.nominal and match is not None and match.token.upos != "VERB"),
        "target_from_clause": float(any(n.startswith("target from") for n in ev.notes)),
    }
    out.update({name: float(entry is not None and entry.quad == q) for q, name in QUADS.items()})
    for role, actor in (("source", ev.source), ("target", ev.target)):
        kind = actor_kind(actor)
        out.update({f"{role}_{k}": float(k == kind) for k in WEAKER_ACTORS})
    return {name: out[name] for name in FEATURES}


@functools.lru_cache(maxsize=4)
def load_weights(path: str = str(WEIGHTS_FILE)) -> tuple[float, dict[str, float]]:
    """(intercept, weight per feature) from a weights file written by the calibration."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    weights = {str(k): float(v) for k, v in data["weights"].items()}
    unknown = sorted(set(weights) - set(FEATURES))
    if unknown:
        raise ValueError(f"{path}: field 'weights': unknown features {unknown}")
    return float(data["intercept"]), weights


def score(features: Mapping[str, float], weights: tuple[float, dict[str, float]] | None = None) -> float:
    """The logistic score of the features, rounded to three decimals."""
    intercept, w = weights or load_weights()
    z = intercept + sum(w.get(name, 0.0) * value for name, value in features.items())
    z = max(-30.0, min(30.0, z))
    return round(1.0 / (1.0 + math.exp(-z)), 3)


def scored(a: SentenceAnalysis, predicates: Mapping[int, PredicateMatch],
           events: Sequence[Event]) -> list[Event]:
    """The events of one sentence, each with its confidence."""
    return [replace(ev, confidence=score(event_features(a, predicates, ev, events))) for ev in events]
