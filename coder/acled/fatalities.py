"""Reported fatalities: numbers tied to killing/death predicates and their arguments.

"killed 12 people", "at least five dead", "killing two soldiers", "the death toll rose to 30".
Within one predicate, conjoined counts add up ("killed three soldiers and two civilians");
between different figures in a sentence the lowest wins (ACLED's conservative rule).
0 when nothing is reported.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from coder.acled.rules import AcledRules, Cue, TextView, shipped_rules
from coder.lang import builtin_profile

FIGURE = re.compile(r"\d{1,3}(,\d{3})*|\d+")
WINDOW = 6  # tokens between a number and its death word, when the parse does not link them


def number_value(words: list[str], profile: Any = None) -> int | None:
    """Integer value of a number written in digits or words ("12", "1,200", "twenty-one").
    ``profile``: the language profile whose number words are read (default: English)."""
    text = " ".join(words).lower().replace(",", "").strip()
    if re.fullmatch(r"\d+", text):
        return int(text)
    profile = profile or builtin_profile()
    units, scales, connectors = profile.number_words, profile.number_scales, profile.number_connectors
    total, current = 0, 0
    seen = False
    for part in re.split(r"[\s-]+", text):
        if part in connectors and seen:
            continue
        if part in units:
            current += units[part]
        elif part in scales:
            current = max(current, 1) * scales[part]
            if scales[part] >= 1000:
                total, current = total + current, 0
        elif part.isdecimal():  # not isdigit: '²' is a digit int() refuses
            current += int(part)
        else:
            return None
        seen = True
    return total + current if seen else None


def sentence_fatalities(sentence: Any, rules: AcledRules | None = None, around: int | None = None,
                        profile: Any = None) -> int:
    """The conservative fatality count reported in one sentence (0 when none).

    ``around``: a predicate token id (the event's verb); figures tied to the death words in its
    clause are preferred when there are several clauses. ``profile``: the language profile
    (its number words).
    """
    rules, profile = rules or shipped_rules(), profile or builtin_profile()
    injury = _rule_words(rules, "injury_words")
    tokens = list(sentence.tokens)
    death_ids, numbers = _death_words_and_numbers(sentence, rules, profile)
    if not death_ids:
        return 0
    figures = _figures(sentence, tokens, death_ids, injury, numbers, rules, profile)
    return min(figures) if figures else 0


def _death_words_and_numbers(sentence: Any, rules: AcledRules, profile: Any
                             ) -> tuple[list[int], list[tuple[int, int, int]]]:
    """(ids of the death words, :func:`_numbers`) of a sentence; the numbers only when there
    are death words. Kept with the sentence (each of its events asks; neither depends on the
    event)."""
    memo = getattr(sentence, "memo", None)
    kept = memo.get("death-words-numbers") if memo is not None else None
    if kept is not None and kept[0] is rules and kept[1] is profile:
        return kept[2], kept[3]
    death = _rule_words(rules, "death_words")
    tokens = list(sentence.tokens)
    death_ids = [t.id for t in tokens if _is(t, death)]
    vague = dict(rules.vague_numbers)
    numbers = _numbers(tokens, vague, profile) if death_ids else []
    if memo is not None:
        memo["death-words-numbers"] = (rules, profile, death_ids, numbers)
    return death_ids, numbers


def document_fatalities(sentences: Iterable[Any], rules: AcledRules | None = None) -> int:
    """The highest single-sentence figure of a document (for a summary of one-event texts)."""
    return max((sentence_fatalities(s, rules) for s in sentences), default=0)


class _CueWords:
    """Cue words of one kind (death, injury): exact words, and prefixes (``kill*``) tested
    with one ``startswith`` call."""

    __slots__ = ("words", "prefixes")

    def __init__(self, cues: set[str]):
        self.words = frozenset(cues)
        self.prefixes = tuple(sorted(c[:-1] for c in cues if c.endswith("*")))

    def __contains__(self, form: str) -> bool:
        return form in self.words or (bool(self.prefixes) and form.startswith(self.prefixes))


def _cues(compiled: tuple[Cue, ...]) -> _CueWords:
    words = {c.text for c in compiled if c.word is not None}
    prefixes = {c.text[:-1] for c in compiled if c.word is None and c.text.endswith("*") and " " not in c.text}
    return _CueWords(words | {p + "*" for p in prefixes})


def _rule_words(rules: AcledRules, kind: str) -> _CueWords:
    """:func:`_cues` of the rules' death or injury words (the shipped rules' when they have
    none), kept with the rules' cue indexes (made once per codebook, not per sentence)."""
    compiled = getattr(rules, kind) or getattr(shipped_rules(), kind)
    kept = getattr(rules, "cue_indexes", None)
    if kept is None:
        return _cues(compiled)
    found = kept.get((kind, id(compiled)))
    if found is None or found[0] is not compiled:
        found = kept[(kind, id(compiled))] = (compiled, _cues(compiled))
    return found[1]


