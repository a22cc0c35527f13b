"""One ACLED sub-event type per document (CASE 2021 style snippets)."""

from __future__ import annotations

from typing import Any, Iterable

from coder.acled.actors import actor_inter
from coder.acled.clauses import asserted_tokens, background_level, without_relative_clauses
from coder.acled.reactions import attribution, diplomatic_reaction
from coder.acled.rules import AcledRules, Rule, TextView, rules_for
from coder.doc import Document
from coder.inter import Inter

NOT_ACLED = "not ACLED"  # a document rule with sub_event_type null matched


def document_sub_event_type(doc: Any, records: Iterable[Any] | None, codebook: Any,
                            prefer: str = "events") -> str | None:
    """The ACLED sub_event_type of a snippet, or None for "not an ACLED event".

    ``prefer="events"`` (default): the type of the snippet's main typed event
    (:func:`main_event`: asserted, in the main clause rather than in background, salient,
    early), which the text's cue rules may only make more specific (:func:`_with_means`); the
    document cue rules type a snippet without a typed event, unless its main event is a
    diplomatic reaction (then no violent type). A rule with a null type marks a non-ACLED
    text such as a natural disaster. ``prefer="rules"`` (the behaviour before events
    decided): the cue rules first, the events when no rule matches.
    """
    rules = rules_for(codebook)
    if prefer not in ("rules", "events"):
        raise ValueError(f"prefer must be 'rules' or 'events', not {prefer!r}")
    if prefer == "events" and attribution(records or [], lambda r: _record_level(doc, r)):
        return None  # who claims, denies or is blamed: an attribution, not the violence itself
    if prefer == "events":
        main = main_event(doc, records or [], rules)
        if main is not None:
            return _with_means(main, doc, codebook, rules)
    # a text without a typed event: its words of acts done (not planned, nor attributed)
    rule = first_document_rule(doc, rules, factual=True,
                               asserted=_profile(codebook) if prefer == "events" else None)
    if rule is not None:
        sub = _refined(rule.sub_event_type, doc, codebook, rules)
        if prefer == "events" and _violent(rules.sub_type(sub)) and diplomatic_reaction(
                doc, records or [], lambda r: _record_level(doc, r)):
            return None  # a reaction to violence, not violence the text reports
        return sub
    main = main_event(doc, records or [], rules)
    return _get(main, "sub_event_type") if main is not None else None


STRATEGIC = "Strategic developments"
CROWD_EVENTS = frozenset({"Protests", "Riots"})
# Types an event rule gives when the event names no means (the default of its CAMEO family):
# the text may say how ("a car bomb") or what kind ("rioters").
GENERIC = frozenset({"Armed clash", "Attack", "Peaceful protest", "Change to group/activity", "Other"})


def _with_means(record: Any, doc: Any, codebook: Any, rules: AcledRules) -> str | None:
    """The main event's type, or the type the document cue rules name (relative clauses left
    out, :func:`first_document_rule`) when the event's own type is generic or less salient and
    both share an ACLED disorder type (or both are changes of territory): the event says that
    fighters killed people (Attack), the text says how (a car bomb). The means never turns an
    arrest or an agreement into violence."""
    sub = _get(record, "sub_event_type")
    mine = rules.sub_type(sub)
    if mine is None or (mine.disorder_type == STRATEGIC and sub not in TERRITORY_FAMILY):
        return sub  # strategic developments differ in kind, not in means
    rule = first_document_rule(doc, rules, factual=True)
    if rule is not None and rule.sub_event_type is None and sub in GENERIC and not _deadly_act(record):
        return None  # "killed" in a text about an earthquake or a fire: no ACLED event
    if rule is None or rule.sub_event_type is None or rule.sub_event_type == sub:
        return sub
    means = _refined(rule.sub_event_type, doc, codebook, rules)
    theirs = rules.sub_type(means)
    if theirs is None or (sub not in GENERIC and theirs.salience <= mine.salience):
        return sub
    if {sub, means} <= TERRITORY_FAMILY:
        return means
    if mine.event_type in CROWD_EVENTS and theirs.event_type not in CROWD_EVENTS:
        return sub  # a riot's stones and projectiles are no artillery
    if mine.event_type == "Protests" and theirs.event_type == "Protests":
        return sub
    return means if _disorders(mine) & _disorders(theirs) else sub


def _profile(codebook: Any) -> Any:
    from coder.lang import builtin_profile

    return getattr(codebook, "profile", None) or builtin_profile()


