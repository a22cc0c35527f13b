"""Sentences the tokenizer split mid-phrase are joined again before tagging (the profile's
``sentences.final`` endings and ``sentences.openers`` say where a sentence may end)."""

from __future__ import annotations

import pytest

import coder.parse as parse_module
from coder.lang import builtin_profile
from coder.parse import join_broken_sentences


def _tokenized(text: str, *breaks: int) -> list[list[dict]]:
    """stanza-like token dicts of ``text`` split at whitespace, cut into sentences before
    the token indexes in ``breaks``."""
    entries, at = [], 0
    for word in text.split():
        start = text.index(word, at)
        at = start + len(word)
        entries.append({"text": word, "start_char": start, "end_char": at})
    sentences, last = [], 0
    for cut in (*breaks, len(entries)):
        part = entries[last:cut]
        sentences.append([{**e, "id": i + 1} for i, e in enumerate(part)])
        last = cut
    return sentences


def _join(text: str, *breaks: int, lang: str = "en") -> list[list[str]]:
    profile = builtin_profile(lang)
    joined = join_broken_sentences(_tokenized(text, *breaks), text, profile.sentence_final,
                                   profile.sentence_openers, *parse_module._non_final_words(lang))
    for sent in joined:
        assert [e["id"] for e in sent] == list(range(1, len(sent) + 1))
    return [[e["text"] for e in sent] for sent in joined]


def test_a_name_split_in_two_is_one_sentence_again():
    text = "The Arnorian Constitutional Court cancelled the decree ."
    assert _join(text, 3) == [text.split()]


def test_a_clause_split_after_a_preposition_is_joined_across_several_parts():
    text = "Rebels advanced against Gondor Hill in northern Rhun ."
    assert _join(text, 3, 6) == [text.split()]


def test_a_sentence_ending_in_punctuation_stays_apart():
    text = "Arnor attacked Gondor . Rhun protested ."
    assert _join(text, 4) == [text.split()[:4], text.split()[4:]]


def test_a_source_line_before_an_article_or_a_number_word_stays_apart():
    text = "Radio Arnor The army said troops killed 8 rebels ."
    assert _join(text, 2) == [["Radio", "Arnor"], text.split()[2:]]
    text = "Students taken hostage Two guards confirmed dead"
    assert _join(text, 3) == [text.split()[:3], text.split()[3:]]


def test_a_headline_on_its_own_line_stays_apart():
    text = "Arnorian forces seize Gondor port\nRhun condemned the raid ."
    assert len(_join(text, 5)) == 2


def test_a_part_opening_with_punctuation_stays_apart():
    text = "Gondor City -- Arnor attacked"
    assert len(_join(text, 2)) == 2


def test_spanish_profile_joins_and_keeps_its_openers():
    text = "El Tribunal Supremo de Gondor anuló el decreto ."
    assert _join(text, 3, lang="es") == [text.split()]
    text = "Radio Arnor El ejército atacó ."
    assert len(_join(text, 2, lang="es")) == 2


def test_multi_word_tokens_are_renumbered_after_the_join():
    before = [{"id": 1, "text": "Arnorian", "start_char": 0, "end_char": 8}]
    after = [{"id": (1, 2), "text": "Courtz", "start_char": 9, "end_char": 15},
             {"id": 1, "text": "Court"}, {"id": 2, "text": "z"},
             {"id": 3, "text": "ruled", "start_char": 16, "end_char": 21}]
    [joined] = join_broken_sentences([before, after], "Arnorian Courtz ruled", (".",), frozenset())
    assert [e["id"] for e in joined] == [1, (2, 3), 2, 3, 4]


def test_the_parse_procedure_is_part_of_the_cache_keys(monkeypatch, tmp_path):
    from coder.benchmark.cache import model_key

    models = tmp_path / "models"
    models.mkdir()
    (models / "pos.pt").write_bytes(b"x")
    before = model_key(models)
    monkeypatch.setattr(parse_module, "PARSE_VERSION", parse_module.PARSE_VERSION + 1)
    assert model_key(models) != before


@pytest.mark.slow
def test_the_real_tokenizer_split_is_joined_before_parsing(monkeypatch):
    from coder.parse import Parser, RawDocument
    from conftest import MODELS

    parser = Parser(MODELS)
    text = ("MSF Arnor is about to restore full diplomatic ties with Gondor almost five years "
            "after crowds trashed its embassy.")
    [joined] = parser.parse([RawDocument("d", text)])
    assert [s.text for s in joined.sentences] == [text]
    monkeypatch.setattr(parse_module, "_sentence_words", lambda lang: ((), frozenset()))
    [split] = parser.parse([RawDocument("d", text)])  # the compact tokenizer's own split
    assert len(split.sentences) == 2


def test_a_split_after_a_plural_possessive_or_an_abbreviation_is_joined_again():
    text = "The rebel Arnor Workers' Party attacked Gondor ."
    assert _join(text, 4) == [text.split()]
    text = "Thousands of opponents of Gondor's Feb. 1 coup marched ."
    assert _join(text, 6) == [text.split()]


def test_a_quote_closed_by_the_apostrophe_or_a_sentence_after_an_abbreviation_stays_apart():
    text = "He called them ' traitors ' The army said nothing ."
    assert _join(text, 5) == [text.split()[:5], text.split()[5:]]
    text = "She called them 'the Gondor Workers' Party members quit ."
    assert _join(text, 6) == [text.split()[:6], text.split()[6:]]
    text = "They met on Feb. The army attacked ."
    assert _join(text, 4) == [text.split()[:4], text.split()[4:]]
