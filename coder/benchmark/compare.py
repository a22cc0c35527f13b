"""Comparing two benchmark reports (A = before, B = after): what improved and what
regressed, per level, per class and per record."""

from __future__ import annotations

import json
from pathlib import Path

from coder.benchmark.gold import GoldError

METRICS = ("precision", "recall", "f1_micro", "f1_macro", "f1_weighted")
EPS = 1e-9


def load_report(path: str | Path) -> dict:
    p = Path(path)
    try:
        report = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldError(f"{p}: not a readable report.json: {exc}") from None
    for key in ("records", "levels"):
        if key not in report:
            raise GoldError(f"{p}: field '{key}': missing (not a coder benchmark report)")
    return report


def compare_reports(a: dict, b: dict) -> dict:
    """The differences between report ``a`` (before) and ``b`` (after)."""
    levels = {}
    for level in dict.fromkeys([*a.get("levels", {}), *b.get("levels", {})]):
        sa, sb = a["levels"].get(level, {}), b["levels"].get(level, {})
        levels[level] = {m: {"a": sa.get(m), "b": sb.get(m),
                             "delta": _delta(sa.get(m), sb.get(m))} for m in METRICS}
    classes = {}
    for level in dict.fromkeys([*a.get("per_class", {}), *b.get("per_class", {})]):
        ca, cb = a.get("per_class", {}).get(level, {}), b.get("per_class", {}).get(level, {})
        improved, regressed = [], []
        for name in sorted(set(ca) | set(cb)):
            fa, fb = ca.get(name, {}).get("f1", 0.0), cb.get(name, {}).get("f1", 0.0)
            row = {"class": name, "a": fa, "b": fb, "delta": round(fb - fa, 4),
                   "support": max(ca.get(name, {}).get("support", 0), cb.get(name, {}).get("support", 0))}
            if fb > fa + EPS:
                improved.append(row)
            elif fb < fa - EPS:
                regressed.append(row)
        if improved or regressed:
            classes[level] = {"improved": improved, "regressed": regressed}
    records = _record_changes(a.get("records_diff", []), b.get("records_diff", []))
    fully = {"a": a.get("records_fully_correct"), "b": b.get("records_fully_correct"),
             "delta": _delta(a.get("records_fully_correct"), b.get("records_fully_correct"))}
    regressions = bool(records["regressed"]) or any(
        (v["f1_micro"]["delta"] or 0) < -EPS for v in levels.values())
    return {
        "a": {"gold": a.get("gold"), "date": a.get("meta", {}).get("date"),
              "codebook_fingerprint": a.get("codebook_fingerprint")},
        "b": {"gold": b.get("gold"), "date": b.get("meta", {}).get("date"),
              "codebook_fingerprint": b.get("codebook_fingerprint")},
        "same_gold": a.get("gold") == b.get("gold") and a.get("records") == b.get("records"),
        "records_fully_correct": fully,
        "levels": levels,
        "classes": classes,
        "records": records,
        "halves": compare_halves(a.get("halves") or {}, b.get("halves") or {}),
        "regressed": regressions,
    }


def compare_halves(a: dict, b: dict) -> dict:
    """Each headline measure of the all / tune / check halves, before and after (reports
    written before halves existed give an empty comparison)."""
    out = {}
    for half in ("all", "tune", "check"):
        ha, hb = a.get(half) or {}, b.get(half) or {}
        names = [n for n in dict.fromkeys([*ha, *hb]) if n != "records"]
        if ha and hb and names:
            out[half] = {n: {"a": ha.get(n), "b": hb.get(n), "delta": _delta(ha.get(n), hb.get(n))}
                         for n in names}
    return out


def _delta(x, y):
    if isinstance(x, (int, float)) and isinstance(y, (int, float)):
        return round(y - x, 4)
    return None


