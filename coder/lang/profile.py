"""The frozen language profile: every word list and construction cue the coder needs for
one language. It imports nothing from the project, so any stage may hold one."""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class Deinflection:
    """A regular inflection undone: a word ending in ``suffix`` may stand for its stem plus
    ``replacement`` ("assassinations" → "assassination"). ``verbal`` ones ("-ed", "-ing")
    are not tried on nouns: a noun "meeting" is not the verb "meet"."""

    suffix: str
    replacement: str
    verbal: bool = False
    undouble: bool = False  # "stopped" → "stop" (a doubled final consonant)
    min_stem: int = 2  # the shortest stem the rule may leave


@dataclass(frozen=True, init=False)
class AssertionWords:
    """Negation, modality, conditions, purpose and circumstance (profile section ``assertion``)
    and places as the ACLED layer reads them (section ``places``)."""

    negators: frozenset[str] = frozenset()
    # a subject or object naming no one negates its act ("nobody was arrested")
    negative_pronouns: frozenset[str] = frozenset()
    # right before an infinitive's marker, the act is still ahead ("are yet to arrest")
    pending_markers: frozenset[str] = frozenset()
    future_auxiliaries: frozenset[str] = frozenset()
    hypothetical_auxiliaries: frozenset[str] = frozenset()
    possibility_auxiliaries: frozenset[str] = frozenset()  # negated, a plain negation ("cannot")
    obligation_auxiliaries: frozenset[str] = frozenset()
    perfect_auxiliaries: frozenset[str] = frozenset()  # "must have known": an inference
    obligation_verbs: frozenset[str] = frozenset()  # "has to withdraw"
    passive_auxiliaries: frozenset[str] = frozenset()
    # copulas whose parser-read predicate is a passive when an agent phrase hangs below it
    # or that head a participle they govern (see repairs.py)
    copular_passive_auxiliaries: frozenset[str] = frozenset()
    # copulas before which a past participle of a codebook verb tagged as an adjective is a
    # passive ("two workers were/cop hurt/ADJ"): a regular participle ends in one of the
    # participle endings, an irregular one is listed (form → verb)
    adjectival_passive_auxiliaries: frozenset[str] = frozenset()
    participle_endings: frozenset[str] = frozenset()
    irregular_participles: dict[str, str] = field(default_factory=dict)
    # participles of force that name a state before their noun ("the injured man"): no act
    state_participles: frozenset[str] = frozenset()
    intent_verbs: frozenset[str] = frozenset()
    attempt_verbs: frozenset[str] = frozenset()
    failure_verbs: frozenset[str] = frozenset()
    refusal_verbs: frozenset[str] = frozenset()
    request_nouns: frozenset[str] = frozenset()  # "rejected calls for talks": the talks refused
    wrongdoing_verbs: frozenset[str] = frozenset()  # "said the election was rigged by Y": Y is accused
    conditional_markers: frozenset[str] = frozenset()
    ultimatum_markers: frozenset[str] = frozenset()  # "will withdraw unless Y agrees": an ultimatum
    # "will not withdraw until Y lifts the sanctions": after a negated act, an ultimatum too
    negated_ultimatum_markers: frozenset[str] = frozenset()
    # "warned it will respond if Y attacks": a threat naming no target is aimed at Y
    threat_condition_markers: frozenset[str] = frozenset()
    purpose_markers: frozenset[str] = frozenset()  # "(in order) to": a purpose clause
    # places, as the ACLED layer reads them (profile section ``places``)
    place_prepositions: frozenset[str] = frozenset()
    near_prepositions: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    admin_place_nouns: frozenset[str] = frozenset()
    near_place_nouns: frozenset[str] = frozenset()
    place_of: str = ""
    not_places: frozenset[str] = frozenset()
    # "was killed when rebels attacked": a clause of the circumstance an act happened in
    circumstance_markers: frozenset[str] = frozenset()
    # "after arresting 12 persons, police opened fire": a subjectless adverbial clause of
    # sequence whose act of force is an event of its own, not background
    sequence_markers: frozenset[str] = frozenset()
    # a clause of sequence tells any act on a named actor as an event of its own ("after
    # meeting with X"), not only an act of force on an object
    sequence_any_act: bool = False
    # "arrested for planning attacks": verbs whose object or complement names an act that has
    # not happened (no ACLED event)
    unrealising_verbs: frozenset[str] = frozenset()
    infinitive_marker: str = ""
    # verbs whose infinitive complement goes without the marker ("let them go", "helped
    # build"): after any other verb, a complement infinitive without it is a misread noun
    # ("promised aid/VERB to X"; only in a language with an infinitive marker)
    bare_infinitive_verbs: frozenset[str] = frozenset()


