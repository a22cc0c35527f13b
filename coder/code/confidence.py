"""Confidence per event: how likely an event's code is right, in [0, 1], from what the coder
knows about it (pattern specificity against its block's bare-verb pattern, how each actor was
found, negation and modality, where the predicate sits in the parse, event noun or verb,
reported speech; the sentence's other events: a sentence that codes several roots reports one
of them, most often the one nearest the top of the parse, and each other predicate that coded
an act, kept or set aside, is a chance that this one is not the act reported; the events the
same predicate coded for a list of actors; a sense a specific pattern picked for a verb whose
patterns code several roots; a source found far from its predicate; a verb conjoined to
another, whose subject and clause it borrows; a target taken from an embedded predicate or a
complement clause; an event noun carried by a support verb, whose subject is its source; a
PLOVER category that the code's subcode decides, not its root).
Features are numbers in [0, 1]; the score is a logistic model whose weights are data
(``confidence.json`` beside this module), fitted on the tune halves of the shared benchmarks
judged by the event's own label (CAMEO root, PLOVER event, penta class; an ACLED type's
confidence builds on this one: :mod:`coder.acled.confidence`) by
``benchmarks/calibrate_confidence.py``: never set by hand."""

from __future__ import annotations

import functools
import json
import math
from itertools import repeat
from operator import mul
from pathlib import Path
from typing import Mapping, Sequence

from coder.codebook import NULL_CODE
from coder.copies import replace
from coder.doc import Sentence
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
    "main_predicate", "background_clause", "depth", "sentence_length", "verb_not_tagged_verb",
    "target_from_clause", "target_from_complement",
    "quad_verbal_cooperation", "quad_material_cooperation", "quad_verbal_conflict", "quad_material_conflict",
    "competing_root", "below_other_root", "source_distance", "polysemous_sense", "plover_from_subcode",
    "other_predicates", "conjoined_predicate", "support_noun", "listed_actors", "blocks_disagree",
)
# the direction the coder knows a feature to push (the fit keeps it, or sets the weight to 0):
# a weaker way of finding an actor, a bare pattern, an unasserted or embedded predicate never
# make an event more likely right; a more specific pattern or the main predicate never less
SIGNS = {**{f"{role}_{k}": -1 for role in ("source", "target") for k in WEAKER_ACTORS},
         "bare_pattern": -1, "nominal": -1, "modality": -1, "depth": -1, "background_clause": -1,
         "verb_not_tagged_verb": -1, "target_from_clause": -1, "specificity": 1, "main_predicate": 1,
         # a sentence coding two roots reports one of them; the one under the other's clause
         # less often; a source borrowed from far away; a sense picked among several roots
         "competing_root": -1, "below_other_root": -1, "source_distance": -1, "polysemous_sense": -1,
         # a PLOVER category that only the subcode decides is as sure as the subcode
         "plover_from_subcode": -1,
         # the verb is listed in several blocks whose own codes name another root: the
         # codebook itself is unsure of its sense
         "blocks_disagree": -1,
         # other predicates of the sentence that code an act (kept or set aside); a verb
         # conjoined to another, which borrows its subject and clause from the first; a
         # target taken from a complement clause ("X believes Y can cope")
         "other_predicates": -1, "conjoined_predicate": -1, "target_from_complement": -1,
         # an event noun carried by a support verb ("launched an attack"): its subject acts
         "support_noun": 1}
# the coder's notes on how an event's arguments were found (coder.code.verbs, coder.code.nouns)
EMBEDDED_TARGET = "target from embedded predicate"
COMPLEMENT_TARGET = "target from complement clause"
SUPPORT_SOURCE = "source from support verb"
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
                   sentence_events: Sequence[Event] = (), coded: Sequence[int] | None = None) -> dict[str, float]:
    """The features of one event of a sentence, each in [0, 1]. ``coded``: the predicates
    of the sentence that coded an event, kept or set aside (None: those of
    ``sentence_events``)."""
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
        "sentence_length": min(len(s.tokens), 60) / 60,
        "verb_not_tagged_verb": float(not ev.nominal and match is not None and match.token.upos != "VERB"),
        "target_from_clause": float(any(n.startswith(EMBEDDED_TARGET) for n in ev.notes)),
        "target_from_complement": float(any(n.startswith(COMPLEMENT_TARGET) for n in ev.notes)),
        "support_noun": float(ev.nominal and any(n.startswith(SUPPORT_SOURCE) for n in ev.notes)),
        "other_predicates": other_predicates(ev, sentence_events, coded),
        "conjoined_predicate": float(0 < ev.verb_head <= len(s.tokens) and s.token(ev.verb_head).base_rel == "conj"),
        "listed_actors": listed_actors(ev, sentence_events),
        **sentence_features(s, ev, sentence_events),
        "source_distance": source_distance(s, ev),
        "polysemous_sense": 0.0 if bare else min(max(len(_block_roots(cb, block)) - 1, 0), 4) / 4,
        "plover_from_subcode": float(plover_from_subcode(cb, ev.code)),
        "blocks_disagree": float(blocks_disagree(cb, match, ev.code)),
    }
    out.update({name: float(entry is not None and entry.quad == q) for q, name in QUADS.items()})
    for role, actor in (("source", ev.source), ("target", ev.target)):
        kind = actor_kind(actor)
        out.update({f"{role}_{k}": float(k == kind) for k in WEAKER_ACTORS})
    return dict(zip(FEATURES, map(out.__getitem__, FEATURES)))  # in the order of FEATURES