def _deadly_act(record: Any) -> bool:
    """Whether an event killed people at the hands of an actor ("bandits killed seven people"):
    violence whatever else the text says (drugs, robbery); a text's cue of no ACLED event (a
    disaster, a crime) does not unmake it. Deaths without a doer named by its kind ("were killed
    in a crash", "a gas leak killed ten", a country read from a place name) stay the cue's."""
    return bool(_get(record, "fatalities")) and bool(_get(record, "source_agent"))


def _violent(sub: Any) -> bool:
    return sub is not None and "Political violence" in _disorders(sub)


def _disorders(sub: Any) -> set[str]:
    return {d.strip() for d in sub.disorder_type.split(";")}


def _refined(sub: str | None, doc: Any, codebook: Any, rules: AcledRules) -> str | None:
    """A document rule's type, refined by who took the ground or who was attacked."""
    if sub in TERRITORY_TYPES:  # who took the ground decides which
        taker = territory_taker(doc, codebook, rules)
        if taker is not None:
            return GOV_REGAINS if taker == Inter.STATE_FORCES else NONSTATE_TAKES
    if sub in VIOLENCE_TYPES:  # who was attacked decides between the two
        victim = attack_target(doc, codebook, rules)
        if victim is not None:
            return ATTACK if victim == Inter.CIVILIANS else ARMED_CLASH
    return sub


GOV_REGAINS = "Government regains territory"
NONSTATE_TAKES = "Non-state actor overtakes territory"
TERRITORY_TYPES = frozenset({GOV_REGAINS, NONSTATE_TAKES})
TERRITORY_FAMILY = TERRITORY_TYPES | {"Non-violent transfer of territory"}  # ground changing hands


def territory_taker(doc: Any, codebook: Any, rules: AcledRules) -> int | None:
    """ACLED actor type (inter code) of whoever takes ground in the text: the subject of the
    first territory verb (the rules' ``territory_verbs``: "ISIS fighters recaptured the
    village" → 2), or the agent of a passive one ("the town was retaken by the army" → 1, the
    profile's agent preposition); None when no actor is found."""
    from coder.code.language import profile_of
    from coder.code.syntax import case_marker

    by = profile_of(codebook).agent_preposition if hasattr(codebook, "actors") else ""

    def taker(sentence: Any, child: Any) -> bool:
        return child.deprel in ("nsubj", "obl:agent") or (
            child.base_rel in ("obl", "nmod") and bool(by) and case_marker(sentence, child) == by)

    inter = _first_argument_inter(doc, codebook, rules, rules.territory_verbs, taker)
    if inter is None:
        return None
    return Inter.STATE_FORCES if inter in (Inter.STATE_FORCES, Inter.EXTERNAL) else Inter.REBELS


ATTACK, ARMED_CLASH = "Attack", "Armed clash"
VIOLENCE_TYPES = frozenset({ATTACK, ARMED_CLASH})


def attack_target(doc: Any, codebook: Any, rules: AcledRules) -> int | None:
    """ACLED actor type of whoever is attacked: the object of the first attack verb with a
    known actor (the rules' ``attack_verbs``: "gunmen killed five villagers" → 7), or the
    subject of a passive one."""
    inter = _first_argument_inter(doc, codebook, rules, rules.attack_verbs,
                                  lambda _sentence, child: child.deprel in ("obj", "nsubj:pass"))
    return None if inter is None else (Inter.CIVILIANS if inter == Inter.CIVILIANS else Inter.REBELS)


def _first_argument_inter(doc: Any, codebook: Any, rules: AcledRules, verbs: frozenset[str],
                          is_argument: Any) -> int | None:
    """Inter code of the first known actor in an argument (``is_argument(sentence, child)``)
    of a verb among ``verbs``, sentence by sentence."""
    from coder.code.language import profile_of
    from coder.code.mentions import resolve_actor
    from coder.code.words import lemma_candidates

    if not hasattr(codebook, "actors"):
        return None
    for sentence in doc.sentences:
        for tok in sentence.tokens:
            if tok.upos != "VERB" or not set(lemma_candidates(tok, profile_of(codebook), codebook)) & verbs:
                continue
            for child in sentence.children(tok.id):
                if is_argument(sentence, child):
                    inter = actor_inter(resolve_actor(sentence, child.id, codebook, doc.date), rules)
                    if inter is not None:
                        return inter
    return None


