"""ACLED rules at enrichment time: the cue matcher (:class:`TextView`) and the rules of a
codebook.

The rules are typed values compiled with the codebook (:mod:`coder.codebook.acled_rules`
reads ``kind: acled`` files, :class:`~coder.codebook.model.AcledRules` holds them on
``Codebook.acled``); this module matches their cues against sentences and documents.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable

from coder.cached import cached_property
from coder.codebook.acled_rules import SCHEMA, compile_cue, compile_rules, expand, stem_forms, validate_rules
from coder.codebook.model import AcledRules, Cue, Rule, SubEventType
from coder.doc import Token

__all__ = ["TextView", "rules_for", "typing_basis", "BASES", "AcledRules", "Cue", "Rule", "SubEventType", "SCHEMA", "compile_cue",
           "compile_rules", "expand", "validate_rules"]


# --------------------------------------------------------------------------- cue matching

# Function words match by their form only: "according (to)" is no form of the cue "accord".
FUNCTION_RELS = frozenset({"case", "mark", "fixed", "cc", "det", "aux", "cop", "punct"})


class TextView:
    """Words of a span (lemmas and lower-cased forms) for fast cue matching."""

    def __init__(self, tokens: Iterable[Any], indexes: dict | None = None):
        """``indexes``: where the cue lists' indexes are kept (:attr:`AcledRules.cue_indexes`,
        by the id of the tuple of cues: each list of the rules is indexed once); a view of its
        own without."""
        self.indexes: dict[int, Any] = {} if indexes is None else indexes
        tokens = list(tokens)
        if _ONLY_TOKENS.issuperset(map(type, tokens)):  # lower-cased forms and base relations computed already
            words = [tok.lower for tok in tokens]
            lemmas = [tok.lower if tok.base_rel in FUNCTION_RELS else tok.lemma_lower for tok in tokens]
        else:
            words, lemmas = _forms(tokens)
        self.words = set(words)
        self.words.update(lemmas)
        if "-" in " ".join(self.words):  # (most spans: no hyphen in any word, one test in C)
            for w in [w for w in self.words if "-" in w]:
                self.words.update(p for p in w.split("-") if p)
        self._forms = (words, lemmas)
        self.seen: dict[str | None, bool] = {}  # phrase cue pattern -> whether it is here

    @cached_property  # read by phrase cues only: joined on first use
    def joined(self) -> tuple[str, str]:
        """The forms, then the lemmas, joined by spaces (and spaced at both ends); a hyphen is
        a space, whether inside a word or a token of its own ("rocket - propelled")."""
        return tuple(" " + " ".join(" ".join(ws).replace("-", " ").split()) + " "  # type: ignore[return-value]
                     for ws in self._forms)

    @cached_property
    def pieces(self) -> frozenset[str]:
        return frozenset(self.sequences[0]) | frozenset(self.sequences[1])

    @cached_property
    def sequences(self) -> tuple[list[str], list[str]]:
        """The words of :attr:`joined`, each a list (a phrase cue is a run of them)."""
        return self.joined[0].split(), self.joined[1].split()

    def has(self, cue: Cue) -> bool:
        if cue.word is not None:
            return cue.word in self.words
        seen = self.seen  # phrase cues recur across rules: each is matched once per view
        found = seen.get(cue.pattern)
        if found is None:
            found = seen[cue.pattern] = self._has_phrase(cue)
        return found

    def has_any(self, cues: tuple[Cue, ...]) -> bool:
        """Whether any of the cues is here: ``any(self.has(c) for c in cues)``, reading only
        the plain words and the phrase cues whose first word is a word of the span."""
        index = self.indexes.get(id(cues))
        if index is None or index.cues is not cues:  # the id of a list no longer held: again
            index = self.indexes[id(cues)] = _CueIndex(cues)
        if not index.words.isdisjoint(self.words):
            return True
        has = self.has
        if any(has(c) for c in index.always):
            return True
        by_first = index.by_first
        if by_first:  # the first words both here and in the list: read over the smaller set
            for piece in index.firsts.intersection(self.pieces):
                if any(has(c) for c in by_first[piece]):
                    return True
        return False

    def _has_phrase(self, cue: Cue) -> bool:
        words = _cue_words(cue.text)
        for forms in words:  # the regex matches whole words: each must be here
            if self.pieces.isdisjoint(forms):
                return False
        if not words or any("" in forms for forms in words):  # (no word, or one the regex reads as none)
            return any(cue.regex.search(text) for text in self.joined)
        # what the cue's regular expression (" form form ", coder.codebook.acled_rules) finds in
        # a joined text, read over its words: a run of words, each one of its word's forms (no
        # regex compiled per cue in each process)
        first, rest = words[0], words[1:]
        n = len(rest)
        for seq in self.sequences:
            for i in range(len(seq) - n):
                if seq[i] in first and all(seq[i + k] in forms for k, forms in enumerate(rest, 1)):
                    return True
        return False


_ONLY_TOKENS = frozenset({Token})


def _forms(tokens: list[Any]) -> tuple[list[str], list[str]]:
    """(lower-cased forms, lemmas: the form for a function word) of token-like objects."""
    words: list[str] = []
    lemmas: list[str] = []
    for tok in tokens:
        if type(tok) is Token:
            words.append(tok.lower)
            lemmas.append(tok.lower if tok.base_rel in FUNCTION_RELS else tok.lemma_lower)
            continue
        words.append(tok.text.lower())
        function = str(getattr(tok, "deprel", "") or "").split(":")[0] in FUNCTION_RELS
        lemmas.append((tok.text if function else (tok.lemma or tok.text)).lower())
    return words, lemmas


class _CueIndex:
    """A list of cues for :meth:`TextView.has_any`: its plain words as a set, its phrase cues
    under each form of their first word (a phrase whose first word is not in a span cannot be
    there), and the phrase cues of no words (tested always)."""

    __slots__ = ("cues", "words", "by_first", "firsts", "always")

    def __init__(self, cues: tuple[Cue, ...]):
        self.cues = cues  # kept: the index is found by the tuple's id, which stays its own
        self.words = frozenset(c.word for c in cues if c.word is not None)
        by_first: dict[str, list[Cue]] = {}
        always: list[Cue] = []
        for cue in cues:
            if cue.word is not None:
                continue
            words = _cue_words(cue.text)
            if not words:
                always.append(cue)
                continue
            for form in words[0]:
                by_first.setdefault(form, []).append(cue)
        self.by_first = {form: tuple(found) for form, found in by_first.items()}
        self.firsts = frozenset(self.by_first)
        self.always = tuple(always)


@lru_cache(maxsize=8192)  # keyed by the cue's text, which fixes its regular expression
def _cue_words(text: str) -> tuple[frozenset[str], ...]:
    """For each word of a phrase cue, the forms its regular expression accepts there
    (:func:`~coder.codebook.acled_rules.compile_cue`)."""
    return tuple(frozenset(stem_forms(w[:-1])) if w.endswith("*") else frozenset((w,))
                 for w in text.replace("-", " ").split())


# How an event rule decides a type, from the surest to the least sure: a CAMEO code of its own
# ("195": air strike), words of the event's own clause, the actor types alone, or the
# generic type of a whole CAMEO family (any "19" fight is an armed clash).
BASES = ("code", "cue", "actors", "family")


def typing_basis(rule: Rule | None) -> str | None:
    """What decided the type of a rule: ``code``, ``cue``, ``actors`` or ``family`` (see
    :data:`BASES`); None for no rule."""
    if rule is None:
        return None
    if rule.cues or rule.all:
        return "cue"
    if rule.cameo and all(len(code) >= 3 for code in rule.cameo):
        return "code"
    if rule.source_inter or rule.target_inter:
        return "actors"
    return "family"


@lru_cache(maxsize=1)
def shipped_rules() -> AcledRules:
    """The shipped codebook's ACLED rules (``codebooks/acled.yaml``): the words of a caller
    that names no rules."""
    import yaml

    from coder.codebook.load import shipped_codebook_dir

    path = shipped_codebook_dir() / "acled.yaml"
    return compile_rules([{"file": str(path), "data": yaml.safe_load(path.read_text(encoding="utf-8"))}])


def rules_for(codebook: Any) -> AcledRules:
    """The compiled ACLED rules of a codebook (compiled with it)."""
    return codebook.acled
