"""Verbal predicates: which verbs code an event of their own (not support, speech or
governed verbs), their arguments, and demands stated as obligations."""

from __future__ import annotations

from coder.codebook import NULL_CODE
from coder.copies import replace
from coder.doc import Token
from coder.code.arguments import (argument_actors, clause_actors, default_targets, means_agents, mutual_parties,
                                   passive_sources)
from coder.code.attribution import reported_clause
from coder.code.assertion import modality, negated, obliged_action, refusal_of, requested_act
from coder.code.build import Arguments, Outcome, agentless_passive_of_force, build, material_conflict, nothing
from coder.code.context import Context
from coder.code.nouns import anothers_act, purpose_event, sending_purpose, violent
from coder.code.predicates import PredicateMatch, verb_forms_for
from coder.code.references import actors_for
from coder.code.subjects import commanded_object
from coder.code.syntax import lemma_of, marked_with
from coder.code.words import lemma_candidates
from coder.code.mentions import UNKNOWN_COUNTRY
from coder.code.governors import bare_intent, governed_by_coded_verb, infinitive_on_object
from coder.code.conditions import subject_actors, ultimatum_of
from coder.inter import Inter


def code_verb(ctx: Context, match: PredicateMatch) -> Outcome:
    pred = match.token
    block = ctx.block(match)
    # "announced that Y must withdraw"; any verb that codes nothing of its own too ("concluded
    # that Y must withdraw", "believes Y must withdraw")
    if ctx.is_statement(match) or block.light or match.pattern.code == NULL_CODE:
        demand = reported_demand(ctx, match)
        if demand is not None:
            return demand
    demand = commanded_demand(ctx, match) or wished_appeal(ctx, match)
    if demand is not None:
        return demand
    if block.speech and match.pattern.code == NULL_CODE:
        claim = claimed_violence(ctx, match)
        if claim is not None:
            return claim
    if block.speech or ctx.is_statement(match):
        accusation = reported_wrongdoing(ctx, match)
        if accusation is not None:
            return accusation
    if block.light or (block.speech and match.pattern.code == NULL_CODE):  # "insisted on X": its own pattern
        return nothing("support or speech verb: coded through its complement")
    if governed_by_coded_verb(ctx, pred):
        return nothing("governed by a coded verb, whose event stands for both")
    reported = reported_clause(ctx, match)
    if reported is not None and ctx.codes_event(reported):
        return nothing(f"a reporting clause after '{reported.text}', whose event it attributes")
    purpose = purpose_event(ctx, pred)
    if purpose is not None:
        return nothing(f"a journey for '{purpose.text}', the event it travels for")
    purpose = sending_purpose(ctx, pred)
    if purpose is not None:
        return nothing(f"a sending for '{purpose.text}', the act it is sent for")
    embedded = coded_xcomp(ctx, pred)
    if embedded is not None and ctx.is_statement(match) and ctx.codes_event(embedded):
        return nothing(f"a statement reporting the event of '{embedded.text}'")
    if embedded is not None and bare_intent(ctx, match) and ctx.codes_event(embedded):
        return nothing(f"a verb of intent: the intended act '{embedded.text}' codes, with its intent")
    refusal = refusal_of(ctx, match, embedded or requested_act(ctx, pred))
    if refusal is not None:
        match = refusal  # "refused to yield": CAMEO's refusal of the embedded action (124)
    if match.pattern.code == NULL_CODE and not match.pattern.reverse:
        return nothing("the pattern codes no event ('---'); an embedded predicate codes itself")
    stopped = next((o for o in ctx.a.sentence.children(pred.id) if anothers_act(ctx, match, o)), None)
    if stopped is not None:  # "troops halted the rebel offensive": the offensive codes itself
        return nothing(f"halts '{stopped.text}', another actor's act: no yielding of its own")
    args = verb_arguments(ctx, match, embedded)
    if args is None:
        return nothing("a statement attributing the event of its complement")
    accusation = reported_violence(ctx, match, args)
    if accusation is not None:
        match = accusation
    match = demanded_act(ctx, match, args)
    ultimatum = ultimatum_of(ctx, match, args)
    if ultimatum is not None:
        match, args = ultimatum
    return build(ctx, match, pred, args)


