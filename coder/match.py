"""Matching codebook entries on a parsed sentence: actors, predicates, verb patterns.

Pure functions over a :class:`~coder.doc.Sentence` and a loaded
:class:`~coder.codebook.Codebook`; no I/O and no module-level mutable state.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from coder.codebook import ActorEntry, AgentEntry, Codebook, Pattern, SlotSpec, VerbForm, WordSpec
from coder.doc import Sentence, Token
from coder.event import ActorRef

# Relations that leave a noun phrase: their subtrees are separate phrases or clauses.
PHRASE_STOP = frozenset({"acl", "advcl", "ccomp", "parataxis", "conj", "cc", "punct", "appos",
                         "dep", "list", "xcomp", "csubj", "discourse", "orphan", "reparandum"})
SUBJECT_RELS = ("nsubj",)
OBJECT_RELS = ("obj", "iobj")
OBLIQUE_RELS = ("obl", "nmod", "advcl")
TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                        "today", "yesterday", "tomorrow", "week", "month", "year", "day", "night",
                        "morning", "evening", "weekend", "quarter", "time", "hour", "minute",
                        "january", "february", "march", "april", "may", "june", "july", "august",
                        "september", "october", "november", "december"})
UNKNOWN_COUNTRY = "---"
NOMINAL_UPOS = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "X", "NUM", "DET"})
NEGATORS = frozenset({"not", "never", "n't", "no", "neither", "nor", "without"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom", "whose"})


# --------------------------------------------------------------------------- small helpers

def norm(token: Token) -> str:
    return token.text.lower()


def name_form(text: str) -> str:
    """A word as written in names: without a possessive the tokenizer left attached
    ("Gondor's" → "Gondor")."""
    for suffix in ("'s", "’s"):
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            return text[: -len(suffix)]
    if text.endswith(("s'", "s’")) and len(text) > 3:
        return text[:-1]
    return text


def lemma_of(token: Token, codebook: Codebook | None = None) -> str:
    """Lower-cased lemma, corrected by the codebook's inflection table when the lemmatizer
    left a form it does not know ("withdraws" → "withdraw")."""
    lemma = (token.lemma or token.text).lower()
    if codebook is not None:
        lemma = codebook.inflections.get(norm(token), codebook.inflections.get(lemma, lemma))
    return lemma


def lemma_candidates(token: Token, codebook: Codebook | None = None, verbal: bool = True) -> list[str]:
    """The lemma, then the surface form and its regular de-inflections: lemmatizers miss
    unseen forms ("assassinations" left as is, "welcomed" → "welcom"). Like PETRARCH's
    generated regular forms, applied in reverse. ``verbal=False`` undoes only plurals:
    a noun "meeting" is not the verb "meet"."""
    first = lemma_of(token, codebook)
    out = [first]
    word = norm(token)
    if word != first:
        out.append(word)
    for suffix, repl in _DEINFLECTIONS:
        if not verbal and suffix in ("ed", "ing", "ied"):
            continue
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: len(word) - len(suffix)] + repl
            if stem not in out:
                out.append(stem)
            if suffix in ("ed", "ing") and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                out.append(stem[:-1])  # "pulled" stays, "stopped" → "stop"
    return out


_DEINFLECTIONS = (("ies", "y"), ("ied", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"),
                  ("es", "e"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


def singular(token: Token) -> str:
    """The lemma, or a regular singular when the lemmatizer returned the plural unchanged."""
    lemma = lemma_of(token)
    word = norm(token)
    if lemma != word or token.upos not in ("NOUN", "PROPN", "X"):
        return lemma
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return lemma


def case_marker(sentence: Sentence, token: Token) -> str | None:
    """The preposition of an oblique/nominal modifier: 'from', 'away from', 'on behalf of'."""
    words = []
    for child in sentence.children(token.id):
        if child.base_rel in ("case", "mark") and child.id < token.id:
            words.append(child.lemma.lower() if child.lemma else norm(child))
            words.extend(norm(g) for g in sentence.children(child.id) if g.base_rel == "fixed")
    return " ".join(words) if words else None


def is_negated(sentence: Sentence, token: Token) -> bool:
    for child in sentence.children(token.id):
        if child.base_rel in ("advmod", "neg", "aux", "det") and lemma_of(child) in NEGATORS:
            if child.base_rel == "det" and token.upos not in ("NOUN", "PROPN"):
                continue
            return True
    return False


# --------------------------------------------------------------------------- actors

@dataclass(frozen=True)
class ActorMention:
    """An actor or agent phrase match inside a noun phrase."""

    entry: ActorEntry | AgentEntry
    start: int  # first token id
    end: int  # last token id
    depth: int  # tree distance from the phrase head (0 = covers the head)


# Relations under which a parser may split one name into sibling words.
_SPLIT_NAME_RELS = frozenset({"nsubj", "obj", "iobj", "obl", "nmod", "conj", "appos"})


def rejoin_split_names(sentence: Sentence) -> Sentence:
    """Parsers sometimes attach the words of one name as siblings: "Sam(nsubj) Gamgee(nsubj)
    met", "Congo and Costa(conj) Rica(conj)". Adjacent proper nouns with the same head and
    relation, the first without dependents (but a conjunction), are one name: the first
    becomes a flat part of the second. Returns the sentence unchanged when there is nothing to rejoin."""
    tokens = list(sentence.tokens)
    changed = False
    for i in range(len(tokens) - 1):
        first, second = tokens[i], tokens[i + 1]
        if (first.upos == second.upos == "PROPN" and first.head == second.head and first.deprel == second.deprel
                and first.base_rel in _SPLIT_NAME_RELS
                and all(c.base_rel in ("cc", "punct") for c in sentence.children(first.id))):
            tokens[i] = replace(first, head=second.id, deprel="flat")
            changed = True
    return replace(sentence, tokens=tuple(tokens)) if changed else sentence


# Relations that open a clause of their own (a conjoined verb does too).
CLAUSE_RELS = frozenset({"root", "ccomp", "advcl", "acl", "parataxis", "csubj"})


def clause_ids(sentence: Sentence, token_id: int) -> set[int]:
    """Token ids of the clause a predicate belongs to, without the clauses nested in it
    (complements, adverbial and relative clauses, conjoined verbs)."""
    def opens_clause(tok: Token) -> bool:
        return tok.base_rel in CLAUSE_RELS or (tok.base_rel == "conj" and tok.upos in ("VERB", "AUX"))

    head = sentence.token(token_id)
    for _ in range(len(sentence.tokens)):  # bounded: malformed input can hold head cycles
        if opens_clause(head) or not head.head:
            break
        head = sentence.token(head.head)
    seen, stack = set(), [head.id]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        stack += [c.id for c in sentence.children(current) if not opens_clause(c)]
    return seen


def phrase_tokens(sentence: Sentence, head_id: int) -> list[Token]:
    """The noun phrase headed by ``head_id``: its subtree without clauses and conjuncts."""
    return sentence.subtree(head_id, stop_rels=PHRASE_STOP)


def _depths(sentence: Sentence, head_id: int, tokens: list[Token]) -> dict[int, int]:
    depth = {head_id: 0}
    for tok in sorted(tokens, key=lambda t: _distance(sentence, t.id, head_id)):
        depth[tok.id] = _distance(sentence, tok.id, head_id)
    return depth


def _distance(sentence: Sentence, token_id: int, head_id: int) -> int:
    steps, current = 0, token_id
    while current != head_id and 0 < current <= len(sentence.tokens) and steps < 50:
        current = sentence.token(current).head
        steps += 1
    return steps


def find_mentions(sentence: Sentence, tokens: list[Token], head_id: int, codebook: Codebook,
                  index_name: str) -> list[ActorMention]:
    """Longest, non-overlapping phrase matches (left to right) among ``tokens``.

    Only runs of consecutive token ids are matched, so a name never spans a gap.
    """
    index = getattr(codebook, index_name)
    depth = _depths(sentence, head_id, tokens)
    runs: list[list[Token]] = []
    for tok in tokens:
        if runs and runs[-1][-1].id == tok.id - 1:
            runs[-1].append(tok)
        else:
            runs.append([tok])
    mentions = []
    for run in runs:
        raw = [name_form(t.text) for t in run]
        words = [w.lower() for w in raw]
        lemmas = [singular(t) if name_form(t.text) == t.text else w for t, w in zip(run, words)]
        i = 0
        while i < len(run):
            found = index.longest_at(words[i:], raw[i:], lemmas[i:])
            if found is None:
                i += 1
                continue
            length, entry = found
            span = run[i:i + length]
            mentions.append(ActorMention(entry, span[0].id, span[-1].id,
                                         min(depth.get(t.id, 9) for t in span)))
            i += length
    return mentions


def resolve_actor(sentence: Sentence, head_id: int, codebook: Codebook,
                  date: dt.date | None) -> ActorRef | None:
    """The actor named by the phrase headed by ``head_id``, combining a named actor (or
    country) with an agent ("Syrian police" → SYR + COP = SYRCOP)."""
    found = _resolve(sentence, head_id, codebook, date)
    return found[0] if found else None


def resolve_actors(sentence: Sentence, head_id: int, codebook: Codebook,
                   date: dt.date | None) -> list[ActorRef]:
    """Like :func:`resolve_actor`, but a named actor with conjuncts inside the phrase gives
    one actor each: "the ambassadors of Arnor, Osgiliath and Gondor" → three."""
    found = _resolve(sentence, head_id, codebook, date)
    if not found:
        return []
    first, actor, agent = found
    if actor is None:
        return [first]
    out = [first]
    mention_head = min(range(actor.start, actor.end + 1), key=lambda i: _distance(sentence, i, head_id))
    if mention_head == head_id:
        return out  # conjuncts of the phrase head itself are separate phrases
    for conj_id in conjuncts(sentence, mention_head)[1:]:
        tokens = phrase_tokens(sentence, conj_id)
        mentions = find_mentions(sentence, tokens, conj_id, codebook, "actors")
        if not mentions:
            continue
        other = min(mentions, key=lambda m: (m.depth, -(m.end - m.start)))
        out.append(_compose(sentence, head_id, codebook, date, tokens, other, agent))
    return out


def _resolve(sentence: Sentence, head_id: int, codebook: Codebook, date: dt.date | None
             ) -> tuple[ActorRef, ActorMention | None, ActorMention | None] | None:
    tokens = phrase_tokens(sentence, head_id)
    # "members of the coalition against X": the object of 'against' is not the actor.
    tokens = _drop_oppositional_modifiers(sentence, head_id, tokens)
    actors = find_mentions(sentence, tokens, head_id, codebook, "actors")
    agents = find_mentions(sentence, tokens, head_id, codebook, "agents")
    if not agents:  # "the organization in Iraq": a place alone does not name the actor
        located = locative_ids(sentence, tokens, head_id, rels=("nmod",))
        actors = [m for m in actors if m.start not in located]
    if not actors and not agents:
        return None
    actor = min(actors, key=lambda m: (m.depth, -(m.end - m.start))) if actors else None
    agent = min(agents, key=lambda m: (m.depth, -(m.end - m.start))) if agents else None
    if actor is not None and agent is not None:
        # "Ithilen's minister Calimehtar": the possessor says whose minister this is
        owner = _possessor_country(sentence, actors, agent, date)
        if owner is not None and len(actor.entry.code_on(date)) == 3:
            actor = owner
    if actor is not None and agent is not None and len(actor.entry.code_on(date)) > 3:
        agent = None  # "jihadists of the OEI": a named group with its own code is the actor
    return _compose(sentence, head_id, codebook, date, tokens, actor, agent), actor, agent


def _possessor_country(sentence: Sentence, actors: list[ActorMention], agent: ActorMention,
                       date: dt.date | None) -> ActorMention | None:
    """A country-level actor that is the possessor of the agent's phrase ("Ithilen's … minister")."""
    for mention in actors:
        if len(mention.entry.code_on(date)) != 3 or mention.end >= agent.start:
            continue
        head = sentence.token(mention.end)
        if head.deprel == "nmod:poss" or any(c.base_rel == "case" and norm(c) in ("'s", "'")
                                             for c in sentence.children(head.id)):
            return mention
    return None


