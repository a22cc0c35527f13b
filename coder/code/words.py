"""Word forms: regular inflections undone with the language profile's rules, for lemmatizers
that leave forms they do not know ("assassinations", "welcomed" → "welcom")."""

from __future__ import annotations

from functools import lru_cache

from coder.doc import Token
from coder.lang import LanguageProfile
from coder.code.syntax import lemma_of, norm


def name_form(text: str, profile: LanguageProfile) -> str:
    """A word as written in names: without a possessive the tokenizer left attached
    ("Gondor's" → "Gondor")."""
    for suffix in profile.possessive_suffixes:
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            return text[: -len(suffix)]
    for suffix in profile.plural_possessive_suffixes:
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            return text[:-1]
    return text


def lemma_candidates(token: Token, profile: LanguageProfile, codebook=None, verbal: bool = True) -> list[str]:
    """The lemma, then the surface form and its regular de-inflections: lemmatizers miss
    unseen forms. Like PETRARCH's generated regular forms, applied in reverse.
    ``verbal=False`` undoes only nominal inflections: a noun "meeting" is not the verb "meet"."""
    first = lemma_of(token, codebook)
    out = [first]
    word = norm(token)
    if word != first:
        out.append(word)
    for stem, undoubled in _deinflections(word, verbal, Same(profile)):
        if stem not in out:
            out.append(stem)
        if undoubled is not None:
            out.append(undoubled)  # "pulled" stays, "stopped" → "stop"
    return out


class Same:
    """A value as a cache key by identity (a language profile is neither small nor hashable);
    the key keeps it alive, so its identity is never reused while cached."""

    __slots__ = ("value",)

    def __init__(self, value: object):
        self.value = value

    def __hash__(self) -> int:
        return id(self.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Same) and other.value is self.value


@lru_cache(maxsize=1 << 16)
def _deinflections(word: str, verbal: bool, profile: Same) -> tuple[tuple[str, str | None], ...]:
    """(stem, stem with its doubled final consonant undone or None) for every de-inflection
    rule of the profile that applies to ``word``, in rule order (a word is seen many times
    per sentence: each is worked out once)."""
    rules: LanguageProfile = profile.value  # type: ignore[assignment]
    found = []
    for rule in rules.deinflections:
        if rule.verbal and not verbal:
            continue
        if word.endswith(rule.suffix) and len(word) - len(rule.suffix) >= rule.min_stem:
            stem = word[: len(word) - len(rule.suffix)] + rule.replacement
            undouble = (rule.undouble and len(stem) >= rules.undouble_min_stem and stem[-1] == stem[-2]
                        and stem[-1] not in rules.no_undouble)
            found.append((stem, stem[:-1] if undouble else None))
    return tuple(found)


def singular(token: Token, profile: LanguageProfile) -> str:
    """The lemma, or a regular singular when the lemmatizer returned the plural unchanged."""
    lemma = lemma_of(token)
    word = norm(token)
    if lemma != word or token.upos not in ("NOUN", "PROPN", "X"):
        return lemma
    return _regular_singular(word, Same(profile))


@lru_cache(maxsize=1 << 16)
def _regular_singular(word: str, profile: Same) -> str:
    """``word`` with the first plural rule that applies undone, else ``word`` itself."""
    rules: LanguageProfile = profile.value  # type: ignore[assignment]
    for rule in rules.plural_rules:
        if (word.endswith(rule.suffix) and not word.endswith(rules.plural_keep_endings)
                and len(word) - len(rule.suffix) >= rule.min_stem):
            return word[: len(word) - len(rule.suffix)] + rule.replacement
    return word