def _is(tok: Any, cues: _CueWords) -> bool:
    return tok.text.lower() in cues or (tok.lemma or "").lower() in cues


def _figures(sentence: Any, tokens: list[Any], death_ids: list[int], injury: _CueWords,
             numbers: list[tuple[int, int, int]], rules: AcledRules, profile: Any) -> list[int]:
    by_predicate: dict[int, list[tuple[int, int, int]]] = {}
    for first, last, value in numbers:
        anchor = _anchor(sentence, tokens, first, last, death_ids, injury, profile)
        if anchor is not None:
            by_predicate.setdefault(anchor, []).append((first, last, value))
    figures = [_combine(tokens, found, profile) for found in by_predicate.values()]
    if not figures:
        figures = [1 for d in death_ids if _single_victim(sentence, d, rules)][:1]
    return figures


def _combine(tokens: list[Any], found: list[tuple[int, int, int]], profile: Any) -> int:
    """Counts joined by a conjunction add up ("three soldiers and two civilians"); alternatives
    and ranges ("12, possibly 15", "12 to 15") keep the lowest."""
    groups = [found[0][2]]
    for (start, last, _), (first, _, value) in zip(found, found[1:]):
        between = {t.lower for t in tokens[last:first - 1]}
        opens_range = start > 1 and tokens[start - 2].lower in profile.count_ranges  # "between 10 and 12"
        if between & profile.count_conjunctions and not between & profile.count_alternatives and not opens_range:
            groups[-1] += value
        else:
            groups.append(value)
    return min(groups)


def _kill_verb(tok: Any, kill_verbs: tuple[tuple[str, str | None], ...]) -> tuple[str, str | None] | None:
    """The (kill verb, result it needs) a word is, by its lemma or, where the lemmatizer left
    the form as written ("lynched"), by the form's start."""
    lemma = (tok.lemma or "").lower()
    for verb in kill_verbs:
        if lemma == verb[0]:
            return verb
    if tok.upos == "VERB":
        return next((verb for verb in kill_verbs if tok.lower.startswith(verb[0])), None)
    return None


def _single_victim(sentence: Any, death_id: int, rules: AcledRules) -> bool:
    """"killing a soldier", "a policeman was killed", "killed him": one death, no number
    (by the rules' kill verbs and one-victim words, the shipped rules' when they have none)."""
    kill_verbs = rules.kill_verbs or shipped_rules().kill_verbs
    one = rules if rules.one_victim_pronouns else shipped_rules()
    pronouns, determiners = one.one_victim_pronouns, one.one_victim_determiners
    verb = sentence.token(death_id)
    if _kill_verb(verb, kill_verbs) is None and verb.head:  # "shot dead/xcomp a trader"
        verb = sentence.token(verb.head)
    found = _kill_verb(verb, kill_verbs)
    if found is None:
        return False
    if found[1] is not None and not any(c.lower == found[1] for c in sentence.children(verb.id)):
        return False
    for child in sentence.children(verb.id):
        if child.deprel in ("obj", "nsubj:pass"):
            if child.lower in pronouns:
                return True
            dets = {c.lower for c in sentence.children(child.id) if c.base_rel in ("det", "nummod")}
            if child.upos in ("NOUN", "PROPN") and child.feat("Number") != "Plur" and dets & determiners:
                return True
    return False


