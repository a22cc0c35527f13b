"""Actors named in a sentence: codebook phrases found in noun phrases, composed with agents
("Syrian police" → SYR + COP = SYRCOP)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain, compress, count
from operator import attrgetter, eq, methodcaller, ne

from coder.codebook import ActorEntry, AgentEntry, Codebook
from coder.copies import replace
from coder.doc import Sentence, Token, glued, written_in_lower_case
from coder.event import ActorRef
from coder.code.language import profile_of
from coder.code.syntax import (PHRASE_STOP, case_marker, conjuncts, distance, in_locative_modifier, locative_ids, norm,
                               phrase_tokens)
from coder.code.words import MEMO_LIMIT, name_form, singular

UNKNOWN_COUNTRY = "---"
_ID, _TEXT, _LOWER, _LEMMA = attrgetter("id"), attrgetter("text"), attrgetter("lower"), attrgetter("lemma_lower")


@dataclass(frozen=True)
class ActorMention:
    """An actor or agent phrase match inside a noun phrase."""

    entry: ActorEntry | AgentEntry
    start: int  # first token id
    end: int  # last token id
    depth: int  # tree distance from the phrase head (0 = covers the head)


def find_mentions(sentence: Sentence, tokens: list[Token], head_id: int, codebook: Codebook,
                  index_name: str, memo: dict | None = None) -> list[ActorMention]:
    """Longest, non-overlapping phrase matches (left to right) among ``tokens``.

    Only runs of consecutive token ids are matched, so a name never spans a gap.
    ``memo``: what is known of this sentence already (its words' name forms, where phrases
    can start, the phrases found from a word to the end of a run), shared by every lookup
    in the sentence.
    """
    memo = {} if memo is None else memo
    starts = _name_starts(sentence, codebook, index_name, memo)
    ids = _with_inner_hyphens(sentence, list(map(_ID, tokens)), memo)
    firsts = sorted(starts.intersection(ids))  # the words a phrase may start at (by set operations)
    if not firsts:
        return []  # no phrase starts at any of the words (most phrases, for agents)
    index = getattr(codebook, index_name)
    raw, words, lemmas = _index_words(sentence, codebook, index_name, memo)
    # (ids rise: one run when they span no more than their number)
    run_last = None if ids[-1] - ids[0] == len(ids) - 1 else dict(zip(ids, _run_ends(ids)))
    hits = _hits(memo, index_name)
    mentions = []
    free = 0  # the first id after the last phrase found: phrases do not overlap
    for start in firsts:
        if start < free:
            continue
        last = ids[-1] if run_last is None else run_last[start]  # a phrase ends in its run of ids
        found = hits.get(start, False)  # the longest phrase from the word on: once per sentence
        if found is False:
            found = hits[start] = _phrase_at(codebook, index, index_name, raw, words, lemmas, start, len(words))
        if found is not None and start + found[0] - 1 > last:  # longer than the run: what fits in it
            found = hits.get((start, last), False)
            if found is False:
                found = hits[(start, last)] = _phrase_at(codebook, index, index_name, raw, words, lemmas, start, last)
        if found is None:
            continue
        length, entry = found
        depth = distance(sentence, start, head_id) if length == 1 else \
            min(distance(sentence, t, head_id) for t in range(start, start + length))
        mentions.append(ActorMention(entry, start, start + length - 1, depth))
        free = start + length
    return mentions


def _index_words(sentence: Sentence, codebook: Codebook, index_name: str,
                 memo: dict) -> tuple[list[str], list[str], list[str]]:
    """The sentence's words as the index reads them: raw, normalised and lemmas (actor names
    read with the actors' lemmas)."""
    raw, words, lemmas = _name_words(sentence, codebook, memo)
    if index_name == "actors":
        lemmas = _actor_lemmas(sentence, words, lemmas, memo)
    return raw, words, lemmas


def _hits(memo: dict, index_name: str) -> dict:
    """The sentence's phrases of an index found so far: start id (and last id of a run) →
    (length, entry) or None."""
    hits = memo.get(("hits", index_name))
    if hits is None:
        hits = memo[("hits", index_name)] = {}
    return hits


def _live_starts(sentence: Sentence, codebook: Codebook, index_name: str, memo: dict) -> list[int]:
    """The starts at which a phrase of the index begins (the longest read to the sentence's
    end; none there, none in any shorter run either): looked up as find_mentions does."""
    raw, words, lemmas = _index_words(sentence, codebook, index_name, memo)
    index, hits = getattr(codebook, index_name), _hits(memo, index_name)
    live = []
    for start in _name_starts(sentence, codebook, index_name, memo):
        found = hits.get(start, False)
        if found is False:
            found = hits[start] = _phrase_at(codebook, index, index_name, raw, words, lemmas, start, len(words))
        if found is not None:
            live.append(start)
    return live


def _name_starts(sentence: Sentence, codebook: Codebook, index_name: str, memo: dict) -> frozenset[int]:
    """Ids of the words a phrase of the index may start at (once per sentence)."""
    starts = memo.get(("starts", index_name))
    if starts is None:
        _, words, lemmas = _index_words(sentence, codebook, index_name, memo)
        starts = memo[("starts", index_name)] = _starts(codebook, index_name, words, lemmas)
    return starts


