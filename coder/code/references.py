"""Actors of an argument phrase: named actors and agents, conjoined actors, and references
resolved to earlier mentions (relative and personal pronouns, "the country", "the group")."""

from __future__ import annotations

from coder.copies import replace
from coder.doc import Token
from coder.event import ActorRef
from coder.code.analysis import SentenceAnalysis
from coder.code.mentions import (NOMINAL_LINKS, UNKNOWN_COUNTRY, coordinated_names, resolve_actor, resolve_actors, person_name,
                                 word_agent)
from coder.code.syntax import case_marker, conjuncts, lemma_of, norm


def actors_for(a: SentenceAnalysis, head_id: int, role: str,
               exclude: frozenset[str] = frozenset()) -> list[ActorRef]:
    """One actor per conjunct ("Arnor and Gondor" → two); conjoined agents share a
    country ("lawmakers and officials in Arnor" → ARNLEG, ARNGOV)."""
    out: list[ActorRef] = []
    conjunct_ids = conjuncts(a.sentence, head_id)
    # "Trinidad and Tobago": a name over several conjuncts is one actor
    names = coordinated_names(a.sentence, head_id, conjunct_ids, a.codebook, a.date, a.memo)
    named = {c for covered, _ in names.values() for c in covered}
    for conj_id in conjunct_ids:
        if conj_id in names:
            out.append(names[conj_id][1])
            continue
        if conj_id in named:
            continue
        tok = a.sentence.token(conj_id)
        many = [] if tok.upos == "PRON" else resolve_actors(a.sentence, conj_id, a.codebook, a.date, a.memo)
        if many:
            out.extend(_owned_agent(a, tok, x) for x in many)
            continue
        actor = actor_at(a, conj_id, role, exclude)
        if actor is not None:
            out.append(actor)
    return unique_actors(_share_countries(out))


def _share_countries(actors: list[ActorRef]) -> list[ActorRef]:
    """Countryless agents conjoined with named actors take their countries: "ARN" of ARN
    and of ARNLEG gives "officials" ARNGOV."""
    # a country with the agents that modify the conjunct's agent ("Danish Islamist media
    # and government": DNKMUS of DNKMUSMED gives "government" DNKMUSGOV)
    bases = list(dict.fromkeys(a.code if len(a.code) == 3 else a.code[:-len(a.agent)] for a in actors
                               if not countryless(a) and (len(a.code) == 3 or (
                                   a.agent and a.code.endswith(a.agent) and len(a.code) - len(a.agent) >= 3))))
    if not bases or not any(countryless(a) for a in actors):
        return actors
    shared = []
    for a in actors:
        if countryless(a) and a.agent:
            own = a.code[len(UNKNOWN_COUNTRY):]
            shared += [replace(a, code=b + own if own not in b[3:] else b, country=a.country or
                               next((x.country for x in actors if x.code.startswith(b) and x.country), None))
                       for b in bases]
        else:
            shared.append(a)
    return shared


def actor_at(a: SentenceAnalysis, head_id: int, role: str,
             exclude: frozenset[str] = frozenset()) -> ActorRef | None:
    """The actor of the phrase headed by ``head_id``, resolving references."""
    tok = a.sentence.token(head_id)
    antecedent = relative_antecedent(a, tok)
    if antecedent is not None:  # "the town that rebels attacked": 'that' is the town
        return actor_at(a, antecedent, role, exclude)
    if tok.upos == "PRON" or lemma_of(tok) in a.profile.pronouns:
        return resolve_pronoun(a, tok)
    actor = resolve_actor(a.sentence, head_id, a.codebook, a.date, a.memo)
    if actor is None:
        actor = resolve_definite(a, tok, exclude)
    if actor is None and (tok.upos == "NUM" or lemma_of(tok) in a.profile.quantifiers):
        for child in a.sentence.children(head_id):  # "some of the rebels", "a batch of troops"
            if child.base_rel == "nmod" and case_marker(a.sentence, child) == a.profile.theme_preposition:
                return actor_at(a, child.id, role, exclude)
    if actor is None:
        for child in a.sentence.children(head_id):  # "Jim Mattis, the defence minister"
            if child.base_rel == "appos":
                actor = resolve_actor(a.sentence, child.id, a.codebook, a.date, a.memo)
                if actor is not None:
                    break
    if actor is None:
        actor = _named_person(a, tok)
    return actor if actor is None else _owned_agent(a, tok, actor)


def _named_person(a: SentenceAnalysis, tok: Token) -> ActorRef | None:
    """A name the codebook does not know, marked as a human object (the profile's
    ``object_markers``: "executed [a] Arwen"), stands for a person: the agent of the
    profile's ``person_noun``, when the profile names one and the codebook has its agent."""
    if not person_name(a.sentence, tok, a.codebook, a.date, a.memo):
        return None
    return word_agent(a.codebook, a.profile.person_noun, tok)


