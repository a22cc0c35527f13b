"""Confidence of ACLED records: the CAMEO event's confidence combined with what decided the
ACLED type (coder.acled.confidence), in the acled layout, its filter and the benchmark
(hand-built parses, made-up places)."""

from __future__ import annotations

import json
from dataclasses import replace
from types import SimpleNamespace

import pandas as pd
import pytest
from conftest import ROOT, SMALL_CODEBOOK, build_document

from coder.acled import acled_fields
from coder.acled.confidence import (DOCUMENT_FEATURES, WEIGHTS_FILE, document_contexts, load_weights, type_confidence,
                                    with_document_confidence)
from coder.acled.formats import ACLED_COLUMNS, checked_rows, to_acled_rows
from coder.acled.rules import BASES, compile_rules
from coder.api import code_parsed
from coder.benchmark.confidence import above, confidence_report, judged_events
from coder.benchmark.evaluate import default_quad_of
from coder.benchmark.gold import GoldEvent, GoldRecord
from coder.benchmark.predicted import PredEvent, RecordPrediction
from coder.cli import main
from coder.codebook import CameoCode, load_yaml
from coder.event import Event
from coder.parse import write_conllu
from coder.run.documents import confident
from coder.schema import record_errors

CALM = "Rohan PROPN 2 nsubj\nslept VERB 0 root sleep"  # a first sentence without events
NAMED = "Arnor PROPN 2 nsubj\nattacked VERB 0 root attack\nGondor PROPN 2 obj"
AGENT = "Arnor PROPN 2 nsubj\nattacked VERB 0 root attack\npolice NOUN 2 obj"
# weights that separate the bases plainly: a cue adds, a family subtracts
WEIGHTS = (0.0, 1.0, {"cue": 1.0, "code": 0.5, "actors": -0.5, "family": -1.0})


# --------------------------------------------------------------------------- the score

def test_a_type_from_a_cue_is_surer_than_one_from_a_code_the_actors_or_a_family():
    scores = [type_confidence(0.6, basis, WEIGHTS) for basis in ("cue", "code", "actors", "family")]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == 4
    assert all(0 < s < 1 for s in scores)


def test_a_surer_event_gives_a_surer_type_on_the_same_basis():
    assert type_confidence(0.3, "family", WEIGHTS) < type_confidence(0.5, "family", WEIGHTS) \
        < type_confidence(0.9, "family", WEIGHTS)


def test_neutral_weights_give_the_event_confidence_back():
    neutral = (0.0, 1.0, {})
    assert [type_confidence(c, b, neutral) for c, b in ((0.25, "cue"), (0.7, "family"))] == [0.25, 0.7]


def test_no_type_or_no_event_confidence_gives_no_type_confidence():
    assert type_confidence(0.8, None, WEIGHTS) is None and type_confidence(None, "cue", WEIGHTS) is None


def test_an_unknown_basis_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown ACLED typing basis 'keyword'"):
        type_confidence(0.5, "keyword", WEIGHTS)


def test_shipped_weights_are_fitted_data_for_known_bases():
    intercept, slope, bases, document = load_weights(WEIGHTS_FILE)
    data = json.loads(WEIGHTS_FILE.read_text())
    assert set(bases) <= set(BASES) and slope > 0
    assert set(document) <= set(DOCUMENT_FEATURES)
    assert data["fitted"]["command"] == "benchmarks/calibrate_acled_confidence.py"
    assert data["fitted"]["level"] == "acled_sub_event_type"


@pytest.mark.parametrize("text, message", [
    ("{", "not a readable ACLED confidence weights file"),
    ('{"intercept": 0, "bases": {}}', "field 'event_logit'"),
    ('{"intercept": 0, "event_logit": 1, "bases": {"keyword": 1}}', "unknown typing basis 'keyword'"),
    ('{"intercept": 0, "event_logit": 1, "bases": {}, "document": {"headline": 1}}', "unknown feature 'headline'"),
    ('{"intercept": 0, "event_logit": 1, "bases": {}, "document": {"minority_type": "x"}}', "field"),
])
def test_a_bad_weights_file_is_a_clear_error_naming_it(tmp_path, text, message):
    path = tmp_path / "confidence.json"
    path.write_text(text)
    with pytest.raises(ValueError, match=message) as err:
        load_weights(path)
    assert str(path) in str(err.value)


