"""Convert a PETRARCH-2 verb dictionary (CAMEO.2.0.txt format) to coder verb patterns.

PETRARCH patterns are positional (``- PRE-VERB NOUNS * POST-VERB NOUNS (PREP NOUN) [code]``);
coder patterns are dependency frames. The mapping:

* pre-verb noun → slot ``subj``; the first post-verb noun → slot ``obj``; particles,
  adverbs and further nouns → slot ``any``; ``(PREP NOUN)`` (or a bare preposition
  followed by words, the older linear style) → slot ``obl`` with ``prep``;
* ``{FINANCIAL AID}`` → ``"financial aid"`` (head last); ``&SYNSET`` is kept; ``^`` → ``*``;
* ``$``/``+`` say where the source/target actor is (``(FROM +)`` → ``target: obl:from``);
* a paired code ``[042:043]`` codes the dyad with the first code and the reversed dyad
  with the second (``reverse``): "X visited Y" is also "Y hosted X"; ``[:173]`` codes only
  the reversed dyad ("X appeared before the court": court → X, 173);
* nouns are lemmatised by regular plural rules, since coder matches lemmas;
* verbs with their own ``[code]`` go into a sub-block ``<block>@<code>`` that shares the
  block's patterns; ``{...}`` irregular forms become ``inflections``;
* ``~`` transformations and the ``%`` compound marker have no equivalent: reported.

Exact duplicates, and patterns that become the same frame after conversion, are dropped
and reported (PETRARCH keeps the later one, so the later one is kept here too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from coder.importers.petrarch_text import CAMEO_CODE, FileReport, dictionary_lines, profile_singular, singular

PREPOSITIONS = {
    "about", "above", "across", "after", "against", "along", "amid", "among", "around", "as", "at",
    "before", "behind", "below", "beneath", "beside", "between", "beyond", "by", "despite", "during",
    "for", "from", "in", "inside", "into", "near", "of", "off", "on", "onto", "outside", "over", "per",
    "since", "through", "throughout", "to", "toward", "towards", "under", "until", "upon", "via",
    "with", "within", "without",
}
PARTICLES = {"out", "off", "up", "down", "away", "back", "forward", "aside", "over", "together",
             "apart", "ahead", "around", "along", "through", "open", "not", "never", "will",
             "would", "also", "again", "further", "first", "closer", "close"}
_VERB_LINE = re.compile(r"^\s*(?P<verb>[^\s{\[]+)\s*(?:\{(?P<forms>[^}]*)\})?\s*(?:\[(?P<code>[^\]]*)\])?\s*$")
_BLOCK_LINE = re.compile(r"^---\s*(?P<name>\S+)\s*(?:\[(?P<code>[^\]]*)\])?")
_CODE_AT_END = re.compile(r"\[(?P<code>[^\]]*)\]\s*$")
NESTED_NOTE = " (its words read as one phrase)"  # ends the note of a nested variant


def is_nested_variant(pattern: dict) -> bool:
    """A pattern the importer added as another reading of a file's pattern (not counted)."""
    return pattern.get("note", "").endswith(NESTED_NOTE)


class PatternError(ValueError):
    """A pattern line that cannot be converted; the message is the reason."""


@dataclass
class _Block:
    name: str
    code: str
    line: int
    verbs: list[tuple[str, str, int]] = field(default_factory=list)  # (verb, code, line)
    patterns: list[dict] = field(default_factory=list)


@dataclass
class VerbImport:
    """The converted file: YAML-ready data plus the codes it uses."""

    data: dict
    codes: set[str]
    report: FileReport


# --------------------------------------------------------------------------- verbs

def verb_text(token: str) -> tuple[str, str]:
    """PETRARCH verb token → (coder verb string, the verb word). '+PULL_OUT' → ('pull out', 'pull')."""
    words = [w for w in token.lower().split("_") if w]
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    idx = marked[0] if marked else 0
    words = [w.lstrip("+") for w in words]
    head = words[idx]
    if idx == 0:
        return " ".join(words), head
    return " ".join(words[:idx] + ["+" + head] + words[idx + 1:]), head


# --------------------------------------------------------------------------- patterns

def _tokens(text: str) -> list[str]:
    return re.sub(r"([(){}])", r" \1 ", text).split()


