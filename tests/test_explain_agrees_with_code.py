"""`coder explain` renders the coder's own trace: on every PETRARCH unit record (supplied UD
parses, the records' own dictionaries) it shows exactly the events `coder code` emits, and
each event's pattern is the one explain reports as chosen for its predicate."""

from __future__ import annotations

from pathlib import Path

import pytest

from coder.benchmark.gold import read_gold
from coder.benchmark.petrarch_env import environment_codebook
from coder.benchmark.runner import coding_options, documents_for
from coder.code import code_document
from coder.codebook import load_codebook
from coder.explain import explain_document

UD_GOLD = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "petrarch-unit-ud" / "records.xml"


@pytest.mark.skipif(not UD_GOLD.is_file(), reason="shared benchmarks not available")
def test_explain_and_code_agree_on_every_petrarch_unit_record():
    gold = read_gold(UD_GOLD)
    codebook = load_codebook(environment_codebook(gold))
    docs = documents_for(gold, "supplied")
    checked = 0
    for record in gold.records:
        doc = docs[record.id]
        assert not isinstance(doc, str), doc
        options = coding_options(gold, record)
        coded = code_document(doc, codebook, options=options)
        explained = explain_document(doc, codebook, options)
        assert [e for x in explained for e in x.events] == coded, record.id
        for explanation in explained:
            chosen = {p.token_id: p.chosen for p in explanation.predicates}
            for event in explanation.events:
                assert chosen[event.verb_head] == event.pattern_id, (record.id, event)
        checked += 1
    assert checked == len(gold.records) == 284


def test_explain_document_shows_the_events_code_document_emits(small_codebook):
    from conftest import build_document

    doc = build_document("""
        Arnor PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj
        . PUNCT 2 punct""")
    explanations = explain_document(doc, small_codebook)
    assert [e for x in explanations for e in x.events] == code_document(doc, small_codebook)
    attack = next(p for p in explanations[0].predicates if p.text == "attacked")
    assert attack.chosen == "attack" and [e.code for e in attack.coded] == ["190"]


def test_the_workbench_shows_the_records_coder_code_writes_for_a_repaired_parse():
    """The workbench's ACLED fields read the parse as the coder repaired it, as `coder code` does
    ("Gunmen shot dead a trader" read as nouns: the repaired verb decides the confidence)."""
    from conftest import build_document

    from coder.code import trace_document
    from coder.records import analysed_document, event_records
    from coder.serve.explaining import explain_document as workbench_explanation

    book = load_codebook(None)
    doc = build_document("""
        Gunmen NOUN 2 nsubj gunman
        shot NOUN 0 root shot
        dead ADJ 2 amod dead
        a DET 5 det
        trader NOUN 2 nmod trader
        in ADP 7 case
        Lagos PROPN 2 nmod""")
    traces = trace_document(doc, book)
    events = [event for trace in traces for event in trace.events]
    written = event_records(events, analysed_document(doc, traces), book)
    assert written and written != event_records(events, doc, book)  # the repair matters here
    assert workbench_explanation(doc, book)[0]["records"] == written