# --------------------------------------------------------------------------- records

@pytest.fixture(scope="module")
def book():
    shipped = ROOT / "codebooks" / "acled.yaml"
    lf, _ = load_yaml(shipped)
    cameo = {code: CameoCode(code, name, code[:2], 4, "Material conflict", -8) for code, name in (
        ("190", "Use conventional military force"), ("195", "Employ aerial weapons"), ("19", "Fight"))}
    return SimpleNamespace(acled=compile_rules([{"file": str(shipped), "data": lf.data}]), cameo=cameo)


SHELLED = """Soldiers NOUN 2 nsubj soldier
shelled VERB 0 root shell
the DET 4 det
village NOUN 2 obj
. PUNCT 2 punct"""
FOUGHT = """Soldiers NOUN 2 nsubj soldier
fought VERB 0 root fight
in ADP 4 case
Arvale PROPN 2 obl
. PUNCT 2 punct"""


def _fields(book, spec: str, code: str, confidence: float | None) -> dict:
    doc = build_document(spec, date="2020-03-02")
    tok = doc.sentences[0].token(2)
    ev = Event(doc.id, 0, code, "p1", "verbs.yaml:1", 2, tok.text, tok.start_char, tok.end_char, None, None)
    return acled_fields(replace(ev, confidence=confidence), doc, book)


def test_each_acled_record_says_what_decided_its_type_and_how_sure_the_type_is(book):
    shelled = _fields(book, SHELLED, "190", 0.6)
    fought = _fields(book, FOUGHT, "190", 0.6)
    assert shelled["sub_event_type"] == "Shelling/artillery/missile attack" and shelled["acled_basis"] == "cue"
    assert fought["sub_event_type"] == "Armed clash" and fought["acled_basis"] == "family"
    assert shelled["acled_confidence"] == type_confidence(0.6, "cue")
    assert fought["acled_confidence"] == type_confidence(0.6, "family")


def test_an_event_without_an_acled_type_has_no_acled_confidence(book):
    untyped = _fields(book, SHELLED, "042", 0.6)  # a visit is no ACLED event
    assert untyped["sub_event_type"] is None and untyped["acled_basis"] is None
    assert untyped["acled_confidence"] is None


def test_full_records_carry_the_acled_confidence_and_validate(small_codebook):
    records, rejected, _ = code_parsed(build_document(CALM, NAMED), small_codebook)
    assert not rejected and len(records) == 1
    rec = records[0]
    assert rec["acled_basis"] in BASES and 0 <= rec["acled_confidence"] <= 1
    doc = build_document(CALM, NAMED)
    context = document_contexts(records, doc, small_codebook)[0]
    assert rec["acled_confidence"] == type_confidence(rec["confidence"], rec["acled_basis"], context=context)
    assert record_errors(rec, "event") == []
    assert record_errors({**rec, "acled_basis": "keyword"}, "event")  # only the known bases


# --------------------------------------------------------------------------- the document

CAR_BOMB = """A DET 3 det
car NOUN 3 compound
bomb NOUN 4 nsubj
killed VERB 0 root kill
five NUM 6 nummod
soldiers NOUN 4 obj soldier
in ADP 8 case
Arvale PROPN 4 obl
. PUNCT 4 punct"""
PROTEST = """Students NOUN 2 nsubj student
marched VERB 0 root march
in ADP 4 case
Arvale PROPN 2 obl
. PUNCT 2 punct"""
DOCUMENT_WEIGHTS = (0.0, 1.0, {}, {"document_type_differs": -1.0, "text_names_other_type": -1.0,
                                   "text_names_this_type": 1.0, "minority_type": -1.0})


def _typed(sub: str, basis: str = "family", n: int = 0, **changes) -> dict:
    return {"event_id": f"d:0:{n}", "sentence_index": 0, "sub_event_type": sub, "acled_basis": basis,
            "confidence": 0.6, "negated": False, "modality": None, "nominal": False, "verb_start": -1, **changes}