def _name_heads(sentence: Sentence, codebook: Codebook, memo: dict) -> frozenset[int] | None:
    """Ids of the words whose noun phrase (:func:`phrase_tokens`) may hold a word an actor or
    agent name starts at: the start and the words above it up to the first that leaves a
    noun phrase (PHRASE_STOP; a participle right after its noun is in the noun's phrase). A
    phrase headed by any other word names nobody. None (any word may) when a name may start
    at a hyphen, which find_mentions reads from outside a phrase too. Once per sentence."""
    if ("name-heads",) not in memo:
        starts = _live_starts(sentence, codebook, "actors", memo) + _live_starts(sentence, codebook, "agents", memo)
        tokens = sentence.tokens
        found: set[int] | None = set()
        for start in starts:
            tok = tokens[start - 1]
            if tok.text == "-":
                found = None
                break
            found.add(start)
            if tok.base_rel in PHRASE_STOP and tok.base_rel != "acl":
                continue
            current = tok.head
            while current and current not in found:  # (each word once: malformed heads can cycle)
                found.add(current)
                tok = tokens[current - 1]
                if tok.base_rel in PHRASE_STOP:
                    break
                current = tok.head
        memo[("name-heads",)] = None if found is None else frozenset(found)
    return memo[("name-heads",)]


def _with_inner_hyphens(sentence: Sentence, ids: list[int], memo: dict) -> list[int]:
    """The ids with each hyphen token between two of them put back ("Al - Shabaab": a parser
    hangs the hyphen as punctuation, outside the noun phrase), so a name spans it."""
    hyphens = memo.get(("hyphens",))
    if hyphens is None:
        texts = sentence.texts  # (most sentences have no hyphen: one test in C)
        hyphens = memo[("hyphens",)] = tuple(compress(count(1), map("-".__eq__, texts))) if "-" in texts else ()
    if not hyphens:
        return ids
    present = set(ids)
    inner = [h for h in hyphens if h not in present and h - 1 in present and h + 1 in present]
    return sorted(present.union(inner)) if inner else ids


def _starts(codebook: Codebook, index_name: str, words: list[str], lemmas: list[str]) -> frozenset[int]:
    """Ids of the words a phrase of the index may start with."""
    first = starters(codebook, index_name)
    if first is None:
        return frozenset(i + 1 for i in range(len(words)) if may_start(codebook, index_name, words[i], lemmas[i]))
    if first.isdisjoint(words) and first.isdisjoint(lemmas):
        return frozenset()  # (by set operations: most sentences, for agents)
    # the ids of the words whose form or lemma is in ``first`` (iterated in C, not in Python)
    return frozenset(chain(compress(count(1), map(first.__contains__, words)),
                           compress(count(1), map(first.__contains__, lemmas))))


def _phrase_at(codebook: Codebook, index, index_name: str, raw: list[str], words: list[str],
               lemmas: list[str], start: int, last: int) -> tuple[int, object] | None:
    """The longest phrase from token ``start`` up to token ``last``. (Phrases fit by their
    own words only: the longest up to the sentence's end, when it ends by ``last``, is it.)"""
    end = min(last, start - 1 + phrase_reach(codebook, index_name, words, lemmas, start - 1, last))
    return longest_phrase(codebook, index, index_name, raw[start - 1:end], words[start - 1:end], lemmas[start - 1:end])


def _run_ends(ids: list[int]) -> list[int]:
    """For each position, the last id of the run of consecutive ids it is in."""
    if ids == list(range(ids[0], ids[0] + len(ids))):  # one run (the whole sentence, most phrases)
        return [ids[-1]] * len(ids)
    ends = ids[:]
    for k in range(len(ids) - 2, -1, -1):
        if ids[k + 1] == ids[k] + 1:
            ends[k] = ends[k + 1]
    return ends


def starters(codebook: Codebook, index_name: str) -> frozenset[str] | None:
    """The words phrases of an index start with, when it has no prefix phrases (then
    ``may_start(w, alt)`` is ``w in starters or alt in starters``), else None."""
    key = ("starters", index_name)
    memo = codebook.memo
    if key not in memo:
        index = getattr(codebook, index_name)
        memo[key] = None if index.stems else frozenset(index.exact)
    return memo[key]


def may_start(codebook: Codebook, index_name: str, word: str, alt: str | None = None) -> bool:
    """``PhraseIndex.may_start`` of one of the codebook's phrase indexes, by set lookups: the
    first words of its exact phrases, and the keys (up to three letters) of its prefix
    phrases, which a word's first three, two or one letters must be (sets made once per
    codebook and index)."""
    exact, stems, _ = start_keys(codebook, index_name)
    if word in exact or (alt is not None and alt in exact):
        return True
    return bool(stems) and (word[:3] in stems or word[:2] in stems or word[:1] in stems)


def start_keys(codebook: Codebook, index_name: str) -> tuple[frozenset[str], frozenset[str], int]:
    """(the first words of an index's exact phrases, the keys of its prefix phrases, its
    longest phrase's length): once per codebook and index. A phrase can start at a word that
    is a first word, or whose first three, two or one letters are a key; no lookup there
    reads more words than the longest phrase has."""
    keys = codebook.memo.get(("start-keys", index_name))
    if keys is None:
        index = getattr(codebook, index_name)
        keys = codebook.memo[("start-keys", index_name)] = (
            frozenset(index.exact), frozenset(k for k, entries in index.stems.items() if entries),
            max((len(p.words) for table in (index.exact, index.stems) for entries in table.values()
                 for p, _ in entries), default=0))
    return keys


