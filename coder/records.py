"""Enrichment, the stage after coding: each Event plus its codebook facts (CAMEO name, quad,
PLOVER, ACLED fields) flattened to the columns of the event JSON Schema. It reads the events
and the coder's sentence analyses (the actors each sentence names), never codes again."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from coder.code import SentenceTrace
from coder.codebook import Codebook
from coder.doc import Document, Sentence
from coder.event import ActorRef, Event

CORE_COLUMNS = (
    "event_id", "doc_id", "sentence_id", "sentence_index", "date", "source",
    "source_code", "target_code", "cameo_code", "cameo_name", "root_code", "quad_class", "quad_name",
    "goldstein", "plover_event", "plover_mode", "plover_context",
    "source_text", "source_country", "source_agent", "source_entries",
    "target_text", "target_country", "target_agent", "target_entries",
    "verb_text", "pattern_id", "pattern_ref", "negated", "modality", "confidence", "nominal", "paired_code", "plover_linked",
    "reported_by_code", "reported_by_text", "issues",
    "verb_start", "verb_end", "source_start", "source_end", "target_start", "target_end",
)
ACLED_COLUMNS = (
    "event_type", "sub_event_type", "disorder_type", "civilian_targeting",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "fatalities", "event_date", "time_precision", "iso", "country", "admin1", "location",
    "latitude", "longitude", "geo_precision", "acled_basis", "acled_confidence",
)
COLUMNS = CORE_COLUMNS + ACLED_COLUMNS + ("sentence",)


def enrich(traces: Sequence[SentenceTrace], doc: Document, codebook: Codebook) -> list[dict[str, Any]]:
    """The records of a document's coded sentences (see :func:`coder.code.trace_document`).
    The ACLED fields read each sentence as the coder analysed it: with its parse repaired
    ("shot/compound dead/root" is the verb "shot" with its result), the same words."""
    events = [e for t in traces for e in t.events]
    return event_records(events, analysed_document(doc, traces), codebook,
                         {t.analysis.sentence.index: t.mentions for t in traces})


def analysed_document(doc: Document, traces: Sequence[SentenceTrace]) -> Document:
    """The document with each traced sentence replaced by the coder's repaired parse of it."""
    return with_sentences(doc, [t.analysis.sentence for t in traces])


def with_sentences(doc: Document, sentences: Sequence[Sentence]) -> Document:
    """The document with each of ``sentences`` in place of the one of its index."""
    from dataclasses import replace

    repaired = {s.index: s for s in sentences}
    if all(repaired.get(i, s) is s for i, s in enumerate(doc.sentences)):
        return doc
    return replace(doc, sentences=tuple(repaired.get(i, s) for i, s in enumerate(doc.sentences)))


def event_records(events: list[Event], doc: Document, codebook: Codebook,
                  mentions: Mapping[int, Sequence[ActorRef]] | None = None) -> list[dict[str, Any]]:
    """One flat record per event, in COLUMNS order. ``mentions``: the named actors of each
    sentence (by index) as the coder found them; found again per sentence when not given."""
    from coder.acled import named_organisations, organisation_spans
    from coder.acled.confidence import with_document_confidence

    spans: dict[int, tuple[tuple[int, int], ...]] = {}
    for ev in events:
        i = ev.sentence_index
        if i not in spans:
            spans[i] = (organisation_spans(mentions[i]) if mentions is not None and i in mentions
                        else named_organisations(doc.sentences[i], doc, codebook))
    records = [event_record(ev, doc, codebook, n, spans[ev.sentence_index]) for n, ev in enumerate(events)]
    return with_document_confidence(records, doc, codebook)  # an ACLED type's confidence reads its document


def event_record(ev: Event, doc: Document, codebook: Codebook, n: int = 0,
                 organisations: tuple[tuple[int, int], ...] | None = None) -> dict[str, Any]:
    cameo = codebook.cameo[ev.code]
    sentence = doc.sentences[ev.sentence_index]
    record: dict[str, Any] = {
        "event_id": f"{ev.doc_id}:{ev.sentence_index}:{n}",
        "doc_id": ev.doc_id,
        "sentence_id": ev.sentence_id,
        "sentence_index": ev.sentence_index,
        "date": doc.date.isoformat() if doc.date else None,
        "source": doc.source or None,
        "cameo_code": ev.code,
        "cameo_name": cameo.name,
        "root_code": cameo.root,
        "quad_class": cameo.quad,
        "quad_name": cameo.quad_name,
        "goldstein": cameo.goldstein,
        "verb_text": ev.verb_text,
        "pattern_id": ev.pattern_id,
        "pattern_ref": ev.pattern_ref,
        "negated": ev.negated,
        "modality": ev.modality,
        "confidence": ev.confidence,
        "nominal": ev.nominal,
        "reported_by_code": ev.reported_by.code if ev.reported_by else None,
        "reported_by_text": ev.reported_by.text if ev.reported_by else None,
        "issues": ";".join(ev.issues),
        "verb_start": ev.verb_start,
        "verb_end": ev.verb_end,
        "sentence": sentence.text,
    }
    record.update(_plover(ev.code, codebook))
    # one PLOVER event per interaction: the reversed half of a paired code adds none when
    # its PLOVER event is the forward half's (visit 042 / host 043 are both CONSULT)
    record["paired_code"] = ev.paired_code
    record["plover_linked"] = bool(ev.paired_code and record.get("plover_event")
                                   and _plover(ev.paired_code, codebook).get("plover_event") == record["plover_event"])
    record.update(_actor_columns("source", ev.source))
    record.update(_actor_columns("target", ev.target))
    record.update(dict.fromkeys(ACLED_COLUMNS))
    record.update(_acled(ev, doc, codebook, organisations))
    return dict(zip(COLUMNS, map(record.get, COLUMNS)))


def _actor_columns(prefix: str, actor: ActorRef | None) -> dict[str, Any]:
    return {
        f"{prefix}_code": actor.code if actor else "",
        f"{prefix}_text": actor.text if actor else "",
        f"{prefix}_country": actor.country if actor else None,
        f"{prefix}_agent": actor.agent if actor else None,
        f"{prefix}_entries": ";".join(actor.entries) if actor else "",
        f"{prefix}_start": actor.start_char if actor else -1,
        f"{prefix}_end": actor.end_char if actor else -1,
    }


def _plover(code: str, codebook: Codebook) -> dict[str, Any]:
    """PLOVER event/mode/context; codes without their own mapping take their parent's."""
    from coder.acled import plover_fields  # imported here: coder.acled loads its gazetteer lazily

    return plover_fields(code, codebook)


def _acled(ev: Event, doc: Document, codebook: Codebook,
           organisations: tuple[tuple[int, int], ...] | None) -> dict[str, Any]:
    """ACLED-style fields from coder.acled."""
    from coder.acled import acled_fields

    fields = acled_fields(ev, doc, codebook, organisations)
    return {k: v for k, v in fields.items() if k in ACLED_COLUMNS}
