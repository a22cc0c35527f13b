"""Arguments: the actors in a pattern's slots, and the default target of a predicate whose
pattern does not say where its target is."""

from __future__ import annotations

from coder.copies import replace
from coder.doc import Token
from coder.event import ActorRef
from coder.code.analysis import SentenceAnalysis
from coder.code.predicates import event_noun_blocks, verb_forms_for
from coder.code.references import actors_for, mention_number, possessive_owner, unique_actors
from coder.code.slots import slot_candidates, word_score
from coder.code.subjects import inherited_subject
from coder.code.syntax import case_marker, lemma_of, norm, phrase_tokens


def argument_actors(a: SentenceAnalysis, pred: Token, where: str, role: str,
                    exclude: frozenset[str] = frozenset()) -> list[ActorRef]:
    """Actors in one argument position: ``subj``, ``obj``, ``obl:<prep>``, ``none``."""
    if where == "none":
        return []
    s = a.sentence
    slot, _, prep = where.partition(":")
    candidates = slot_candidates(s, pred, slot, prep or None, a.profile, inherited_subject(a, pred))
    if slot == "subj" and role == "target":  # "+ * (FROM $)": "X was freed from Y" → Y→X
        candidates = [c for c in s.children(pred.id) if c.deprel == "nsubj:pass"] + candidates
    if slot == "obl" and prep:
        candidates = [c for c in candidates if case_marker(s, c) == prep]
    if slot == "obl" and prep and not candidates:  # "asked for support from X"
        candidates = [g for c in slot_candidates(s, pred, "any", None, a.profile)
                      for g in s.children(c.id) if g.base_rel == "nmod" and case_marker(s, g) == prep]
    subjects = [c for c in candidates if c.deprel == "nsubj"]
    if slot == "subj" and len(subjects) > 1 and all(
            any(g.base_rel == "cc" for g in s.children(c.id)) for c in subjects[1:]):
        # a missed coordination: "Israel and the United States attacked", the second
        # subject carrying the "and"
        return unique_actors([x for c in subjects for x in actors_for(a, c.id, role, exclude)])
    for cand in candidates:
        found = actors_for(a, cand.id, role, exclude)
        if found:
            return found
    if slot == "subj" and role == "source" and a.profile.pro_drop and not candidates:
        implied = implied_subject(a, pred)
        return [implied] if implied is not None and implied.code not in exclude else []
    return []


def implied_subject(a: SentenceAnalysis, pred: Token) -> ActorRef | None:
    """A dropped subject (the profile's ``pro_drop``): a finite verb with no subject and no
    reflexive-passive marker takes the actor subject of an earlier clause of the sentence
    whose number agrees, else the first actor of the previous sentence whose number agrees
    (a name's number; a country or a person is singular), as the whole subject phrase it
    sits in names it (``ActorRef.phrase``: "The president of Gondor arrived. [He] met ...")."""
    s = a.sentence
    if pred.feat("VerbForm") != "Fin" or any(
            c.base_rel in ("expl", "obj", "iobj") and (lemma_of(c) in a.profile.reflexive_passive_markers
                                                       or norm(c) in a.profile.reflexive_passive_markers)
            and not _pronominal_clitic(a, pred, c)
            for c in s.children(pred.id)):  # the form: AnCora lemmatizes "se" as "él"
        return None
    number = pred.feat("Number")
    for tok in reversed(s.tokens[: pred.id - 1]):
        if tok.deprel == "nsubj" and tok.head != pred.id and (
                number is None or tok.feat("Number") in (None, number)):
            actors = actors_for(a, tok.id, "source")
            if actors:
                return replace(actors[0], resolved_from="pro-drop")
    if pred.feat("Person") not in (None, "3"):
        return None
    for m in _previous_sentence(a.history):
        if m.resolved_from == "place":
            continue
        m = m.phrase or m  # the whole subject phrase a name sits in: "the president of Gondor"
        if number is None or mention_number(m) in (None, number):
            return replace(m, head=pred.id, text=pred.text, start_char=-1, end_char=-1, resolved_from="pro-drop")
    return None


