"""ACLED-style fields for coded events, PLOVER fields for CAMEO codes, document typing.

``acled_fields(event, doc, codebook)`` types an event with the codebook's ACLED rules
(``kind: acled`` files) and fills actors, fatalities, date and location from its sentence.
"""

from __future__ import annotations

from typing import Any

from coder.acled.clauses import attributed, own_clause, unrealised
from coder.acled.actors import actor_country, actor_inter, actor_name, external, interaction, unnamed_actor
from coder.acled.dates import event_date
from coder.acled.dedup import dedup
from coder.acled.document import document_sub_event_type
from coder.acled.fatalities import sentence_fatalities
from coder.acled.locations import event_location, in_locative_phrase
from coder.acled.confidence import type_confidence
from coder.acled.rules import TextView, rules_for, typing_basis
from coder.inter import Inter
from coder.lang import builtin_profile

__all__ = ["acled_fields", "plover_fields", "document_sub_event_type", "dedup", "FIELDS"]

FIELDS = ("event_type", "sub_event_type", "disorder_type", "civilian_targeting", "actor1", "assoc_actor_1",
          "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "fatalities", "event_date",
          "time_precision", "iso", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
          "acled_basis", "acled_confidence")
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
UNASSERTED = frozenset({"future", "hypothetical", "refused", "intended"})
PROTEST_ROOT = "14"  # CAMEO: the source itself demonstrates or riots


def organisation_spans(mentions: Any) -> tuple[tuple[int, int], ...]:
    """Spans of named non-country actors ("Islamic State"): their words are not places."""
    return tuple((m.start_char, m.end_char) for m in mentions if m.type != "country" and m.start_char >= 0)


def named_organisations(sentence: Any, doc: Any, codebook: Any) -> tuple[tuple[int, int], ...]:
    """:func:`organisation_spans` of a sentence whose actors the coder has not yet found."""
    from coder.code import sentence_mentions

    if not hasattr(codebook, "actors"):  # a rules-only codebook (tests) names no actors
        return ()
    return organisation_spans(sentence_mentions(sentence, codebook, doc.date))


def acled_fields(event: Any, doc: Any, codebook: Any,
                 organisations: tuple[tuple[int, int], ...] | None = None) -> dict[str, Any]:
    """ACLED columns of one event (None where the text does not give them).
    ``organisations``: the spans of named organisations in the event's sentence, from the
    coder's analysis (found again when not given).

    Negated, future, hypothetical or refused events get no ACLED type: ACLED codes events
    that happened; an act attributed to someone ("accused Iran of bombing") is not reported as
    done."""
    rules = rules_for(codebook)
    sentence = doc.sentences[event.sentence_index]
    source, target = event.source, event.target
    place = _event_place(event, sentence, doc, codebook, organisations)
    inter1 = _source_inter(source, sentence, rules)
    inter2 = actor_inter(target, rules) or phrase_inter(sentence, target.head if target else None, rules)
    rule = _event_rule(event, sentence, rules, inter1, _typing_inter(event, sentence, rules, inter2),
                       getattr(codebook, "profile", None) or builtin_profile())
    sub = rules.sub_type(rule.sub_event_type) if rule else None
    inter1 = external(inter1, source, place.iso, rules)
    inter2 = external(inter2, target, place.iso, rules)
    event_type = sub.event_type if sub else None
    basis = typing_basis(rule) if sub else None
    actor1, assoc1, inter1, actor2, inter2 = _acled_actors(
        event.code, source, inter1, target, inter2, event_type, place, rules,
        _stands_for_place(target, sentence, getattr(codebook, "profile", None)))
    if actor1 is None and sub and sub.unnamed_actor1:  # "was arrested": the police; ACLED needs an actor 1
        actor1, inter1 = unnamed_actor(sub.unnamed_actor1, place.country, rules)
    date, precision = event_date(sentence, doc, getattr(event, "verb_start", -1), getattr(codebook, "profile", None))
    civilian = None
    if sub and "Political violence" in sub.disorder_type and (
            (rule and rule.civilian_targeting) or inter2 == Inter.CIVILIANS):
        civilian = "Civilian targeting"
    fields = {
        "event_type": event_type,
        "sub_event_type": sub.name if sub else None,
        "disorder_type": sub.disorder_type if sub else None,
        "civilian_targeting": civilian,
        "actor1": actor1,
        "assoc_actor_1": assoc1,
        "inter1": inter1,
        "actor2": actor2,
        "assoc_actor_2": None,
        "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "fatalities": (sentence_fatalities(sentence, rules, event.verb_head, getattr(codebook, "profile", None))
                       if sub.fatalities else 0) if sub else None,
        "event_date": date,
        "time_precision": precision,
        # what decided the type, and how likely the type is right (coder.acled.confidence)
        "acled_basis": basis,
        "acled_confidence": type_confidence(getattr(event, "confidence", None), basis),
    }
    fields.update(place.as_fields())
    return fields


