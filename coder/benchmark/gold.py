"""Gold (hand-coded) records: one type for every benchmark format, and a reader per format.

Formats:

* ``petrarch`` — PETRARCH / UniversalPetrarch validation XML (``<Sentence>`` records with
  ``<EventCoding>`` gold, an optional CoNLL-U ``<Parse>`` and an ``<Environment>`` block).
* ``plover`` — the PLOVER gold-standard JSON (one event per record, actor lists).
* ``case2021`` — CASE 2021 Task 2 TSV (``id``, ``EventSnippet``, ``SubType``): one label per
  snippet.
* ``conflibert`` — the ConfliBERT CAMEO folder (``class_test.tsv`` sentence + penta class,
  ``ner_test.txt`` source/target token tags; :mod:`coder.benchmark.conflibert`).
* ``csv`` — the project's generic CSV for users' own hand-coded samples (see
  :data:`CSV_COLUMNS` and ``benchmarks/README.md``).
"""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from itertools import product
from pathlib import Path

from coder.errors import CoderError

FORMATS = ("petrarch", "plover", "case2021", "conflibert", "csv")
# Gold files larger than this are refused before they are read (hand-coded samples are a
# few MB; PETRARCH's largest validation file is under 1 MB).
MAX_GOLD_BYTES = 256 * 1024 * 1024

# CASE 2021 Task 2 labels → ACLED sub_event_type names (25 ACLED classes).
CASE_TO_ACLED = {
    "ARMED_CLASH": "Armed clash",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "CHEM_WEAP": "Chemical weapon",
    "AIR_STRIKE": "Air/drone strike",
    "SUIC_BOMB": "Suicide bomb",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "GRENADE": "Grenade",
    "SEX_VIOL": "Sexual violence",
    "ATTACK": "Attack",
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "PEACE_PROTEST": "Peaceful protest",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "VIOL_DEMONSTR": "Violent demonstration",
    "MOB_VIOL": "Mob violence",
    "AGREEMENT": "Agreement",
    "ARREST": "Arrests",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "DISR_WEAP": "Disrupted weapons use",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
}
# CASE 2021 labels that are not ACLED sub-event types: kept as their own classes.
CASE_NON_ACLED = ("ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB")