def _owned_agent(a: SentenceAnalysis, tok: Token, agent: ActorRef) -> ActorRef:
    """An agent a possessive pronoun ties to an earlier actor has that actor's country:
    "Israel said its troops attacked" → ISRMIL; "the PM and members of his government"."""
    if not agent.agent or not countryless(agent):
        return agent
    owner = possessive_owner(a, tok)
    if owner is not None and owner.country and not countryless(owner):
        return replace(agent, code=owner.code[:3] + agent.agent, country=owner.country)
    return agent


def possessive_owner(a: SentenceAnalysis, noun: Token) -> ActorRef | None:
    """The actor a possessive pronoun on ``noun`` stands for ("its troops", "their leader"),
    or a possessive determiner (UD DET with Poss=Yes, as AnCora tags Spanish possessives)."""
    for child in a.sentence.children(noun.id):
        if (child.deprel == "nmod:poss" and child.upos == "PRON") or (
                child.base_rel == "det" and child.feat("Poss") == "Yes" and child.feat("PronType") == "Prs"):
            return resolve_pronoun(a, child)
    return None


def relative_antecedent(a: SentenceAnalysis, tok: Token) -> int | None:
    """The noun a relative pronoun stands for, through its acl:relcl clause."""
    if lemma_of(tok) not in a.profile.relative_pronouns or not tok.head:
        return None
    clause = a.sentence.token(tok.head)
    if clause.deprel == "acl:relcl" and clause.head:
        return clause.head
    return None


def resolve_pronoun(a: SentenceAnalysis, tok: Token) -> ActorRef | None:
    if norm(tok) in a.profile.reflexive_passive_markers or _doubled(a, tok):
        return None  # "se": a reflexive or passive marker stands for no other actor
    # the form first: a parser may lemmatize a clitic as its subject form ("los" → "él")
    kind = a.profile.pronouns.get(norm(tok)) or a.profile.pronouns.get(lemma_of(tok))
    if kind is None or lemma_of(tok) in a.profile.relative_subjects:
        return None
    where = dict(head=tok.id, text=tok.text, start_char=tok.start_char, end_char=tok.end_char,
                 resolved_from="pronoun")
    matrix = matrix_subject(a, tok)
    if matrix is not None and (kind == "any" or (kind == "person") == (matrix.type == "person")):
        return replace(matrix, **where)
    own_subjects = _own_subjects(a, tok)
    # a possessive determiner agrees in number with the thing possessed, not with its owner
    number = tok.feat("Number") if a.profile.pronoun_number_agreement and tok.feat("Poss") != "Yes" else None
    for m in a.earlier_mentions(tok.id):
        if m.resolved_from == "place":
            continue  # "In Iraq, they ...": they are not Iraq
        # the whole subject phrase a name sits in first (pro-drop profiles mark it: "The
        # president of Arnor arrived. Gondor received him": him is the president, ARNGOV), else the name
        for candidate in _with_phrase(a, m, tok):
            if kind == "person" and candidate.type != "person":
                continue
            if kind == "thing" and candidate.type == "person":
                continue
            if _own_subject(candidate, own_subjects) or (
                    number and mention_number(candidate) not in (None, number)):
                continue
            return replace(candidate, **where)
    return None


def _with_phrase(a: SentenceAnalysis, m: ActorRef, pronoun: Token) -> tuple[ActorRef, ...]:
    """A name's candidates as an antecedent: the whole subject phrase it sits in (``phrase``),
    else, with the profile's ``object_phrase_antecedents``, the whole object phrase of an
    earlier verb of the pronoun's sentence it sits in, reached through nominal links ("detuvo
    a un periodista de Rohan y lo liberó": the journalist, ROHMED); then the name itself."""
    if m.phrase is not None:
        return (m.phrase, m)
    if not a.profile.object_phrase_antecedents or not any(x is m for x in a.mentions):
        return (m,)
    s = a.sentence
    tok = s.token(m.head)
    while tok.base_rel in NOMINAL_LINKS and tok.head:
        tok = s.token(tok.head)
    if tok.base_rel not in ("obj", "iobj") or tok.id == m.head or tok.id > pronoun.id or tok.head == pronoun.head:
        return (m,)
    actor = resolve_actor(s, tok.id, a.codebook, a.date, a.memo)
    if actor is None or actor.code == m.code:
        return (m,)
    return (replace(actor, number=tok.feat("Number") or m.number), m)


def _own_subject(actor: ActorRef, own_subjects: set[str]) -> bool:
    """Whether an object pronoun's candidate is its verb's own subject, or the country that
    subject belongs to ("the president of Gondor received him": him is not Gondor)."""
    return actor.code in own_subjects or (len(actor.code) == 3 and not actor.agent and any(
        s.startswith(actor.code) for s in own_subjects))


