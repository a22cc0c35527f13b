"""A small made-up world for the workbench tests (API and browser): a copy of the small test
codebook in tmp_path, a hand-parsed corpus stored as CoNLL-U, an events file, and a parser
that knows a few hand-built sentences. Also tests of the entry-text helpers."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from coder.doc import Document, Sentence, Token
from coder.parse import write_conllu
from coder.serve import entries as E
from conftest import SMALL_CODEBOOK, build_sentence

SENTENCES = {
    "Gondor attacked Mordor .": """
        Gondor PROPN 2 nsubj
        attacked VERB 0 root attack
        Mordor PROPN 2 obj
        . PUNCT 2 punct""",
    "Harad threatened Rohan .": """
        Harad PROPN 2 nsubj
        threatened VERB 0 root threaten
        Rohan PROPN 2 obj
        . PUNCT 2 punct""",
    "Harad attacked Gondor .": """
        Harad PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj
        . PUNCT 2 punct""",
    "The police arrested rebels in Rohan .": """
        The DET 2 det
        police NOUN 3 nsubj
        arrested VERB 0 root arrest
        rebels NOUN 3 obj rebel
        in ADP 6 case
        Rohan PROPN 3 obl
        . PUNCT 3 punct""",
    "Harad withdrew .": """
        Harad PROPN 2 nsubj
        withdrew VERB 0 root withdraw
        . PUNCT 2 punct""",
    "It threatened Rohan .": """
        It PRON 2 nsubj it
        threatened VERB 0 root threaten
        Rohan PROPN 2 obj
        . PUNCT 2 punct""",
    "It rained .": """
        It PRON 2 expl
        rained VERB 0 root rain
        . PUNCT 2 punct""",
}

CORPUS = [  # (doc id, date, sentences)
    ("war1", "2019-05-01", ["Gondor attacked Mordor ."]),
    ("harad1", "2019-05-02", ["Harad threatened Rohan .", "Harad attacked Gondor ."]),
    ("police1", "2019-06-03", ["The police arrested rebels in Rohan ."]),
    ("rain1", "2019-06-04", ["It rained ."]),
    ("harad2", "2019-07-05", ["Harad withdrew ."]),
]


def document(doc_id: str, date: str | None, texts: list[str]) -> Document:
    sentences, offset = [], 0
    for i, text in enumerate(texts):
        s = build_sentence(SENTENCES[text], doc_id, i)
        tokens = tuple(Token(t.id, t.text, t.lemma, t.upos, t.xpos, t.feats, t.head, t.deprel,
                             t.start_char + offset, t.end_char + offset) for t in s.tokens)
        sentences.append(Sentence(doc_id, i, s.text, tokens, offset, offset + len(s.text)))
        offset += len(s.text) + 1
    return Document(doc_id, " ".join(texts), tuple(sentences),
                    date=dt.date.fromisoformat(date) if date else None)


def fake_parse(text: str, date: str | None) -> Document:
    """The hand-built parse of a known sentence; any other text is one flat sentence."""
    key = " ".join(text.replace(".", " .").split())
    if key in SENTENCES:
        return document("typed", date, [key])
    words = key.split()
    spec = "\n".join(f"{w} {'VERB' if i == 0 else 'NOUN'} {0 if i == 0 else 1} {'root' if i == 0 else 'dep'}"
                     for i, w in enumerate(words))
    SENTENCES[key] = spec
    return document("typed", date, [key])


def make_world(tmp_path: Path) -> dict[str, Path]:
    """Codebook copy, corpus (CoNLL-U), output folder, gold folder with one CSV gold file."""
    book = tmp_path / "book"
    shutil.copytree(SMALL_CODEBOOK, book)
    corpus = tmp_path / "corpus.conllu"
    with corpus.open("w", encoding="utf-8") as fh:
        write_conllu([document(*d) for d in CORPUS], fh)
    gold = tmp_path / "gold"
    shutil.copytree(SMALL_CODEBOOK.parent / "benchmark", gold)
    return {"codebook": book, "corpus": corpus, "output": tmp_path / "out", "benchmarks": gold}


def make_bench(tmp_path: Path, **overrides):
    from coder.serve import ServeConfig, Workbench

    world = make_world(tmp_path)
    world.update(overrides)
    config = ServeConfig(codebook=world["codebook"], output=world["output"], corpus=world.get("corpus"),
                         events=world.get("events"), benchmarks=world.get("benchmarks"))
    return Workbench(config, parse_text=fake_parse)


HARAD = "names: [Harad, Haradrim]\ncode: HAR\ntype: country\ncountry: HAR\n"

# ---------------------------------------------------------------------- entry text


FILE = """# a comment
kind: actors
source: made up
  for tests
