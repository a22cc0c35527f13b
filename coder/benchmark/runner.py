"""Running the coder over gold records: get a parse per record (supplied or stanza, via the
parse cache), code it, and flatten the events for scoring."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from coder.benchmark.cache import ParseCache
from coder.benchmark.gold import GoldRecord, GoldSet
from coder.benchmark.predicted import PredEvent, RecordPrediction
from coder.doc import Document
from coder.errors import CoderError
from coder.parse import ConlluError, RawDocument, parse_conllu_text, resolve_model_dir

PARSE_MODES = ("supplied", "stanza")
# (stage, done, total): called after each record so the CLI can draw a progress bar.
Progress = Callable[[str, int, int], None]


class BenchmarkError(CoderError):
    code = "E502"


def default_parse_mode(gold: GoldSet) -> str:
    return "supplied" if gold.has_parses else "stanza"


def documents_for(gold: GoldSet, mode: str, *, models: str | os.PathLike | None = None,
                  cache: ParseCache | None = None, progress: Progress | None = None
                  ) -> dict[str, Document | str]:
    """A parsed document per record id, or the error text when a record cannot be parsed."""
    if mode not in PARSE_MODES:
        raise BenchmarkError(f"unknown parse mode {mode!r} (one of {', '.join(PARSE_MODES)})")
    if mode == "supplied":
        missing = [r.id for r in gold.records if not r.parse]
        if missing:
            raise BenchmarkError(f"{gold.path}: record {missing[0]}: field 'parse': no CoNLL-U "
                                 f"parse supplied ({len(missing)} records lack one); use --parses stanza")
        return {r.id: _supplied(r, gold.path) for r in gold.records}
    return _stanza_documents(gold.records, models, cache, progress)


def _supplied(record: GoldRecord, path: Path) -> Document | str:
    try:
        docs = parse_conllu_text(record.parse or "", name=f"{path}: record {record.id}",
                                 doc_id=record.id, date=record.date)
    except ConlluError as exc:
        return f"parse: {exc}"
    if len(docs) != 1:
        return f"parse: record {record.id}: expected one document in the parse, got {len(docs)}"
    return docs[0]


def _stanza_documents(records: list[GoldRecord], models, cache: ParseCache | None,
                      progress: Progress | None) -> dict[str, Document | str]:
    model_dir = resolve_model_dir(models)
    cache = cache if cache is not None else ParseCache(model_dir)
    out: dict[str, Document | str] = {}
    todo: list[GoldRecord] = []
    for record in records:
        doc = cache.get(record.text, record.id, record.date)
        if doc is None:
            todo.append(record)
        else:
            out[record.id] = doc
    done = len(out)
    if progress:
        progress("parse", done, len(records))
    if not todo:
        return out
    from coder.api import parse_safely
    from coder.parse import Parser, batched
    from coder.schema import Rejected

    parser = Parser(model_dir, threads=1)
    for batch in batched(todo, 32):  # a record stanza fails on is an error of its own, not the run's
        raws = [RawDocument(id=r.id, text=r.text, date=r.date) for r in batch]
        for record, doc in zip(batch, parse_safely(parser, raws)):
            if isinstance(doc, Rejected):
                out[record.id] = f"parse: {doc.reason}"
            else:
                cache.put(record.text, doc)
                out[record.id] = doc
            done += 1
            if progress:
                progress("parse", done, len(records))
    return out


def require_dyad_for(gold: GoldSet, record: GoldRecord) -> bool:
    """PETRARCH codes only events with both actors unless a ``<Config require_dyad>``
    before the record says otherwise; other formats code every event. UniversalPetrarch's
    validation files (their ``<Environment>`` names a ``<P1Verbfile>``) were coded with its
    shipped configurations' ``require_dyad = False``: their gold has events with one actor
    ("a man was killed": a target alone; record categories AT, SA, A), so they code every event."""
    value = record.option("require_dyad")
    if value is not None:
        return value in ("true", "1", "yes")
    return gold.format == "petrarch" and not gold.dictionaries.get("language_verbs")


def coding_options(gold: GoldSet, record: GoldRecord):
    """The coding conventions of the gold: PETRARCH-2 requires dyads and codes announced
    actions ("will contribute") as the action itself, not as CAMEO's intent codes."""
    from coder.code import CodingOptions

    petrarch = gold.format == "petrarch"
    return CodingOptions(require_dyad=require_dyad_for(gold, record), announced_as_intent=not petrarch)


def code_records(gold: GoldSet, docs: dict[str, Document | str], codebook,
                 progress: Progress | None = None) -> dict[str, RecordPrediction]:
    """Code every record's document with ``codebook``, as ``coder code`` does (records that
    fail schema validation are not counted as predictions)."""
    from coder.acled import document_sub_event_type
    from coder.api import code_parsed

    preds: dict[str, RecordPrediction] = {}
    for n, record in enumerate(gold.records, start=1):
        doc = docs.get(record.id)
        if doc is None or isinstance(doc, str):
            preds[record.id] = RecordPrediction(record.id, error=doc or "parse: no document")
        else:
            flat, rejected, status = code_parsed(doc, codebook, coding_options(gold, record))
            if status.status == "rejected" and not flat:
                preds[record.id] = RecordPrediction(record.id, error=f"code: {status.reason}")
            else:
                label = document_sub_event_type(doc, flat, codebook) if record.label_only else None
                preds[record.id] = RecordPrediction(
                    record.id, [PredEvent.from_record(r, predicate_depth(doc, r)) for r in flat], label=label)
        if progress:
            progress("code", n, len(gold.records))
    return preds


def predicate_depth(doc: Document, rec: dict) -> int | None:
    """Head hops from an event's predicate (the token at its ``verb_start``) to the root of
    its sentence (0: the predicate is the root); None when the token is not found."""
    index, start = rec.get("sentence_index"), rec.get("verb_start")
    if not isinstance(index, int) or not 0 <= index < len(doc.sentences) or start is None or start < 0:
        return None
    sentence = doc.sentences[index]
    token = next((t for t in sentence.tokens if t.start_char == start), None)
    depth = 0
    while token is not None and token.head and depth <= len(sentence.tokens):
        token, depth = sentence.tokens[token.head - 1], depth + 1
    return depth if token is not None else None