def _parse_side(tokens: list[str], prepositions=PREPOSITIONS, leading: bool = False) -> list[tuple]:
    """Items: ('noun', [words]), ('mark', '$'), ('prep', prep, [items])."""
    items: list[tuple] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok == "(":
            if ")" not in tokens[i:]:
                raise PatternError("unbalanced '(' in pattern")
            j = tokens.index(")", i)
            inner = _parse_nouns(tokens[i + 1:j])
            if not inner or inner[0][0] != "noun" or len(inner[0][1]) != 1:
                raise PatternError("prepositional phrase without a preposition")
            items.append(("prep", inner[0][1][0].lower(), inner[1:]))
            i = j + 1
        elif tok == ")":
            raise PatternError("unbalanced ')' in pattern")
        else:
            j = _noun_end(tokens, i)
            items.extend(_parse_nouns(tokens[i:j]))
            i = j
    return _fold_bare_prepositions(items, prepositions, leading)


def _noun_end(tokens: list[str], i: int) -> int:
    if tokens[i] == "{":
        if "}" not in tokens[i:]:
            raise PatternError("unbalanced '{' in pattern")
        return tokens.index("}", i) + 1
    return i + 1


def _parse_nouns(tokens: list[str]) -> list[tuple]:
    items: list[tuple] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok == "{":
            j = _noun_end(tokens, i)
            words = tokens[i + 1:j - 1]
            if not words or any(w in "$+%^" for w in words):
                raise PatternError("empty or marked {...} phrase")
            items.append(("noun", words))
            i = j
            continue
        if tok in ("}", "(", ")"):
            raise PatternError(f"unexpected '{tok}' in pattern")
        items.append(("mark", tok) if tok in ("$", "+", "%", "^") else ("noun", [tok]))
        i += 1
    return items


_MISSING_DASH = re.compile(r"^[^#\[]*\*[^#\[]*\[[^\]]*\]")  # "* (TO QUESTION) [110]"


def _fold_bare_prepositions(items: list[tuple], prepositions=PREPOSITIONS, leading: bool = False) -> list[tuple]:
    """Older linear patterns write prepositions bare ('TROOP TOWARD +'); make them phrases.

    A mark right after an empty phrase ('(AGAINST) +') belongs to that phrase; after a
    filled one ('(IN ^) +') it stands for a phrase of its own. ``leading``: a preposition
    may also open the side ("* PREP &SYNSET", the linear style of the Spanish dictionaries).
    """
    out: list[tuple] = []
    for item in items:
        if item[0] == "noun" and len(item[1]) == 1 and item[1][0].lower() in prepositions and (out or leading):
            out.append(("prep", item[1][0].lower(), []))
        elif out and out[-1][0] == "prep" and item[0] != "prep" and (
                not out[-1][2] or out[-1][2][-1] in (("mark", "$"), ("mark", "+"))):
            out[-1][2].append(item)
        else:
            out.append(item)
    return out