def _record_changes(diffs_a: list[dict], diffs_b: list[dict]) -> dict:
    by_a = {d["id"]: d for d in diffs_a}
    by_b = {d["id"]: d for d in diffs_b}
    improved, regressed, changed = [], [], []
    for rid in [*by_a, *(k for k in by_b if k not in by_a)]:
        da, db = by_a.get(rid), by_b.get(rid)
        if da is None or db is None:
            continue
        row = {"id": rid, "category": db.get("category", ""), "half": db.get("half", ""),
               "before": {"missing": da.get("missing", []), "extra": da.get("extra", []),
                          "patterns": da.get("patterns", []), "reason": da.get("reason")},
               "after": {"missing": db.get("missing", []), "extra": db.get("extra", []),
                         "patterns": db.get("patterns", []), "reason": db.get("reason")}}
        if da["correct"] and not db["correct"]:
            regressed.append(row)
        elif db["correct"] and not da["correct"]:
            improved.append(row)
        elif (da.get("missing"), da.get("extra"), da.get("predicted_label")) != (
                db.get("missing"), db.get("extra"), db.get("predicted_label")):
            changed.append(row)
    return {"improved": improved, "regressed": regressed, "changed": changed}


def render_comparison(cmp: dict) -> str:
    """Markdown summary of a comparison."""
    fully = cmp["records_fully_correct"]
    lines = ["# Benchmark comparison (A → B)", "",
             f"- A: {cmp['a']['gold']} ({cmp['a']['date']}, codebook {cmp['a']['codebook_fingerprint']})",
             f"- B: {cmp['b']['gold']} ({cmp['b']['date']}, codebook {cmp['b']['codebook_fingerprint']})",
             f"- records fully correct: {fully['a']} → {fully['b']} ({_signed(fully['delta'])})",
             f"- verdict: {_verdict(cmp)}", ""]
    if not cmp["same_gold"]:
        lines += ["**Warning: the two reports are on different gold files or record counts.**", ""]
    lines += ["## Levels", "", "| level | " + " | ".join(METRICS) + " |", "|---|" + "---|" * len(METRICS)]
    for level, row in cmp["levels"].items():
        cells = [f"{_num(row[m]['a'])} → {_num(row[m]['b'])} ({_signed(row[m]['delta'])})" for m in METRICS]
        lines.append(f"| {level} | " + " | ".join(cells) + " |")
    lines.append("")
    lines += _halves_lines(cmp.get("halves") or {})
    for level, change in cmp["classes"].items():
        for kind in ("regressed", "improved"):
            if change[kind]:
                lines.append(f"- {level} classes {kind}: " + ", ".join(
                    f"{r['class']} {r['a']:.3f}→{r['b']:.3f}" for r in change[kind]))
    recs = cmp["records"]
    for kind in ("regressed", "improved", "changed"):
        lines += ["", f"## Records {kind} ({len(recs[kind])})", ""]
        for r in recs[kind]:
            half = f" ({r['half']})" if r.get("half") else ""
            lines.append(f"- {r['id']}{half}: missing {r['before']['missing']} → {r['after']['missing']}; "
                         f"extra {r['before']['extra']} → {r['after']['extra']}; patterns "
                         f"{r['before']['patterns']} → {r['after']['patterns']}")
    return "\n".join(lines) + "\n"


def _halves_lines(halves: dict) -> list[str]:
    """A table of the headline measures per half (tune rules on tune, check on check)."""
    if not halves:
        return []
    names = list(dict.fromkeys(n for h in halves.values() for n in h))
    lines = ["## Halves (tune / check: split by a hash of the record id)", "",
             "| measure | " + " | ".join(halves) + " |", "|---|" + "---|" * len(halves)]
    for name in names:
        cells = [f"{_num(h[name]['a'])} → {_num(h[name]['b'])} ({_signed(h[name]['delta'])})" if name in h else ""
                 for h in halves.values()]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines + [""]


def _verdict(cmp: dict) -> str:
    if not cmp["regressed"]:
        return "no regression"
    levels = [k for k, v in cmp["levels"].items() if (v["f1_micro"]["delta"] or 0) < -EPS]
    return (f"REGRESSED ({len(cmp['records']['regressed'])} records no longer correct; "
            f"F1 down at: {', '.join(levels) or 'no level'})")


def _num(x) -> str:
    return f"{x:.3f}" if isinstance(x, float) else str(x)


def _signed(x) -> str:
    if x is None:
        return "n/a"
    return f"{x:+.3f}" if isinstance(x, float) else f"{x:+d}"