def _compose(sentence: Sentence, head_id: int, codebook: Codebook, date: dt.date | None,
             tokens: list[Token], actor: ActorMention | None, agent: ActorMention | None) -> ActorRef:
    """One actor from a named-actor mention and/or an agent mention."""
    spans = [m for m in (actor, agent) if m is not None]
    start = min(m.start for m in spans)
    end = max(m.end for m in spans)
    text_tokens = [t for t in tokens if start <= t.id <= end] or \
        [sentence.token(i) for i in range(start, end + 1)]
    text = _span_text(sentence, text_tokens)
    entries = tuple(m.entry.ref for m in spans)
    if actor is not None:
        entry: ActorEntry = actor.entry  # type: ignore[assignment]
        code = entry.code_on(date)
        kind = actor_type(entry, code, codebook)
        country = entry.country or (code[:3] if kind == "country" or code[:3] in codebook.country_codes else None)
        if agent is not None:
            ag: AgentEntry = agent.entry  # type: ignore[assignment]
            if kind == "country" or len(code) == 3:
                code = ag.code + code if ag.position == "prefix" else code + ag.code
            return ActorRef(code, text, head_id, text_tokens[0].start_char, text_tokens[-1].end_char,
                            entries, country, ag.code, kind or "country",
                            entry.inter if entry.inter is not None else ag.inter,
                            entry.acled_name or _agent_name(ag, country))
        return ActorRef(code, text, head_id, text_tokens[0].start_char, text_tokens[-1].end_char,
                        entries, country, None, kind, entry.inter, entry.acled_name)
    ag = agent.entry  # type: ignore[union-attr,assignment]
    # CAMEO writes an unknown country as "---": "police" alone is ---COP
    # (a prefix agent such as NGO is an entity of its own: NGO alone)
    return ActorRef(UNKNOWN_COUNTRY + ag.code if ag.position != "prefix" else ag.code,
                    text, head_id, text_tokens[0].start_char, text_tokens[-1].end_char,
                    entries, None, ag.code, "agent", ag.inter, None)