def reported_violence(ctx: Context, match: PredicateMatch, args: Arguments) -> PredicateMatch | None:
    """A disapproval whose complement reports violence done by another actor ("X alleged that Y
    attacked Z"), recoded with its code's ``accusation`` (110 → 112: X accuses Y), when the
    code table gives one; the targets are the complement's doers, found by verb_arguments.
    Reporting the speaker's own violence ("X claimed it attacked Z"), its ``claim`` (015, a
    claim of responsibility, the target the act's)."""
    cameo = ctx.a.codebook.cameo
    entry = cameo.get(match.pattern.code)
    if entry is None or (entry.accusation not in cameo and entry.claim not in cameo) or not args.targets:
        return None
    own = {x.code for x in args.sources}
    for clause in ctx.a.sentence.children(match.token.id):
        reported = ctx.predicates.get(clause.id) if clause.base_rel == "ccomp" else None
        if reported is None or reported.form is None or reported.pattern.code not in cameo \
                or not cameo[reported.pattern.code].violent:
            continue
        doers = {x.code for x in argument_actors(ctx.a, clause, "subj", "source")}
        if doers and not doers & own and doers & {t.code for t in args.targets} and entry.accusation in cameo:
            return replace(match, pattern=replace(match.pattern, code=entry.accusation, reverse=None))
        if doers and doers <= own and entry.claim in cameo:  # "X claimed it attacked Z": 015
            return replace(match, pattern=replace(match.pattern, code=entry.claim, reverse=None))
    return None


def claimed_violence(ctx: Context, match: PredicateMatch) -> Outcome | None:
    """"X said it carried out the attack": a speech verb whose complement reports, as done,
    the speaker's own violence (its subject a pronoun standing for the speaker) is the
    speaker's claim of responsibility (the generic statement's ``claim``, 015; its target the
    act's), as "X claimed it attacked Z" is; the reported act still codes itself, reported by
    X. Not for a state or its forces ("the army said it killed 18 militants": a report of its
    operation). None otherwise."""
    a, pred = ctx.a, match.token
    cameo = a.codebook.cameo
    statement = cameo.get(a.codebook.generic_statement or "")
    if statement is None or statement.claim not in cameo:
        return None
    for clause in a.sentence.children(pred.id):
        reported = ctx.predicates.get(clause.id) if clause.base_rel == "ccomp" else None
        if reported is None or negated(ctx, clause) or modality(ctx, clause) is not None:
            continue
        # "carried out the attack": a support verb's act is its object noun's
        acts = [reported] + ([ctx.predicates.get(o.id) for o in a.sentence.children(clause.id) if o.base_rel == "obj"]
                             if ctx.block(reported).light else [])
        if not any(m is not None and m.pattern.code in cameo and cameo[m.pattern.code].violent for m in acts):
            continue
        sources = argument_actors(a, pred, "subj", "source")
        if not sources or any(x.inter == Inter.STATE_FORCES or x.type == "country" for x in sources):
            continue  # a state's account of its own operation reports it, claims nothing
        doers = argument_actors(a, clause, "subj", "source")
        if not doers or any(x.resolved_from != "pronoun" for x in doers) \
                or not {x.code for x in doers} <= {x.code for x in sources}:
            continue  # the doer named again by a pronoun: "X said it ..."
        exclude = frozenset(x.code for x in sources)
        targets = [x for x in default_targets(a, clause, exclude=exclude) if x.code not in exclude]
        claim = PredicateMatch(pred, replace(match.pattern, code=statement.claim, reverse=None), match.form)
        notes = [f"reports its own act '{clause.text}' as done: a claim of responsibility"]
        return build(ctx, claim, pred, Arguments(sources, targets, False, None, notes))
    return None


