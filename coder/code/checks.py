"""Why each pattern of a predicate's blocks matched or not, slot by slot: for explanations,
with the coder's own inputs (the analysis and the subject a verb inherits)."""

from __future__ import annotations

from dataclasses import dataclass

from coder.doc import Token
from coder.code.analysis import SentenceAnalysis
from coder.code.predicates import event_noun_blocks, verb_forms_for
from coder.code.slots import slot_match, slot_memo
from coder.code.subjects import inherited_subject


@dataclass(frozen=True)
class PatternCheck:
    pattern_id: str
    code: str
    ref: str
    matched: bool
    missing: tuple[str, ...] = ()  # slots that did not match


@dataclass(frozen=True)
class CandidateReport:
    """A token that realises codebook verbs or event nouns, and how each pattern fared."""

    token: Token
    kind: str  # verb | noun
    blocks: tuple[str, ...]
    checks: tuple[PatternCheck, ...]


def candidate_report(a: SentenceAnalysis, tok: Token) -> CandidateReport | None:
    """The pattern checks of a token's blocks (its verb forms, else its event nouns)."""
    s, cb = a.sentence, a.codebook
    if tok.id in a.name_tokens:
        return None
    forms = verb_forms_for(s, tok, cb)
    blocks = tuple(dict.fromkeys([f.block for f in forms] or [b for b, _ in event_noun_blocks(s, tok, cb)]))
    if not blocks:
        return None
    inherited = inherited_subject(a, tok) if forms else None  # event nouns inherit no subject
    checks = []
    for block_id in blocks:
        for pattern in cb.blocks[block_id].patterns:
            missing = tuple(_slot_text(spec) for spec in pattern.match
                            if slot_match(s, tok, spec, cb, inherited, slot_memo(a.date, a.memo)) is None)
            checks.append(PatternCheck(pattern.id, pattern.code, pattern.ref, not missing, missing))
    return CandidateReport(tok, "verb" if forms else "noun", blocks, tuple(checks))


def _slot_text(spec) -> str:
    words = "/".join(" ".join(w.modifiers + (w.head,)) for w in spec.words)
    return f"{spec.slot}{':' + spec.prep if spec.prep else ''} {words}"