def other_predicates(ev: Event, sentence_events: Sequence[Event], coded: Sequence[int] | None) -> float:
    """The other predicates of the sentence that coded an event, whether it was kept or set
    aside (a background clause, a generic statement): 0 for none, 1 for two or more. A
    sentence reports one act most often; each other candidate is a chance that it is not
    this one."""
    heads = set(coded) if coded is not None else {o.verb_head for o in sentence_events}
    return min(len(heads - {ev.verb_head}), 2) / 2


def listed_actors(ev: Event, sentence_events: Sequence[Event]) -> float:
    """The other events the same predicate coded (one per actor of a list: "A, B and C
    condemned X"): 0 for none, 1 for two or more."""
    same = sum(1 for o in sentence_events if o.verb_head == ev.verb_head and o != ev)
    return min(same, 2) / 2


def sentence_features(s: Sentence, ev: Event, sentence_events: Sequence[Event]) -> dict[str, float]:
    """competing_root: another event of the sentence codes another CAMEO root (a sentence
    mostly reports one act: at most one of them is the act); below_other_root: and that
    event's predicate sits nearer the top of the parse than this one's."""
    others = [o for o in sentence_events if o.code[:2] != ev.code[:2]]
    steps = _depth(s, ev.verb_head)
    return {"competing_root": float(bool(others)),
            "below_other_root": float(any(_depth(s, o.verb_head) < steps for o in others))}


def _depth(s: Sentence, token_id: int) -> int:
    return depth(s, token_id) if 0 < token_id <= len(s.tokens) else len(s.tokens) + 1


def source_distance(s: Sentence, ev: Event) -> float:
    """Steps through the parse from the predicate to its source's head (the source of a
    conjoined or embedded verb borrowed from another clause is further away): 0 for one
    step or none, 1 for four or more."""
    if ev.source is None:
        return 0.0
    steps = tree_distance(s, ev.verb_head, ev.source.head)
    return (min(steps, 4) - 1) / 3 if steps else 0.0


def tree_distance(s: Sentence, a: int, b: int) -> int:
    """Edges on the parse path between two tokens (4 or more when either is not a token
    of the sentence or they share no ancestor)."""
    n = len(s.tokens)
    if not (0 < a <= n and 0 < b <= n):
        return 4
    up = {}
    current, steps = a, 0
    while current and current not in up and steps <= n:
        up[current] = steps
        current, steps = s.token(current).head, steps + 1
    current, steps = b, 0
    while current and steps <= n:
        if current in up:
            return up[current] + steps
        current, steps = s.token(current).head, steps + 1
    return 4


def plover_from_subcode(cb, code: str) -> bool:
    """Whether the code's PLOVER event differs from its root code's ("0813 ease curfew" is
    RETREAT, "080 yield" CONCEDE): the PLOVER category then rests on the subcode, which the
    coder gets wrong more often than the root."""
    entry, root = cb.cameo.get(code), cb.cameo.get(code[:2] + "0")
    return entry is not None and root is not None and entry.plover_event != root.plover_event


def blocks_disagree(cb, match: PredicateMatch | None, code: str) -> bool:
    """Whether the predicate's verb is listed in another block whose own code (its bare
    pattern's) names a CAMEO root other than ``code``'s: the codebook gives the word several
    senses, and which one a sentence means rests on a pattern's specificity or a tie."""
    if match is None:
        return False
    memo = cb.memo.get("word-block-roots") or cb.memo.setdefault("word-block-roots", {})
    key = (match.form.lemma if match.form is not None else None, match.pattern.block)
    roots = memo.get(key)
    if roots is None:
        ids = {f.block for f in cb.verb_forms.get(key[0], ())} | {match.pattern.block}
        roots = memo[key] = frozenset(_bare_root(cb.blocks.get(b)) for b in ids) - {None}
    return any(r != code[:2] for r in roots)


def _bare_root(block) -> str | None:
    """The CAMEO root of a block's own code (its bare pattern's), None for no event."""
    if block is None or not block.patterns:
        return None
    code = block.patterns[-1].code
    return code[:2] if code and code != NULL_CODE else None


def pattern_roots(block) -> set[str]:
    """The CAMEO roots a verb block's patterns code (one for a verb of one sense)."""
    if block is None:
        return set()
    return {p.code[:2] for p in block.patterns if p.code and p.code != NULL_CODE}


def _block_roots(cb, block) -> set[str]:
    """:func:`pattern_roots` of a codebook's verb block, once per codebook and block."""
    memo = cb.memo.get("pattern-roots") or cb.memo.setdefault("pattern-roots", {})
    found = memo.get(block.id)
    if found is None:
        found = memo[block.id] = pattern_roots(block)
    return found


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
    z = intercept + sum(map(mul, map(w.get, features.keys(), repeat(0.0)), features.values()))  # weight × value
    z = max(-30.0, min(30.0, z))
    return round(1.0 / (1.0 + math.exp(-z)), 3)


def scored(a: SentenceAnalysis, predicates: Mapping[int, PredicateMatch],
           events: Sequence[Event], coded: Sequence[int] | None = None) -> list[Event]:
    """The events of one sentence, each with its confidence (``coded``: as in
    :func:`event_features`)."""
    return [replace(ev, confidence=score(event_features(a, predicates, ev, events, coded))) for ev in events]
