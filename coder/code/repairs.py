"""Repairs of parser slips that are safe to undo on the UD graph alone, applied before a
sentence is analysed. Each repair names the construction it restores; none changes the
words, only heads and relations (and the tag and lemma of a verb read as an adjective or a
noun), and none can create a cycle.

- A comma and a subjectless present participle read as a conjoined verb ("shelled the
  town, killing 20 people"): an adverbial clause of the verb before it, as UD writes it.
- A clause opened by a relative pronoun or a relative adverb, read as a conjoined or
  adverbial clause ("refugees who entered illegally and are wanted", "the province where
  28 people were killed") or as a complement ("Police, who arrested 40 people, said"): a
  relative clause of the noun before it.
- A subordinator of condition or time read as a word of the next clause's subject ("...
  unless Baghdad accepted", with "unless" a compound of "Baghdad" or of a word of its
  name): the marker of that clause, which is adverbial, not conjoined or a complement; a phrase the parser
  hung on the subordinator ("war with Iraq unless ...") goes back to the noun before it.
- A verb and its result read as two adjectives or nouns ("was shot dead", "gunmen shot dead
  a trader"; the profile's ``resultative_verbs``): the verb, with the result word its
  complement, in the clause the pair stood for (passive after a form of "be").
- A headline's passive read as an active ("man killed in encounter", "youth lynched by
  mob"): a verb that needs an object (the profile's ``object_verbs``) with a subject but no
  object, auxiliary or copula; its subject is the patient, its "by" phrase the agent. The
  same for any verb with a passive subject and a "by" phrase but no auxiliary ("gunned
  down by police", which the coder would otherwise read as an active with a mislabelled
  subject).
- The subject of a conjoined clause read as a conjunct of a nominal before it ("torched
  shops in Arnor, and police/conj arrested/conj 25 people"): the conjoined verb's subject.
- A complement clause read as a relative clause on the object before it, with the
  complementizer as one of its two subjects ("told the council that/nsubj Gondor/nsubj had
  attacked/acl:relcl Mordor"): the complementizer its marker, the clause the verb's
  complement (ccomp). A subject hung on an auxiliary ("the army/nsubj(had) had/aux
  killed"): the subject of the auxiliary's verb. A negator hung on a verb right before its
  complement's infinitive marker ("vowed not/advmod(vowed) to negotiate"): the infinitive's.
- A complement clause read as a conjunct of the verb before it ("demanded an admission by
  Moscow that/mark NKVD forces murdered/conj ..."; the profile's ``complementizers``): the
  verb's complement (ccomp).
- A reduced relative read as a passive clause whose subject has a preposition ("opened
  investigations against 28 officials/nsubj:pass suspected/ccomp of taking kickbacks"): the
  noun's phrase modifies the word before it, the participle modifies the noun.
- A subjectless past participle conjoined, with neither a coordinator nor a comma, to the
  verb whose object's phrase it follows ("welcomed assurances sent/conj by X"): a reduced
  relative (acl) of the object.
- An attributive past participle read as the complement of the verb just before it, with
  that verb's object its own ("will abandon improved/xcomp relations/obj"): a modifier
  (amod) of the noun, which is the verb's object.
- A noun read as an infinitive complement without the infinitive marker, right after a verb
  that takes no bare infinitive (the profile's ``bare_infinitive_verbs``) and has no object
  ("promised aid/VERB to the villages"): a noun, the verb's object.
- A bare infinitive conjoined to a finite verb that has an infinitive complement before it
  ("promised to democratize X and establish Y", with "establish" hung on "promised"): a
  conjunct of that complement.
- A phrase marked as a direct object (the profile's ``object_markers``, Spanish personal
  "a"; English has none) hung on the last noun of an oblique of a verb that has no object
  ("killed in the hamlet of X, village Y, <a> two people"): the verb's object.
- An adjective before a verb that has no subject, read as the verb's adjectival modifier
  ("Unknown-men killed ...": a substantive adjective opening the clause): its subject.
- A headline verb read as a noun ("police kill/NOUN 2 dacoits", "cops detain/NOUN 50"): a
  verb that needs an object (``object_verbs``) between a nominal before it and a nominal or
  number after it, hung on it as modifiers: the verb, its subject and its object. One hung
  on the plural noun before it ("cops/root arrest/NOUN 3 for murder") heads it first; so does
  one read as a compound of the plural noun after it ("riot police beat/compound protesters").
- A preposition read as a noun, adjective or verb (the profile's ``unambiguous``
  prepositions: "an investigation/ADJ against/NOUN Gondor", "used against/ADJ detainees",
  "rallies against/VERB Sauron"): the case marker of the noun after it; a noun just before
  it hung on it or on that noun heads the phrase (tagged a noun).
- A bare number heading a verb's object or passive subject ("two held for murder", "3 killed in
  blast", "police arrest 5"): a count of unnamed people, read as the profile's
  ``count_noun`` ("people") so that it names the agent that noun names. Not a year, nor a
  number with a determiner ("the two") or words of its own ("two of the rebels").
- A bounded count read as an oblique ("killed more/advmod than/case 30 rebels/obl"; the
  profile's ``count_phrases``): the verb's object, when it has none and the phrase no other
  preposition.
- A result noun read as a to-infinitive ("beaten to/PART death/VERB"; ``result_obliques``):
  an oblique of the verb with "to" its case marker, the obliques hung on it going to the verb.
- A noun or number just before a subjectless verb heading a clause, hung on it as a
  compound or a modifier ("rioters torched shops; 15/compound arrested"): its subject.
- A verb read as a modifier of its object after an auxiliary ("the US will supply/ADV
  arms/root to Israel"): the verb heading the clause, the noun its object.
- A participle read as the modifier of an object hung on an adjective or adverb heading the
  clause ("police have so far/root arrested/amod 15 persons/obj": an adjective takes no
  object): the verb heading the clause, the noun its object, the adjective its adverbial.
- A noun in "-ing" read as an adverbial clause right after the bare singular noun that
  modifies it ("killed in police/obl firing/advcl"): the head of the phrase, a noun, with
  the word before its compound.
- A finite verb hung on the subjectless noun before it ("Hundreds/root of protesters
  marched/acl", "Al/root - Shabaab claimed/parataxis"): the verb heading the clause, the noun
  its subject.
- A particle read as the case marker of the object after the verb ("handed over/case 700
  kg", "carried out attacks"), a reduced relative read as an adverbial clause that holds the
  main verb's subject ("workers affiliated with X stopped work"), a participle read as a
  modifier of a second object ("published a declaration demanding/amod changes/obj"): see
  :func:`_misattached_phrases`.
- A subordinator that is also a preposition read as the case marker of the subject of the
  clause it opens ("died after/case police/obl opened/xcomp fire"; the profile's
  ``subordinators``): the clause's marker, the noun its subject, the clause adverbial. Also
  with the noun hung on the verb after it as a UD v1 ``nmod`` ("years after/case
  crowds/nmod burned/conj its embassy"); a clause a parser conjoined to a nominal then
  hangs on the first verb above that nominal.
- A noun object before its verb, in a language whose objects follow the verb (the profile's
  ``objects_follow_verb``): the verb's subject ("The Syrian army/obj killed ...", "says the
  trio/obj includes/ccomp ...": the complement's).
- The subject of a reported clause hung on the speech verb after it ("The deployment/nsubj
  of troops have arrived/ccomp in Bosnia, Perry/nsubj said"): the clause's subject.
- A participle with an article, read as a verb ("the accused/VERB had been arrested",
  "picked up the accused/xcomp"): a noun (the substantive: the people it names), the
  object of the verb it complements.
- A modifier standing before the verb of the object it hangs on ("Ithilien/amod accused
  Gondor/obj"): the verb's subject.
- A place phrase between a subject and its verb, read as the verb's ("Police in Minas/obl
  arrested"): a modifier of the subject.
- A past participle of a codebook verb tagged as an adjective after a copula ("two workers
  were/cop hurt/ADJ"; the profile's ``adjectival_passive_auxiliaries``, ``participle_endings``
  and ``irregular_participles``): a passive, its subject the patient (with a codebook only).
- A codebook verb tagged as the modifier of its object hung on the nominal just before it
  ("Israel/root struck/ADJ rebel positions/obj": a noun takes no object): the verb heading
  the clause, the nominal its subject (with a codebook only).
- A relative clause read as the main clause, its verb holding the nominal before it and the
  relative pronoun as two subjects, and the main verb after its closing comma read as the
  modifier of an object ("Arnor, which fought a war in 1980, held/amod talks/obj"): the later
  verb heads the sentence, the nominal its subject, the clause a relative clause of it.
- A first word read as a verb heading the sentence, with the noun after it its object and the
  finite past verb after that noun's phrase its open complement ("aid/root agencies/obj
  delivered/xcomp food"): the word a compound of the noun, the noun the past verb's subject.
- Appositions and speakers read as conjuncts, named days read as subjects, subjects hung
  past their verb and participle clauses read as the main verb: see
  :mod:`coder.code.phrase_repairs`.
- An infinitive complement opened by a preposition (the profile's ``complement_markers``:
  "threatened with/mark impose/advcl sanctions", as a Spanish parse reads it) read as an
  adverbial clause: the verb's open complement (xcomp), when it follows the verb and has no
  subject, article or other marker of its own (those open adverbial clauses).
The repairs of headline verbs, verbs after auxiliaries, prepositions, counts, result
nouns and substantive participles change tags (and the lemma) as well as relations.
"""

from __future__ import annotations

from coder.copies import replace
from coder.doc import Sentence, Token
from coder.lang import LanguageProfile
from coder.code.phrase_repairs import GERUND_NOUN, rebuilt, repair_phrases, with_heads, with_tokens
from coder.code.syntax import case_marker, lemma_of, shares_a_relation
from coder.code.words import lemma_candidates

NOMINAL_HEADS = ("NOUN", "PROPN")


def _lacks(sentence: Sentence, words, *, lemmas: bool = False) -> bool:
    """Whether no word of the sentence (lower-cased; or its lemma, with ``lemmas``) is one of
    ``words``: a repair whose trigger words are absent has nothing to do (tested in one pass
    of set operations, before any word is looked at one by one)."""
    return words.isdisjoint(sentence.lowered) and (not lemmas or words.isdisjoint(sentence.lemmas_lowered))


def _first_words(profile: LanguageProfile, name: str) -> frozenset[str]:
    """Every beginning of the profile's phrases ``name`` (texts, or tuples of words) that a
    space ends ("shot dead": "shot"): the word a phrase's first word must be (once per
    profile)."""
    key = ("first-words", name)
    found = profile.memo.get(key)
    if found is None:
        phrases = [p if isinstance(p, str) else " ".join(p) for p in getattr(profile, name)]
        found = profile.memo[key] = frozenset(p[:i] for p in phrases for i, ch in enumerate(p) if ch == " ")
    return found


def repair_parse(sentence: Sentence, profile: LanguageProfile, codebook=None) -> Sentence:
    """The sentence with the slips above repaired (the same object when there are none);
    with a ``codebook``, participles read as adjectives after a copula too (the verbs it
    knows)."""
    sentence = _subjects_read_as_objects(sentence, profile)  # first: later repairs make patients objects
    sentence = _resultative_verbs(sentence, profile)
    for repair in (repair_phrases, _split_names, _substantive_participles, _verbs_read_as_nouns, _verbs_after_auxiliaries, _participles_read_as_modifiers, _gerunds_read_as_clauses, _misattached_phrases,
                   _places_between_subject_and_verb, _days_read_as_objects,
                   _misread_prepositions, _bounded_counts, _result_obliques,
                   _subjects_read_as_modifiers, _clauses_hung_on_their_subject, _repaired_clauses,
                   _counted_people, _copular_passives, _nouns_read_as_bare_infinitives,
                   _marked_complements_read_as_adverbials, _subjects_of_intent_read_as_expletives,
                   _relative_clauses_read_as_main, _first_nouns_read_as_verbs):
        sentence = repair(sentence, profile)
    if codebook is not None:
        sentence = _adjectival_passives(sentence, profile, codebook)
        sentence = _verbs_read_as_modifiers_of_objects(sentence, profile, codebook)
        sentence = _attributive_acts_of_force(sentence, profile, codebook)
    return sentence


def _attributive_acts_of_force(sentence: Sentence, profile: LanguageProfile, codebook) -> Sentence:
    """The sentence with the past participle of a codebook verb of force (a block whose
    code is CAMEO ``violent``) modifying the subject of the sentence's main verb ("the
    arrested/amod persons/nsubj:pass were produced in court", also tagged a compound: "the
    two arrested/compound youths") read as a passive participle
    of that noun ("the persons arrested"): the act is done to the noun's referent, its doer
    unsaid. The participle stands before its noun with no words of its own, ends in one of
    the profile's ``participle_endings`` (or is one of its ``irregular_participles``) and
    is not the verb's lemma; the noun is the subject of the root or of a complement clause
    ("police said the arrested persons had confessed"). Other modifiers ("the accused men":
    no verb of force; "an armed group" in an object) stay as they were, and so do the
    profile's ``state_participles``, which name the state an act left, told elsewhere ("the
    injured man was taken to hospital": no injury of this sentence). The same object when
    nothing is repaired."""
    retag: dict[int, dict] = {}
    heads: dict[int, tuple[int, str]] = {}
    for word in sentence.tokens:
        # (an adjective the parser made a compound: "the two arrested/compound youths")
        if word.base_rel not in ("amod", "compound") or word.upos not in ("ADJ", "VERB") \
                or not word.head or word.head < word.id:
            continue
        if _present_participle(word) or sentence.children(word.id):
            continue
        noun = sentence.token(word.head)
        if noun.upos not in NOMINAL_HEADS or noun.base_rel != "nsubj" or not noun.head \
                or sentence.token(noun.head).base_rel not in ("root", "ccomp"):
            continue
        if word.lower in profile.state_participles:  # "the injured man was taken to hospital"
            continue
        verb = _participle_verb(word, profile, codebook)
        if verb is None or verb == word.lower or not _verb_of_force(verb, codebook):
            continue
        heads[word.id] = (noun.id, "acl")
        retag[word.id] = {"upos": "VERB", "lemma": verb, "feats": PASSIVE_PARTICIPLE}
    if not heads:
        return sentence
    return rebuilt(sentence, heads, retag)