def reported_wrongdoing(ctx: Context, match: PredicateMatch) -> Outcome | None:
    """"X told reporters the election had been rigged by Y", "X said Y embezzled the funds": a
    speech or statement verb whose complement reports, as done, an act the profile lists as
    wrongdoing (``wrongdoing_verbs``) that codes no event of its own, by actors other than the
    speaker (the subject, or a passive's agent): the speaker accuses them (the statement's
    ``accusation`` in the code table, 112; a verb coding no event takes the generic
    statement's). So does a speech verb that is also one of disapproval (the codebook gives it
    a block whose code accuses, 110: "claim", "allege") whose complement reports violence by
    named others ("the US claimed that ISIL had attacked Iraq"). None otherwise."""
    a, pred = ctx.a, match.token
    cameo, wrongdoing = a.codebook.cameo, a.profile.wrongdoing_verbs
    entry = cameo.get(match.pattern.code if match.pattern.code != NULL_CODE else a.codebook.generic_statement or "")
    if entry is None or entry.accusation not in cameo:
        return None
    alleging = _alleging(ctx, pred)
    for clause in a.sentence.children(pred.id):
        if clause.base_rel != "ccomp" or negated(ctx, clause) or modality(ctx, clause) is not None:
            continue
        reported = ctx.predicates.get(clause.id)
        alleged = alleging and reported is not None and violent(ctx, reported)
        if not alleged and (wrongdoing.isdisjoint(lemma_candidates(clause, a.profile, a.codebook))
                            or ctx.codes_event(clause)):
            continue
        sources = argument_actors(a, pred, "subj", "source")
        own = frozenset(x.code for x in sources)
        doers = [x for x in argument_actors(a, clause, "subj", "source", own) if x.code not in own]
        if not sources or not doers or (alleged and all(x.code.startswith(UNKNOWN_COUNTRY) for x in doers)):
            continue  # alleged violence by unnamed "fighters" may be the speaker's own
        accusation = PredicateMatch(pred, replace(match.pattern, code=entry.accusation, reverse=None), match.form)
        notes = [f"reports '{clause.text}', a wrongdoing, as done by another: an accusation"]
        return build(ctx, accusation, pred, Arguments(sources, doers, negated(ctx, pred), modality(ctx, pred), notes))
    return None


def _alleging(ctx: Context, pred: Token) -> bool:
    """Whether a verb is one of allegation: one of its blocks codes, by default, a disapproval
    that accuses (a code with an ``accusation`` that is no statement: "claim", "allege" 110)."""
    cameo, blocks = ctx.a.codebook.cameo, ctx.a.codebook.blocks
    entries = [cameo.get(blocks[f.block].code) for f in verb_forms_for(ctx.a.sentence, pred, ctx.a.codebook)]
    return any(e is not None and e.accusation in cameo and not e.statement for e in entries)