def longest_phrase(codebook: Codebook, index, index_name: str, raw: list[str], words: list[str],
             lemmas: list[str]) -> tuple[int, object] | None:
    """``index.longest_at`` of the words a phrase can reach (:func:`phrase_reach`), remembered
    per words on the codebook: names and the words around them recur."""
    memo = codebook.memo.setdefault("longest", {})
    key = (index_name, *words, None, *raw, None, *lemmas)  # (one flat tuple: hashed and compared fastest)
    found = memo.get(key, False)
    if found is False:
        if len(memo) >= 1 << 17:
            memo.clear()
        found = memo[key] = index.longest_at(words, raw, lemmas)
    return found


def phrase_reach(codebook: Codebook, index_name: str, words: list[str], lemmas: list[str], i: int, last: int) -> int:
    """How many words from ``words[i]`` (up to token ``last``) ``longest_at`` can read
    there: no phrase under the word (or its alternative form) is longer, and, when only
    plain phrases start with it, none goes on past the words that begin one of them (a
    last word may still be spelled by its alternative form: one more)."""
    memo = codebook.memo
    found = memo.get(("reach", index_name))
    if found is None:
        index = getattr(codebook, index_name)
        found = memo[("reach", index_name)] = (
            {first: max(len(p.words) for p, _ in entries) for first, entries in index.exact.items()},
            max((len(p.words) for entries in index.stems.values() for p, _ in entries), default=0),
            index.special,
            # (read only for words with no special phrase under them: all their phrases are plain)
            {first: frozenset(p.words[1] for p, _ in entries if len(p.words) > 1) for first, entries in index.exact.items()},
            {})  # (word, alternative form) -> its reach, negative where the next words decide
    by_first, stems, special, seconds, known = found
    word, alt = words[i], lemmas[i]
    reach = known.get((word, alt))
    if reach is None:  # (what the word alone decides: once per codebook and word)
        reach = max(by_first.get(word, 0), by_first.get(alt, 0), stems, 1)
        if not (reach == 1 or stems or word in special or alt in special):
            reach = -reach
        if len(known) >= MEMO_LIMIT:
            known.clear()
        known[(word, alt)] = reach
    if reach > 0:
        return reach
    reach = -reach
    if i + 1 >= last or words[i + 1] not in seconds.get(word, ()):
        return min(reach, 2)  # no plain phrase goes on with the next word (the loop below, at once)
    prefixes = _prefixes(codebook, index_name, word)
    k = 1
    while i + k < last and k < reach and tuple(words[i:i + k + 1]) in prefixes:
        k += 1
    # words[i:i + k] begins a plain phrase (or k = 1); a phrase spelled with its last
    # word's alternative form ends at most one word further
    return min(reach, k + 1)


def _prefixes(codebook: Codebook, index_name: str, first: str) -> frozenset[tuple[str, ...]]:
    """Every beginning of the plain phrases under ``first`` (once per codebook and word)."""
    memo = codebook.memo.setdefault("prefixes", {})
    key = (index_name, first)
    if key not in memo:
        memo[key] = frozenset(words[:k] for words in getattr(codebook, index_name).plain_of(first)
                              for k in range(1, len(words) + 1))
    return memo[key]


def _name_words(sentence: Sentence, codebook: Codebook, memo: dict) -> tuple[list[str], list[str], list[str]]:
    """(name form as written, lower-cased, singular or lemma) of every word of the sentence."""
    found = memo.get(("name-words",))
    if found is None:
        profile = profile_of(codebook)
        tokens = sentence.tokens
        # (name_form and singular called only where they can change a word: most words have
        # no possessive, and a lemma of its own or a tag with no plural)
        possessive = profile.possessive_suffixes + profile.plural_possessive_suffixes
        texts = list(map(_TEXT, tokens))
        if possessive and any(map(methodcaller("endswith", possessive), texts)):
            raw = [name_form(t.text, profile) if t.text.endswith(possessive) else t.text for t in tokens]
            words = [t.lower if r == t.text else r.lower() for t, r in zip(tokens, raw)]
        else:  # (most sentences: every word as written)
            raw, words = texts, list(map(_LOWER, tokens))
        lemmas = list(map(_LEMMA, tokens))
        for i in compress(count(), map(eq, lemmas, words)):  # a lemma the form itself: a plural left as written?
            if tokens[i].upos in _PLURAL_UPOS:
                lemmas[i] = singular(tokens[i], profile)
        if raw is not texts:
            for i in compress(count(), map(ne, raw, texts)):  # a possessive: its lemma is its name form
                lemmas[i] = words[i]
        if written_in_lower_case(raw):
            # text written all in lower case ("crpf jawans", "nato troops"): a noun may be an
            # acronym, which the codebook spells in capitals, unless an agent is named so
            # ("youth", not the group some dictionary spells YOUTH)
            agent_words = _one_word_agents(codebook)
            raw = [r.upper() if t.upos in ("NOUN", "PROPN") and w not in agent_words else r
                   for t, r, w in zip(sentence.tokens, raw, words)]
        found = memo[("name-words",)] = (raw, words, lemmas)
    return found


