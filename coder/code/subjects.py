"""The subject a predicate without one of its own shares with another: control ("agreed to
meet"), conjoined verbs ("attacked and burned"), relative clauses ("forces which attacked")."""

from __future__ import annotations

from coder.doc import Token
from coder.code.analysis import SentenceAnalysis
from coder.code.mentions import resolve_actor
from coder.code.slots import passive_complement_controllers
from coder.code.syntax import lemma_of, marked_with


# a word heading a clause is its verb even when tagged otherwise ("Obama wants/NOUN Putin to ...")
CLAUSE_RELS = frozenset({"root", "ccomp", "xcomp", "conj", "advcl", "parataxis"})


def inherited_subject(a: SentenceAnalysis, pred: Token) -> int | None:
    """The token id of the subject ``pred`` inherits, or None (it has its own, or none)."""
    s = a.sentence
    if passive_complement_controllers(s, pred, a.profile):
        return None  # "two youths got killed": the youths are killed, they kill no one
    current = pred
    for _ in range(6):
        own = [c for c in s.children(current.id) if c.deprel in ("nsubj", "obl:agent")]
        if own and current is not pred:
            return own[0].id
        if own:
            if lemma_of(own[0]) in a.profile.relative_subjects and current.base_rel == "acl" and current.head:
                return current.head  # "the SDF, which was calling for ..." → the SDF
            return None
        if commanded_object(a, current) is not None:
            current = s.token(command_of(a, current))  # "ordered troops to attack": the orderer
            continue
        if current.base_rel == "xcomp" and current.head:
            governor = s.token(current.head)
            # "issued a statement condemning X", parsed as an open complement: the issuer
            # "held their first/obj meeting/xcomp with X": an object naming no one controls nothing
            controller = [c for c in s.children(governor.id) if c.base_rel in ("obj", "iobj")
                          and not _authorless_document(a, c) and _may_act(a, c)]
            if controller and (governor.upos == "VERB" or governor.base_rel in CLAUSE_RELS):
                return controller[0].id  # object control: "urged Eriador to respond" → Eriador
            passive = [c for c in s.children(governor.id) if c.deprel == "nsubj:pass"]
            if passive:
                return passive[0].id  # "Gollum was seen to break into …", "X was asked to leave"
            current = governor
            continue
        # csubj without a subject of its own is a parser slip for "is about to restore"
        if current.base_rel in ("conj", "advcl", "csubj") and current.head:
            current = s.token(current.head)
            continue
        if current.base_rel == "acl" and current.head:
            noun = s.token(current.head)
            infinitive = marked_with(s, current, a.profile.infinitive_marker)
            if infinitive and resolve_actor(s, noun.id, a.codebook, a.date, a.memo) is not None:
                return noun.id  # "urged Eriador to respond" parsed as acl: Eriador responds
            if infinitive and noun.base_rel in ("obj", "nsubj") and noun.head:
                current = s.token(noun.head)  # "Arnor announced plans to attack": Arnor
                continue
            if noun.base_rel == "obj" and _authorless_document(a, noun) and noun.head:
                current = s.token(noun.head)  # "issued a statement condemning X": the issuer
                continue
            # a participle modifies its noun ("forces attacking X"); a past one is passive
            return current.head if current.feat("VerbForm") != "Part" or current.feat("Tense") != "Past" else None
        return None
    return None


def command_of(a: SentenceAnalysis, pred: Token) -> int | None:
    """The verb of command (the profile's ``command_verbs``) whose object is ordered to do
    ``pred``: "ordered troops/obj to attack/xcomp", also parsed as an infinitive on the
    object ("ordered troops/obj to attack/acl")."""
    s = a.sentence
    if not pred.head or not a.profile.command_verbs:
        return None
    if pred.base_rel == "xcomp":
        verb = s.token(pred.head)
    elif pred.base_rel == "acl" and s.token(pred.head).base_rel in ("obj", "iobj") \
            and marked_with(s, pred, a.profile.infinitive_marker) and s.token(pred.head).head:
        verb = s.token(s.token(pred.head).head)
    else:
        return None
    return verb.id if lemma_of(verb) in a.profile.command_verbs else None


def commanded_object(a: SentenceAnalysis, pred: Token) -> Token | None:
    """The object a verb of command orders to do ``pred`` ("ordered the paper to suspend
    publication": the paper), when the commanding verb has a subject of its own or inherits
    one; None otherwise (a passive "troops were ordered to attack": the troops act)."""
    verb_id = command_of(a, pred)
    if verb_id is None:
        return None
    s = a.sentence
    objects = [c for c in s.children(verb_id) if c.base_rel in ("obj", "iobj")]
    if pred.base_rel == "acl":
        objects = [s.token(pred.head)]
    if not objects or any(c.deprel == "nsubj:pass" for c in s.children(verb_id)):
        return None
    return objects[0]


def _may_act(a: SentenceAnalysis, noun: Token) -> bool:
    """Whether an object can be the one who acts: a pronoun, a name, or a phrase naming an
    actor or agent."""
    return noun.upos in ("PRON", "PROPN") or resolve_actor(a.sentence, noun.id, a.codebook, a.date, a.memo) is not None


def _authorless_document(a: SentenceAnalysis, noun: Token) -> bool:
    """A statement, letter or resolution whose phrase names no actor ("issued a statement
    condemning X": the issuer's; "read a letter from Putin urging Y": Putin's, not the reader's;
    "vetoed a UN resolution condemning X": the UN's)."""
    return lemma_of(noun) in a.profile.document_nouns and resolve_actor(
        a.sentence, noun.id, a.codebook, a.date, a.memo) is None