# ACLED sub_event_type → event_type (acled.md).
ACLED_EVENT_TYPE = {
    **dict.fromkeys(["Armed clash", "Government regains territory",
                     "Non-state actor overtakes territory"], "Battles"),
    **dict.fromkeys(["Chemical weapon", "Air/drone strike", "Suicide bomb",
                     "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                     "Grenade"], "Explosions/Remote violence"),
    **dict.fromkeys(["Sexual violence", "Attack", "Abduction/forced disappearance"],
                    "Violence against civilians"),
    **dict.fromkeys(["Peaceful protest", "Protest with intervention",
                     "Excessive force against protesters"], "Protests"),
    **dict.fromkeys(["Violent demonstration", "Mob violence"], "Riots"),
    **dict.fromkeys(["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                     "Headquarters or base established", "Looting/property destruction",
                     "Non-violent transfer of territory", "Other"], "Strategic developments"),
}

# Generic CSV: one row per gold event; rows sharing an id form one record. A row with no
# event columns filled is a record with no events.
CSV_COLUMNS = ("id", "text", "date", "parse", "source", "target", "cameo", "plover",
               "acled_event_type", "acled_sub_event_type", "fatalities", "country")
CSV_EVENT_COLUMNS = ("source", "target", "cameo", "plover", "acled_event_type",
                     "acled_sub_event_type", "fatalities", "country")


class GoldError(CoderError):
    """A gold file or record is malformed; the message names file, record id and field."""

    code = "E501"


@dataclass(frozen=True)
class GoldEvent:
    """One hand-coded event; fields a format does not carry stay None."""

    source: str | None = None  # actor codes ("ARNGOV"); "" = explicitly no actor
    target: str | None = None
    cameo: str | None = None
    plover: str | None = None
    plover_mode: str | None = None
    plover_context: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    fatalities: int | None = None
    country: str | None = None  # ISO3 of where the event happened
    source_country: str | None = None
    source_sector: str | None = None
    target_country: str | None = None
    target_sector: str | None = None
    label: str | None = None  # the format's own label (CASE: "ARMED_CLASH", "DIPLO")
    penta: str | None = None  # CAMEO penta class "0".."4" of the sentence (ConfliBERT)
    # character spans of the marked source / target actors in the record's text (ConfliBERT)
    source_spans: tuple[tuple[int, int], ...] | None = None
    target_spans: tuple[tuple[int, int], ...] | None = None


@dataclass(frozen=True)
class GoldRecord:
    """One hand-coded text with its gold events (possibly none)."""

    id: str
    text: str
    events: tuple[GoldEvent, ...] = ()
    date: str | None = None  # ISO yyyy-mm-dd
    category: str = ""
    parse: str | None = None  # CoNLL-U text supplied with the gold, if any
    options: tuple[tuple[str, str], ...] = ()  # per-record coder options (require_dyad)
    error: str | None = None  # PETRARCH records that expect an input error
    label_only: bool = False  # one document-level label (CASE 2021), not event tuples

    def option(self, name: str) -> str | None:
        return dict(self.options).get(name)


@dataclass
class GoldSet:
    """The records of one gold file plus what the file says about how to code it."""

    format: str
    path: Path
    records: list[GoldRecord]
    dictionaries: dict[str, list[Path]] = field(default_factory=dict)  # PETRARCH <Environment>
    warnings: list[str] = field(default_factory=list)  # tolerated oddities, reported
    # records that could not be read: (record id, reason naming file and field); reported
    # as unscored, never silently dropped, and never stopping the rest of the file
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def has_parses(self) -> bool:
        return bool(self.records) and all(r.parse for r in self.records)


# --------------------------------------------------------------------------- entry points

def guess_format(path: str | Path) -> str:
    """The gold format of a file, from its suffix and first bytes."""
    from coder.benchmark.conflibert import CLASS_FILE, PENTA_CLASSES

    p = Path(path)
    if p.is_dir():
        if (p / CLASS_FILE).is_file():
            return "conflibert"
        raise GoldError(f"{p}: a folder, but without {CLASS_FILE} (the ConfliBERT layout); give a gold file")
    suffix = p.suffix.lower()
    head = _read_head(p)
    if suffix == ".xml" or head.lstrip().startswith("<"):
        return "petrarch"
    if suffix == ".json" or head.lstrip().startswith(("[", "{")):
        return "plover"
    first_line = head.splitlines()[0] if head else ""
    if "\t" in first_line and "EventSnippet" in first_line:
        return "case2021"
    fields = first_line.split("\t")
    if suffix == ".tsv" and len(fields) == 2 and fields[1].strip() in PENTA_CLASSES:
        return "conflibert"  # text<TAB>penta, no header
    if suffix in (".csv", ".tsv"):
        return "csv"
    raise GoldError(f"{p}: cannot guess the gold format; pass --format ({'|'.join(FORMATS)})")


def read_gold(path: str | Path, fmt: str | None = None) -> GoldSet:
    """Read a gold file of format ``fmt`` (guessed when None)."""
    p = Path(path)
    if p.is_dir() and (fmt or guess_format(p)) == "conflibert":
        p = p / "class_test.tsv"
    if not p.is_file():
        raise GoldError(f"{p}: gold file not found")
    size = p.stat().st_size
    if size > MAX_GOLD_BYTES:
        raise GoldError(f"{p}: {size:,} bytes, over the {MAX_GOLD_BYTES:,}-byte limit for a gold file; "
                        "split it")
    fmt = fmt or guess_format(p)
    readers = {"petrarch": read_petrarch, "plover": read_plover, "case2021": read_case2021,
               "csv": read_csv, "conflibert": read_conflibert}
    if fmt not in readers:
        raise GoldError(f"{p}: unknown gold format {fmt!r} (one of {', '.join(FORMATS)})")
    gold = readers[fmt](p)
    if gold.skipped and not gold.records:  # nothing to score: the file is wrong, not one record
        raise GoldError(f"no readable record ({len(gold.skipped)} unreadable); first: {gold.skipped[0][1]}")
    return gold


def _read_head(p: Path, size: int = 4096) -> str:
    try:
        with p.open("r", encoding="utf-8", errors="replace") as fh:
            return fh.read(size)
    except OSError as exc:
        raise GoldError(f"{p}: cannot read: {exc}") from None


def _unique_id(rid: str, seen: dict[str, int], warnings: list[str], where: str) -> str:
    """``rid``, or ``rid#n`` for its n-th repeat (the shipped PETRARCH and PLOVER files
    repeat a few ids); each rename is reported as a warning."""
    seen[rid] = seen.get(rid, 0) + 1
    if seen[rid] == 1:
        return rid
    new_id = f"{rid}#{seen[rid]}"
    warnings.append(f"{where}: record {rid}: field 'id': duplicate id, renamed {new_id}")
    return new_id


def _iso_date(value: str | None, where: str) -> str | None:
    """yyyymmdd, yyyy-mm-dd or PETRARCH's yymmdd → yyyy-mm-dd; None/empty stays None.

    Six digits are read as PETRARCH (and KEDS/TABARI) read them: years 00–30 are 20yy, the
    others 19yy (``121108`` → 2012-11-08). The day must exist."""
    import datetime as dt

    if not value or not value.strip():
        return None
    value = value.strip()
    m = re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})", value)
    six = re.fullmatch(r"(\d{2})(\d{2})(\d{2})", value)
    if six:
        yy = int(six.group(1))
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", f"{2000 + yy if yy <= 30 else 1900 + yy}{value[2:]}")
    if not m:
        raise GoldError(f"{where}: field 'date': expected yyyymmdd, yymmdd or yyyy-mm-dd, got {value!r}")
    try:
        dt.date(*(int(g) for g in m.groups()))
    except ValueError as exc:
        raise GoldError(f"{where}: field 'date': {value!r} is no calendar day ({exc})") from None
    return "-".join(m.groups())