@dataclass(frozen=True, init=False)
class PrepositionWords:
    """Prepositions and the roles they mark: profile section ``prepositions``."""

    target_prepositions: tuple[str, ...] = ()  # best first
    topic_prepositions: frozenset[str] = frozenset()
    non_target_prepositions: frozenset[str] = frozenset()
    argument_prepositions: frozenset[str] = frozenset()
    locative_prepositions: frozenset[str] = frozenset()
    oppositional_prepositions: frozenset[str] = frozenset()  # "the coalition against X"
    agent_preposition: str = ""  # "attacked by X"
    theme_preposition: str = ""  # "the withdrawal of troops"
    reason_preposition: str = ""  # "in protest", "in retaliation"
    deverbal_prepositions: frozenset[str] = frozenset()  # "including", "regarding"
    # prepositions that are never nouns, adjectives or verbs ("an inquiry against/NOUN Gondor"
    # is a parser slip)
    unambiguous_prepositions: frozenset[str] = frozenset()
    # "fighting between X and Y": the phrase names the parties, who act on each other
    mutual_prepositions: frozenset[str] = frozenset()
    means_prepositions: frozenset[str] = frozenset()
    # "rockets were fired at Y from X": the actor of the phrase is the source of an agentless
    # passive aimed at a passive_target phrase
    passive_source_prepositions: frozenset[str] = frozenset()
    # "rockets were fired at X from Y": the explicit target of a passive
    passive_target_prepositions: frozenset[str] = frozenset()
    # "killed in a gunfight with the army": the other side of an act of force
    opponent_prepositions: frozenset[str] = frozenset()
    # the other party of a reciprocal act ("held talks with X"); a compound subject's act
    # found another actor elsewhere ("talks on X's pullback") acts on itself
    partner_prepositions: frozenset[str] = frozenset()
    subordinating_prepositions: frozenset[str] = frozenset()
    # prepositions that open an infinitive complement ("threatened with imposing"): a parser's
    # adverbial clause so opened is the verb's open complement
    complement_markers: frozenset[str] = frozenset()
    # prepositions that may mark a direct object (Spanish personal "a": "mataron a dos
    # personas"): such an object fills both an object slot and an oblique slot of the marker
    object_markers: frozenset[str] = frozenset()
    deverbal_preposition_pairs: tuple[tuple[str, str], ...] = ()  # ("according", "to")


@dataclass(frozen=True, init=False)
class ReferenceWords:
    """Pronouns, relatives, definites and possessives: profile section ``references``."""

    pronouns: dict[str, str] = field(default_factory=dict)  # word → person | thing | any
    relative_pronouns: frozenset[str] = frozenset()  # "which", "who", "that", "whom"
    relative_subjects: frozenset[str] = frozenset()  # stand for the noun they modify
    relative_adverbs: frozenset[str] = frozenset()  # "the town where ...": open a relative clause
    # "issued a statement condemning X": a participle on such a noun is its author's act
    document_nouns: frozenset[str] = frozenset()
    definite_determiners: frozenset[str] = frozenset()
    definite_countries: frozenset[str] = frozenset()  # "the country" → the last country
    definite_groups: frozenset[str] = frozenset()  # "the group" → the last organization
    possessive_markers: frozenset[str] = frozenset()  # the "'s" token
    possessive_suffixes: tuple[str, ...] = ()  # "Gondor's" left attached → "Gondor"
    plural_possessive_suffixes: tuple[str, ...] = ()  # "rebels'" → "rebels"
    # a finite verb without a subject takes the subject an earlier clause or sentence gave
    # (its number agreeing where both show one)
    pro_drop: bool = False
    person_noun: str = ""  # an unknown name marked as a human object (Spanish personal "a") is read as this noun
    object_phrase_antecedents: bool = False  # "lo" is an earlier object phrase a name sits in, not the name
    # a reflexive marker that makes the clause passive: no subject is implied then
    reflexive_passive_markers: frozenset[str] = frozenset()
    # a pronoun's number (UD Number) must be its antecedent's, where both show one (a plural
    # object clitic stands for a plural); English "they" stands for an organization too
    pronoun_number_agreement: bool = False