def _stands_for_place(target: Any, sentence: Any, profile: Any) -> bool:
    """Whether the target is a place, not a party: one the coder took for lack of another
    ("arrived in Gondor"), or a country named where the targeted thing is ("bombed Kurdish
    positions in northern Iraq": Iraq is not the victim)."""
    if target is None:
        return False
    if target.resolved_from == "place":
        return True
    if target.type != "country" or target.head <= 0 or profile is None:
        return False
    return in_locative_phrase(sentence, sentence.token(target.head), profile.locative_prepositions)


def _acled_actors(code: str, source: Any, inter1: int | None, target: Any, inter2: int | None,
                  event_type: str | None, place: Any, rules: Any, target_is_place: bool = False
                  ) -> tuple[str | None, str | None, int | None, str | None, int | None]:
    """(actor1, assoc_actor_1, inter1, actor2, inter2) as ACLED writes them for an event of this type."""
    violent = event_type in VIOLENT_TYPES
    actor1 = actor_name(source, inter1, place.iso, rules, violent)
    actor2 = actor_name(target, inter2, place.iso, rules, violent)
    if target_is_place:
        # "abducted 30 schoolgirls in Borno": the place stood in for a target the codebook does
        # not name; its state is not the victim. Violence against civilians hits its civilians.
        inter2 = Inter.CIVILIANS if event_type == "Violence against civilians" else None
        actor2 = actor_name(target, inter2, place.iso, rules, violent) if inter2 else None
    if event_type not in ("Protests", "Riots"):
        return actor1, None, inter1, actor2, inter2
    crowd = Inter.RIOTERS if event_type == "Riots" else Inter.PROTESTERS
    crowd_name = rules.inter_names.get(crowd, "{country}").format(country=place.country or "Unknown") \
        if place.country else None
    if source is None or inter1 in (Inter.PROTESTERS, Inter.RIOTERS, Inter.CIVILIANS, None):
        return crowd_name or actor1, None, crowd, actor2, inter2
    if code.startswith(PROTEST_ROOT):
        # "police protested over pay": the police are the crowd; ACLED writes the protesters as
        # actor 1 and the group they belong to as its associated actor
        return crowd_name or actor1, actor1 if crowd_name else None, crowd, actor2, inter2
    if inter2 in (Inter.PROTESTERS, Inter.RIOTERS, Inter.CIVILIANS, None) and (crowd_name or target is not None):
        # "police dispersed the demonstrators": ACLED writes the demonstrators as actor 1
        # and the force that met them as actor 2
        return crowd_name or actor_name(target, crowd, place.iso, rules, violent), None, crowd, actor1, inter1
    return actor1, None, inter1, actor2, inter2


def _event_place(event: Any, sentence: Any, doc: Any, codebook: Any,
                 organisations: tuple[tuple[int, int], ...] | None) -> Any:
    """Where the event happened: places near its verb, the countries of its actors as hints;
    the words of its actors and of named organisations are no places."""
    source, target = event.source, event.target
    hints = tuple(c for c in (actor_country(target), actor_country(source)) if c)
    spans = tuple((a.start_char, a.end_char) for a in (source, target) if a is not None and a.start_char >= 0)
    spans += organisations if organisations is not None else named_organisations(sentence, doc, codebook)
    return event_location(sentence, doc, event.verb_head, hints, spans, getattr(codebook, "profile", None))


