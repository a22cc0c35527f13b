"""The coder's shortcuts answer exactly what the long way answers: verb patterns skipped by
the heads their slots accept, phrase lookups cut to the words a phrase can reach and
remembered, mentions found once per sentence, fatality cue prefixes. Randomized over
hand-built sentences with made-up places (fixed seeds)."""

from __future__ import annotations

import pickle
import random

import pytest

from coder.code.analysis import analyse
from coder.code.mentions import find_mentions, resolve_actor
from coder.code.predicates import best_verb_pattern, pattern_score, verb_forms_for
from coder.code.slots import sentence_patterns
from coder.code.syntax import phrase_tokens
from coder.doc import Sentence, Token

from tests.conftest import build_sentence, small_codebook_variant

VERBS = """
  - id: assail
    code: "190"
    verbs: [assail, strike]
    patterns:
      - {id: assail.troops, code: "193", match: [{slot: obj, words: ["&MILITARY"]}]}
      - {id: assail.town-with, code: "195", match: [{slot: obj, words: [town, village]}, {slot: obl, prep: with, words: [rockets, shells]}]}
      - {id: assail.town, code: "194", match: [{slot: obj, words: [town]}]}
      - {id: assail.by-army, code: "196", match: [{slot: subj, words: [army]}, {slot: obj, words: ["*"]}]}
      - {id: assail.on, code: "180", match: [{slot: obl, prep: "on", words: [border, road]}]}
      - {id: assail.any-with, code: "181", match: [{slot: obl, prep: with, words: ["*"]}]}
"""

ACTORS = """kind: actors
entries:
  - {names: [Arnor, Arnorian], code: ARN, type: country, country: ARN}
  - {names: [Gondor, Gondorian, Minas Tirith], code: GON, type: country, country: GON}
  - {names: [Free People, Free People of Dale, Free People of the North], code: DALREB, type: organization, country: DAL}
  - {names: [People of the Mark, People], code: ROHPOP, type: organization, country: ROH}
  - {names: [North Watch, Watch of the North Road], code: ARNMIL, type: organization, country: ARN}
  - {names: [Dale], code: DAL, type: country, country: DAL}
"""

WORDS = ["Free", "People", "Peoples", "Roads", "Watches", "of", "the", "North", "Dale", "Mark", "Watch", "Road", "Arnor", "Gondor",
         "Minas", "Tirith", "troops", "town", "village", "rockets", "shells", "army", "border", "road",
         "soldier", "police", "with", "on", "and", "a"]


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    return small_codebook_variant(tmp_path_factory.mktemp("shortcuts"), verbs_add=VERBS,
                                  files={"actors.yaml": ACTORS})


def random_sentence(rng: random.Random, n: int) -> Sentence:
    """A verb ("assailed") with random dependents; every word hangs on the verb or on the
    word before it, under relations the slots read."""
    rels = ["nsubj", "obj", "obl", "nmod", "compound", "det", "case", "conj", "flat", "amod"]
    verb = rng.randrange(1, n + 1)
    lines = []
    for i in range(1, n + 1):
        if i == verb:
            lines.append(f"{rng.choice(['assailed', 'struck'])} VERB 0 root {rng.choice(['assail', 'strike'])}")
            continue
        word = rng.choice(WORDS)
        upos = "PROPN" if word[0].isupper() else rng.choice(["NOUN", "NOUN", "ADP", "DET"])
        head = verb if rng.random() < 0.5 or i == 1 else i - 1
        if head == i:
            head = verb
        lines.append(f"{word} {upos} {head} {rng.choice(rels)}")
    return build_sentence("\n".join(lines))


def brute_best_pattern(sentence: Sentence, token: Token, book, inherited):
    """The best pattern found by scoring every pattern of every block (no index, no gates,
    no early stop)."""
    best = None
    for form in verb_forms_for(sentence, token, book):
        bonus = 5 if (form.particle or form.preword) else 0
        for pattern in book.blocks[form.block].patterns:
            score = pattern_score(sentence, token, pattern, book, inherited, {})
            if score is not None and (best is None or score + bonus > best[1]):
                best = (pattern.id, score + bonus)
    return best