class PatternConverter:
    """Turns one PETRARCH pattern line into a coder pattern dict (without id)."""

    def __init__(self, synsets: set[str], profile=None, function_synsets: frozenset[str] = frozenset()):
        self.synsets = synsets
        # words a dependency frame has no slot for (articles, pronouns: "* ARTICLE-SYNSET
        # &PERSON" is a verb with the object "&PERSON"), in another language's patterns
        self.function_synsets = function_synsets
        self.function_words = frozenset() if profile is None else _function_words(profile)
        # another language's profile gives its prepositions and plural rules (English keeps
        # the importer's own lists, so its output does not change)
        self.profile = profile
        self.prepositions = PREPOSITIONS if profile is None else _profile_prepositions(profile)
        self.particles = PARTICLES if profile is None else frozenset(profile.negators)
        self.forms: dict[str, list[str]] = {}  # a profile pattern word -> the file's forms of its words

    def word(self, words: list[str]) -> str:
        """A pattern word: its head (the last word) in the singular, a synset by its name. In
        a profile's patterns a modifier keeps the form the file gives it (a plural determiner
        stays plural: a parse gives it as form and lemma alike, never a made-up singular), as
        UniversalPetrarch compares a pattern word with a text word's form or lemma."""
        out, forms = [], []
        split = " ".join(words).replace("_", " ").split()
        for i, w in enumerate(split):
            if w.startswith("&"):
                name = w.rstrip("_").upper()
                if name not in self.synsets:
                    raise PatternError(f"undefined synset {name}")
                out.append(name)
                forms.append(name)
            elif self.profile is None:
                out.append(singular(w.lower()))
            else:
                one = profile_singular(w.lower(), self.profile)
                out.append(one if i == len(split) - 1 else w.lower())
                forms.append(w.lower())
        if not out:
            raise PatternError("empty noun")
        self.forms[" ".join(out)] = forms
        return " ".join(out)

    def convert(self, text: str) -> dict:
        m = _CODE_AT_END.search(text)
        if not m:
            raise PatternError("no [code] at the end of the pattern")
        active, _, passive = m.group("code").replace(" ", "").partition(":")
        body = text[: m.start()]
        if body.count("*") != 1:
            raise PatternError("pattern needs exactly one '*' (the verb)")
        pre, post = body.split("*")
        pattern: dict = {}
        match: list[dict] = []
        roles: dict[str, str] = {}
        post_from = 0
        for side, tokens in (("pre", self._content(_tokens(pre))), ("post", self._content(_tokens(post)))):
            post_from = len(match) if side == "post" else post_from
            self._convert_side(side, _parse_side(tokens, self.prepositions, self.profile is not None),
                               match, roles)
        if not active and not passive:
            raise PatternError("empty code")
        if not match and (active or "---") == "---" and self.profile is not None and any(
                self._function_word(t) for t in _tokens(pre) + _tokens(post)):
            # "WHICH * [---]": only function words around the verb, which a frame cannot see;
            # kept, it would be a bare no-event pattern that silences the verb's own code
            raise PatternError("only function words around the verb, coding no event (no frame)")
        code = active or "---"
        if code != "---" and self.profile is not None and not match:
            for slot, side in (("subj", pre), ("obj", post)):
                words = [t for t in _tokens(side) if t not in ("$", "+", "%", "^")]
                if words:
                    # "* &ARTICLE [190]" (function words only): a phrase with an article after
                    # the verb, its object (before it, its subject), whatever its noun; read as
                    # the bare verb, it would give the verb another bare code
                    first = words[0].rstrip("_")
                    name = first.upper() if first.startswith("&") else first.lower()
                    match.append({"slot": slot, "words": [f"{name} *"]})
        for part in (code, passive):
            if part and not CAMEO_CODE.match(part):
                raise PatternError(f"not a CAMEO code: [{m.group('code')}]")
        pattern["code"] = code
        if passive and passive != "---":
            pattern["reverse"] = passive
        if match:
            pattern["match"] = _dedupe(match)
        if roles.get("source", "subj") != "subj":
            pattern["source"] = roles["source"]
        if "target" in roles:
            pattern["target"] = roles["target"]
        if self.profile is not None and not roles and post_from < len(match):
            pattern["_post"] = match[post_from:]  # for nested_variants
        return pattern

    def nested_variants(self, pattern: dict, limit: int = 12) -> list[dict]:
        """The same pattern with the words after the verb read as one phrase, in a language
        whose nouns come before their modifiers (a profile's patterns only).

        A linear pattern's words follow the verb in order, any words between them (in English
        words: "* WITH COURSE UNKNOWN", "* OF SEVERAL SHOTS OF RIFLE", "* DEATH &WEAPON
        OF_LONG_RANGE"). Read as separate arguments of the verb, the later words are never
        found where a UD parse puts them: inside the earlier word's phrase ("course unknown",
        "shots of rifle", "weapons of long range"), nor is a multi-word word's head always its
        last word ("WEAPON_OF_FIRE": "weapon"). Each variant folds the words from one argument to
        the last into a single word of that argument's slot (the object's also as an oblique
        without a preposition: a linear pattern skips the one before it), its head each of the
        folded content words in turn (no word list says which one a phrase's head is), the
        others its modifiers, prepositions dropped. The original pattern stays; a variant is
        less specific than it, so it decides only where the original does not match."""
        post = pattern.get("_post")
        if not post:
            return []
        fixed = [s for s in pattern["match"] if not any(s is p for p in post)]
        out: list[dict] = []
        for start in range(len(post)):
            # (the word as a head, the form the file gives it as a modifier)
            words = [pair for slot in post[start:] for word in slot["words"]
                     for pair in zip(word.split(), self.forms.get(word, word.split()))
                     if pair[0] != "*" and pair[0] not in self.prepositions]
            words = list(dict.fromkeys(words))
            if len(words) < 2:
                continue
            first = post[start]
            slots = [{"slot": "obj"}, {"slot": "obl"}] if first["slot"] == "obj" else [
                {k: v for k, v in first.items() if k != "words"}]
            for i, (head, _) in enumerate(words):
                modifiers = list(dict.fromkeys(form for j, (_, form) in enumerate(words) if j != i))
                for slot in slots:
                    merged = {**slot, "words": [" ".join([*modifiers, head])]}
                    variant = {k: v for k, v in pattern.items() if not k.startswith("_")}
                    variant["match"] = _dedupe([*fixed, *post[:start], merged])
                    out.append(variant)
                    if len(out) >= limit:
                        return out
        return out

    def _content(self, tokens: list[str]) -> list[str]:
        return [t for t in tokens if not self._function_word(t)] if self.profile is not None else tokens

    def _convert_side(self, side: str, items: list[tuple], match: list[dict], roles: dict) -> None:
        own_slot = "subj" if side == "pre" else "obj"
        slot_taken = False
        after_phrase = False
        for item in items:
            if item[0] == "mark" and after_phrase and side == "post":
                pass  # "IFTAR (IN ^) +": the actor is in a later phrase; default targeting finds it
            elif item[0] == "mark":
                self._mark(item[1], own_slot, roles)
            elif item[0] == "noun":
                after_phrase = False
                word = self.word(item[1])
                if word in self.particles or (self.profile is None and _is_adverb(word)) or slot_taken:
                    match.append({"slot": "any", "words": [word]})
                else:
                    match.append({"slot": own_slot, "words": [word]})
                    slot_taken = True
            else:
                _, prep, inner = item
                words = []
                for sub in inner:
                    if sub[0] == "mark":
                        self._mark(sub[1], f"obl:{prep}", roles)
                    elif sub[0] == "noun":
                        words.append(self.word(sub[1]))
                slot = {"slot": "obl", "prep": prep, "words": [words[0] if words else "*"]}
                match.append(slot)
                match.extend({"slot": "any", "words": [w]} for w in words[1:])
                after_phrase = True

    def _function_word(self, token: str) -> bool:
        """An article, pronoun or the like (or a synset of them), in a profile's patterns."""
        return token.lower().rstrip("_") in self.function_words or token.rstrip("_").upper() in self.function_synsets

    @staticmethod
    def _mark(mark: str, where: str, roles: dict) -> None:
        if mark == "$":
            roles["source"] = where
        elif mark == "+":
            roles["target"] = where
        elif mark == "%":
            raise PatternError("compound-actor marker % has no equivalent")
        # '^' (skip) needs nothing: unmatched words are allowed anyway


