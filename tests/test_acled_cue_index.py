"""The indexed cue-list test of a span (TextView.has_any) and the rules met by a CAMEO code
answer exactly as testing every cue and every rule one by one."""

from __future__ import annotations

import random
from types import SimpleNamespace

from coder.acled.rules import TextView, compile_cue
from coder.codebook.model import AcledRules, Rule

CUES = ("bomb*", "car bomb*", "ambush", "set fire", "tear-gas", "rocket propelled grenade*",
        "suicide bomb*", "march*", "sit-in", "stab*", "burn*", "mob", "riot*", "hand grenade")
WORDS = ("the", "car", "bombing", "bombs", "an", "ambush", "set", "fire", "to", "tear", "-", "gas",
         "rocket", "propelled", "grenades", "suicide", "bomber", "marched", "sit-in", "stabbed",
         "burning", "mob", "rioters", "hand", "grenade", "village", "of", "Zarnak")


def _view(words: list[str]) -> TextView:
    return TextView([SimpleNamespace(text=w, lemma=w.lower(), deprel="obj") for w in words])


def test_has_any_answers_as_every_cue_tested_one_by_one():
    rng = random.Random(7)
    for _ in range(400):
        view = _view(rng.sample(WORDS, rng.randint(1, 9)))
        cues = tuple(compile_cue(c) for c in rng.sample(CUES, rng.randint(1, 6)))
        assert view.has_any(cues) == any(view.has(c) for c in cues)


def test_has_any_finds_a_phrase_cue_by_its_first_word_form():
    cues = (compile_cue("car bomb*"), compile_cue("mob"))
    assert _view(["a", "car", "bombing", "in", "Zarnak"]).has_any(cues)
    assert not _view(["a", "bombing", "car", "in", "Zarnak"]).has_any(cues)
    assert _view(["tear", "-", "gas"]).has_any((compile_cue("tear-gas"),))


def test_rules_for_a_code_keep_their_order_and_admit_the_code_by_prefix():
    clash = Rule("clash", "t:1", "Armed clash", cameo=("19",))
    air = Rule("air", "t:2", "Air/drone strike", cameo=("195",), cues=(compile_cue("air strike*"),))
    any_code = Rule("any", "t:3", "Attack", cues=(compile_cue("ambush"),))
    protest = Rule("protest", "t:4", "Peaceful protest", cameo=("14",))
    rules = AcledRules(event_rules=(air, clash, any_code, protest))
    assert rules.rules_for_code("1951") == (air, clash, any_code)
    assert rules.rules_for_code("141") == (any_code, protest)
    assert rules.rules_for_code("") == (any_code,)
    view = _view(["an", "ambush", "near", "Zarnak"])
    assert rules.first_event_rule(view, "1951", None, None, True) is clash
    assert rules.first_event_rule(view, "010", None, None, True) is any_code
    assert rules.first_event_rule(_view(["air", "strikes"]), "195", None, None, True) is air


def _one_clause(*words: str) -> str:
    lines = [f"{words[0]} NOUN 0 root"] + [f"{w} NOUN 1 dep" for w in words[1:]]
    return "\n".join(lines)


def test_document_rules_of_a_long_story_match_as_every_rule_tried_on_every_sentence():
    from conftest import build_document

    from coder.acled.document import first_document_rule

    burn = Rule("burn", "t:1", "Arson", cues=(compile_cue("set fire"),), unless=(compile_cue("candle*"),))
    mob = Rule("mob", "t:2", "Mob violence", cues=(compile_cue("mob"),), all=((compile_cue("stab*"),),))
    march = Rule("march", "t:3", "Peaceful protest", cues=(compile_cue("march*"),))
    rules = AcledRules(document_rules=(burn, mob, march))
    stories = [
        ("the village of Zarnak", "a mob gathered", "they stabbed a guard", "rioters set fire to it"),
        ("candles were lit", "rioters set fire to a shop", "nothing more"),
        ("the mob marched", "quiet", "calm"),
        ("quiet", "calm", "nothing"),
    ]
    for sentences in stories:
        doc = build_document(*(_one_clause(*s.split()) for s in sentences))
        views = [TextView(s.tokens) for s in doc.sentences]
        views.append(TextView([t for s in doc.sentences for t in s.tokens]))
        expected = next((r for v in views for r in rules.document_rules if r.text_matches(v)), None)
        assert first_document_rule(doc, rules) is expected
    assert first_document_rule(build_document(*(_one_clause(*s.split()) for s in stories[0])), rules) is burn


def test_a_view_of_tokens_reads_the_words_a_view_of_token_like_words_reads():
    """TextView's built-in reading of Tokens (forms, lemmas, a function word's form as its
    lemma, hyphenated words split) gives what its word-by-word reading of other objects gives."""
    from coder.doc import Token

    rng = random.Random(12)
    rels = ("obj", "case", "det", "nsubj:pass", "punct", "amod", "cc")
    for _ in range(200):
        words = [rng.choice(WORDS + ("Anti-Zarnak", "well-armed", "Mob", "-x-")) for _ in range(rng.randint(0, 8))]
        lemmas = [rng.choice((w.lower(), "", w.upper())) for w in words]
        deprels = [rng.choice(rels) for _ in words]
        tokens = [Token(i + 1, w, l, "NOUN", deprel=r) for i, (w, l, r) in enumerate(zip(words, lemmas, deprels))]
        alike = [SimpleNamespace(text=w, lemma=l, deprel=r) for w, l, r in zip(words, lemmas, deprels)]
        ours, theirs = TextView(tokens), TextView(alike)
        assert ours.words == theirs.words and ours._forms == theirs._forms


def test_a_phrase_cue_is_found_where_its_regular_expression_finds_it():
    """A phrase cue is read over the span's words (no regex compiled per process): the same
    answer as the cue's regular expression over the joined forms and lemmas."""
    rng = random.Random(11)
    cues = [compile_cue(c) for c in CUES + ("bomb* bomb*", "the car", "set fire to", "fire-bomb*",
                                            "tear gas", "of zarnak", "grenade* of")]
    for _ in range(600):
        words = [rng.choice(WORDS) for _ in range(rng.randint(0, 10))]
        view = _view(words)
        for cue in cues:
            if cue.word is not None:
                continue
            expected = any(cue.regex.search(text) for text in view.joined)
            assert TextView._has_phrase(view, cue) == expected, (cue.text, words)