LOCATIVE_PREPS = frozenset({"in", "near", "at", "inside", "outside", "across", "throughout", "around"})


def locative_ids(sentence: Sentence, tokens: list[Token] | None = None, head_id: int = 0,
                 rels: tuple[str, ...] = ("obl", "nmod")) -> set[int]:
    """Token ids inside locative modifiers ("in Iraq and Syria"): of the phrase ``tokens``
    headed by ``head_id``, or of the whole sentence."""
    inside: set[int] = set()
    for tok in sentence.tokens if tokens is None else tokens:
        if tok.id != head_id and tok.base_rel in rels and case_marker(sentence, tok) in LOCATIVE_PREPS:
            inside.update(t.id for t in sentence.subtree(tok.id))
    return inside


def actor_type(entry: ActorEntry, code: str, codebook: Codebook) -> str | None:
    """The entry's type; an untyped entry whose code is a bare country code is a country
    (imported dictionaries carry no types)."""
    if entry.type:
        return entry.type
    return "country" if len(code) == 3 and code in codebook.country_codes else None


def _agent_name(agent: AgentEntry, country: str | None) -> str | None:
    if not agent.acled_name:
        return None
    return agent.acled_name.replace("{country}", country or "Unknown")


def _drop_oppositional_modifiers(sentence: Sentence, head_id: int, tokens: list[Token]) -> list[Token]:
    dropped: set[int] = set()
    for tok in tokens:
        if tok.id != head_id and tok.base_rel == "nmod" and case_marker(sentence, tok) in (
                "against", "over", "with", "on", "to", "for", "toward", "towards", "between"):
            dropped.update(t.id for t in sentence.subtree(tok.id))
    return [t for t in tokens if t.id not in dropped]


