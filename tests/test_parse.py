"""Parsing with the real compact stanza model (slow) and CoNLL-U reading/writing (fast)."""

from __future__ import annotations

import io

import pytest

from coder.doc import Document
from coder.parse import ConlluError, RawDocument, parse_conllu_text, parse_documents, write_conllu
from conftest import MODELS, build_document


@pytest.fixture(scope="module")
def parser():
    from coder.parse import Parser

    return Parser(MODELS)


@pytest.mark.slow
def test_stanza_parse_returns_frozen_ud_types_with_offsets(parser):
    text = "Police arrested 12 protesters in Damascus. The rebels don't attack."
    [doc] = list(parse_documents([RawDocument("d1", text, date="2019-08-06")], parser=parser))
    assert isinstance(doc, Document) and doc.date.isoformat() == "2019-08-06"
    assert len(doc.sentences) == 2
    first = doc.sentences[0]
    arrested = next(t for t in first.tokens if t.text == "arrested")
    assert arrested.lemma == "arrest" and arrested.upos == "VERB" and arrested.deprel == "root"
    for tok in first.tokens:  # every token's offsets point at its text in the document
        assert text[tok.start_char:tok.end_char] == tok.text
    # multi-word token "don't" is expanded into two syntactic words sharing the span
    words = [t.text for t in doc.sentences[1].tokens]
    assert "do" in words and "n't" in words
    with pytest.raises(Exception):
        first.tokens[0].text = "x"  # frozen


@pytest.mark.slow
def test_overlong_sentence_is_cut_into_chunks_before_parsing(parser, monkeypatch):
    import coder.parse as parse_module

    monkeypatch.setattr(parse_module, "MAX_SENTENCE_WORDS", 20)
    text = ", ".join(f"soldiers attacked village {i}" for i in range(15)) + "."
    [doc] = parser.parse([RawDocument("long", text)])
    assert len(doc.sentences) >= 3
    assert all(len(s.tokens) <= 20 for s in doc.sentences)
    assert sum(len(s.tokens) for s in doc.sentences) >= 60


def test_empty_document_parses_to_no_sentences(parser=None):
    from coder.parse import _convert

    doc = _convert(RawDocument("empty", "   "), None)
    assert doc.sentences == ()


def test_the_parsers_output_reads_a_verbs_marked_nmod_as_a_cached_parse_does():
    """A parser's nmod on a verb with its own case marker (in a sentence with no obl) is read
    as an oblique on the fresh parse as on the same parse read back from CoNLL-U, so coding a
    cached parse gives what coding the fresh one gave."""
    from types import SimpleNamespace as Word
    import io
    from coder.conllu import parse_conllu_text, write_conllu
    from coder.parse import _convert

    text = "Arnor fired at Gondor"
    rows = [(1, "Arnor", "PROPN", 2, "nsubj"), (2, "fired", "VERB", 0, "root"),
            (3, "at", "ADP", 4, "case"), (4, "Gondor", "PROPN", 2, "nmod")]
    words, at = [], 0
    for i, form, upos, head, rel in rows:
        start = text.index(form, at)
        at = start + len(form)
        words.append(Word(id=i, text=form, lemma=form.lower(), upos=upos, xpos=None, feats=None,
                          head=head, deprel=rel, start_char=start, end_char=at, parent=None))
    fresh = _convert(RawDocument("d", text), Word(sentences=[Word(words=words, text=text)]))
    out = io.StringIO()
    write_conllu([fresh], out)
    [cached] = parse_conllu_text(out.getvalue(), doc_id="d")
    assert fresh.sentences[0].token(4).deprel == "obl"
    assert [t.deprel for t in cached.sentences[0].tokens] == [t.deprel for t in fresh.sentences[0].tokens]


def test_conllu_round_trip_keeps_tokens_offsets_and_metadata():
    doc = build_document("""
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj""", """
        Rohan PROPN 2 nsubj
        protested VERB 0 root protest""", date="2019-08-06", doc_id="story-1")
    buf = io.StringIO()
    assert write_conllu([doc], buf) == 2
    [back] = parse_conllu_text(buf.getvalue())
    assert back.id == "story-1" and back.date == doc.date
    assert back.sentences == doc.sentences


