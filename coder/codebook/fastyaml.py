"""A fast reader for the plain YAML that codebooks are written in, exact or silent.

PyYAML builds a node and two marks for every scalar and resolves each one in Python: the
4 MB of the default codebook take seconds. Codebook files use a small part of YAML (block
mappings and sequences, flow sequences and mappings, plain and quoted scalars, comments);
:func:`parse` reads that part with a few string operations per line and returns what
``yaml.load`` with the codebook loader returns, together with the line index that
:func:`coder.codebook.yamlfile.line_index` would build from the node tree.

The reader is *exact or silent*: whatever it does not know for certain it reads the way
PyYAML (libyaml) does — tabs, anchors, tags, block scalars, document markers, comments
inside flow collections, blank lines inside a scalar, duplicate keys, a ':' or '?' inside
a flow scalar, an indentation PyYAML might refuse, anything malformed — makes it return
None, and the caller reads the file with PyYAML, which gives the value or the error with
its line. So a broken file is reported exactly as before. Plain scalars are resolved
(int, bool, null, float …) with the loader's own implicit resolvers and constructors.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

STR = "tag:yaml.org,2002:str"
_PLAIN_TAGS = frozenset({"tag:yaml.org,2002:null", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int",
                         "tag:yaml.org,2002:float"})

# characters PyYAML reads differently or refuses (tabs, other line breaks, BOM, non-printable)
# (one character class: a tab, CR, NEL, line or paragraph separator, BOM, or a character
# outside YAML's printable set; a class is searched several times faster than alternatives)
_UNSURE_CHARS = re.compile("[^\n\x20-\x7E\xA0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD"
                           "\U00010000-\U0010FFFF]")
# the same test of an ASCII text, whose only such characters are below ' ' (but the line
# break) and DEL: its bytes less the others, in C (a regular expression's character class
# costs tens of machine instructions per character of the 4 MB)
_ASCII_SURE = bytes([10, *range(0x20, 0x7F)])


def _unsure(text: str) -> bool:
    """Whether ``text`` has a character of :data:`_UNSURE_CHARS`."""
    if text.isascii():
        return bool(text.encode("ascii").translate(None, _ASCII_SURE))
    return _UNSURE_CHARS.search(text) is not None


_MARKER_STARTS = ("---", "...", "%")  # a line starting so: a document marker or directive
# a plain scalar may not start with these (a '-' only when a space follows: checked apart)
_NOT_PLAIN_START = frozenset("?:,[]{}#&*!|>'\"%@`")
_FLOW_SPECIAL = re.compile(r"[\[\]{}'\"#:?]")  # a flow sequence without these is plain items only
_SINGLE = re.compile(r"'((?:[^']|'')*)'(?!')")
_ANCHOR = re.compile(r"&([0-9A-Za-z_-]+)(?= |$)")
_ALIAS = re.compile(r"\*([0-9A-Za-z_-]+)")
_DOUBLE = re.compile(r'"([^"\\\n]*)"')
_DOUBLE_ESCAPED = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_WS = re.compile(r"[ \n]*")
# a plain scalar in a flow collection: chunks of non-space characters without flow
# indicators, ':' or '?' (which libyaml versions read differently), separated by spaces or
# line breaks; a chunk after a space may not start a comment
_FLOW_PLAIN = re.compile(r"(?:[^\s\[\]{},#'\"!&*|>%@`?:-]|-(?=[^\s\[\]{},:?]))[^\s\[\]{},:?]*"
                         r"(?:[ \n]+[^\s\[\]{},#:?][^\s\[\]{},:?]*)*")
_BLANK_LINE = re.compile(r"\n[ ]*\n")
# the tokens of a flow collection on one line: indicator (a ':' only before a space),
# single-quoted, double-quoted without escapes, plain
_ONE_PLAIN = (r"(?:[^\s\[\]{},#'\"!&*|>%@`?:-]|-(?=[^\s\[\]{},:?]))[^\s\[\]{},:?]*"
              r"(?:[ ]+[^\s\[\]{},#:?][^\s\[\]{},:?]*)*")
_ONE_TOKEN = r"""[ ]*(?:([\[\]{},]|:(?= ))|'((?:[^']|'')*)'(?!')|"([^"\\]*)"|(%s))""" % _ONE_PLAIN
_ONE_LINE = re.compile(r"(?:%s)+" % _ONE_TOKEN)
_ONE_TOKENS = re.compile(_ONE_TOKEN)
# the commonest flow mapping of generated files, '{code: ABC, from: '2001-02-03', to: ...}':
# plain word keys, values plain words or single-quoted without a quote inside, ', ' between
_FLAT_PAIR = r"[A-Za-z_][A-Za-z0-9_]*: (?:'[^'\n]*'|[A-Za-z0-9_][A-Za-z0-9_.-]*)"
_FLAT_MAP = re.compile(r"\{(%s(?:, %s)*)\}" % (_FLAT_PAIR, _FLAT_PAIR))
_FLAT_PAIRS = re.compile(r"([A-Za-z_][A-Za-z0-9_]*): (?:'([^'\n]*)'|([A-Za-z0-9_][A-Za-z0-9_.-]*))")
_FLAT_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")  # (fullmatch) a key and a plain word of _FLAT_PAIR
_FLAT_WORD = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")


