"""Why a sentence was (or was not) coded, read from the coder's own trace: the parse, the
actors found, every candidate predicate with the pattern the coder chose and the patterns
that matched or nearly matched, what each predicate coded or why it coded nothing, and the
events emitted or set aside. Nothing here matches on its own."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from coder.codebook import NULL_CODE, Codebook
from coder.code import CodingOptions, SentenceTrace, trace_document, trace_sentence
from coder.code.analysis import discard_match
from coder.code.checks import PatternCheck, candidate_report
from coder.code.language import profile_of
from coder.code.mentions import find_mentions, root_id
from coder.code.words import lemma_candidates
from coder.doc import Document, Sentence
from coder.event import Event

__all__ = ["Explanation", "PatternCheck", "PredicateReport", "explain_document", "explain_sentence", "render"]


@dataclass
class PredicateReport:
    token_id: int
    text: str
    lemmas: list[str]
    kind: str  # verb | noun
    blocks: list[str]
    checks: list[PatternCheck]
    chosen: str | None = None  # the pattern the coder chose (None: no pattern matched)
    coded: tuple[Event, ...] = ()  # what the predicate coded, before set-aside rules
    why: str = ""  # why it coded no event


@dataclass
class Explanation:
    sentence: Sentence
    actors: list[tuple[str, str, str]]  # (text, code, codebook ref)
    agents: list[tuple[str, str, str]]
    predicates: list[PredicateReport]
    events: list[Event]
    discarded_by: tuple[str, str] | None = None  # (phrase, codebook ref)
    set_aside: list[tuple[Event, str]] = field(default_factory=list)  # coded, not emitted, and why


def explain_sentence(sentence: Sentence, codebook: Codebook, date: dt.date | None = None) -> Explanation:
    """What the coder did with one sentence on its own (no earlier sentences)."""
    return explanation_of(trace_sentence(sentence, codebook, date=date))


def explain_document(doc: Document, codebook: Codebook, options: CodingOptions | None = None
                     ) -> list[Explanation]:
    """One explanation per sentence, from the same run that gives ``coder code`` its events
    (earlier sentences resolve pronouns)."""
    traces = trace_document(doc, codebook, options)
    if not traces and doc.sentences:  # a story discard phrase: nothing coded
        return [explanation_of(trace_sentence(s, codebook, date=doc.date), story_discarded=True)
                for s in doc.sentences]
    return [explanation_of(t) for t in traces]


def explanation_of(trace: SentenceTrace, story_discarded: bool = False) -> Explanation:
    a = trace.analysis
    s, cb = a.sentence, a.codebook
    chosen = {p.token_id: p for p in trace.predicates}
    reports = []
    for tok in s.tokens:
        candidate = candidate_report(a, tok)
        if candidate is None:
            continue
        decided = chosen.get(tok.id)
        reports.append(PredicateReport(
            tok.id, tok.text, lemma_candidates(tok, profile_of(cb), cb), candidate.kind, list(candidate.blocks),
            list(candidate.checks), decided.match.pattern.id if decided else None,
            decided.outcome.events if decided else (),
            decided.outcome.why if decided else "no pattern of its blocks matches"))
    events = [] if story_discarded else list(trace.events)
    return Explanation(s, _spans(trace, "actors"), _spans(trace, "agents"), reports, events,
                       discard_match([t.text for t in s.tokens], cb), list(trace.set_aside))


def _spans(trace: SentenceTrace, index_name: str) -> list[tuple[str, str, str]]:
    a = trace.analysis
    out = []
    for m in find_mentions(a.sentence, list(a.sentence.tokens), root_id(a.sentence), a.codebook, index_name):
        text = " ".join(a.sentence.token(i).text for i in range(m.start, m.end + 1))
        code = m.entry.code_on(a.date) if index_name == "actors" else m.entry.code
        out.append((text, code, m.entry.ref))
    return out


def render(explanation: Explanation, console, max_misses: int = 8) -> None:
    """Print an explanation with rich: the parse, actors, each predicate's patterns (the one
    chosen, other matches, the nearest misses) and decision, and the events."""
    from rich.table import Table

    s = explanation.sentence
    console.print(f"[bold]Sentence[/bold] {s.id}: {s.text}")
    parse = Table("id", "text", "lemma", "upos", "head", "deprel", title="UD parse", show_lines=False)
    for t in s.tokens:
        parse.add_row(str(t.id), t.text, t.lemma, t.upos, str(t.head), t.deprel)
    console.print(parse)
    found = Table("kind", "text", "code", "codebook entry", title="Actors and agents found")
    for kind, rows in (("actor", explanation.actors), ("agent", explanation.agents)):
        for text, code, ref in rows:
            found.add_row(kind, text, code, ref)
    console.print(found if found.row_count else "[yellow]No actor or agent matched.[/yellow]")
    if not explanation.predicates:
        console.print("[yellow]No predicate of the codebook in this sentence.[/yellow]")
    for p in explanation.predicates:
        console.print(_predicate_table(p, max_misses))
    if explanation.discarded_by:
        phrase, ref = explanation.discarded_by
        console.print(f"[yellow]The discard phrase '{phrase}' ({ref}): events in its clause are not coded.[/yellow]")
    events = Table("source", "target", "code", "verb", "pattern", "notes", title="Events")
    for e in explanation.events:
        events.add_row(_actor(e.source), _actor(e.target), e.code, e.verb_text, e.pattern_id,
                       "; ".join(filter(None, [e.confidence is not None and f"confidence {e.confidence:.2f}", e.modality, f"reported by {e.reported_by.code}" if e.reported_by else "",
                                               *e.notes])))
    console.print(events if events.row_count else "[yellow]No event coded.[/yellow]")
    if explanation.set_aside:
        aside = Table("source", "target", "code", "verb", "why not emitted", title="Coded but not emitted")
        for e, why in explanation.set_aside:
            aside.add_row(e.source.code if e.source else "", e.target.code if e.target else "", e.code,
                          e.verb_text, why)
        console.print(aside)


def _predicate_table(p: PredicateReport, max_misses: int):
    from rich.table import Table

    outcome = (f"coded {', '.join(e.code for e in p.coded)}" if p.coded else f"no event: {p.why}")
    table = Table("pattern", "code", "result", "where", title=f"{p.kind} '{p.text}' (token {p.token_id}, "
                  f"lemmas {', '.join(p.lemmas)}; blocks {', '.join(p.blocks)}) — {outcome}")
    # every match, then the nearest misses (fewest unmet slots), so long blocks stay readable
    shown = [c for c in p.checks if c.matched] + sorted(
        (c for c in p.checks if not c.matched), key=lambda c: len(c.missing))[:max_misses]
    for c in sorted(shown, key=p.checks.index):
        if c.pattern_id == p.chosen:
            result = "[green]CHOSEN (most specific)[/green]"
        elif c.matched:
            result = "matches (less specific)"
        else:
            result = "[dim]no: missing " + "; ".join(c.missing) + "[/dim]"
        table.add_row(c.pattern_id, c.code if c.code != NULL_CODE else "--- (no event)", result, c.ref)
    if p.chosen and p.chosen not in {c.pattern_id for c in shown}:
        table.add_row(p.chosen, "", "[green]CHOSEN (support-verb reading)[/green]", "")
    hidden = len(p.checks) - len(shown)
    if hidden:
        table.add_row(f"(+{hidden} more patterns of these blocks that do not match)", "", "", "")
    return table


def _actor(actor) -> str:
    return f"{actor.code} ({actor.text})" if actor else ""