def test_conllu_without_newdoc_is_one_document_named_after_the_file():
    text = "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n1\tBye\tbye\tINTJ\tUH\t_\t0\troot\t_\t_\n"
    [doc] = parse_conllu_text(text, name="x.conllu", doc_id="x")
    assert doc.id == "x" and len(doc.sentences) == 2 and doc.sentences[1].index == 1


def test_malformed_conllu_reports_file_and_line():
    text = "# newdoc id = a\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n2\tthere\tthere\n"
    with pytest.raises(ConlluError, match=r"bad\.conllu:3: expected 10 tab-separated columns"):
        parse_conllu_text(text, name="bad.conllu")


def test_conllu_head_outside_sentence_is_an_error():
    text = "1\tHi\thi\tINTJ\tUH\t_\t7\troot\t_\t_\n"
    with pytest.raises(ConlluError, match="HEAD 7 outside the sentence"):
        parse_conllu_text(text, name="bad.conllu")


def test_model_folder_comes_from_option_then_environment(monkeypatch, tmp_path):
    from coder.parse import ModelNotFoundError, resolve_model_dir

    monkeypatch.setenv("CODER_STANZA_DIR", str(MODELS))
    assert resolve_model_dir() == MODELS
    assert resolve_model_dir(tmp_path) == tmp_path
    with pytest.raises(ModelNotFoundError, match="CODER_STANZA_DIR"):
        resolve_model_dir(tmp_path / "missing")


def test_head_cycles_and_self_heads_are_errors_with_their_line():
    self_head = "1\tHi\thi\tINTJ\tUH\t_\t1\troot\t_\t_\n"
    cycle = ("1\tA\ta\tNOUN\tNN\t_\t2\tdep\t_\t_\n2\tB\tb\tNOUN\tNN\t_\t1\tconj\t_\t_\n"
             "3\tC\tc\tVERB\tVB\t_\t0\troot\t_\t_\n")
    with pytest.raises(ConlluError, match="bad.conllu:1: token 1 is its own HEAD"):
        parse_conllu_text(self_head, name="bad.conllu")
    with pytest.raises(ConlluError, match=r"tokens \[1, 2\] form a cycle"):
        parse_conllu_text(cycle, name="bad.conllu")


def test_bad_misc_offsets_are_errors_with_their_line():
    text = "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\tstart_char=x|end_char=2\n"
    with pytest.raises(ConlluError, match="bad.conllu:1: start_char/end_char"):
        parse_conllu_text(text, name="bad.conllu")


def test_one_malformed_document_is_reported_and_the_others_kept():
    text = ("# newdoc id = good\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n"
            "# newdoc id = bad\n1\tHi\thi\tINTJ\tUH\t_\t5\troot\t_\t_\n\n"
            "# newdoc\n1\tBye\tbye\tINTJ\tUH\t_\t0\troot\t_\t_\n\n")
    errors = []
    docs = parse_conllu_text(text, name="c.conllu", on_error=lambda d, m: errors.append((d, m)))
    assert [d.id for d in docs] == ["good", "doc-2"]
    assert errors and errors[0][0] == "bad" and "c.conllu:5" in errors[0][1]


def test_hand_built_sentence_with_impossible_heads_is_refused():
    from coder.doc import Sentence, Token

    with pytest.raises(ValueError, match="HEAD 7"):
        Sentence("d", 0, "x", (Token(1, "x", "x", "X", head=7),))


@pytest.mark.parametrize("value, code", [("en", "en"), ("EN", "en"), ("en-US", "en"), ("en_GB", "en"),
                                         ("English", "en"), ("Spanish", "es"), ("spa", "es"), ("", None),
                                         (None, None)])
def test_a_documents_language_is_read_as_the_code_stanza_uses(value, code):
    # "EN" or "en-US" in an input must not send the parser looking for a second language
    from coder.parse import language_code

    assert language_code(value) == code