def _one_word_agents(codebook: Codebook) -> frozenset[str]:
    """Agent names of one word ("police", "youth"), once per codebook."""
    found = codebook.memo.get("one-word-agents")
    if found is None:
        found = codebook.memo["one-word-agents"] = frozenset(
            first for first, entries in codebook.agents.exact.items() if any(len(p.words) == 1 for p, _ in entries))
    return found


_PLURAL_UPOS = frozenset({"NOUN", "PROPN", "X"})  # the tags words.singular undoes plurals of


def _actor_lemmas(sentence: Sentence, words: list[str], lemmas: list[str], memo: dict) -> list[str]:
    """The lemmas an actor name may match: a lower-case word's only where the text has no
    capitals at all ("tyres" is no plural of the city of Tyre, "turkeys" none of Turkey; in
    an all lower-case headline, "iraqis" still names Iraq)."""
    found = memo.get(("actor-lemmas",))
    if found is None:
        cased = any(t.text[:1].isupper() for t in sentence.tokens)
        found = memo[("actor-lemmas",)] = lemmas if not cased else [
            lemma if t.text[:1].isupper() else word for t, word, lemma in zip(sentence.tokens, words, lemmas)]
    return found


def sentence_mentions(sentence: Sentence, codebook: Codebook, date: dt.date | None,
                      found: list[ActorMention] | None = None) -> list[ActorRef]:
    """Every named actor in the sentence, in order (used to resolve later references).
    ``found``: the sentence's actor mentions when already computed."""
    if found is None:
        found = find_mentions(sentence, list(sentence.tokens), root_id(sentence), codebook, "actors", {})
    profile = profile_of(codebook)
    refs = []
    for m in found:
        entry = m.entry
        code = entry.code_on(date)  # type: ignore[union-attr]
        kind = actor_type(entry, code, codebook)  # type: ignore[arg-type]
        span = [sentence.token(i) for i in range(m.start, m.end + 1)]
        refs.append(ActorRef(code, " ".join(t.text for t in span), m.end, span[0].start_char,
                             span[-1].end_char, (entry.ref,), entry.country or  # type: ignore[union-attr]
                             (code[:3] if kind == "country" else None), None, kind,
                             entry.inter, entry.acled_name,  # type: ignore[union-attr]
                             resolved_from="place" if in_locative_modifier(sentence, profile, m.start) else None,
                             number=_span_number(sentence, span)))
    return refs


NOMINAL_LINKS = ("nmod", "flat", "compound", "appos")


def with_subject_phrases(sentence: Sentence, codebook: Codebook, date: dt.date | None,
                         refs: list[ActorRef], memo: dict) -> list[ActorRef]:
    """Each name inside a subject phrase that names a fuller actor carries that actor as its
    ``phrase`` ("The president of Gondor arrived": Gondor carries GONGOV), the antecedent of a
    later dropped subject: the subject reached from the name through nominal links only."""
    out = []
    for ref in refs:
        tok = sentence.token(ref.head)
        while tok.base_rel in NOMINAL_LINKS and tok.head:
            tok = sentence.token(tok.head)
        actor = resolve_actor(sentence, tok.id, codebook, date, memo) if tok.base_rel == "nsubj" else None
        if actor is not None and actor.code != ref.code:
            ref = replace(ref, phrase=replace(actor, number=tok.feat("Number") or ref.number))
        out.append(ref)
    return out


def _span_number(sentence: Sentence, span: list[Token]) -> str | None:
    """The number of a name's syntactic head (the token of the span whose head lies outside
    it), or of its determiner: "rebels of the Gondor Front", "the Gondor Forces" are plural."""
    ids = {t.id for t in span}
    heads = [t for t in span if t.head not in ids]
    if len(heads) != 1:
        return None
    return heads[0].feat("Number") or next(
        (d.feat("Number") for d in sentence.children(heads[0].id) if d.base_rel == "det" and d.feat("Number")), None)


def root_id(sentence: Sentence) -> int:
    roots = sentence.roots()
    return roots[0].id if roots else 1


def resolve_actor(sentence: Sentence, head_id: int, codebook: Codebook,
                  date: dt.date | None, memo: dict | None = None) -> ActorRef | None:
    """The actor named by the phrase headed by ``head_id``, combining a named actor (or
    country) with an agent ("Syrian police" → SYR + COP = SYRCOP). ``memo``: the sentence
    analysis's memo (:attr:`SentenceAnalysis.memo`), when the caller has one."""
    found = _resolve(sentence, head_id, codebook, date, memo)
    return found[0] if found else None


