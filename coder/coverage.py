"""What a codebook does not cover in a parsed corpus: the to-do list for a codebook editor.

:func:`coverage` counts verb lemmas with no verb block, and proper-name phrases and
nominal subjects/objects that match no actor or agent, each with an example sentence.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

import pandas as pd

from coder.codebook import Codebook
from coder.doc import Document, Sentence, Token

COLUMNS = ["kind", "text", "count", "example", "sentence_id"]
_ARGUMENT_RELS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl:agent"}
_NAME_RELS = {"flat", "compound", "flat:name"}


def coverage(docs: Iterable[Document], codebook: Codebook, *, top: int | None = None,
             min_count: int = 1) -> pd.DataFrame:
    """Uncovered items, most frequent first: one row per (kind, text).

    kind is ``verb`` (a verb lemma no block knows), ``name`` (a proper-name phrase no actor
    or agent matches) or ``noun`` (the head noun of a subject or object that matches none).
    ``top`` keeps the most frequent rows of each kind.
    """
    counts: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], tuple[str, str]] = {}
    for doc in docs:
        for sentence in doc.sentences:
            for kind, text in uncovered_in_sentence(sentence, codebook):
                key = (kind, text)
                counts[key] += 1
                examples.setdefault(key, (sentence.text, sentence.id))
    rows = [{"kind": k, "text": t, "count": n, "example": examples[(k, t)][0], "sentence_id": examples[(k, t)][1]}
            for (k, t), n in counts.items() if n >= min_count]
    frame = pd.DataFrame(rows, columns=COLUMNS)
    if frame.empty:
        return frame
    frame = frame.sort_values(["kind", "count", "text"], ascending=[True, False, True], kind="stable")
    if top is not None:
        frame = frame.groupby("kind", sort=False).head(top)
    return frame.sort_values(["count", "kind", "text"], ascending=[False, True, True], kind="stable").reset_index(drop=True)


def uncovered_in_sentence(sentence: Sentence, codebook: Codebook) -> list[tuple[str, str]]:
    """(kind, text) for every uncovered verb, name phrase and argument noun in a sentence."""
    out: list[tuple[str, str]] = []
    tokens = list(sentence.tokens)
    for tok in tokens:
        if tok.upos == "VERB" and not verb_known(tok, codebook):
            out.append(("verb", tok.lemma.lower()))
    for span in name_spans(sentence):
        if not phrase_known(span, codebook):
            out.append(("name", " ".join(t.text for t in span)))
    for tok in tokens:
        if tok.upos == "NOUN" and tok.deprel in _ARGUMENT_RELS and not phrase_known([tok], codebook):
            out.append(("noun", tok.lemma.lower()))
    return out


def verb_known(tok: Token, codebook: Codebook) -> bool:
    """Whether the matcher would find this verb (the same lemma candidates it tries)."""
    from coder.code.language import profile_of
    from coder.code.words import lemma_candidates

    candidates = lemma_candidates(tok, profile_of(codebook), codebook)
    return any(c in codebook.verb_forms or c in codebook.noun_forms for c in candidates)


def name_spans(sentence: Sentence) -> list[list[Token]]:
    """Maximal runs of PROPN tokens joined by flat/compound relations (or adjacent)."""
    spans: list[list[Token]] = []
    current: list[Token] = []
    for tok in sentence.tokens:
        if tok.upos == "PROPN" and (not current or tok.id == current[-1].id + 1):
            current.append(tok)
            continue
        if current:
            spans.append(current)
        current = [tok] if tok.upos == "PROPN" else []
    if current:
        spans.append(current)
    return spans


def phrase_known(span: list[Token], codebook: Codebook) -> bool:
    """True when an actor or agent phrase starts at any word of the span."""
    words = [t.text.lower() for t in span]
    raw = [t.text for t in span]
    lemmas = [t.lemma.lower() for t in span]
    for i in range(len(span)):
        for index in (codebook.actors, codebook.agents):
            if index.longest_at(words[i:], raw[i:], lemmas[i:]) is not None:
                return True
    return False
