"""Word forms: regular inflections undone with the language profile's rules, for lemmatizers
that leave forms they do not know ("assassinations", "welcomed" → "welcom")."""

from __future__ import annotations


from coder.doc import Token
from coder.lang import LanguageProfile
from coder.code.syntax import lemma_of, norm


def name_form(text: str, profile: LanguageProfile) -> str:
    """A word as written in names: without a possessive the tokenizer left attached
    ("Gondor's" → "Gondor")."""
    if not text.endswith(profile.possessive_suffixes) and not text.endswith(profile.plural_possessive_suffixes):
        return text  # most words: no possessive (one test per suffix list)
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
    ``verbal=False`` undoes only nominal inflections: a noun "meeting" is not the verb "meet".
    Worked out once per word form (on the codebook when one is given, else on the profile)."""
    if codebook is None:
        memo = profile.memo
    else:
        memo = getattr(codebook, "memo", None)
        if getattr(codebook, "profile", None) is not profile or not isinstance(memo, dict):
            return _candidates(token, profile, codebook, verbal)
        memo = memo.get("word-candidates") or memo.setdefault("word-candidates", {})  # its inflections too
    # the tag matters too: a noun's lemmatizer reading rules out its other readings (_candidates)
    key = ("candidates", token.lemma, token.text, verbal, token.upos == "NOUN")
    found = memo.get(key)
    if found is None:
        if len(memo) >= MEMO_LIMIT:
            memo.clear()
        found = memo[key] = tuple(_candidates(token, profile, codebook, verbal))
    return list(found)


def _candidates(token: Token, profile: LanguageProfile, codebook, verbal: bool) -> list[str]:
    first = lemma_of(token, codebook)
    out = [first]
    word = norm(token)
    if word != first:
        out.append(word)
    stems = _deinflections(word, verbal, profile)
    if token.upos == "NOUN" and first != word and any(first == stem for stem, _ in stems):
        # the lemmatizer picked one regular reading of a noun ("planes" → "plane"): the
        # others are no readings of it ("plan"); PETRARCH's plurals add -s, -es after -ss
        stems = ()
    for stem, undoubled in stems:
        if stem not in out:
            out.append(stem)
        if undoubled is not None:
            out.append(undoubled)  # "pulled" stays, "stopped" → "stop"
    return out


MEMO_LIMIT = 1 << 17  # word forms kept per profile; the memo starts over beyond this


def _remembered(profile: LanguageProfile, key: tuple, compute):
    """``compute()``, worked out once per profile and key (a word is seen many times)."""
    memo = profile.memo
    if key not in memo:
        if len(memo) >= MEMO_LIMIT:
            memo.clear()
        memo[key] = compute()
    return memo[key]


def _deinflections(word: str, verbal: bool, rules: LanguageProfile) -> tuple[tuple[str, str | None], ...]:
    return _remembered(rules, ("deinflect", word, verbal), lambda: _all_deinflections(word, verbal, rules))


def _all_deinflections(word: str, verbal: bool, rules: LanguageProfile) -> tuple[tuple[str, str | None], ...]:
    """(stem, stem with its doubled final consonant undone or None) for every de-inflection
    rule of the profile that applies to ``word``, in rule order."""
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
    lemma = token.lemma_lower  # lemma_of(token)
    word = token.lower  # norm(token)
    if lemma != word or token.upos not in ("NOUN", "PROPN", "X"):
        return lemma
    return _remembered(profile, ("singular", word), lambda: _regular_singular(word, profile))


def _regular_singular(word: str, rules: LanguageProfile) -> str:
    """``word`` with the first plural rule that applies undone, else ``word`` itself."""
    for rule in rules.plural_rules:
        if (word.endswith(rule.suffix) and not word.endswith(rules.plural_keep_endings)
                and len(word) - len(rule.suffix) >= rule.min_stem):
            return word[: len(word) - len(rule.suffix)] + rule.replacement
    return word