def _numbers(tokens: list[Any], vague: dict[str, int], profile: Any) -> list[tuple[int, int, int]]:
    """(first id, last id, value) of every head-count-like number in the sentence."""
    out: list[tuple[int, int, int]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        j = i
        words: list[str] = []
        while j < len(tokens) and (_numberish(tokens[j], profile) or (
                j + 1 < len(tokens) and _joins(words, tokens[j], tokens[j + 1], profile))):
            words.append(tokens[j].lower)
            j += 1
        value = number_value(words, profile) if words else None
        if value is None and words:  # "a hundred" style leftovers: try the longest valid prefix
            while words and value is None:
                words.pop()
                j -= 1
                value = number_value(words, profile) if words else None
        if value is not None and words:
            if _is_count(tokens, i, j - 1, value, profile):
                out.append((tokens[i].id, tokens[j - 1].id, value))
            i = j
            continue
        phrase = tok.lower if i + 1 >= len(tokens) else f"{tok.lower} {tokens[i + 1].lower}"
        for key in (phrase, tok.lower):
            if key in vague:
                end = i + len(key.split()) - 1
                out.append((tok.id, tokens[end].id, vague[key]))
                i = end
                break
        i += 1
    return out


def _numberish(tok: Any, profile: Any) -> bool:
    word = tok.lower
    if FIGURE.fullmatch(word):
        return True
    units, scales = profile.number_words, profile.number_scales
    return all(part in units or part in scales for part in word.split("-") if part) and bool(word)


def _joins(words: list[str], connector: Any, following: Any, profile: Any) -> bool:
    """A connector inside a number written in words ("thirty and two", "one hundred and
    five"): the words after it fill the places the words before it left empty; "two and
    three" or "10 and 12" are two numbers."""
    if not words or connector.lower not in profile.number_connectors or FIGURE.fullmatch(words[-1]) \
            or FIGURE.fullmatch(following.lower) or not _numberish(following, profile):
        return False
    before, after = number_value(words, profile), number_value([following.lower], profile)
    if not before or after is None:
        return False
    place = 1
    while before % (place * 10) == 0:
        place *= 10
    return after < place


def _is_count(tokens: list[Any], first: int, last: int, value: int, profile: Any) -> bool:
    """False for years, times, distances, dates, money and "no one" (by the profile's words)."""
    before = tokens[first - 1].lower if first > 0 else ""
    following = last + 1
    while following < len(tokens) and tokens[following].lower == "-":  # "25 - year - old": an age
        following += 1
    after = tokens[following].lower if following < len(tokens) else ""
    if after in profile.not_count_units or before in profile.not_count_markers:
        return False
    months = profile.months  # a day of the month: "3 March", "March 3", "3 <connector> <month>"
    later = tokens[last + 2].lower if last + 2 < len(tokens) else ""
    if before in months or after in months or (after in profile.date_connectors and later in months):
        return False
    if tokens[first].lower.isdigit():
        if before in profile.clock_markers or after in profile.clock_units or 1900 <= value <= 2100:
            return False  # "at 5", "5:30", a year
    return True


def _anchor(sentence: Any, tokens: list[Any], first: int, last: int, death_ids: list[int],
            injury: _CueWords, profile: Any) -> int | None:
    """The death word a number counts, by the parse (number → its noun → predicate), else by
    proximity; None when the number belongs to an injury word or nothing."""
    by_tree = _tree_anchor(sentence, last, death_ids, injury)
    if by_tree is not None:
        return by_tree if by_tree > 0 else None
    best = None
    for d in death_ids:
        distance = first - d if d < first else d - last
        if distance <= WINDOW and (best is None or distance < best[0]):
            best = (distance, d)
    if best is None:
        return None
    lo, hi = sorted((best[1], first))
    between = tokens[lo:hi - 1]
    if any(_is(t, injury) or t.lower in profile.count_separators for t in between):
        return None
    nearest_injury = [t.id for t in tokens if _is(t, injury)]
    if any(abs(i - first) < best[0] for i in nearest_injury):
        return None
    return best[1]


def _tree_anchor(sentence: Any, num_id: int, death_ids: list[int], injury: _CueWords) -> int | None:
    """Walk up from the number through its noun to the predicate: a death word → its id; an
    injury word → -1 (not a fatality figure); nothing within three steps → None."""
    current = sentence.token(num_id)
    for _ in range(4):
        if current.id in death_ids:
            return current.id
        if _is(current, injury):
            return -1
        for child in sentence.children(current.id):
            if child.id in death_ids and child.base_rel in ("amod", "acl", "nsubj", "conj", "xcomp", "advcl"):
                return child.id
        if not current.head:
            return None
        current = sentence.token(current.head)
    return None


def view_has_death(view: TextView, rules: AcledRules) -> bool:
    return view.has_any(rules.death_words)