_ADVERB_ENDINGS = ("ally", "ively", "ously", "fully", "lessly", "ently", "antly", "ately", "edly", "ingly",
                   "ibly", "ably", "arly", "ctly", "rmly", "ckly", "ghly", "ngly")


def _is_adverb(word: str) -> bool:
    return len(word) > 6 and word.endswith(_ADVERB_ENDINGS)


def _dedupe(match: list[dict]) -> list[dict]:
    seen, out = set(), []
    for slot in match:
        key = (slot["slot"], slot.get("prep"), tuple(slot["words"]))
        if key not in seen:
            seen.add(key)
            out.append(slot)
    return out


def frame_signature(pattern: dict) -> tuple:
    """What the validator compares: slots with prepositions and words (not roles or code)."""
    return tuple(sorted((s["slot"], s.get("prep") or "", tuple(sorted(s["words"])))
                        for s in pattern.get("match", [])))


# --------------------------------------------------------------------------- file

def _profile_prepositions(profile) -> frozenset[str]:
    """Every single-word preposition a language profile lists."""
    words = (set(profile.target_prepositions) | profile.topic_prepositions | profile.non_target_prepositions
             | profile.argument_prepositions | profile.locative_prepositions
             | profile.oppositional_prepositions | {profile.agent_preposition, profile.theme_preposition})
    return frozenset(w for w in words if w and " " not in w)


def _function_words(profile) -> frozenset[str]:
    """A profile's articles, pronouns and relative pronouns (forms and lemmas)."""
    return frozenset(profile.definite_determiners | set(profile.pronouns) | profile.relative_pronouns)