# the commonest mapping key, a plain word before ': ' (or ':' ending the line), with the spaces
# after it: what Reader.key reads it as, without slicing the line
_WORD_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?= |$) *")

# the commonest mapping entry of all, read whole by one match: a plain word key, one space and
# a value that ends the line, single-quoted without a quote inside, a plain word (resolved as
# any plain scalar), or a flow sequence of plain items on the line ([a, b c]; no character
# that :data:`_FLOW_SPECIAL` sends elsewhere): what key_at, inline and flow read it as
_SIMPLE_ENTRY = re.compile(r"([A-Za-z_][A-Za-z0-9_]*): (?:'([^'\n]*)'|([A-Za-z0-9_][A-Za-z0-9_.-]*)"
                           r"|(\[[^\[\]{}'\"#:?\n]*\]))")

_MISSING = object()


class Fallback(Exception):
    """Something this reader does not read for certain: PyYAML reads the file."""


def parse(text: str, loader: type) -> tuple[Any, dict[tuple, int]] | None:
    """(data, line index) of a YAML text as ``yaml.load(text, Loader=loader)`` and
    ``line_index`` give them, or None where this reader is not certain (read it with PyYAML).

    The line index leaves out what is inside a flow collection that sits on one line (the
    roles ``{code: ABC, from: '2001-02-03'}`` of the generated files, tens of thousands): it
    is on the line of the collection, which is indexed, and a path that is not in the index
    is located at its nearest indexed parent (:meth:`~coder.codebook.yamlfile.LoadedFile.line_of`),
    so every path still has the line that ``line_index`` gives it."""
    if _unsure(text) or text.startswith(_MARKER_STARTS) \
            or any("\n" + start in text for start in _MARKER_STARTS):
        return None
    try:
        return _Reader(text, loader).document()
    except (Fallback, IndexError, ValueError, TypeError, yaml.YAMLError):
        return None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _is_entry(s: str) -> bool:
    """A block sequence entry ('- ...' or a lone '-')."""
    return s[:1] == "-" and (len(s) == 1 or s[1] == " ")


def _fold(raw: str, quoted: bool = False) -> str:
    """Line folding of a flow or quoted scalar: one line break and the spaces around it
    become one space (a blank line, which YAML keeps as a line break, is refused)."""
    if "\n" not in raw:
        return raw
    if _BLANK_LINE.search(raw):
        raise Fallback("blank line in a scalar")
    parts = raw.split("\n")
    if quoted:  # spaces after the opening and before the closing quote are content
        return " ".join([parts[0].rstrip(" "), *(p.strip(" ") for p in parts[1:-1]), parts[-1].lstrip(" ")])
    return " ".join(p.strip(" ") for p in parts)