def test_indexed_pattern_search_finds_the_pattern_scoring_every_pattern_finds(book):
    rng = random.Random(12)
    tried = matched = 0
    for _ in range(300):
        s = random_sentence(rng, rng.randint(2, 9))
        memo: dict = {}
        for tok in s.tokens:
            for inherited in (None, 1):
                found = best_verb_pattern(s, tok, book, inherited, memo)
                want = brute_best_pattern(s, tok, book, inherited)
                assert ((found.pattern.id, found.specificity) if found else None) == want, s.text
                tried += 1
                matched += want is not None and want[0].startswith("assail.")
    assert matched > 20 and tried > 1000  # the sentences did reach specific patterns


def test_a_sentence_visits_only_patterns_some_of_its_words_can_fill(book):
    s = build_sentence("""
        Gondor PROPN 2 nsubj
        assailed VERB 0 root assail
        the DET 4 det
        town NOUN 2 obj
    """)
    visited = [p.id for p, _ in sentence_patterns(s, "assail", book, {})]
    assert "assail.town" in visited
    assert "assail.troops" not in visited  # no soldier, troops or army in the sentence
    assert "assail.town-with" not in visited  # nothing 'with' rockets or shells


def naive_mentions(sentence: Sentence, tokens: list[Token], book, index_name: str):
    """Longest phrases left to right over whole runs, looked up at every word."""
    from coder.code.words import name_form, singular

    index = getattr(book, index_name)
    profile = book.profile
    runs: list[list[Token]] = []
    for tok in tokens:
        if runs and runs[-1][-1].id == tok.id - 1:
            runs[-1].append(tok)
        else:
            runs.append([tok])
    out = []
    for run in runs:
        raw = [name_form(t.text, profile) for t in run]
        words = [w.lower() for w in raw]
        lemmas = [singular(t, profile) if r == t.text else w for t, r, w in zip(run, raw, words)]
        i = 0
        while i < len(run):
            found = index.longest_at(words[i:], raw[i:], lemmas[i:])
            if found is None:
                i += 1
                continue
            out.append((found[1], run[i].id, run[i + found[0] - 1].id))
            i += found[0]
    return out


def test_mentions_found_through_the_sentence_memo_are_those_of_a_lookup_at_every_word(book):
    rng = random.Random(7)
    names = 0
    for _ in range(300):
        s = random_sentence(rng, rng.randint(2, 12))
        memo: dict = {}
        head_ids = [t.id for t in s.tokens]
        rng.shuffle(head_ids)
        for index_name in ("actors", "agents"):
            everything = list(s.tokens)
            got = find_mentions(s, everything, 1, book, index_name, memo)
            assert [(m.entry, m.start, m.end) for m in got] == naive_mentions(s, everything, book, index_name)
            names += len(got)
            for head in head_ids:  # phrases in any order, sharing the memo
                tokens = phrase_tokens(s, head)
                got = find_mentions(s, tokens, head, book, index_name, memo)
                assert [(m.entry, m.start, m.end) for m in got] == naive_mentions(s, tokens, book, index_name)
    assert names > 100


def test_an_actor_resolved_through_the_memo_is_the_actor_resolved_afresh(book):
    from coder.code.mentions import _resolve_phrase

    rng = random.Random(3)
    named = 0
    for _ in range(150):
        s = random_sentence(rng, rng.randint(2, 10))
        memo: dict = {}
        for tok in s.tokens:
            assert resolve_actor(s, tok.id, book, None, memo) == resolve_actor(s, tok.id, book, None)
            assert resolve_actor(s, tok.id, book, None, memo) == resolve_actor(s, tok.id, book, None, memo)
            # a phrase the name heads rule out is one the long way finds nobody in
            long_way = _resolve_phrase(s, tok.id, book, None, {("name-heads",): None})
            assert _resolve_phrase(s, tok.id, book, None, memo) == long_way
            named += long_way is not None
    assert named > 50


