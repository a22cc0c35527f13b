"""Writing a benchmark report as ``report.json``, ``report.md`` and a self-contained
``report.html`` (tables plus base64-embedded PNG plots)."""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import platform
import sys
from pathlib import Path

from coder.benchmark import plots
from coder.benchmark.confidence import table_rows as confidence_rows
from coder.benchmark.halves import rows as half_rows
from coder.benchmark.penta import summary_rows as penta_rows

HEADLINE_KEYS = ("precision", "recall", "f1_micro", "f1_macro", "f1_weighted", "support")
MAX_DIFFS_MD = 300  # failed records listed in report.md (report.json has all)


def run_metadata(codebook=None, codebook_path: str | None = None) -> dict:
    """Command, date, machine and codebook fingerprint of this run."""
    return {
        "command": " ".join([Path(sys.argv[0]).name, *sys.argv[1:]]) if sys.argv else "",
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": {"node": platform.node(), "platform": platform.platform(),
                    "python": platform.python_version(), "cpus": os.cpu_count()},
        "codebook": {"path": codebook_path, "name": getattr(codebook, "name", None),
                     "fingerprint": getattr(codebook, "fingerprint", None)},
        "codebook_fingerprint": getattr(codebook, "fingerprint", None),
    }


def write_reports(report: dict, out_dir: str | Path) -> list[Path]:
    """Write the three report files; returns their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / "report.json", out / "report.md", out / "report.html"]
    paths[0].write_text(json.dumps(report, indent=1, ensure_ascii=False, default=str) + "\n",
                        encoding="utf-8")
    paths[1].write_text(render_markdown(report), encoding="utf-8")
    paths[2].write_text(render_html(report), encoding="utf-8")
    return paths


# --------------------------------------------------------------------------- shared tables

def _fmt(value) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _tables(report: dict) -> list[tuple[str, list[str], list[list]]]:
    """(title, header, rows) of every summary table, shared by Markdown and HTML."""
    tables = [("Summary", ["measure", "value"], [
        ["records", report["records"]],
        ["records fully correct", f"{report['records_fully_correct']} ({report['fully_correct_rate']:.1%})"],
        ["gold events", report["gold_events"]], ["predicted events", report["predicted_events"]],
        ["records with parse/coding errors", report["records_with_errors"]],
        *([["gold records unscored (unreadable)", report["records_unscored"]]] if report.get("records_unscored") else []),
    ])]
    if report.get("penta"):
        tables.append(("Penta class", ["measure", "value"], penta_rows(report["penta"])))
    if report.get("halves"):
        tables.append(("Tune / check halves (split by a hash of the record id)",
                       ["measure", "all", "tune", "check"], half_rows(report["halves"])))
    if report.get("confidence"):
        tables.append((f"Confidence thresholds — {report['confidence']['level']} (every predicted event)",
                       ["confidence", "predicted", "P", "R", "F1"], confidence_rows(report["confidence"])))
    levels = report.get("levels", {})
    tables.append(("Levels", ["level", *HEADLINE_KEYS],
                   [[name, *(s[k] for k in HEADLINE_KEYS)] for name, s in levels.items()]))
    if report.get("actors"):
        tables.append(("Actor attributes", ["attribute", "correct", "total", "accuracy"],
                       [[k, v["correct"], v["total"], v["accuracy"]] for k, v in report["actors"].items()]))
    if report.get("fatalities"):
        f = report["fatalities"]
        tables.append(("Fatalities", ["records", "exact", "within 1"],
                       [[f["records"], f["exact"], f["within_1"]]]))
    if report.get("non_acled"):
        na = report["non_acled"]
        tables.append((f"Non-ACLED classes (abstained {na['abstained']}/{na['records']})",
                       ["class", "support", "abstained", "coded instead"],
                       [[k, v["support"], v["abstained"],
                         ", ".join(f"{p}: {n}" for p, n in v["predicted"].items())]
                        for k, v in na["classes"].items()]))
    if report.get("failure_reasons"):
        tables.append(("Failure reasons", ["reason", "records"],
                       [[k, v] for k, v in report["failure_reasons"].items()]))
    if report.get("categories"):
        rows = []
        for name, c in report["categories"].items():
            level = next((k for k in ("dyad", *levels) if k in c), None)
            scores = c.get(level, {}) if level else {}
            rows.append([name, c["records"], c["fully_correct"],
                         scores.get("precision", ""), scores.get("recall", ""),
                         scores.get("f1_micro", ""),
                         ", ".join(f"{k}: {v}" for k, v in c["failure_reasons"].items())])
        tables.append(("Per category", ["category", "records", "fully correct", "P", "R", "F1",
                                        "failure reasons"], rows))
    for level, classes in report.get("per_class", {}).items():
        if level == "dyad":
            continue
        rows = [[name, v["support"], v["predicted"], v["precision"], v["recall"], v["f1"]]
                for name, v in sorted(classes.items(), key=lambda kv: (-kv[1]["support"], kv[0]))]
        tables.append((f"Per class — {level}", ["class", "support", "predicted", "P", "R", "F1"], rows))
    return tables


def _failed(report: dict) -> list[dict]:
    return [d for d in report.get("records_diff", []) if not d["correct"]]


def _events_text(events: list) -> str:
    return "; ".join("/".join(str(x) for x in e) if isinstance(e, list) else str(e) for e in events) or "—"


# --------------------------------------------------------------------------- Markdown

def render_markdown(report: dict) -> str:
    meta = report.get("meta", {})
    lines = [f"# Benchmark: {Path(report.get('gold', '')).name} ({report.get('format')})", ""]
    if meta:
        cb = meta.get("codebook", {})
        lines += [f"- command: `{meta.get('command', '')}`", f"- date: {meta.get('date', '')}",
                  f"- codebook: {cb.get('path')} (fingerprint {cb.get('fingerprint')})",
                  f"- parses: {meta.get('parses')}", ""]
    for title, header, rows in _tables(report):
        lines += [f"## {title}", "", "| " + " | ".join(header) + " |",
                  "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(_fmt(c).replace("|", "\\|") for c in row) + " |" for row in rows]
        lines.append("")
    failed = _failed(report)
    if failed:
        lines += [f"## Failed records ({len(failed)})", "",
                  "| id | reason | missing (gold) | extra (coded) | patterns |", "|---|---|---|---|---|"]
        for d in failed[:MAX_DIFFS_MD]:
            missing = _events_text(d.get("missing", []))
            extra = _events_text(d.get("extra", []))
            if "gold_label" in d:
                missing, extra = str(d["gold_label"]), str(d.get("predicted_label"))
            lines.append(f"| {d['id']} | {d.get('reason', '')} | {missing} | {extra} | "
                         f"{', '.join(d.get('patterns', []))} |".replace("\n", " "))
        if len(failed) > MAX_DIFFS_MD:
            lines.append(f"\n… {len(failed) - MAX_DIFFS_MD} more in report.json")
        lines.append("")
    if report.get("warnings"):
        lines += ["## Gold warnings", ""] + [f"- {w}" for w in report["warnings"]] + [""]
    if report.get("unscored"):
        lines += ["## Unscored gold records", ""] + [f"- {u['id']}: {u['reason']}" for u in report["unscored"]] + [""]
    return "\n".join(lines)


# --------------------------------------------------------------------------- HTML

_STYLE = """body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}
table{border-collapse:collapse;margin:0.5em 0 1.5em}td,th{border:1px solid #ccc;padding:2px 8px;
font-size:13px;text-align:left}th{background:#eee}img{max-width:100%}code{background:#f4f4f4}
details{margin-bottom:1em}"""


def _html_table(header: list[str], rows: list[list]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(_fmt(c))}</td>" for c in row) + "</tr>"
                   for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def figures(report: dict) -> list[tuple[str, str]]:
    """(caption, base64 PNG) per plot: F1 bars and confusion heatmaps per label level."""
    out = []
    curve = plots.confidence_curve(report.get("confidence") or {})
    if curve:
        out.append((f"Precision and recall by confidence threshold, {report['confidence']['level']}", curve))
    for level, classes in report.get("per_class", {}).items():
        if level == "dyad":
            continue
        bars = plots.f1_bars(level, classes)
        if bars:
            out.append((f"Per-class F1, {level}", bars))
        heat = plots.confusion_heatmap(level, report.get("confusion", {}).get(level, {}))
        if heat:
            out.append((f"Confusion matrix, {level} (∅: missed / spurious)", heat))
    return out


def render_html(report: dict) -> str:
    meta = report.get("meta", {})
    title = f"Benchmark: {Path(report.get('gold', '')).name} ({report.get('format')})"
    parts = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
             f"<style>{_STYLE}</style></head><body><h1>{html.escape(title)}</h1>"]
    if meta:
        cb = meta.get("codebook", {})
        parts.append("<ul>" + "".join(f"<li>{html.escape(k)}: <code>{html.escape(str(v))}</code></li>"
                                      for k, v in [("command", meta.get("command")),
                                                   ("date", meta.get("date")),
                                                   ("codebook", cb.get("path")),
                                                   ("fingerprint", cb.get("fingerprint")),
                                                   ("parses", meta.get("parses"))]) + "</ul>")
    for title_, header, rows in _tables(report):
        parts.append(f"<h2>{html.escape(title_)}</h2>{_html_table(header, rows)}")
    for caption, png in figures(report):
        parts.append(f"<figure><img alt='{html.escape(caption)}' src='data:image/png;base64,{png}'>"
                     f"<figcaption>{html.escape(caption)}</figcaption></figure>")
    failed = _failed(report)
    if failed:
        parts.append(f"<h2>Failed records ({len(failed)})</h2>")
        for d in failed:
            gold = d.get("gold_label") if "gold_label" in d else _events_text(d.get("missing", []))
            got = d.get("predicted_label") if "gold_label" in d else _events_text(d.get("extra", []))
            parts.append(
                f"<details><summary><b>{html.escape(d['id'])}</b> — {html.escape(d.get('reason', ''))}"
                f"</summary><p>{html.escape(d['text'])}</p>"
                f"<p>missing (gold): <code>{html.escape(str(gold))}</code><br>"
                f"extra (coded): <code>{html.escape(str(got))}</code><br>"
                f"patterns: <code>{html.escape(', '.join(d.get('patterns', [])))}</code>"
                + (f"<br>error: <code>{html.escape(d['error'])}</code>" if d.get("error") else "")
                + "</p></details>")
    parts.append("</body></html>")
    return "\n".join(parts)