class _Scalars:
    """The reader's state, and how it makes scalars."""

    def __init__(self, text: str, loader: type) -> None:
        self.lines = text.split("\n")
        self.n = len(self.lines)
        self.index: dict[tuple, int] = {}
        self.loader = loader
        self.resolvers = loader.yaml_implicit_resolvers
        self.wildcard = list(self.resolvers.get(None, []))
        self.memo: dict[str, Any] = {}
        self.anchors: dict[str, tuple[Any, dict, int]] = {}
        self.constructor: Any = None
        self.candidates: dict[str, list] = {}  # first character -> the resolvers to try
        self.flat_keys: dict[str, Any] = {}  # keys and plain words flat_split has checked
        self.flat_words: dict[str, Any] = {}

    def plain(self, value: str) -> Any:
        """A plain scalar resolved and constructed as the loader does it (memoized)."""
        result = self.memo.get(value, _MISSING)  # (a miss, one per distinct name, raises nothing)
        if result is not _MISSING:
            return result
        tag = STR
        first = value[0] if value else ""
        candidates = self.candidates.get(first)
        if candidates is None:  # the loader's resolvers for the first character, then its wildcards
            candidates = self.candidates[first] = self.resolvers.get(first, []) + self.wildcard
        for candidate, regexp in candidates:
            if regexp.match(value):
                tag = candidate
                break
        if tag == STR:
            result: Any = value
        elif tag in _PLAIN_TAGS:
            if self.constructor is None:
                self.constructor = yaml.constructor.SafeConstructor()
            node = yaml.ScalarNode(tag, value)
            result = self.constructor.yaml_constructors[tag](self.constructor, node)
        else:  # merge keys, '=', tags: PyYAML's business
            raise Fallback(tag)
        self.memo[value] = result
        return result

    def escaped(self, quoted: str) -> str:
        """A one-line double-quoted scalar with escapes, decoded by the loader itself."""
        value = yaml.load(quoted, Loader=self.loader)
        if not isinstance(value, str):
            raise Fallback("double-quoted")
        return value

    def rest_is_empty(self, rest: str) -> None:
        """What follows a value on its line: nothing, or a comment after a space."""
        if rest and rest.strip(" ") and not (rest[0] == " " and rest.lstrip(" ")[0] == "#"):
            raise Fallback("text after a value")

    def continuation(self, j: int, parent: int) -> None:
        """Line ``j`` goes on with a value: it must be indented past the block it is in."""
        if j >= self.n or _indent(self.lines[j]) <= parent:
            raise Fallback("continuation line")

    def alias(self, name: str, value: Any, inner: dict, line: int, path: tuple, define: bool = False) -> None:
        """An anchored node used at ``path``: its lines under the new path (as the node tree,
        where an alias is the anchored node itself, gives them)."""
        if define:
            if name in self.anchors:  # PyYAML refuses a second anchor of the same name
                raise Fallback("anchor defined twice")
            self.anchors[name] = (value, inner, line)
        index = self.index
        for rel, at in inner.items():
            index[path + rel] = at


