"""A person the codebook names in full, named by a title and the surname alone
("President Mugabe"): coder.code.mentions, on hand-built parses with made-up people."""

from __future__ import annotations

import datetime as dt

import pytest

from coder.code import code_document
from coder.doc import Document
from conftest import SMALL_CODEBOOK, build_sentence, small_codebook_variant

PEOPLE = """
  - names: [Denethor Ecthelion]
    code: GONELI
    roles:
      - {code: GONGOV, from: 2000-01-01, to: 2010-12-31}
    type: person
    country: GON
  - names: [Hador Hurin]
    code: ROHELI
    roles:
      - {code: ROHGOV, from: 2000-01-01, to: 2010-12-31}
    type: person
    country: ROH
  - names: [Galdor Hurin]
    code: ARNELI
    roles:
      - {code: ARNGOV, from: 2005-01-01, to: 2010-12-31}
    type: person
    country: ARN
"""


@pytest.fixture
def book(tmp_path):
    actors = (SMALL_CODEBOOK / "actors.yaml").read_text() + PEOPLE
    agents = (SMALL_CODEBOOK / "agents.yaml").read_text() + "  - {code: GOV, names: [president]}\n"
    return small_codebook_variant(tmp_path, files={"actors.yaml": actors, "agents.yaml": agents})


def events(spec, book, day):
    s = build_sentence(spec)
    doc = Document("d", s.text, (s,), date=day)
    return sorted((e.source.code if e.source else None, e.target.code if e.target else None, e.code)
                  for e in code_document(doc, book))


def titled(surname, first=None):
    """ "President [first] surname attacked Mordor" """
    words = ["President PROPN {h} compound"] + ([f"{first} PROPN {{h}} compound"] if first else [])
    h = len(words) + 1  # the surname
    words += [f"{surname} PROPN {h + 1} nsubj", "attacked VERB 0 root attack", f"Mordor PROPN {h + 1} obj"]
    return "\n".join(w.format(h=h) for w in words)


def test_a_title_and_a_surname_name_the_person_whose_role_on_the_day_is_the_titles(book):
    assert events(titled("Ecthelion"), book, dt.date(2005, 5, 1)) == [("GONGOV", "MOR", "190")]
    # with a first name that is one of the full name's words
    assert events(titled("Ecthelion", "Denethor"), book, dt.date(2005, 5, 1)) == [("GONGOV", "MOR", "190")]


def test_no_person_when_the_role_is_not_the_titles_or_the_surname_names_two_office_holders(book):
    # out of office: the title alone
    assert events(titled("Ecthelion"), book, dt.date(2015, 5, 1)) == [("---GOV", "MOR", "190")]
    # two presidents named Hurin on the day: nobody in particular
    assert events(titled("Hurin"), book, dt.date(2006, 5, 1)) == [("---GOV", "MOR", "190")]
    # one of them president then
    assert events(titled("Hurin"), book, dt.date(2003, 5, 1)) == [("ROHGOV", "MOR", "190")]
    # a first name the full name lacks
    assert events(titled("Ecthelion", "Boromir"), book, dt.date(2005, 5, 1)) == [("---GOV", "MOR", "190")]
