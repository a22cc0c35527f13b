"""Compiling verb files: synsets, verb blocks and their patterns (part of compiling)."""

from __future__ import annotations

import sys
from collections import defaultdict
from typing import Any, Iterable

from coder.codebook.model import NULL_CODE, CameoCode, Pattern, SlotSpec, VerbBlock, VerbForm, WordSpec
from coder.codebook.yamlfile import LoadedFile, json_path
from coder.errors import Problem


def parse_word_spec(text: str) -> WordSpec:
    """"financial aid" / "financial_aid" → head aid, modifier financial; a synset name keeps
    its underscores ("&ARMED_GROUP")."""
    words = [part for w in text.split() for part in ([w] if w.startswith("&") else w.replace("_", " ").split())]
    words = [sys.intern(w if w.startswith("&") else w.lower()) for w in words]
    return WordSpec.of(words[-1], tuple(words[:-1]))


def verb_form(block_id: str, text: str) -> VerbForm:
    """"pull out" → lemma pull, particle out; "wire +tap" → lemma tap, pre-word wire."""
    words = text.replace("_", " ").lower().split()
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    idx = marked[0] if marked else 0
    words = [w.lstrip("+") for w in words]
    lemma = words[idx]
    particle = " ".join(words[idx + 1:]) or None
    preword = " ".join(words[:idx]) or None
    state = {"block": block_id, "lemma": sys.intern(lemma)}
    if particle is not None:
        state["particle"] = particle
    if preword is not None:
        state["preword"] = preword
    return VerbForm(**state)