class _FlowLines(_Scalars):
    """Flow collections that sit on a line (or a few): the common shapes without a tokenizer
    of their own; the others to :class:`_Flow`."""

    def flow(self, i: int, vcol: int, parent: int, path: tuple) -> tuple[Any, int]:
        lines = self.lines
        line = lines[i]
        if line[vcol] == "[":  # the common case first: a list of plain names
            close = line.find("]", vcol)
            if close >= 0:
                seg, j = line[vcol + 1:close], i
            else:
                parts, j = [line[vcol + 1:]], i
                while close < 0:
                    j += 1
                    self.continuation(j, parent)
                    close = lines[j].find("]")
                    parts.append(lines[j] if close < 0 else lines[j][:close])
                seg = "\n".join(parts)
            if not _FLOW_SPECIAL.search(seg):
                self.rest_is_empty(lines[j][close + 1:])
                return self.plain_items(seg), j + 1
        else:
            mapping = self.flat_line(line, vcol)
            if mapping is not None:
                return mapping, i + 1
        m = _ONE_LINE.match(line, vcol)
        if m is not None:  # a collection that ends on its line, read from its tokens
            tokens = _ONE_TOKENS.findall(line, vcol, m.end())
            try:
                value, used = self.tokens(tokens, 0)
            except IndexError:  # not closed on its line
                used = -1
            if used == len(tokens):
                self.rest_is_empty(line[m.end():])
                return value, i + 1
        return _Flow(self, i, vcol, parent).top(path)

    def flat_line(self, line: str, vcol: int) -> dict | None:
        """The flat mapping (:data:`_FLAT_MAP`) at column ``vcol`` of ``line``, which must
        end the line (else :class:`Fallback`); None when there is none there."""
        if line[-1] == "}":  # the common case, the mapping ending the line: split at ', ' (flat_split)
            mapping = self.flat_split(line[vcol + 1:-1])
            if mapping is not None:
                return mapping
        m = _FLAT_MAP.match(line, vcol)
        if m is None:
            return None
        self.rest_is_empty(line[m.end():])
        return self.flat_map(m.group(1))

    def flat_split(self, inner: str) -> dict | None:
        """:meth:`flat_map` of ``inner`` (between the braces) when it is entries
        :data:`_FLAT_PAIR` joined by ', ', read by splitting it there; None when any piece is
        no such entry (the regular expressions decide then). A quoted value holds no quote,
        a key or plain word no ', ' or quote: where every piece is an entry, the pieces are
        the entries :data:`_FLAT_PAIRS` finds, and their values the same (tens of thousands
        of roles: two regular expressions over each cost several times the splitting)."""
        mapping: dict[Any, Any] = {}
        keys, words = self.flat_keys, self.flat_words
        for piece in inner.split(", "):
            raw, sep, value = piece.partition(": ")
            if not sep:
                return None
            key = keys.get(raw, _MISSING)
            if key is _MISSING:
                if _FLAT_KEY.fullmatch(raw) is None:
                    return None
                key = keys[raw] = self.plain(raw)
            if key in mapping:  # (the same raw key is the same key)
                raise Fallback("flow mapping entry")
            if value[:1] == "'":
                if len(value) < 2 or value[-1] != "'" or value.count("'") != 2:
                    return None
                mapping[key] = value[1:-1]
            else:
                found = words.get(value, _MISSING)
                if found is _MISSING:
                    if _FLAT_WORD.fullmatch(value) is None:
                        return None
                    found = words[value] = self.plain(value)
                mapping[key] = found
        return mapping

    def flat_map(self, inner: str) -> dict:
        """A flow mapping that :data:`_FLAT_MAP` matched (``inner``: between its braces).
        Its entries are not indexed: they are on the line of the mapping itself, which its
        caller indexes (see :func:`parse` on the line index)."""
        mapping: dict[Any, Any] = {}
        plain = self.plain
        memo = self.memo
        for raw, single, word in _FLAT_PAIRS.findall(inner):
            key = memo.get(raw, _MISSING)
            if key is _MISSING:
                key = plain(raw)
            if key in mapping:  # (the same raw key is the same key)
                raise Fallback("flow mapping entry")
            if word:
                value = memo.get(word, _MISSING)
                mapping[key] = plain(word) if value is _MISSING else value
            else:
                mapping[key] = single
        return mapping

    def tokens(self, tokens: list, k: int) -> tuple[Any, int]:
        """The node at token ``k`` of a one-line flow collection: (value, next token). What
        is inside is not indexed: it is all on the line of the collection, which the caller
        indexes (see :func:`parse` on the line index)."""
        punct, single, double, plain = tokens[k]
        if punct == "[":
            return self.token_seq(tokens, k + 1)
        if punct == "{":
            return self.token_map(tokens, k + 1)
        if punct:
            raise Fallback("flow indicator")
        if plain:
            return self.plain(plain), k + 1
        return (single.replace("''", "'") if single else double), k + 1

    def token_seq(self, tokens: list, k: int) -> tuple[list, int]:
        """The items of a flow sequence from token ``k`` (after its '[')."""
        items: list[Any] = []
        if tokens[k][0] == "]":
            return items, k + 1
        while True:
            punct, single, double, plain = tokens[k]
            if punct:
                value, k = self.tokens(tokens, k)
            else:  # a scalar item, the common case, without a call
                value = self.plain(plain) if plain else single.replace("''", "'") if single else double
                k += 1
            items.append(value)
            punct = tokens[k][0]
            if punct == "]":
                return items, k + 1
            if punct != "," or tokens[k + 1][0] in ("]", "}"):
                raise Fallback("flow sequence")
            k += 1

    def token_map(self, tokens: list, k: int) -> tuple[dict, int]:
        """The entries of a flow mapping from token ``k`` (after its '{')."""
        mapping: dict[Any, Any] = {}
        raws: set[str] = set()
        if tokens[k][0] == "}":
            return mapping, k + 1
        while True:
            punct, single, double, plain = tokens[k]
            if punct:
                raise Fallback("flow mapping key")
            if plain:
                raw, key = plain, self.plain(plain)
            else:
                raw = key = single.replace("''", "'") if single else double  # '' and "" alike
            if raw in raws or key in mapping or tokens[k + 1][0] != ":" \
                    or tokens[k + 2][0] in (",", "]", "}", ":"):
                raise Fallback("flow mapping entry")
            raws.add(raw)
            punct, single, double, plain = tokens[k + 2]
            if punct:
                value, k = self.tokens(tokens, k + 2)
            else:  # a scalar value, the common case, without a call
                value = self.plain(plain) if plain else single.replace("''", "'") if single else double
                k += 3
            mapping[key] = value
            punct = tokens[k][0]
            if punct == "}":
                return mapping, k + 1
            if punct != "," or tokens[k + 1][0] in ("]", "}"):
                raise Fallback("flow mapping")
            k += 1

    def plain_items(self, seg: str) -> list:
        if not seg.strip(" \n"):
            return []
        out = []
        plain, memo = self.plain, self.memo
        for item in seg.split(","):
            item = item.strip(" \n")
            if not item:
                raise Fallback("empty flow entry")
            c = item[0]
            if c == "-" and (len(item) == 1 or item[1] in " \n"):
                raise Fallback("indicator")
            if c in "!&*|>%@`":
                raise Fallback("indicator")
            if "\n" in item:
                item = _fold(item)
            value = memo.get(item, _MISSING)
            out.append(plain(item) if value is _MISSING else value)
        return out