@dataclass(frozen=True, init=False)
class PhraseWords:
    """Phrase and verb constructions: profile section ``phrases``."""

    # heads that count or part the noun after the theme preposition ("dozens of protesters"): it fits pattern words too
    quantifiers: frozenset[str] = frozenset()
    amount_heads: frozenset[str] = frozenset()  # "50 million dollars in aid"
    amount_prepositions: frozenset[str] = frozenset()  # "$50 million in aid"
    # "left for Gondor for talks", "converged on the capital for a rally": a motion verb's
    # purpose noun is the event, its subject the actor
    motion_verbs: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    sending_verbs: frozenset[str] = frozenset()
    # verbs whose object does the act of the infinitive after it ("ordered X to suspend"): its xcomp, not a purpose
    object_control_verbs: frozenset[str] = frozenset()
    # verbs of command whose subject does the act its object is ordered to do ("ordered troops to attack
    # X"; "ordered Y to suspend publication": suspends Y's); an ordered act coding nothing is a demand on Y
    command_verbs: frozenset[str] = frozenset()
    wish_verbs: frozenset[str] = frozenset()  # "wants Y to Z": the appeal to Y that mirrors Z (CAMEO 02)
    objects_follow_verb: bool = False  # a noun object never comes before its verb (English)
    resultative_verbs: dict[str, str] = field(default_factory=dict)  # "shot dead" → shoot
    object_verbs: frozenset[str] = frozenset()  # "man killed in encounter": a headline passive
    # intransitive verbs whose subject undergoes the act: with no object, the subject is the
    # target and the act has no source of its own (a language whose dictionaries code them so)
    patient_subject_verbs: frozenset[str] = frozenset()
    # a bare number heading a subject or object ("two held for murder") counts unnamed people:
    # it is read as this noun's lemma (empty: a number names no actor)
    count_noun: str = ""
    # words before a number that make it a bound ("more than 50", "as many as 30"): with the
    # number they are the object's (or subject's), not a preposition of an oblique
    count_phrases: tuple[tuple[str, ...], ...] = ()
    # prepositions that also say a number is approximate ("about 200 supporters"): before a
    # number, no case marker
    approximators: frozenset[str] = frozenset()
    # the subordinators of a complement clause ("demanded an admission that X murdered Y"): a
    # clause a parser conjoined that opens with one is a complement, not a conjunct
    complementizers: frozenset[str] = frozenset()
    # nouns a parser reads as a to-infinitive after a verb ("beaten to death"): an oblique
    result_obliques: frozenset[str] = frozenset()
    purpose_prepositions: frozenset[str] = frozenset()
    # "anti-X rebels", "pro-X militias": a name after such a prefix and a hyphen says whom
    # the phrase opposes or backs; it is not the phrase's actor
    attitude_prefixes: frozenset[str] = frozenset()


@dataclass(frozen=True, init=False)
class TimeWords:
    """Dates and counts (ACLED dates and fatalities): profile sections ``time`` and ``numbers``."""

    time_words: frozenset[str] = frozenset()
    # days named by the calendar or by the speaker's now ("Friday", "yesterday"): never an object
    named_days: frozenset[str] = frozenset()
    months: dict[str, int] = field(default_factory=dict)  # month names → 1..12 (ACLED dates)
    date_connectors: frozenset[str] = frozenset()  # the word between day, month and year
    month_before_day: bool = False  # "August 6th" as well as "6 August"
    day_suffixes: frozenset[str] = frozenset()  # "6th"
    lower_case_month_words: frozenset[str] = frozenset()  # "they may attack": no month
    month_prepositions: frozenset[str] = frozenset()  # "in August"
    year_prepositions: frozenset[str] = frozenset()  # "in 2018"
    year_parts: dict[str, int] = field(default_factory=dict)  # "late 2018" → October
    month_parts: frozenset[str] = frozenset()  # "early March"
    weekdays: dict[str, int] = field(default_factory=dict)  # 0 Monday .. 6 Sunday
    weekday_before: frozenset[str] = frozenset()  # "last Sunday"
    weekday_after: frozenset[str] = frozenset()  # "Sunday night"
    past_markers: frozenset[str] = frozenset()  # "last Tuesday" on a Tuesday: a week ago
    days_ago: dict[str, int] = field(default_factory=dict)  # "yesterday" → 1
    weeks_ago: dict[str, int] = field(default_factory=dict)  # "last week" → 7 days
    months_ago: dict[str, int] = field(default_factory=dict)  # "last month" → 1

    # number words for ACLED fatalities; empty: the ACLED layer's English
    number_words: dict[str, int] = field(default_factory=dict)
    number_scales: dict[str, int] = field(default_factory=dict)  # hundred, thousand
    number_connectors: frozenset[str] = frozenset()  # the "and" inside a number word sequence
    not_count_units: frozenset[str] = frozenset()  # "5 years", "30 km": no head count
    not_count_markers: frozenset[str] = frozenset()  # "$5", "number 5": no head count
    clock_markers: frozenset[str] = frozenset()  # "at 5": a time
    clock_units: frozenset[str] = frozenset()  # "5 hrs", "5:30": a time
    count_conjunctions: frozenset[str] = frozenset()  # "three soldiers and two civilians": 5
    count_alternatives: frozenset[str] = frozenset()  # "12 or 15", "12 to 15": the lowest
    count_ranges: frozenset[str] = frozenset()  # "between 10 and 12": the lowest
    count_separators: frozenset[str] = frozenset()  # "killed ... but 5 …": another clause's number