def verb_arguments(ctx: Context, match: PredicateMatch, embedded: Token | None) -> Arguments | None:
    """Sources, targets and assertion of a verb; None for a statement whose complement
    codes the reported event ("X said Y attacked Z": attribution, not an event of X)."""
    a, pred = ctx.a, match.token
    notes: list[str] = []
    if match.pattern.source == "subj" and match.pattern.target is None and _patient_subject(ctx, pred):
        # "the village chief died", intransitive in a language whose profile lists the verb:
        # its subject undergoes the act, which has no source of its own but the doer of an
        # act of force it happened in
        targets = argument_actors(a, pred, "subj", "target")
        sources = means_agents(a, pred) if targets and _violence(ctx, match) else []
        return Arguments(sources, targets, negated(ctx, pred), modality(ctx, pred),
                         ["the subject undergoes the act (profile patient_subject_verbs)"])
    sources = argument_actors(a, pred, match.pattern.source or "subj", "source")
    if not sources and match.pattern.source not in ("subj", "none") and match.pattern.target != "subj":
        # the pattern's source phrase ("* DE + EN $") names no one: the subject is the doer,
        # unless the pattern makes it the target ("+ RECIBIR * DE $": the receiver)
        sources = argument_actors(a, pred, "subj", "source")
    if not sources and _violence(ctx, match) and (sources := means_agents(a, pred) or _circumstance_doers(ctx, pred)):
        notes.append("source: the doer of the act of force it happened in")
    if not sources and (sources := passive_sources(a, pred)):
        notes.append("source: the actor of the agentless passive's origin phrase")
    if not sources and (parties := mutual_parties(a, pred, ctx.block(match), match.pattern.code)):
        return Arguments(parties, [], negated(ctx, pred), modality(ctx, pred), ["the parties of a mutual phrase"])
    target_role = match.pattern.target
    target_pred = pred
    if embedded is not None and not target_role:
        # "threatened to attack Gondor": the governing verb's code, the embedded target
        target_pred = embedded
        notes.append(f"target from embedded predicate {embedded.text}")
    exclude = frozenset(x.code for x in sources)
    targets = (argument_actors(a, target_pred, target_role, "target", exclude) if target_role else
               default_targets(a, target_pred, exclude=exclude,
                               pattern=match.pattern if embedded is None and ctx.block(match).theme_object else None))
    if not targets and target_role not in (None, "subj", "none"):
        # the pattern's target phrase ("* DE + EN $") names no one: the default search
        targets = default_targets(a, target_pred, exclude=exclude)
    # a place in the source's own country is where it acts, no party to the act: the
    # embedded predicate's place ("expelled diplomats based in Geneva") yields to the object
    targets = [t for t in targets if not (t.resolved_from == "place" and t.code in exclude)]
    if not targets and target_pred is not pred:  # "called on Gondor to be allowed to leave"
        targets = default_targets(a, pred, exclude=exclude)
        notes.pop()
    ordered = commanded_object(a, pred)
    if not targets and ordered is not None and (targets := actors_for(a, ordered.id, "target", exclude)):
        notes.append(f"target: '{ordered.text}', ordered to act")  # "ordered the paper to suspend publication"
    complements = [c for c in a.sentence.children(pred.id) if c.base_rel == "ccomp"]
    complements += [c for x in a.sentence.children(pred.id) if x.base_rel == "xcomp"  # "began to
                    for c in a.sentence.children(x.id) if c.base_rel == "ccomp"]     # question whether"
    if not targets and ctx.is_statement(match) and any(ctx.codes_event(c) for c in complements):
        return None
    if not targets and not target_role:
        for clause in complements:  # "X believes Y can cope": X comments on Y
            targets = clause_actors(a, clause, exclude)
            if targets:
                notes.append(f"target from complement clause {clause.text}")
                break
    targets = targets or _attributive_patients(ctx, match, exclude, notes)
    unnamed = not sources and all(t.resolved_from == "place" for t in targets) and _unnamed(ctx, match, notes)
    return Arguments(sources, targets, negated(ctx, pred), modality(ctx, pred), notes, unnamed=unnamed)


def _unnamed(ctx: Context, match: PredicateMatch, notes: list[str]) -> bool:
    """Whether an act none of whose actors is named is an event all the same (with a note):
    an agentless passive of force, or a death its subject undergoes."""
    if agentless_passive_of_force(ctx, match.pattern.code, match.token):
        notes.append("an agentless passive of force whose patient names no actor: actors unknown")
        return True
    if _undergone(ctx, match):
        notes.append("an act of force undergone by a subject that names no actor: actors unknown")
        return True
    return False


def _undergone(ctx: Context, match: PredicateMatch) -> bool:
    """A pattern of material conflict (CAMEO quad class 4) whose act the codebook says has no
    doer in the sentence (``source: none``: a death its subject undergoes, "he succumbed to
    his injuries", "the death toll rose to 12"), with a subject: an event with both actors
    unknown when the subject names no one, as an agentless passive of force is."""
    return match.pattern.source == "none" and material_conflict(ctx, match.pattern.code) and any(
        c.base_rel == "nsubj" for c in ctx.a.sentence.children(match.token.id))


