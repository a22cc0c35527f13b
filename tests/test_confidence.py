"""Confidence per event: what lowers it, that it never changes which events are coded,
the --min-confidence filter and the benchmark's threshold table."""

from __future__ import annotations

import json
from dataclasses import replace

import pandas as pd
import pytest

from coder.benchmark.confidence import THRESHOLDS, above, confidence_report, judged_events, top_half_precision
from coder.benchmark.evaluate import default_quad_of
from coder.benchmark.gold import GoldEvent, GoldRecord
from coder.benchmark.predicted import PredEvent, RecordPrediction
from coder.cli import main
from coder.code import CodingOptions, trace_document
from coder.code.confidence import FEATURES, SIGNS, event_features, load_weights, score, tree_distance
from coder.parse import write_conllu
from conftest import SMALL_CODEBOOK, build_document, small_codebook_variant

CALM = "Rohan PROPN 2 nsubj\nslept VERB 0 root sleep"  # a first sentence without events
NAMED = "Arnor PROPN 2 nsubj\nattacked VERB 0 root attack\nGondor PROPN 2 obj"
AGENT = "Arnor PROPN 2 nsubj\nattacked VERB 0 root attack\npolice NOUN 2 obj"
NOMINAL = """Arnor PROPN 2 nsubj
launched VERB 0 root launch
an DET 4 det
attack NOUN 2 obj attack
on ADP 6 case
Gondor PROPN 4 nmod"""


def scored_events(small_codebook, *specs, options=None):
    """(event, its features) of every event of a hand-built document."""
    out = []
    for trace in trace_document(build_document(*specs), small_codebook, options):
        matches = {p.token_id: p.match for p in trace.predicates}
        out += [(e, trace.analysis, matches, trace.events) for e in trace.events]
    return out


def only_event(small_codebook, *specs):
    found = scored_events(small_codebook, *specs)
    assert len(found) == 1, found
    return found[0]


def test_every_event_gets_a_confidence_between_0_and_1(small_codebook):
    ev, *_ = only_event(small_codebook, CALM, NAMED)
    assert 0.0 <= ev.confidence <= 1.0


def test_named_target_in_main_clause_scores_higher_than_an_agent_only_target(small_codebook):
    named, *_ = only_event(small_codebook, CALM, NAMED)
    agent, *_ = only_event(small_codebook, CALM, AGENT)
    assert (named.target.code, agent.target.code) == ("GON", "---COP")
    assert named.confidence > agent.confidence


POSSESSIVE_NOUN = """Arnor PROPN 3 nmod:poss
's PART 1 case
attack NOUN 6 nsubj attack
on ADP 5 case
Gondor PROPN 3 nmod
ended VERB 0 root end"""


def test_event_noun_carried_by_a_support_verb_is_marked_and_scores_higher_than_a_bare_event_noun(small_codebook):
    carried, a, matches, events = only_event(small_codebook, CALM, NOMINAL)
    bare, b, b_matches, b_events = only_event(small_codebook, CALM, POSSESSIVE_NOUN)
    assert carried.nominal and bare.nominal and carried.triple == bare.triple
    assert event_features(a, matches, carried, events)["support_noun"] == 1.0
    assert event_features(b, b_matches, bare, b_events)["support_noun"] == 0.0
    assert carried.confidence >= bare.confidence
    verb, a, matches, events = only_event(small_codebook, CALM, NAMED)
    assert event_features(a, matches, verb, events)["support_noun"] == 0.0


def test_target_found_through_a_pronoun_or_missing_scores_lower_than_a_named_one(small_codebook):
    ev, a, matches, events = only_event(small_codebook, CALM, NAMED)
    pronoun = replace(ev, target=replace(ev.target, resolved_from="pronoun"))
    missing = replace(ev, target=None)
    base = score(event_features(a, matches, ev, events))
    # each event as the sentence's one event (beside the original it would count as a second
    # actor of a list, listed_actors)
    assert event_features(a, matches, pronoun, [pronoun])["target_reference"] == 1.0
    assert score(event_features(a, matches, pronoun, [pronoun])) < base
    assert score(event_features(a, matches, missing, [missing])) < base