def _span_text(sentence: Sentence, tokens: list[Token]) -> str:
    if tokens and tokens[0].start_char >= 0 and sentence.start_char >= 0:
        a = tokens[0].start_char - sentence.start_char
        b = tokens[-1].end_char - sentence.start_char
        if 0 <= a < b <= len(sentence.text):
            return sentence.text[a:b]
    return " ".join(t.text for t in tokens)


def conjuncts(sentence: Sentence, token_id: int) -> list[int]:
    """``token_id`` and the heads conjoined with it ("Arnor and Gondor" → both)."""
    out = [token_id]
    nominal = sentence.token(token_id).upos in NOMINAL_UPOS
    children = sentence.children(token_id)
    listed = nominal and any(c.base_rel == "conj" for c in children)
    for child in children:
        if child.base_rel == "conj" and (not nominal or child.upos in NOMINAL_UPOS):
            out.extend(conjuncts(sentence, child.id))  # a clause conjoined to a noun is no co-actor
        elif child.base_rel == "appos" and child.upos == "PROPN" and (
                listed or any(g.base_rel == "conj" for g in sentence.children(child.id))):
            # "Mordor, the Shire, Arnor and Bree": parsers attach list items as appositions
            out.extend(conjuncts(sentence, child.id))
    return out


# --------------------------------------------------------------------------- predicates

