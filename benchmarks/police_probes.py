"""Killings and arrests in made-up police news (Indian English, much of it lower case).

    python benchmarks/police_probes.py [--probes benchmarks/police_probes.tsv] [--show] [-o DIR]

Codes every probe sentence of ``police_probes.tsv`` (one document each, with the shipped
codebook and the stanza model of ``$CODER_STANZA_DIR``, as ``coder code`` does) and scores two
sentence labels against the expected ones, per half (tune / check, fixed in the file before
any tuning) and overall:

- KILL: an event whose CAMEO code is a killing (1823 killed by assault, 183x bombings, 186
  assassination, 19x conventional force, which the codebook gives killings and deaths, 20x mass
  violence);
- ARREST: an event coded 173 (arrest, detain).

``--show`` lists each sentence whose labels differ from the expected ones with its events
(code, source, target, verb). The probes are a measurement of recall and noise on a kind of
news no shared set holds; like the shared sets, only the tune half is read when looking for
causes of misses.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBES = ROOT / "benchmarks" / "police_probes.tsv"


def is_kill(code: str) -> bool:
    """A killing or deadly force by the codebook's convention (19x for deaths and killings)."""
    return code == "1823" or code.startswith(("183", "186", "19", "20"))


def is_arrest(code: str) -> bool:
    return code == "173"


LABELS = {"KILL": ("K", is_kill), "ARREST": ("A", is_arrest)}


def read_probes(path: Path) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        half, labels, text = line.split("\t")
        rows.append({"id": f"p{len(rows):03d}", "half": half, "labels": "" if labels == "-" else labels,
                     "text": text})
    return rows


def code_probes(rows: list[dict], folder: Path, date: str = "2020-01-01",
                options: tuple[str, ...] = ()) -> dict[str, list[dict]]:
    """Each probe's events, from one ``coder code`` run (with ``options``) over the probes as
    documents of ``date``."""
    src = folder / "probes.jsonl"
    src.write_text("".join(json.dumps({"id": r["id"], "text": r["text"], "date": date}) + "\n"
                           for r in rows), encoding="utf-8")
    out = folder / "events.jsonl"
    coder = Path(sys.executable).with_name("coder")
    subprocess.run([str(coder), "code", str(src), "-o", str(out), *options], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ))
    events: dict[str, list[dict]] = {r["id"]: [] for r in rows}
    for line in out.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        events.setdefault(event["doc_id"], []).append(event)
    return events


def scores(rows: list[dict], events: dict[str, list[dict]], half: str | None) -> dict[str, dict]:
    result = {}
    for name, (letter, test) in LABELS.items():
        tp = fp = fn = 0
        for row in rows:
            if half and row["half"] != half:
                continue
            want = letter in row["labels"]
            got = any(test(e["cameo_code"]) for e in events[row["id"]])
            tp += want and got
            fp += got and not want
            fn += want and not got
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        result[name] = {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}
    return result


def probe_arguments(doc: str, probes: Path, show: str) -> argparse.ArgumentParser:
    """The options of a probe script: --probes, --show, --half, -o."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--probes", type=Path, default=probes)
    ap.add_argument("--show", action="store_true", help=show)
    ap.add_argument("--half", choices=("tune", "check"), help="with --show: only this half")
    ap.add_argument("-o", "--out", type=Path, help="keep the input, events and scores (JSON) here")
    return ap


def coded_halves(rows: list[dict], out: Path | None, code, score) -> tuple[dict, dict]:
    """(events per probe, scores per half and overall): ``code(rows, folder)`` codes the probes
    in a folder (``out``, else a temporary one), ``score(rows, events, half)`` scores a half;
    with ``out`` the scores are kept there as scores.json."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = out or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        events = code(rows, folder)
        table = {half or "all": score(rows, events, half) for half in ("tune", "check", None)}
        if out:
            (folder / "scores.json").write_text(json.dumps(table, indent=1), encoding="utf-8")
    return events, table


def main(argv: list[str] | None = None) -> None:
    args = probe_arguments(__doc__, PROBES, "list the sentences coded otherwise than expected").parse_args(argv)
    rows = read_probes(args.probes)
    events, table = coded_halves(rows, args.out, code_probes, scores)
    print(f"{'half':6} {'label':7} {'P':>6} {'R':>6} {'F1':>6}   tp fp fn")
    for half, by_label in table.items():
        for name, s in by_label.items():
            print(f"{half:6} {name:7} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}"
                  f"   {s['tp']:2d} {s['fp']:2d} {s['fn']:2d}")
    if args.show:
        for row in rows:
            if args.half and row["half"] != args.half:
                continue
            evs = events[row["id"]]
            got = "".join(letter for letter, test in LABELS.values() if any(test(e["cameo_code"]) for e in evs))
            if sorted(got) != sorted(row["labels"]):
                print(f"\n{row['id']} {row['half']} want {row['labels'] or '-'} got {got or '-'}: {row['text']}")
                for e in evs:
                    print(f"    {e['cameo_code']:5} {e['source_code'] or '':12} {e['target_code'] or '':12}"
                          f" {e['verb_text']!r} ({e['source_text']} -> {e['target_text']})")


if __name__ == "__main__":
    main()