def _function_synsets(synsets: dict[str, list[str]], profile) -> frozenset[str]:
    """Synsets most of whose members are a profile's function words (UniversalPetrarch's
    Spanish synset of articles and subject pronouns)."""
    if profile is None:
        return frozenset()
    words = _function_words(profile) | _profile_prepositions(profile)
    return frozenset(name for name, members in synsets.items()
                     if members and 2 * sum(m in words for m in members) >= len(members))


def _article_members(synsets: dict[str, list[str]], profile) -> frozenset[str]:
    """The one-word members of a synset most of whose members are the profile's articles and
    pronouns (UniversalPetrarch's Spanish article synset lists the indefinite articles beside
    the definite ones and the subject pronouns): function words of the file's patterns too
    ("* A COUNTER ATTACK" in English words: the object "counter attack", not "a")."""
    if profile is None:
        return frozenset()
    words, prepositions = _function_words(profile), _profile_prepositions(profile)
    return frozenset(m.lower() for members in synsets.values()
                     if members and 2 * sum(m.lower() in words for m in members) >= len(members)
                     for m in members if " " not in m and "_" not in m and m.lower() not in prepositions)


@dataclass
class _Dictionary:
    """What one pass over a PETRARCH verb dictionary finds, before patterns are converted."""

    synsets: dict[str, list[str]] = field(default_factory=dict)
    synset_lines: dict[str, int] = field(default_factory=dict)
    blocks: list[_Block] = field(default_factory=list)
    raw_patterns: list[tuple[_Block, int, str]] = field(default_factory=list)
    forms: dict[str, set[str]] = field(default_factory=dict)  # surface -> lemmas
    transformations: int = 0


def convert_verbs(path: Path, prefix: str, profile=None) -> VerbImport:
    """Read a PETRARCH verb dictionary; returns coder verbs data and a report. ``profile``:
    the language profile of a dictionary in another language than English (UniversalPetrarch's
    ``<P1Verbfile>``): its prepositions, plural rules and contractions."""
    report = FileReport(path.name, "verbs")
    found = _read_dictionary(path, report)
    synsets, blocks = found.synsets, found.blocks
    converter = PatternConverter(set(synsets), profile, _function_synsets(synsets, profile))
    converter.function_words |= _article_members(synsets, profile)
    auxiliary_slots = _participle_blocks(found, converter, profile) if profile is not None else {}
    for block, number, text in found.raw_patterns:
        try:
            pattern = converter.convert(text)
        except PatternError as exc:
            report.skip(number, str(exc))
            continue
        if id(block) in auxiliary_slots:
            slot, text = auxiliary_slots[id(block)][number]  # the note quotes the auxiliary's pattern
            pattern["match"] = [*pattern.get("match", []), slot]
        pattern["note"] = f"{path.name}:{number}: -{' '.join(text.split())}"
        pattern["_line"] = number
        block.patterns.append(pattern)
        for variant in converter.nested_variants(pattern):
            variant["note"] = pattern["note"] + NESTED_NOTE
            block.patterns.append({**variant, "_line": number, "_variant": True})

    blocks = [b for b in blocks if b.patterns or id(b) not in auxiliary_slots]
    entries, codes = _emit_blocks(blocks, prefix, report)
    inflections = _inflections(found.forms, {v for b in blocks for v, _, _ in b.verbs})
    _attach_inflections(entries, inflections)
    report.notes = {"verb blocks": len(blocks), "verbs": sum(len(b.verbs) for b in blocks),
                    "synsets": len(synsets), "transformations skipped": found.transformations}
    nested = len({p["_line"] for b in blocks for p in b.patterns if p.get("_variant")})
    if nested:
        report.notes["patterns also read as one phrase"] = nested
    data = {"kind": "verbs",
            "synsets": [{"name": name, "members": sorted(set(members))}
                        for name, members in synsets.items() if members],
            "entries": entries}
    for name, members in synsets.items():
        if not members:
            report.skip(found.synset_lines[name], f"synset {name} has no members")
    return VerbImport(data, codes, report)


