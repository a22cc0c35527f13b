"""Facts a token and a sentence compute once (lower-cased text and lemma, the words as
written) stay true to the token's fields, also for a token changed with ``replace``."""

from __future__ import annotations

from dataclasses import replace

from conftest import build_sentence

from coder.code.syntax import case_marker, lemma_of, norm
from coder.doc import Token


def test_a_token_carries_its_lower_cased_text_and_lemma():
    tok = Token(1, "Zarnakis", "Zarnaki", "PROPN")
    assert (tok.lower, tok.lemma_lower) == ("zarnakis", "zarnaki")
    assert Token(2, "Fled", "", "VERB").lemma_lower == "fled"  # no lemma: the text
    changed = replace(tok, text="Orvelians", lemma="Orvelian")
    assert (changed.lower, changed.lemma_lower) == ("orvelians", "orvelian")
    assert norm(changed) == "orvelians" and lemma_of(changed) == "orvelian"


def test_a_sentence_keeps_its_words_and_case_markers_read_the_lower_cased_lemma():
    sentence = build_sentence("""
        Rebels NOUN 2 nsubj
        fled VERB 0 root
        Out ADP 4 case out
        Zarnak PROPN 2 obl
    """)
    assert sentence.texts == ("Rebels", "fled", "Out", "Zarnak")
    assert case_marker(sentence, sentence.token(4)) == "out"
    assert [t.id for t in sentence.subtree(2, frozenset({"obl"}))] == [1, 2]
    assert [t.id for t in sentence.subtree(2)] == [1, 2, 3, 4]


def test_discard_phrases_are_found_the_same_once_their_first_words_are_remembered(tmp_path):
    from conftest import small_codebook_variant

    from coder.code.analysis import discard_hits, discard_match

    book = small_codebook_variant(tmp_path, files={"discards.yaml": (
        "kind: discards\nentries:\n  - {phrase: quidditch match}\n  - {phrase: 'broom*'}\n")})
    words = ["The", "\"Quidditch", "match", "near", "Brooms,", "ended"]
    first = list(discard_hits(words, book))
    assert [(i, n) for i, n, _ in first] == [(1, 2), (4, 1)]  # as written: case and quotes aside
    assert list(discard_hits(words, book)) == first  # the words' answers now remembered
    assert discard_match(["quidditch", "match", "!"], book) == ("quidditch match", first[0][2])
    assert list(discard_hits(["no", "match", "here"], book)) == []


def test_a_token_built_at_once_is_the_token_of_its_fields():
    """Token.build (CoNLL-U reading's fast path) makes what Token(...) makes: equal, the same
    hash, the same attributes in the same order (pickled alike)."""
    import pickle

    from coder.doc import Token

    for fields in [(3, "Rebels", "rebel", "NOUN", "NNS", (("Number", "Plur"), ("Number", "Sing")), 4, "nsubj:pass", 10, 16),
                   (1, "al", "", "ADP", "_", (), 0, "root", -1, -1)]:
        made, built = Token(*fields), Token.build(*fields)
        assert made == built and hash(made) == hash(built)
        assert list(made.__dict__.items()) == list(built.__dict__.items())
        assert pickle.dumps(made) == pickle.dumps(built)


def test_stanza_offsets_read_fast_as_the_general_misc_reading():
    """A MISC of stanza's own form (start_char=…|end_char=…) gives the offsets the general
    reading gives; other forms, and a bad number, as before."""
    import pytest

    from coder.conllu import ConlluError, _token

    def line(misc: str) -> str:
        return "\t".join(["1", "Rebels", "rebel", "NOUN", "NNS", "Number=Plur", "0", "root", "_", misc])

    assert (_token(line("start_char=4|end_char=10"), 1, "x").start_char, _token(line("start_char=4|end_char=10"), 1, "x").end_char) == (4, 10)
    tok = _token(line("SpaceAfter=No|start_char=4|end_char=10"), 1, "x")
    assert (tok.start_char, tok.end_char) == (4, 10)
    tok = _token(line("end_char=10|start_char=4"), 1, "x")
    assert (tok.start_char, tok.end_char) == (4, 10)
    assert _token(line("_"), 1, "x").start_char == -1
    for bad in ("start_char=4|end_char=x", "start_char=a|end_char=10"):
        with pytest.raises(ConlluError, match="not integers"):
            _token(line(bad), 1, "x")


def test_a_date_read_again_is_the_same_date():
    import datetime as dt

    import pytest

    from coder.doc import parse_date

    assert parse_date(" 2019-08-06 ") == parse_date("20190806") == parse_date("190806") == dt.date(2019, 8, 6)
    with pytest.raises(ValueError, match="' 6 Aug 2019'"):
        parse_date(" 6 Aug 2019")