entries:
  - id: a
    names: [Alpha,
            Alpha Land]
    code: ALP

  # the next one
  - {names: [Beta], code: BET}
- {names: [Gamma], code: GAM}
"""


def test_entries_are_found_with_their_lines_and_text_without_the_list_marker():
    found = E.find_entries(FILE)
    assert [(e.start, e.end) for e in found] == [(6, 10), (12, 13)]
    assert found[0].text == "id: a\nnames: [Alpha,\n        Alpha Land]\ncode: ALP\n"
    assert found[1].text == "{names: [Beta], code: BET}\n"
    assert E.entry_at(FILE, 8) == found[0]
    assert E.entry_at(FILE, 2) is None


def test_replacing_an_entry_keeps_every_other_line():
    found = E.find_entries(FILE)
    new = E.replace_entry(FILE, found[0], "id: a\nnames: [Alpha]\ncode: ALX\n")
    assert new.splitlines()[:5] == FILE.splitlines()[:5]
    assert "  - id: a\n    names: [Alpha]\n    code: ALX\n\n  # the next one" in new
    assert E.replace_entry(FILE, found[1], found[1].text) == FILE


def test_an_added_entry_goes_after_the_last_one_of_its_list():
    text = "kind: actors\nentries:\n  - {names: [A], code: AAA}\n"
    new, line = E.add_entry(text, "names: [B]\ncode: BBB\n")
    assert new == "kind: actors\nentries:\n  - {names: [A], code: AAA}\n  - names: [B]\n    code: BBB\n"
    assert line == 4
    empty, line = E.add_entry("kind: actors\nentries: []\n", "{names: [B], code: BBB}")
    assert empty == "kind: actors\nentries:\n  - {names: [B], code: BBB}\n" and line == 3


def test_an_entry_that_is_not_one_yaml_mapping_is_refused_with_its_line():
    with pytest.raises(E.EntryError) as bad:
        E.check_entry("names: [Harad\ncode: HAR\n")
    assert "invalid YAML" in str(bad.value) and bad.value.line == 2
    with pytest.raises(E.EntryError, match="mapping"):
        E.check_entry("- just a list")


def test_phrases_are_the_lower_case_words_of_every_string():
    assert E.phrases([{"names": ["Minas Tirith", "Gondor"], "code": "GON", "inter": 2}]) == {
        ("minas", "tirith"), ("gondor",), ("gon",)}


def test_an_entry_applies_where_its_names_or_verbs_are_not_where_its_pattern_words_are():
    block = {"id": "withdraw", "code": "080", "verbs": ["withdraw", "pull out"], "nouns": ["withdrawal"],
             "inflections": {"withdrew": "withdraw"},
             "patterns": [{"id": "withdraw.military", "match": [{"slot": "obj", "words": ["&MILITARY"]}]}]}
    assert E.trigger_phrases([block], "verbs") == {("withdraw",), ("pull", "out"), ("withdrawal",), ("withdrew",)}
    assert E.trigger_phrases([{"names": ["Harad"], "code": "HAR", "type": "country"}], "actors") == {("harad",)}
    assert E.trigger_phrases([{"name": "&MILITARY", "members": ["troops", "army"]}], "synsets") == {
        ("troops",), ("army",)}
    assert E.trigger_phrases([{"odd": "Shire folk"}], "actors") == {("shire", "folk")}
