"""Explaining: typed text checked before it is parsed, and a document's sentences explained by
the coder's own trace with the records of their events."""

from __future__ import annotations

from coder.doc import Document, parse_date
from coder.serve.config import WorkbenchError

MAX_TYPED_CHARACTERS = 20_000


def check_typed_text(text: str, date: str | None) -> None:
    """Refuse text the Explain page should not parse: empty, too long, or with a bad date."""
    if not text or not text.strip():
        raise WorkbenchError("type a sentence to explain")
    if len(text) > MAX_TYPED_CHARACTERS:
        raise WorkbenchError("the text is too long to explain here (20,000 characters at most)")
    try:
        parse_date(date)
    except ValueError as exc:
        raise WorkbenchError(f"date: {exc}") from None


def explain_document(doc: Document, book, only: int | None = None) -> list[dict]:
    """Per sentence (only sentence ``only`` when given): the coder's own explanation and the
    records of its events, and the events it set aside with the reason."""
    from coder.explain import explain_sentence
    from coder.records import event_records, with_sentences

    out = []
    for sentence in doc.sentences:
        if only is not None and sentence.index != only:
            continue
        explanation = explain_sentence(sentence, book, doc.date)
        analysed = with_sentences(doc, [explanation.sentence])  # ACLED fields read the repaired parse
        records = event_records(list(explanation.events), analysed, book)
        aside = [(_set_aside_record(event, analysed, book), why) for event, why in explanation.set_aside]
        out.append({"explanation": explanation, "records": records, "set_aside": aside, "doc": doc})
    return out


def _set_aside_record(event, doc: Document, book) -> dict:
    from coder.records import event_records

    try:
        return event_records([event], doc, book)[0]
    except Exception:  # an event the record layer cannot flatten is still shown
        return {"cameo_code": event.code, "verb_text": event.verb_text,
                "source_code": event.source.code if event.source else "",
                "target_code": event.target.code if event.target else ""}