class _Keys(_FlowLines):
    """Mapping keys: where a line's key ends and what it is."""

    def key_at(self, line: str, col: int) -> tuple[str, Any, int] | None:
        """(raw key, key, column of the text after the ':' and its spaces) of the mapping
        entry at column ``col`` of ``line`` (:meth:`key`); None when it is no mapping entry."""
        m = _WORD_KEY.match(line, col)
        if m is not None:  # the common case
            raw = m.group(1)
            key = self.memo.get(raw, _MISSING)
            return raw, self.plain(raw) if key is _MISSING else key, m.end()
        found = self.key(line[col:])
        if found is None:
            return None
        raw, key, length = found
        return raw, key, len(line) - len(line[col + length:].lstrip(" "))

    def key(self, s: str) -> tuple[str, Any, int] | None:
        """(raw key, key, length up to and with the ':') of a line ``key: ...``; None when
        the line is no mapping entry."""
        c = s[0]
        if c == "'" or c == '"':
            m = (_SINGLE if c == "'" else _DOUBLE).match(s)
            if m is None:
                raise Fallback("quoted key")
            after = s[m.end():]
            if after[:1] == ":" and (len(after) == 1 or after[1] == " "):
                raw = m.group(1).replace("''", "'") if c == "'" else m.group(1)
                return raw, raw, m.end() + 1
            if after.strip(" ") and not after.lstrip(" ").startswith("#"):
                raise Fallback("quoted key")
            return None
        k = s.find(": ")
        if k < 0:
            if not s.endswith(":"):
                return None
            k = len(s) - 1
        raw = s[:k]
        if (c in _NOT_PLAIN_START or c == "-" or not raw or raw[-1] == " " or " #" in raw or len(raw) > 1000):
            raise Fallback("key")
        key = self.memo.get(raw, _MISSING)
        return raw, self.plain(raw) if key is _MISSING else key, k + 1


class _Inline(_Keys):
    """Values on a line: plain and quoted scalars (and the lines a scalar goes on to), flow
    collections."""

    def next_content(self, i: int) -> int:
        """The first line at or after ``i`` that is neither blank nor a comment."""
        lines, n = self.lines, self.n
        while i < n:
            s = lines[i]
            if s and (s[0] != " " and s[0] != "#" or (s := s.lstrip(" ")) and s[0] != "#"):
                return i
            i += 1
        return n

    def inline(self, i: int, vcol: int, parent: int, path: tuple) -> tuple[Any, int]:
        """The scalar or flow collection at line ``i``, column ``vcol``, inside a block
        indented ``parent``: (value, next line)."""
        lines = self.lines
        s = lines[i][vcol:]
        c = s[0]
        if c == "[" or c == "{":
            return self.flow(i, vcol, parent, path)
        if c == "'":
            m = _SINGLE.match(s)
            j = i
            text = s
            while m is None:  # the closing quote is on a later line
                j += 1
                self.continuation(j, parent)
                text += "\n" + lines[j]
                m = _SINGLE.match(text)
            self.rest_is_empty(text[m.end():])
            return _fold(m.group(1), quoted=True).replace("''", "'"), j + 1
        if c == '"':
            m = _DOUBLE.match(s)
            if m is not None:
                value = m.group(1)
            else:
                m = _DOUBLE_ESCAPED.match(s)
                if m is None:
                    raise Fallback("double-quoted scalar")
                value = self.escaped(m.group(0))
            self.rest_is_empty(s[m.end():])
            return value, i + 1
        if c in _NOT_PLAIN_START or (c == "-" and (len(s) == 1 or s[1] == " ")):
            raise Fallback("indicator")
        comment = s.find(" #")
        text = (s if comment < 0 else s[:comment]).rstrip(" ")
        if ": " in text or text.endswith(":"):
            raise Fallback("':' in a plain scalar")
        parts = [text]
        j = i + 1
        if comment < 0:
            while j < self.n:
                line = lines[j]
                more = line.lstrip(" ")
                if not more:  # a blank line: the scalar ends unless a deeper line follows
                    k = self.next_content(j)
                    if k < self.n and _indent(lines[k]) > parent:
                        raise Fallback("blank line in a plain scalar")
                    break
                if len(line) - len(more) <= parent or more[0] == "#":
                    break
                more = more.rstrip(" ")
                if more[0] in _NOT_PLAIN_START or more[0] == "-" or ": " in more or more.endswith(":") \
                        or " #" in more:
                    raise Fallback("continuation of a plain scalar")
                parts.append(more)
                j += 1
        return self.plain(" ".join(parts) if len(parts) > 1 else text), j


