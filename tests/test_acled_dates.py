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


def test_a_weekday_written_before_a_full_date_names_that_date():
    assert first("erupted Tuesday, Jan. 23, 2018, officials said") == ("2018-01-23", 1)


def test_a_month_joined_to_its_year_by_a_connector_is_one_date():
    assert first("observation posts built since October of 2012") == ("2012-10-01", 3)
    assert first("a March 2018 attack on the town") == ("2018-03-01", 3)


def test_a_month_abbreviation_inside_a_word_is_no_date():
    assert first("released 30 separatist rebels") is None
    assert first("3 Mayors met the envoy") is None


def test_late_may_is_a_month_even_in_lower_case():
    assert first("the raids began in late may") == ("2019-05-01", 3)


def test_spanish_dates_come_from_the_spanish_profile_words():
    from coder.lang import builtin_profile

    es = builtin_profile("es")

    def primero(text: str) -> tuple[str, int] | None:
        found = find_dates(text, TUESDAY, es)
        return (found[0].date.isoformat(), found[0].precision) if found else None

    assert primero("los hombres atacaron ayer el puesto") == ("2019-08-05", 1)
    assert primero("el domingo pasado fue asesinado") == ("2019-08-04", 1)
    assert primero("el martes pasado hubo combates") == ("2019-07-30", 1)
    assert primero("la semana pasada") == ("2019-07-30", 2)
    assert primero("a finales de 2018 el grupo") == ("2018-10-01", 3)
    assert primero("en marzo de 2017") == ("2017-03-01", 3)
    assert primero("El martes 8 de mayo de 2007 fue asesinado") == ("2007-05-08", 1)


def test_date_patterns_searched_only_where_their_words_are_find_what_searching_all_finds():
    """_dates_in searches a pattern only where one of its trigger strings is in the text:
    on random texts of date words, numbers, years and fillers (any case), the dates found
    are those of searching every pattern everywhere."""
    import datetime as dt
    import random

    from coder.acled import dates
    from coder.lang import builtin_profile

    profile = builtin_profile()
    pieces = ["on", "in", "since", "the", "last", "this", "next", "week", "month", "ago", "days", "two",
              "yesterday", "today", "Monday", "tuesday", "FRIDAY", "August", "aug.", "Sept", "May", "may",
              "March", "mid", "late", "early", "-", ",", "6th", "6", "31", "2019", "1999", "2019-08-06",
              "200", "morning", "night", "rebels", "attacked", "Zarnak", "de", "julio", "Mayo"]
    rng = random.Random(4)
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(1500)]
    texts += ["Rebels attacked on Tuesday, August 6", "late 2018", "in mid-August", "on 6 August 2019",
              "Auguſt 6, 2019"]  # (a long s: outside ASCII, searched whole)
    ref = dt.date(2019, 8, 6)
    dates._dates_in("warm up", ref, profile)  # the patterns and their triggers made
    triggers = profile.memo["date-triggers"]
    quick = [dates._dates_in(t, ref, profile) for t in texts]
    try:
        profile.memo["date-triggers"] = [None] * len(triggers)  # every pattern searched everywhere
        whole = [dates._dates_in(t, ref, profile) for t in texts]
    finally:
        profile.memo["date-triggers"] = triggers
    assert quick == whole
    assert sum(map(len, quick)) > 500  # the texts did hold dates