def _participle_blocks(found: _Dictionary, converter: PatternConverter, profile) -> dict[int, dict]:
    """Patterns of a passive auxiliary read as patterns of the participle after it.

    UniversalPetrarch writes "was killed" as a pattern of the auxiliary BE: "+ * KILLED $".
    A UD parse makes the participle the head and the auxiliary its dependent (aux:pass), so
    the pattern is added to a block of the participle's form ("killed") that needs a
    dependent auxiliary (slot ``any``: the block's verbs that are the profile's
    ``passive_auxiliaries``); the participle's passive frame then gives the roles (the agent
    is the source). Only patterns with no word before the verb and a plain word right after
    it. Returns, for each new block (by ``id``), each pattern line's auxiliary slot and the
    auxiliary's own pattern text."""
    slots: dict[int, dict] = {}
    by_word: dict[tuple[str, tuple[str, ...]], _Block] = {}
    for block in list(found.blocks):
        auxiliaries = tuple(sorted({v for v, _, _ in block.verbs if v in profile.passive_auxiliaries}))
        if not auxiliaries:
            continue
        for owner, number, text in list(found.raw_patterns):
            if owner is not block:
                continue
            m = _CODE_AT_END.search(text)
            body = text[: m.start()] if m else text
            if not m or body.count("*") != 1:
                continue
            pre, post = body.split("*")
            if any(t not in "$+^" for t in converter._content(_tokens(pre))):
                continue
            words = [t for t in converter._content(_tokens(post)) if t not in ("$", "+", "^")]
            if not words or not re.fullmatch(r"[^\W\d_]{3,}", words[0]) or words[0].lower() in converter.prepositions:
                continue
            participle = words[0].lower()
            key = (participle, auxiliaries)
            if key not in by_word:
                by_word[key] = _Block(f"{block.name}_{participle}".upper(), "---", number)
                by_word[key].verbs.append((participle, "---", number))
                found.blocks.append(by_word[key])
                slots[id(by_word[key])] = {}
            rest = " ".join(words[1:])
            found.raw_patterns.append((by_word[key], number, f" * {rest} {text[m.start():]}"))
            slots[id(by_word[key])][number] = ({"slot": "any", "words": list(auxiliaries)}, text)
    return slots


def _read_dictionary(path: Path, report: FileReport) -> _Dictionary:
    """Verb blocks, their verbs and raw pattern lines, and synsets, line by line."""
    found = _Dictionary()
    current_synset: str | None = None
    for number, line in dictionary_lines(path):
        text = line.strip()
        if text.startswith("---"):
            m = _BLOCK_LINE.match(text)
            current_synset = None
            if not m:
                report.skip(number, "unreadable verb block header")
                continue
            code = _code_pair(m.group("code") or "") or "---"
            found.blocks.append(_Block(m.group("name"), code, number))
        elif text.startswith("&"):
            current_synset = text.split()[0].rstrip("_").upper()
            found.synsets.setdefault(current_synset, [])
            found.synset_lines.setdefault(current_synset, number)
        elif text.startswith("+") and current_synset is not None:
            # the whole phrase: "+AUSTRIAN GOLD FLORIN", "+FIGHTING_" (a trailing _ only stops plurals)
            member = " ".join(text[1:].split("#", 1)[0].replace("_", " ").split()).lower()
            if member:
                found.synsets[current_synset].append(member)
        elif text.startswith("-") or _MISSING_DASH.match(text):
            report.source += 1
            if not found.blocks:
                report.skip(number, "pattern before any verb block")
                continue
            # PETRARCH also reads a pattern line whose leading '-' was forgotten ("* (TO X) [110]")
            found.raw_patterns.append((found.blocks[-1], number, text[1:] if text.startswith("-") else text))
        elif text.startswith("~"):
            found.transformations += 1
            report.skip(number, "verb transformation (~) has no equivalent in the codebook format")
        else:
            current_synset = None
            if not found.blocks:
                report.skip(number, "verb outside a verb block")
                continue
            _add_verb(found.blocks[-1], number, text, found.forms, report)
    return found


def _add_verb(block: _Block, number: int, text: str, forms: dict[str, set[str]], report: FileReport) -> None:
    m = _VERB_LINE.match(text.split(";")[0])
    if not m:
        report.skip(number, f"unreadable verb line: {text.strip()}")
        return
    verb, head = verb_text(m.group("verb"))
    code = _code_pair(m.group("code") or "") or block.code
    if not all(CAMEO_CODE.match(part) for part in code.split(":") if part):
        report.skip(number, f"verb {verb!r} has a code that is not CAMEO: [{code}]")
        return
    block.verbs.append((verb, code, number))
    for form in (m.group("forms") or "").split():
        _, surface = verb_text(form)
        if surface != head:
            forms.setdefault(surface, set()).add(head)