def resolve_actors(sentence: Sentence, head_id: int, codebook: Codebook,
                   date: dt.date | None, memo: dict | None = None) -> list[ActorRef]:
    """Like :func:`resolve_actor`, but a named actor with conjuncts inside the phrase gives
    one actor each: "the ambassadors of Arnor, Osgiliath and Gondor" → three."""
    found = _resolve(sentence, head_id, codebook, date, memo)
    if not found:
        return []
    first, actor, agent = found
    if actor is None:
        return [first]
    out = [first]
    mention_head = min(range(actor.start, actor.end + 1), key=lambda i: distance(sentence, i, head_id))
    if mention_head == head_id:
        return out  # conjuncts of the phrase head itself are separate phrases
    for conj_id in conjuncts(sentence, mention_head)[1:]:
        tokens = phrase_tokens(sentence, conj_id)
        mentions = find_mentions(sentence, tokens, conj_id, codebook, "actors", memo)
        if not mentions:
            continue
        other = min(mentions, key=lambda m: (m.depth, -(m.end - m.start)))
        out.append(_compose(sentence, head_id, codebook, date, tokens, other, agent))
    return out


def coordinated_names(sentence: Sentence, head_id: int, conjunct_ids: list[int], codebook: Codebook,
                      date: dt.date | None, memo: dict | None = None) -> dict[int, tuple[frozenset[int], ActorRef]]:
    """Codebook names that span two or more conjuncts of a coordination ("Trinidad and
    Tobago", "two people, father and son" with "father and son" one entry): one actor each,
    not one per conjunct. Keyed by the first conjunct a name covers, with the conjuncts it
    covers."""
    if len(conjunct_ids) < 2:
        return {}
    memo = {} if memo is None else memo
    tokens = sentence.subtree(head_id, stop_rels=_COORDINATION_STOP)
    out: dict[int, tuple[frozenset[int], ActorRef]] = {}
    taken: set[int] = set()
    for index_name in ("actors", "agents"):
        for m in find_mentions(sentence, tokens, head_id, codebook, index_name, memo):
            covered = frozenset(c for c in conjunct_ids if m.start <= c <= m.end)
            if len(covered) < 2 or covered & taken:
                continue
            first = min(covered)
            actor, agent = (m, None) if index_name == "actors" else (None, m)
            out[first] = (covered, _compose(sentence, first, codebook, date, tokens, actor, agent))
            taken |= covered
    return out


_COORDINATION_STOP = PHRASE_STOP - {"conj", "cc"}


def _resolve(sentence: Sentence, head_id: int, codebook: Codebook, date: dt.date | None,
             memo: dict | None = None) -> tuple[ActorRef, ActorMention | None, ActorMention | None] | None:
    """The phrase's actor, its actor mention and its agent mention (once per sentence and
    phrase when a memo is given)."""
    if memo is None:
        return _resolve_phrase(sentence, head_id, codebook, date, {})
    key = ("resolve", head_id, date)
    if key not in memo:
        memo[key] = _resolve_phrase(sentence, head_id, codebook, date, memo)
    return memo[key]


def _with_named_coordination(sentence: Sentence, head_id: int, tokens: list[Token], codebook: Codebook,
                             memo: dict) -> list[Token]:
    """The phrase's words with a coordination inside it that an actor's name holds ("Frente
    de Liberación y Justicia de Rohan": "y Justicia", a conjunct below the head, is no word
    of the noun phrase, yet the name runs through it): the words of the head's subtree
    between two of the phrase's words, when a name found over them spans them."""
    ids = [t.id for t in tokens]
    if not ids or ids[-1] - ids[0] == len(ids) - 1:
        return tokens  # no gap (most phrases)
    kept = set(ids)
    gap = [i for i in range(ids[0], ids[-1] + 1) if i not in kept]
    missing = set(gap)
    if not missing <= {t.id for t in sentence.subtree(head_id)} or not all(
            sentence.token(i).base_rel in ("conj", "cc") or sentence.token(i).head in missing for i in gap):
        return tokens  # the gap is no coordination below the head
    whole = [sentence.token(i) for i in range(ids[0], ids[-1] + 1)]
    found = find_mentions(sentence, whole, head_id, codebook, "actors", memo)
    return whole if any(m.start < gap[0] and m.end >= gap[-1] for m in found) else tokens