def _attributive_patients(ctx: Context, match: PredicateMatch, exclude: frozenset[str], notes: list[str]) -> list:
    """The actors of the noun a passive participle of an act of force stands before (made so
    by the repair of attributive participles: "the arrested/acl persons were produced in
    court") or after without a subject of its own (a reduced relative: "the number of people
    arrested/acl in the case has risen to 11", "the men arrested/acl by the police"): its
    patients (with a note); none for any other predicate."""
    pred = match.token
    if pred.base_rel != "acl" or not pred.head or pred.feat("Voice") != "Pass" or not _violence(ctx, match):
        return []
    before = pred.id < pred.head
    if not before and (pred.deprel != "acl" or any(
            c.base_rel in ("nsubj", "csubj") for c in ctx.a.sentence.children(pred.id))):
        return []
    found = actors_for(ctx.a, pred.head, "target", exclude)
    if found:
        notes.append("an act of force told in a participle %s its noun: done to the noun"
                     % ("before" if before else "after"))
    return found


def _patient_subject(ctx: Context, pred: Token) -> bool:
    """A verb of the profile's ``patient_subject_verbs`` used intransitively: no object, no
    passive (whose subject the passive frame already makes the patient)."""
    a = ctx.a
    if not a.profile.patient_subject_verbs or lemma_of(pred) not in a.profile.patient_subject_verbs:
        return False
    children = a.sentence.children(pred.id)
    return not any(c.base_rel in ("obj", "iobj", "ccomp", "xcomp") or c.deprel.endswith(":pass")
                   for c in children) and any(c.base_rel == "nsubj" for c in children)


def _circumstance_doers(ctx: Context, pred: Token) -> list:
    """The named subject of an act of force in the clause of the circumstance a predicate (or
    a conjunct of it) happened in (profile assertion.circumstance_markers): "a constable was
    killed and two others injured when naxals attacked a police party": the naxals. A clause
    the parser made a complement of such a predicate is one of its circumstances too ("two
    persons died when police opened/ccomp fire": an act of force takes no complement)."""
    s, p = ctx.a.sentence, ctx.a.profile
    if not p.circumstance_markers:
        return []
    heads = [pred, *(c for c in s.children(pred.id) if c.base_rel == "conj")]
    if pred.base_rel == "conj" and pred.head:
        heads.append(s.token(pred.head))
    for head in heads:
        for clause in s.children(head.id):
            if clause.base_rel not in ("advcl", "ccomp") or not any(
                    m.base_rel in ("mark", "advmod") and m.lower in p.circumstance_markers for m in s.children(clause.id)):
                continue
            match = ctx.predicates.get(clause.id)
            if match is None or not violent(ctx, match) or not any(c.base_rel == "nsubj" for c in s.children(clause.id)):
                continue
            found = argument_actors(ctx.a, clause, "subj", "source")
            if found:
                return found
    return []


def _violence(ctx: Context, match: PredicateMatch) -> bool:
    """Whether a predicate's act is violence or its pattern names only victims ("died"):
    the acts whose doer the act of force they happened in names."""
    return match.pattern.source == "none" or violent(ctx, match)


def plain_statement(ctx: Context, match: PredicateMatch) -> Outcome | None:
    """The last resort for a sentence that codes nothing else: a named speaker's opinion
    ("X said it was pessimistic about talks with Y": a complement that is a copular
    predicate, not a reported act) is the generic statement (010), to whom the content
    names. A reported act the codebook does not know stays uncoded: it is no statement."""
    generic, pred, s = ctx.a.codebook.generic_statement, match.token, ctx.a.sentence
    if not generic or generic not in ctx.a.codebook.cameo or match.form is None or not ctx.block(match).speech:
        return None
    if not any(c.base_rel in ("ccomp", "parataxis") and _is_copular(s, c) for c in s.children(pred.id)):
        return None  # "said on Tuesday": nothing reported; "said troops arrived": an act
    args = verb_arguments(ctx, match, None)
    if args is None or not args.sources or args.negated or args.modality:
        return None
    statement = PredicateMatch(pred, replace(match.pattern, code=generic, reverse=None), match.form)
    outcome = build(ctx, statement, pred, Arguments(args.sources, args.targets, False, None,
                                                    args.notes + ["nothing else codes: a plain statement"]))
    return outcome if outcome.events else None


