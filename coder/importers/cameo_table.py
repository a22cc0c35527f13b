"""Build the CAMEO code table codebook (cameo.yaml) from the icews CSV and the PLOVER table.

Quad classes follow the common Phoenix/ICEWS convention: 1 verbal cooperation (roots 01-05),
2 material cooperation (06-09), 3 verbal conflict (10-14), 4 material conflict (15-20).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import yaml

QUAD_CLASSES = {
    1: ("Verbal cooperation", ["01", "02", "03", "04", "05"]),
    2: ("Material cooperation", ["06", "07", "08", "09"]),
    3: ("Verbal conflict", ["10", "11", "12", "13", "14"]),
    4: ("Material conflict", ["15", "16", "17", "18", "19", "20"]),
}
# CAMEO codes an announced or intended action ("X will send aid", "X is ready to attack")
# as an expression of intent (03) when it cooperates and as a threat (13) when it conflicts.
# Longest matching prefix wins; codes without an entry keep their own code.
INTENT_BY_PREFIX = {
    "04": "036", "045": "039", "05": "032",
    "06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "075": "0334",
    "08": "035", "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342",
    "0833": "0343", "0834": "0344", "084": "0353", "085": "0354", "086": "0355", "087": "0356",
    "16": "131", "161": "1313", "162": "1311", "163": "1312",
    "17": "137",
    "18": "1383",
    "19": "1384", "191": "1381", "192": "1382",
    "20": "1383", "204": "1385",
}
# CAMEO gives an attempted action a code of its own where it has one: an attempt to
# assassinate, foiled or not, is 185 ("tried to assassinate", "an attempt to kill X was
# thwarted"), as PETRARCH-2's Phoenix dictionary transforms ATTEMPT + ASSASSINATE.
ATTEMPT_BY_PREFIX = {"186": "185"}
# A generic disapproval (110: "alleged", "claimed") whose complement reports violence by
# another actor accuses that actor (112), as PETRARCH-2's Phoenix dictionary transforms
# CLAIM + ATTACK by another ("X claimed Y attacked Z": X accuses Y). A statement (010) too,
# when its complement reports an act of wrongdoing by another (the language profile's
# ``wrongdoing_verbs``: "X said the election was rigged by Y").
ACCUSATION_BY_CODE = {"110": "112", "010": "112"}
# ... and of the speaker's own violence claims responsibility for it (015: "X claimed it
# attacked Z"), as the same dictionary transforms CLAIM + ATTACK by the claimant; so does a
# plain statement of it ("X said it carried out the attack").
CLAIM_BY_CODE = {"110": "015", "010": "015"}
# CAMEO's Reject family (12) holds the refusals of cooperative actions: "refused to yield"
# is 124, "did not ease sanctions" 1241. A negated action with an entry here is coded as its
# refusal; other negated actions are not events. Longest matching prefix wins.
NEGATION_BY_PREFIX = {
    "015": "016",  # not acknowledging responsibility is denying it
    "031": "121", "0311": "1211", "0312": "1212", "0313": "1213",  # "will not cooperate"
    "033": "122", "0331": "1221", "0332": "1222", "0333": "1223", "0334": "1224",  # "will not send aid"
    "034": "123", "0341": "1231", "0342": "1232", "0343": "1233", "0344": "1234",
    "035": "124", "0351": "1241", "0352": "1242", "0353": "1243", "0354": "1244", "0355": "1245",
    "0356": "1246",
    "036": "125", "037": "127",
    "057": "127",  # "refused to sign the agreement"
    "06": "121", "061": "1211", "062": "1212", "063": "1213",
    "07": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224",  # "refused to send aid"
    "08": "124", "081": "1241", "082": "1242", "083": "123", "0831": "1231", "0832": "1232",
    "0833": "1233", "0834": "1234", "084": "1243", "085": "1244", "086": "1245", "087": "1246",
}
# CAMEO 10 mirrors the cooperative codes as demands: "X said Y must release the prisoners"
# is 1053 (demand release of persons), "... must negotiate" 106. Codes without an entry
# are demanded as 100.
DEMAND_BY_PREFIX = {
    "04": "106", "045": "108", "046": "106",
    "06": "101", "061": "1011", "062": "1012", "063": "1013", "064": "1014",
    "07": "103", "071": "1031", "072": "1032", "073": "1033", "074": "1034",
    "08": "105", "081": "1051", "082": "1052", "083": "104", "0831": "1041", "0832": "1042",
    "0833": "1043", "0834": "1044", "084": "1053", "085": "1054", "086": "1055", "087": "1056",
}
# What a code's root says about its events: a statement (01) reports what its complement
# says rather than acting ("X said Y attacked Z" is Y's attack); a refused statement is
# 011 ("declined to comment"); the theme of violence (17-20) is its target ("the killing
# of civilians"); a demand whose action has no demand code of its own is the generic 100;
# a speaker whose words code no event of their own makes the generic statement 010.
STATEMENT_ROOTS = ("01",)
REFUSAL_BY_PREFIX = {"01": "011"}
VIOLENT_ROOTS = ("17", "18", "19", "20")
# easing one's own dissent (082) or de-escalating one's own military action (087): stopping
# an act another actor does ("troops halted the rebel offensive") is none of these
OWN_ACT_PREFIXES = ("082", "087")
GENERIC_DEMAND = "100"
# CAMEO's appeals (02) parallel its demands (10) code for code: an appeal to do X is the
# demand to do X with the root 02 ("urged Y to release prisoners" 0253, demanded it 1053)
GENERIC_APPEAL = "020"
DEMAND_ROOT, APPEAL_ROOT = "10", "02"
GENERIC_STATEMENT = "010"
GENERIC_ULTIMATUM = "139"  # "X will withdraw unless Y agrees": a threat with a condition
_PLOVER_LINE = re.compile(r"^(\d{2,4}):\s*([^,#]*)(?:,([^,#]*))?(?:,([^#]*))?")


# cameo2plover-2021.txt has no lines for CAMEO 01 (statements: no PLOVER event) and 02
# (appeals): the PLOVER 0.8 manual puts appeals with demands under REQUEST.
PLOVER_APPEALS = {"event": "REQUEST", "mode": None, "context": None}


def read_plover_table(path: Path) -> dict[str, dict[str, str | None]]:
    """CAMEO code -> {event, mode, context} from cameo2plover-2021.txt."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _PLOVER_LINE.match(line.strip())
        if not match:
            continue
        code, event, mode, context = (g.strip() if g else "" for g in match.groups())
        if event:
            table[code] = {"event": event, "mode": mode or None, "context": context or None}
    return table