def _resolve_phrase(sentence: Sentence, head_id: int, codebook: Codebook, date: dt.date | None,
                    memo: dict) -> tuple[ActorRef, ActorMention | None, ActorMention | None] | None:
    heads = _name_heads(sentence, codebook, memo)
    if heads is not None and head_id not in heads:
        return None  # no name can start under the phrase's head (most phrases)
    profile = profile_of(codebook)
    tokens = _with_named_coordination(sentence, head_id, phrase_tokens(sentence, head_id), codebook, memo)
    # "members of the coalition against X": the object of 'against' is not the actor.
    tokens = _drop_oppositional_modifiers(sentence, head_id, tokens, profile.oppositional_prepositions)
    tokens = _drop_attitude_names(sentence, head_id, tokens, profile.attitude_prefixes,
                                  lambda start: _codebook_name_from(sentence, tokens, head_id, codebook, memo, start))
    actors = find_mentions(sentence, tokens, head_id, codebook, "actors", memo)
    agents = find_mentions(sentence, tokens, head_id, codebook, "agents", memo)
    if actors and agents:  # "Estados Unidos": an agent word inside a longer name is the name's
        agents = [g for g in agents if not any(a.start <= g.start and g.end <= a.end
                                               and a.end - a.start > g.end - g.start for a in actors)]
    if actors and not agents:  # "the organization in Iraq": a place alone does not name the actor
        located = locative_ids(sentence, profile, tokens, head_id, rels=("nmod",))
        actors = [m for m in actors if m.start not in located]
    if not actors and not agents:
        return None
    agent = min(agents, key=lambda m: (m.depth, -(m.end - m.start))) if agents else None
    if not actors and agent is not None:
        actors = _titled_surname(sentence, tokens, head_id, codebook, date, agent)
    actor = min(actors, key=lambda m: (m.depth, -(m.end - m.start))) if actors else None
    if actor is not None and agent is not None and (actor.start, actor.end) == (agent.start, agent.end):
        # "guerrilleros de Gondor": a dictionary's actor that is only a word for an agent
        # (imported "guerrilleros", a Colombian group) yields to a country that modifies it
        # with the profile's theme preposition
        country = [m for m in actors if m is not actor and len(m.entry.code_on(date)) == 3
                   and _theme_of(sentence, m, actor, profile.theme_preposition)]
        if country:
            actor = min(country, key=lambda m: (m.depth, -(m.end - m.start)))
    if actor is not None and agent is not None:
        # "Ithilen's minister Calimehtar": the possessor says whose minister this is
        owner = _possessor_country(sentence, actors, agent, date, profile.possessive_markers)
        if owner is not None and len(actor.entry.code_on(date)) == 3:
            actor = owner
    if actor is not None and agent is not None and len(actor.entry.code_on(date)) > 3:
        if agent.depth < actor.depth and actor.start in locative_ids(sentence, profile, tokens, head_id, ("nmod",), True):
            # "killed a man , at the police post of X" (a parser hangs the clause's place
            # on the last noun): a group named in a place phrase set off by a comma is
            # where the head's agent was, not who it is
            actor = None
        elif not _names_the_agents_group(sentence, actor, agent, date):
            agent = None  # "jihadists of the OEI": a named group with its own code is the actor
    stacked = _modifier_agents(sentence, [m for m in agents if actor is None or m.end < actor.start
                                          or m.start > actor.end], agent) if agent is not None else ()
    return _compose(sentence, head_id, codebook, date, tokens, actor, agent, stacked), actor, agent


def _theme_of(sentence: Sentence, mention: ActorMention, head: ActorMention, theme: str) -> bool:
    """Whether ``mention`` is a noun modifier of one of ``head``'s words marked with the theme
    preposition ("guerrilleros de Gondor", "guerrilleros de Nueva Gondor": the name's own head)."""
    span = range(mention.start, mention.end + 1)
    tok = next((t for t in map(sentence.token, span) if t.head not in span), sentence.token(mention.end))
    return head.start <= tok.head <= head.end and tok.base_rel == "nmod" and case_marker(sentence, tok) == theme


def _names_the_agents_group(sentence: Sentence, actor: ActorMention, agent: ActorMention,
                            date: dt.date | None) -> bool:
    """A named group (no person) that modifies the agent heading the phrase: "NATO troops",
    "U.N. peacekeepers", "Hamas militants" are the group's agents, coded as PETRARCH mixes
    codes: the group's code followed by the agent's (IGOWSTNAT + MIL). Not a group in a
    phrase of its own ("jihadists of the OEI"), nor a person ("Arafat's guards")."""
    if agent.depth != 0 or actor.end >= agent.start or getattr(actor.entry, "roles", ()):
        return False
    if getattr(actor.entry, "type", None) == "person":
        return False
    head = sentence.token(actor.end)
    return head.base_rel in ("compound", "amod") and agent.start <= head.head <= agent.end


def _modifier_agents(sentence: Sentence, agents: list[ActorMention], agent: ActorMention) -> tuple[ActorMention, ...]:
    """Agent phrases that modify the phrase's agent before it ("Danish Islamist media": the
    Islamists' media): PETRARCH appends every agent code of a noun phrase to its actor code,
    in text order (DNK + MUS + MED), not only the head's. A modifier is an adjective or
    compound of the agent's words (or of another such modifier), before them; prefix agents
    (NGO) stay as they are."""
    if agent.entry.position == "prefix":  # type: ignore[union-attr]
        return ()
    span = set(range(agent.start, agent.end + 1))
    out: list[ActorMention] = []
    for mention in sorted((m for m in agents if m.end < agent.start), key=lambda m: -m.end):
        head = sentence.token(mention.end)
        if mention.entry.position == "prefix" or head.head not in span \
                or head.base_rel not in ("amod", "compound"):  # type: ignore[union-attr]
            continue
        out.append(mention)
        span.update(range(mention.start, mention.end + 1))
    return tuple(sorted(out, key=attrgetter("start")))


def _titled_surname(sentence: Sentence, tokens: list[Token], head_id: int, codebook: Codebook,
                    date: dt.date | None, agent: ActorMention) -> list[ActorMention]:
    """A person the codebook names in full, named by a title and the surname alone
    ("President Mugabe", "Prime Minister Carlos Menem" for "Carlos Saul Menem"): the phrase
    head is a proper name after the title agent, the last word of the names of dated persons
    (entries with roles) whose other words hold the phrase's other name words; the one
    person whose role on the day is the title's ("ZWEGOV" for a GOV title), else none."""
    head = sentence.token(head_id)
    if head.upos != "PROPN" or not agent.end < head_id or agent.depth == 0:
        return []
    names = [t for t in tokens if agent.end < t.id < head_id]
    if any(t.upos != "PROPN" for t in names):
        return []
    found = {entry for entry, words in _surnames(codebook).get(norm(head), ())
             if all(norm(t) in words for t in names)}
    ag = agent.entry.code  # type: ignore[union-attr]
    fitting = sorted((entry for entry in found if entry.code_on(date).endswith(ag)), key=attrgetter("ref"))
    if len({entry.code_on(date) for entry in fitting}) != 1:
        return []  # nobody, or people of different codes: "President Kim"
    return [ActorMention(fitting[0], (names[0].id if names else head_id), head_id, 0)]


