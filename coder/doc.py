"""The project's own frozen parse types: Document → Sentence → Token (UD v2 words).

Every later stage (coding, ACLED enrichment, benchmarks) works on these types only, so a
corpus parsed once (and stored as CoNLL-U) can be re-coded without stanza.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable, Iterator

from coder.cached import cached_property

# UD v1 labels found in older parses (UniversalPetrarch, UDPipe 1) mapped to UD v2.
UD1_TO_UD2 = {
    "dobj": "obj",
    "neg": "advmod",
    "nsubjpass": "nsubj:pass",
    "csubjpass": "csubj:pass",
    "auxpass": "aux:pass",
    "name": "flat",
    "mwe": "fixed",
    "remnant": "orphan",
}


@dataclass(frozen=True)
class Token:
    """One syntactic word (UD "word"; multi-word tokens are expanded)."""

    id: int  # 1-based index within the sentence
    text: str
    lemma: str
    upos: str
    xpos: str = "_"
    feats: tuple[tuple[str, str], ...] = ()
    head: int = 0  # 0 = root
    deprel: str = "dep"
    start_char: int = -1  # offsets in the document text; -1 when unknown
    end_char: int = -1
    # the relation without its subtype: ``nsubj:pass`` → ``nsubj`` (read millions of times
    # by the coder, so computed once)
    base_rel: str = field(init=False, repr=False, compare=False)
    # the text lower-cased, and the lemma (the text where there is none) lower-cased: read
    # for nearly every word the coder looks at, so computed once
    lower: str = field(init=False, repr=False, compare=False)
    lemma_lower: str = field(init=False, repr=False, compare=False)
    # the features by name (the first value of a name written twice): ``feat`` is asked
    # tens of times per sentence, one dictionary lookup each
    feat_map: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "base_rel", self.deprel.split(":", 1)[0])
        object.__setattr__(self, "lower", self.text.lower())
        object.__setattr__(self, "lemma_lower", (self.lemma or self.text).lower())
        object.__setattr__(self, "feat_map", dict(reversed(self.feats)))

    def feat(self, name: str) -> str | None:
        return self.feat_map.get(name)

    @classmethod
    def build(cls, id: int, text: str, lemma: str, upos: str, xpos: str, feats: tuple[tuple[str, str], ...],
              head: int, deprel: str, start_char: int, end_char: int) -> Token:
        """``Token(...)`` of these fields (every field given, the same instance), made
        without the frozen dataclass's attribute setting field by field: a corpus read from
        CoNLL-U makes one per word."""
        tok = _new(cls)
        _set(tok, "__dict__", {
            "id": id, "text": text, "lemma": lemma, "upos": upos, "xpos": xpos, "feats": feats, "head": head,
            "deprel": deprel, "start_char": start_char, "end_char": end_char,
            "base_rel": deprel.split(":", 1)[0], "lower": text.lower(), "lemma_lower": (lemma or text).lower(),
            "feat_map": dict(reversed(feats))})
        return tok


_new, _set = object.__new__, object.__setattr__


@dataclass(frozen=True)
class Sentence:
    """A parsed sentence; token ``i`` (1-based) is ``tokens[i - 1]``."""

    doc_id: str
    index: int  # 0-based position in the document
    text: str
    tokens: tuple[Token, ...]
    start_char: int = -1
    end_char: int = -1
    _children: tuple[tuple[int, ...], ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        n = len(self.tokens)
        children: list[list[Token]] = [[] for _ in range(n + 1)]
        for position, tok in enumerate(self.tokens, start=1):
            if tok.id != position or not 0 <= tok.head <= n or tok.head == tok.id:
                raise ValueError(f"sentence {self.doc_id}:{self.index}: token {tok.id} at position "
                                 f"{position} has HEAD {tok.head} (ids must be 1..n, heads 0..n, not itself)")
            children[tok.head].append(tok)
        object.__setattr__(self, "_children", tuple(tuple([t.id for t in c]) for c in children))
        self.__dict__["_child_tokens"] = tuple(map(tuple, children))  # read by nearly every step: now
        self.__dict__["_by_id"] = (None, *self.tokens)  # token i at i (subtree's words by their ids)

    @property
    def id(self) -> str:
        return f"{self.doc_id}:{self.index}"

    def token(self, token_id: int) -> Token:
        return self.tokens[token_id - 1]

    def children(self, token_id: int) -> tuple[Token, ...]:
        """Dependents of ``token_id`` (0 gives the root), in surface order."""
        return self._child_tokens[token_id]

    @cached_property  # read hundreds of times per sentence: the tokens once per id
    def _child_tokens(self) -> tuple[tuple[Token, ...], ...]:
        return tuple(tuple(self.tokens[i - 1] for i in ids) for ids in self._children)

    @cached_property  # the words as written, in order (a document's places are read per event)
    def texts(self) -> tuple[str, ...]:
        return tuple(t.text for t in self.tokens)

    def head_of(self, token_id: int) -> Token | None:
        head = self.tokens[token_id - 1].head
        return self.tokens[head - 1] if head else None

    def subtree(self, token_id: int, stop_rels: frozenset[str] = frozenset()) -> list[Token]:
        """Token ``token_id`` and its descendants, in surface order.

        Dependents whose base relation is in ``stop_rels`` are not descended into.
        """
        seen = {token_id}  # (malformed input can hold cycles: each id once)
        stack = [token_id]
        if stop_rels:
            children = self._child_tokens
            while stack:
                for child in children[stack.pop()]:
                    if child.base_rel not in stop_rels and child.id not in seen:
                        seen.add(child.id)
                        stack.append(child.id)
        else:  # every dependent: a word's dependents' ids added at once
            below = self._children
            while stack:
                ids = below[stack.pop()]
                if ids and seen.isdisjoint(ids):  # (in a tree, always: each word has one head)
                    seen.update(ids)
                    stack.extend(ids)
                elif ids:
                    new = [i for i in ids if i not in seen]
                    seen.update(new)
                    stack.extend(new)
        return list(map(self._by_id.__getitem__, sorted(seen)))

    @cached_property  # what later stages work out once per sentence (never compared; dropped when pickled)
    def memo(self) -> dict:
        return {}

    @cached_property  # whether any of a list of words is here: one set test (the parse repairs' triggers)
    def lowered(self) -> frozenset[str]:
        """The words lower-cased (``Token.lower``), as a set."""
        return frozenset([t.lower for t in self.tokens])

    @cached_property
    def lemmas_lowered(self) -> frozenset[str]:
        """The lemmas lower-cased (``Token.lemma_lower``), as a set."""
        return frozenset([t.lemma_lower for t in self.tokens])

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        for name in ("memo", "lowered", "lemmas_lowered"):
            state.pop(name, None)
        return state

    def roots(self) -> list[Token]:
        return [t for t in self.tokens if t.head == 0]

    def __iter__(self) -> Iterator[Token]:
        return iter(self.tokens)

    def __len__(self) -> int:
        return len(self.tokens)


@dataclass(frozen=True)
class Document:
    """A source document: its text, metadata and parsed sentences."""

    id: str
    text: str
    sentences: tuple[Sentence, ...] = ()
    date: dt.date | None = None
    source: str = ""
    language: str = "en"
    metadata: tuple[tuple[str, str], ...] = ()

    def meta(self, name: str, default: str | None = None) -> str | None:
        for key, value in self.metadata:
            if key == name:
                return value
        return default


def glued(a: Token, b: Token) -> bool:
    """No space between two neighbouring tokens. Without offsets (CoNLL-U without them) a
    hyphen counts as glued to its neighbours: "Port - au - Prince", "anti- Gondor"."""
    if a.end_char < 0 or b.start_char < 0:
        return a.text.endswith("-") or b.text.startswith("-")
    return a.end_char == b.start_char


def written_in_lower_case(texts: Iterable[str]) -> bool:
    """No capital letter in any of the texts (a sentence written all in lower case)."""
    joined = "".join(texts)
    return joined == joined.lower()


def normalize_deprel(deprel: str) -> str:
    """Map UD v1 relation labels to their UD v2 equivalents (``dobj`` → ``obj``)."""
    return UD1_TO_UD2.get(deprel, deprel)


def verb_nmods_as_obliques(tokens: list[Token]) -> list[Token]:
    """UD v1 writes a verb's prepositional phrase as ``nmod`` (v2: ``obl``): in a sentence with
    no ``obl`` (a v1 parse), an ``nmod`` of a verb with a case marker of its own is an
    oblique. Only that: a v1 ``nmod`` of a noun stays one, and so does a verb's bare
    ``nmod:tmod``. Applied to the parser's output as to CoNLL-U read back, so a cached parse
    codes as a fresh one (a v2 parser's ``nmod`` on a verb is a slip of the same kind)."""
    if any(t.base_rel == "obl" for t in tokens):
        return tokens
    upos = {t.id: t.upos for t in tokens}
    marked = {t.head for t in tokens if t.deprel == "case"}
    return [replace(t, deprel="obl") if t.deprel == "nmod" and upos.get(t.head) == "VERB" and t.id in marked
            else t for t in tokens]


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """Accept ``YYYY-MM-DD``, ``YYYYMMDD`` or a date; raise ValueError on anything else."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    found = _date_of(str(value).strip())
    if found is None:
        raise ValueError(f"not a date (want YYYY-MM-DD): {value!r}")
    return found


@lru_cache(maxsize=1024)  # a corpus's documents share a few dates; strptime is slow
def _date_of(text: str) -> dt.date | None:
    for fmt in ("%Y-%m-%d", "%Y%m%d", "%y%m%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None