def _clean_text(text: str | None) -> str:
    return " ".join((text or "").split())


# --------------------------------------------------------------------------- PETRARCH XML

_ENV_KEYS = {"Verbfile": "verbs", "Actorfile": "actors", "Agentfile": "agents",
             "Discardfile": "discards", "Ontologyfile": "ontology",
             # UniversalPetrarch: the verb patterns of the text's own language (Spanish,
             # Arabic); they replace the English <Verbfile> when present
             "P1Verbfile": "language_verbs", "PICOfile": "ontology"}
# UniversalPetrarch keeps its internal coding ontology (negation codes) beside the verb
# dictionaries under this name; it is used when <Environment> names no Ontologyfile.
DEFAULT_ONTOLOGY = "PETR.Internal.Coding.Ontology.txt"
_TRUE = {"true", "1", "yes"}


def read_petrarch(path: str | Path) -> GoldSet:
    """PETRARCH validation XML. ``<Config>`` elements between records (``require_dyad``)
    apply to the records that follow them, as in PETRARCH's validation run."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import parse as safe_parse

    p = Path(path)
    try:
        root = safe_parse(p).getroot()
    except ET.ParseError as exc:
        raise GoldError(f"{p}: not well-formed XML: {exc}") from None
    except DefusedXmlException as exc:  # entity expansion ("billion laughs"), external entities
        raise GoldError(f"{p}: refused: the XML declares entities or external references ({exc}); "
                        "gold files need none") from None
    dictionaries: dict[str, list[Path]] = {}
    env = root.find("Environment")
    if env is not None:
        for child in env:
            key = _ENV_KEYS.get(child.tag)
            if key and (child.text or "").strip():
                for name in (child.text or "").split(","):
                    dictionaries.setdefault(key, []).append(p.parent / name.strip())
    if dictionaries.get("verbs") and "ontology" not in dictionaries and (p.parent / DEFAULT_ONTOLOGY).is_file():
        dictionaries["ontology"] = [p.parent / DEFAULT_ONTOLOGY]
    container = root.find("Sentences")
    if container is None:
        container = root
    records: list[GoldRecord] = []
    warnings: list[str] = []
    options: dict[str, str] = {}
    seen: dict[str, int] = {}
    skipped: list[tuple[str, str]] = []
    n = 0
    for elem in container:
        if elem.tag == "Config":
            name, value = elem.get("option"), elem.get("value")
            if name:
                options[name] = (value or "").strip().lower()
        elif elem.tag == "Sentence":
            n += 1
            try:
                record = _petrarch_record(elem, p, options, warnings)
            except GoldError as exc:  # one odd record is reported and skipped, not the file
                skipped.append((elem.get("id") or f"#{n}", exc.args[0]))
                continue
            unique = _unique_id(record.id, seen, warnings, str(p))
            records.append(replace(record, id=unique) if unique != record.id else record)
    return GoldSet("petrarch", p, records, dictionaries, warnings, skipped)


def _petrarch_record(elem: ET.Element, p: Path, options: dict[str, str],
                     warnings: list[str] | None = None) -> GoldRecord:
    rid = elem.get("id")
    if not rid:
        raise GoldError(f"{p}: a <Sentence> (date {elem.get('date', '?')}) without field 'id'")
    where = f"{p}: record {rid}"
    text_elem = elem.find("Text")
    text = _clean_text(text_elem.text if text_elem is not None else None)
    parse_elem = elem.find("Parse")
    if not text and parse_elem is not None and (parse_elem.text or "").strip():
        text = _text_from_parse(parse_elem.text or "")
        if text and warnings is not None:
            warnings.append(f"{where}: field 'Text': empty; text rebuilt from its <Parse>")
    if not text:
        raise GoldError(f"{where}: field 'Text': missing or empty (and no <Parse> to rebuild it from)")
    events: list[GoldEvent] = []
    error = None
    for coding in elem.findall("EventCoding"):
        attrs = {k.strip(): (v or "").strip() for k, v in coding.attrib.items()}
        if attrs.get("noevents", "").lower() in _TRUE:
            continue
        if "error" in attrs:
            error = attrs["error"] or "error"
            continue
        missing = [f for f in ("sourcecode", "targetcode", "eventcode") if f not in attrs]
        if missing:
            raise GoldError(f"{where}: <EventCoding> field '{missing[0]}': missing")
        events.append(GoldEvent(source=_petrarch_actor(attrs["sourcecode"]),
                                target=_petrarch_actor(attrs["targetcode"]),
                                cameo=_petrarch_code(attrs["eventcode"], where)))
    parse = _conllu_or_none(parse_elem.text if parse_elem is not None else None)
    category = elem.get("category") or elem.get("source") or re.split(r"[-_]", rid)[0]
    opts = tuple(sorted((k, v) for k, v in options.items() if k == "require_dyad"))
    return GoldRecord(id=rid, text=text, events=tuple(events),
                      date=_iso_date(elem.get("date"), where), category=category,
                      parse=parse, options=opts, error=error)


_NAMED_CODE = re.compile(r"^(?P<code>\d{2,4}|---)(?:_[^\s/]*)?$")


def _petrarch_code(code: str, where: str) -> str:
    """An event code as the coder writes it. UniversalPetrarch's files write codes with
    their names (``190_use_conventional_military_force`` → ``190``) and alternative roots
    as ``18/19/20`` (kept as written: the scorer accepts any of them)."""
    if "/" in code:
        parts = [_petrarch_code(part, where) for part in code.split("/")]
        return "/".join(parts)
    m = _NAMED_CODE.match(code)
    if m:
        return m.group("code")
    if not code:
        raise GoldError(f"{where}: <EventCoding> field 'eventcode': empty")
    return code


def _petrarch_actor(code: str) -> str:
    """PETRARCH writes a missing actor as a bare "---"; the coder leaves it empty."""
    code = code.strip('"')
    return "" if code == "---" else code


_PTB_LEAF = re.compile(r"\(([^\s()]+)\s+([^\s()]+)\)")
_PTB_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
                 "``": '"', "''": '"'}


def _text_from_parse(parse: str) -> str:
    """The words of a supplied parse as text: a CoNLL-U parse's ``# text`` lines or its word
    forms (multi-word tokens once, ``SpaceAfter=No`` kept), or a Penn Treebank tree's leaves."""
    conllu = _conllu_or_none(parse)
    if conllu is None:
        leaves = [_PTB_BRACKETS.get(word, word) for tag, word in _PTB_LEAF.findall(parse) if tag != "-NONE-"]
        return _clean_text(" ".join(leaves))
    texts, words, skip_to = [], [], 0
    for line in conllu.splitlines():
        if line.startswith("# text ="):
            texts.append(line.split("=", 1)[1].strip())
            continue
        cols = line.split("\t")
        if line.startswith("#") or len(cols) != 10 or "." in cols[0]:
            continue
        if "-" in cols[0]:
            first, _, last = cols[0].partition("-")
            skip_to = int(last) if last.isdigit() else 0
        elif cols[0].isdigit() and int(cols[0]) <= skip_to:
            continue
        words.append(cols[1] + ("" if "SpaceAfter=No" in cols[9] else " "))
    return _clean_text(" ".join(texts) if texts else "".join(words))


