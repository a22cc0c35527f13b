"""The analysis of one sentence, computed once and read by every later step: the sentence
with split names rejoined, its actor mentions, the words of names, discard phrases and
issues."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from itertools import compress, count, repeat
from operator import attrgetter, is_, itemgetter, methodcaller

from coder.codebook import Codebook
from coder.doc import Sentence
from coder.event import ActorRef
from coder.lang import LanguageProfile
from coder.code.language import profile_of
from coder.code.mentions import (find_mentions, longest_phrase, may_start, phrase_reach, root_id, sentence_mentions,
                                 start_keys, starters, with_subject_phrases)
from coder.code.repairs import repair_parse
from coder.code.words import MEMO_LIMIT
from coder.code.syntax import rejoin_split_names


@dataclass(frozen=True)
class SentenceAnalysis:
    sentence: Sentence  # split names rejoined
    codebook: Codebook
    profile: LanguageProfile
    date: dt.date | None
    mentions: tuple[ActorRef, ...]  # named actors of this sentence, in order
    history: tuple[ActorRef, ...]  # actors of earlier sentences, oldest first
    name_tokens: frozenset[int]  # words inside multi-word actor names (and before an agent phrase's last)
    discarded: frozenset[int]  # words inside discard phrases
    issues: tuple[str, ...]  # issue codes the sentence mentions
    # what later steps work out once per sentence (name forms, phrase lookups, resolved
    # phrases): never compared or pickled
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    def __getstate__(self) -> dict:
        return {**self.__dict__, "memo": {}}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)

    def earlier_mentions(self, before: int) -> list[ActorRef]:
        """Actors mentioned before token ``before``: this sentence first, then earlier
        sentences; nearest first."""
        here = [m for m in self.mentions if m.head < before]
        return list(reversed(here)) + list(reversed(self.history))


def analyse(sentence: Sentence, codebook: Codebook, date: dt.date | None = None,
            history: tuple[ActorRef, ...] | list[ActorRef] = ()) -> SentenceAnalysis:
    sentence = repair_parse(rejoin_split_names(sentence), profile_of(codebook), codebook)
    memo: dict = {}
    words, root = list(sentence.tokens), root_id(sentence)
    found = find_mentions(sentence, words, root, codebook, "actors", memo)
    # a multi-word agent phrase names a kind of actor; the words before its last are no
    # predicates either ("armed troops", "ruling party", "striking workers"), whatever the
    # parse makes of them (PETRARCH reads the noun phrase before it looks for verbs)
    kinds = find_mentions(sentence, words, root, codebook, "agents", memo)
    profile = profile_of(codebook)
    mentions = sentence_mentions(sentence, codebook, date, found)
    if profile.pro_drop:  # a later dropped subject stands for a subject's whole phrase
        mentions = with_subject_phrases(sentence, codebook, date, mentions, memo)
    return SentenceAnalysis(
        sentence=sentence, codebook=codebook, profile=profile, date=date,
        mentions=tuple(mentions), history=tuple(history),
        name_tokens=frozenset([*(i for m in found if m.end > m.start for i in range(m.start, m.end + 1)),
                               *(i for m in kinds if m.end > m.start for i in range(m.start, m.end)
                                 if not _takes_as_object(sentence, i, m.end))]),
        discarded=frozenset(discarded_tokens(sentence, codebook)),
        issues=sentence_issues(sentence, codebook), memo=memo)


def _takes_as_object(sentence: Sentence, verb: int, noun: int) -> bool:
    """Whether the parse makes ``noun`` the object of ``verb`` ("Iran armed rebels": a verb
    and its object, not the agent phrase "armed rebels")."""
    tok = sentence.token(noun)
    return tok.head == verb and tok.base_rel in ("obj", "iobj")


def discarded_tokens(sentence: Sentence, codebook: Codebook) -> set[int]:
    """Ids of the tokens inside discard phrases of the sentence."""
    return {i + 1 + k for i, length, _ in discard_hits(list(sentence.texts), codebook)
            for k in range(length)}


def discard_match(words: list[str], codebook: Codebook, story: bool = False) -> tuple[str, str] | None:
    """(phrase found, codebook ref) of the first discard phrase in ``words``, or None."""
    for i, length, ref in discard_hits(words, codebook, story):
        return " ".join(words[i:i + length]), ref
    return None


_LOWER, _LEMMA = attrgetter("lower"), attrgetter("lemma_lower")  # Token.lower, lemma_of(token)
_STRIP = methodcaller("strip", ".,;:!?\"'")  # the punctuation a word written with it ends or starts with
FIRST_LETTERS = tuple(itemgetter(slice(0, n)) for n in (3, 2, 1))  # a word's first three, two, one letters


def discard_hits(words: list[str], codebook: Codebook, story: bool = False):
    """(start index, length, codebook ref) of each discard phrase in ``words``, left to right."""
    index = codebook.story_discards if story else codebook.discards
    if not index:
        return
    starts = _discard_starts(words, codebook, "story_discards" if story else "discards")
    if not any(starts):
        return  # most texts: no discard phrase starts at any word
    lowered = list(map(_STRIP, map(str.lower, words)))
    longest = start_keys(codebook, "story_discards" if story else "discards")[2]
    for i in compress(count(), starts):
        hit = index.longest_at(lowered[i:i + longest], words[i:i + longest])  # no phrase reads further
        if hit:
            yield i, hit[0], hit[1]


def _discard_starts(words: list[str], codebook: Codebook, index_name: str) -> list[bool]:
    """For each word, whether a discard phrase may start with it (mentions.may_start of the
    word lower-cased and stripped of punctuation: a first word, or one whose first three, two
    or one letters are a key). The answer depends on the word alone, so it is remembered per
    word as written, on the codebook: a text's words are looked up in one pass."""
    known = codebook.memo.get(("discard-starts", index_name))
    if known is None:
        known = codebook.memo[("discard-starts", index_name)] = {}
    starts = list(map(known.get, words))
    if None in starts:  # words not seen before
        exact, stems, _ = start_keys(codebook, index_name)
        if len(known) >= MEMO_LIMIT:
            known.clear()
        for i in compress(count(), map(is_, starts, repeat(None))):
            word = _STRIP(words[i].lower())
            starts[i] = known[words[i]] = word in exact or (
                bool(stems) and any(cut(word) in stems for cut in FIRST_LETTERS))
    return starts