def _code_pair(text: str) -> str:
    """'042:043' (code and reversed-dyad code), '040', ':110' or '' with blanks removed."""
    return text.replace(" ", "").rstrip(":")


def _split_pair(pair: str) -> tuple[str, str | None]:
    """'042:043' -> ('042', '043'); ':173' -> ('---', '173'); '040' -> ('040', None)."""
    code, _, reverse = pair.partition(":")
    return code or "---", (reverse if reverse and reverse != "---" else None)


def _inflections(forms: dict[str, set[str]], verbs: set[str]) -> dict[str, str]:
    """Irregular forms that map to exactly one lemma and are not themselves verbs."""
    heads = {verb_text(v.replace(" ", "_"))[1] for v in verbs}
    return {s: next(iter(ls)) for s, ls in forms.items() if len(ls) == 1 and s not in heads}


def _attach_inflections(entries: list[dict], inflections: dict[str, str]) -> None:
    home: dict[str, dict] = {}
    for entry in entries:
        for verb in entry["verbs"]:
            home.setdefault(verb_text(verb.replace(" ", "_"))[1], entry)
    for surface, lemma in sorted(inflections.items()):
        if lemma in home:
            home[lemma].setdefault("inflections", {})[surface] = lemma


def _emit_blocks(blocks: list[_Block], prefix: str, report: FileReport) -> tuple[list[dict], set[str]]:
    entries: list[dict] = []
    codes: set[str] = set()
    used_ids: set[str] = set()
    for block in blocks:
        patterns = _unique_frames(block.patterns, report)
        if block.patterns and not block.verbs:
            for p in patterns:
                report.skip(p["_line"], f"verb block {block.name} has no verbs")
            continue
        report.converted += sum(not p.get("_variant") for p in patterns)
        base_id = f"{prefix}.{block.name.lower()}"
        if base_id in used_ids:
            base_id = f"{base_id}-{block.line}"
        used_ids.add(base_id)
        by_code: dict[str, list[str]] = {}
        for verb, code, _ in block.verbs:
            if verb not in by_code.setdefault(code, []):
                by_code[code].append(verb)
        for pair, verbs in sorted(by_code.items(), key=lambda kv: kv[0] != block.code):
            code, reverse = _split_pair(pair)
            block_id = base_id if pair == block.code else f"{base_id}@{pair.replace(':', '-')}"
            entry: dict = {"id": block_id, "code": code, "verbs": verbs}
            if reverse:
                entry["reverse"] = reverse
                codes.add(reverse)
            codes.add(code)
            emitted = []
            for n, p in enumerate(patterns, start=1):
                out = {"id": f"{block_id}.p{n}", **{k: v for k, v in p.items() if not k.startswith("_")}}
                if "match" not in out and out["code"] == code and out.get("reverse") == reverse \
                        and "source" not in out and "target" not in out:
                    continue  # same as the bare verb
                codes.add(out["code"])
                if out.get("reverse"):
                    codes.add(out["reverse"])
                emitted.append(out)
            if emitted:
                entry["patterns"] = emitted
            entries.append(entry)
    return entries, codes


def _unique_frames(patterns: list[dict], report: FileReport) -> list[dict]:
    """One pattern per frame; PETRARCH's trie keeps the later entry, so we do too."""
    last: dict[tuple, dict] = {}
    for p in patterns:
        sig = frame_signature(p)
        if sig in last and p.get("_variant") and not last[sig].get("_variant"):
            continue  # a pattern's nested reading never replaces a pattern of the file
        if sig in last and last[sig].get("_variant"):
            del last[sig]  # nor does it hide one: the later pattern replaces it silently
        if sig in last:
            earlier = last[sig]
            same = {k: v for k, v in earlier.items() if k != "note" and not k.startswith("_")} == \
                   {k: v for k, v in p.items() if k != "note" and not k.startswith("_")}
            why = "duplicate of" if same else "same frame as"
            report.skip(earlier["_line"], f"{why} the pattern at line {p['_line']} (the later one is kept)")
        last[sig] = p
    return sorted(last.values(), key=lambda p: p["_line"])