def _conllu_or_none(parse: str | None) -> str | None:
    """The parse when it is CoNLL-U (tab-separated rows); Penn Treebank trees are ignored."""
    if not parse or not parse.strip():
        return None
    lines = [ln for ln in parse.strip().splitlines() if ln.strip()]
    if all(ln.startswith("#") or ln.count("\t") == 9 for ln in lines):
        return "\n".join(ln.strip("\r") for ln in parse.strip("\n").splitlines()) + "\n\n"
    return None


# --------------------------------------------------------------------------- PLOVER JSON

# The gold-standard records were coded with PLOVER 0.5 (2016); the coder maps CAMEO to the
# PLOVER 0.8 categories (cameo2plover-2021), which merged four of the older ones. Old names
# are read as their PLOVER 0.8 successors so that both sides use one vocabulary.
PLOVER_05_TO_08 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
                   "FIGHT": "ASSAULT"}


def read_plover(path: str | Path) -> GoldSet:
    """PLOVER gold JSON: one event per record; compound actors give one gold event per
    source × target pair. The ``DOCUMENT`` pseudo-record is skipped."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldError(f"{p}: not valid JSON: {exc}") from None
    if isinstance(data, dict):
        data = data.get("records") or data.get("events") or list(data.values())
    if not isinstance(data, list):
        raise GoldError(f"{p}: expected a list of records")
    records = []
    warnings: list[str] = []
    skipped: list[tuple[str, str]] = []
    seen: dict[str, int] = {}
    for i, item in enumerate(data):
        if not isinstance(item, dict):
            skipped.append((f"#{i}", f"{p}: record #{i}: expected an object"))
            continue
        if item.get("event") == "DOCUMENT":
            continue
        rid = str(item.get("id") or "")
        if not rid:
            skipped.append((f"#{i}", f"{p}: record #{i}: field 'id': missing"))
            continue
        rid = _unique_id(rid, seen, warnings, str(p))
        try:
            records.append(_plover_record(item, rid, p, warnings))
        except GoldError as exc:  # one odd record is reported and skipped, not the file
            skipped.append((rid, exc.args[0]))
    renamed = sorted({old for old in PLOVER_05_TO_08 for r in records if r.category == PLOVER_05_TO_08[old]
                      and any(str(i.get("event", "")).upper() == old for i in data if isinstance(i, dict))})
    if renamed:
        warnings.append("PLOVER 0.5 event names read as PLOVER 0.8: " +
                        ", ".join(f"{old}→{PLOVER_05_TO_08[old]}" for old in renamed))
    return GoldSet("plover", p, records, warnings=warnings, skipped=skipped)


def _plover_record(item: dict, rid: str, p: Path, warnings: list[str]) -> GoldRecord:
    where = f"{p}: record {rid}"
    text = _clean_text(item.get("text") if isinstance(item.get("text"), str) else None)
    if not text:
        raise GoldError(f"{where}: field 'text': missing or empty")
    event = item.get("event")
    if not event or not isinstance(event, str):
        raise GoldError(f"{where}: field 'event': missing")
    event = PLOVER_05_TO_08.get(event.upper(), event.upper())
    sources = _plover_actors(item.get("source"), where, "source", warnings)
    targets = _plover_actors(item.get("target"), where, "target", warnings)
    dead = item.get("dead")
    fatalities = None
    if dead not in (None, ""):
        try:
            fatalities = int(dead)
        except (TypeError, ValueError):
            raise GoldError(f"{where}: field 'dead': not an integer: {dead!r}") from None
    events = []
    for (s_code, s_country, s_sector), (t_code, t_country, t_sector) in product(
            sources or [("", None, None)], targets or [("", None, None)]):
        events.append(GoldEvent(
            source=s_code, target=t_code, plover=event.upper(),
            plover_mode=item.get("mode") or None, plover_context=item.get("context") or None,
            fatalities=fatalities, source_country=s_country, source_sector=s_sector,
            target_country=t_country, target_sector=t_sector))
    return GoldRecord(id=rid, text=text, events=tuple(events),
                      date=_iso_date(item.get("date"), where), category=event.upper())


def _plover_actors(value, where: str, name: str,
                   warnings: list[str]) -> list[tuple[str, str | None, str | None]]:
    """(actor code = country + sector, country, sector) per listed actor. A bare string
    instead of a list (one shipped record has ``"target": "diplomatic"``) is reported and
    read as no actor."""
    if value in (None, "", []):
        return []
    if isinstance(value, str):
        warnings.append(f"{where}: field '{name}': expected a list of actors, got {value!r}; ignored")
        return []
    if not isinstance(value, list):
        raise GoldError(f"{where}: field '{name}': expected a list of actors, got {value!r}")
    out = []
    for j, actor in enumerate(value):
        if not isinstance(actor, dict) or not actor.get("code"):
            raise GoldError(f"{where}: field '{name}[{j}].code': missing")
        country = str(actor["code"]).strip().upper()
        sector = str(actor.get("sector") or "").strip().upper() or None
        out.append((country + (sector or ""), country, sector))
    return out


# --------------------------------------------------------------------------- CASE 2021

def read_case2021(path: str | Path) -> GoldSet:
    """CASE 2021 Task 2 TSV: one label per snippet (25 ACLED sub-types + 5 others)."""
    p = Path(path)
    rows = _dict_rows(p, delimiter="\t")
    records = []
    skipped: list[tuple[str, str]] = []
    seen: set[str] = set()
    for lineno, row in rows:
        rid = (row.get("id") or "").strip()
        try:
            records.append(_case_record(row, rid, f"{p}:{lineno}: record {rid or '?'}", seen))
        except GoldError as exc:  # one odd row is reported and skipped, not the file
            skipped.append((rid or f"line {lineno}", exc.args[0]))
    return GoldSet("case2021", p, records, skipped=skipped)


def _case_record(row: dict[str, str], rid: str, where: str, seen: set[str]) -> GoldRecord:
    if not rid:
        raise GoldError(f"{where}: field 'id': missing")
    if rid in seen:
        raise GoldError(f"{where}: field 'id': duplicate id")
    seen.add(rid)
    text = _clean_text(row.get("EventSnippet"))
    if not text:
        raise GoldError(f"{where}: field 'EventSnippet': missing or empty")
    label = (row.get("SubType") or "").strip()
    if label in CASE_TO_ACLED:
        sub = CASE_TO_ACLED[label]
        event = GoldEvent(acled_sub_event_type=sub, acled_event_type=ACLED_EVENT_TYPE[sub], label=label)
    elif label in CASE_NON_ACLED:
        event = GoldEvent(label=label)
    else:
        raise GoldError(f"{where}: field 'SubType': unknown label {label!r}")
    return GoldRecord(id=rid, text=text, events=(event,), category=label, label_only=True)


def _dict_rows(p: Path, delimiter: str) -> list[tuple[int, dict[str, str]]]:
    try:
        with p.open(newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh, delimiter=delimiter)
            return [(reader.line_num, row) for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise GoldError(f"{p}: cannot read: {exc}") from None


# --------------------------------------------------------------------------- generic CSV

def read_csv(path: str | Path) -> GoldSet:
    """The generic CSV (``.tsv`` files are read tab-separated). Required columns: ``id``,
    ``text``; the rest (:data:`CSV_COLUMNS`) are optional. ``parse`` names a CoNLL-U file,
    relative to the CSV's folder."""
    p = Path(path)
    rows = _dict_rows(p, delimiter="\t" if p.suffix.lower() == ".tsv" else ",")
    if rows:
        columns = set(rows[0][1])
        for required in ("id", "text"):
            if required not in columns:
                raise GoldError(f"{p}: missing column '{required}' (columns: {', '.join(CSV_COLUMNS)})")
    grouped: dict[str, dict] = {}
    skipped: list[tuple[str, str]] = []
    for lineno, row in rows:
        row = {k.strip(): (v or "").strip() if isinstance(v, str) else "" for k, v in row.items() if k}
        rid = row.get("id", "")
        where = f"{p}:{lineno}: record {rid or '?'}"
        if not rid:
            skipped.append((f"line {lineno}", f"{where}: field 'id': missing"))
            continue
        rec = grouped.setdefault(rid, {"text": "", "date": None, "parse": None, "events": [], "error": None})
        if rec["error"]:
            continue
        try:  # a bad row makes its whole record unscored (its gold would be incomplete)
            if row.get("text"):
                if rec["text"] and _clean_text(row["text"]) != rec["text"]:
                    raise GoldError(f"{where}: field 'text': differs from an earlier row of this id")
                rec["text"] = _clean_text(row["text"])
            if row.get("date"):
                rec["date"] = _iso_date(row["date"], where)
            if row.get("parse"):
                rec["parse"] = _read_parse_file(p.parent / row["parse"], where)
            event = _csv_event(row, where)
        except GoldError as exc:
            rec["error"] = exc.args[0]
            continue
        if event is not None:
            rec["events"].append(event)
    records = []
    for rid, rec in grouped.items():
        if rec["error"]:
            skipped.append((rid, rec["error"]))
        elif not rec["text"]:
            skipped.append((rid, f"{p}: record {rid}: field 'text': missing or empty"))
        else:
            records.append(GoldRecord(id=rid, text=rec["text"], events=tuple(rec["events"]),
                                      date=rec["date"], parse=rec["parse"]))
    return GoldSet("csv", p, records, skipped=skipped)


