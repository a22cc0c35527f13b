"""Repairs of phrases a parser hangs on the wrong word, applied by
:func:`coder.code.repairs.repair_parse` (each changes only heads and relations, and only
where the UD graph alone shows the slip):

- An apposition read as a conjunct ("The main rebel group, Forces for Unity (FU), insisted
  ..."): a nominal's only conjunct, with no coordinator, set off by commas on both sides and
  holding no verb: an apposition, the words between the commas that the parser hung on the
  first noun hung on it.
- A speaker read as a conjunct of a noun of the clause it reports ("... refugees in Minas,
  the Food Agency said") or as a second object of its verb ("ordered Y to suspend
  publication, a spokesman said"): a nominal conjunct with no coordinator or an object
  after a comma (its verb has one before it), right before a verb with no subject: that
  verb's subject.
- A conjunct read as a second subject of the verb ("Arnor/nsubj and/cc(Gondor) the evil
  Gondor/nsubj welcomed"): a nominal subject whose phrase follows an earlier subject's
  phrase of the same verb with only a coordinator (the profile's ``coordinators``) and
  commas between: a conjunct of that subject, the coordinator its cc.
- A named day read as a subject beside the real one ("Rohan Monday/nsubj said"), as the
  head of the subject with the real one hung on it ("Gondor's army today/nsubj ordered") or
  as the first word of a name right after a verb ("said Monday/compound Gondor had
  attacked"; the profile's ``named_days``): the time of the verb.
- A subject hung on the complement of the verb that follows it ("Officials/nsubj(attacked)
  in Minas said Gondor troops had attacked"), or on a clause conjoined or set beside it
  ("Sudan's government/nsubj(reported) lifted the curfew, Omdurman radio reported/conj"):
  the subject of the subjectless verb between, the later clause keeping the subject after
  that verb.
- A participle clause after the subject read as the main verb ("Troops, backed/root by
  Rohan, attacked/conj the town"; "Rebels backed/root by Rohan/nsubj(attacked) attacked"):
  a participle with a subject before it and no auxiliary, and a finite verb after it with
  no subject of its own (or only the participle's "by" phrase), set off by a comma or
  after the participle's own "by" phrase ("Rebels supported/root by Rohan attacked/advcl";
  a verb tagged a participle that has an object and no auxiliary is finite: "warplanes
  backed by Rohan bombed/Part positions"): the finite verb heads the clause, the subject
  is its subject and the participle modifies the subject, keeping its "by" phrase as its
  agent.
- An agent read as the subject of a participle after it ("was attacked by militiamen/nsubj
  armed/conj with machetes, killing/conj 156"): a subject has no "by", so the noun is the
  agent of the passive before it and the participle its modifier; the clauses the parser
  hung on the participle after a comma go back to the passive.
- The head noun of an object read as the subject of a reduced relative after it ("captured
  two Army (NPA)/obj camps/nsubj located/advcl in Abra"): a past participle hung on the
  verb as an adverbial clause, its only subject right after the verb's object phrase, which
  ends in a name: the noun heads the object, the name its modifier, the participle the
  noun's modifier.
- The complement of a verb of object control read as a purpose clause ("ordered the paper
  to suspend/advcl publication"; the profile's ``object_control_verbs``): a subjectless
  to-infinitive starting right after the verb's object is its open complement (xcomp).
- A counted subject whose approximator was read as its preposition ("About/case 200
  supporters/obl blocked roads"; the profile's ``approximators``): the verb's subject.
- A possessor whose possessive the tokenizer left attached, read as a second argument
  beside the noun it possesses ("praised Haiti's/obj efforts/obj", "Mexico's/nsubj
  Defence Ministry/nsubj said", "near Macedonia's/nmod border/nmod"; the profile's
  ``possessive_suffixes``), or split off and hung on it ("Kurdistan Workers/nsubj '/punct
  Party/nsubj"; ``possessive_markers``): a word with the suffix or the marker and no other
  dependents after it, followed by a noun of the same head and relation whose phrase holds
  every word between them: that noun's possessor (nmod:poss), its case marker the noun's.
- An event noun in -ing read as a verb after a singular noun or adjective with an article
  ("A suicide/nsubj bombing/VERB killed 20", "A car bombing/root in Minas wounded/advcl
  12"): a verb with no object, auxiliary or clause of its own and that word its only
  dependent before it is the noun the article opens; a finite verb with no subject hung on
  it after it heads the clause, with the noun as its subject (tags change as well).
"""