@dataclass(frozen=True)
class PredicateMatch:
    """A predicate token with the codebook pattern that fits it best."""

    token: Token
    pattern: Pattern
    form: VerbForm | None  # None for event nouns
    light: bool = False  # the block is a support verb ("carry out")
    specificity: int = 0


def verb_forms_for(sentence: Sentence, token: Token, codebook: Codebook) -> list[VerbForm]:
    """Verb forms of the codebook that this token realises (lemma + particle + pre-word)."""
    if token.upos not in ("VERB", "AUX", "NOUN", "ADJ", "PROPN"):
        return []
    if is_deverbal_preposition(sentence, token):
        return []
    if token.upos in ("NOUN", "PROPN", "ADJ") and not _verb_position(sentence, token):
        return []  # a tagging slip may call a verb a noun; only trust it in a verb position
    forms = []
    for lemma in lemma_candidates(token, codebook) + [norm(token)]:
        forms = codebook.verb_forms.get(lemma, [])
        if forms:
            break
    found = []
    children = sentence.children(token.id)
    for form in forms:
        if form.particle:
            particles = {norm(c) for c in children if c.base_rel in ("compound", "advmod", "obl", "case")}
            particles |= {norm(c) for c in children if c.base_rel in ("obl", "nmod")
                          for c in sentence.children(c.id) if c.base_rel == "case"}
            if not all(p in particles for p in form.particle.split()):
                continue
        if form.preword:
            previous = sentence.token(token.id - 1) if token.id > 1 else None
            if previous is None or norm(previous) != form.preword.split()[-1]:
                continue
        found.append(form)
    return found


def _verb_position(sentence: Sentence, token: Token) -> bool:
    if token.base_rel in ("root", "xcomp", "ccomp", "advcl", "acl", "parataxis"):
        return any(c.base_rel in ("nsubj", "obj") for c in sentence.children(token.id))
    if token.base_rel == "conj" and token.head:
        return sentence.token(token.head).upos == "VERB"
    return False


# Participles that work as prepositions: "according to", "including", "regarding".
DEVERBAL_PREPOSITIONS = frozenset({"including", "regarding", "concerning", "excluding", "barring",
                                   "pending", "notwithstanding"})


def is_deverbal_preposition(sentence: Sentence, token: Token) -> bool:
    word = norm(token)
    if word == "according":
        return token.id < len(sentence.tokens) and norm(sentence.token(token.id + 1)) == "to"
    return word in DEVERBAL_PREPOSITIONS


