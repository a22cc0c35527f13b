"""The ConfliBERT CAMEO files: ``class_test.tsv`` (``text<TAB>penta`` per line) and
``ner_test.txt`` (``token tag`` per line, a blank line between sentences, the same sentences
in the same order). Plain parsing only; :func:`coder.benchmark.gold.read_conflibert` builds
the gold records.

Tags: ``B-S``/``I-S`` the source actor, ``B-T``/``I-T`` the target, ``B-R``/``I-R`` actors that
are both (the file marks "X and Y agreed" so), ``O`` the rest. A tag sequence is aligned to
its sentence's text by finding each token in turn (only whitespace may lie between tokens);
the spans are character offsets into that text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

CLASS_FILE = "class_test.tsv"
NER_FILE = "ner_test.txt"
PENTA_CLASSES = ("0", "1", "2", "3", "4")
LOOKAHEAD = 3  # NER sentences tried past the expected one when a sentence does not align
Span = tuple[int, int]


@dataclass
class NerSentence:
    line: int  # line of its first token in the NER file
    tokens: list[tuple[str, str]]  # (token, tag)


@dataclass
class ClassLine:
    line: int
    text: str
    penta: str | None = None  # None: the line is malformed (``problem`` says why)
    problem: str | None = None


@dataclass
class Spans:
    source: list[Span] = field(default_factory=list)
    target: list[Span] = field(default_factory=list)


def class_lines(path: Path, clean) -> list[ClassLine]:
    """Every non-blank line of the class file; malformed ones carry their problem."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 2:
            out.append(ClassLine(n, clean(line), problem=f"expected text<TAB>penta, got {len(parts)} "
                                                          "tab-separated fields"))
            continue
        text, penta = clean(parts[0]), parts[1].strip()
        if not text:
            out.append(ClassLine(n, text, problem="field 'text': empty"))
        elif penta not in PENTA_CLASSES:
            out.append(ClassLine(n, text, problem=f"field 'penta': expected 0-4, got {penta!r}"))
        else:
            out.append(ClassLine(n, text, penta))
    return out


def ner_sentences(path: Path) -> tuple[list[NerSentence], list[str]]:
    """The sentences of the NER file, and problems (``file:line: ...``) of odd lines (a line
    that is not ``token tag`` is left out of its sentence)."""
    sentences: list[NerSentence] = []
    problems: list[str] = []
    current: NerSentence | None = None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            current = None
            continue
        token, _, tag = line.strip().rpartition(" ")
        if not token or not tag or not (tag == "O" or tag[:2] in ("B-", "I-")):
            problems.append(f"{path}:{n}: expected 'token tag' (tag O, B-x or I-x), got {line.strip()!r}")
            continue
        if current is None:
            current = NerSentence(n, [])
            sentences.append(current)
        current.tokens.append((token, tag))
    return sentences, problems


def align(text: str, tokens: list[tuple[str, str]]) -> list[Span] | None:
    """Character span of each token in ``text``, or None when the tokens are not the text."""
    offsets, pos = [], 0
    for token, _ in tokens:
        start = text.find(token, pos)
        if start < 0 or text[pos:start].strip():
            return None
        offsets.append((start, start + len(token)))
        pos = start + len(token)
    return offsets if not text[pos:].strip() else None


def tag_spans(tokens: list[tuple[str, str]], offsets: list[Span]) -> Spans:
    """Source and target spans from BIO tags (an ``R`` span counts as both)."""
    spans = Spans()
    open_role, start, end = None, 0, 0

    def close() -> None:
        if open_role in ("S", "R"):
            spans.source.append((start, end))
        if open_role in ("T", "R"):
            spans.target.append((start, end))

    for (_, tag), (s, e) in zip(tokens, offsets):
        role = tag[2:] if tag != "O" else None
        if tag.startswith("I-") and role == open_role:
            end = e
            continue
        close()
        open_role, start, end = role, s, e
    close()
    return spans


def pair_spans(lines: list[ClassLine], sentences: list[NerSentence], ner_path: Path
               ) -> tuple[dict[int, Spans], list[str]]:
    """Spans per class-file line, pairing each line with the next NER sentence whose tokens
    are its text (up to :data:`LOOKAHEAD` further on, so one missing or extra sentence does
    not shift the rest); warnings name the lines left without spans."""
    out: dict[int, Spans] = {}
    warnings: list[str] = []
    j = 0
    for line in lines:
        for k in range(j, min(j + LOOKAHEAD + 1, len(sentences))):
            offsets = align(line.text, sentences[k].tokens)
            if offsets is None:
                continue
            for skipped in sentences[j:k]:
                warnings.append(f"{ner_path}:{skipped.line}: sentence matches no line of {CLASS_FILE}; ignored")
            out[line.line] = tag_spans(sentences[k].tokens, offsets)
            j = k + 1
            break
        else:
            where = f"{ner_path}:{sentences[j].line}" if j < len(sentences) else f"{ner_path}: end of file"
            warnings.append(f"{where}: no sentence with the tokens of {CLASS_FILE} line {line.line}; "
                            "that record has no gold spans")
    if len(sentences) != len(lines):
        warnings.insert(0, f"{ner_path}: {len(sentences)} sentences, but {CLASS_FILE} has {len(lines)} lines")
    for extra in sentences[j:] if lines and j < len(sentences) else []:
        warnings.append(f"{ner_path}:{extra.line}: sentence matches no line of {CLASS_FILE}; ignored")
    return out, warnings
