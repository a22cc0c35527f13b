"""A reduced passive relative ("a report released on Tuesday", "warplanes backed by X"): the
noun the participle modifies is what the act is done to, the object its patterns read
(coder.code.slots). Hand-built parses, made-up names."""

from __future__ import annotations

from dataclasses import replace

from coder.code.slots import reduced_passive_relative, slot_candidates
from coder.lang import load_profile
from conftest import build_sentence

PAST_PARTICIPLE = (("Tense", "Past"), ("VerbForm", "Part"))


def _with_participle(spec: str, token_id: int):
    s = build_sentence(spec)
    tokens = tuple(replace(t, feats=PAST_PARTICIPLE) if t.id == token_id else t for t in s.tokens)
    return replace(s, tokens=tokens)


def test_the_noun_of_a_reduced_passive_relative_fills_its_object_slot():
    # "Gondor rejected a plan proposed by Mordor"
    s = _with_participle("""
        Gondor PROPN 2 nsubj
        rejected VERB 0 root reject
        a DET 4 det
        plan NOUN 2 obj
        proposed VERB 4 acl propose
        by ADP 7 case
        Mordor PROPN 5 obl""", 5)
    profile = load_profile("en")[0]
    assert reduced_passive_relative(s, s.token(5))
    assert [t.id for t in slot_candidates(s, s.token(5), "obj", None, profile)] == [4]
    assert [t.id for t in slot_candidates(s, s.token(5), "subj", None, profile)] == [7]


def test_an_active_participle_or_one_with_its_own_object_keeps_its_own():
    # "forces attacking/acl Arnor": present, active; "a plan giving/acl Gondor aid": its object
    s = build_sentence("""
        forces NOUN 3 nsubj force
        attacking VERB 1 acl attack
        fled VERB 0 root flee""")
    s = replace(s, tokens=tuple(replace(t, feats=(("Tense", "Pres"), ("VerbForm", "Part"))) if t.id == 2 else t
                                for t in s.tokens))
    profile = load_profile("en")[0]
    assert not reduced_passive_relative(s, s.token(2))
    assert slot_candidates(s, s.token(2), "obj", None, profile) == []
    own = _with_participle("""
        a DET 2 det
        plan NOUN 0 root
        handed VERB 2 acl hand
        Gondor PROPN 3 obj""", 3)
    assert [t.id for t in slot_candidates(own, own.token(3), "obj", None, profile)] == [4]
