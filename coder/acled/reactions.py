"""Statements about violence that are not themselves ACLED events: claims of responsibility
(the codebook types them as the attack they claim) and diplomatic reactions (no ACLED type: CASE 2021 labels
them DIPLO and ATTRIB, outside ACLED's 25 sub-event types)."""

from __future__ import annotations

from typing import Any, Iterable

from coder.inter import Inter

# CAMEO 015: acknowledge or claim responsibility. The codebook's event rules type a claim as
# the attack it claims (codebooks/acled.yaml); a claim is no diplomatic reaction.
CLAIM_CODES = ("015",)
# Diplomatic reactions between states: appeals, disapproval (condemn, accuse), rejection,
# threats, reduced relations (sanctions), expelling (diplomats). Agreements and talks are
# ACLED's own "Agreement".
DIPLOMATIC_ROOTS = frozenset({"02", "11", "12", "13", "16"})
DIPLOMATIC_CODES = ("174",)
# governments and their forces, foreign states, IGOs
DIPLOMATIC_ACTORS = frozenset({Inter.STATE_FORCES, Inter.EXTERNAL})
# a country's government and leaders speak for its state (ACLED types its politicians civilians)
STATE_AGENTS = frozenset({"GOV", "ELI"})


# Attributions: a claim of responsibility, a denial, an accusation. A text whose main event
# says who did it reports the attribution, not the violence (CASE 2021: ATTRIB).
ATTRIBUTION_CODES = ("015", "016")


def attribution(records: Iterable[Any], level_of: Any) -> bool:
    """Whether the snippet's main asserted event claims, denies or attributes responsibility."""
    main = _main_record(records, level_of)
    return main is not None and str(_get(main, "cameo_code") or "").startswith(ATTRIBUTION_CODES)


def _main_record(records: Iterable[Any], level_of: Any) -> Any:
    best: tuple[int, int] | None = None
    main = None
    for record in records:
        if _get(record, "negated"):
            continue
        key = (level_of(record), _get(record, "sentence_index") or 0)
        if best is None or key < best:
            best, main = key, record
    return main


def diplomatic_reaction(doc: Any, records: Iterable[Any], level_of: Any) -> bool:
    """Whether the snippet's main asserted event (nearest the main clause, then earliest) is a
    diplomatic act between states or international bodies: "the Security Council condemned
    North Korea's missile test" reports no ACLED violence even though it names missiles. ``level_of(record)``
    gives a record's :func:`~coder.acled.clauses.background_level`."""
    main = _main_record(records, level_of)
    if main is None:
        return False
    code = str(_get(main, "cameo_code") or "")
    if code.startswith(CLAIM_CODES):
        return False
    return ((code[:2] in DIPLOMATIC_ROOTS or code.startswith(DIPLOMATIC_CODES)) and _state(main, "1", "source")
            and (_state(main, "2", "target") or not _get(main, "target_code")) and not _non_governmental(main))


def _state(record: Any, side: str, role: str) -> bool:
    """Whether a record's party (inter ``side``, fields of ``role``) is a state: its forces or
    government, a foreign state, an IGO, or a country's leaders ("the US administration
    imposed new sanctions")."""
    return _get(record, "inter" + side) in DIPLOMATIC_ACTORS or (
        _get(record, role + "_agent") in STATE_AGENTS and bool(_get(record, role + "_country")))


def _non_governmental(record: Any) -> bool:
    """A rights group's accusation is a report of violence, not diplomacy."""
    code = str(_get(record, "source_code") or "")
    return any(code[i:i + 3] in NON_GOVERNMENTAL for i in range(0, len(code), 3))


NON_GOVERNMENTAL = frozenset({"NGO", "MED", "HRI"})


def _get(record: Any, name: str) -> Any:
    return record.get(name) if isinstance(record, dict) else getattr(record, name, None)


__all__ = ["ATTRIBUTION_CODES", "CLAIM_CODES", "DIPLOMATIC_ROOTS", "attribution", "diplomatic_reaction"]