class VerbCompiler:
    """Collects every verb file of a codebook: synsets first (all files), then blocks."""

    def __init__(self, cameo: dict[str, CameoCode], problems: list[Problem]):
        self.cameo = cameo
        self.problems = problems
        self.forms: dict[str, list[VerbForm]] = defaultdict(list)
        self.nouns: dict[str, list[str]] = defaultdict(list)
        self.blocks: dict[str, VerbBlock] = {}
        self.inflections: dict[str, str] = {}
        self.synsets: dict[str, frozenset[str]] = {}
        self.synset_phrases: dict[str, tuple[WordSpec, ...]] = {}
        self.pattern_ids: dict[str, str] = {}
        self.signatures: dict[tuple, tuple[str, str]] = {}
        self.values: dict[Any, Any] = {}  # each word and slot spec once (see shared)
        self.word_specs: dict[str, WordSpec] = {}  # text -> its shared word spec (see word_spec)

    def shared(self, value: Any) -> Any:
        """The first equal value compiled (frozen word and slot specs: thousands of patterns
        repeat a few thousand of them, and the cached codebook stores and loads each once)."""
        return self.values.setdefault(value, value)

    def word_spec(self, text: str) -> WordSpec:
        """``shared(parse_word_spec(text))``, once per text written ('*' and a few thousand
        words make the 10,000 word specs of the patterns)."""
        spec = self.word_specs.get(text)
        if spec is None:
            spec = self.word_specs[text] = self.shared(parse_word_spec(text))
        return spec

    def add_synsets(self, lf: LoadedFile) -> None:
        for i, syn in enumerate(lf.data.get("synsets", [])):
            if syn["name"] in self.synsets:
                self.problems.append(lf.problem("W230", ["synsets", i], name=syn["name"]))
            specs = [parse_word_spec(m) for m in syn["members"]]
            single = {w.head for w in specs if not w.modifiers}
            self.synsets[syn["name"]] = frozenset(single) | self.synsets.get(syn["name"], frozenset())
            self.synset_phrases[syn["name"]] = self.synset_phrases.get(syn["name"], ()) + tuple(
                w for w in specs if w.modifiers)

    def _check_code(self, code: str, lf: LoadedFile, path: list) -> None:
        if code != NULL_CODE and self.cameo and code not in self.cameo:
            self.problems.append(lf.problem("E231", path, json_path(path), code=code))

    def _check_words(self, words: Iterable[str], lf: LoadedFile, path: list) -> None:
        for w in words:
            if "&" not in w:  # (no synset named: the common case)
                continue
            for part in w.split():
                if part.startswith("&") and part not in self.synsets:
                    self.problems.append(lf.problem("E232", path, json_path(path), name=part))

    def add_blocks(self, lf: LoadedFile) -> None:
        for i, entry in enumerate(lf.data["entries"]):
            bpath = ["entries", i]
            if entry["id"] in self.blocks:
                self.problems.append(lf.problem("E233", bpath + ["id"], id=entry["id"]))
                continue
            self._add_block(lf, bpath, entry)

    def _add_block(self, lf: LoadedFile, bpath: list, entry: dict) -> None:
        block_id, fname = entry["id"], lf.path.name
        code = entry.get("code", NULL_CODE)
        self._check_code(code, lf, bpath + ["code"])
        patterns = [p for j, raw in enumerate(entry.get("patterns", []))
                    if (p := self._pattern(lf, bpath + ["patterns", j], raw, block_id)) is not None]
        patterns.sort(key=lambda p: -p.specificity)  # stable: file order breaks ties
        reverse = entry.get("reverse") or (code if entry.get("reciprocal") else None)
        if entry.get("reverse"):
            self._check_code(entry["reverse"], lf, bpath + ["reverse"])
        ref = f"{fname}:{lf.line_of(bpath)}"
        bare = _pattern(id=f"{block_id}", code=code, block=block_id, ref=ref, reverse=reverse)
        self.blocks[block_id] = VerbBlock(block_id, code, tuple(patterns) + (bare,), ref=ref,
                                          light=bool(entry.get("light")), speech=bool(entry.get("speech")),
                                          reciprocal=bool(entry.get("reciprocal")),
                                          theme_object=bool(entry.get("theme_object")))
        for verb in entry["verbs"]:
            form = verb_form(block_id, verb)
            self.forms[form.lemma].append(form)
        for noun in entry.get("nouns", []):
            self.nouns[noun.lower()].append(block_id)
        for surface, lemma in (entry.get("inflections") or {}).items():
            self.inflections[surface.lower()] = lemma.lower()

    def _pattern(self, lf: LoadedFile, ppath: list, pat: dict, block_id: str) -> Pattern | None:
        """One pattern of a block, or None when its id or frame is taken (a problem)."""
        line = lf.line_of(ppath)
        ref = f"{lf.path.name}:{line}"
        self._check_code(pat["code"], lf, ppath + ["code"])
        if pat["id"] in self.pattern_ids:
            self.problems.append(lf.problem("E234", ppath, id=pat["id"], first=self.pattern_ids[pat["id"]]))
            return None
        self.pattern_ids[pat["id"]] = ref
        slots = []
        for k, m in enumerate(pat.get("match", [])):
            self._check_words(m["words"], lf, ppath + ["match", k])
            prep = (m.get("prep") or "").lower() or None
            slots.append(self.shared(SlotSpec(sys.intern(m["slot"]), prep and sys.intern(prep),
                                              tuple([self.word_spec(w) for w in m["words"]]))))
        if pat.get("reverse"):
            self._check_code(pat["reverse"], lf, ppath + ["reverse"])
        signature = (block_id, tuple(sorted((s.slot, s.prep or "",  # (the words as a multiset)
                                             tuple(sorted((w.head, w.modifiers) for w in s.words)))
                                            for s in slots)))
        if signature in self.signatures:
            first_id, first_ref = self.signatures[signature]
            self.problems.append(lf.problem("E235", ppath, id=pat["id"], first_id=first_id, first_ref=first_ref))
            return None
        self.signatures[signature] = (pat["id"], ref)
        return _pattern(id=pat["id"], code=pat["code"], block=block_id, match=tuple(slots),
                        source=pat.get("source", "subj"), target=pat.get("target"), ref=ref,
                        reverse=pat.get("reverse"))


def _pattern(id: str, code: str, block: str, match: tuple = (), source: str = "subj", target: str | None = None,
             ref: str = "", reverse: str | None = None) -> Pattern:
    """``Pattern.of(...)`` with its codes (code, block, source, target, reverse: a few values
    written thousands of times) as shared strings, made in C with every field in order."""
    intern = sys.intern
    specificity = sum(10 + max(w.specificity for w in s.words) + (3 if s.prep else 0) for s in match)
    return tuple.__new__(Pattern, (
        id, intern(code) if type(code) is str else code, intern(block) if type(block) is str else block, match,
        intern(source) if type(source) is str else source, intern(target) if type(target) is str else target,
        ref, intern(reverse) if type(reverse) is str else reverse, specificity))