def _verb_of_force(verb: str, codebook) -> bool:
    """Whether every block of the codebook verb codes violence (CAMEO ``violent``)."""
    codes = [codebook.blocks[f.block].code for f in codebook.verb_forms.get(verb, []) if f.block in codebook.blocks]
    return bool(codes) and all((e := codebook.cameo.get(c)) is not None and e.violent for c in codes)


def _verbs_read_as_modifiers_of_objects(sentence: Sentence, profile: LanguageProfile, codebook) -> Sentence:
    """The sentence with each codebook verb that the parser tagged as a modifier of its
    object hung on the nominal before it ("Israel/root struck/ADJ rebel positions/obj",
    "suicide bombers/root blew/ADJ themselves/obj up": a noun takes no object) made the verb
    heading the clause: the nominal its subject, the object its object, the nominal's
    phrases after the verb the verb's. The verb stands right after the nominal, and is an
    inflected form (not its lemma: "foreign/root direct/ADJ investment flows/obj" is a
    phrase) of a verb of the codebook; the same object when there is none."""
    heads: dict[int, tuple[int, str]] = {}
    retag: dict[int, dict] = {}
    for obj in sentence.tokens:
        if obj.base_rel != "obj" or obj.upos not in NOMINAL_HEADS + ("PRON",) or not obj.head or obj.head > obj.id:
            continue
        noun = sentence.token(obj.head)
        if noun.upos not in NOMINAL_HEADS or noun.base_rel not in ("root", "ccomp", "parataxis", "conj") \
                or noun.id in heads or noun.id + 1 >= obj.id:
            continue
        word = sentence.token(noun.id + 1)
        if word.head != obj.id or word.base_rel != "amod" or word.upos not in ("ADJ", "VERB") \
                or _present_participle(word):  # "demonstrations/root demanding justice/obj are held"
            continue
        verb = _codebook_verb(word, profile, codebook)
        if verb is None or verb == word.lower:  # "foreign/root direct investment flows/obj"
            continue
        if any(t.id == noun.head for t in sentence.subtree(word.id)):
            continue  # no cycle
        heads[word.id] = (noun.head, noun.deprel)
        heads[noun.id] = (word.id, "nsubj")
        heads[obj.id] = (word.id, "obj")
        for child in sentence.children(noun.id):
            if child.id > word.id and child.id != obj.id:
                heads[child.id] = (word.id, child.deprel)
        retag[word.id] = {"upos": "VERB", "lemma": verb, "feats": (("Tense", "Past"), ("VerbForm", "Fin"))}
    if not heads:
        return sentence
    return rebuilt(sentence, heads, retag)


def _codebook_verb(token: Token, profile: LanguageProfile, codebook) -> str | None:
    """The codebook verb a word is a form of (its lemma, or the verb its participle undoes
    to); None when the codebook has none."""
    if codebook.verb_forms.get(lemma_of(token)):
        return lemma_of(token)
    return _participle_verb(token, profile, codebook)


def _adjectival_passives(sentence: Sentence, profile: LanguageProfile, codebook) -> Sentence:
    """The sentence with each past participle of a codebook verb that the parser tagged as
    an adjective after a copula ("two workers/nsubj were/cop hurt/ADJ in the clash") read as
    a passive: the participle a verb (with the verb's lemma), the copula (one of the
    profile's ``adjectival_passive_auxiliaries``) its passive auxiliary, the subject its
    patient. A participle ends in one of the profile's ``participle_endings`` and undoes to
    a verb of the codebook, or is one of its ``irregular_participles``; an adjective that is
    no verb of the codebook ("were worried", "was aware"), or that takes an object, a
    clause or an auxiliary of its own ("was determined to attack"), stays as it was."""
    if not profile.adjectival_passive_auxiliaries:
        return sentence
    heads: dict[int, tuple[int, str]] = {}
    retag: dict[int, dict] = {}
    for pred in sentence.tokens:
        if pred.upos != "ADJ":
            continue
        verb = _participle_verb(pred, profile, codebook)
        if verb is None:
            continue
        children = sentence.children(pred.id)
        cops = [c for c in children if c.deprel == "cop" and c.id < pred.id
                and lemma_of(c) in profile.adjectival_passive_auxiliaries]
        subjects = [c for c in children if c.deprel == "nsubj"]
        if len(cops) != 1 or len(subjects) != 1 or any(
                c.base_rel in ("obj", "iobj", "aux", "expl", "csubj", "xcomp", "ccomp") or c.deprel == "aux:pass"
                for c in children):
            continue
        heads[cops[0].id] = (pred.id, "aux:pass")
        heads[subjects[0].id] = (pred.id, "nsubj:pass")
        retag[pred.id] = {"upos": "VERB", "lemma": verb, "feats": PASSIVE_PARTICIPLE}
    if not heads:
        return sentence
    return rebuilt(sentence, heads, retag)


def _participle_verb(token: Token, profile: LanguageProfile, codebook) -> str | None:
    """The codebook verb whose past participle ``token`` is, by the profile's
    ``irregular_participles`` or ``participle_endings``; else None."""
    word = token.lower
    verb = profile.irregular_participles.get(word)
    if verb is not None:
        return verb if codebook.verb_forms.get(verb) else None
    if not word.endswith(tuple(profile.participle_endings)):
        return None
    for lemma in lemma_candidates(token, profile, codebook):
        if lemma != word and codebook.verb_forms.get(lemma):
            return lemma
    return None


