"""Coded events: what the matcher produces, with full provenance."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ActorRef:
    """An actor found in a sentence: its code and where it came from."""

    code: str  # e.g. "USAGOV"; agent-only actors have just the agent code ("COP")
    text: str  # the phrase as written
    head: int  # token id of the phrase head
    start_char: int = -1
    end_char: int = -1
    entries: tuple[str, ...] = ()  # codebook refs (file:line) of the actor/agent entries used
    country: str | None = None  # ISO3 country of the actor, when known
    agent: str | None = None  # agent code (COP, MIL, REB...) when an agent matched
    type: str | None = None  # country | organization | person | group | agent
    inter: int | None = None  # ACLED actor type 1-8, when the codebook gives one
    acled_name: str | None = None
    resolved_from: str | None = None  # "pronoun" / "definite" by reference resolution; "place": a location as last-resort target
    # the grammatical number of the phrase's head noun (UD "Sing"/"Plur"), when the parse gives
    # one: a pronoun that must agree with its antecedent reads it (profile's pronoun_number_agreement)
    number: str | None = field(default=None, compare=False)
    # a name inside a subject phrase that names a fuller actor ("the president of Gondor" for
    # "Gondor"): that actor, which a later dropped subject stands for (profile's pro_drop)
    phrase: "ActorRef | None" = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Event:
    """One actor–action–target event coded from one sentence."""

    doc_id: str
    sentence_index: int
    code: str  # CAMEO code
    pattern_id: str
    pattern_ref: str  # file:line of the pattern in the codebook
    verb_head: int  # token id of the predicate (verb or event noun)
    verb_text: str
    verb_start: int = -1
    verb_end: int = -1
    source: ActorRef | None = None
    target: ActorRef | None = None
    negated: bool = False
    modality: str | None = None  # future | intended | attempted (None: asserted); conditional,
    # hypothetical and purpose events are not emitted
    reported_by: ActorRef | None = None  # "X said Y attacked Z": X
    nominal: bool = False  # coded from an event noun ("the withdrawal of troops")
    # the reversed dyad of a paired code ("X visited Y" 042 → "Y hosted X" 043): the forward code
    paired_code: str | None = None
    issues: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=(), compare=False)  # how arguments were found
    # how likely the event is right, in [0, 1] (coder.code.confidence); None: not scored
    confidence: float | None = field(default=None, compare=False)

    @property
    def sentence_id(self) -> str:
        return f"{self.doc_id}:{self.sentence_index}"

    @property
    def triple(self) -> tuple[str, str, str]:
        return (self.source.code if self.source else "", self.target.code if self.target else "", self.code)
