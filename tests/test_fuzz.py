"""Property-based tests (hypothesis): readers, the codebook loader and the ACLED extractors
never raise on arbitrary input — bad input becomes a Rejected item, a ConlluError or a
Problem — and CoNLL-U round-trips. The suite runs a CI-sized number of cases;
`make fuzz` runs many more (CODER_FUZZ_EXAMPLES)."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import os
import shutil

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from coder.doc import Document, Sentence, Token
from coder.parse import ConlluError, parse_conllu_text, write_conllu
from coder.schema import Rejected

EXAMPLES = int(os.environ.get("CODER_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                       HealthCheck.data_too_large])

# --------------------------------------------------------------------------- strategies

WORD = st.text(st.characters(blacklist_categories=("Cs", "Zs", "Zl", "Zp", "Cc")), min_size=1, max_size=8)
NAME = st.text(st.characters(whitelist_categories=("Lu", "Ll", "Nd"), max_codepoint=0x2FF), min_size=1, max_size=8)
UPOS = st.sampled_from(["NOUN", "PROPN", "VERB", "ADJ", "ADP", "PUNCT", "DET", "NUM", "X"])
DEPREL = st.sampled_from(["nsubj", "obj", "obl", "nmod", "amod", "det", "case", "punct", "conj", "nsubj:pass",
                          "compound", "advmod", "nummod", "acl:relcl", "dep"])


@st.composite
def sentences(draw, doc_id: str = "d", index: int = 0, offset: int = 0) -> Sentence:
    """A well-formed UD sentence: heads point to earlier tokens or the root (no cycles)."""
    n = draw(st.integers(1, 8))
    tokens, position = [], offset
    for i in range(1, n + 1):
        text = draw(WORD)
        feats = tuple(draw(st.lists(st.tuples(NAME, NAME), max_size=2, unique_by=lambda kv: kv[0])))
        tokens.append(Token(i, text, draw(WORD.filter(lambda w: w != "_")), draw(UPOS), draw(st.sampled_from(["_", "NN"])),
                            feats, draw(st.integers(0, i - 1)), draw(DEPREL), position, position + len(text)))
        position += len(text) + 1
    text = " ".join(t.text for t in tokens)
    return Sentence(doc_id, index, text, tuple(tokens), offset, offset + len(text))


@st.composite
def documents(draw) -> Document:
    doc_id = draw(NAME)
    parts, offset = [], 0
    for index in range(draw(st.integers(0, 3))):
        sent = draw(sentences(doc_id, index, offset))
        parts.append(sent)
        offset = sent.end_char + 1
    date = draw(st.none() | st.dates(dt.date(1000, 1, 1), dt.date(9999, 12, 31)))
    meta = tuple(draw(st.lists(st.tuples(NAME, WORD), max_size=2)))
    return Document(doc_id, " ".join(s.text for s in parts), tuple(parts), date=date,
                    source=draw(st.just("") | NAME), metadata=meta)


# --------------------------------------------------------------------------- CoNLL-U

@FUZZ
@given(st.lists(documents(), min_size=1, max_size=3, unique_by=lambda d: d.id))
def test_conllu_write_then_read_gives_the_same_documents(docs):
    buf = io.StringIO()
    write_conllu(docs, buf)
    back = parse_conllu_text(buf.getvalue(), name="fuzz.conllu")
    assert [d.id for d in back] == [d.id for d in docs]
    for original, read in zip(docs, back):
        assert read.date == original.date and read.source == original.source
        assert read.metadata == original.metadata
        assert read.sentences == original.sentences
        if original.sentences:
            assert read.text.strip() == original.text.strip()


LINE = st.one_of(
    st.just(""), st.just("# newdoc id = x"), st.just("# date = 2019-13-45"), st.just("# text = a b"),
    st.lists(st.one_of(st.integers(-2, 12).map(str), WORD, st.just("_"), st.just("1-2"), st.just("3.1")),
             min_size=1, max_size=11).map("\t".join),
    st.text(max_size=30),
)


@FUZZ
@given(st.lists(LINE, max_size=25))
def test_conllu_reader_on_arbitrary_lines_rejects_and_never_crashes(lines):
    text = "\n".join(lines)
    errors: list[tuple[str, str]] = []
    docs = parse_conllu_text(text, name="f.conllu", on_error=lambda d, m: errors.append((d, m)))
    assert all(isinstance(d, Document) for d in docs)
    assert all("f.conllu" in message for _, message in errors)
    try:
        parse_conllu_text(text, name="f.conllu")
    except ConlluError:
        pass


# --------------------------------------------------------------------------- every input reader

SUFFIXES = [".txt", ".jsonl", ".csv", ".tsv", ".conllu", ".txt.gz", ".jsonl.gz", ".csv.gz", ".conllu.gz"]
JSONISH = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
                       lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
                           st.sampled_from(["id", "text", "date", "source", "language", "x"]), inner, max_size=5),
                       max_leaves=10)


def _jsonl_line(value) -> bytes:
    import json

    return json.dumps(value).encode()


CONTENT = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.lists(JSONISH.map(_jsonl_line) | st.binary(max_size=40), max_size=6).map(b"\n".join),
    st.lists(st.lists(st.text(max_size=12), max_size=4).map(lambda row: ",".join(row)), max_size=6)
      .map(lambda rows: ("id,text,date\n" + "\n".join(rows)).encode("utf-8", "surrogatepass")),
    st.text(max_size=200).map(lambda t: t.encode("cp1252", "replace")),
)


@FUZZ
@given(suffix=st.sampled_from(SUFFIXES), content=CONTENT, cut=st.booleans())
def test_every_reader_turns_any_bytes_into_documents_or_rejects(tmp_path_factory, suffix, content, cut):
    from coder.inputs import Limits, read_inputs

    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / f"input{suffix}"
    data = gzip.compress(content) if suffix.endswith(".gz") else content
    if cut and suffix.endswith(".gz"):
        data = data[: max(1, len(data) // 2)]  # a truncated download
    path.write_bytes(data)
    items = list(read_inputs([folder], limits=Limits(max_document_bytes=200, max_tokens=30)))
    from coder.parse import RawDocument

    assert all(isinstance(i, (RawDocument, Document, Rejected)) for i in items)
    for item in items:
        if isinstance(item, Rejected):
            assert item.reason and "input" in item.reason  # names the file
        elif isinstance(item, RawDocument):
            assert len(item.text.encode("utf-8", "surrogatepass")) <= 200


@FUZZ
@given(content=CONTENT)
def test_standard_input_takes_any_bytes(content):
    from coder.inputs import read_inputs
    from coder.parse import RawDocument

    items = list(read_inputs(["-"], stdin=io.BytesIO(content)))
    assert all(isinstance(i, (RawDocument, Document, Rejected)) for i in items)


# --------------------------------------------------------------------------- codebook YAML

YAML_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=12) | st.dates().map(str),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["id", "code", "names", "entries", "kind", "verbs", "patterns", "from", "to", "roles",
                         "type", "lemma", "synsets", "words", "x"]) | st.text(max_size=6), inner, max_size=4),
    max_leaves=15)
RAW_YAML = st.one_of(
    st.text(max_size=200),
    st.sampled_from(["!!python/object/apply:os.system ['echo hi']", "a: &x [*x]", "- [", "kind: agents\nentries: 5",
                     "{", "key: value\nkey: again", "\t- tab", "!include ../../etc/passwd", "%YAML 9.9\n---\n"]),
)


@FUZZ
@given(target=st.sampled_from(["agents.yaml", "actors.yaml", "verbs.yaml", "discards.yaml", "codebook.yaml"]),
       content=st.one_of(RAW_YAML, YAML_VALUE.map(lambda v: __import__("yaml").safe_dump(v, allow_unicode=True))))
@example(target="agents.yaml", content="\x08")  # found by this test: a ReaderError escaped the loader
def test_codebook_loader_reports_problems_and_never_crashes(tmp_path_factory, target, content):
    from coder.codebook import load_codebook, validate_codebook
    from coder.errors import CodebookError, Problem
    from conftest import SMALL_CODEBOOK

    book = tmp_path_factory.mktemp("book") / "b"
    shutil.copytree(SMALL_CODEBOOK, book)
    manifest = book / "codebook.yaml"
    manifest.write_text(manifest.read_text().replace("shipped:cameo.yaml",
                                                     str(SMALL_CODEBOOK.parents[2] / "codebooks" / "cameo.yaml")))
    (book / target).write_text(content, encoding="utf-8")
    problems = validate_codebook(book)
    assert all(isinstance(p, Problem) for p in problems)
    try:
        load_codebook(book, use_cache=False)
    except CodebookError as exc:
        assert exc.problems


# --------------------------------------------------------------------------- ACLED extractors

@FUZZ
@given(text=st.text(max_size=80) | st.lists(st.sampled_from(
           ["on", "Tuesday", "August", "6th", "31", "February", "2019", "last", "week", "in", "late", "2018",
            "yesterday", "of", "mid-", "0", "99", "-", "2019-02-30", "sept.", "the day before yesterday"]),
           max_size=8).map(" ".join),
       doc_date=st.none() | st.dates())
@example(text="TUESDAY", doc_date=dt.date(1, 1, 1))  # found by make fuzz: date arithmetic overflowed
@example(text="on August 6th", doc_date=dt.date(9999, 12, 31))
def test_date_extraction_never_crashes(text, doc_date):
    from coder.acled.dates import event_date, find_dates

    for mention in find_dates(text, doc_date):
        assert isinstance(mention.date, dt.date) and mention.precision in (1, 2, 3)
    sentence = Sentence("d", 0, text, (Token(1, "x", "x", "X"),), 0, len(text))
    date, precision = event_date(sentence, Document("d", text, date=doc_date), verb_char=len(text) // 2)
    assert (date is None) == (precision is None)


NUMBER_WORD = st.sampled_from(["one", "twenty", "twenty-one", "hundred", "thousand", "million", "and", "a",
                               "1,200", "12", "²", "٣", "-", "", "dozens", "killed"]) | st.text(max_size=6)


@FUZZ
@given(words=st.lists(NUMBER_WORD, max_size=5))
@example(words=["²"])  # found by this test: int('²') raised ValueError
def test_number_words_never_crash(words):
    from coder.acled.fatalities import number_value

    value = number_value(words)
    assert value is None or (isinstance(value, int) and value >= 0)


DEATH = st.sampled_from(["killed", "kill", "dead", "died", "wounded", "injured", "people", "civilians",
                         "two", "12", "dozens", "at", "least", "one", "hundred", "and", "soldiers", "were"])


@st.composite
def casualty_sentences(draw) -> Sentence:
    n = draw(st.integers(1, 10))
    tokens, position = [], 0
    for i in range(1, n + 1):
        text = draw(DEATH | WORD)
        tokens.append(Token(i, text, text.lower(), draw(UPOS), "_", (), draw(st.integers(0, i - 1)),
                            draw(DEPREL), position, position + len(text)))
        position += len(text) + 1
    text = " ".join(t.text for t in tokens)
    return Sentence("d", 0, text, tuple(tokens), 0, len(text))


@FUZZ
@given(sentence=casualty_sentences(), around=st.none() | st.integers(-1, 12))
def test_fatality_extraction_never_crashes(sentence, around):
    from coder.acled.fatalities import document_fatalities, sentence_fatalities

    count = sentence_fatalities(sentence, around=around if around is None or 1 <= around <= len(sentence) else None)
    assert isinstance(count, int) and count >= 0
    assert document_fatalities([sentence]) >= 0
