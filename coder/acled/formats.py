"""Output formats from full event records: ACLED's 31 columns (and the row's confidence), Phoenix's 26-column TSV and
PLOVER JSON records. Each has a JSON Schema in ``coder/schemas`` (``acled``, ``phoenix``,
``plover``); :func:`checked_rows` converts and validates in one step.

Fields the text cannot give are left empty (None), never invented.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable, Iterable

from coder.acled.actors import interaction
from coder.inter import Inter

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
# the acled layout: ACLED's columns, then how likely the row's sub_event_type is right
# (the record's acled_confidence, coder.acled.confidence): not an ACLED column
ACLED_LAYOUT_COLUMNS = ACLED_COLUMNS + ("confidence",)
PHOENIX_COLUMNS = (
    "EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity", "SourceActorRole",
    "SourceActorAttribute", "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
    "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName",
    "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources",
)


@lru_cache(maxsize=None)
def iso_numeric(iso3: str | None) -> int | None:
    """ISO 3166-1 numeric code (ACLED's ``iso`` column) of an alpha-3 code."""
    if not iso3:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    return int(country.numeric) if country is not None else None


VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def to_acled_rows(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """ACLED rows for the records that carry an ACLED event type and a date (others are not
    ACLED events); columns in ACLED's order, then the row's confidence."""
    rows = []
    for rec in records:
        date = rec.get("event_date") or rec.get("date")
        if not rec.get("event_type") or not date:
            continue  # not an ACLED event (undated ones are rejected by checked_rows)
        actor1, inter1 = rec.get("actor1") or rec.get("source_text") or None, rec.get("inter1")
        if actor1 is None and rec["event_type"] in VIOLENT_TYPES:
            # ACLED's name for a perpetrator the report does not name
            actor1 = f"Unidentified Armed Group ({rec['country']})" if rec.get("country") else "Unidentified Armed Group"
            inter1 = inter1 or Inter.POLITICAL_MILITIA
        pair = interaction(inter1, rec.get("inter2")) if inter1 != rec.get("inter1") else rec.get("interaction")
        row = dict.fromkeys(ACLED_LAYOUT_COLUMNS)
        row.update({
            "event_id_cnty": str(rec["event_id"]),
            "event_date": date,
            "year": int(date[:4]),
            "time_precision": rec.get("time_precision"),
            "disorder_type": rec.get("disorder_type"),
            "event_type": rec["event_type"],
            "sub_event_type": rec.get("sub_event_type"),
            "actor1": actor1,
            "assoc_actor_1": rec.get("assoc_actor_1"),
            "inter1": inter1,
            "actor2": rec.get("actor2"),
            "assoc_actor_2": rec.get("assoc_actor_2"),
            "inter2": rec.get("inter2"),
            "interaction": pair,
            "civilian_targeting": rec.get("civilian_targeting"),
            "iso": iso_numeric(rec.get("iso")),
            "country": rec.get("country"),
            "admin1": rec.get("admin1"),
            "location": rec.get("location"),
            "latitude": rec.get("latitude"),
            "longitude": rec.get("longitude"),
            "geo_precision": rec.get("geo_precision"),
            "source": rec.get("source") or None,
            "notes": rec.get("sentence"),
            "fatalities": rec.get("fatalities") or 0,
            "confidence": rec.get("acled_confidence"),
        })
        rows.append(row)
    return rows


def _split_code(code: str | None) -> tuple[str, str, str, str]:
    """Phoenix actor columns: full code, entity (country/IGO), role (agent), attribute (rest)."""
    from coder.acled.actors import is_country_code

    code = code or ""
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    if not parts:
        return "", "", "", ""
    if parts[0] == "---":  # CAMEO's unknown country: "---COP" is a police agent, entity unknown
        entity, rest = "", parts[1:]
    elif is_country_code(parts[0]) or parts[0] in ("IGO", "NGO", "IMG", "MNC", "UNO"):
        entity, rest = parts[0], parts[1:]
    else:
        entity, rest = "", parts
    role = rest[0] if rest else ""
    return code, entity, role, "".join(rest[1:])


def to_phoenix_rows(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Phoenix 26-column rows (records without any date are left out: Phoenix rows are dated)."""
    rows = []
    for rec in records:
        date = rec.get("event_date") or rec.get("date")
        if not date:
            continue
        src = _split_code(rec.get("source_code"))
        tgt = _split_code(rec.get("target_code"))
        rows.append({
            "EventID": str(rec["event_id"]), "Date": date.replace("-", ""), "Year": int(date[:4]),
            "Month": int(date[5:7]), "Day": int(date[8:10]),
            "SourceActorFull": src[0], "SourceActorEntity": src[1], "SourceActorRole": src[2],
            "SourceActorAttribute": src[3],
            "TargetActorFull": tgt[0], "TargetActorEntity": tgt[1], "TargetActorRole": tgt[2],
            "TargetActorAttribute": tgt[3],
            "EventCode": rec["cameo_code"], "EventRootCode": rec["root_code"], "QuadClass": rec["quad_class"],
            "GoldsteinScore": rec["goldstein"], "Issues": rec.get("issues") or "",
            "Lat": rec.get("latitude"), "Lon": rec.get("longitude"), "LocationName": rec.get("location"),
            "StateName": rec.get("admin1"), "CountryCode": rec.get("iso"), "SentenceID": rec["sentence_id"],
            "URLs": rec.get("url") or None, "NewsSources": rec.get("source") or None,
        })
    return rows


def _plover_actor(rec: dict[str, Any], side: str, acled: str) -> list[dict[str, Any]]:
    code = rec.get(f"{side}_code") or ""
    if not code:
        return []
    inter_key = "inter1" if side == "source" else "inter2"
    return [{"actorText": rec.get(f"{side}_text") or "", "code": code, "country": rec.get(f"{side}_country"),
             "agent": rec.get(f"{side}_agent"), "acledName": rec.get(acled), "inter": rec.get(inter_key)}]


def to_plover_records(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """PLOVER JSON records for the records with a PLOVER event."""
    out = []
    for rec in records:
        if not rec.get("plover_event") or rec.get("plover_linked"):
            continue  # no PLOVER event, or the other half of one already written
        location = None
        if rec.get("iso") or rec.get("location"):
            location = {"name": rec.get("location"), "country": rec.get("country"), "iso": rec.get("iso"),
                        "admin1": rec.get("admin1"), "latitude": rec.get("latitude"),
                        "longitude": rec.get("longitude"), "geoPrecision": rec.get("geo_precision")}
        out.append({
            "id": str(rec["event_id"]), "date": rec.get("event_date") or rec.get("date"),
            "event": rec["plover_event"], "mode": rec.get("plover_mode"), "context": rec.get("plover_context"),
            "source": _plover_actor(rec, "source", "actor1"), "target": _plover_actor(rec, "target", "actor2"),
            "eventText": rec["verb_text"], "text": rec["sentence"], "language": rec.get("language") or "en",
            "docId": rec["doc_id"], "sentenceId": rec["sentence_id"], "cameoCode": rec["cameo_code"],
            "negated": bool(rec.get("negated")), "modality": rec.get("modality"),
            "confidence": rec.get("confidence"),
            "fatalities": rec.get("fatalities"), "timePrecision": rec.get("time_precision"),
            "location": location,
        })
    return out


FORMATS: dict[str, tuple[Callable[[Iterable[dict[str, Any]]], list[dict[str, Any]]], str, tuple[str, ...] | None]] = {
    "acled": (to_acled_rows, "acled", ACLED_LAYOUT_COLUMNS),
    "phoenix": (to_phoenix_rows, "phoenix", PHOENIX_COLUMNS),
    "plover": (to_plover_records, "plover", None),  # JSON lines: nested records, no columns
}


def checked_rows(records: Iterable[dict[str, Any]], fmt: str) -> tuple[list[dict[str, Any]], list[Any]]:
    """Convert records to ``fmt`` (acled | phoenix | plover) and validate every row against the
    format's schema: (valid rows, coder.schema.Rejected for each invalid one)."""
    from coder.schema import Rejected, record_errors

    if fmt not in FORMATS:
        raise ValueError(f"unknown output format {fmt!r} (choose from {', '.join(FORMATS)})")
    convert, schema, _ = FORMATS[fmt]
    valid, rejected = [], []
    records = list(records)
    if fmt in ("acled", "phoenix"):  # their rows are dated: an undated event cannot be written
        for rec in records:
            if not (rec.get("event_date") or rec.get("date")) and (fmt == "phoenix" or rec.get("event_type")):
                rejected.append(Rejected(str(rec.get("doc_id", "?")),
                                         f"{fmt} row {rec.get('event_id')}: the event has no date "
                                         "(give the document a date: --date or a date field)", rec, "validate"))
    for row in convert(records):
        errors = record_errors(row, schema)
        if errors:
            ident = row.get("event_id_cnty") or row.get("EventID") or row.get("id") or "?"
            rejected.append(Rejected(str(ident).split(":")[0], f"{fmt} row {ident}: " + "; ".join(errors),
                                     row, "validate"))
        else:
            valid.append(row)
    return valid, rejected
