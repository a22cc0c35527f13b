"""--parse-cache: parses kept as CoNLL-U, keyed by text hash + model identity; re-coding a
raw corpus after a codebook edit parses nothing again."""

from __future__ import annotations

from dataclasses import replace

import pytest

from coder.doc import Document, Sentence, Token, parse_date
from coder.parse import RawDocument
from coder.run.parse_cache import ParseCache, model_identity
from conftest import build_document, small_codebook_variant

TEXTS = {
    "Arnor attacked Gondor": """
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj""",
    "Arnor praised Gondor": """
        Arnor PROPN 2 nsubj
        praised VERB 0 root praise
        Gondor PROPN 2 obj""",
}


class CountingParser:
    """Stands in for stanza: hand-built parses of known texts, counting every document."""

    calls: list[str] = []

    def __init__(self, models=None, threads=1):
        pass

    def parse(self, docs):
        out = []
        for raw in docs:
            CountingParser.calls.append(raw.text)
            built = build_document(TEXTS[raw.text], doc_id=raw.id)
            out.append(replace(built, date=parse_date(raw.date), source=raw.source, metadata=raw.metadata))
        return out


@pytest.fixture
def counting_parser(monkeypatch):
    import coder.parse

    CountingParser.calls = []
    monkeypatch.setattr(coder.parse, "Parser", CountingParser)
    monkeypatch.setattr("coder.run.parse_cache.model_identity", lambda models: "test-model")
    return CountingParser


def _raw_corpus():
    return [RawDocument(f"r{i}", text, date="2005-06-0%d" % (1 + i)) for i, text in
            enumerate(["Arnor attacked Gondor", "Arnor praised Gondor", "Arnor attacked Gondor"])]


def test_recoding_after_a_codebook_edit_parses_nothing_again(small_codebook, tmp_path, counting_parser):
    from coder.api import code_to_files

    cache = tmp_path / "parses"
    first = code_to_files(_raw_corpus(), tmp_path / "one.csv", small_codebook, parse_cache=cache)
    assert len(counting_parser.calls) == 3 and (first.parsed, first.cached) == (3, 0)
    assert len(list(cache.rglob("*.conllu"))) == 2  # one file per distinct text

    edited = small_codebook_variant(tmp_path, replace={"attack": "assault"})
    counting_parser.calls.clear()
    second = code_to_files(_raw_corpus(), tmp_path / "two.csv", edited, parse_cache=cache)
    assert counting_parser.calls == [] and (second.parsed, second.cached) == (0, 3)
    assert [s.doc_id for s in second.statuses] == ["r0", "r1", "r2"]

    counting_parser.calls.clear()
    code_to_files(_raw_corpus(), tmp_path / "three.csv", small_codebook, parse_cache=cache)
    assert (tmp_path / "three.csv").read_bytes() == (tmp_path / "one.csv").read_bytes()
    assert counting_parser.calls == []


def test_a_cached_parse_comes_back_as_the_same_document(tmp_path):
    text = "Arnor  attacked\nGondor. Calm."
    tokens = (Token(1, "Arnor", "Arnor", "PROPN", "NNP", (("Number", "Sing"),), 2, "nsubj", 0, 5),
              Token(2, "attacked", "attack", "VERB", "VBD", (("Tense", "Past"), ("VerbForm", "Fin")), 0, "root", 7, 15),
              Token(3, "Gondor", "Gondor", "PROPN", "NNP", (), 2, "obj", 16, 22),
              Token(4, ".", ".", "PUNCT", ".", (), 2, "punct", 22, 23))
    calm = (Token(1, "Calm", "calm", "ADJ", "JJ", (), 0, "root", 24, 28),
            Token(2, ".", ".", "PUNCT", ".", (), 1, "punct", 28, 29))
    raw = RawDocument("story-7", text, date="2019-08-06", source="wire", metadata=(("desk", "east"),))
    parsed = Document("story-7", text, (Sentence("story-7", 0, text[0:23], tokens, 0, 23),
                                        Sentence("story-7", 1, text[24:29], calm, 24, 29)),
                      date=__import__("datetime").date(2019, 8, 6), source="wire", metadata=(("desk", "east"),))
    cache = ParseCache(tmp_path, identity="m1")
    assert cache.get(raw) is None
    cache.put(raw, parsed)
    assert cache.get(raw) == parsed  # the newline inside the first sentence comes back too
    other = RawDocument("story-8", text, date="2020-01-01")
    assert cache.get(other).id == "story-8" and cache.get(other).sentences[0].doc_id == "story-8"
    assert ParseCache(tmp_path, identity="m2").get(raw) is None  # another model: a miss


def test_a_damaged_cache_file_is_a_miss(tmp_path):
    cache = ParseCache(tmp_path, identity="m1")
    raw = RawDocument("a", "Arnor attacked Gondor")
    cache.path(raw.text, raw.language).parent.mkdir(parents=True)
    cache.path(raw.text, raw.language).write_text("1\tArnor\n")
    assert cache.get(raw) is None and cache.misses == 1


def test_model_identity_follows_the_model_files(tmp_path):
    models = tmp_path / "models"
    models.mkdir()
    for name in ("tokenize", "mwt", "pos", "lemma", "depparse"):
        (models / f"{name}.pt").write_bytes(name.encode())
    before = model_identity(models)
    assert model_identity(models) == before
    (models / "pos.pt").write_bytes(b"retrained")
    assert model_identity(models) != before


@pytest.mark.slow
def test_a_real_parse_comes_back_identical_and_codes_the_same(tmp_path):
    """The seed story through stanza, the cache and back: the same Document, the same events."""
    from conftest import MODELS, ROOT

    from coder.api import code_to_files
    from coder.codebook import load_codebook
    from coder.parse import Parser

    text = (ROOT / "seeds" / "000_368ac21e56eded89.txt").read_text(encoding="utf-8")
    raw = RawDocument("seed", text, date="2019-08-06", source="wire")
    [parsed] = Parser(MODELS).parse([raw])
    cache = ParseCache(tmp_path / "parses", MODELS)
    cache.put(raw, parsed)
    assert cache.get(raw) == parsed

    book = load_codebook()
    fresh = code_to_files([raw], tmp_path / "fresh.csv", book, models=MODELS)
    cached = code_to_files([raw], tmp_path / "cached.csv", book, models=MODELS, parse_cache=tmp_path / "parses")
    assert (fresh.parsed, cached.parsed, cached.cached) == (1, 0, 1)
    assert (tmp_path / "fresh.csv").read_bytes() == (tmp_path / "cached.csv").read_bytes()


def test_the_same_text_in_two_languages_has_two_cached_parses(tmp_path):
    from coder.run.parse_cache import ParseCache

    cache = ParseCache(tmp_path, identity="model")
    text = "Arnor attacked Gondor."
    assert cache.path(text, "en") != cache.path(text, "es")
    assert cache.path(text, "EN") == cache.path(text, "en-US") == cache.path(text, "en")
