"""The phrase index finds the longest phrase at a position, the first indexed winning ties,
whatever mix of plain phrases, acronyms, prefix words and last-word lemmas is involved: its
lookup by words gives what comparing every phrase in turn gives."""

from __future__ import annotations

import random

from coder.codebook.model import PhraseIndex


def longest_by_comparing_every_phrase(index, words, raw=None, alt_last=None):
    candidates = index.exact.get(words[0], []) + index.stems.get(words[0][:3], [])
    for short in (words[0][:2], words[0][:1]):
        if short in index.stems and short != words[0][:3]:
            candidates = candidates + index.stems[short]
    if alt_last is not None and alt_last[0] != words[0]:
        candidates = candidates + index.exact.get(alt_last[0], [])
    best = None
    for phrase, value in candidates:
        n = len(phrase.words)
        if best is not None and n <= best[0]:
            continue
        if phrase.matches(words, raw) or (alt_last is not None and len(words) >= n
                                          and phrase.matches(words[:n - 1] + [alt_last[n - 1]], raw)):
            best = (n, value)
    return best


def test_lookup_by_words_agrees_with_comparing_every_phrase():
    vocab = ["al", "alpha", "beta", "US", "us", "the", "army", "armies", "arm*", "a*", "al*", "free", "syrian"]
    texts = ["al", "Alpha", "beta", "US", "us", "the", "army", "armies", "arms", "Free", "syrian", "x"]
    rng = random.Random(7)
    for _ in range(200):
        items = [(" ".join(rng.choice(vocab) for _ in range(rng.randint(1, 3))), k) for k in range(rng.randint(1, 40))]
        index = PhraseIndex.build(items)
        for _ in range(40):
            raw = [rng.choice(texts) for _ in range(rng.randint(1, 4))]
            words = [w.lower() for w in raw]
            alt = [rng.choice([w, "army", "us", "al"]) for w in words] if rng.random() < 0.6 else None
            spelled = raw if rng.random() < 0.8 else None
            assert index.longest_at(words, spelled, alt) == longest_by_comparing_every_phrase(index, words, spelled, alt)
            if not index.may_start(words[0], alt[0] if alt else None):  # the quick test is never wrong
                assert index.longest_at(words, spelled, alt) is None


def test_longest_phrase_wins_and_the_first_indexed_breaks_ties():
    index = PhraseIndex.build([("free army", "A"), ("free syrian army", "B"), ("free syrian army", "C"), ("SDF", "D")])
    assert index.longest_at(["free", "syrian", "army", "said"]) == (3, "B")
    assert index.longest_at(["free", "army"]) == (2, "A")
    assert index.longest_at(["sdf"], ["sdf"]) is None and index.longest_at(["sdf"], ["SDF"]) == (1, "D")
    assert index.longest_at(["free", "armies"], alt_last=["free", "army"]) == (2, "A")