def event_noun_blocks(sentence: Sentence, token: Token, codebook: Codebook) -> list[tuple[str, int]]:
    """Blocks whose event nouns this token heads, with the noun's length in words
    ("suicide bombing" beats "bombing")."""
    if token.upos not in ("NOUN", "PROPN", "VERB") or is_deverbal_preposition(sentence, token):
        return []  # "according to" is no accord
    lemmas = lemma_candidates(token, codebook)
    found: list[tuple[str, int]] = []
    for lemma in lemmas:
        for block_id in codebook.noun_forms.get(lemma, []):
            found.append((block_id, 1))
    modifiers = [c for c in sentence.children(token.id) if c.base_rel in ("compound", "amod")]
    for mod in modifiers:
        for mod_lemma in lemma_candidates(mod) + [norm(mod)]:
            for lemma in lemmas:
                for key in (f"{mod_lemma} {lemma}", f"{mod_lemma}{lemma}"):
                    for block_id in codebook.noun_forms.get(key, []):
                        found.append((block_id, 2))
    # longest noun first, de-duplicated by block
    best: dict[str, int] = {}
    for block_id, length in found:
        best[block_id] = max(best.get(block_id, 0), length)
    return sorted(best.items(), key=lambda item: -item[1])


# --------------------------------------------------------------------------- slots

def slot_candidates(sentence: Sentence, pred: Token, slot: str, prep: str | None,
                    inherited_subject: int | None = None) -> list[Token]:
    """Dependents of ``pred`` that can fill a pattern slot."""
    children = sentence.children(pred.id)
    if pred.upos in ("NOUN", "PROPN") and pred.base_rel not in ("root", "conj", "xcomp", "ccomp", "advcl", "parataxis"):
        return _noun_slot_candidates(sentence, pred, slot, prep)
    if slot == "subj":
        found = [c for c in children if c.deprel in ("nsubj", "csubj") or c.deprel == "obl:agent"]
        if not passive_marked(sentence, pred):  # a parser slip: nsubj:pass without a passive
            found += [c for c in children if c.deprel == "nsubj:pass"]
        if not found and is_passive(sentence, pred):  # UD v1 writes the agent as nmod + "by"
            found = [c for c in children if c.base_rel in ("obl", "nmod") and case_marker(sentence, c) == "by"]
        if not found and inherited_subject:
            found = [sentence.token(inherited_subject)]
        return found
    patient_subject = ("nsubj:pass", "csubj:pass") if passive_marked(sentence, pred) else ()
    objects = [c for c in children if c.base_rel in OBJECT_RELS or c.deprel in patient_subject
               or (c.base_rel == "xcomp" and c.upos in ("NOUN", "PROPN", "ADJ"))]
    if slot == "obj":
        return objects
    obliques = [c for c in children if c.base_rel in OBLIQUE_RELS and c.deprel != "obl:agent"
                and not (case_marker(sentence, c) == "by" and is_passive(sentence, pred))
                and not (c.base_rel == "advcl" and own_clause(sentence, c))]
    for obj in objects:  # "asked Gondor for aid" / "withdrawal of troops from Syria"
        obliques += [g for g in sentence.children(obj.id) if g.base_rel == "nmod"]
    if slot == "obl":
        if prep is None:
            return obliques
        return [c for c in obliques if case_marker(sentence, c) == prep]
    return [c for c in children if c.base_rel not in ("punct", "cc")] + obliques  # any


def own_clause(sentence: Sentence, clause: Token) -> bool:
    """An adverbial clause with its own subject or a subordinator other than "to" ("after a
    hobbit was reported there"): its arguments are not the governing verb's."""
    return any(c.base_rel in ("nsubj", "csubj") or (c.base_rel == "mark" and lemma_of(c) != "to")
               for c in sentence.children(clause.id))