def test_confidence_does_not_change_event_equality(small_codebook):
    ev, *_ = only_event(small_codebook, CALM, NAMED)
    assert replace(ev, confidence=0.01) == ev and hash(replace(ev, confidence=0.01)) == hash(ev)


def test_shipped_weights_know_every_feature_and_keep_their_signs():
    intercept, weights = load_weights()
    assert set(weights) <= set(FEATURES)
    assert all(SIGNS[name] * weights.get(name, 0.0) >= 0 for name in SIGNS)


def test_weights_file_with_an_unknown_feature_is_a_clear_error(tmp_path):
    path = tmp_path / "weights.json"
    path.write_text(json.dumps({"intercept": 0, "weights": {"moon_phase": 1.0}}))
    with pytest.raises(ValueError, match="weights.json: field 'weights': unknown features \\['moon_phase'\\]"):
        load_weights(str(path))


@pytest.fixture
def two_documents(tmp_path, small_codebook):
    named, *_ = only_event(small_codebook, CALM, NAMED)
    agent, *_ = only_event(small_codebook, CALM, AGENT)
    path = tmp_path / "corpus.conllu"
    with path.open("w") as fh:
        write_conllu([build_document(CALM, NAMED, doc_id="named"), build_document(CALM, AGENT, doc_id="agent")], fh)
    return path, (named.confidence + agent.confidence) / 2


def test_min_confidence_leaves_out_events_below_it_and_counts_them(two_documents, tmp_path, capsys):
    corpus, middle = two_documents
    out = tmp_path / "out" / "events.csv"
    assert main(["code", str(corpus), "-o", str(out), "--codebook", str(SMALL_CODEBOOK),
                 "--min-confidence", f"{middle:.4f}"]) == 0
    events = pd.read_csv(out)
    assert events["doc_id"].tolist() == ["named"] and events["confidence"].iloc[0] >= middle
    assert "1 events below --min-confidence left out" in capsys.readouterr().out
    statuses = pd.read_csv(tmp_path / "out" / "events.documents.csv", keep_default_na=False)
    reasons = dict(zip(statuses.doc_id, statuses.reason))
    assert reasons["agent"].startswith("1 event(s) below confidence")