def test_a_type_the_documents_words_name_is_surer_than_one_they_contradict(book):
    doc = build_document(CAR_BOMB)  # "car bomb": a remote explosive, whatever the event says
    clash, bomb = document_contexts([_typed("Armed clash")], doc, book)[0], \
        document_contexts([_typed("Remote explosive/landmine/IED", "cue")], doc, book)[0]
    assert clash["text_names_other_type"] == 1.0 and clash["text_names_this_type"] == 0.0
    assert bomb["text_names_this_type"] == 1.0 and bomb["text_names_other_type"] == 0.0
    assert type_confidence(0.6, "cue", DOCUMENT_WEIGHTS, bomb) > type_confidence(0.6, "cue", DOCUMENT_WEIGHTS) \
        > type_confidence(0.6, "cue", DOCUMENT_WEIGHTS, clash)


def test_generic_words_name_no_type_of_their_own(book):
    doc = build_document(NAMED)  # "attacked": the words of any fight, no means
    context = document_contexts([_typed("Armed clash")], doc, book)[0]
    assert context["text_names_other_type"] == 0.0 and context["text_names_this_type"] == 0.0


def test_a_type_few_of_the_documents_events_share_is_less_sure(book):
    doc = build_document(PROTEST)
    records = [_typed("Peaceful protest", n=0), _typed("Peaceful protest", n=1), _typed("Arrests", "code", n=2)]
    contexts = document_contexts(records, doc, book)
    assert [round(c["minority_type"], 3) for c in contexts] == [0.333, 0.333, 0.667]
    mine = [type_confidence(0.6, "family", DOCUMENT_WEIGHTS, c) for c in contexts]
    assert mine[0] == mine[1] > mine[2]


def test_a_type_other_than_the_documents_own_is_less_sure(book):
    doc = build_document(PROTEST)  # the lead event decides the document's type
    records = [_typed("Peaceful protest", n=0), _typed("Arrests", "code", n=1, sentence_index=0)]
    own, other = document_contexts(records, doc, book)
    assert own["document_type_differs"] == 0.0 and other["document_type_differs"] == 1.0


def test_records_without_an_acled_type_have_no_document_context_and_keep_no_type_confidence(book):
    doc = build_document(PROTEST)
    untyped = {"event_id": "d:0:1", "sub_event_type": None, "acled_basis": None, "confidence": 0.6,
               "acled_confidence": None}
    assert document_contexts([untyped], doc, book) == [None]
    records = with_document_confidence([_typed("Peaceful protest"), dict(untyped)], doc, book)
    assert records[1]["acled_confidence"] is None
    assert records[0]["acled_confidence"] == type_confidence(
        0.6, "family", context=document_contexts(records, doc, book)[0])


def _record(**changes) -> dict:
    rec = {"event_id": "d1:0:0", "doc_id": "d1", "sentence_id": "d1:0", "date": "2019-08-06",
           "event_date": "2019-08-04", "event_type": "Battles", "sub_event_type": "Armed clash",
           "disorder_type": "Political violence", "cameo_code": "190", "confidence": 0.8,
           "acled_basis": "family", "acled_confidence": 0.42, "sentence": "Arnor forces fought near Arvale."}
    rec.update(changes)
    return rec


def test_the_acled_layout_writes_the_type_confidence_after_acleds_columns():
    row = to_acled_rows([_record()])[0]
    assert tuple(row)[:31] == ACLED_COLUMNS and row["confidence"] == 0.42  # not the event's 0.8
    assert record_errors(row, "acled") == []
    valid, rejected = checked_rows([_record(acled_confidence=1.5)], "acled")
    assert not valid and "confidence" in rejected[0].reason


# --------------------------------------------------------------------------- --min-confidence

def test_the_acled_filter_reads_the_type_confidence_and_keeps_untyped_records():
    records = [_record(event_id="a", confidence=0.9, acled_confidence=0.4),
               _record(event_id="b", confidence=0.5, acled_confidence=0.7),
               _record(event_id="c", confidence=0.2, event_type=None, sub_event_type=None,
                       acled_basis=None, acled_confidence=None)]
    full, below_full = confident(records, 0.6)
    acled, below_acled = confident(records, 0.6, "acled_confidence")
    assert [r["event_id"] for r in full] == ["a"] and below_full == 2
    assert [r["event_id"] for r in acled] == ["b", "c"] and below_acled == 1  # c: no ACLED row anyway


