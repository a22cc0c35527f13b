"""Coding: from a parsed sentence and a codebook to actor–action–target events.

Stages, each a function of its inputs (no I/O, no module state):

1. ``analysis.analyse``: the sentence analysis computed once (names rejoined, actor
   mentions, discard phrases, issues);
2. ``predicates.find_predicates``: every codebook verb or event noun with its best pattern;
3. ``arguments`` / ``references``: the actors in a predicate's slots, references resolved;
4. ``assertion``: negation, modality, refusal, obligation;
5. ``assemble``: events per predicate (``verbs``, ``nouns``, ``build``) and the rules
   between predicates, returning events and a trace (``SentenceTrace``);
6. ``document``: ``code_document`` over sentences, carrying earlier mentions.

Language facts come from the codebook's language profile (``coder.lang``).
"""

from coder.code.analysis import SentenceAnalysis, analyse, discard_match, discarded_tokens
from coder.code.assemble import PredicateTrace, SentenceTrace
from coder.code.document import code_document, code_sentence, trace_document, trace_sentence
from coder.code.mentions import sentence_mentions
from coder.code.options import CodingOptions

__all__ = [
    "CodingOptions", "PredicateTrace", "SentenceAnalysis", "SentenceTrace", "analyse", "code_document",
    "code_sentence", "discard_match", "discarded_tokens", "sentence_mentions", "trace_document",
    "trace_sentence",
]