def test_without_min_confidence_every_event_is_written_with_its_confidence(two_documents, tmp_path):
    corpus, _ = two_documents
    out = tmp_path / "events.jsonl"
    assert main(["code", str(corpus), "-o", str(out), "--codebook", str(SMALL_CODEBOOK)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 2 and all(0 <= r["confidence"] <= 1 for r in rows)


def test_min_confidence_out_of_range_is_refused(two_documents, tmp_path):
    corpus, _ = two_documents
    assert main(["code", str(corpus), "-o", str(tmp_path / "e.csv"), "--min-confidence", "1.5"]) != 0


def _gold_and_preds():
    records = [GoldRecord(id=f"r{i}", text="-", events=(GoldEvent(cameo=code),)) for i, code in
               enumerate(["190", "040", "173", "020"])]
    preds = {"r0": RecordPrediction("r0", [PredEvent(cameo="190", confidence=0.9)]),
             "r1": RecordPrediction("r1", [PredEvent(cameo="042", confidence=0.8)]),
             "r2": RecordPrediction("r2", [PredEvent(cameo="120", confidence=0.3)]),
             "r3": RecordPrediction("r3", [PredEvent(cameo="010", confidence=0.05)])}
    return records, preds


def test_most_confident_half_is_judged_at_the_root_level():
    records, preds = _gold_and_preds()
    judged = judged_events(records, preds, "root", default_quad_of)
    assert [(c, ok) for c, ok, _ in judged] == [(0.9, True), (0.8, True), (0.3, False), (0.05, False)]
    assert top_half_precision(judged) == {"events": 2, "right": 2, "precision": 1.0, "min_confidence": 0.8}


def test_benchmark_reports_precision_and_recall_at_each_threshold():
    records, preds = _gold_and_preds()
    report = confidence_report(records, preds, default_quad_of)
    assert report["level"] == "root" and [r["threshold"] for r in report["thresholds"]] == list(THRESHOLDS)
    at = {r["threshold"]: r for r in report["thresholds"]}
    assert (at[0.0]["precision"], at[0.0]["recall"], at[0.0]["predicted"]) == (0.5, 0.5, 4)
    assert (at[0.5]["precision"], at[0.5]["recall"], at[0.5]["predicted"]) == (1.0, 0.5, 2)
    assert at[0.9]["predicted"] == 1 and report["top_half"]["precision"] == 1.0


def test_threshold_keeps_a_document_label_only_with_an_event_that_carries_it():
    preds = {"d": RecordPrediction("d", [PredEvent(acled_sub_event_type="Armed clash", confidence=0.2)],
                                   label="Armed clash")}
    assert above(preds, 0.1)["d"].label == "Armed clash"
    assert above(preds, 0.5)["d"].label is None and above(preds, 0.5)["d"].events == []


def test_benchmark_report_shows_the_threshold_table_and_curve(tmp_path):
    from coder.benchmark.report import render_html, render_markdown

    records, preds = _gold_and_preds()
    report = {"format": "csv", "gold": "made-up.csv", "records": 4, "records_fully_correct": 2,
              "fully_correct_rate": 0.5, "gold_events": 4, "predicted_events": 4, "records_with_errors": 0,
              "levels": {}, "confidence": confidence_report(records, preds, default_quad_of)}
    markdown = render_markdown(report)
    assert "## Confidence thresholds — root" in markdown and "| ≥ 0.5 | 2 | 1.000 | 0.500 |" in markdown
    assert "most confident half (all; confidence ≥ 0.8" in markdown
    assert "Precision and recall by confidence threshold, root" in render_html(report)


# --------------------------------------------------------------- the sentence's other events

THREAT_AFTER_ATTACK = """Arnor PROPN 2 nsubj
threatened VERB 0 root threaten
Gondor PROPN 2 obj
after SCONJ 6 mark
Rohan PROPN 6 nsubj
attacked VERB 2 advcl attack
Mordor PROPN 6 obj"""


def test_event_under_the_clause_of_an_event_of_another_root_is_marked_below_it(small_codebook):
    found = {e.code: (e, a, m, evs) for e, a, m, evs in scored_events(small_codebook, CALM, THREAT_AFTER_ATTACK)}
    assert set(found) == {"130", "190"}
    threat = event_features(*found["130"][1:3], found["130"][0], found["130"][3])
    attack = event_features(*found["190"][1:3], found["190"][0], found["190"][3])
    assert (threat["competing_root"], threat["below_other_root"]) == (1.0, 0.0)
    assert (attack["competing_root"], attack["below_other_root"]) == (1.0, 1.0)


def test_event_alone_in_its_sentence_has_no_competing_root(small_codebook):
    ev, a, matches, events = only_event(small_codebook, CALM, NAMED)
    features = event_features(a, matches, ev, events)
    assert (features["competing_root"], features["below_other_root"]) == (0.0, 0.0)


def test_source_borrowed_from_a_conjoined_verb_is_further_than_its_own_subject(small_codebook):
    met_and_attacked = """Arnor PROPN 2 nsubj
met VERB 0 root meet
Gondor PROPN 2 obj
and CCONJ 5 cc
attacked VERB 2 conj attack
Mordor PROPN 5 obj"""
    found = {e.code: (e, a, m, evs) for e, a, m, evs in scored_events(small_codebook, CALM, met_and_attacked)}
    attack, a, matches, events = found["190"]
    assert attack.source.code == "ARN"
    assert event_features(a, matches, attack, events)["source_distance"] == pytest.approx(1 / 3)
    own, a, matches, events = only_event(small_codebook, CALM, NAMED)
    assert event_features(a, matches, own, events)["source_distance"] == 0.0


def test_tree_distance_counts_edges_through_the_nearest_common_head():
    s = build_document(THREAT_AFTER_ATTACK).sentences[0]
    assert tree_distance(s, 2, 2) == 0 and tree_distance(s, 6, 5) == 1
    assert tree_distance(s, 1, 7) == 3  # Arnor → threatened → attacked → Mordor
    assert tree_distance(s, 1, 99) == 4  # no such token


OPEN = """  - id: open
    code: "080"
    verbs: [open]
    patterns:
      - {id: open.talks, code: "040", match: [{slot: obj, words: [talks]}], target: "obl:with"}
"""


def test_sense_picked_by_a_pattern_of_a_verb_of_several_roots_is_marked_polysemous(tmp_path, small_codebook):
    book = small_codebook_variant(tmp_path, verbs_add=OPEN)
    opened_talks = """Arnor PROPN 2 nsubj
opened VERB 0 root open
talks NOUN 2 obj
with ADP 5 case
Gondor PROPN 2 obl"""
    ev, a, matches, events = only_event(book, CALM, opened_talks)
    assert (ev.code, ev.pattern_id) == ("040", "open.talks")
    assert event_features(a, matches, ev, events)["polysemous_sense"] == 0.25
    # a specific pattern of a verb of one root ("withdrew troops": 08 either way) is not
    withdrew = """Arnor PROPN 2 nsubj
withdrew VERB 0 root withdraw
troops NOUN 2 obj
from ADP 5 case
Gondor PROPN 2 obl"""
    ev, a, matches, events = only_event(small_codebook, CALM, withdrew)
    assert ev.code == "0874" and event_features(a, matches, ev, events)["polysemous_sense"] == 0.0


SIEGE = """
  - id: besiege
    code: "191"
    verbs: [attack]
"""


def test_a_verb_listed_in_blocks_of_other_roots_is_marked_as_one_the_codebook_is_unsure_of(tmp_path, small_codebook):
    ev, a, matches, events = only_event(small_codebook, CALM, NAMED)  # attack: one block
    assert ev.code[:2] == "19" and event_features(a, matches, ev, events)["blocks_disagree"] == 0.0
    book = small_codebook_variant(tmp_path, verbs_add=SIEGE)  # 191 is root 19 too: no doubt
    ev, a, matches, events = only_event(book, CALM, NAMED)
    assert event_features(a, matches, ev, events)["blocks_disagree"] == 0.0
    book = small_codebook_variant(tmp_path / "2", verbs_add=SIEGE.replace('"191"', '"111"'))
    ev, a, matches, events = only_event(book, CALM, NAMED)
    assert ev.code[:2] == "19" and event_features(a, matches, ev, events)["blocks_disagree"] == 1.0


def test_the_new_features_can_only_lower_confidence():
    assert all(SIGNS[name] == -1 for name in ("competing_root", "below_other_root", "source_distance",
                                              "polysemous_sense", "plover_from_subcode", "other_predicates",
                                              "conjoined_predicate", "target_from_complement",
                                              "blocks_disagree"))
    assert SIGNS["support_noun"] == 1


def test_a_code_whose_plover_category_differs_from_its_root_s_is_marked(small_codebook):
    cameo = small_codebook.cameo
    assert cameo["0874"].plover_event != cameo["080"].plover_event  # retreat militarily vs concede
    withdrew = """Arnor PROPN 2 nsubj
withdrew VERB 0 root withdraw
troops NOUN 2 obj
from ADP 5 case
Gondor PROPN 2 obl"""
    ev, a, matches, events = only_event(small_codebook, CALM, withdrew)
    assert ev.code == "0874" and event_features(a, matches, ev, events)["plover_from_subcode"] == 1.0
    ev, a, matches, events = only_event(small_codebook, CALM, NAMED)  # 190: its own root
    assert event_features(a, matches, ev, events)["plover_from_subcode"] == 0.0


def test_sets_judged_by_an_acled_type_are_printed_but_not_fitted_for_the_event_confidence():
    import importlib.util

    from conftest import ROOT

    spec = importlib.util.spec_from_file_location("calibrate_confidence", ROOT / "benchmarks" / "calibrate_confidence.py")
    calibrate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(calibrate)
    row = {"x": [0.0] * len(FEATURES), "record": "r"}
    data = {"made-up-cameo": ("root", [{**row, "right": ok, "half": "tune"} for ok in (True, False, True)]
                              + [{**row, "right": True, "half": "check"}]),
            "case2021": ("acled_sub_event_type", [{**row, "right": False, "half": "tune"}] * 5)}
    _, sizes = calibrate.fit_sets(data, calibrate.fitted)
    assert sizes == {"made-up-cameo": 3}  # the check half and the ACLED-typed set are left out


def _calibration_script():
    import importlib.util

    from conftest import ROOT

    spec = importlib.util.spec_from_file_location("calibrate_confidence", ROOT / "benchmarks" / "calibrate_confidence.py")
    calibrate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(calibrate)
    return calibrate


def test_the_spanish_records_with_the_shipped_codebook_are_printed_as_one_family_and_not_fitted():
    calibrate = _calibration_script()
    assert calibrate.family("spanish-fight-es") == calibrate.family("spanish-fight") == "spanish-fight"
    assert calibrate.family("petrarch-unit-ud-stanza") == "petrarch-unit-ud" != calibrate.family("petrarch-unit")
    assert "spanish-fight-es" in calibrate.NOT_FITTED and "spanish-fight" not in calibrate.NOT_FITTED


def test_calibration_dump_writes_one_line_per_judged_event_with_its_confidence(tmp_path):
    calibrate = _calibration_script()
    about = {"label": "19", "gold": ["19"], "code": "190", "pattern": "attack", "verb": "attacked",
             "source": None, "target": None, "notes": [], "text": "-"}
    row = {"x": [0.0] * len(FEATURES), "record": "r", "half": "tune", "right": True, "about": about}
    weights = {"intercept": 0.0, "weights": {}}
    calibrate.dump({"made-up-cameo": ("root", [row, {**row, "half": "check"}])}, weights, tmp_path / "e.jsonl")
    lines = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert [(r["set"], r["half"], r["confidence"], r["code"]) for r in lines] == [
        ("made-up-cameo", "tune", 0.5, "190"), ("made-up-cameo", "check", 0.5, "190")]
    assert set(lines[0]["features"]) == set(FEATURES)


def _features_by_code(book, *specs):
    return {e.code: event_features(a, m, e, evs, [e.verb_head for e in evs]) for e, a, m, evs in scored_events(book, *specs)}


def test_each_other_predicate_that_codes_an_act_is_counted(small_codebook):
    features = _features_by_code(small_codebook, CALM, THREAT_AFTER_ATTACK)
    assert features["130"]["other_predicates"] == features["190"]["other_predicates"] == 0.5
    ev, a, matches, events = only_event(small_codebook, CALM, NAMED)
    assert event_features(a, matches, ev, events)["other_predicates"] == 0.0


def test_predicates_set_aside_count_as_other_predicates_when_the_assembly_says_so(small_codebook):
    ev, a, matches, events = only_event(small_codebook, CALM, NAMED)
    assert event_features(a, matches, ev, events, coded=[ev.verb_head, 99, 98, 97])["other_predicates"] == 1.0
    assert event_features(a, matches, ev, events, coded=[ev.verb_head])["other_predicates"] == 0.0


def test_a_verb_conjoined_to_another_is_marked_and_the_first_is_not(small_codebook):
    met_and_attacked = """Arnor PROPN 2 nsubj
met VERB 0 root meet
Gondor PROPN 2 obj
and CCONJ 5 cc
attacked VERB 2 conj attack
Mordor PROPN 5 obj"""
    features = _features_by_code(small_codebook, CALM, met_and_attacked)
    assert features["190"]["conjoined_predicate"] == 1.0
    assert all(f["conjoined_predicate"] == 0.0 for code, f in features.items() if code != "190")


def test_target_from_a_complement_clause_is_marked_apart_from_an_embedded_predicate(small_codebook):
    threat_that = """Arnor PROPN 2 nsubj
threatened VERB 0 root threaten
that SCONJ 5 mark
Gondor PROPN 5 nsubj
suffers VERB 2 ccomp suffer"""
    ev, a, matches, events = only_event(small_codebook, CALM, threat_that)
    assert ev.target.code == "GON"
    features = event_features(a, matches, ev, events)
    assert (features["target_from_complement"], features["target_from_clause"]) == (1.0, 0.0)


def test_events_one_predicate_codes_for_a_list_of_actors_are_counted(small_codebook):
    listed = """Arnor PROPN 4 nsubj
and CCONJ 3 cc
Gondor PROPN 1 conj
attacked VERB 0 root attack
Mordor PROPN 4 obj"""
    found = scored_events(small_codebook, CALM, listed)
    assert sorted(e.source.code for e, *_ in found) == ["ARN", "GON"]
    assert all(event_features(a, m, e, evs)["listed_actors"] == 0.5 for e, a, m, evs in found)
    ev, a, matches, events = only_event(small_codebook, CALM, NAMED)
    assert event_features(a, matches, ev, events)["listed_actors"] == 0.0