@pytest.fixture
def two_documents(tmp_path, small_codebook):
    path = tmp_path / "corpus.conllu"
    docs = [build_document(CALM, NAMED, doc_id="named"), build_document(CALM, AGENT, doc_id="agent")]
    with path.open("w") as fh:
        write_conllu(docs, fh)
    records = {d.id: code_parsed(d, small_codebook)[0][0] for d in docs}
    return path, records


def test_min_confidence_on_the_acled_layout_filters_by_the_type_confidence(two_documents, tmp_path, capsys):
    corpus, records = two_documents
    named, agent = records["named"], records["agent"]
    assert named["acled_confidence"] > agent["acled_confidence"]
    cut = round((named["acled_confidence"] + agent["acled_confidence"]) / 2, 4)
    acled_out = tmp_path / "acled.csv"
    assert main(["code", str(corpus), "-o", str(acled_out), "--codebook", str(SMALL_CODEBOOK),
                 "--format", "acled", "--min-confidence", str(cut)]) == 0
    rows = pd.read_csv(acled_out)
    assert rows["event_id_cnty"].str.startswith("named").tolist() == [True]
    assert rows["confidence"].tolist() == [named["acled_confidence"]]
    assert "1 events below --min-confidence left out" in capsys.readouterr().out
    full_out = tmp_path / "full.csv"  # the full layout keeps filtering by the event's confidence
    assert main(["code", str(corpus), "-o", str(full_out), "--codebook", str(SMALL_CODEBOOK),
                 "--min-confidence", str(cut)]) == 0
    kept = sorted(r["doc_id"] for r in records.values() if r["confidence"] >= cut)
    assert sorted(pd.read_csv(full_out)["doc_id"]) == kept


# --------------------------------------------------------------------------- benchmark

def test_the_benchmark_reads_the_acled_confidence_of_a_record():
    event = PredEvent.from_record(_record())
    assert (event.confidence, event.acled_confidence) == (0.8, 0.42)
    assert PredEvent.from_record(_record(acled_confidence=None)).acled_confidence is None


def _case():
    records = [GoldRecord(id=f"s{i}", text="-", label_only=True,
                          events=(GoldEvent(acled_sub_event_type="Armed clash", acled_event_type="Battles"),))
               for i in range(2)]
    preds = {"s0": RecordPrediction("s0", [PredEvent(acled_sub_event_type="Armed clash", confidence=0.3,
                                                     acled_confidence=0.9)]),
             "s1": RecordPrediction("s1", [PredEvent(acled_sub_event_type="Air/drone strike", confidence=0.9,
                                                     acled_confidence=0.2)])}
    return records, preds


def test_events_are_judged_by_their_type_confidence_at_the_acled_level():
    records, preds = _case()
    judged = judged_events(records, preds, "acled_sub_event_type", default_quad_of)
    assert sorted((c, ok) for c, ok, _ in judged) == [(0.2, False), (0.9, True)]
    report = confidence_report(records, preds, default_quad_of)
    assert report["level"] == "acled_sub_event_type" and report["top_half"]["precision"] == 1.0


def test_a_threshold_at_the_acled_level_drops_events_by_their_type_confidence():
    _, preds = _case()
    kept = above(preds, 0.5, "acled_sub_event_type")
    assert [len(kept[r].events) for r in ("s0", "s1")] == [1, 0]
    kept = above(preds, 0.5)  # another level: the event's own confidence
    assert [len(kept[r].events) for r in ("s0", "s1")] == [0, 1]


def test_an_event_without_a_type_confidence_is_judged_by_its_own():
    records, _ = _case()
    preds = {"s0": RecordPrediction("s0", [PredEvent(acled_sub_event_type="Armed clash", confidence=0.7)])}
    judged = judged_events(records[:1], preds, "acled_sub_event_type", default_quad_of)
    assert [c for c, _, _ in judged] == [0.7]


def test_every_typed_record_and_only_a_typed_one_has_a_type_confidence(small_codebook):
    records, _, _ = code_parsed(build_document(CALM, NAMED, AGENT), small_codebook)
    assert records and all((r["acled_confidence"] is None) == (r["sub_event_type"] is None) for r in records)