def _csv_event(row: dict[str, str], where: str) -> GoldEvent | None:
    if not any(row.get(c) for c in CSV_EVENT_COLUMNS):
        return None
    cameo = row.get("cameo") or None
    if cameo and not re.fullmatch(r"\d{2,4}", cameo):
        raise GoldError(f"{where}: field 'cameo': expected a 2-4 digit CAMEO code, got {cameo!r}")
    fatalities = None
    if row.get("fatalities"):
        try:
            fatalities = int(row["fatalities"])
        except ValueError:
            raise GoldError(f"{where}: field 'fatalities': not an integer: {row['fatalities']!r}") from None
    sub = row.get("acled_sub_event_type") or None
    etype = row.get("acled_event_type") or (ACLED_EVENT_TYPE.get(sub) if sub else None)
    source, target = row.get("source"), row.get("target")
    has_dyad = bool(source or target)
    return GoldEvent(
        source=source.upper() if has_dyad else None, target=target.upper() if has_dyad else None,
        cameo=cameo, plover=(row.get("plover") or "").upper() or None,
        acled_event_type=etype, acled_sub_event_type=sub, fatalities=fatalities,
        country=(row.get("country") or "").upper() or None)


def _read_parse_file(path: Path, where: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{where}: field 'parse': cannot read {path}: {exc}") from None


# --------------------------------------------------------------------------- ConfliBERT

def read_conflibert(path: str | Path) -> GoldSet:
    """The ConfliBERT CAMEO folder (or its ``class_test.tsv``): one record per sentence
    (id ``line<n>``, category its penta class), one gold event with the penta class and the
    source/target spans of ``ner_test.txt`` beside it. A malformed line is skipped with its
    file:line; a NER sentence that does not fit its line leaves that record without spans."""
    from coder.benchmark import conflibert as cb

    p = Path(path)
    p = p / cb.CLASS_FILE if p.is_dir() else p
    try:
        lines = cb.class_lines(p, _clean_text)
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{p}: cannot read: {exc}") from None
    ner_path = p.parent / cb.NER_FILE
    warnings: list[str] = []
    spans: dict = {}
    if ner_path.is_file():
        try:
            sentences, warnings = cb.ner_sentences(ner_path)
        except (OSError, UnicodeDecodeError) as exc:
            raise GoldError(f"{ner_path}: cannot read: {exc}") from None
        spans, paired = cb.pair_spans(lines, sentences, ner_path)
        warnings += paired
    else:
        warnings.append(f"{ner_path}: not found; no record has gold spans")
    records, skipped = [], []
    for line in lines:
        rid = f"line{line.line}"
        if line.problem:
            skipped.append((rid, f"{p}:{line.line}: record {rid}: {line.problem}"))
            continue
        own = spans.get(line.line)
        event = GoldEvent(penta=line.penta,
                          source_spans=tuple(own.source) if own else None,
                          target_spans=tuple(own.target) if own else None)
        records.append(GoldRecord(id=rid, text=line.text, events=(event,), category=line.penta))
    return GoldSet("conflibert", p, records, warnings=warnings, skipped=skipped)
