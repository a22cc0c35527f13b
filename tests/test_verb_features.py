"""What a verb's own UD features say: a future form (Tense=Fut). Hand-built parses, made-up
places."""

from __future__ import annotations

from dataclasses import replace

from coder.code import code_document
from conftest import build_document


def _with_features(doc, word: str, feats: tuple[tuple[str, str], ...]):
    sentence = doc.sentences[0]
    tokens = tuple(replace(t, feats=feats) if t.text == word else t for t in sentence.tokens)
    return replace(doc, sentences=(replace(sentence, tokens=tokens),))


def test_a_future_form_of_the_verb_is_announced_not_done(small_codebook):
    doc = _with_features(build_document("""
        Arnor PROPN 2 nsubj
        attacks VERB 0 root attack
        Gondor PROPN 2 obj"""), "attacks", (("Mood", "Ind"), ("Tense", "Fut")))
    [event] = code_document(doc, small_codebook)
    assert event.modality == "future"