def _surnames(codebook: Codebook) -> dict[str, tuple[tuple[ActorEntry, frozenset[str]], ...]]:
    """Dated persons (actor entries with roles) by the last word of each of their names of
    two words or more, with that name's other words (once per codebook)."""
    found = codebook.memo.get("surnames")
    if found is None:
        index: dict[str, list[tuple[ActorEntry, frozenset[str]]]] = {}
        for entries in codebook.actors.exact.values():
            for phrase, entry in entries:
                if len(phrase.words) >= 2 and getattr(entry, "roles", ()) and not phrase.words[-1].endswith("*"):
                    index.setdefault(phrase.words[-1], []).append((entry, frozenset(phrase.words[:-1])))
        found = codebook.memo["surnames"] = {k: tuple(v) for k, v in index.items()}
    return found


def _possessor_country(sentence: Sentence, actors: list[ActorMention], agent: ActorMention,
                       date: dt.date | None, markers: frozenset[str]) -> ActorMention | None:
    """A country-level actor that is the possessor of the agent's phrase ("Ithilen's … minister")."""
    for mention in actors:
        if len(mention.entry.code_on(date)) != 3 or mention.end >= agent.start:
            continue
        head = sentence.token(mention.end)
        if head.deprel == "nmod:poss" or any(c.base_rel == "case" and norm(c) in markers
                                             for c in sentence.children(head.id)):
            return mention
    return None


def _compose(sentence: Sentence, head_id: int, codebook: Codebook, date: dt.date | None,
             tokens: list[Token], actor: ActorMention | None, agent: ActorMention | None,
             stacked: tuple[ActorMention, ...] = ()) -> ActorRef:
    """One actor from a named-actor mention and/or an agent mention (and the agents that
    modify it, ``stacked``, whose codes come before the agent's)."""
    spans = [m for m in (actor, agent, *stacked) if m is not None]
    start = min(m.start for m in spans)
    end = max(m.end for m in spans)
    text_tokens = [t for t in tokens if start <= t.id <= end] or \
        [sentence.token(i) for i in range(start, end + 1)]
    text = _span_text(sentence, text_tokens)
    where = (text, head_id, text_tokens[0].start_char, text_tokens[-1].end_char)
    entries = tuple(m.entry.ref for m in spans)
    if actor is None:
        ag = agent.entry  # type: ignore[union-attr]
        # CAMEO writes an unknown country as "---": "police" alone is ---COP
        # (a prefix agent such as NGO is an entity of its own: NGO alone)
        return ActorRef(_stack(UNKNOWN_COUNTRY, stacked, ag.code) if ag.position != "prefix" else ag.code,
                        *where, entries, None, ag.code, "agent", ag.inter, None)
    entry: ActorEntry = actor.entry  # type: ignore[assignment]
    code = entry.code_on(date)
    kind = actor_type(entry, code, codebook)
    country = entry.country or (code[:3] if kind == "country" or code[:3] in codebook.country_codes else None)
    if agent is None:
        return ActorRef(code, *where, entries, country, None, kind, entry.inter, _acled_name(entry, kind))
    ag: AgentEntry = agent.entry  # type: ignore[assignment]
    if (kind == "country" or len(code) == 3) and code != ag.code:  # "MED" journalists are no MEDMED
        code = ag.code + code if ag.position == "prefix" else _stack(code, stacked, ag.code)
    elif ag.position != "prefix" and code != ag.code:  # a group's agents ("NATO troops"): its code, then theirs
        code = _stack(code, stacked, ag.code)
    return ActorRef(code, *where, entries, country, ag.code, kind or "country",
                    entry.inter if entry.inter is not None else ag.inter,
                    _acled_name(entry, kind) or _agent_name(ag, country))


def _stack(code: str, stacked: tuple[ActorMention, ...], last: str) -> str:
    """``code`` followed by the modifier agents' codes and the agent's, each once (an
    agent code the code already holds is not repeated, as PETRARCH mixes codes)."""
    for part in [m.entry.code for m in stacked] + [last]:
        if part not in code[3:]:  # (past the country or group prefix: "LBNREB" guerrillas stay LBNREB)
            code += part
    return code


def _acled_name(entry: ActorEntry, kind: str | None) -> str | None:
    """The entry's ACLED name; a named organization without one goes by its first name
    ("Boko Haram" fighters are Boko Haram, not an unidentified armed group)."""
    if entry.acled_name or kind != "organization" or not entry.names:
        return entry.acled_name
    return entry.names[0].replace("_", " ")


def actor_type(entry: ActorEntry, code: str, codebook: Codebook) -> str | None:
    """The entry's type; an untyped entry whose code is a bare country code is a country
    (imported dictionaries carry no types)."""
    if entry.type:
        return entry.type
    return "country" if len(code) == 3 and code in codebook.country_codes else None


