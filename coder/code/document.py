"""Coding a document: sentence by sentence, carrying the actors mentioned so far so that
pronouns ("they") and definite descriptions ("the country") resolve to the nearest
compatible actor."""

from __future__ import annotations

import datetime as dt

from coder.codebook import Codebook
from coder.doc import Document, Sentence
from coder.event import ActorRef, Event
from coder.code.analysis import analyse, discard_match
from coder.code.assemble import SentenceTrace, assemble
from coder.code.options import CodingOptions

HISTORY = 50  # earlier mentions kept for reference resolution


def code_document(doc: Document, codebook: Codebook, *, require_dyad: bool = False,
                  options: CodingOptions | None = None) -> list[Event]:
    """Code every sentence of ``doc``; returns events in sentence order."""
    return [e for trace in trace_document(doc, codebook, options or CodingOptions(require_dyad=require_dyad))
            for e in trace.events]


def trace_document(doc: Document, codebook: Codebook, options: CodingOptions | None = None
                   ) -> list[SentenceTrace]:
    """The trace of every sentence of ``doc`` (none when a story discard phrase is in it)."""
    options = options or CodingOptions()
    if discard_match(doc.text.split(), codebook, story=True) is not None:
        return []
    traces = []
    history: list[ActorRef] = []  # actors mentioned so far, oldest first
    for sentence in doc.sentences:
        trace = trace_sentence(sentence, codebook, date=doc.date, history=history, options=options)
        traces.append(trace)
        history = (history + list(trace.mentions))[-HISTORY:]
    return traces


def trace_sentence(sentence: Sentence, codebook: Codebook, *, date: dt.date | None = None,
                   history: list[ActorRef] | tuple[ActorRef, ...] = (),
                   options: CodingOptions | None = None) -> SentenceTrace:
    """The analysis, predicates, events and set-aside events of one sentence."""
    return assemble(analyse(sentence, codebook, date, history), options or CodingOptions())


def code_sentence(sentence: Sentence, codebook: Codebook, *, date: dt.date | None = None,
                  history: list[ActorRef] | None = None, options: CodingOptions | None = None
                  ) -> tuple[list[Event], list[ActorRef]]:
    """Events of one sentence, and the actors it mentions (for later reference resolution)."""
    trace = trace_sentence(sentence, codebook, date=date, history=history or (), options=options)
    return list(trace.events), list(trace.mentions)