class _Reader(_Inline):
    """Block structure: mappings and sequences by indentation, values on their lines."""

    # ------------------------------------------------------------------ block structure

    def document(self) -> tuple[Any, dict[tuple, int]]:
        i = self.next_content(0)
        if i >= self.n:
            raise Fallback("empty document")
        value, nxt = self.block_node(i, _indent(self.lines[i]), (), -1)
        if self.next_content(nxt) < self.n:
            raise Fallback("content after the document")
        self.index[()] = i + 1
        return value, self.index

    def block_node(self, i: int, col: int, path: tuple, parent: int) -> tuple[Any, int]:
        """The node starting at line ``i``, column ``col`` (its own line): (value, next line)."""
        s = self.lines[i][col:]
        if _is_entry(s):
            return self.block_seq(i, col, path)
        if s[0] not in "[{":
            found = self.key_at(self.lines[i], col)
            if found is not None:
                return self.block_map(i, col, path, found)
        return self.inline(i, col, parent, path)

    def block_map(self, i: int, col: int, path: tuple, found: Any = None) -> tuple[dict, int]:
        """The block mapping at line ``i``, column ``col`` (``found``: its first line's
        :meth:`key_at`, or its match of :data:`_SIMPLE_ENTRY`, when the caller has it)."""
        lines, index, n = self.lines, self.index, self.n
        simple, memo = _SIMPLE_ENTRY.fullmatch, self.memo
        result: dict[Any, Any] = {}
        raws: set[str] = set()
        while True:
            line = lines[i]
            if found is None:
                m = simple(line, col)
                if m is None:
                    found = self.key_at(line, col)
                    if found is None:
                        raise Fallback("not a mapping entry")
            elif type(found) is not tuple:  # the caller's match of _SIMPLE_ENTRY
                m, found = found, None
            else:
                m = None
            if m is not None:  # the common case, read whole (simple_value)
                raw = m.group(1)
                key = memo.get(raw, _MISSING)
                if key is _MISSING:
                    key = self.plain(raw)
            else:
                raw, key, vcol = found
                found = None
            if raw in raws or key in result:
                raise Fallback("duplicate key")
            raws.add(raw)
            sub = path + (raw,)
            if m is not None:
                value = m.group(2)  # single-quoted, the commonest: no call
                value, nxt = (value, i + 1) if value is not None else self.simple_value(m, i, col, sub)
                index[sub] = i + 1
            else:
                value, nxt, start = self.entry_value(i, vcol, col, sub)
                index[sub] = start + 1
            result[key] = value
            while nxt < n:  # the next line that is neither blank nor a comment (next_content)
                line = lines[nxt]
                if line and (line[0] != " " and line[0] != "#" or (s := line.lstrip(" ")) and s[0] != "#"):
                    break
                nxt += 1
            else:
                return result, nxt
            inner = len(line) - len(line.lstrip(" "))
            if inner < col:
                return result, nxt
            if inner > col or line[col] == "-" and (len(line) == col + 1 or line[col + 1] == " "):
                raise Fallback("indentation")
            i = nxt

    def simple_value(self, m: re.Match, i: int, col: int, path: tuple) -> tuple[Any, int]:
        """The value of the entry of a mapping at column ``col`` that :data:`_SIMPLE_ENTRY`
        matched on line ``i``, as inline and flow read it: (value, next line)."""
        _, single, word, seq = m.groups()
        if single is not None:
            return single, i + 1
        if seq is not None:
            return self.plain_items(seq[1:-1]), i + 1
        value = self.memo.get(word, _MISSING)
        if value is _MISSING:
            value = self.plain(word)
        if i + 1 < self.n:  # a plain scalar goes on on a deeper line below, or past a blank one
            line = self.lines[i + 1]
            s = line.lstrip(" ")
            if not s or len(line) - len(s) > col:
                return self.inline(i, m.start(3), col, path)
        return value, i + 1

    def entry_value(self, i: int, vcol: int, col: int, path: tuple) -> tuple[Any, int, int]:
        """The value of a mapping entry at column ``col`` whose key ends at ``vcol`` on line ``i``:
        (value, next line, line where it starts)."""
        lines = self.lines
        c = lines[i][vcol:vcol + 1]
        if c and c not in "&*#":  # the value on its line
            if c == "[" or c == "{":
                return (*self.flow(i, vcol, col, path), i)
            return (*self.inline(i, vcol, col, path), i)
        if not c and i + 1 < self.n and lines[i + 1].startswith("- ", col) \
                and len(lines[i + 1]) - len(lines[i + 1].lstrip(" ")) == col:
            return (*self.block_seq(i + 1, col, path), i + 1)  # a sequence at the key's column (below)
        return self.value(i, vcol, col, path, True)

    def block_seq(self, i: int, col: int, path: tuple) -> tuple[list, int]:
        lines, index, n = self.lines, self.index, self.n
        simple = _SIMPLE_ENTRY.fullmatch
        result: list[Any] = []
        while True:
            line = lines[i]
            rest = line[col + 1:]
            item = rest.lstrip(" ")
            sub, vcol = path + (len(result),), col + 1 + len(rest) - len(item)
            c = item[:1]
            value = self.flat_line(line, vcol) if c == "{" else None  # the roles: as value() reads them
            if value is not None:
                index[sub] = nxt = i + 1
            elif c and c not in "&*#-[{":  # a mapping or scalar on the item's line, as value() reads it
                found = simple(line, vcol) or self.key_at(line, vcol)
                if found is not None:
                    value, nxt = self.block_map(i, vcol, sub, found)
                    index[sub] = i + 1
                else:
                    value, nxt = self.inline(i, vcol, col, sub)
                    if type(value) is dict or type(value) is list:
                        index[sub] = i + 1
            else:
                value, nxt, start = self.value(i, vcol, col, sub, False)
                if type(value) is dict or type(value) is list:
                    index[sub] = start + 1
            result.append(value)
            j = self.next_content(nxt)
            if j >= n:
                return result, j
            line = lines[j]
            inner = len(line) - len(line.lstrip(" "))
            if inner < col:
                return result, j
            if inner > col:
                raise Fallback("indentation")
            if not (line[col] == "-" and (len(line) == col + 1 or line[col + 1] == " ")):
                return result, j  # a sequence at its key's column ends where the mapping goes on
            i = j

    def value(self, i: int, vcol: int, col: int, path: tuple, in_map: bool) -> tuple[Any, int, int]:
        """The value of a mapping entry (``in_map``) or sequence entry at column ``col`` whose
        text after the key or dash starts at line ``i``, column ``vcol`` (or on the lines
        below): (value, next line, line where the node starts)."""
        s = self.lines[i][vcol:]
        c = s[:1]
        if c == "&":  # an anchor: the node after it (the index keeps its lines for aliases)
            m = _ANCHOR.match(s)
            if m is None:
                raise Fallback("anchor")
            rest = s[m.end():].lstrip(" ")
            outer, self.index = self.index, {}
            if rest and rest[0] != "#":
                value, nxt = self.inline(i, vcol + len(s) - len(rest), col, ())
            else:
                value, nxt, start = self.below(i, col, (), in_map)
                if start == i:
                    raise Fallback("anchored empty node")
            inner, self.index = self.index, outer
            self.alias(m.group(1), value, inner, i + 1, path, define=True)
            return value, nxt, i
        if c == "*":
            m = _ALIAS.match(s)
            if m is None or m.group(1) not in self.anchors:
                raise Fallback("alias")
            self.rest_is_empty(s[m.end():])
            value, inner, line = self.anchors[m.group(1)]
            self.alias(m.group(1), value, inner, line, path)
            return value, i + 1, line - 1
        if not c or c == "#":
            return self.below(i, col, path, in_map)
        if not in_map:
            if _is_entry(s):
                raise Fallback("compact nested sequence")
            found = self.key_at(self.lines[i], vcol) if c not in "[{" else None
            if found is not None:
                value, nxt = self.block_map(i, vcol, path, found)
                return value, nxt, i
        value, nxt = self.inline(i, vcol, col, path)
        return value, nxt, i

    def below(self, i: int, col: int, path: tuple, in_map: bool) -> tuple[Any, int, int]:
        """A value on the lines below line ``i`` (nested deeper than ``col``, or a sequence
        at a key's own column), else null: (value, next line, start line)."""
        lines = self.lines
        j = self.next_content(i + 1)
        inner = _indent(lines[j]) if j < self.n else -1
        if inner > col:
            value, nxt = self.block_node(j, inner, path, col)
            return value, nxt, j
        if in_map and inner == col and _is_entry(lines[j][col:]):  # a sequence at the key's column
            value, nxt = self.block_seq(j, col, path)
            return value, nxt, j
        return None, i + 1, i