def _event_rule(event: Any, sentence: Any, rules: Any, inter1: int | None, inter2: int | None,
                profile: Any) -> Any:
    """The first ACLED event rule the event meets, with cues from its own clause only
    (:func:`~coder.acled.clauses.own_clause`); none for an event that did not happen.

    A nominal event reads its own noun phrase first, then the clause it is an argument of
    ("a car bomb attack killed ten"). Relative clauses describe the background: "captured
    villages near the town that was the scene of a chemical attack" is no chemical attack."""
    if event.negated or event.modality in UNASSERTED or unrealised(sentence, event.verb_head, profile) \
            or attributed(sentence, event.verb_head, rules.attribution_verbs, rules.attribution_objects):
        return None
    has_target = event.target is not None
    code = event.code
    views = [own_clause(sentence, event.verb_head)]
    if event.nominal:  # "assassinations, ambushes and suicide bombings": each noun's own cues
        from coder.code.syntax import phrase_tokens

        views.insert(0, phrase_tokens(sentence, event.verb_head))
        governor = sentence.tokens[event.verb_head - 1].head if 0 < event.verb_head <= len(sentence.tokens) else 0
        if governor:
            views.append(own_clause(sentence, governor))
    for tokens in views:
        rule = rules.first_event_rule(TextView(tokens, rules.cue_indexes), code, inter1, inter2, has_target)
        if rule is not None:
            return _named_means(rule, sentence, event, rules, inter1, inter2) if not event.nominal else rule
    return None


def _named_means(rule: Any, sentence: Any, event: Any, rules: Any, inter1: int | None, inter2: int | None) -> Any:
    """A type that only the actors or the CAMEO family gave ("killing five": an attack) made
    specific by the clause of a predicate reporting the same act ("bombers blew themselves up,
    killing five": a suicide bomb), when that clause's cue rule keeps the disorder type."""
    from coder.acled.clauses import same_act_clauses
    from coder.acled.rules import typing_basis

    if typing_basis(rule) not in ("actors", "family"):
        return rule
    mine = rules.sub_type(rule.sub_event_type)
    for tokens in same_act_clauses(sentence, event.verb_head):
        means = rules.first_event_rule(TextView(tokens, rules.cue_indexes), event.code, inter1, inter2,
                                       event.target is not None)
        theirs = rules.sub_type(means.sub_event_type) if means is not None else None
        if typing_basis(means) == "cue" and theirs is not None and mine is not None \
                and theirs.disorder_type == mine.disorder_type:
            return means
    return rule


def _source_inter(source: Any, sentence: Any, rules: Any) -> int | None:
    """The source's actor type; the words of its phrase where the codebook gives none, or where
    it gives civilians and the words say a crowd ("angry residents", "vigilantes")."""
    inter = actor_inter(source, rules)
    if source is None or inter not in (None, Inter.CIVILIANS):
        return inter
    words = phrase_inter(sentence, source.head, rules)
    if inter == Inter.CIVILIANS:
        return words if words in (Inter.PROTESTERS, Inter.RIOTERS) else inter
    return words


def _typing_inter(event: Any, sentence: Any, rules: Any, inter2: int | None) -> int | None:
    """The target's actor type for typing: the object's words stand in for a target that the
    coder did not find as an actor ("attacked a peaceful demonstration") or found only as a
    place (a place is no one attacked)."""
    target = event.target
    if target is None or getattr(target, "resolved_from", None) == "place":
        return phrase_inter(sentence, object_head(sentence, event), rules) or inter2
    return inter2


def phrase_inter(sentence: Any, head: int | None, rules: Any) -> int | None:
    """ACLED actor type of a phrase the codebook gives no type, from its words ("angry
    villagers" → mob, "the protesters" → protesters); None when no cue matches."""
    if not head or not rules.inter_words or not 0 < head <= len(sentence.tokens):
        return None
    from coder.code.syntax import phrase_tokens

    view = TextView(phrase_tokens(sentence, head), rules.cue_indexes)
    for inter, cues in rules.inter_words:
        if view.has_any(cues):
            return inter
    return None


def object_head(sentence: Any, event: Any) -> int | None:
    """The object of an event verb whose target the coder did not find as an actor ("attacked
    a peaceful demonstration"): the head of its object or passive subject."""
    if event.nominal or not 0 < event.verb_head <= len(sentence.tokens):
        return None
    for child in sentence.children(event.verb_head):
        if child.deprel in ("obj", "nsubj:pass"):
            return child.id
    return None


def plover_fields(code: str, codebook: Any) -> dict[str, Any]:
    """PLOVER event, mode and context of a CAMEO code; codes without a direct entry take
    their parent's (4-digit → 3-digit → root)."""
    for candidate in (code, code[:3], code[:2]):
        entry = codebook.cameo.get(candidate) if candidate else None
        if entry is not None and entry.plover_event:
            return {"plover_event": entry.plover_event, "plover_mode": entry.plover_mode,
                    "plover_context": entry.plover_context}
    return {"plover_event": None, "plover_mode": None, "plover_context": None}
