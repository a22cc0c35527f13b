"""Made-up English wire news across the PLOVER categories (modern general news).

    python benchmarks/news_probes.py [--probes benchmarks/news_probes.tsv] [--show] [--half tune]
                                     [--parse-cache DIR] [-o DIR]

Codes every probe sentence of ``news_probes.tsv`` (one document each, with the shipped
codebook and the stanza model of ``$CODER_STANZA_DIR``, as ``coder code`` does; parses are
kept under ``$CODER_CACHE_DIR/parses`` unless ``--parse-cache`` says otherwise, so a re-run
after a rule or codebook edit parses nothing) and scores, per half (tune / check, fixed in the
file before any tuning) and overall:

- root: a sentence expecting an event has an event of the expected CAMEO root; a sentence
  expecting none has no event at all;
- code: the same with the full expected CAMEO code;
- dyad: among sentences whose root is found and whose source or target is checked, that
  event (one of them) carries the expected source and target (a 3-letter expected code
  matches an actor code that starts with it or has it as its agent: "COP" ~ "---COP");
- plover: an event of the expected PLOVER category (sentences expecting a 01x statement, which
  has no PLOVER category, are left out; sentences expecting no event count as for root);
- extra: sentences with an event of a root other than the expected one (noise; lower is better).

``--show`` lists the sentences whose root is missed, with their events (code, source, target,
verb). Like the shared sets, only the tune half is read when looking for causes of misses.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _police_probes():
    """benchmarks/police_probes.py (a script, not a package module), for its coder run."""
    spec = importlib.util.spec_from_file_location("police_probes", ROOT / "benchmarks" / "police_probes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


police_probes = _police_probes()
PROBES = ROOT / "benchmarks" / "news_probes.tsv"
FIELDS = ("half", "cameo", "plover", "source", "target", "class", "text")


def read_probes(path: Path) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        row = dict(zip(FIELDS, line.split("\t")))
        row["id"] = f"n{len(rows):03d}"
        rows.append(row)
    return rows


def default_parse_cache() -> Path:
    return Path(os.environ.get("CODER_CACHE_DIR", Path.home() / ".cache" / "coder")) / "parses"


def code_probes(rows: list[dict], folder: Path, parse_cache: Path) -> dict[str, list[dict]]:
    """Each probe's events, from one ``coder code`` run over the probes as documents (as the
    police probes are coded), parses kept in ``parse_cache``."""
    return police_probes.code_probes(rows, folder, "2024-01-01", ("--parse-cache", str(parse_cache)))


def actor_matches(expected: str, code: str | None) -> bool:
    if expected == "*":
        return True
    code = code or ""
    return code.startswith(expected) or (len(expected) == 3 and code[3:6] == expected)


def judge(row: dict, events: list[dict]) -> dict[str, bool | None]:
    """Per-measure outcome of one probe (None: the measure does not apply)."""
    want = row["cameo"]
    if want == "-":
        none = not events
        return {"root": none, "code": none, "dyad": None, "plover": none, "extra": bool(events)}
    hits = [e for e in events if e["cameo_code"][:2] == want[:2]]
    checked = row["source"] != "*" or row["target"] != "*"
    dyad = (any(actor_matches(row["source"], e["source_code"]) and actor_matches(row["target"], e["target_code"])
                for e in hits) if hits and checked else None)
    plover = (None if row["plover"] == "-" else any(e.get("plover_event") == row["plover"] for e in events))
    return {"root": bool(hits), "code": any(e["cameo_code"] == want for e in events), "dyad": dyad,
            "plover": plover, "extra": any(e["cameo_code"][:2] != want[:2] for e in events)}


MEASURES = ("root", "code", "dyad", "plover", "extra")


def scores(rows: list[dict], events: dict[str, list[dict]], half: str | None) -> dict[str, dict]:
    table = {}
    for m in MEASURES:
        outcomes = [judge(r, events[r["id"]])[m] for r in rows if not half or r["half"] == half]
        outcomes = [o for o in outcomes if o is not None]
        table[m] = {"n": len(outcomes), "hits": sum(outcomes),
                    "rate": sum(outcomes) / len(outcomes) if outcomes else 0.0}
    return table


def main(argv: list[str] | None = None) -> dict:
    ap = police_probes.probe_arguments(__doc__, PROBES, "list the sentences whose root (or dyad) is missed")
    ap.add_argument("--parse-cache", type=Path, default=None, help="parse cache folder "
                    "(default $CODER_CACHE_DIR/parses, else ~/.cache/coder/parses)")
    args = ap.parse_args(argv)
    rows = read_probes(args.probes)
    cache = args.parse_cache or default_parse_cache()
    events, table = police_probes.coded_halves(rows, args.out, lambda rs, folder: code_probes(rs, folder, cache),
                                               scores)
    print(f"{'half':6} " + " ".join(f"{m:>14}" for m in MEASURES))
    for half, by_measure in table.items():
        print(f"{half:6} " + " ".join(f"{s['rate']:6.3f} ({s['hits']:2d}/{s['n']:2d})" for s in by_measure.values()))
    if args.show:
        for row in rows:
            if args.half and row["half"] != args.half:
                continue
            evs = events[row["id"]]
            verdict = judge(row, evs)
            if verdict["root"] and verdict["dyad"] is not False:
                continue
            what = "root" if not verdict["root"] else "dyad"
            print(f"\n{row['id']} {row['half']} [{row['class']}] {what}: want {row['cameo']} "
                  f"{row['source']}->{row['target']}: {row['text']}")
            for e in evs:
                print(f"    {e['cameo_code']:5} {e['source_code'] or '':12} {e['target_code'] or '':12}"
                      f" {e['verb_text']!r} ({e['source_text']} -> {e['target_text']})")
    return table


if __name__ == "__main__":
    main()