def _is_copular(sentence, clause: Token) -> bool:
    return clause.upos not in ("VERB", "AUX") or any(c.deprel == "cop" for c in sentence.children(clause.id))


def reported_demand(ctx: Context, match: PredicateMatch) -> Outcome | None:
    """"X said (that) Y must Z": X demands Z of Y (CAMEO 10: the demand mirroring Z's code,
    or 100); Z itself has not happened. None when no complement states an obligation."""
    a, pred = ctx.a, match.token
    for clause in a.sentence.children(pred.id):
        if clause.base_rel not in ("ccomp", "parataxis"):
            continue
        action = obliged_action(ctx, clause)
        if action is None:
            continue
        sources = argument_actors(a, pred, "subj", "source")
        exclude = frozenset(x.code for x in sources)
        # "Obama said the United States must do more": a speaker's own country is no target
        # (its government or rebels are: "rebels said the president must resign")
        countries = {x.country or x.code[:3] for x in sources}
        targets = [x for x in subject_actors(ctx, clause, exclude) if x.code not in countries]
        if not sources or not targets:
            return None
        code = _demand_code(ctx, action)
        if code is None:
            return None
        demand = PredicateMatch(pred, replace(match.pattern, code=code, reverse=None), match.form)
        notes = [f"'{action.text}' is stated as an obligation: a demand"]
        return build(ctx, demand, pred, Arguments(sources, targets, negated(ctx, pred), None, notes))
    return None


def commanded_demand(ctx: Context, match: PredicateMatch) -> Outcome | None:
    """"X ordered Y to Z" where Z codes nothing ("ordered the former president to appear"):
    X's demand on Y (CAMEO's generic demand). An ordered act that codes is X's own act
    (:func:`coder.code.subjects.commanded_object`)."""
    a, pred = ctx.a, match.token
    generic = a.codebook.generic_demand
    if not generic or generic not in a.codebook.cameo or lemma_of(pred) not in a.profile.command_verbs:
        return None
    s = a.sentence
    clauses = [c for c in s.children(pred.id) if c.base_rel == "xcomp"]
    clauses += [c for o in s.children(pred.id) if o.base_rel in ("obj", "iobj")
                for c in s.children(o.id) if c.base_rel == "acl"]
    ordered = [(c, o) for c in clauses if (o := commanded_object(a, c)) is not None]
    if not ordered or any(ctx.codes_event(c) for c, _ in ordered):
        return None
    sources = argument_actors(a, pred, "subj", "source")
    exclude = frozenset(x.code for x in sources)
    targets = actors_for(a, ordered[0][1].id, "target", exclude)
    if not sources or not targets:
        return None
    demand = PredicateMatch(pred, replace(match.pattern, code=generic, reverse=None), match.form)
    notes = [f"ordered '{ordered[0][0].text}', which codes nothing: a demand"]
    return build(ctx, demand, pred, Arguments(sources, targets, negated(ctx, pred), modality(ctx, pred), notes))