def first_document_rule(doc: Any, rules: AcledRules, factual: bool = False, asserted: Any = None) -> Rule | None:
    """The first document rule matching the earliest sentence that any rule matches;
    the whole text is tried last (cues split across sentences). ``factual``: relative
    clauses (background: "the town that was the scene of a chemical attack") left out.
    ``asserted`` (a language profile): acts planned or attributed left out too
    (:func:`~coder.acled.clauses.asserted_tokens`: "claimed responsibility for the attack",
    "arrested for planning attacks"): what types a text that has no typed event of its own.
    The last document's rule is kept with the rules: its records ask twice (for their type,
    then for their confidence), and a parsed Document never changes."""
    kept = getattr(rules, "cue_indexes", None)
    if type(doc) is not Document or kept is None:
        return _first_document_rule(doc, rules, factual, asserted)
    key = ("document-rule", factual, asserted is not None)
    last = kept.get(key)
    if last is not None and last[0] is doc:
        return last[1]
    rule = _first_document_rule(doc, rules, factual, asserted)
    kept[key] = (doc, rule)
    return rule


def _first_document_rule(doc: Any, rules: AcledRules, factual: bool, asserted: Any = None) -> Rule | None:
    if asserted is not None:
        spans = [asserted_tokens(s, asserted, rules.attribution_verbs, rules.attribution_objects) for s in doc.sentences]
    else:
        spans = [without_relative_clauses(s, 0) if factual else s.tokens for s in doc.sentences]
    views = [TextView(tokens, rules.cue_indexes) for tokens in spans]
    candidates = rules.document_rules
    if len(views) > 1:
        whole = TextView([tok for tokens in spans for tok in tokens], rules.cue_indexes)
        if len(views) > 2:  # a story of many sentences (a pass over the rules pays off)
            # a sentence holds a subset of the text's words and phrases: a rule whose cues
            # the whole text lacks matches no sentence (only its 'unless' cues can differ)
            candidates = tuple(rule for rule in candidates if _cues_present(rule, whole))
        views.append(whole)
    for view in views:
        for rule in candidates:
            if rule.text_matches(view):
                return rule
    return None


def _cues_present(rule: Rule, view: TextView) -> bool:
    """Whether a rule's own cues and each of its 'all' groups are in the view (what
    :meth:`Rule.text_matches` asks, but its 'unless' cues)."""
    return (not rule.cues or view.has_any(rule.cues)) and all(view.has_any(group) for group in rule.all)


# How an event's place weighs against its type's salience when the main event is chosen.
BACKGROUND_WEIGHT = 20  # per step away from the main clause
SENTENCE_WEIGHT = 4  # per sentence after the first
BACKGROUND_CAP = 4


def main_event(doc: Any, records: Iterable[Any], rules: AcledRules) -> Any:
    """The snippet's main typed event (a record): asserted events only (not negated, future
    or hypothetical); the best score of the type's salience less its distance from the main
    clause (:func:`~coder.acled.clauses.background_level`) and its sentence's distance from
    the lead: a background sentence does not win by coming first, nor a salient word in a
    relative clause over the main event."""
    best: tuple[float, int] | None = None
    chosen = None
    for n, record in enumerate(records):
        sub = _get(record, "sub_event_type")
        if not sub or _get(record, "negated") or _get(record, "modality"):
            continue
        typ = rules.sub_type(sub)
        index = _get(record, "sentence_index") or 0
        level = min(_record_level(doc, record), BACKGROUND_CAP)
        score = (typ.salience if typ else 0) - BACKGROUND_WEIGHT * level - SENTENCE_WEIGHT * index
        if best is None or (score, -n) > best:
            best, chosen = (score, -n), record
    return chosen


def main_event_type(doc: Any, records: Iterable[Any], rules: AcledRules) -> str | None:
    """The sub_event_type of :func:`main_event`."""
    main = main_event(doc, records, rules)
    return _get(main, "sub_event_type") if main is not None else None


def _record_level(doc: Any, record: Any) -> int:
    """:func:`background_level` of a record's predicate; a nominal event one level deeper."""
    sentence = _sentence_of(doc, record)
    head = _head_of(sentence, record) if sentence is not None else None
    return background_level(sentence, head) + bool(_get(record, "nominal")) if head else 0


def _sentence_of(doc: Any, record: Any) -> Any:
    sentences = getattr(doc, "sentences", ())
    index = _get(record, "sentence_index") or 0
    return sentences[index] if 0 <= index < len(sentences) else None


def _head_of(sentence: Any, record: Any) -> int | None:
    """The token id of a record's predicate, found by its character offset."""
    start = _get(record, "verb_start")
    if start is None or start < 0:
        return None
    return next((t.id for t in sentence.tokens if t.start_char == start), None)


def _get(record: Any, name: str) -> Any:
    return record.get(name) if isinstance(record, dict) else getattr(record, name, None)