from __future__ import annotations

from coder.copies import replace
from coder.doc import Sentence, Token
from coder.lang import LanguageProfile
from coder.code.syntax import case_marker, lemma_of
from coder.code.words import name_form

NOMINALS = ("NOUN", "PROPN")
CLAUSE_RELS = ("conj", "xcomp", "ccomp", "parataxis")
GERUND_BLOCKERS = ("obj", "iobj", "aux", "cop", "mark", "ccomp", "xcomp", "csubj", "expl", "compound:prt")


def repair_phrases(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with the slips above repaired (the same object when there are none)."""
    sentence = repair_gerunds(sentence, profile)
    heads: dict[int, tuple[int, str]] = {}
    for finder in (_possessors_read_as_siblings, _days_read_as_subjects, _conjuncts_read_as_subjects, _appositions_read_as_conjuncts, _speakers_read_as_conjuncts,
                   _subjects_hung_past_their_verb, _participles_read_as_main_verbs, _agents_read_as_subjects,
                   _objects_read_as_subjects_of_participles, _complements_read_as_purposes,
                   _approximate_counts_read_as_obliques):
        for tok_id, change in finder(sentence, profile).items():
            heads.setdefault(tok_id, change)
    if not heads:
        return sentence
    return with_heads(sentence, heads)


def _span(sentence: Sentence, tok: Token) -> tuple[int, int]:
    """The first and last word of the token's phrase, leaving out punctuation at its edges."""
    ids = [t.id for t in sentence.subtree(tok.id) if t.upos != "PUNCT" or t.text in (")", "]")]
    return min(ids), max(ids)


def _is_comma(sentence: Sentence, tok_id: int) -> bool:
    return 1 <= tok_id <= len(sentence.tokens) and sentence.token(tok_id).text == ","


def _lone_conjunct(sentence: Sentence, tok: Token) -> Token | None:
    """The nominal head of a nominal conjunct that is its only conjunct and has no
    coordinator (neither of them), after a comma; else None."""
    if tok.base_rel != "conj" or tok.upos not in NOMINALS or not tok.head or tok.head > tok.id:
        return None
    head = sentence.token(tok.head)
    if head.upos not in NOMINALS:
        return None
    if [c.id for c in sentence.children(head.id) if c.base_rel == "conj"] != [tok.id]:
        return None
    if any(c.base_rel == "cc" for c in sentence.children(tok.id) + sentence.children(head.id)):
        return None
    return head if _is_comma(sentence, _span(sentence, tok)[0] - 1) else None


def _appositions_read_as_conjuncts(sentence: Sentence, profile: LanguageProfile) -> dict[int, tuple[int, str]]:
    changes: dict[int, tuple[int, str]] = {}
    for tok in sentence.tokens:
        if tok.base_rel != "conj":  # (the first test of _lone_conjunct, asked here: most words are none)
            continue
        head = _lone_conjunct(sentence, tok)
        if head is None:
            continue
        close = next((t.id for t in sentence.tokens[tok.id:] if t.text == ","), None)
        if close is None or close + 1 > len(sentence.tokens) or sentence.token(close + 1).upos == "CCONJ":
            continue  # "Mordor, the awful Arnor, and Gondor": a list
        between = sentence.tokens[tok.id:close - 1]
        inside = {t.id for t in sentence.subtree(head.id)}
        if any(t.upos in ("VERB", "AUX", "CCONJ") or t.id not in inside for t in between):
            continue
        changes[tok.id] = (head.id, "appos")
        for t in between:
            if t.head == head.id:
                changes[t.id] = (tok.id, t.deprel)
    return changes


def _conjuncts_read_as_subjects(sentence: Sentence, profile: LanguageProfile,
                                verbs: tuple[Token, ...] | None = None) -> dict[int, tuple[int, str]]:
    """``verbs``: the words asked (by default those two subjects hang on; a word with fewer
    has no pair of them, tests/test_repair_shortcuts.py)."""
    changes: dict[int, tuple[int, str]] = {}
    if not profile.coordinators:
        return changes
    for verb in _heads_of_two_subjects(sentence) if verbs is None else verbs:
        subjects = [c for c in sentence.children(verb.id)
                    if c.base_rel == "nsubj" and c.upos in (*NOMINALS, "PRON")]
        for first, second in zip(subjects, subjects[1:]):
            if second.upos not in NOMINALS or first.deprel != second.deprel:
                continue
            end, (start, _) = _span(sentence, first)[1], _span(sentence, second)
            if end >= start or any(sentence.token(i).upos not in ("PUNCT", "CCONJ") for i in range(end + 1, start)):
                continue
            words = [t for t in sentence.tokens[end:second.id - 1] if t.upos != "PUNCT"]
            if not words or words[0].upos != "CCONJ" or words[0].lower not in profile.coordinators:
                continue
            anchor = changes[first.id][0] if first.id in changes else first.id  # "A, B and C"
            changes[second.id] = (anchor, "conj")
            changes[words[0].id] = (second.id, "cc")
    return changes


def _heads_of_two_subjects(sentence: Sentence) -> list[Token]:
    """The words that two or more subjects hang on, in order (most sentences: none)."""
    heads, shared = set(), set()
    for t in sentence.tokens:
        if t.base_rel == "nsubj":
            (shared if t.head in heads else heads).add(t.head)
    return [sentence.token(i) for i in sorted(shared) if i]


def _speakers_read_as_conjuncts(sentence: Sentence, profile: LanguageProfile) -> dict[int, tuple[int, str]]:
    changes: dict[int, tuple[int, str]] = {}
    for tok in sentence.tokens:
        if tok.base_rel not in ("conj", "obj"):  # (the first tests of the two checks, asked here)
            continue
        if _lone_conjunct(sentence, tok) is None and not _second_object(sentence, tok):
            continue
        after = _span(sentence, tok)[1] + 1
        if after > len(sentence.tokens):
            continue
        verb = sentence.token(after)
        if verb.upos != "VERB" or verb.feat("VerbForm") != "Fin" or verb.head == tok.id:
            continue
        if any(c.base_rel in ("nsubj", "csubj", "expl") for c in sentence.children(verb.id)):
            continue
        changes[tok.id] = (verb.id, "nsubj")
    return changes


def _second_object(sentence: Sentence, tok: Token) -> bool:
    """A nominal object after a comma of a verb that has an object before it: a verb has
    one object ("ordered Y to suspend publication/obj, a spokesman/obj ... said")."""
    if tok.base_rel != "obj" or tok.upos not in NOMINALS or not tok.head:
        return False
    if not any(c.base_rel == "obj" and c.id < tok.id for c in sentence.children(tok.head)):
        return False  # (asked before the phrase's words are read: most verbs have one object)
    return _is_comma(sentence, _span(sentence, tok)[0] - 1)


def _possessors_read_as_siblings(sentence: Sentence, profile: LanguageProfile,
                                 words: tuple[Token, ...] | None = None) -> dict[int, tuple[int, str]]:
    """``words``: the words asked (by default those :func:`_possessor_candidates` gives; every
    other word gets no answer, tests/test_repair_shortcuts.py)."""
    suffixes = profile.possessive_suffixes + profile.plural_possessive_suffixes
    markers = profile.possessive_markers
    if not suffixes:
        return {}
    heads: dict[int, tuple[int, str]] = {}
    for tok in _possessor_candidates(sentence, suffixes, markers) if words is None else words:
        if tok.upos not in NOMINALS or not tok.head:
            continue
        after = [c for c in sentence.children(tok.id) if c.id > tok.id]
        # "Workers/nsubj '/punct Party/nsubj": the possessive split off and hung on the word
        marker = after[0] if len(after) == 1 and after[0].id == tok.id + 1 and after[0].text in markers else None
        if (marker is None and after) or (marker is None and name_form(tok.text, profile) == tok.text):
            continue
        owned = _possessed_noun(sentence, tok, marker)
        if owned is None:
            continue
        heads[tok.id] = (owned.id, "nmod:poss")
        if marker is not None:
            heads[marker.id] = (tok.id, "case")
        if not any(c.base_rel == "case" for c in sentence.children(owned.id)):
            heads.update((c.id, (owned.id, c.deprel)) for c in sentence.children(tok.id) if c.base_rel == "case")
    return heads


def _possessor_candidates(sentence: Sentence, suffixes: tuple[str, ...], markers) -> list[Token]:
    """The words that may be possessors, in order: a word written with a possessive suffix
    (only such a word differs from its name form) or standing before a possessive marker
    (most sentences: none)."""
    texts = sentence.texts
    ids = [i + 1 for i, text in enumerate(texts) if text.endswith(suffixes)]
    if markers:
        ids += [i for i, text in enumerate(texts) if i and text in markers]
        ids = sorted(set(ids))
    return list(map(sentence.token, ids))


def _possessed_noun(sentence: Sentence, tok: Token, marker: Token | None = None) -> Token | None:
    """The noun after ``tok`` (and its possessive ``marker``) with its head and relation whose
    phrase holds every word between them ("Haiti's [the] efforts"), else None."""
    first = tok.id + 1 if marker is None else marker.id + 1
    for noun in sentence.children(tok.head):
        if noun.id <= tok.id or noun.upos not in NOMINALS or noun.deprel != tok.deprel:
            continue
        inside = {t.id for t in sentence.subtree(noun.id)}
        return noun if all(i in inside for i in range(first, noun.id)) else None
    return None


def _days_read_as_subjects(sentence: Sentence, profile: LanguageProfile) -> dict[int, tuple[int, str]]:
    changes: dict[int, tuple[int, str]] = {}
    if profile.named_days.isdisjoint(sentence.lowered):
        return changes  # (most sentences: no named day)
    for day in sentence.tokens:
        if day.lower not in profile.named_days or not day.head:
            continue
        head = sentence.token(day.head)
        if sentence.children(day.id):
            changes.update(_day_heading_the_subject(sentence, day, head))
            continue
        if day.base_rel == "nsubj" and head.upos in ("VERB", "AUX") and any(
                c.base_rel == "nsubj" and c.id < day.id and c.id != day.id for c in sentence.children(head.id)):
            changes[day.id] = (head.id, "obl:tmod")  # "Rohan Monday/nsubj said"
        elif day.base_rel in ("compound", "amod", "nmod") and head.upos in NOMINALS and day.id < head.id \
                and day.id > 1 and _span(sentence, head)[0] == day.id and case_marker(sentence, day) is None:
            verb = sentence.token(day.id - 1)
            if verb.upos == "VERB":  # "said Monday/compound Gondor had attacked"
                changes[day.id] = (verb.id, "obl:tmod")
    return changes


def _day_heading_the_subject(sentence: Sentence, day: Token, verb: Token) -> dict[int, tuple[int, str]]:
    """"Gondor's army today/nsubj ordered": a day heading a verb's subject, the words before
    it hung on it, the last of them a noun just before it: that noun heads the subject (its
    other words go to it) and the day is the time of the verb. Else nothing."""
    if day.base_rel != "nsubj" or verb.upos not in ("VERB", "AUX") or day.id < 2:
        return {}
    children = sentence.children(day.id)
    noun = sentence.token(day.id - 1)
    if any(c.id > day.id for c in children) or noun.head != day.id or noun.upos not in NOMINALS:
        return {}
    changes = {noun.id: (verb.id, day.deprel), day.id: (verb.id, "obl:tmod")}
    for c in children:
        if c.id != noun.id:
            changes[c.id] = (noun.id, c.deprel)
    return changes


def _subjects_hung_past_their_verb(sentence: Sentence, profile: LanguageProfile) -> dict[int, tuple[int, str]]:
    changes: dict[int, tuple[int, str]] = {}
    for subject in sentence.tokens:
        if subject.base_rel != "nsubj" or subject.upos not in NOMINALS + ("PRON",) or not subject.head:
            continue
        clause = sentence.token(subject.head)
        if clause.base_rel not in ("ccomp", "parataxis", "conj") or clause.id < subject.id or not clause.head:
            continue
        verb = sentence.token(clause.head)
        if verb.upos != "VERB" or not subject.id < verb.id < clause.id:
            continue
        if any(c.base_rel in ("nsubj", "csubj", "expl") for c in sentence.children(verb.id)):
            continue
        if not any(c.base_rel == "nsubj" and c.id > verb.id for c in sentence.children(clause.id)):
            continue
        if _span(sentence, subject)[1] >= verb.id:
            continue
        changes[subject.id] = (verb.id, "nsubj")
    return changes


def _participles_read_as_main_verbs(sentence: Sentence, profile: LanguageProfile) -> dict[int, tuple[int, str]]:
    changes: dict[int, tuple[int, str]] = {}
    for part in sentence.tokens:
        if part.upos != "VERB" or part.feat("VerbForm") != "Part" or part.feat("Tense") != "Past":
            continue
        children = sentence.children(part.id)
        if any(c.base_rel in ("aux", "cop", "mark", "expl") or c.deprel == "aux:pass" for c in children):
            continue
        subjects = [c for c in children if c.base_rel == "nsubj"]
        if len(subjects) != 1 or subjects[0].id > part.id or lemma_of(subjects[0]) in profile.time_words:
            continue
        main = _main_verb_after(sentence, part, children, profile)
        if main is None:
            continue
        verb, agent = main
        subject = subjects[0]
        changes[verb.id] = (part.head, part.deprel)
        changes[subject.id] = (verb.id, "nsubj")
        changes[part.id] = (subject.id, "acl")
        if agent is not None:
            changes[agent.id] = (part.id, "obl:agent")
        for c in children:
            if c.id != subject.id and (c.id < subject.id and c.base_rel != "punct" or c.id > verb.id):
                changes[c.id] = (verb.id, c.deprel)
    return changes


def _main_verb_after(sentence: Sentence, part: Token, children: list[Token], profile: LanguageProfile
                     ) -> tuple[Token, Token | None] | None:
    """(finite verb, the participle's agent hung on it as a subject or None) when the
    participle's first finite clause after it has no subject but that agent, no
    coordinator and no marker; else None."""
    for verb in children:
        if verb.id < part.id or verb.base_rel not in CLAUSE_RELS + ("advcl",) or verb.upos != "VERB":
            continue  # (an adverbial clause has a marker, or is no finite verb: checked below)
        own = sentence.children(verb.id)
        if verb.feat("VerbForm") != "Fin" and not _active_participle(verb, own):
            continue
        if any(c.base_rel in ("cc", "mark", "csubj", "expl") for c in own):
            return None
        subjects = [c for c in own if c.base_rel == "nsubj"]
        if not subjects:
            start = _span(sentence, verb)[0]
            # "..., backed by Y, attacked"; "Rebels supported by Y attacked": a participle
            # with its "by" phrase and no auxiliary is no finite verb of its own
            agentive = any(c.base_rel == "obl" and c.id < verb.id and case_marker(sentence, c) == profile.agent_preposition
                           for c in children)
            return (verb, None) if _is_comma(sentence, start - 1) or agentive else None
        agent = subjects[0]
        if len(subjects) == 1 and case_marker(sentence, agent) == profile.agent_preposition and agent.id > part.id:
            return verb, agent
        return None
    return None


def _active_participle(verb: Token, own: list[Token]) -> bool:
    """A past participle with an object and no auxiliary ("... by Y bombed/Part positions/obj"):
    a parser's tag for the finite verb of an active clause (a passive takes no object)."""
    return verb.feat("VerbForm") == "Part" and verb.feat("Tense") == "Past" \
        and any(c.base_rel == "obj" for c in own) and not any(c.base_rel == "aux" for c in own)


def _agents_read_as_subjects(sentence: Sentence, profile: LanguageProfile) -> dict[int, tuple[int, str]]:
    changes: dict[int, tuple[int, str]] = {}
    for agent in sentence.tokens:
        if agent.base_rel != "nsubj" or agent.upos not in NOMINALS or not agent.head \
                or case_marker(sentence, agent) != profile.agent_preposition:
            continue
        part = sentence.token(agent.head)
        if part.upos != "VERB" or part.feat("VerbForm") != "Part" or part.feat("Tense") != "Past" \
                or part.id < agent.id or part.base_rel not in CLAUSE_RELS + ("advcl",) or not part.head:
            continue
        passive = sentence.token(part.head)
        if passive.upos != "VERB" or passive.id > agent.id or not any(
                c.deprel in ("aux:pass", "nsubj:pass") for c in sentence.children(passive.id)):
            continue
        changes[agent.id] = (passive.id, "obl:agent")
        changes[part.id] = (agent.id, "acl")
        for c in sentence.children(part.id):
            if c.base_rel in ("conj", "advcl") and c.upos == "VERB" and _is_comma(sentence, _span(sentence, c)[0] - 1):
                changes[c.id] = (passive.id, c.deprel)  # ", killing 156": the passive's
    return changes


def repair_gerunds(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with each event noun in -ing read as a verb made a noun (see the module
    docstring; the same object when there is none)."""
    heads: dict[int, tuple[int, str]] = {}
    nouns: set[int] = set()
    if not profile.gerund_noun_endings:
        return sentence
    for gerund in sentence.tokens:
        if gerund.upos != "VERB":  # (the check's first test, asked here: most words are no verb)
            continue
        modifier = _article_modifier_of_gerund(sentence, gerund, profile.gerund_noun_endings)
        if modifier is None or gerund.id in heads:
            continue
        nouns.add(gerund.id)
        heads[modifier.id] = (gerund.id, "compound" if modifier.upos == "NOUN" else "amod")
        for det in sentence.children(modifier.id):
            heads[det.id] = (gerund.id, "det")
        if gerund.base_rel in ("root", "ccomp", "parataxis", "conj"):
            verb = next((c for c in sentence.children(gerund.id) if c.id > gerund.id and c.upos == "VERB"
                         and c.base_rel in ("advcl", "conj", "acl", "parataxis", "ccomp")
                         and c.feat("VerbForm") == "Fin"
                         and not any(g.base_rel in ("nsubj", "csubj", "mark", "cc") for g in sentence.children(c.id))),
                        None)
            if verb is not None:  # "A car bombing/root in Minas wounded/advcl 12": the verb's subject
                heads[verb.id] = (gerund.head, gerund.deprel)
                heads[gerund.id] = (verb.id, "nsubj")
                for c in sentence.children(gerund.id):
                    if c.id > verb.id:
                        heads[c.id] = (verb.id, c.deprel)
    if not nouns:
        return sentence
    return rebuilt(sentence, heads, {i: GERUND_NOUN for i in nouns})


# the tags of a gerund made a noun ("bombing", "firing"): its lemma is its form
GERUND_NOUN = {"upos": "NOUN", "feats": (("Number", "Sing"),), "lemma": None}


def rebuilt(sentence: Sentence, heads: dict[int, tuple[int, str]], retag: dict[int, dict]) -> Sentence:
    """The sentence with new (head, relation) pairs and, for the words in ``retag``, new tags
    (keyword arguments of ``replace``; a lemma of None is the word's form lower-cased)."""
    out = []
    for t in sentence.tokens:
        if t.id in retag:
            tags = retag[t.id]
            t = replace(t, **{**tags, "lemma": t.lower} if "lemma" in tags and tags["lemma"] is None else tags)
        if t.id in heads:
            t = replace(t, head=heads[t.id][0], deprel=heads[t.id][1])
        out.append(t)
    return replace(sentence, tokens=tuple(out))


def with_heads(sentence: Sentence, heads: dict[int, tuple[int, str]]) -> Sentence:
    """The sentence with new (head, relation) pairs for the words in ``heads``."""
    return rebuilt(sentence, heads, {})


def with_tokens(sentence: Sentence, changes: dict[int, Token]) -> Sentence:
    """The sentence with the words in ``changes`` (by id) put in place of its own."""
    return replace(sentence, tokens=tuple(changes.get(t.id, t) for t in sentence.tokens))


def _article_modifier_of_gerund(sentence: Sentence, gerund: Token, endings: tuple[str, ...]) -> Token | None:
    """The singular noun or adjective with an article, standing just before a gerund-like verb
    with no object, auxiliary or clause of its own and hung on it as its only dependent
    before it ("A suicide/nsubj bombing/VERB"); else None."""
    if gerund.upos != "VERB" or gerund.feat("Tense") == "Past" or not gerund.lower.endswith(endings) \
            or gerund.feat("VerbForm") not in ("Ger", "Part") or gerund.id < 3:
        return None
    children = sentence.children(gerund.id)
    before = [c for c in children if c.id < gerund.id]
    if len(before) != 1 or before[0].id != gerund.id - 1 or any(c.base_rel in GERUND_BLOCKERS for c in children):
        return None
    modifier = before[0]
    if modifier.upos not in ("NOUN", "ADJ") or modifier.base_rel not in ("nsubj", "amod", "compound") \
            or modifier.feat("Number") == "Plur":
        return None
    own = sentence.children(modifier.id)
    if len(own) != 1 or own[0].base_rel != "det" or own[0].id != modifier.id - 1 \
            or own[0].feat("PronType") not in (None, "Art"):
        return None
    return modifier


def _objects_read_as_subjects_of_participles(sentence: Sentence, profile: LanguageProfile
                                             ) -> dict[int, tuple[int, str]]:
    changes: dict[int, tuple[int, str]] = {}
    for part in sentence.tokens:
        if part.upos != "VERB" or part.feat("VerbForm") != "Part" or part.feat("Tense") != "Past" \
                or part.base_rel != "advcl" or not part.head or part.head > part.id:
            continue
        own = sentence.children(part.id)
        subjects = [c for c in own if c.base_rel == "nsubj"]
        if len(subjects) != 1 or any(c.base_rel in ("aux", "mark", "cop", "expl") or c.deprel == "aux:pass" for c in own):
            continue
        noun = subjects[0]
        start, end = _span(sentence, noun)
        if noun.upos != "NOUN" or end != noun.id or noun.id != part.id - 1:
            continue
        objects = [c for c in sentence.children(part.head) if c.base_rel == "obj"]
        if len(objects) != 1 or _span(sentence, objects[0])[1] != start - 1:
            continue
        last = sentence.token(start - 1)
        if last.upos != "PROPN" and last.text != ")":
            continue
        obj = objects[0]
        changes[noun.id] = (part.head, "obj")
        changes[obj.id] = (noun.id, "nmod:poss" if any(
            c.lower in profile.possessive_markers for c in sentence.children(obj.id)) else "compound")
        for c in sentence.children(obj.id):  # "two (Army) camps": the count is the noun's
            if c.base_rel in ("nummod", "det") and c.id < obj.id:
                changes[c.id] = (noun.id, c.deprel)
        changes[part.id] = (noun.id, "acl")
    return changes


def _complements_read_as_purposes(sentence: Sentence, profile: LanguageProfile) -> dict[int, tuple[int, str]]:
    changes: dict[int, tuple[int, str]] = {}
    for clause in sentence.tokens:
        if clause.base_rel != "advcl" or clause.upos != "VERB" or not clause.head or clause.head > clause.id:
            continue
        verb = sentence.token(clause.head)
        if verb.upos != "VERB" or lemma_of(verb) not in profile.object_control_verbs:
            continue
        own = sentence.children(clause.id)
        marks = [c for c in own if c.base_rel == "mark"]
        if len(marks) != 1 or lemma_of(marks[0]) != profile.infinitive_marker or any(
                c.base_rel in ("nsubj", "csubj", "aux") for c in own):
            continue
        objects = [c for c in sentence.children(verb.id) if c.base_rel == "obj"]
        if len(objects) != 1 or _span(sentence, objects[0])[1] + 1 != marks[0].id:
            continue
        changes[clause.id] = (verb.id, "xcomp")
    return changes


def _approximate_counts_read_as_obliques(sentence: Sentence, profile: LanguageProfile) -> dict[int, tuple[int, str]]:
    """A counted subject whose approximator was read as its preposition ("About/case 200
    supporters/obl blocked roads"; the profile's ``approximators``): a nominal before its
    verb, which has no subject, opening with the approximator right before its number: the
    verb's subject, the approximator a modifier of the number."""
    changes: dict[int, tuple[int, str]] = {}
    if not profile.approximators:
        return changes
    for noun in sentence.tokens:
        if noun.base_rel != "obl" or noun.upos not in NOMINALS or not noun.head or noun.head < noun.id:
            continue
        verb = sentence.token(noun.head)
        marker = next((c for c in sentence.children(noun.id) if c.base_rel == "case"), None)
        if verb.upos != "VERB" or marker is None or lemma_of(marker) not in profile.approximators \
                or marker.id + 1 >= noun.id or marker.id != _span(sentence, noun)[0]:
            continue
        number = sentence.token(marker.id + 1)
        if number.upos != "NUM" or number.head != noun.id or any(
                c.base_rel in ("nsubj", "csubj", "expl") for c in sentence.children(verb.id)):
            continue
        changes[noun.id] = (verb.id, "nsubj")
        changes[marker.id] = (number.id, "advmod")
    return changes