def passive_marked(sentence: Sentence, pred: Token) -> bool:
    """A passive with its auxiliary ("was attacked") or a passive participle ("attacked by")."""
    if pred.feat("Voice") == "Pass" and pred.base_rel in ("acl", "advcl", "amod"):
        return True
    return any(c.deprel == "aux:pass" or (c.base_rel == "aux" and c.lemma.lower() in ("be", "get"))
               for c in sentence.children(pred.id))


def is_passive(sentence: Sentence, pred: Token) -> bool:
    return any(c.deprel in ("nsubj:pass", "aux:pass", "csubj:pass") for c in sentence.children(pred.id))


def _noun_slot_candidates(sentence: Sentence, noun: Token, slot: str, prep: str | None) -> list[Token]:
    """Arguments of an event noun: 'Gondor's attack' / 'attack by Gondor' (subj),
    'the withdrawal of troops' (obj), 'attack on Arnor', 'withdrawal of troops from Syria' (obl)."""
    mods = [c for c in sentence.children(noun.id) if c.base_rel in ("nmod", "obl")]
    if slot == "subj":
        return [c for c in sentence.children(noun.id) if c.deprel == "nmod:poss"] + \
               [c for c in mods if case_marker(sentence, c) == "by"]
    themes = [c for c in mods if case_marker(sentence, c) == "of"]
    for theme in list(themes):  # "withdrawal of most of the troops"
        themes += [g for g in sentence.children(theme.id) if g.base_rel == "nmod" and case_marker(sentence, g) == "of"]
    if slot == "obj":
        return themes
    obliques = [c for c in mods if case_marker(sentence, c) not in ("of", "by")]
    for theme in themes:
        obliques += [g for g in sentence.children(theme.id) if g.base_rel == "nmod" and case_marker(sentence, g) != "of"]
    if slot == "obl":
        return [c for c in obliques if prep is None or case_marker(sentence, c) == prep]
    return themes + obliques


def word_matches(sentence: Sentence, candidate: Token, spec: WordSpec, codebook: Codebook) -> bool:
    return word_score(sentence, candidate, spec, codebook) is not None


def word_score(sentence: Sentence, candidate: Token, spec: WordSpec, codebook: Codebook) -> int | None:
    """How specifically ``candidate`` fits a pattern word (None: it does not). A synset's
    multi-word member counts its words ("austrian gold florin" beats "florin")."""
    verbal = candidate.upos not in ("NOUN", "PROPN")
    heads = set(lemma_candidates(candidate, verbal=verbal)) | {norm(candidate)}
    phrase: set[str] | None = None

    def phrase_words() -> set[str]:
        nonlocal phrase
        if phrase is None:
            phrase = {w for t in phrase_tokens(sentence, candidate.id) if t.id != candidate.id
                      for w in (lemma_of(t), norm(t))}
        return phrase

    bonus = 0
    if spec.head.startswith("&"):
        members = [m for m in codebook.synset_phrases.get(spec.head, ())
                   if m.head in heads and all(w in phrase_words() for w in m.modifiers)]
        if members:
            bonus = max(len(m.modifiers) for m in members)
        elif not any(codebook.words_match(spec, h) for h in heads):
            return None
    elif not any(codebook.words_match(spec, h) for h in heads):
        return None
    for modifier in spec.modifiers:
        if modifier.startswith("&"):
            if not phrase_words() & codebook.synsets.get(modifier, frozenset()):
                return None
        elif modifier not in phrase_words():
            return None
    return spec.specificity + bonus


def slot_matches(sentence: Sentence, pred: Token, spec: SlotSpec, codebook: Codebook,
                 inherited_subject: int | None = None) -> Token | None:
    """The first dependent that satisfies a pattern slot, or None."""
    found = slot_match(sentence, pred, spec, codebook, inherited_subject)
    return found[0] if found else None


