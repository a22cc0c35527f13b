"""The analysis of one sentence, computed once and read by every later step: the sentence
with split names rejoined, its actor mentions, the words of names, discard phrases and
issues."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from coder.codebook import Codebook
from coder.doc import Sentence
from coder.event import ActorRef
from coder.lang import LanguageProfile
from coder.code.language import profile_of
from coder.code.mentions import (_longest, _reach, find_mentions, may_start, root_id, sentence_mentions, start_keys,
                                 starters)
from coder.code.repairs import repair_parse
from coder.code.syntax import rejoin_split_names
from coder.code.words import MEMO_LIMIT


@dataclass(frozen=True)
class SentenceAnalysis:
    sentence: Sentence  # split names rejoined
    codebook: Codebook
    profile: LanguageProfile
    date: dt.date | None
    mentions: tuple[ActorRef, ...]  # named actors of this sentence, in order
    history: tuple[ActorRef, ...]  # actors of earlier sentences, oldest first
    name_tokens: frozenset[int]  # words inside multi-word actor names
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
    sentence = repair_parse(rejoin_split_names(sentence), profile_of(codebook))
    memo: dict = {}
    found = find_mentions(sentence, list(sentence.tokens), root_id(sentence), codebook, "actors", memo)
    return SentenceAnalysis(
        sentence=sentence, codebook=codebook, profile=profile_of(codebook), date=date,
        mentions=tuple(sentence_mentions(sentence, codebook, date, found)), history=tuple(history),
        name_tokens=frozenset(i for m in found if m.end > m.start for i in range(m.start, m.end + 1)),
        discarded=frozenset(discarded_tokens(sentence, codebook)),
        issues=sentence_issues(sentence, codebook), memo=memo)


def discarded_tokens(sentence: Sentence, codebook: Codebook) -> set[int]:
    """Ids of the tokens inside discard phrases of the sentence."""
    return {i + 1 + k for i, length, _ in discard_hits([t.text for t in sentence.tokens], codebook)
            for k in range(length)}


def discard_match(words: list[str], codebook: Codebook, story: bool = False) -> tuple[str, str] | None:
    """(phrase found, codebook ref) of the first discard phrase in ``words``, or None."""
    for i, length, ref in discard_hits(words, codebook, story):
        return " ".join(words[i:i + length]), ref
    return None


def discard_hits(words: list[str], codebook: Codebook, story: bool = False):
    """(start index, length, codebook ref) of each discard phrase in ``words``, left to right."""
    index = codebook.story_discards if story else codebook.discards
    if not index:
        return
    name = "story_discards" if story else "discards"
    longest = start_keys(codebook, name)[2]
    forms = _discard_forms(codebook, name)
    lowered, starts = [], []
    for i, word in enumerate(words):
        form = forms.get(word)
        if form is None:
            form = _discard_form(codebook, name, word)
        lowered.append(form[0])
        if form[1]:  # most words: no phrase starts there
            starts.append(i)
    for i in starts:
        hit = index.longest_at(lowered[i:i + longest], words[i:i + longest])  # no phrase reads further
        if hit:
            yield i, hit[0], hit[1]


def _discard_forms(codebook: Codebook, name: str) -> dict[str, tuple[str, bool]]:
    """Word as written -> (its form in discard phrases, whether a phrase may start with it):
    kept on the codebook (a story's every word is read)."""
    memo = codebook.memo
    forms = memo.get(("discard-forms", name))
    if forms is None:
        forms = memo[("discard-forms", name)] = {}
    return forms


def _discard_form(codebook: Codebook, name: str, word: str) -> tuple[str, bool]:
    forms = _discard_forms(codebook, name)
    if len(forms) >= MEMO_LIMIT:
        forms.clear()
    exact, stems, _ = start_keys(codebook, name)
    low = word.lower().strip(".,;:!?\"'")
    form = forms[word] = (low, low in exact or bool(stems) and (low[:3] in stems or low[:2] in stems or low[:1] in stems))
    return form


def sentence_issues(sentence: Sentence, codebook: Codebook) -> tuple[str, ...]:
    if not codebook.issues:
        return ()
    words = [t.lower for t in sentence.tokens]  # norm(t)
    raw = [t.text for t in sentence.tokens]
    lemmas = [t.lemma_lower for t in sentence.tokens]  # lemma_of(t)
    found: list[str] = []
    first = starters(codebook, "issues")
    if first is not None and first.isdisjoint(words) and first.isdisjoint(lemmas):
        return ()  # most sentences: no issue phrase starts at any word
    longest = start_keys(codebook, "issues")[2]
    for i in range(len(words)):
        if (words[i] not in first and lemmas[i] not in first) if first is not None \
                else not may_start(codebook, "issues", words[i], lemmas[i]):
            continue  # most words: no phrase starts there
        # no phrase reads further (phrase lookups are remembered per words, as for names)
        end = i + min(longest, _reach(codebook, "issues", words, lemmas, i, len(words)))
        hit = _longest(codebook, codebook.issues, "issues", raw[i:end], words[i:end], lemmas[i:end])
        if hit and hit[1] not in found:
            found.append(hit[1])
    return tuple(found)