def _pronominal_clitic(a: SentenceAnalysis, pred: Token, clitic: Token) -> bool:
    """Whether a reflexive clitic belongs to the verb ("se reunió con X", "se manifestaron"),
    no passive: UD's expl:pv, or a verb form of the codebook written with the clitic."""
    return clitic.deprel == "expl:pv" or any(
        form.particle and norm(clitic) in form.particle.split() for form in verb_forms_for(a.sentence, pred, a.codebook))


def _previous_sentence(history: tuple[ActorRef, ...]) -> list[ActorRef]:
    """The actors of the last sentence that named any, in their order (the subject of a
    subject-first clause first): the tail of the history whose token ids rise."""
    out: list[ActorRef] = []
    for m in reversed(history):
        if out and m.head >= out[0].head:
            break
        out.insert(0, m)
    return out


def default_targets(a: SentenceAnalysis, pred: Token, skip: int | None = None,
                    exclude: frozenset[str] = frozenset(), pattern=None) -> list[ActorRef]:
    """Object first, then prepositional arguments in the profile's target order; with the
    ``pattern`` of a block whose object is a thing given or withheld (``theme_object``), not
    an object it names by its words (:func:`described_theme`)."""
    candidates = [c for c in slot_candidates(a.sentence, pred, "obj", None, a.profile) if c.id != skip]
    objects = [c for c in candidates if not _owned_by(a, c, exclude)]
    found = _object_targets(a, objects, exclude)
    if found and pattern is not None and (theme := described_theme(a, pred, pattern, found)):
        return default_targets(a, pred, theme.id, exclude)
    if found:
        return found
    obliques = [c for c in slot_candidates(a.sentence, pred, "obl", None, a.profile) if c.id != skip]
    # an object the source owns is the last resort: "Syria bombed its own people"
    return _oblique_targets(a, obliques, exclude) or _object_targets(a, candidates, exclude)


def described_theme(a: SentenceAnalysis, pred: Token, pattern, targets: list[ActorRef]) -> Token | None:
    """The object the pattern names by its words when the only targets found in it are
    modifiers those words name: "suspended military aid to Gondor" (core.cut.military-aid,
    "military aid") found the agent "military", which says what kind of aid it is, not who
    receives it. None when some target is a name, or the object's head itself. (Only for
    blocks whose object is a thing given or withheld: "attacked the police station" is an
    attack on the police.)"""
    s = a.sentence
    specs = [w for slot in pattern.match if slot.slot == "obj" for w in slot.words if w.modifiers]
    if not specs or not targets or any(t.country or t.type != "agent" for t in targets):
        return None
    for obj in slot_candidates(s, pred, "obj", None, a.profile):
        modifiers = [t for t in phrase_tokens(s, obj.id) if t.id != obj.id]
        named_by = [spec for spec in specs if word_score(s, obj, spec, a.codebook, a.date, a.memo) is not None]
        if named_by and all(any(_described_by(t, modifiers, spec, a) for spec in named_by) for t in targets):
            return obj
    return None


def _described_by(target: ActorRef, modifiers: list[Token], spec, a: SentenceAnalysis) -> bool:
    """Whether the target's words are modifiers of the object that the pattern word names."""
    words = target.text.lower().split()
    named = [t for t in modifiers if t.lower in words and _names_modifier(a, t, spec)]
    return len(named) == len(words)


def _names_modifier(a: SentenceAnalysis, tok: Token, spec) -> bool:
    words = {lemma_of(tok), norm(tok)}
    return any(words & (a.codebook.synsets.get(m, frozenset()) if m.startswith("&") else {m})
               for m in spec.modifiers)


def mutual_parties(a: SentenceAnalysis, pred: Token, block, code: str) -> list[ActorRef]:
    """The actors of a mutual phrase ("fighting between the army and rebels", profile
    prepositions.mutual), when it names two or more and the act is one parties do to each
    other (a reciprocal block, or force): the parties. A mediation "between X and Y" is not."""
    entry = a.codebook.cameo.get(code)
    if not block.reciprocal and (entry is None or entry.quad != 4):
        return []
    for child in a.sentence.children(pred.id):
        if child.base_rel in ("obl", "nmod") and case_marker(a.sentence, child) in a.profile.mutual_prepositions:
            found = actors_for(a, child.id, "source")
            if len(found) > 1:
                return found
    return []