def wished_appeal(ctx: Context, match: PredicateMatch) -> Outcome | None:
    """"X wants Y to Z" (the profile's ``wish_verbs``, an object and an infinitive of its act:
    "wants Germany to pay compensation", "wants Arnor to attack Mordor"): X asks Y for Z, the
    appeal that mirrors Z's code (the code table's ``appeal``), else the generic appeal (020);
    Z itself has not happened. None otherwise ("wants to attack" is X's own intent)."""
    a, pred = ctx.a, match.token
    book, s = a.codebook, a.sentence
    if not book.generic_appeal or book.generic_appeal not in book.cameo or lemma_of(pred) not in a.profile.wish_verbs:
        return None
    addressed = [o for o in s.children(pred.id) if o.base_rel in ("obj", "iobj")]
    clauses = [c for c in s.children(pred.id) if c.base_rel == "xcomp" and c.upos in ("VERB", "AUX")]
    clauses += [c for o in addressed for c in s.children(o.id) if infinitive_on_object(ctx, c)]
    if not addressed or not clauses:
        return None
    sources = argument_actors(a, pred, "subj", "source")
    exclude = frozenset(x.code for x in sources)
    targets = actors_for(a, addressed[0].id, "target", exclude)
    if not sources or not targets:
        return None
    asked = ctx.predicates.get(clauses[0].id)
    if asked is not None and ctx.block(asked).light:  # "wants Y to hold talks": the talks
        asked = next((ctx.predicates[o.id] for o in s.children(clauses[0].id)
                      if o.base_rel == "obj" and o.id in ctx.predicates), None)
    entry = book.cameo.get(asked.pattern.code) if asked is not None else None
    code = entry.appeal if entry is not None and entry.appeal in book.cameo and not negated(ctx, clauses[0]) \
        else book.generic_appeal
    appeal = PredicateMatch(pred, replace(match.pattern, code=code, reverse=None), match.form)
    notes = [f"wants '{addressed[0].text}' to '{clauses[0].text}': an appeal"]
    return build(ctx, appeal, pred, Arguments(sources, targets, negated(ctx, pred), modality(ctx, pred), notes))


def demanded_act(ctx: Context, match: PredicateMatch, args: Arguments) -> PredicateMatch:
    """A generic demand or appeal (CAMEO 100, 020) whose complement states the act asked for
    ("demanded that Israel withdraw its troops", "urged Mordor to release the prisoners",
    "called on Y to return to talks"): the demand or appeal that mirrors that act's code
    (1056, 0253, 026: the code table's ``demand`` and ``appeal``), as a stated obligation's
    is; the match unchanged when no complement codes an act with one of its own."""
    book, s = ctx.a.codebook, ctx.a.sentence
    field = {book.generic_demand: "demand", book.generic_appeal: "appeal"}.get(match.pattern.code)
    if field is None or match.pattern.code not in book.cameo:
        return match
    children = s.children(match.token.id)
    addressed = [o for o in children if o.base_rel in ("obj", "iobj")]
    clauses = [c for c in children if c.base_rel in ("ccomp", "xcomp")]
    clauses += [c for o in addressed for c in s.children(o.id) if infinitive_on_object(ctx, c)]
    # "urged Israel to/advcl resume talks", "called on/obl Israel to/advcl return to talks":
    # an infinitive after the one addressed (an object or oblique), as parsers read it
    addressed += [o for o in children if o.base_rel == "obl"]
    clauses += [c for c in children if c.base_rel == "advcl" and addressed and c.id > min(o.id for o in addressed)
                and marked_with(s, c, ctx.a.profile.infinitive_marker)]
    for clause in clauses:
        asked = ctx.predicates.get(clause.id)
        if asked is not None and ctx.block(asked).light:  # "urged them to resume talks": the talks
            asked = next((ctx.predicates[o.id] for o in s.children(clause.id)
                          if o.base_rel == "obj" and o.id in ctx.predicates), None)
        entry = book.cameo.get(asked.pattern.code) if asked is not None else None
        code = getattr(entry, field) if entry is not None and not negated(ctx, clause) else None
        if code in book.cameo:
            args.notes.append(f"asks for '{clause.text}': the {field} that mirrors its act")
            return replace(match, pattern=replace(match.pattern, code=code, reverse=None))
    return match


def _demand_code(ctx: Context, action: Token) -> str | None:
    """The demand that mirrors the obliged action's code (CAMEO 10x), or the generic one."""
    cameo, generic = ctx.a.codebook.cameo, ctx.a.codebook.generic_demand
    embedded = ctx.predicates.get(action.id)
    base = embedded.pattern.code if embedded is not None else NULL_CODE
    code = generic
    if base in cameo and not negated(ctx, action):
        code = cameo[base].demand or generic
    return code if code in cameo else None


def coded_xcomp(ctx: Context, pred: Token) -> Token | None:
    """The open complement of ``pred`` that is a predicate of the codebook, if any."""
    for child in ctx.a.sentence.children(pred.id):
        if child.base_rel == "xcomp" and child.id in ctx.predicates:
            return child
    return None