def slot_match(sentence: Sentence, pred: Token, spec: SlotSpec, codebook: Codebook,
               inherited_subject: int | None = None) -> tuple[Token, int] | None:
    """(dependent, score) for the most specific word of the slot that some dependent
    matches; the score counts the slot, its preposition and the word's specificity."""
    best: tuple[Token, int] | None = None
    # (dependent, penalty): the verb's own dependents first, then what a complement lends
    candidates = [(c, 0) for c in slot_candidates(sentence, pred, spec.slot, spec.prep, inherited_subject)]
    if spec.slot == "obj":  # "vowed to wage war" matches VOW * WAR: the complement's object
        candidates += [(o, 1) for o in _complement_objects(sentence, pred)]
    if spec.slot == "obl" and spec.prep == "to" and any(w.head != "*" for w in spec.words):
        # "began to question" matches BEGIN * (TO QUESTION); a bare "(TO) *" wants a phrase
        candidates += [(c, 0) for c in sentence.children(pred.id) if c.base_rel == "xcomp"
                       and case_marker(sentence, c) == "to"]
    for candidate, penalty in candidates:
        for conj_id in conjuncts(sentence, candidate.id):
            conj = sentence.token(conj_id)
            for word in spec.words:
                if word.head == "*" and spec.prep and lemma_of(conj) in TIME_WORDS:
                    continue  # "telephoned X on Tuesday" is no "(ON) +" argument
                fit = word_score(sentence, conj, word, codebook)
                if fit is not None:
                    score = 10 + fit + (3 if spec.prep else 0) - penalty
                    if best is None or score > best[1]:
                        best = (conj, score)
    return best


def _complement_objects(sentence: Sentence, pred: Token) -> list[Token]:
    """Objects of a to-infinitive complement of ``pred`` ("vowed to wage war"); a verb with an
    object of its own has a purpose clause there, not a complement ("used the truce to rearm")."""
    children = sentence.children(pred.id)
    rels = ("xcomp",) if any(c.base_rel in OBJECT_RELS for c in children) else ("xcomp", "advcl")
    out = []
    for child in children:
        if child.base_rel in rels and child.upos == "VERB" and any(
                c.base_rel == "mark" and lemma_of(c) == "to" for c in sentence.children(child.id)):
            out += [c for c in sentence.children(child.id) if c.base_rel in OBJECT_RELS]
    return out


def best_verb_pattern(sentence: Sentence, token: Token, codebook: Codebook,
                      inherited_subject: int | None = None) -> PredicateMatch | None:
    """The most specific pattern (over every block the verb belongs to) whose slots all match.

    Ties go to the block that comes first in the codebook.
    """
    best: PredicateMatch | None = None
    forms = verb_forms_for(sentence, token, codebook)
    headroom = codebook.synset_bonus if forms else 0
    for form in forms:
        block = codebook.blocks[form.block]
        bonus = 5 if (form.particle or form.preword) else 0
        for pattern in block.patterns:
            if best is not None and pattern.specificity + bonus + headroom <= best.specificity:
                break  # patterns are sorted by their best possible score
            score = _pattern_score(sentence, token, pattern, codebook, inherited_subject)
            if score is not None and (best is None or score + bonus > best.specificity):
                best = PredicateMatch(token, pattern, form, block.light, score + bonus)
    return best


def _pattern_score(sentence: Sentence, token: Token, pattern: Pattern, codebook: Codebook,
                   inherited_subject: int | None = None) -> int | None:
    """Sum of the slot scores when every slot matches, else None (0 for a bare verb)."""
    total = 0
    for spec in pattern.match:
        found = slot_match(sentence, token, spec, codebook, inherited_subject)
        if found is None:
            return None
        total += found[1]
    return total


def best_noun_pattern(sentence: Sentence, token: Token, codebook: Codebook) -> PredicateMatch | None:
    for block_id, length in event_noun_blocks(sentence, token, codebook):
        best: PredicateMatch | None = None
        for pattern in codebook.blocks[block_id].patterns:
            if best is not None and pattern.specificity + length <= best.specificity:
                break
            score = _pattern_score(sentence, token, pattern, codebook)
            if score is not None and (best is None or score + length > best.specificity):
                best = PredicateMatch(token, pattern, None, False, score + length)
        if best is not None:
            return best
    return None
