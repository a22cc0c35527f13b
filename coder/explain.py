"""Why a sentence was (or was not) coded: the parse, the actors found, every candidate
predicate with the patterns that matched or nearly matched, and the events."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from coder.code import code_document, code_sentence, discard_match
from coder.codebook import NULL_CODE, Codebook
from coder.doc import Sentence
from coder.event import Event
from coder.match import (
    best_noun_pattern, event_noun_blocks, find_mentions, lemma_candidates, slot_matches,
    verb_forms_for,
)


@dataclass
class PatternCheck:
    pattern_id: str
    code: str
    ref: str
    matched: bool
    missing: list[str] = field(default_factory=list)  # slots that did not match


@dataclass
class PredicateReport:
    token_id: int
    text: str
    lemmas: list[str]
    kind: str  # verb | noun
    blocks: list[str]
    checks: list[PatternCheck]


@dataclass
class Explanation:
    sentence: Sentence
    actors: list[tuple[str, str, str]]  # (text, code, codebook ref)
    agents: list[tuple[str, str, str]]
    predicates: list[PredicateReport]
    events: list[Event]
    discarded_by: tuple[str, str] | None = None  # (phrase, codebook ref)
    set_aside: list[tuple[Event, str]] = field(default_factory=list)  # coded, not emitted, and why


def explain_sentence(sentence: Sentence, codebook: Codebook, date: dt.date | None = None,
                     events: list[Event] | None = None) -> Explanation:
    """What matched in one sentence. Pass ``events`` coded for the whole document (as
    ``coder code`` does, with earlier sentences resolving pronouns) to show exactly those."""
    head = sentence.roots()[0].id if sentence.roots() else 1
    tokens = list(sentence.tokens)

    def spans(index_name: str) -> list[tuple[str, str, str]]:
        out = []
        for m in find_mentions(sentence, tokens, head, codebook, index_name):
            text = " ".join(sentence.token(i).text for i in range(m.start, m.end + 1))
            code = m.entry.code_on(date) if hasattr(m.entry, "code_on") else m.entry.code
            out.append((text, code, m.entry.ref))
        return out

    predicates = []
    for tok in sentence.tokens:
        forms = verb_forms_for(sentence, tok, codebook)
        nouns = event_noun_blocks(sentence, tok, codebook) if best_noun_pattern(sentence, tok, codebook) else []
        block_ids = [f.block for f in forms] or [b for b, _ in nouns]
        if not block_ids:
            continue
        checks = []
        for block_id in dict.fromkeys(block_ids):
            for pattern in codebook.blocks[block_id].patterns:
                missing = [f"{s.slot}{':' + s.prep if s.prep else ''} {'/'.join(map(_word, s.words))}"
                           for s in pattern.match if not slot_matches(sentence, tok, s, codebook)]
                checks.append(PatternCheck(pattern.id, pattern.code, pattern.ref, not missing, missing))
        predicates.append(PredicateReport(tok.id, tok.text, lemma_candidates(tok, codebook),
                                          "verb" if forms else "noun", list(dict.fromkeys(block_ids)), checks))
    set_aside: list[tuple[Event, str]] = []
    coded, _ = code_sentence(sentence, codebook, date=date, set_aside=set_aside)
    discarded = discard_match([t.text for t in sentence.tokens], codebook)
    return Explanation(sentence, spans("actors"), spans("agents"), predicates,
                       coded if events is None else events, discarded, set_aside)


def explain_document(doc, codebook: Codebook) -> list[Explanation]:
    """One explanation per sentence, with the events ``coder code`` emits for the document."""
    events = code_document(doc, codebook)
    return [explain_sentence(s, codebook, doc.date, [e for e in events if e.sentence_index == s.index])
            for s in doc.sentences]


def _word(spec) -> str:
    return " ".join(spec.modifiers + (spec.head,))


def render(explanation: Explanation, console, max_misses: int = 8) -> None:
    """Print an explanation with rich (all matching patterns, the nearest misses)."""
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
        table = Table("pattern", "code", "result", "where", title=f"{p.kind} '{p.text}' (token {p.token_id}, "
                      f"lemmas {', '.join(p.lemmas)}; blocks {', '.join(p.blocks)})")
        first = True
        # every match, then the nearest misses (fewest unmet slots), so long blocks stay readable
        shown = [c for c in p.checks if c.matched] + sorted(
            (c for c in p.checks if not c.matched), key=lambda c: len(c.missing))[:max_misses]
        hidden = len(p.checks) - len(shown)
        for c in sorted(shown, key=p.checks.index):
            if c.matched and first:
                result, first = "[green]MATCH (most specific)[/green]", False
            elif c.matched:
                result = "matches (less specific)"
            else:
                result = "[dim]no: missing " + "; ".join(c.missing) + "[/dim]"
            table.add_row(c.pattern_id, c.code if c.code != NULL_CODE else "--- (no event)", result, c.ref)
        if hidden:
            table.add_row(f"(+{hidden} more patterns of these blocks that do not match)", "", "", "")
        console.print(table)
    events = Table("source", "target", "code", "verb", "pattern", "notes", title="Events")
    for e in explanation.events:
        events.add_row(f"{e.source.code} ({e.source.text})" if e.source else "",
                       f"{e.target.code} ({e.target.text})" if e.target else "",
                       e.code, e.verb_text, e.pattern_id,
                       "; ".join(filter(None, [e.modality, f"reported by {e.reported_by.code}" if e.reported_by else "", *e.notes])))
    if explanation.discarded_by:
        phrase, ref = explanation.discarded_by
        console.print(f"[yellow]The discard phrase '{phrase}' ({ref}): events in its clause are not coded.[/yellow]")
    console.print(events if events.row_count else "[yellow]No event coded.[/yellow]")
    if explanation.set_aside:
        aside = Table("source", "target", "code", "verb", "why not emitted", title="Coded but not emitted")
        for e, why in explanation.set_aside:
            aside.add_row(e.source.code if e.source else "", e.target.code if e.target else "", e.code,
                          e.verb_text, why)
        console.print(aside)