def person_name(sentence: Sentence, tok: Token, codebook: Codebook, date: dt.date | None = None,
                memo: dict | None = None) -> bool:
    """A name marked as a human object (the profile's ``object_markers``: "executed [a]
    Arwen") that the codebook knows as no one but a person: no entry names it, or only the
    agent of the profile's ``person_noun`` (first names listed as civilians, "[a] Arwen
    Undomiel"). It stands for a person when the profile names a ``person_noun``. Not an
    oblique with the marker (a direction: "the road leads [a] Arnor"), a country or group so
    marked ("attacked [a] Arnor"), nor a title conjoined with a known office ("[a] Elder and
    Governor of the Council")."""
    profile = profile_of(codebook)
    if not profile.person_noun or tok.upos != "PROPN" or tok.base_rel not in ("obj", "iobj"):
        return False
    if case_marker(sentence, tok) not in profile.object_markers:
        return False
    person = word_agent(codebook, profile.person_noun, tok)
    for c in conjuncts(sentence, tok.id):
        actor = resolve_actor(sentence, c, codebook, date, memo)
        if actor is not None and (person is None or actor.type != "agent" or actor.agent != person.agent):
            return False
    return True


def word_agent(codebook: Codebook, word: str, tok: Token) -> ActorRef | None:
    """The codebook's agent for one word (the profile's ``person_noun``), as the actor of
    the phrase headed by ``tok``: "---" + its code."""
    found = longest_phrase(codebook, codebook.agents, "agents", [word], [word], [word])
    if found is None or found[0] != 1:
        return None
    ag: AgentEntry = found[1]  # type: ignore[assignment]
    return ActorRef(UNKNOWN_COUNTRY + ag.code if ag.position != "prefix" else ag.code, tok.text, tok.id,
                    tok.start_char, tok.end_char, (ag.ref,), None, ag.code, "agent", ag.inter,
                    _agent_name(ag, None))


def _agent_name(agent: AgentEntry, country: str | None) -> str | None:
    if not agent.acled_name:
        return None
    return agent.acled_name.replace("{country}", country or "Unknown")


def _drop_oppositional_modifiers(sentence: Sentence, head_id: int, tokens: list[Token],
                                 prepositions: frozenset[str]) -> list[Token]:
    dropped: set[int] = set()
    for tok in tokens:
        if tok.id != head_id and tok.base_rel == "nmod" and case_marker(sentence, tok) in prepositions:
            # the words from its preposition on: words before it that a parser hung on the
            # modifier ("troops of the X Battalion, under the command of ...", "Battalion"
            # hung on "command") are the head's own
            first = min((c.id for c in sentence.children(tok.id) if c.base_rel == "case"), default=tok.id)
            dropped.update(t.id for t in sentence.subtree(tok.id) if t.id >= first)
    return [t for t in tokens if t.id not in dropped]


def _drop_attitude_names(sentence: Sentence, head_id: int, tokens: list[Token], prefixes: frozenset[str],
                         named_from: Callable[[int], bool]) -> list[Token]:
    """"anti-Gondor rebels", "pro-government militias": the prefix and the name joined to it by
    hyphens say whom the phrase opposes or backs, not who acts. Words after a space are the
    phrase's own ("anti-government Houthi rebels"), and a codebook name that starts with the
    prefix ("anti-government armed group") stays whole (``named_from(token id)``)."""
    if not prefixes:
        return tokens
    words = sentence.tokens
    dropped: set[int] = set()
    for tok in tokens:
        if tok.lower.endswith("-") and tok.lower[:-1] in prefixes:  # "anti-" "Gondor"
            name = tok.id + 1
        elif tok.lower in prefixes and tok.id + 1 < len(words) and words[tok.id].text == "-" \
                and glued(tok, words[tok.id]):  # "anti" "-" "Gondor"
            name = tok.id + 2
        else:
            continue
        if name > len(words) or name == head_id or not glued(words[name - 2], words[name - 1]) \
                or named_from(tok.id):
            continue
        dropped.update(range(tok.id, name + 1))
        # the rest of a hyphenated name ("anti-al-Qaeda"): words glued to the one before
        following = name + 1
        while following < head_id and following <= len(words) and glued(words[following - 2], words[following - 1]):
            dropped.add(following)
            following += 1
    return [t for t in tokens if t.id not in dropped] if dropped else tokens


def _codebook_name_from(sentence: Sentence, tokens: list[Token], head_id: int, codebook: Codebook,
                        memo: dict, start: int) -> bool:
    """Whether an actor or agent name of the codebook begins at token ``start`` and goes on past it."""
    rest = [t for t in tokens if t.id >= start]
    return any(m.start == start and m.end > start
               for index_name in ("actors", "agents")
               for m in find_mentions(sentence, rest, head_id, codebook, index_name, memo))


def _span_text(sentence: Sentence, tokens: list[Token]) -> str:
    if tokens and tokens[0].start_char >= 0 and sentence.start_char >= 0:
        a = tokens[0].start_char - sentence.start_char
        b = tokens[-1].end_char - sentence.start_char
        if 0 <= a < b <= len(sentence.text):
            return sentence.text[a:b]
    return " ".join(t.text for t in tokens)