def test_a_sentence_analysis_travels_without_its_memo(book):
    s = build_sentence("""
        Free PROPN 2 compound
        People PROPN 3 nsubj
        assailed VERB 0 root assail
        Dale PROPN 3 obj
    """)
    a = analyse(s, book)
    assert a.memo  # name forms and lookups were remembered while analysing
    copy = pickle.loads(pickle.dumps(a))
    assert copy.memo == {} and copy == a and copy.mentions == a.mentions


def test_fatality_cues_match_words_exactly_and_starred_cues_by_prefix():
    from coder.acled.fatalities import _cues, _is
    from coder.codebook.acled_rules import compile_cue

    cues = _cues((compile_cue("dead"), compile_cue("kill*")))
    word = lambda text, lemma: Token(1, text, lemma, "NOUN")  # noqa: E731
    assert _is(word("killings", "killing"), cues)
    assert _is(word("Dead", "dead"), cues)
    assert not _is(word("deadline", "deadline"), cues)
    assert not _is(word("skill", "skill"), cues)


def test_a_phrase_cue_missing_a_word_of_the_view_is_refused_as_its_regex_refuses_it(book):
    from coder.acled.rules import TextView

    rules = book.acled
    cues = {c.text: c for rule in rules.event_rules for c in (*rule.cues, *rule.unless, *(x for g in rule.all for x in g))
            if c.word is None}
    assert len(cues) > 20
    vocabulary = sorted({w.rstrip("*") for text in cues for w in text.replace("-", " ").split()})
    rng = random.Random(5)
    agreed = 0
    for _ in range(300):
        words = [rng.choice(vocabulary + ["-", "the", "fired", "rockets", "bombing"]) for _ in range(rng.randint(1, 8))]
        tokens = [Token(i + 1, w, w, "NOUN", deprel="obj") for i, w in enumerate(words)]
        view = TextView(tokens)
        for cue in cues.values():
            by_regex = any(cue.regex.search(text) for text in view.joined)
            assert view.has(cue) == by_regex, (cue.text, words)
            agreed += by_regex
    assert agreed > 50  # the spans did hold cues


def test_a_word_in_a_locative_modifier_read_upwards_is_one_of_the_sentences_locative_ids(book):
    from coder.code.syntax import in_locative_modifier, locative_ids

    rng = random.Random(9)
    words = WORDS + ["in", "near", "at"] * 10  # locative prepositions (the profile's) often
    inside = 0
    for _ in range(400):
        n = rng.randint(2, 10)
        order = rng.sample(range(1, n + 1), n)  # each word hangs on one placed before it: a tree
        heads = {i: (0 if k == 0 else rng.choice(order[:k])) for k, i in enumerate(order)}
        s = build_sentence("\n".join(
            f"{rng.choice(words)} NOUN {heads[i]} {'root' if not heads[i] else rng.choice(['obl', 'nmod', 'case', 'obj'])}"
            for i in range(1, n + 1)))
        located = locative_ids(s, book.profile)
        for tok in s.tokens:
            assert in_locative_modifier(s, book.profile, tok.id) == (tok.id in located), s.text
        inside += len(located)
    assert inside > 50


def test_words_that_fit_no_verb_nor_event_noun_give_the_predicates_of_the_long_way(book, monkeypatch):
    from coder.code import predicates

    rng = random.Random(4)
    sentences = [random_sentence(rng, rng.randint(2, 10)) for _ in range(150)]

    def readings():
        return [[(tuple(predicates.verb_forms_for(s, t, book)), tuple(predicates.event_noun_blocks(s, t, book)),
                  predicates.find_predicates(analyse(s, book)).get(t.id)) for t in s.tokens] for s in sentences]

    fast = readings()
    monkeypatch.setattr(predicates, "_word_fits", lambda token, codebook: (True, True))  # every word read
    assert fast == readings()
    assert any(r[0] for found in fast for r in found)
