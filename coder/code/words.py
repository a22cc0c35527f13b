"""Word forms: regular inflections undone with the language profile's rules, for lemmatizers
that leave forms they do not know ("assassinations", "welcomed" → "welcom")."""

from __future__ import annotations

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
    for rule in profile.deinflections:
        if rule.verbal and not verbal:
            continue
        if word.endswith(rule.suffix) and len(word) - len(rule.suffix) >= rule.min_stem:
            stem = word[: len(word) - len(rule.suffix)] + rule.replacement
            if stem not in out:
                out.append(stem)
            if (rule.undouble and len(stem) >= profile.undouble_min_stem and stem[-1] == stem[-2]
                    and stem[-1] not in profile.no_undouble):
                out.append(stem[:-1])  # "pulled" stays, "stopped" → "stop"
    return out


def singular(token: Token, profile: LanguageProfile) -> str:
    """The lemma, or a regular singular when the lemmatizer returned the plural unchanged."""
    lemma = lemma_of(token)
    word = norm(token)
    if lemma != word or token.upos not in ("NOUN", "PROPN", "X"):
        return lemma
    for rule in profile.plural_rules:
        if (word.endswith(rule.suffix) and not word.endswith(profile.plural_keep_endings)
                and len(word) - len(rule.suffix) >= rule.min_stem):
            return word[: len(word) - len(rule.suffix)] + rule.replacement
    return lemma
