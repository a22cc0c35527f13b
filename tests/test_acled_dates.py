"""Event dates and time precision from the document date and the text."""

from __future__ import annotations

import datetime as dt

from conftest import build_document

from coder.acled.dates import event_date, find_dates

TUESDAY = dt.date(2019, 8, 6)


def first(text: str, ref: dt.date | None = TUESDAY) -> tuple[str, int] | None:
    found = find_dates(text, ref)
    return (found[0].date.isoformat(), found[0].precision) if found else None


def test_relative_weekday_is_most_recent_on_or_before_document_date():
    assert first("militants attacked on Sunday") == ("2019-08-04", 1)
    assert first("the report released Tuesday") == ("2019-08-06", 1)
    assert first("on Wednesday police said") == ("2019-07-31", 1)


def test_yesterday_and_last_week():
    assert first("yesterday police said") == ("2019-08-05", 1)
    assert first("clashes last week") == ("2019-07-30", 2)


def test_month_day_without_year_takes_the_document_year_or_the_one_before():
    assert first("on August 6th the army") == ("2019-08-06", 1)
    assert first("On December 13, fighters recaptured") == ("2018-12-13", 1)
    assert first("on 3 March 2017") == ("2017-03-03", 1)


def test_month_and_part_of_year_are_month_precision():
    assert first("in August") == ("2019-08-01", 3)
    assert first("in late 2018 the group") == ("2018-10-01", 3)
    assert first("last month") == ("2019-07-01", 3)


def test_modal_may_is_not_a_month():
    assert first("they may attack 5 towns") is None


def test_no_date_in_text_falls_back_to_document_date_week_precision():
    doc = build_document("""
Police NOUN 2 nsubj
arrested VERB 0 root arrest
protesters NOUN 2 obj
. PUNCT 2 punct
""", date="2019-08-06")
    assert event_date(doc.sentences[0], doc) == ("2019-08-06", 2)


def test_no_date_anywhere_is_none():
    doc = build_document("""
Police NOUN 2 nsubj
arrested VERB 0 root arrest
protesters NOUN 2 obj
. PUNCT 2 punct
""", date=None)
    assert event_date(doc.sentences[0], doc) == (None, None)


def test_date_in_sentence_beats_document_date():
    doc = build_document("""
Police NOUN 2 nsubj
arrested VERB 0 root arrest
protesters NOUN 2 obj
on ADP 5 case
Sunday PROPN 2 obl
. PUNCT 2 punct
""", date="2019-08-06")
    assert event_date(doc.sentences[0], doc) == ("2019-08-04", 1)