class _Flow:
    """A flow collection read token by token (nested collections, quoted scalars, flow
    mappings); the text grows a line at a time."""

    def __init__(self, reader: _Reader, i: int, vcol: int, parent: int) -> None:
        self.r = reader
        self.first = i  # line of the text's start
        self.last = i  # last line joined
        self.parent = parent
        self.text = reader.lines[i][vcol:]
        self.pos = 0
        self.vcol = vcol

    def grow(self) -> bool:
        if self.last + 1 >= self.r.n:
            return False
        self.last += 1
        self.r.continuation(self.last, self.parent)
        self.text += "\n" + self.r.lines[self.last]
        return True

    def line(self) -> int:
        return self.first + self.text.count("\n", 0, self.pos) + 1

    def skip(self) -> str:
        """Skip spaces and line breaks; the next character ('' at the end of the file)."""
        while True:
            self.pos = _WS.match(self.text, self.pos).end()
            if self.pos < len(self.text):
                c = self.text[self.pos]
                if c == "#":  # a comment, to the end of its line (after a space, as YAML wants it)
                    if self.text[self.pos - 1:self.pos] not in (" ", "\n"):
                        raise Fallback("'#' after a token")
                    end = self.text.find("\n", self.pos)
                    if end < 0:
                        if not self.grow():
                            raise Fallback("unclosed flow collection")
                        continue
                    self.pos = end
                    continue
                return c
            if not self.grow():
                raise Fallback("unclosed flow collection")

    def match(self, pattern: re.Pattern) -> re.Match | None:
        """``pattern`` at the position, growing the text while the match runs to its end."""
        while True:
            m = pattern.match(self.text, self.pos)
            if m is not None and m.end() < len(self.text):
                return m
            if not self.grow():
                return m

    def top(self, path: tuple) -> tuple[Any, int]:
        value = self.node(path)
        end_line = self.first + self.text.count("\n", 0, self.pos)
        rest = self.text[self.pos:].split("\n", 1)[0]
        self.r.rest_is_empty(rest)
        return value, end_line + 1

    def node(self, path: tuple) -> Any:
        c = self.skip()
        index = self.r.index
        if c == "[":
            self.pos += 1
            items: list[Any] = []
            while True:
                c = self.skip()
                if c == "]":
                    self.pos += 1
                    return items
                sub = path + (len(items),)
                line = self.line()
                value = self.node(sub)
                if type(value) is dict or type(value) is list:
                    index[sub] = line
                items.append(value)
                c = self.skip()
                if c == ",":
                    self.pos += 1
                    if self.skip() in "]}":
                        raise Fallback("trailing comma")
                elif c != "]":
                    raise Fallback("flow sequence")
        if c == "{":
            self.pos += 1
            mapping: dict[Any, Any] = {}
            raws: set[str] = set()
            while True:
                c = self.skip()
                if c == "}":
                    self.pos += 1
                    return mapping
                raw, key = self.scalar()
                if raw in raws or key in mapping or self.skip() != ":" \
                        or self.text[self.pos + 1:self.pos + 2] not in (" ", "\n"):
                    raise Fallback("flow mapping entry")
                raws.add(raw)
                self.pos += 1
                if self.skip() in ",}":
                    raise Fallback("empty value")
                sub = path + (raw,)
                index[sub] = self.line()
                mapping[key] = self.node(sub)
                c = self.skip()
                if c == ",":
                    self.pos += 1
                    if self.skip() in "]}":
                        raise Fallback("trailing comma")
                elif c != "}":
                    raise Fallback("flow mapping")
        return self.scalar()[1]

    def scalar(self) -> tuple[str, Any]:
        """(raw value, value) of the scalar at the position."""
        c = self.skip()
        if c == "'":
            m = self.match(_SINGLE)
            if m is None:
                raise Fallback("single-quoted")
            self.pos = m.end()
            raw = _fold(m.group(1), quoted=True).replace("''", "'")
            return raw, raw
        if c == '"':
            m = _DOUBLE.match(self.text, self.pos)
            if m is not None:
                self.pos = m.end()
                return m.group(1), m.group(1)
            m = _DOUBLE_ESCAPED.match(self.text, self.pos)
            if m is None:
                raise Fallback("double-quoted")
            self.pos = m.end()
            value = self.r.escaped(m.group(0))
            return value, value
        m = self.match(_FLOW_PLAIN)
        if m is None:
            raise Fallback("flow scalar")
        self.pos = m.end()
        raw = _fold(m.group(0))
        return raw, self.r.plain(raw)