def means_agents(a: SentenceAnalysis, pred: Token, exclude: frozenset[str] = frozenset()) -> list[ActorRef]:
    """The doer of an act of force a predicate happened in or by (profile prepositions.means:
    "killed in an Israeli air strike", "wounded by a Taliban attack", "died in police
    firing"): the actor its adjective, common-noun compound or possessive names, its "by"
    phrase, or the other side of it (prepositions.opponent: "killed in a gunfight with the
    army"); a proper-name compound is as often the place: "a Kabul suicide bombing"."""
    s, p = a.sentence, a.profile
    for phrase in s.children(pred.id):
        if phrase.base_rel != "obl" or case_marker(s, phrase) not in p.means_prepositions \
                or not _act_of_force(a, phrase):
            continue
        for mod in s.children(phrase.id):
            if mod.deprel in ("amod", "nmod:poss") or (mod.deprel == "compound" and mod.upos != "PROPN") or (
                    mod.base_rel == "nmod" and (case_marker(s, mod) == p.agent_preposition
                                                or case_marker(s, mod) in p.opponent_prepositions)):
                found = actors_for(a, mod.id, "source", exclude)
                if found:
                    return found
    return []


def passive_sources(a: SentenceAnalysis, pred: Token) -> list[ActorRef]:
    """The source of an agentless passive aimed at an explicit target, as PETRARCH-2 reads one
    (profile prepositions.passive_target / passive_source): "rockets were fired at X from Y"
    (Y). Only a clause's passive (an auxiliary) with no agent phrase, and only a name heading
    the source phrase, never the target's own actor. Without a target phrase a passive's
    "from" names where someone was taken from ("was recalled/rescued/abducted from Y"), not
    who acted."""
    s, p = a.sentence, a.profile
    if not p.passive_source_prepositions or not any(c.deprel == "aux:pass" for c in s.children(pred.id)):
        return []  # a clause's passive, not a participle ("the curfew imposed in X")
    phrases = [c for c in s.children(pred.id) if c.base_rel in ("obl", "nmod")]
    if any(c.deprel == "obl:agent" or case_marker(s, c) == p.agent_preposition for c in phrases):
        return []  # "... by a stranger": the doer is named, if not as an actor
    targets = frozenset(x.code for c in phrases if case_marker(s, c) in p.passive_target_prepositions
                        for x in actors_for(a, c.id, "target"))
    if not targets:
        return []
    for phrase in phrases:
        if phrase.upos == "PROPN" and not is_time(a, phrase) \
                and case_marker(s, phrase) in p.passive_source_prepositions:  # a name, not "a sector of X"
            found = [x for x in actors_for(a, phrase.id, "source", targets) if x.code not in targets]
            if found:
                return found
    return []


def _act_of_force(a: SentenceAnalysis, noun: Token) -> bool:
    """Whether a noun names an event of material conflict (CAMEO quad class 4)."""
    for block_id, _ in event_noun_blocks(a.sentence, noun, a.codebook):
        entry = a.codebook.cameo.get(a.codebook.blocks[block_id].code)
        if entry is not None and entry.quad == 4:
            return True
    return False


def _owned_by(a: SentenceAnalysis, noun: Token, owners: frozenset[str]) -> bool:
    """Whether a possessive pronoun gives the object to one of ``owners`` (the sources):
    "France recalled its ambassador to Turkey" targets Turkey, not France's ambassador."""
    owner = possessive_owner(a, noun)
    return owner is not None and owner.code in owners


def _object_targets(a: SentenceAnalysis, objects: list[Token], exclude: frozenset[str]) -> list[ActorRef]:
    for cand in objects:
        found = actors_for(a, cand.id, "target", exclude)
        if found:
            return found
    for cand in objects:  # "welcomed a resumption of ties with Osgiliath"
        found = actors_below(a, cand.id, exclude)
        if found:
            return found
    for cand in objects:  # last resort: "criticized the closure of guest houses in Bree"
        found = actors_below(a, cand.id, exclude, places=True)
        if found:
            return found
    return []