def sentence_issues(sentence: Sentence, codebook: Codebook) -> tuple[str, ...]:
    if not codebook.issues:
        return ()
    first = starters(codebook, "issues")
    if first is not None and first.isdisjoint(sentence.lowered) and first.isdisjoint(sentence.lemmas_lowered):
        return ()  # most sentences: no issue phrase starts at any word (norm(t), lemma_of(t))
    words = list(map(_LOWER, sentence.tokens))  # norm(t)
    lemmas = list(map(_LEMMA, sentence.tokens))  # lemma_of(t)
    found: list[str] = []
    raw = list(sentence.texts)
    for i in _issue_starts(codebook, first, words, lemmas):
        # (what a phrase can read from the word, looked up as actor phrases are: the answer
        # remembered per words on the codebook)
        end = i + phrase_reach(codebook, "issues", words, lemmas, i, len(words))
        hit = longest_phrase(codebook, codebook.issues, "issues", raw[i:end], words[i:end], lemmas[i:end])
        if hit and hit[1] not in found:
            found.append(hit[1])
    return tuple(found)


def _issue_starts(codebook: Codebook, first: frozenset[str] | None, words: list[str], lemmas: list[str]) -> list[int]:
    """Positions of the words an issue phrase may start at, in order (most words: none);
    with ``first`` (the index's first words) by set lookups iterated in C."""
    if first is None:
        return [i for i in range(len(words)) if may_start(codebook, "issues", words[i], lemmas[i])]
    return sorted(set(compress(count(), map(first.__contains__, words))).union(
        compress(count(), map(first.__contains__, lemmas))))
