"""coder.copies.replace gives what dataclasses.replace gives, field for field."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import pytest
from conftest import build_sentence

from coder.copies import replace
from coder.doc import Token
from coder.event import ActorRef, Event


def same(a, b) -> bool:
    return type(a) is type(b) and all(getattr(a, f.name) == getattr(b, f.name) for f in dataclasses.fields(a))


def test_a_changed_token_recomputes_its_derived_fields():
    tok = Token(3, "Zarnakis", "Zarnaki", "PROPN", deprel="nsubj:pass", head=2)
    for changes in ({"head": 1, "deprel": "obl:agent"}, {"text": "Orvelians", "lemma": ""}, {}):
        ours, theirs = replace(tok, **changes), dataclasses.replace(tok, **changes)
        assert same(ours, theirs) and ours == theirs
        assert (ours.base_rel, ours.lower, ours.lemma_lower) == (theirs.base_rel, theirs.lower, theirs.lemma_lower)
    assert tok.deprel == "nsubj:pass"  # the original is untouched


def test_events_and_actors_copy_every_field():
    actor = ActorRef("GONMIL", "Gondor troops", 2, entries=("a.yaml:1",))
    ev = Event("d1", 0, "190", "p", "r", 3, "attacked", source=actor, notes=("x",))
    assert same(replace(ev, confidence=0.25), dataclasses.replace(ev, confidence=0.25))
    assert same(replace(actor, code="GON"), dataclasses.replace(actor, code="GON"))


def test_a_sentence_drops_what_it_remembered_and_rebuilds_its_dependents():
    sentence = build_sentence("""
        Rebels NOUN 2 nsubj
        fled VERB 0 root
        Zarnak PROPN 2 obl""")
    sentence.memo["x"] = 1
    assert sentence.texts
    moved = tuple(replace(t, head=1, deprel="nmod") if t.id == 3 else t for t in sentence.tokens)
    ours, theirs = replace(sentence, tokens=moved), dataclasses.replace(sentence, tokens=moved)
    assert same(ours, theirs) and ours.memo == {} and ours.children(1) == theirs.children(1) == (moved[2],)


def test_fields_init_does_not_take_get_their_defaults_and_errors_stay():
    @dataclass(frozen=True)
    class Counted:
        name: str
        seen: list = field(default_factory=list, init=False)
        kind: str = field(default="plain", init=False)

    item = Counted("a")
    object.__setattr__(item, "kind", "odd")
    item.seen.append(1)
    ours = replace(item, name="b")
    assert (ours.name, ours.seen, ours.kind) == ("b", [], "plain")
    with pytest.raises((TypeError, ValueError)):
        replace(item, kind="x")  # not an init field: dataclasses.replace refuses it
    with pytest.raises(TypeError):
        replace(item, colour="red")


def test_a_frozen_entry_with_fields_read_from_its_class_defaults_is_copied_with_them():
    from coder.codebook.model import VerbBlock

    pattern = object.__new__(VerbBlock)  # only some fields in its __dict__: light, speech … at their class default
    pattern.__dict__.update({"id": "b", "code": "010", "patterns": (), "ref": "v.yaml:3"})
    for changes in ({"code": "100", "light": False}, {}):
        ours, theirs = replace(pattern, **changes), dataclasses.replace(pattern, **changes)
        assert same(ours, theirs) and ours == theirs


def test_a_codebook_record_is_copied_with_its_own_replace():
    from coder.codebook.model import Pattern, SlotSpec, WordSpec

    pattern = Pattern.of(id="b.1", code="010", block="b", match=(SlotSpec("obj", None, (WordSpec.of("aid"),)),))
    copy = replace(pattern, code="100", reverse=None)
    assert type(copy) is Pattern and copy == pattern._replace(code="100")
    assert copy.specificity == pattern.specificity == 12


def test_a_tokens_features_by_name_give_the_first_value_of_a_name():
    tok = Token(1, "fled", "flee", "VERB", feats=(("Tense", "Past"), ("VerbForm", "Fin"), ("Tense", "Pres")))
    assert (tok.feat("Tense"), tok.feat("VerbForm"), tok.feat("Mood")) == ("Past", "Fin", None)
    assert replace(tok, feats=(("VerbForm", "Part"),)).feat("VerbForm") == "Part"
    assert Token(2, "x", "x", "X").feat("Tense") is None


def test_a_sentences_subtree_is_each_descendant_once_in_surface_order():
    """Sentence.subtree: every dependent at once (no relations to stop at), or word by word
    (relations to stop at), the same words as a plain walk down the heads gives."""
    import random

    from coder.doc import Sentence

    rng = random.Random(7)
    for _ in range(300):
        n = rng.randint(1, 12)
        heads = [0] + [rng.randint(0, n) for _ in range(n - 1)]
        rng.shuffle(heads)
        heads = [h if h != i + 1 else 0 for i, h in enumerate(heads)]  # no word its own head (cycles allowed)
        rels = [rng.choice(("nsubj", "obj", "conj", "acl:relcl", "punct")) for _ in range(n)]
        s = Sentence("d", 0, "x", tuple(Token(i + 1, f"w{i}", f"w{i}", "NOUN", head=h, deprel=r)
                                         for i, (h, r) in enumerate(zip(heads, rels))))
        for stop in (frozenset(), frozenset({"conj", "acl"})):
            for top in range(1, n + 1):
                seen, frontier = {top}, [top]
                while frontier:
                    for t in s.tokens:
                        if t.head == frontier[-1] and t.id not in seen and t.base_rel not in stop:
                            seen.add(t.id)
                            frontier.insert(0, t.id)
                    frontier.pop()
                assert [t.id for t in s.subtree(top, stop)] == sorted(seen)


def test_a_cached_property_is_computed_once_and_kept_with_the_object():
    from coder.cached import cached_property

    class Words:
        calls = 0

        @cached_property
        def joined(self) -> str:
            Words.calls += 1
            return "a b"

    w = Words()
    assert (w.joined, w.joined, Words.calls) == ("a b", "a b", 1)
    assert w.__dict__["joined"] == "a b" and isinstance(Words.__dict__["joined"], cached_property)