def _oblique_targets(a: SentenceAnalysis, obliques: list[Token], exclude: frozenset[str]) -> list[ActorRef]:
    s, p = a.sentence, a.profile
    arguments = [c for c in obliques if not is_time(a, c)]
    for prep in p.target_prepositions:
        if prep in p.non_target_prepositions:
            continue
        for cand in arguments:
            if case_marker(s, cand) == prep:
                found = actors_for(a, cand.id, "target", exclude)
                if found:
                    return found
    for cand in arguments:  # "complained about X", "talks regarding X"
        if case_marker(s, cand) in p.topic_prepositions:
            found = actors_for(a, cand.id, "target", exclude)
            if found:
                return found
    for cand in arguments:  # "broke down relations with Libya", "rose in the dispute with X"
        found = actors_below(a, cand.id, exclude)
        if found:
            return found
    for cand in arguments:  # a place inside an argument: "appealed for peace in Ithilen"
        if case_marker(s, cand) not in p.non_target_prepositions:
            found = actors_below(a, cand.id, exclude, places=True)
            if found:
                return found
    # last resort, as PETRARCH and CAMEO coders do: the place is the target ("criticized
    # the closure ... in Bree", "appealed for peace in Ithilen", "arrived in Gondor");
    # marked, so that a place alone, without a source, makes no event
    for cand in arguments:
        if case_marker(s, cand) in p.locative_prepositions:
            found = actors_for(a, cand.id, "target", exclude)
            if found:
                return [replace(x, resolved_from=x.resolved_from or "place") for x in found]
    return []


def actors_below(a: SentenceAnalysis, head_id: int, exclude: frozenset[str], depth: int = 0,
                 places: bool = False) -> list[ActorRef]:
    """The first actors found in the nominal modifiers of a phrase, nearest first
    (with ``places``, locative modifiers count too)."""
    if depth > 3:
        return []
    s, p = a.sentence, a.profile
    skip = p.non_target_prepositions - p.locative_prepositions if places else p.non_target_prepositions
    # a participle parsed as a clause of the verb ("cordoned off the roads, leading into X")
    # carries its arguments as obl
    rels = ("nmod", "obl") if s.token(head_id).upos == "VERB" else ("nmod",)
    modifiers = [c for c in s.children(head_id)
                 if c.base_rel in rels and case_marker(s, c) not in skip
                 and c.deprel != "nmod:poss" and not is_time(a, c)]
    for clause in s.children(head_id):  # "the roads leading into Mordor"
        if clause.base_rel == "acl" and clause.upos == "VERB":
            modifiers += [c for c in s.children(clause.id)
                          if (c.base_rel in ("obl", "nmod") and case_marker(s, c) not in skip
                              and not is_time(a, c)) or c.base_rel == "obj"]
    for mod in modifiers:
        found = [x for x in actors_for(a, mod.id, "target", exclude) if x.code not in exclude]
        if found:
            return found
    for mod in modifiers:
        found = actors_below(a, mod.id, exclude, depth + 1, places)
        if found:
            return found
    return []


def is_time(a: SentenceAnalysis, tok: Token) -> bool:
    """A time expression ("on Sunday", "last week"), not an argument ("with Libya's years")."""
    return (lemma_of(tok) in a.profile.time_words
            and case_marker(a.sentence, tok) not in a.profile.argument_prepositions)


def clause_actors(a: SentenceAnalysis, clause: Token, exclude: frozenset[str]) -> list[ActorRef]:
    """The first actors of a complement clause: its subject, then its arguments."""
    for rel in ("nsubj", "nsubj:pass"):
        for child in a.sentence.children(clause.id):
            if child.deprel == rel:
                found = [x for x in actors_for(a, child.id, "target", exclude) if x.code not in exclude] \
                    or actors_below(a, child.id, exclude)
                if found:
                    return found
    return default_targets(a, clause, exclude=exclude)

