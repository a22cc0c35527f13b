"""What happens to one document, shared by the engines (coder.run.*) and the Python API
(coder.api, which re-exports these names): parse a batch safely, code one parsed document,
and the :class:`DocumentStatus` every input document ends with. Imports neither coder.api
nor any engine, so both can import it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from coder.code import CodingOptions, trace_document
from coder.codebook import Codebook
from coder.doc import Document, parse_date
from coder.parse import Parser, RawDocument
from coder.records import enrich
from coder.schema import Rejected, validate_records


@dataclass(frozen=True)
class DocumentStatus:
    """What became of one input document."""

    doc_id: str
    status: str  # coded | no-event | rejected
    events: int = 0
    reason: str = ""
    below_confidence: int = 0  # events left out by CodingOptions.min_confidence


def code_parsed(doc: Document, codebook: Codebook, options: CodingOptions | None = None, layout: str = "full"
                ) -> tuple[list[dict], list[Rejected], DocumentStatus]:
    """Code one parsed document and validate its records; ``layout``: the output layout the
    records are for, whose confidence column ``options.min_confidence`` reads
    (:data:`CONFIDENCE_KEYS`)."""
    try:
        records = enrich(trace_document(doc, codebook, options), doc, codebook)
    except Exception as exc:  # a coder bug on one document must not lose the corpus
        reason = f"coding failed: {type(exc).__name__}: {exc}"
        return [], [Rejected(doc.id, reason, stage="code")], DocumentStatus(doc.id, "rejected", 0, reason)
    records, below = confident(records, options.min_confidence if options else 0.0,
                               CONFIDENCE_KEYS.get(layout, "confidence"))
    valid, rejected = validate_records(records)
    status = "coded" if valid else ("rejected" if rejected else "no-event")
    reason = "; ".join(x for x in (f"{len(rejected)} record(s) failed validation" if rejected else "",
                                   f"{below} event(s) below confidence {options.min_confidence}" if below else "") if x)
    return valid, rejected, DocumentStatus(doc.id, status, len(valid), reason, below)


# the record field a layout's confidence filter reads: an ACLED row is as sure as its ACLED type
# (coder.acled.confidence); every other layout reads the event's confidence
CONFIDENCE_KEYS = {"acled": "acled_confidence"}


def confident(records: list[dict], minimum: float, key: str = "confidence") -> tuple[list[dict], int]:
    """The records whose confidence (field ``key``) is at least ``minimum``, and how many were
    left out (an unscored record is kept: for ``acled_confidence``, one without an ACLED type,
    which the ACLED layout leaves out anyway)."""
    if minimum <= 0:
        return records, 0
    kept = [r for r in records if r.get(key) is None or r[key] >= minimum]
    return kept, len(records) - len(kept)


def parse_safely(parser: Parser, docs: Sequence[RawDocument]) -> list[Document | Rejected]:
    """Parse a batch; if stanza fails on it, parse one by one and reject only the culprits."""
    try:
        return list(parser.parse(docs))
    except Exception:
        out: list[Document | Rejected] = []
        for doc in docs:
            try:
                out.extend(parser.parse([doc]))
            except Exception as exc:
                out.append(Rejected(doc.id, f"parsing failed: {type(exc).__name__}: {exc}", stage="parse"))
        return out


def unparsed(raw: RawDocument) -> Document:
    """A document with no sentences (an empty text), keeping its metadata."""
    return Document(raw.id, raw.text, date=parse_date(raw.date), source=raw.source,
                    language=raw.language, metadata=raw.metadata)