def _copular_passives(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with each passive the parser read as a copula and a predicate adjective
    or noun (Spanish UD parses: "two people were/cop killed/root by ten shots, by armed
    men") or as a verb with a participle object ("a man ended-up/root wounded/obj") read as
    a passive: the copula (one of the profile's ``copular_passive_auxiliaries``) the
    participle's passive auxiliary, the subject its patient, and the agent phrase, which
    the parser often hung on a phrase before it (an nmod or conjunct of "shots"), the
    predicate's oblique. A predicate that is no participle (VerbForm=Part) needs that agent
    phrase: a copula and an adjective alone stay as they were (the same object when nothing
    changes). None for English, whose parsers mark their passives."""
    if not profile.agent_preposition or not profile.copular_passive_auxiliaries:
        return sentence
    heads: dict[int, tuple[int, str]] = {}
    for pred in sentence.tokens:
        if pred.upos not in ("ADJ", "NOUN", "VERB") or pred.id in heads:
            continue
        children = sentence.children(pred.id)
        cops = [c for c in children if c.deprel == "cop" and lemma_of(c) in profile.copular_passive_auxiliaries
                and c.id < pred.id]
        subjects = [c for c in children if c.deprel == "nsubj"]
        if len(cops) != 1 or len(subjects) != 1 or any(
                c.base_rel in ("obj", "aux", "expl") or c.deprel == "aux:pass" for c in children):
            continue
        agent = _agent_phrase(sentence, pred, profile)
        if agent is None and pred.feat("VerbForm") != "Part":
            continue
        heads[cops[0].id] = (pred.id, "aux:pass")
        heads[subjects[0].id] = (pred.id, "nsubj:pass")
        if agent is not None:
            heads[agent.id] = (pred.id, "obl")
    for verb in sentence.tokens:  # "ended-up/root wounded/obj": the participle heads the clause
        if verb.upos != "VERB" or verb.id in heads or lemma_of(verb) not in profile.copular_passive_auxiliaries:
            continue
        children = sentence.children(verb.id)
        parts = [c for c in children if c.base_rel in ("obj", "xcomp") and c.upos in ("ADJ", "VERB")
                 and c.feat("VerbForm") == "Part" and c.id == verb.id + 1]
        if len(parts) != 1 or any(c.base_rel in ("aux", "cop", "expl") for c in children):
            continue
        part = parts[0]
        heads[part.id] = (verb.head, verb.deprel)
        heads[verb.id] = (part.id, "aux:pass")
        for c in children:
            if c.id != part.id:
                heads[c.id] = (part.id, "nsubj:pass" if c.deprel == "nsubj" else c.deprel)
    if not heads:
        return sentence
    return with_heads(sentence, heads)


def _agent_phrase(sentence: Sentence, pred: Token, profile: LanguageProfile) -> Token | None:
    """The first nominal after ``pred`` marked with the agent preposition, reached from it
    through obliques, noun modifiers and conjuncts of nominals only (no clause between)."""
    frontier = [pred]
    found: list[Token] = []
    while frontier:
        head = frontier.pop()
        for c in sentence.children(head.id):
            if c.id < pred.id or c.base_rel not in ("obl", "nmod", "conj") or c.upos not in NOMINAL_HEADS:
                continue
            if case_marker(sentence, c) == profile.agent_preposition:
                found.append(c)
            else:
                frontier.append(c)
    return min(found, key=lambda t: t.id) if found else None


def _repaired_clauses(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with the slips that move only heads and relations repaired."""
    changes: dict[int, tuple[int, str]] = {}
    for marker, verb, moved in _stray_subordinators(sentence, profile):
        changes[marker.id] = (verb.id, "mark")
        changes.update(moved)
        if verb.base_rel in ("conj", "ccomp"):
            changes[verb.id] = (verb.head, "advcl")
    # each check below answers only for words of some tags or relations (its first test):
    # the other words are not asked (CLAUSE_CHECK_UPOS, CLAUSE_CHECK_RELS, WORD_CHECK_RELS)
    verbs = [t for t in sentence.tokens if t.upos in CLAUSE_CHECK_UPOS]
    for verb in verbs:
        if verb.id not in changes:
            changes.update(_headline_passive(sentence, verb, profile))
    for verb in verbs:
        if verb.id not in changes:
            changes.update(_reduced_relative_read_as_passive(sentence, verb))
    for clause in verbs:
        subject = _subject_of_reported_clause(sentence, clause, profile)
        if subject is not None and subject.id not in changes:
            changes[subject.id] = (clause.id, "nsubj")
    for negator, clause in _negators_of_infinitives(sentence, profile):
        if negator.id not in changes:
            changes[negator.id] = (clause.id, "advmod")
    for subject in _subjects_hung_on_auxiliaries(sentence):
        if subject.id not in changes:
            changes[subject.id] = (sentence.token(subject.head).head, "nsubj")
    for clause in verbs:
        marker = _complement_read_as_relative(sentence, clause, profile)
        if marker is not None and not {marker.id, clause.id} & changes.keys():
            changes[marker.id] = (clause.id, "mark")
            changes[clause.id] = (sentence.token(clause.head).head, "ccomp")
    # (a subordinator read as a case marker is one of the profile's: most sentences have none)
    subordinators = not profile.subordinating_prepositions.isdisjoint(sentence.lemmas_lowered)
    for noun in sentence.tokens if subordinators else ():
        if noun.base_rel not in CLAUSE_CHECK_RELS:
            continue
        clause = _subject_read_as_object_of_subordinator(sentence, noun, profile)
        if clause is not None and not {noun.id, clause[0].id, clause[1].id} & changes.keys():
            marker, verb = clause
            changes[marker.id] = (verb.id, "mark")
            changes[noun.id] = (verb.id, "nsubj")
            changes[verb.id] = (_verb_above(sentence, verb), "advcl")
    for tok in sentence.tokens:
        if tok.id not in changes and tok.base_rel in WORD_CHECK_RELS:
            _word_changes(sentence, tok, profile, changes)
    if not changes:
        return sentence
    return with_heads(sentence, changes)


def _word_changes(sentence: Sentence, tok: Token, profile: LanguageProfile,
                  changes: dict[int, tuple[int, str]]) -> None:
    """The new heads (into ``changes``) of the first of the word checks of _repaired_clauses
    that answers for ``tok``."""
    complement = _infinitive_read_as_conjunct(sentence, tok)
    if complement is not None:
        changes[tok.id] = (complement.id, "conj")
        return
    verb = _marked_object_verb(sentence, tok, profile)
    if verb is not None:
        changes[tok.id] = (verb.id, "obj")
    elif _adjective_read_as_modifier_of_verb(sentence, tok):
        changes[tok.id] = (tok.head, "nsubj")
    elif _participle_read_as_conjunct(sentence, tok):
        changes[tok.id] = (tok.head, "advcl")
    elif (noun := _reduced_relative_read_as_conjunct(sentence, tok)) is not None:
        changes[tok.id] = (noun.id, "acl")
    elif (noun := _attributive_participle_read_as_complement(sentence, tok, profile)) is not None:
        if noun.id not in changes:
            changes[tok.id] = (noun.id, "amod")
            changes[noun.id] = (tok.head, "obj")
    elif _complement_read_as_conjunct(sentence, tok, profile):
        changes[tok.id] = (tok.head, "ccomp")
    elif (subject := _subject_read_as_conjunct(sentence, tok)) is not None:
        if subject.id not in changes:
            changes[subject.id] = (tok.id, "nsubj")
            changes.update({c.id: (tok.id, "cc") for c in sentence.children(subject.id) if c.base_rel == "cc"})
    else:
        antecedent = _relative_clause_antecedent(sentence, tok, profile)
        if antecedent is not None:
            changes[tok.id] = (antecedent, "acl:relcl")


# the words the checks of _repaired_clauses answer for (each check's first test; tested in
# tests/test_repair_prechecks.py): the tags of _headline_passive and
# _subject_of_reported_clause, the base relations of _subject_read_as_object_of_subordinator,
# and those of the checks of its last loop (_infinitive_read_as_conjunct, _marked_object_verb,
# _adjective_read_as_modifier_of_verb, _participle_read_as_conjunct, _reduced_relative_read_as_conjunct,
# _attributive_participle_read_as_complement, _complement_read_as_conjunct, _subject_read_as_conjunct,
# _relative_clause_antecedent)
CLAUSE_CHECK_UPOS = frozenset({"VERB"})
CLAUSE_CHECK_RELS = frozenset({"obl", "nmod"})
WORD_CHECK_RELS = frozenset({"conj", "nmod", "amod", "advcl", "ccomp", "xcomp"})


def _relative_clauses_read_as_main(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence whose verb heading it holds two subjects, a nominal and, after a comma, a
    relative pronoun, with the main verb after the clause's closing comma read as the modifier
    of an object of that verb ("Arnor/nsubj, which/nsubj fought/root a war in 1980, held/amod
    talks/obj on Monday"): the later verb heads the sentence, the nominal its subject, the
    noun it modified its object, the relative clause a modifier of the nominal, and what
    followed the comma the later verb's (the same object when there is none). A verb takes
    one subject, so the two cannot both be right."""
    root = next((t for t in sentence.tokens if t.deprel == "root"), None)
    if root is None or root.upos not in ("VERB", "AUX"):
        return sentence
    children = sentence.children(root.id)
    subjects = [c for c in children if c.base_rel == "nsubj" and c.id < root.id]
    if len(subjects) != 2:
        return sentence
    noun, relative = subjects
    if noun.upos not in NOMINAL_HEADS or not (lemma_of(relative) in profile.relative_pronouns
                                              or relative.feat("PronType") == "Rel") \
            or sentence.token(relative.id - 1).upos != "PUNCT":
        return sentence
    comma = next((c for c in children if c.base_rel == "punct" and c.id > root.id and c.id < len(sentence.tokens)
                  and c.lower == sentence.token(relative.id - 1).lower), None)
    verb = sentence.token(comma.id + 1) if comma is not None else None
    if verb is None or verb.upos != "VERB" or verb.base_rel != "amod" or verb.feat("VerbForm") == "Ger":
        return sentence
    obj = sentence.token(verb.head)
    if obj.id < verb.id or obj.head != root.id or obj.base_rel != "obj" or obj.upos not in NOMINAL_HEADS:
        return sentence
    changes = {verb.id: (0, "root"), obj.id: (verb.id, "obj"), noun.id: (verb.id, "nsubj"),
               root.id: (noun.id, "acl:relcl")}
    for c in children:
        if c.id > comma.id and c.id != obj.id:
            changes[c.id] = (verb.id, c.deprel)
    return with_heads(sentence, changes)


def _first_nouns_read_as_verbs(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence whose first word, read as a verb heading it with no subject, auxiliary or
    marker, takes the noun right after it as its object and a finite past verb (or a past
    participle with an object of its own) right after that noun's phrase as its open complement ("aid/root agencies/obj delivered/xcomp food",
    lower-case news): the first word modifies the noun (a compound, tagged a noun), the noun
    is the subject of the past verb, which heads the sentence (the same object when there is
    none). An open complement is never finite, so the reading cannot be right."""
    first = sentence.tokens[0] if sentence.tokens else None
    if first is None or first.deprel != "root" or first.upos != "VERB":
        return sentence
    children = sentence.children(first.id)
    if any(c.base_rel in ("nsubj", "csubj", "aux", "cop", "mark") for c in children):
        return sentence
    noun = next((c for c in children if c.base_rel == "obj" and c.upos in NOMINAL_HEADS
                 and _starts_at(sentence, c, first.id + 1)), None)
    if noun is None:
        return sentence
    end = max(t.id for t in sentence.subtree(noun.id))
    verb = next((c for c in children if c.base_rel == "xcomp" and c.id == end + 1 and c.upos == "VERB"
                 and c.feat("Tense") == "Past" and _finite_past(sentence, c)), None)
    if verb is None:
        return sentence
    heads = {verb.id: (0, "root"), noun.id: (verb.id, "nsubj"), first.id: (noun.id, "compound")}
    for c in children:
        if c.id > verb.id:
            heads[c.id] = (verb.id, c.deprel)
    return rebuilt(sentence, heads, {first.id: {"upos": "NOUN", "lemma": None, "feats": ()}})


def _finite_past(sentence: Sentence, verb: Token) -> bool:
    """A past verb with no marker or auxiliary that is finite, or tagged a participle but
    takes an object (an active past: "delivered/Part food/obj")."""
    children = sentence.children(verb.id)
    if any(c.base_rel in ("mark", "aux") for c in children):
        return False
    return verb.feat("VerbForm") == "Fin" or any(c.base_rel == "obj" for c in children)


def _resultative_verbs(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with each misread verb + result pair ("shot dead") made a verb heading
    its clause, the result word its complement (the same object when there is none)."""
    if not profile.resultative_verbs or _lacks(sentence, _first_words(profile, "resultative_verbs")):
        return sentence
    for verb, result in zip(sentence.tokens, sentence.tokens[1:]):
        lemma = profile.resultative_verbs.get(f"{verb.lower} {result.lower}")  # Token.lower: the text lower-cased
        if lemma is None or verb.upos in ("VERB", "AUX"):
            continue
        if verb.head == result.id:
            clause = result  # "was shot dead": the result word heads the clause
        elif result.head == verb.id or (result.head and sentence.token(result.head).head == verb.id):
            clause = verb  # "shot dead two men": the verb read as a noun heads it
        else:
            continue
        return replace(sentence, tokens=_made_verb(sentence, verb, result, clause, lemma, profile))
    return sentence


def _made_verb(sentence: Sentence, verb: Token, result: Token, clause: Token, lemma: str,
               profile: LanguageProfile) -> tuple[Token, ...]:
    heads = {t.id: (t.head, t.deprel) for t in sentence.tokens}
    heads[verb.id] = (clause.head, clause.deprel) if clause is result else (verb.head, verb.deprel)
    for child in sentence.children(result.id):
        if child.id != verb.id:  # a verb's phrases are obliques ("dead/root by/case assailants/nmod")
            heads[child.id] = (verb.id, "obl" if child.deprel == "nmod" else child.deprel)
    heads[result.id] = (verb.id, "xcomp")
    children = [t for t in sentence.tokens if heads[t.id][0] == verb.id and t.id != result.id]
    passive = any(heads[c.id][1] == "cop" or heads[c.id][1].startswith("aux") for c in children)
    for child in children:
        rel = heads[child.id][1]
        if passive and rel in ("cop", "aux"):
            heads[child.id] = (verb.id, "aux:pass")
        elif passive and rel == "nsubj":
            heads[child.id] = (verb.id, "nsubj:pass")
    if not passive and not any(heads[c.id][1].startswith("nsubj") for c in children):
        before = [c for c in children if c.id < verb.id and heads[c.id][1] in ("amod", "compound", "nmod", "nsubj")
                  and (c.upos in NOMINAL_HEADS or (c.upos == "ADJ" and c.id == verb.id - 1))]
        if before:  # "Gunmen shot dead ...", "man/amod shot dead", "a constable/ADJ shot dead": the
            # noun (or a noun the parser tagged an adjective) just before the verb is its subject
            heads[before[-1].id] = (verb.id, "nsubj")
    headline = not passive and not any(heads[c.id][1] in ("obj", "iobj") for c in children)
    if headline:  # "man shot dead in Rampur": a headline's passive, its subject the patient
        heads.update(_patient_and_agent(sentence, verb.id, [(c, heads[c.id][1]) for c in children], profile))
    feats = (("Tense", "Past"), ("VerbForm", "Part"), ("Voice", "Pass")) if passive else \
        (("Mood", "Ind"), ("Tense", "Past"), ("VerbForm", "Fin"))
    out = []
    for t in sentence.tokens:
        head, rel = heads[t.id]
        if t.id == verb.id:
            out.append(replace(t, upos="VERB", lemma=lemma, feats=feats, head=head, deprel=rel))
        elif (head, rel) != (t.head, t.deprel):
            out.append(replace(t, head=head, deprel=rel))
        else:
            out.append(t)
    return tuple(out)


def _reduced_relative_read_as_passive(sentence: Sentence, verb: Token) -> dict[int, tuple[int, str]]:
    """A reduced relative read as a passive clause whose subject has a preposition ("opened
    investigations against 28 officials/nsubj:pass suspected/ccomp of taking kickbacks"): a
    subject has no case marker, so the noun's phrase is a modifier of the word before it
    (a noun's nmod, a verb's obl) and the participle, without auxiliary, modifies the noun."""
    if verb.upos != "VERB" or verb.feat("VerbForm") != "Part" or not verb.head:
        return {}
    children = sentence.children(verb.id)
    subjects = [c for c in children if c.deprel == "nsubj:pass" and c.id < verb.id]
    if len(subjects) != 1 or any(c.base_rel in ("aux", "cop") or c.deprel == "nsubj" for c in children):
        return {}
    noun = subjects[0]
    marker = next((c for c in sentence.children(noun.id) if c.base_rel == "case" and c.id < noun.id), None)
    if marker is None or noun.upos not in NOMINAL_HEADS:
        return {}
    inside = {t.id for t in sentence.subtree(verb.id)}
    start = min(t.id for t in sentence.subtree(noun.id))
    for candidate in range(start - 1, 0, -1):
        host = sentence.token(candidate)
        if candidate in inside:
            return {}
        if host.upos in NOMINAL_HEADS + ("VERB",):
            return {noun.id: (host.id, "nmod" if host.upos in NOMINAL_HEADS else "obl"), verb.id: (noun.id, "acl")}
    return {}


def _complement_read_as_conjunct(sentence: Sentence, clause: Token, profile: LanguageProfile) -> bool:
    """A complement clause read as a conjunct of the verb before it ("demanded an admission
    by Moscow that/mark NKVD forces murdered/conj ..."): a conjoined verb with no coordinator
    whose clause opens with a complementizer (the profile's ``complementizers``)."""
    if clause.base_rel != "conj" or clause.upos not in ("VERB", "AUX") or not clause.head \
            or not profile.complementizers or sentence.token(clause.head).upos != "VERB":
        return False
    children = sentence.children(clause.id)
    marks = [c for c in children if c.base_rel == "mark" and c.id < clause.id]
    if any(c.base_rel == "cc" for c in children) or not marks or lemma_of(marks[0]) not in profile.complementizers:
        return False
    return marks[0].id == min(t.id for t in sentence.subtree(clause.id) if t.upos != "PUNCT")


def _subject_read_as_conjunct(sentence: Sentence, clause: Token) -> Token | None:
    """The subject of a conjoined finite verb that the parser made a conjunct of a nominal
    before it ("rioters torched shops in Arnor, and police/conj arrested/conj 25 people"): the
    nominal just before a subjectless conjoined finite verb, itself a conjunct (with its
    coordinator) of an earlier word; None otherwise."""
    if clause.base_rel != "conj" or clause.upos != "VERB" or clause.feat("VerbForm") != "Fin" \
            or not clause.head or clause.head > clause.id or clause.id < 2:
        return None
    noun = sentence.token(clause.id - 1)
    if noun.deprel != "conj" or noun.upos not in NOMINAL_HEADS + ("PRON",) or not noun.head or noun.head > noun.id:
        return None
    if sentence.token(clause.head).upos not in ("VERB", "AUX") or any(
            c.base_rel in ("nsubj", "csubj", "cc") or c.id < noun.id and c.base_rel != "punct"
            for c in sentence.children(clause.id)):
        return None
    children = sentence.children(noun.id)
    if not any(c.base_rel == "cc" for c in children) or any(t.id >= clause.id for t in sentence.subtree(noun.id)):
        return None
    return noun


def _stray_subordinators(sentence: Sentence, profile: LanguageProfile) -> list[tuple[Token, Token, dict]]:
    """(marker, verb, moved words) for each conditional or temporal subordinator ("unless",
    "until") that a parser hung on a word of a clause's subject instead of on the clause's
    verb; moved words are the repairs of the phrase hung on the marker before it."""
    found = []
    if profile.conditional_markers.isdisjoint(sentence.lemmas_lowered):
        return found  # (lemma_of: the lemma lower-cased)
    for tok in sentence.tokens:
        if lemma_of(tok) not in profile.conditional_markers or tok.base_rel == "mark" or not tok.head:
            continue
        if tok.base_rel == "case" and sentence.token(tok.head).base_rel != "nsubj":
            continue  # "until Monday", "before the war": a preposition (a subject has none)
        subject = _subject_above(sentence, tok) or _marker_read_as_subject(sentence, tok)
        if subject is None or not subject.head or tok.id > subject.id:
            continue
        if any(t.id < tok.id for t in sentence.subtree(subject.id) if t.id not in _left_phrase_ids(sentence, tok)):
            continue  # the marker must open the subject ("unless President X ...")
        verb = sentence.token(subject.head)
        if verb.upos not in ("VERB", "AUX") or verb.id < subject.id:
            continue
        moved = _rehang_left_phrase(sentence, tok)
        if moved is not None:
            found.append((tok, verb, moved))
    return found


def _subject_read_as_object_of_subordinator(sentence: Sentence, noun: Token, profile: LanguageProfile
                                            ) -> tuple[Token, Token] | None:
    """(marker, verb) when a subordinator that is also a preposition (profile
    prepositions.subordinators) was read as the case marker of the subject of the clause it
    opens ("died after/case police/obl opened/xcomp fire"): the noun's phrase is followed at
    once by a subjectless finite verb hung on the same head, or on which the noun hangs (a
    UD v1 parse's oblique: "years after/case crowds/nmod burned/conj its embassy"). Else
    None."""
    if noun.base_rel not in ("obl", "nmod") or noun.upos not in NOMINAL_HEADS + ("PRON",) or not noun.head:
        return None
    marker = next((c for c in sentence.children(noun.id) if c.base_rel == "case"), None)
    if marker is None or lemma_of(marker) not in profile.subordinating_prepositions or marker.id > noun.id:
        return None
    end = max(t.id for t in sentence.subtree(noun.id))
    if end >= len(sentence.tokens):
        return None
    verb = sentence.token(end + 1)
    if verb.upos != "VERB" or verb.base_rel not in ("xcomp", "conj", "ccomp", "parataxis", "advcl") \
            or verb.feat("VerbForm") in ("Inf", "Ger", "Part"):  # "after the attack launched by rebels"
        return None
    if verb.head != noun.head and noun.head != verb.id:
        return None
    if any(c.base_rel in ("nsubj", "csubj", "mark", "aux", "cop") and c.id < verb.id for c in sentence.children(verb.id)):
        return None
    return marker, verb


def _verb_above(sentence: Sentence, clause: Token) -> int:
    """The head an adverbial clause hangs on: its head, or when that is a nominal (a clause
    a parser conjoined to the last noun before it, "ties with Gondor, years after crowds
    burned/conj ..."), the first predicate (verb, auxiliary or adjective) above that nominal
    (its head when there is none)."""
    head = clause.head
    seen = {clause.id}
    while head and sentence.token(head).upos in NOMINAL_HEADS + ("PRON", "NUM") and head not in seen:
        seen.add(head)
        head = sentence.token(head).head
    return head if head and sentence.token(head).upos in ("VERB", "AUX", "ADJ") else clause.head


def _subjects_read_as_objects(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with each subject read as an object made the subject (see below)."""
    if not profile.objects_follow_verb:
        return sentence
    changes = {}
    complement = None  # whether a word heads a complement clause (asked once, when needed)
    for tok in sentence.tokens:
        if tok.deprel != "obj":  # (the check's first test, asked here: most words are no object)
            continue
        if tok.head < tok.id:  # the verb after the phrase is no head of an object before it:
            if complement is None:  # only a complement clause beside it can be that verb
                complement = any(t.base_rel == "ccomp" for t in sentence.tokens)
            if not complement:
                continue
        verb = _subject_read_as_object(sentence, tok, profile)
        if verb is not None:
            changes[tok.id] = replace(tok, head=verb.id, deprel="nsubj")
    if not changes:
        return sentence
    return with_tokens(sentence, changes)


def _subject_read_as_object(sentence: Sentence, tok: Token, profile: LanguageProfile) -> Token | None:
    """The verb whose subject a parser read as an object, in a language whose noun objects
    follow their verb (profile phrases.objects_follow_verb): a noun phrase ending just before
    a subjectless verb (auxiliaries and adverbs between), hung on it as its object without a
    preposition ("The Syrian army/obj killed/root ...", "Moscow says the trio/obj(says)
    includes/ccomp ...", "police said the accused/obj(said) had strangled/ccomp ...": the
    complement's subject). Else None."""
    if not profile.objects_follow_verb or tok.deprel != "obj" or tok.upos not in NOMINAL_HEADS or not tok.head:
        return None
    if any(c.base_rel == "case" for c in sentence.children(tok.id)):
        return None
    end = _past_relative_clause(sentence, max(t.id for t in sentence.subtree(tok.id)), profile)
    verb = next((t for t in sentence.tokens[end:] if t.base_rel not in ("aux", "advmod")), None)
    if verb is None or verb.upos != "VERB" or verb.feat("VerbForm") in ("Inf", "Ger") \
            or (verb.feat("VerbForm") == "Part" and verb.feat("Tense") == "Pres"):
        return None
    if verb.id != tok.head and not (verb.head == tok.head and verb.base_rel == "ccomp" and (
            verb.feat("VerbForm") != "Part"  # "the statement issued by"; "the accused had strangled"
            or any(c.base_rel == "aux" for c in sentence.children(verb.id)))):
        return None
    if any(t.head != verb.id for t in sentence.tokens[end:verb.id - 1]):
        return None  # only the verb's own auxiliaries and adverbs between
    if any(c.base_rel in ("nsubj", "csubj", "expl") for c in sentence.children(verb.id)):
        return None
    return verb


def _past_relative_clause(sentence: Sentence, end: int, profile: LanguageProfile) -> int:
    """The last word of a relative clause between commas that a parser hung elsewhere, when
    it follows the phrase ending at ``end`` ("the accused, who/nsubj had killed/ccomp his
    brother, was arrested": the subject's clause), with the comma after it; else ``end``."""
    tokens = sentence.tokens
    if end >= len(tokens) or tokens[end].upos != "PUNCT":
        return end
    clause = next((t for t in tokens[end + 1:] if t.upos != "PUNCT"), None)
    while clause is not None and clause.head and clause.head > clause.id:
        clause = sentence.token(clause.head)  # from its first word up to the clause's verb
    if clause is None or clause.upos not in ("VERB", "AUX") or clause.base_rel not in ("conj", "advcl", "ccomp") \
            or _relative_word(sentence, clause, profile) is None:
        return end
    ids = [t.id for t in sentence.subtree(clause.id)]
    first, last = min(ids), max(ids)
    if first not in (end + 1, end + 2):
        return end
    if tokens[last - 1].upos == "PUNCT":  # (the closing comma hung on the clause)
        return last
    return last + 1 if last < len(tokens) and tokens[last].upos == "PUNCT" else end


def _subject_of_reported_clause(sentence: Sentence, clause: Token, profile: LanguageProfile) -> Token | None:
    """The subject a parser hung on the speech verb of "<clause>, X said" instead of on the
    reported clause ("The first deployment/nsubj(said) of troops have arrived/ccomp in
    Bosnia, Perry/nsubj said"): the verb has a subject after the clause and one before it,
    and the clause, a finite verb, has none. Else None."""
    if clause.base_rel not in ("ccomp", "parataxis") or clause.upos != "VERB" or not clause.head \
            or clause.feat("VerbForm") in ("Inf", "Ger") \
            or (clause.feat("VerbForm") == "Part" and clause.feat("Tense") == "Pres"):
        return None
    if any(c.base_rel in ("nsubj", "csubj", "expl") for c in sentence.children(clause.id)):
        return None
    subjects = [c for c in sentence.children(clause.head) if c.base_rel == "nsubj"]
    before = [c for c in subjects if c.id < clause.id]
    if len(before) != 1 or not any(c.id > clause.id for c in subjects):
        return None
    subject = before[0]
    if subject.upos not in NOMINAL_HEADS + ("PRON", "NUM") or lemma_of(subject) in profile.time_words \
            or subject.lower in profile.named_days:
        return None
    return subject


def _negators_of_infinitives(sentence: Sentence, profile: LanguageProfile) -> list[tuple[Token, Token]]:
    """A negator hung on a verb right before the infinitive marker of that verb's complement
    ("vowed not/advmod(vowed) to negotiate", "decided not to attend"): it negates the
    infinitive, as UD writes it; (negator, infinitive) pairs."""
    found = []
    if not profile.infinitive_marker:
        return found
    for marker in sentence.tokens:
        if marker.base_rel != "mark" or lemma_of(marker) != profile.infinitive_marker or marker.id < 2:
            continue
        negator, clause = sentence.token(marker.id - 1), sentence.token(marker.head) if marker.head else None
        if clause is not None and clause.base_rel in ("xcomp", "advcl") and negator.base_rel == "advmod" \
                and negator.head == clause.head and lemma_of(negator) in profile.negators:
            found.append((negator, clause))
    return found


def _subjects_hung_on_auxiliaries(sentence: Sentence) -> list[Token]:
    """Subjects a parser hung on an auxiliary ("that the army/nsubj(had) had/aux killed ten
    protesters"): an auxiliary heads no subject; it is the subject of the verb the auxiliary
    belongs to, when that verb has none of its own."""
    found = []
    for aux in sentence.tokens:
        if aux.base_rel != "aux" or not aux.head:
            continue
        verb = sentence.token(aux.head)
        if any(c.base_rel in ("nsubj", "csubj") for c in sentence.children(verb.id)):
            continue
        found += [c for c in sentence.children(aux.id) if c.base_rel == "nsubj"][:1]
    return found


def _complement_read_as_relative(sentence: Sentence, clause: Token, profile: LanguageProfile) -> Token | None:
    """The complementizer of a complement clause read as a relative clause on the object
    before it, the complementizer its subject ("told the United Nations that/nsubj
    Israel/nsubj had attacked/acl:relcl its sites"): a relative clause has one subject, so
    with one of the profile's ``complementizers`` as a first subject and a second subject
    after it, the word is the clause's marker and the clause the complement of the verb
    whose object the noun is. Else None."""
    if clause.deprel != "acl:relcl" or clause.upos != "VERB" or not clause.head:
        return None
    noun = sentence.token(clause.head)
    if noun.base_rel not in ("obj", "iobj") or not noun.head:
        return None
    subjects = [c for c in sentence.children(clause.id) if c.base_rel == "nsubj"]
    if len(subjects) != 2 or not all(c.id < clause.id for c in subjects):
        return None
    first, second = sorted(subjects, key=lambda c: c.id)
    if lemma_of(first) not in profile.complementizers or first.id != noun.id + 1 + sum(
            1 for t in sentence.subtree(noun.id) if noun.id < t.id < first.id):
        return None  # the complementizer right after the object's phrase
    return first


def _subject_above(sentence: Sentence, tok: Token) -> Token | None:
    """The subject whose name the token is hung in, through compound and flat words."""
    current = sentence.token(tok.head)
    while current.base_rel in ("compound", "flat") and current.head and current.upos in NOMINAL_HEADS:
        current = sentence.token(current.head)
    return current if current.base_rel == "nsubj" and current.upos in NOMINAL_HEADS + ("PRON",) else None


def _marker_read_as_subject(sentence: Sentence, tok: Token) -> Token | None:
    """The marker itself when a parser read it as a subject beside the clause's real one
    after it ("a general strike unless/nsubj Israel/nsubj rescinded"): a verb has one subject."""
    if tok.base_rel != "nsubj" or not tok.head:
        return None
    return tok if any(c.base_rel == "nsubj" and c.id > tok.id for c in sentence.children(tok.head)) else None


def _left_phrase_ids(sentence: Sentence, marker: Token) -> set[int]:
    return {t.id for c in sentence.children(marker.id) if c.id < marker.id for t in sentence.subtree(c.id)}


def _rehang_left_phrase(sentence: Sentence, marker: Token) -> dict[int, tuple[int, str]] | None:
    """New heads for the words a parser hung on the marker before it ("with Iraq" in "war
    with Iraq unless ..."): their noun goes to the noun or verb before the phrase, the rest
    to that noun. None when the phrase has no noun or nothing outside to hang on."""
    left = [c for c in sentence.children(marker.id) if c.id < marker.id]
    right = {c.id: (sentence.token(marker.head).id, c.deprel) for c in sentence.children(marker.id) if c.id > marker.id}
    if not left:
        return right
    nouns = [c for c in left if c.upos in NOMINAL_HEADS]
    if not nouns:
        return None
    noun = nouns[-1]
    inside = {t.id for t in sentence.subtree(marker.id)}
    start = min(t.id for c in left for t in sentence.subtree(c.id))
    for candidate in range(start - 1, 0, -1):
        host = sentence.token(candidate)
        if candidate in inside:
            return None
        if host.upos in NOMINAL_HEADS + ("VERB",):
            # a bare noun after a verb with no object is its object ("hold a strike unless")
            bare_object = host.upos == "VERB" and not any(c.base_rel == "case" for c in sentence.children(noun.id)) \
                and not any(c.base_rel == "obj" for c in sentence.children(host.id))
            moved = {noun.id: (host.id, "obj" if bare_object else "nmod" if host.upos in NOMINAL_HEADS else "obl")}
            moved.update({c.id: (noun.id, c.deprel) for c in left if c.id != noun.id})
            return moved | right
    return None


def _headline_passive(sentence: Sentence, verb: Token, profile: LanguageProfile) -> dict[int, tuple[int, str]]:
    """New relations for a headline's passive: its subject the patient (an object), its
    "by" phrase the agent; nothing when the verb is not one."""
    if verb.upos != "VERB" or verb.feat("VerbForm") == "Ger":
        return {}
    if verb.base_rel not in ("root", "ccomp", "parataxis", "conj"):
        return {}  # a conjunct with a subject of its own too ("curfew imposed, 40 held")
    children = sentence.children(verb.id)
    if any(c.base_rel in ("obj", "iobj", "ccomp", "xcomp", "aux", "cop", "expl", "mark") for c in children):
        return {}
    subjects = [c for c in children if c.base_rel == "nsubj" and c.id < verb.id] or [
        c for c in children if c.base_rel == "discourse" and c.upos == "NUM" and c.id == verb.id - 1 == 1]
    if len(subjects) != 1:  # (a headline's count opening it, read as discourse: "4/discourse nabbed")
        return {}
    if not any(word in profile.object_verbs for word in lemma_candidates(verb, profile)) and not (
            subjects[0].deprel == "nsubj:pass" and any(
                c.base_rel == "obl" and case_marker(sentence, c) == profile.agent_preposition for c in children)):
        return {}  # any verb the parser read as a passive, with its "by" phrase ("gunned down by police")
    if any(c.id > verb.id and any(g.base_rel == "nummod" for g in sentence.children(c.id)) for c in children):
        return {}  # "militants killed at least 40 civilians": a counted object the parser made oblique
    if any(c.base_rel == "conj" and c.upos == "VERB" and any(g.base_rel == "obj" for g in sentence.children(c.id))
           and not any(g.base_rel == "nsubj" for g in sentence.children(c.id)) for c in children):
        return {}  # "rebels abducted and killed two workers": the object the conjoined verbs share
    return _patient_and_agent(sentence, verb.id, [(c, "nsubj" if c in subjects else c.deprel) for c in children],
                              profile)


def _patient_and_agent(sentence: Sentence, verb_id: int, relations: list[tuple[Token, str]],
                       profile: LanguageProfile) -> dict[int, tuple[int, str]]:
    """A headline passive's new relations, from its dependents and their relations now: the
    subject before the verb is its patient (an object), its "by" phrase the agent."""
    changes = {}
    for tok, rel in relations:
        base = rel.split(":", 1)[0]
        if base == "nsubj" and tok.id < verb_id:
            changes[tok.id] = (verb_id, "obj")
        elif base == "obl" and case_marker(sentence, tok) == profile.agent_preposition:
            changes[tok.id] = (verb_id, "obl:agent")
    return changes


def _infinitive_read_as_conjunct(sentence: Sentence, tok: Token) -> Token | None:
    """The infinitive complement a subjectless bare infinitive belongs with, when a parser
    conjoined it to the finite verb governing that complement; None otherwise."""
    if tok.deprel != "conj" or tok.feat("VerbForm") != "Inf" or not tok.head:
        return None
    verb = sentence.token(tok.head)
    if verb.feat("VerbForm") != "Fin" or any(c.base_rel in ("nsubj", "aux") for c in sentence.children(tok.id)):
        return None
    complements = [c for c in sentence.children(verb.id) if c.base_rel == "xcomp"
                   and c.feat("VerbForm") == "Inf" and c.id < tok.id]
    return complements[-1] if complements else None


def _participle_read_as_conjunct(sentence: Sentence, tok: Token) -> bool:
    """", killing 20 people": a present participle after a comma, conjoined to a verb
    before it, with no coordinator and no subject of its own."""
    if tok.deprel != "conj" or tok.upos != "VERB" or not _present_participle(tok):
        return False
    if tok.head >= tok.id or sentence.token(tok.head).upos != "VERB" or tok.id < 2:
        return False
    if sentence.token(tok.id - 1).upos != "PUNCT" or sentence.token(tok.id - 1).text != ",":
        return False
    return not any(c.base_rel in ("cc", "nsubj", "csubj") for c in sentence.children(tok.id))


def _reduced_relative_read_as_conjunct(sentence: Sentence, tok: Token) -> Token | None:
    """The noun a subjectless past participle modifies when a parser conjoined it to the verb
    of an object with neither a coordinator nor a comma, right after the object's phrase,
    which that noun ends ("welcomed assurances/obj sent/conj by X": the assurances X sent);
    None otherwise. A conjunct needs a coordinator or a comma; a participle with no
    auxiliary, subject or object of its own right after a noun phrase is a reduced relative
    of it."""
    if tok.deprel != "conj" or tok.upos != "VERB" or tok.feat("VerbForm") != "Part" or tok.feat("Tense") != "Past":
        return None
    if not tok.head or tok.head >= tok.id or sentence.token(tok.head).upos != "VERB":
        return None
    if any(c.base_rel in ("cc", "nsubj", "csubj", "aux", "obj", "punct") for c in sentence.children(tok.id)):
        return None
    objects = [c for c in sentence.children(tok.head) if c.base_rel == "obj" and c.id < tok.id]
    noun = sentence.token(tok.id - 1)
    if not objects or noun.upos not in NOMINAL_HEADS or sentence.subtree(objects[-1].id)[-1].id != noun.id:
        return None
    return noun  # the last noun of the object's phrase ("the expulsion of aides accused of ...")


def _attributive_participle_read_as_complement(sentence: Sentence, tok: Token,
                                               profile: LanguageProfile) -> Token | None:
    """The object of a verb whose attributive past participle a parser read as the verb's
    complement with that object its own ("will abandon improved/xcomp relations/obj"): a
    participle right after a verb that has no object and is no perfect or passive auxiliary
    ("have/VERB taken/xcomp control": a perfect), with no marker, subject or auxiliary of its
    own, whose object's phrase begins right after it; None otherwise."""
    if tok.deprel != "xcomp" or tok.upos != "VERB" or tok.feat("VerbForm") != "Part" or tok.feat("Tense") != "Past":
        return None
    if not tok.head or tok.head != tok.id - 1 or sentence.token(tok.head).upos != "VERB":
        return None
    verb = sentence.token(tok.head)
    if {verb.lemma_lower, verb.lower} & (profile.perfect_auxiliaries | profile.passive_auxiliaries
                                         | profile.adjectival_passive_auxiliaries | profile.obligation_verbs):
        return None
    if any(c.base_rel in ("obj", "ccomp", "iobj") for c in sentence.children(tok.head)):
        return None
    children = sentence.children(tok.id)
    if any(c.base_rel in ("mark", "nsubj", "csubj", "aux", "cop", "expl") for c in children):
        return None
    objects = [c for c in children if c.base_rel == "obj"]
    if len(objects) != 1 or objects[0].upos not in NOMINAL_HEADS or sentence.subtree(objects[0].id)[0].id != tok.id + 1:
        return None
    return objects[0]


def _nouns_read_as_bare_infinitives(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with each noun read as an infinitive complement without the infinitive
    marker ("promised aid/VERB/xcomp to the villages"), in a language that marks its
    infinitives, made the object of the verb just before it, when that verb takes no bare
    infinitive (the profile's ``bare_infinitive_verbs``), has no object and no modal, and the
    word no subject, auxiliary, object or clause of its own: a noun; its obliques its
    modifiers."""
    if not profile.infinitive_marker:
        return sentence
    modals = profile.future_auxiliaries | profile.hypothetical_auxiliaries | profile.obligation_auxiliaries
    heads: dict[int, tuple[int, str]] = {}
    nouns: list[int] = []
    for tok in sentence.tokens:
        if tok.deprel != "xcomp" or tok.upos != "VERB" or tok.feat("VerbForm") != "Inf" or tok.head != tok.id - 1:
            continue
        verb = sentence.token(tok.head)
        if verb.upos != "VERB" or verb.lemma_lower in profile.bare_infinitive_verbs or any(
                c.base_rel in ("obj", "iobj", "ccomp") or (c.base_rel == "aux" and c.lemma_lower in modals)
                for c in sentence.children(verb.id)):
            continue  # (two bare infinitives after a modal: "can't ever/VERB clash", a misread adverb)
        children = sentence.children(tok.id)
        if any(c.base_rel in ("mark", "nsubj", "csubj", "aux", "cop", "obj", "iobj", "ccomp", "xcomp", "compound")
               for c in children):
            continue
        nouns.append(tok.id)
        heads[tok.id] = (verb.id, "obj")
        heads.update({c.id: (tok.id, "nmod") for c in children if c.base_rel == "obl"})
    if not heads:
        return sentence
    return rebuilt(sentence, heads, {i: {"upos": "NOUN", "feats": (("Number", "Sing"),)} for i in nouns})


def _marked_object_verb(sentence: Sentence, tok: Token, profile: LanguageProfile) -> Token | None:
    """The verb whose object a noun marked by an object marker is, when a parser hung it on
    the last noun of the verb's oblique (through appositions and modifiers) and the verb has
    no object of its own; None otherwise."""
    if not profile.object_markers or tok.deprel != "nmod" or tok.upos not in NOMINAL_HEADS + ("PRON",):
        return None
    if case_marker(sentence, tok) not in profile.object_markers:
        return None
    host = sentence.token(tok.head)
    while host.base_rel in ("nmod", "appos", "flat") and host.head and host.upos in NOMINAL_HEADS:
        host = sentence.token(host.head)
    if host.base_rel != "obl" or not host.head or host.upos not in NOMINAL_HEADS:
        return None
    verb = sentence.token(host.head)
    if verb.upos != "VERB" or verb.id > host.id or any(
            c.base_rel in ("obj", "ccomp", "xcomp") or c.deprel == "nsubj:pass" for c in sentence.children(verb.id)):
        return None
    return verb


def _adjective_read_as_modifier_of_verb(sentence: Sentence, tok: Token) -> bool:
    """An adjective before a verb, hung on it as its adjectival modifier, when the verb has
    no subject: an adjective that is the subject ("Unknown-men killed ...")."""
    if tok.deprel != "amod" or tok.upos != "ADJ" or not tok.head or tok.head < tok.id:
        return False
    verb = sentence.token(tok.head)
    return verb.upos == "VERB" and not any(c.base_rel in ("nsubj", "csubj") for c in sentence.children(verb.id))


def _present_participle(tok: Token) -> bool:
    form = tok.feat("VerbForm")
    return form == "Ger" or (form == "Part" and tok.feat("Tense") == "Pres")


def _relative_clause_antecedent(sentence: Sentence, tok: Token, profile: LanguageProfile) -> int | None:
    """The noun a conjoined, adverbial or complement clause relates to, when its first
    dependent is a relative pronoun (subject, object or oblique) or a relative adverb and only
    punctuation or a preposition stands between it and the noun ("Police, who/nsubj
    arrested/ccomp 40 people, said ..."); None otherwise."""
    if tok.base_rel not in ("conj", "advcl", "ccomp") or tok.upos not in ("VERB", "AUX"):
        return None
    relative = _relative_word(sentence, tok, profile)
    if relative is None:
        return None
    start = min(t.id for t in sentence.subtree(relative.id))
    inside = {t.id for t in sentence.subtree(tok.id)}
    for candidate in range(start - 1, 0, -1):
        word = sentence.token(candidate)
        if word.upos in NOMINAL_HEADS:
            return None if candidate in inside else candidate
        if word.upos not in ("PUNCT", "ADP"):  # only ", in which" may stand between
            return None
    return None


def _relative_word(sentence: Sentence, tok: Token, profile: LanguageProfile) -> Token | None:
    """The clause's leftmost dependent when it is a relative word before the verb."""
    children = [c for c in sentence.children(tok.id) if c.id < tok.id and c.base_rel not in ("punct", "cc")]
    if not children:
        return None
    first = min(children, key=lambda c: c.id)
    word = lemma_of(first)
    if first.base_rel in ("nsubj", "obj", "obl") and (
            word in profile.relative_pronouns or first.feat("PronType") == "Rel"):
        return first
    if first.base_rel == "advmod" and word in profile.relative_adverbs:
        return first
    return None


PRESENT = (("Mood", "Ind"), ("Tense", "Pres"), ("VerbForm", "Fin"))
PASSIVE_PARTICIPLE = (("Tense", "Past"), ("VerbForm", "Part"), ("Voice", "Pass"))
SUBJECT_MISREADS = ("nsubj", "amod", "compound", "nmod")
OBJECT_MISREADS = ("obj", "appos", "nmod", "compound", "nummod", "flat")


def _verbs_read_as_nouns(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with each headline verb read as a noun made a verb ("police kill/NOUN 2
    dacoits", "cops detain/NOUN 50 protesters"): a word heading its clause, tagged a noun
    with no determiner, auxiliary or copula, whose form is a verb that needs an object (the
    profile's ``object_verbs``), between a nominal hung on it just before it and a nominal
    or number hung on it just after it, without a preposition. The first is its subject,
    the second its object. With a subject (not a compound: "police attack") before it, no
    object and a "by" phrase after it ("man beaten/NOUN to death by mob") it is a headline's
    passive: the nominal its patient, the "by" phrase its agent (the same object when there
    is none)."""
    sentence = _headline_verb_under_its_subject(sentence, profile)
    sentence = _headline_verb_as_subject_of_its_object(sentence, profile)
    changes: dict[int, Token] = {}
    for verb in sentence.tokens:
        if verb.upos != "NOUN" or verb.base_rel not in ("root", "parataxis", "ccomp", "conj"):
            continue
        lemma = next((w for w in lemma_candidates(verb, profile) if w in profile.object_verbs), None)
        if lemma is None:
            continue
        children = sentence.children(verb.id)
        if any(c.base_rel in ("det", "aux", "cop", "case", "nmod") and c.id < verb.id for c in children):
            continue  # "the arrest", "an arrest of": a noun
        subject = next((c for c in children if c.id < verb.id and c.base_rel in SUBJECT_MISREADS
                        and c.upos in NOMINAL_HEADS + ("PRON",) and _ends_at(sentence, c, verb.id - 1)), None)
        patient = next((c for c in children if c.id > verb.id and c.base_rel in OBJECT_MISREADS
                        and c.upos in NOMINAL_HEADS + ("PRON", "NUM") and _starts_at(sentence, c, verb.id + 1)
                        and case_marker(sentence, c) is None), None)
        if subject is not None and patient is None and subject.deprel != "compound":
            # "man beaten/NOUN to death by mob": an inflected form with a "by" phrase is a
            # headline's passive, the noun before it the patient
            # (or a phrase hung on the result after it: "beaten to death/xcomp by mob")
            phrases = [g for c in children if c.id > verb.id
                       for g in [c, *sentence.children(c.id)] if g.id > verb.id and g.base_rel in ("obl", "nmod")]
            agent = next((g for g in phrases if case_marker(sentence, g) == profile.agent_preposition), None)
            if agent is None:
                continue
            changes[verb.id] = replace(verb, upos="VERB", lemma=lemma, feats=PASSIVE_PARTICIPLE)
            changes[subject.id] = replace(subject, deprel="obj")
            changes[agent.id] = replace(agent, head=verb.id, deprel="obl:agent")
            for c in children:
                if c.id > verb.id and c.base_rel == "nmod":
                    changes[c.id] = replace(c, deprel="obl")
            continue
        if subject is None or patient is None:
            continue
        changes[verb.id] = replace(verb, upos="VERB", lemma=lemma, feats=PRESENT)
        changes[subject.id] = replace(subject, deprel="nsubj")
        changes[patient.id] = replace(patient, deprel="obj")
    if not changes:
        return sentence
    return with_tokens(sentence, changes)


def _headline_verb_under_its_subject(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with a headline verb read as a noun hung on the plural noun before it
    ("cops/root arrest/NOUN/obj 3/nummod for murder") made the head of that noun: a plural
    noun heading the sentence, without determiner or case marker, with the word right after
    it a noun of its own whose form is a verb that needs an object (``object_verbs``), and
    a number or noun right after that hung on either, without a preposition. The plural
    noun becomes the verb's modifier before it and the words after the verb hang on it, the
    shape _verbs_read_as_nouns reads (the same object when there is none)."""
    root = next((t for t in sentence.tokens if t.deprel == "root"), None)
    if root is None or root.upos != "NOUN" or root.feat("Number") != "Plur" or root.id >= len(sentence.tokens) - 1:
        return sentence
    verb, after = sentence.token(root.id + 1), sentence.token(root.id + 2)
    if verb.head != root.id or verb.upos != "NOUN" or verb.feat("Number") == "Plur" \
            or not any(w in profile.object_verbs for w in lemma_candidates(verb, profile)):
        return sentence
    root_children = sentence.children(root.id)
    if any(c.base_rel in ("det", "case", "cop", "aux", "nsubj") for c in root_children) \
            or any(c.id < verb.id for c in sentence.children(verb.id)):
        return sentence
    if after.head not in (root.id, verb.id) or after.upos not in ("NUM", "NOUN") \
            or case_marker(sentence, after) is not None:
        return sentence
    changes = {verb.id: replace(verb, head=0, deprel="root"), root.id: replace(root, head=verb.id, deprel="compound")}
    for c in root_children:
        if c.id > verb.id:
            changes[c.id] = replace(c, head=verb.id)
    return with_tokens(sentence, changes)


def _headline_verb_as_subject_of_its_object(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with a headline verb read as a noun that is the subject of the noun after
    it, heading the sentence ("police/amod arrest/NOUN/nsubj youth/root for posting ..."):
    the noun heading the sentence has no determiner, case marker, copula or auxiliary; the
    word right before it is a singular noun with no determiner or case marker of its own,
    whose form is a verb that needs an object (``object_verbs``), with a nominal just before
    it hung on it or on the noun heading the sentence. Also read as a compound of that noun
    when the noun is plural or counted ("riot police/compound beat/compound protesters/root").
    The verb becomes the head, the noun after it and the nominal before it hang on it: the shape
    _verbs_read_as_nouns reads, the nominal before the verb its subject and the noun after
    it its object (the same object when there is none)."""
    root = next((t for t in sentence.tokens if t.deprel == "root"), None)
    if root is None or root.upos != "NOUN" or root.id < 3:
        return sentence
    verb = sentence.token(root.id - 1)
    # read as a compound ("riot police/compound beat/compound protesters/root") only before a
    # plural or counted noun: "police beat protesters", not a noun's compounds ("the arrest warrant")
    counted = root.feat("Number") == "Plur" or any(c.base_rel == "nummod" for c in sentence.children(root.id))
    if verb.head != root.id or not (verb.deprel == "nsubj" or verb.deprel == "compound" and counted) \
            or verb.upos != "NOUN" or verb.feat("Number") == "Plur" \
            or not any(w in profile.object_verbs for w in lemma_candidates(verb, profile)):
        return sentence
    if any(c.base_rel in ("det", "case", "cop", "aux") for c in sentence.children(root.id)) \
            or any(c.base_rel in ("det", "case") for c in sentence.children(verb.id)):
        return sentence
    subject = next((c for c in (*sentence.children(verb.id), *sentence.children(root.id))
                    if c.id < verb.id and c.upos in NOMINAL_HEADS and c.base_rel in SUBJECT_MISREADS
                    and _ends_at(sentence, c, verb.id - 1)), None)
    if subject is None:
        return sentence
    changes = {verb.id: replace(verb, head=0, deprel="root"), root.id: replace(root, head=verb.id, deprel="obj"),
               subject.id: replace(subject, head=verb.id)}
    for c in sentence.children(root.id):  # "riot/amod police/compound": the subject's words
        if c.id < subject.id and c.base_rel in ("amod", "compound") and _ends_at(sentence, c, c.id) \
                and all(sentence.token(i).head == root.id for i in range(c.id, subject.id)):
            changes[c.id] = replace(c, head=subject.id)
    return with_tokens(sentence, changes)


CLAUSE_DEPENDENTS = frozenset({"nsubj", "csubj", "obj", "iobj", "aux", "cop", "mark", "ccomp", "xcomp", "expl"})


def _substantive_participles(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with each verb that an article governs and no clause dependent ("the
    accused/VERB", "the injured/VERB") made a noun named by its form; one the parser made a
    verb's complement (xcomp, ccomp) is that verb's object, or the subject of the verb's
    complement clause right after it ("police said the accused/ccomp had strangled/ccomp his
    wife"). (The same object when there is none.)"""
    changes: dict[int, Token] = {}
    for tok in sentence.tokens:
        if tok.upos != "VERB" and not (tok.upos == "ADJ" and tok.base_rel in ("xcomp", "ccomp")):
            continue  # (an adjective with an article as a verb's complement: "said the accused/ADJ, who ...")
        children = sentence.children(tok.id)
        if not any(c.base_rel == "det" and c.id < tok.id and c.feat("PronType") in (None, "Art")
                   for c in children) or any(c.base_rel in CLAUSE_DEPENDENTS for c in children):
            continue
        noun = replace(tok, upos="NOUN", lemma=tok.lower, feats=())
        if tok.base_rel in ("xcomp", "ccomp") and tok.head and sentence.token(tok.head).upos == "VERB" \
                and not any(c.base_rel == "obj" for c in sentence.children(tok.head)):
            noun = replace(noun, deprel="obj")
            verb = _subject_read_as_object(sentence, noun, profile)  # "said the accused had fled"
            if verb is not None:
                passive = any(c.deprel == "aux:pass" for c in sentence.children(verb.id))
                noun = replace(noun, head=verb.id, deprel="nsubj:pass" if passive else "nsubj")
        changes[tok.id] = noun
    if not changes:
        return sentence
    return with_tokens(sentence, changes)


def _ends_at(sentence: Sentence, tok: Token, last: int) -> bool:
    return max(t.id for t in sentence.subtree(tok.id)) == last


def _starts_at(sentence: Sentence, tok: Token, first: int) -> bool:
    return min(t.id for t in sentence.subtree(tok.id)) == first


def _misread_prepositions(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with each preposition the parser read as a noun, adjective or verb (the
    profile's ``unambiguous_prepositions``) made the case marker of the noun after it:

    - hung on that noun as a modifier ("used against/ADJ detainees"): its case marker, the
      noun an oblique when it was an object;
    - with a noun just before it hung on it or on that noun too ("an investigation/ADJ
      against/NOUN Iran", "evidence/ADJ against/NOUN Russia"): that noun (tagged a noun)
      heads the phrase in the place the noun after held, and the noun after is its modifier;
    - heading the noun after it ("rallies in Gaza against/VERB Abbas"): that noun takes its
      place as a modifier, and the words hung on it before it go to its head.
    (The same object when there is none.)"""
    if not profile.unambiguous_prepositions or _lacks(sentence, profile.unambiguous_prepositions, lemmas=True):
        return sentence
    heads = {t.id: (t.head, t.deprel) for t in sentence.tokens}
    retag: dict[int, str] = {}
    for prep in sentence.tokens:
        if lemma_of(prep) not in profile.unambiguous_prepositions and prep.lower not in profile.unambiguous_prepositions:
            continue
        if prep.upos in ("ADP", "SCONJ") or prep.base_rel in ("mark", "fixed") or prep.id in retag:
            continue
        if prep.head > prep.id and prep.base_rel in ("amod", "compound", "advmod", "nmod", "case"):
            _preposition_before_its_noun(sentence, prep, profile, heads, retag)
        elif prep.head and prep.head < prep.id and prep.upos in ("VERB", "NOUN", "ADJ"):
            _preposition_heading_its_noun(sentence, prep, heads, retag)
    if not retag:
        return sentence
    tokens = []
    for t in sentence.tokens:
        head, rel = heads[t.id]
        if t.id in retag:
            t = replace(t, upos=retag[t.id], feats=())
        if (head, rel) != (t.head, t.deprel):
            t = replace(t, head=head, deprel=rel)
        tokens.append(t)
    return replace(sentence, tokens=tuple(tokens))


def _preposition_before_its_noun(sentence: Sentence, prep: Token, profile: LanguageProfile,
                                 heads: dict[int, tuple[int, str]], retag: dict[int, str]) -> None:
    """The new heads and tags (into ``heads`` and ``retag``) for a misread preposition hung on
    the noun after it, with or without a noun just before it (:func:`_misread_prepositions`)."""
    noun = sentence.token(prep.head)
    if noun.upos not in NOMINAL_HEADS:
        return
    inside = {t.id for t in sentence.subtree(prep.id)}
    left = [t for t in sentence.subtree(noun.id) if t.id < prep.id and t.id not in inside]
    left += [c for c in sentence.children(prep.id) if c.id < prep.id]
    before = sentence.token(prep.id - 1) if prep.id > 1 else None
    if left:
        if (before is None or before.upos not in ("NOUN", "ADJ", "PROPN") or before.head not in (prep.id, noun.id)
                or before.base_rel not in ("amod", "compound", "nmod") or lemma_of(before) in profile.time_words):
            return  # "a major offensive Sunday/compound against/NOUN troops": no guess
        if before.upos == "ADJ":
            retag[before.id] = "NOUN"  # "an investigation/ADJ against Iran": the phrase's head
        heads[before.id] = heads[noun.id]
        heads[noun.id] = (before.id, "nmod")
        for t in left:
            if t.id != before.id and t.head in (noun.id, prep.id):
                heads[t.id] = (before.id, t.deprel)
    elif noun.base_rel == "obj":
        heads[noun.id] = (noun.head, "obl")
    retag[prep.id] = "ADP"
    heads[prep.id] = (noun.id, "case")
    for child in sentence.children(prep.id):
        if child.id > prep.id:
            heads[child.id] = (noun.id, child.deprel)


def _preposition_heading_its_noun(sentence: Sentence, prep: Token, heads: dict[int, tuple[int, str]],
                                  retag: dict[int, str]) -> None:
    """The new heads and tags for a misread preposition heading the noun after it ("rallies
    in Gaza against/VERB Abbas"; :func:`_misread_prepositions`)."""
    objects = [c for c in sentence.children(prep.id) if c.id > prep.id and c.upos in NOMINAL_HEADS
               and c.base_rel in ("obj", "nmod", "obl", "nsubj")]
    if not objects or not _starts_at_or_after(sentence, objects[0], prep.id + 1):
        return
    noun, host = objects[0], sentence.token(prep.head)
    retag[prep.id] = "ADP"
    heads[prep.id] = (noun.id, "case")
    heads[noun.id] = (host.id, "nmod" if host.upos in NOMINAL_HEADS else "obl")
    for child in sentence.children(prep.id):
        if child.id < prep.id:
            rel = child.deprel
            if child.upos in NOMINAL_HEADS and child.base_rel in ("nsubj", "obj", "obl", "nmod"):
                rel = "nmod" if host.upos in NOMINAL_HEADS else "obl"
            heads[child.id] = (host.id, rel)


def _starts_at_or_after(sentence: Sentence, tok: Token, first: int) -> bool:
    """Whether nothing of the phrase of ``tok`` comes before ``first``."""
    return min(t.id for t in sentence.subtree(tok.id)) >= first


COUNT_RELS = ("obj", "iobj", "nsubj:pass")
COUNT_CHILDREN = ("advmod", "punct", "cc", "conj")
# a word after the number that it may count ("joining 12 unarmed observers")
COUNTED_WORDS = ("NOUN", "PROPN", "ADJ", "NUM", "X", "SYM")


def _counted_people(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with each bare number heading a verb's object or passive subject ("two
    held for murder" once a headline passive, "3 killed in blast", "police arrest 5", "two
    were killed") read as the profile's ``count_noun``: a count of unnamed people. Not a
    year, nor a number with a determiner ("the two": a reference), with words of its own
    ("two of the rebels") or before a word it may count that the parser hung elsewhere
    ("joining 12 unarmed observers"); not an active subject ("20 suspected grenades": a
    parser's guess). (The same object when there is none.)"""
    if not profile.count_noun:
        return sentence
    changes = {}
    for tok in sentence.tokens:
        if tok.upos != "NUM" or tok.deprel not in COUNT_RELS or not tok.head:
            continue
        if sentence.token(tok.head).upos != "VERB" or _year(tok.text):
            continue
        if tok.id < len(sentence.tokens) and tok.id + 1 != tok.head and (
                sentence.token(tok.id + 1).upos in COUNTED_WORDS + ("VERB",)):
            continue
        if any(c.base_rel not in COUNT_CHILDREN for c in sentence.children(tok.id)):
            continue
        changes[tok.id] = replace(tok, lemma=profile.count_noun)
    if not changes:
        return sentence
    return with_tokens(sentence, changes)


def _year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text[:2] in ("18", "19", "20")


def _bounded_counts(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with each bounded count the parser made an oblique ("killed more/advmod
    than/case 30 rebels/obl", "arrested at least 20 people"; the profile's ``count_phrases``)
    made the verb's object, the bound a modifier of the number: when the counted phrase has
    no other preposition and the verb no other object. A count before a verb that has no
    subject ("More than 40 protesters/obl have been detained", "as many/nsubj:pass as 30
    people/nmod were arrested") is its subject instead (passive when the verb is). The same
    object when there is none."""
    firsts = _first_words(profile, "count_phrases") if profile.count_phrases else None
    if not firsts or _lacks(sentence, firsts):
        return sentence
    heads: dict[int, tuple[int, str]] = {}
    tokens = sentence.tokens
    for first in tokens:
        # (a phrase is looked up in the list only after its first word: most words start none)
        if first.lower not in firsts:
            continue
        words = _count_phrase_at(sentence, profile, first)
        if words is None:
            continue
        number = sentence.token(words[-1].id + 1)
        noun = number
        if number.base_rel == "nummod" and number.head > number.id and \
                sentence.token(number.head).upos in NOMINAL_HEADS:
            noun = sentence.token(number.head)
        if any(c.base_rel == "case" and c.id < first.id for c in sentence.children(noun.id)):
            continue  # "in more than 30 villages": a place
        role = _count_role(sentence, words, noun)
        if role is None:
            continue
        heads[noun.id] = role
        heads[first.id] = (number.id, "advmod")
        for word in words[1:]:
            heads[word.id] = (first.id, "fixed")
    if not heads:
        return sentence
    return with_heads(sentence, heads)


def _count_phrase_at(sentence: Sentence, profile: LanguageProfile, first: Token) -> list[Token] | None:
    """The words of the profile's count phrase that starts at ``first`` and has a number
    right after it ("more than 30", "as many as 30"); else None."""
    for phrase in profile.count_phrases:
        end = first.id + len(phrase)
        if end > len(sentence.tokens):
            continue
        words = [sentence.token(i) for i in range(first.id, end)]
        if tuple(w.lower for w in words) != tuple(phrase):
            continue
        number = sentence.token(end)
        if number.upos == "NUM" or number.text.replace(",", "").isdigit():
            return words
    return None


def _count_role(sentence: Sentence, words: list[Token], noun: Token) -> tuple[int, str] | None:
    """The (head, relation) a counted phrase takes: the object of a verb before it that has
    none, when the parser made it an oblique; the subject of a verb after it that has none,
    when the parser made it an oblique or hung it on a word of the bound that it made the
    subject; else None."""
    ids = {w.id for w in words}
    anchor = sentence.token(noun.head) if noun.head in ids else noun
    if not anchor.head or anchor.head in ids:
        return None
    verb = sentence.token(anchor.head)
    if verb.upos != "VERB":
        return None
    children = sentence.children(verb.id)
    if verb.id < words[0].id:
        if anchor is not noun or noun.base_rel not in ("obl", "nmod") or any(c.base_rel == "obj" for c in children):
            return None
        return verb.id, "obj"
    if anchor.base_rel not in ("obl", "nmod", "nsubj") or any(
            c.base_rel in ("nsubj", "csubj") and c.id != anchor.id for c in children):
        return None
    if anchor is noun and noun.base_rel == "nsubj":
        return None  # a subject already
    passive = any(c.deprel == "aux:pass" for c in children)
    return verb.id, "nsubj:pass" if passive else "nsubj"


def _result_obliques(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with each result noun read as a to-infinitive ("beaten to/PART
    death/VERB"; the profile's ``result_obliques``) made an oblique of the verb it was the
    complement of, "to" its case marker; the obliques hung on it go to the verb (the same
    object when there is none)."""
    if not profile.result_obliques or _lacks(sentence, profile.result_obliques):
        return sentence
    changes: dict[int, Token] = {}
    for word in sentence.tokens:
        if word.lower not in profile.result_obliques or word.base_rel != "xcomp" or not word.head:
            continue
        marks = [c for c in sentence.children(word.id) if c.base_rel == "mark" and lemma_of(c) == profile.infinitive_marker]
        if not marks:
            continue
        changes[word.id] = replace(word, upos="NOUN", lemma=word.lower, feats=(), deprel="obl")
        changes[marks[0].id] = replace(marks[0], upos="ADP", deprel="case")
        for child in sentence.children(word.id):
            if child.base_rel == "obl":
                changes[child.id] = replace(child, head=word.head)
    if not changes:
        return sentence
    return with_tokens(sentence, changes)


def _subjects_of_intent_read_as_expletives(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with a pronoun read as an expletive of an adjective of intent (the
    profile's ``intent_verbs``: "said it was ready/willing to resume talks") made its subject:
    one is ready for what it is to do, while "it is hard to say" has no such adjective (the
    same object when there is none)."""
    changes: dict[int, Token] = {}
    for word in sentence.tokens:
        if word.base_rel != "expl" or word.upos != "PRON" or not word.head:
            continue
        head = sentence.token(word.head)
        if lemma_of(head) not in profile.intent_verbs or head.upos not in ("ADJ", "VERB"):
            continue
        children = sentence.children(head.id)
        if any(c.base_rel in ("nsubj", "csubj") for c in children) or not any(c.base_rel == "xcomp" for c in children):
            continue
        changes[word.id] = replace(word, deprel="nsubj")
    return with_tokens(sentence, changes) if changes else sentence


def _subjects_read_as_modifiers(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with each noun or number just before a subjectless verb heading a clause,
    hung on it as a compound, an adjectival or a numeric modifier ("rioters torched shops;
    15/compound arrested"), or on the verb's object after it ("Ithilien/amod accused
    Gondor/obj": a modifier never stands apart from its noun with the noun's verb between),
    made its subject (the same object when there is none)."""
    changes: dict[int, Token] = {}
    for tok in sentence.tokens:
        if tok.deprel not in ("compound", "amod", "nummod") or tok.head <= tok.id:
            continue
        across = _verb_between_modifier_and_noun(sentence, tok)
        if across is not None:
            if tok.upos in NOMINAL_HEADS + ("NUM", "ADJ") and _ends_at(sentence, tok, across.id - 1) and \
                    not any(c.base_rel in ("nsubj", "csubj") for c in sentence.children(across.id)):
                upos = tok.upos if tok.upos != "ADJ" else ("PROPN" if tok.text[:1].isupper() else "NOUN")
                changes[tok.id] = replace(tok, head=across.id, deprel="nsubj", upos=upos)
            continue
        if tok.upos not in NOMINAL_HEADS + ("NUM",):
            continue
        verb = sentence.token(tok.head)
        if verb.upos != "VERB" or verb.base_rel not in ("root", "parataxis", "conj", "ccomp"):
            continue
        if not _ends_at(sentence, tok, tok.head - 1):
            continue
        if any(c.base_rel in ("nsubj", "csubj") for c in sentence.children(verb.id)):
            continue
        changes[tok.id] = replace(tok, deprel="nsubj")
    if not changes:
        return sentence
    return with_tokens(sentence, changes)


def _verb_between_modifier_and_noun(sentence: Sentence, tok: Token) -> Token | None:
    """The verb of a clause that the modifier ``tok`` and the object it hangs on stand on
    either side of (a root, conjunct, complement or parataxis verb), else None."""
    noun = sentence.token(tok.head)
    if noun.upos not in NOMINAL_HEADS or noun.base_rel != "obj" or not noun.head or not tok.id < noun.head < noun.id:
        return None
    verb = sentence.token(noun.head)
    if verb.upos != "VERB" or verb.base_rel not in ("root", "parataxis", "conj", "ccomp"):
        return None
    return verb


def _clauses_hung_on_their_subject(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence headed by a subjectless noun whose finite verb, right after the noun's
    phrase, the parser hung on it ("Hundreds/root of protesters marched/acl in ...",
    "Al/root - Shabaab claimed/parataxis responsibility") with the verb heading it and the
    noun its subject (the same object when there is none). Not a participle with a "by"
    phrase, an infinitive or a clause with a subject of its own ("the base attacked by rebels"
    is a headline passive)."""
    root = next((t for t in sentence.tokens if t.deprel == "root"), None)
    if root is None or root.upos not in NOMINAL_HEADS or any(
            c.base_rel in ("nsubj", "csubj") for c in sentence.children(root.id)):
        return sentence
    verb = next((c for c in sentence.children(root.id) if c.deprel in ("acl", "parataxis") and c.upos == "VERB"
                 and c.id > root.id and (c.feat("VerbForm") == "Fin" or c.feat("Tense") == "Past")), None)
    if verb is None or any(t.upos in ("VERB", "AUX") for t in sentence.tokens[root.id:verb.id - 1]):
        return sentence
    children = sentence.children(verb.id)
    if any(c.base_rel in ("nsubj", "csubj", "mark", "aux") or (
            c.base_rel == "obl" and case_marker(sentence, c) == profile.agent_preposition) for c in children):
        return sentence
    changes = {verb.id: replace(verb, head=0, deprel="root"), root.id: replace(root, head=verb.id, deprel="nsubj")}
    for c in sentence.children(root.id):  # what follows the verb is the clause's
        if c.id > verb.id:
            changes[c.id] = replace(c, head=verb.id)
    return with_tokens(sentence, changes)


def _gerunds_read_as_clauses(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with each noun in "-ing" read as an adverbial clause right after the bare
    singular noun that modifies it ("killed in police/obl firing/advcl at the village"): the
    head of that phrase, a noun, the word before its compound modifier, the phrases hung on
    it its noun modifiers. Not an "-ing" word with a subject, object, complement, marker or
    auxiliary of its own ("arrested in Delhi carrying explosives"), nor after a plural, a
    name or a noun with words of its own (the same object when there is none)."""
    heads: dict[int, tuple[int, str]] = {}
    nouns: set[int] = set()
    for tok in sentence.tokens:
        if tok.upos != "VERB" or tok.base_rel != "advcl" or tok.id < 2 or not (
                tok.feat("VerbForm") == "Ger" or (tok.feat("VerbForm") == "Part" and tok.feat("Tense") == "Pres")):
            continue
        noun = sentence.token(tok.id - 1)
        if noun.upos != "NOUN" or noun.base_rel not in ("obl", "nmod") or noun.head != tok.head \
                or noun.feat("Number") == "Plur" or case_marker(sentence, noun) is None:
            continue
        if any(c.id > noun.id or c.base_rel not in ("case", "det") for c in sentence.children(noun.id)):
            continue
        own = sentence.children(tok.id)
        if any(c.base_rel in CLAUSE_DEPENDENTS or c.base_rel in ("advmod", "advcl", "iobj", "nsubj:pass")
               or c.id < tok.id for c in own):
            continue
        nouns.add(tok.id)
        heads[tok.id] = (noun.head, noun.deprel)
        heads[noun.id] = (tok.id, "compound")
        for c in sentence.children(noun.id):
            heads[c.id] = (tok.id, c.deprel)
        for c in own:
            if c.base_rel == "obl":
                heads[c.id] = (tok.id, "nmod")
    if not heads:
        return sentence
    return rebuilt(sentence, heads, {i: GERUND_NOUN for i in nouns})


def _participles_read_as_modifiers(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with each participle read as the modifier of an object that hangs on an
    adjective or adverb heading the clause ("police have so far/root arrested/amod 15
    persons/obj": an adjective takes no object) made the verb heading the clause: the noun
    its object, the adjective an adverbial of it, and the adjective's other dependents but
    its adverbs (subject, auxiliaries, punctuation) the verb's (the same object when there is
    none). The participle may already hold the auxiliary, the sentence's final stop (lower
    case: "the police have so far arrested 15 persons.") and a conjoined clause after the
    object ("... 15 persons and are looking/conj for the others"), which stays its conjunct."""
    heads: dict[int, tuple[int, str]] = {}
    verbs: set[int] = set()
    for obj in sentence.tokens:
        if obj.base_rel != "obj" or obj.upos not in NOMINAL_HEADS or not obj.head:
            continue
        head = sentence.token(obj.head)
        if head.upos not in ("ADJ", "ADV") or head.base_rel not in ("root", "ccomp", "parataxis", "conj") \
                or head.id > obj.id:
            continue
        verb = next((c for c in sentence.children(obj.id) if c.base_rel == "amod" and c.upos == "VERB"
                     and head.id < c.id < obj.id and c.feat("Tense") == "Past"
                     and all(g.id < c.id and g.base_rel in ("aux", "advmod") or g.base_rel == "punct"
                             or g.id > obj.id and g.base_rel == "conj"  # "... and are looking for others"
                             for g in sentence.children(c.id))), None)
        if verb is None:
            continue
        verbs.add(verb.id)
        heads[verb.id] = (head.head, head.deprel)
        heads[head.id] = (verb.id, "advmod")
        heads[obj.id] = (verb.id, "obj")
        for child in sentence.children(head.id):
            if child.id != obj.id and child.base_rel not in ("advmod", "amod"):
                heads[child.id] = (verb.id, child.deprel)
    if not heads:
        return sentence
    return rebuilt(sentence, heads, {i: {"feats": (("Tense", "Past"), ("VerbForm", "Part"))} for i in verbs})


def _verbs_after_auxiliaries(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with each verb read as a modifier of its object ("the US will supply/ADV
    arms/root to Israel": an auxiliary, not a copula, hung on a noun heading the clause,
    the word just after the auxiliary a modifier of that noun) made the verb heading the
    clause: the noun its object, the words before it and the noun's phrases after it its
    dependents (the same object when there is none)."""
    heads: dict[int, tuple[int, str]] = {}
    verbs: set[int] = set()
    for aux in sentence.tokens:
        if aux.deprel != "aux" or aux.upos != "AUX" or not aux.head or aux.head <= aux.id + 1:
            continue
        noun = sentence.token(aux.head)
        word = sentence.token(aux.id + 1)
        if noun.upos not in ("NOUN", "PROPN") or noun.base_rel not in ("root", "ccomp", "parataxis", "conj"):
            continue
        if word.head != noun.id or word.upos not in ("ADV", "ADJ", "NOUN") or \
                word.base_rel not in ("advmod", "amod", "compound") or sentence.children(word.id):
            continue
        children = sentence.children(noun.id)
        if any(c.base_rel in ("cop", "det", "case", "nummod", "nmod:poss") for c in children if c.id < word.id) or \
                any(c.base_rel in ("det", "nummod", "nmod:poss") and word.id < c.id for c in children):
            continue  # "will be arms", "will the arms": no verb read as a modifier
        verbs.add(word.id)
        heads[word.id] = (noun.head, noun.deprel)
        heads[noun.id] = (word.id, "obj")
        for child in children:
            if child.id < word.id:
                heads[child.id] = (word.id, child.deprel)
            elif child.id > noun.id and child.base_rel == "nmod" and case_marker(sentence, child) is not None:
                heads[child.id] = (word.id, "obl")
    if not heads:
        return sentence
    return rebuilt(sentence, heads, {i: {"upos": "VERB", "feats": (("VerbForm", "Inf"),)} for i in verbs})


def _misattached_phrases(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with three attachments only a parser slip makes repaired (the same object
    when there are none):

    - a particle read as the case marker of the object just after the verb ("handed over/case
      700 kg", "carried out/case attacks"): an object has no preposition (except the
      profile's ``object_markers``), so it is the verb's particle;
    - a reduced relative read as an adverbial clause holding the main verb's subject ("Some
      500,000 workers affiliated with X stopped work", with "workers" the subject of
      "affiliated"): a past participle before a subjectless finite verb, its only subject
      before it, no auxiliary or marker; the subject is the main verb's and the participle
      its modifier;
    - a present participle read as a modifier of a second object of the same verb
      ("published a declaration demanding/amod changes/obj"): a verb has one object, so the
      participle modifies the first and the second is the participle's object;
    - a coordinated subject of a complement clause split in two (:func:`_split_subject`)."""
    heads: dict[int, tuple[int, str]] = {}
    for tok in sentence.tokens:
        if not tok.head or tok.base_rel not in MISATTACHED_RELS:
            continue
        head = sentence.token(tok.head)
        if tok.base_rel == "case" and head.deprel == "obj" and head.head == tok.id - 1 and \
                tok.upos == "ADP" and lemma_of(tok) not in profile.object_markers and \
                sentence.token(head.head).upos == "VERB":
            heads[tok.id] = (head.head, "compound:prt")
        elif tok.deprel == "advcl" and tok.upos == "VERB" and tok.feat("VerbForm") == "Part" and \
                tok.feat("Tense") == "Past" and head.id > tok.id and head.upos == "VERB" and \
                head.feat("VerbForm") == "Fin":  # not "protesters marched ..., calling for": two participles
            own = sentence.children(tok.id)
            subjects = [c for c in own if c.base_rel == "nsubj"]
            if len(subjects) != 1 or subjects[0].id > tok.id or any(
                    c.base_rel in ("aux", "mark", "cop") for c in own):
                continue
            if any(c.base_rel in ("nsubj", "csubj") for c in sentence.children(head.id)):
                continue
            heads[subjects[0].id] = (head.id, "nsubj")
            heads[tok.id] = (subjects[0].id, "acl")
        elif tok.deprel == "amod" and tok.upos == "VERB" and _present_participle(tok) and \
                head.deprel == "obj" and head.id > tok.id and head.head:
            verb = sentence.token(head.head)
            first = [c for c in sentence.children(verb.id) if c.deprel == "obj" and c.id < tok.id]
            if verb.upos != "VERB" or len(first) != 1 or not _ends_at(sentence, first[0], tok.id - 1):
                continue
            heads[tok.id] = (first[0].id, "acl")
            heads[head.id] = (tok.id, "obj")
        elif tok.deprel == "ccomp" and tok.upos in NOMINAL_HEADS:
            split = _split_subject(sentence, tok)
            if split is not None:
                verb, second = split
                heads[tok.id] = (verb.id, "nsubj")
                heads[second.id] = (tok.id, "conj")
    if not heads:
        return sentence
    return with_heads(sentence, heads)


# the relations of the words _misattached_phrases repairs (the first test of each of its cases)
MISATTACHED_RELS = frozenset({"case", "advcl", "amod", "ccomp"})


def _places_between_subject_and_verb(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with each place phrase standing between a subject and its verb, read as
    the verb's ("Police in Minas/obl arrested two men"), made a modifier of the subject: it
    says where the subject is from (the same object when there is none)."""
    heads: dict[int, int] = {}
    for tok in sentence.tokens:
        if tok.base_rel != "obl" or tok.upos != "PROPN" or not tok.id < tok.head:
            continue
        verb = sentence.token(tok.head)
        if verb.upos == "VERB" and case_marker(sentence, tok) in profile.locative_prepositions:
            subject = _subject_just_before(sentence, tok, verb)
            if subject is not None:
                heads[tok.id] = subject.id
    if not heads:
        return sentence
    return replace(sentence, tokens=tuple(replace(t, head=heads[t.id], deprel="nmod") if t.id in heads else t
                                          for t in sentence.tokens))


def _subject_just_before(sentence: Sentence, phrase: Token, verb: Token) -> Token | None:
    """The verb's subject when ``phrase`` stands right between it and the verb, else None."""
    words = sentence.subtree(phrase.id)
    if words[-1].id != verb.id - 1:
        return None
    subjects = [c for c in sentence.children(verb.id) if c.base_rel == "nsubj" and c.id < phrase.id]
    if len(subjects) != 1 or not _ends_at(sentence, subjects[0], words[0].id - 1):
        return None
    return subjects[0]


def _split_subject(sentence: Sentence, first: Token) -> tuple[Token, Token] | None:
    """(verb, second conjunct) when a parser split a coordinated subject of a complement
    clause, hanging the first conjunct on the governing verb as a complement of its own
    ("announced that President X/ccomp and his Front/nsubj must agree/ccomp"); else None."""
    inside = {t.id for t in sentence.subtree(first.id)}
    after = max(inside) + 1
    if after > len(sentence.tokens):
        return None
    cc = sentence.token(after)
    if cc.base_rel != "cc" or not cc.head:
        return None
    second = sentence.token(cc.head)
    if second.base_rel != "nsubj" or second.upos not in NOMINAL_HEADS + ("PRON",) or not second.head:
        return None
    verb = sentence.token(second.head)
    if verb.deprel != "ccomp" or verb.head != first.head or verb.upos not in ("VERB", "AUX") or verb.id < second.id:
        return None
    return verb, second


def _days_read_as_objects(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with each named day read as a verb's object (the profile's
    ``named_days``) made the time of the act (``obl:tmod``):

    - beside the verb's real object ("signed a trade agreement Friday/obj with Rohan/nmod"),
      or as an indirect object ("said Friday/iobj that ..."): the phrases hung on the day
      after it go to the verb;
    - as the head of the object ("opened a landmark hearing/compound Wednesday/obj into the
      legality"): the word just before it, hung on it as a compound or modifier, heads the
      object (a noun), with the day's other words.
    (The same object when there is none.)"""
    if not profile.named_days or _lacks(sentence, profile.named_days):
        return sentence
    heads: dict[int, tuple[int, str]] = {}
    nouns: set[int] = set()
    for day in sentence.tokens:
        if day.deprel not in ("obj", "iobj") or day.lower not in profile.named_days or not day.head:
            continue
        verb = sentence.token(day.head)
        if verb.upos != "VERB":
            continue
        children = sentence.children(day.id)
        if day.deprel == "iobj" or any(c.deprel == "obj" and c.id != day.id for c in sentence.children(verb.id)):
            heads[day.id] = (verb.id, "obl:tmod")
            for child in children:
                if child.id > day.id and child.base_rel == "nmod":
                    heads[child.id] = (verb.id, "obl")
            continue
        word = sentence.token(day.id - 1) if day.id > 1 else None
        if word is None or word.head != day.id or word.base_rel not in ("compound", "amod") or \
                word.upos not in ("NOUN", "VERB") or sentence.children(word.id):
            continue
        if word.upos == "VERB":
            nouns.add(word.id)
        heads[word.id] = (verb.id, "obj")
        heads[day.id] = (verb.id, "obl:tmod")
        for child in children:
            if child.id != word.id:
                heads[child.id] = (word.id, child.deprel)
    if not heads:
        return sentence
    return rebuilt(sentence, heads, {i: {"upos": "NOUN", "feats": ()} for i in nouns})


LIST_SEPARATORS = (",", ";")


def _split_names(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with each name the parser split into several subjects or objects of one
    verb ("U.S./nsubj President George/nsubj W. Bush/nsubj said", "tell Japanese/obj Prime
    Minister Koizumi/obj") made one phrase headed by its last word, the others its compounds:
    a verb has one subject and, among names, one object. Only a run of adjacent phrases,
    each but the last a proper noun (objects: each; "gave Gondor aid" has two), with no
    comma or coordinator among them (a list of actors) (the same object when there is
    none)."""
    if not shares_a_relation(sentence, ("nsubj", "obj")):
        return sentence  # (most sentences: no verb has two subjects or two objects)
    heads: dict[int, tuple[int, str]] = {}
    for verb in sentence.tokens:
        if verb.upos not in ("VERB", "AUX"):
            continue
        children = sentence.children(verb.id)
        for rel in ("nsubj", "obj"):
            parts = [c for c in children if c.deprel == rel]
            if len(parts) < 2 or any(p.upos != "PROPN" for p in parts[:-1]) or \
                    parts[-1].upos not in (NOMINAL_HEADS if rel == "nsubj" else ("PROPN",)):
                continue  # "gave Gondor aid": two objects
            spans = [(min(t.id for t in sentence.subtree(p.id)), max(t.id for t in sentence.subtree(p.id)))
                     for p in parts]
            if any(spans[i][1] + 1 != spans[i + 1][0] for i in range(len(spans) - 1)):
                continue
            if any(t.upos == "CCONJ" or t.text in LIST_SEPARATORS
                   for t in sentence.tokens[spans[0][0] - 1:spans[-1][1]]):
                continue  # "Arnor, Gondor and Rohan welcomed ...": a list of actors
            if (rel == "nsubj") != (spans[-1][1] < verb.id):
                continue  # subjects before the verb, objects after it
            for part in parts[:-1]:
                heads[part.id] = (parts[-1].id, "compound")
    if not heads:
        return sentence
    return with_heads(sentence, heads)


def _marked_complements_read_as_adverbials(sentence: Sentence, profile: LanguageProfile) -> Sentence:
    """The sentence with each infinitive adverbial clause after its verb, opened by one of
    the profile's ``complement_markers`` alone ("threatened with/mark impose/advcl
    sanctions") and with no subject or article of its own, made the verb's open complement."""
    if not profile.complement_markers or _lacks(sentence, profile.complement_markers):
        return sentence
    heads: dict[int, tuple[int, str]] = {}
    for tok in sentence.tokens:
        if tok.deprel != "advcl" or tok.feat("VerbForm") != "Inf" or not tok.head or tok.head > tok.id \
                or sentence.token(tok.head).upos != "VERB":
            continue
        children = sentence.children(tok.id)
        marks = [c for c in children if c.base_rel == "mark"]
        if len(marks) != 1 or marks[0].lemma_lower not in profile.complement_markers \
                or sentence.children(marks[0].id) \
                or any(c.base_rel in ("nsubj", "csubj", "det") or (c.base_rel == "advmod" and c.id < marks[0].id)
                       for c in children):  # (an adverb before the marker: a multi-word marker)
            continue
        heads[tok.id] = (tok.head, "xcomp")
    return with_heads(sentence, heads) if heads else sentence