@dataclass(frozen=True, init=False)
class MorphologyWords:
    """Inflection, contractions, accents and sentence breaks: sections ``morphology`` and ``sentences``."""

    deinflections: tuple[Deinflection, ...] = ()
    no_undouble: str = ""  # final letters that stay doubled ("pulled")
    undouble_min_stem: int = 4  # a doubled final letter is dropped only from stems this long
    plural_rules: tuple[Deinflection, ...] = ()  # a regular singular for unlemmatized nouns
    plural_keep_endings: tuple[str, ...] = ()  # "ss": "press" is no plural
    gerund_noun_endings: tuple[str, ...] = ()  # "ing": "a suicide bombing/VERB" is a noun
    # a written word that a UD parse splits into several (a preposition-article
    # contraction): names written with the contraction also match the split words
    contractions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # names match with and without accents (an accented name also matches unaccented)
    fold_accents: bool = False

    # sentences, as the parser is given them (see coder.parse.join_broken_sentences)
    sentence_final: tuple[str, ...] = ()  # endings of a token that may end a sentence
    sentence_openers: frozenset[str] = frozenset()  # words that open a sentence after one without
    sentence_abbreviations: frozenset[str] = frozenset()  # "Feb.", "Gen.": a name or number follows


@dataclass(frozen=True, init=False)
class LanguageProfile(MorphologyWords, TimeWords, PhraseWords, ReferenceWords, PrepositionWords, AssertionWords):
    """Word lists (lower-case lemmas or forms) and construction cues of one language.

    Its fields come grouped as the YAML file's sections (``coder/lang/<code>.yaml``; see that
    file for examples), one base class per group.
    Built as ``LanguageProfile(code, name, field=value, ...)`` (see :meth:`__init__`)."""

    code: str  # ISO 639-1, also the parser's language
    name: str
    source: str = ""  # the file it was loaded from (for messages)

    # word forms worked out once per profile (de-inflections, regular singulars): the memo
    # lives with the profile, not in the module; never compared, hashed or pickled
    memo: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    def __init__(self, code: str, name: str, source: str = "", **values: Any) -> None:
        """Each field from its keyword, else its default, as a generated ``__init__`` sets
        them; an unknown keyword is a TypeError. Written once here: the generated one, of
        some 200 parameters, cost more to build at every import than the profile of a cached
        codebook takes to load."""
        unknown = values.keys() - _KEYWORDS
        if unknown:
            raise TypeError(f"LanguageProfile() got unexpected keyword arguments: {', '.join(sorted(unknown))}")
        given = {"code": code, "name": name, "source": source, **values}
        for f in fields(self):
            if f.name in given:
                value = given[f.name]
            else:
                value = f.default if f.default is not MISSING else f.default_factory()  # type: ignore[misc]
            object.__setattr__(self, f.name, value)

    def __getstate__(self) -> dict:
        return {**self.__dict__, "memo": {}}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)


# the keywords LanguageProfile() takes besides code, name and source (fields set by __init__)
_KEYWORDS = frozenset(f.name for f in fields(LanguageProfile) if f.init) - {"code", "name", "source"}


def fold_accents(text: str) -> str:
    """The text without combining accents (an acute accent or a tilde dropped from its letter)."""
    import unicodedata

    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))