def intent_code(code: str) -> str | None:
    return _by_prefix(INTENT_BY_PREFIX, code)


def negation_code(code: str) -> str | None:
    return _by_prefix(NEGATION_BY_PREFIX, code)


def demand_code(code: str) -> str | None:
    return _by_prefix(DEMAND_BY_PREFIX, code)


def _by_prefix(table: dict[str, str], code: str) -> str | None:
    """The entry of the longest prefix of ``code`` ("" is an explicit none)."""
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]] or None
    return None


def _root_roles(code: str) -> dict[str, object]:
    roles: dict[str, object] = {}
    if code[:2] in STATEMENT_ROOTS:
        roles["statement"] = True
    refusal = _by_prefix(REFUSAL_BY_PREFIX, code)
    if refusal:
        roles["refusal"] = refusal
    if code[:2] in VIOLENT_ROOTS:
        roles["violent"] = True
    if code.startswith(OWN_ACT_PREFIXES):
        roles["own_act"] = True
    return roles


def _clean(text: str | None) -> str | None:
    if text is None or text.strip() in ("", "NA"):
        return None
    return " ".join(text.split())


def build_cameo_table(cameo_csv: Path, plover_txt: Path | None = None) -> dict:
    plover = read_plover_table(plover_txt) if plover_txt else {}
    codes = []
    with cameo_csv.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            entry = {
                "code": row["code"].strip(),
                "name": _clean(row["name"]),
                "goldstein": float(row["goldstein"]),
                "description": _clean(row.get("description")),
                "usage_notes": _clean(row.get("usage_notes")),
                "example": _clean(row.get("example")),
            }
            intent = intent_code(entry["code"])
            if intent and intent != entry["code"]:
                entry["intent"] = intent
            if entry["code"] in ACCUSATION_BY_CODE:
                entry["accusation"] = ACCUSATION_BY_CODE[entry["code"]]
            if entry["code"] in CLAIM_BY_CODE:
                entry["claim"] = CLAIM_BY_CODE[entry["code"]]
            attempt = _by_prefix(ATTEMPT_BY_PREFIX, entry["code"])
            if attempt and attempt != entry["code"]:
                entry["attempt"] = attempt
            negation = negation_code(entry["code"])
            if negation:
                entry["negation"] = negation
            demand = demand_code(entry["code"])
            if demand and demand != entry["code"]:
                entry["demand"] = demand
                if demand.startswith(DEMAND_ROOT):
                    entry["appeal"] = APPEAL_ROOT + demand[len(DEMAND_ROOT):]
            entry.update(_root_roles(entry["code"]))
            if entry["code"] in plover:
                entry["plover"] = plover[entry["code"]]
            elif plover and entry["code"].startswith("02"):
                entry["plover"] = dict(PLOVER_APPEALS)
            codes.append({k: v for k, v in entry.items() if v is not None})
    return {
        "kind": "cameo",
        "source": ("CAMEO code table from the icews R package (andybega/icews, MIT), "
                   "data-raw/cameo-codes.csv; PLOVER mappings from cameo2plover-2021.txt "
                   "(PLOVER manual 0.8, CC BY-SA 4.0). Generated by coder.importers.cameo_table."),
        "quad_classes": {str(n): {"name": name, "roots": roots} for n, (name, roots) in QUAD_CLASSES.items()},
        "generic_demand": GENERIC_DEMAND,
        "generic_appeal": GENERIC_APPEAL,
        "generic_statement": GENERIC_STATEMENT,
        "generic_ultimatum": GENERIC_ULTIMATUM,
        "codes": codes,
    }


def write_cameo_table(cameo_csv: Path, plover_txt: Path | None, out: Path) -> int:
    table = build_cameo_table(cameo_csv, plover_txt)
    header = "# Generated by `coder codebook import-cameo`; edit the sources or regenerate.\n"
    out.write_text(header + yaml.safe_dump(table, sort_keys=False, allow_unicode=True, width=100),
                   encoding="utf-8")
    return len(table["codes"])