def _doubled(a: SentenceAnalysis, tok: Token) -> bool:
    """An object pronoun doubled by a phrase of the profile's human-object marker on its own
    verb (Spanish clitic doubling: the dative clitic with "a X"): the phrase names the actor."""
    if not a.profile.object_markers or tok.base_rel not in ("obj", "iobj") or not tok.head:
        return False
    return any(c.id != tok.id and c.base_rel in ("obj", "iobj", "obl")
               and case_marker(a.sentence, c) in a.profile.object_markers
               for c in a.sentence.children(tok.head))


def mention_number(mention: ActorRef) -> str | None:
    """A mention's number: its head's, else singular for a country or a person named."""
    return mention.number or ("Sing" if mention.type in ("country", "person") else None)


def _own_subjects(a: SentenceAnalysis, tok: Token) -> set[str]:
    """The actors of the subject of the verb an object pronoun belongs to, which it does not
    stand for (that would be a reflexive): "the army captured them"."""
    if tok.base_rel not in ("obj", "iobj") or not tok.head:
        return set()
    return {actor.code for c in a.sentence.children(tok.head) if c.base_rel == "nsubj"
            for actor in [resolve_actor(a.sentence, c.id, a.codebook, a.date, a.memo)] if actor is not None}


def matrix_subject(a: SentenceAnalysis, tok: Token) -> ActorRef | None:
    """For the subject pronoun of a complement or adverbial clause, the actor subject of
    the clause that governs it: "the Fijian rebels said they will release" → FJIREB."""
    if tok.base_rel != "nsubj" or not tok.head:
        return None
    clause = a.sentence.token(tok.head)
    if clause.base_rel not in ("ccomp", "advcl", "conj", "parataxis") or not clause.head:
        return None
    governor = a.sentence.token(clause.head)
    for _ in range(len(a.sentence.tokens)):  # bounded: malformed input can hold head cycles
        subjects = [c for c in a.sentence.children(governor.id) if c.deprel == "nsubj"]
        for child in subjects:
            if child.id < tok.id and child.upos != "PRON":
                return resolve_actor(a.sentence, child.id, a.codebook, a.date, a.memo)
        if subjects or governor.base_rel != "conj" or not governor.head:
            return None
        # "the rebels rejected the plan and said they opposed it": the conjunct shares the
        # subject; not past people named in between ("arrested five protesters and said they
        # had attacked": the protesters)
        governor = a.sentence.token(governor.head)
        if any(c.base_rel == "obj" and (actor := resolve_actor(a.sentence, c.id, a.codebook, a.date, a.memo))
               is not None and actor.agent for c in a.sentence.children(governor.id)):
            return None
    return None


def resolve_definite(a: SentenceAnalysis, tok: Token, exclude: frozenset[str] = frozenset()) -> ActorRef | None:
    """"the country" → the last country mentioned; "the group" → the last organization."""
    lemma = lemma_of(tok)
    determiners = {lemma_of(c) for c in a.sentence.children(tok.id) if c.base_rel == "det"}
    if not determiners & a.profile.definite_determiners:
        return _owner_country(a, tok) if lemma in a.profile.definite_countries else None
    if lemma in a.profile.definite_countries:
        wanted = {"country"}
    elif lemma in a.profile.definite_groups:
        wanted = {"organization", "group"}
    else:
        return None
    for m in a.earlier_mentions(tok.id):
        if m.type in wanted and m.code not in exclude:
            phrase = [t for t in a.sentence.subtree(tok.id) if t.base_rel != "case"]
            return replace(m, head=tok.id, text=" ".join(t.text for t in phrase),
                           start_char=phrase[0].start_char, end_char=phrase[-1].end_char,
                           resolved_from="definite")
    return None


def _owner_country(a: SentenceAnalysis, tok: Token) -> ActorRef | None:
    """A country noun of the profile's ``definite_countries`` with a possessive ("its
    country"): the country of the actor the possessive stands for ("the president of Gondor
    announced that his country will send troops": Gondor)."""
    owner = possessive_owner(a, tok)
    if owner is None or countryless(owner) or not owner.country or len(owner.code) < 3:
        return None
    return replace(owner, code=owner.code[:3], agent=None, type="country", head=tok.id, text=tok.text,
                   start_char=tok.start_char, end_char=tok.end_char, resolved_from="definite")


def countryless(actor: ActorRef) -> bool:
    """An agent without a country: ---COP."""
    return actor.code.startswith(UNKNOWN_COUNTRY)


def unique_actors(actors: list[ActorRef]) -> list[ActorRef]:
    seen, out = set(), []
    for actor in actors:
        if actor.code not in seen:
            seen.add(actor.code)
            out.append(actor)
    return out
