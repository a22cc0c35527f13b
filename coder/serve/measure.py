"""Timings of the workbench (the README's figures): explaining a typed sentence, saving a
codebook edit and re-coding a cached corpus, re-coding it all, and paging 100,000 events.

    python -m coder.serve.measure CORPUS.conllu [--sentences 2000] [--codebook DIR]

Works on a copy of the codebook in a temporary folder (the given one is never edited).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

EXPLAIN = (
    "Syrian police arrested 12 protesters in Homs.",
    "Turkey withdrew its troops from northern Syria on Tuesday.",
    "The United States criticized Iran over its nuclear program.",
    "Rebels attacked an army base near Aleppo, killing five soldiers.",
    "The foreign ministers of France and Germany met in Paris to discuss the crisis.",
    "Russia said it would send humanitarian aid to Venezuela.",
    "Police fired tear gas at demonstrators in Nairobi.",
    "The UN Security Council condemned the attack.",
    "Iraqi forces recaptured the town from Islamic State fighters.",
    "Protesters gathered outside parliament demanding the resignation of the prime minister.",
)
# (file, entry id, old text, new text): an entry of the codebook edited in place, saved,
# measured, then undone
EDITS = (
    ("actors/modern.yaml", "id: sdf", "code: SYRREB", "code: SYRKRD"),
    ("verbs/core.yaml", "id: core.withdraw", 'code: "080"', 'code: "087"'),
)
EVENTS_ROWS = 100_000
# filters of the Events page timed on the 100,000 rows
EVENT_QUERIES = (
    {"actor": "SYR"},
    {"code": "19", "sort": "date", "desc": "1", "page": "40"},
    {"date_from": "2015-01-01", "date_to": "2016-12-31", "quad": "4"},
)


def main() -> None:
    args = _arguments()
    from starlette.testclient import TestClient

    from coder.codebook import default_codebook_dir
    from coder.serve import ServeConfig, Workbench, create_app

    out: dict = {"date": dt.date.today().isoformat(), "cores": os.cpu_count()}
    work = Path(tempfile.mkdtemp(prefix="coder-serve-measure-"))
    try:
        book = work / "codebook"
        shutil.copytree(args.codebook or default_codebook_dir(), book, ignore=shutil.ignore_patterns("__pycache__"))
        corpus = work / "corpus.conllu"
        out["corpus"] = _first_sentences(args.corpus, args.sentences, corpus)

        started = time.perf_counter()
        bench = Workbench(ServeConfig(codebook=book, output=work / "out", corpus=corpus, models=args.models))
        out["startup_s"] = round(time.perf_counter() - started, 2)
        out["corpus"]["events"] = sum(len(r) for r in bench.records.values())
        client = TestClient(create_app(bench))
        out.update(_time_explaining(client))
        out["edits"] = [_time_edit(bench, *edit) for edit in EDITS]

        started = time.perf_counter()
        full = bench.recode_all()
        out["recode_all_s"] = round(time.perf_counter() - started, 2)
        out["recode_all_changes"] = len(full.changes)
        out["events_100k_page_s"] = _time_events_page(client, work / "out" / "events-100k.parquet")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(out, indent=1))


def _arguments() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="cached parses (.conllu)")
    ap.add_argument("--sentences", type=int, default=2000, help="use the first N sentences (whole documents)")
    ap.add_argument("--codebook", type=Path, default=None, help="codebook folder (default: the shipped one)")
    ap.add_argument("--models", type=Path, default=None)
    return ap.parse_args()


def _first_sentences(source: Path, sentences: int, target: Path) -> dict:
    """Write the first whole documents of ``source`` holding at most ``sentences`` sentences."""
    from coder.parse import read_conllu, write_conllu

    docs, n = [], 0
    for doc in read_conllu(source):
        if n + len(doc.sentences) > sentences:
            break
        docs.append(doc)
        n += len(doc.sentences)
    with target.open("w", encoding="utf-8") as fh:
        write_conllu(docs, fh)
    return {"documents": len(docs), "sentences": n}


def _median_and_max(times: list[float], digits: int = 3) -> dict:
    return {"median": round(statistics.median(times), digits), "max": round(max(times), digits)}


def _time_explaining(client) -> dict:
    started = time.perf_counter()
    client.get("/explain", params={"text": EXPLAIN[0], "date": "2019-08-06"})
    first = round(time.perf_counter() - started, 2)  # loads the parser
    times = []
    for text in EXPLAIN:
        started = time.perf_counter()
        page = client.get("/explain", params={"text": text, "date": "2019-08-06"})
        times.append(time.perf_counter() - started)
        assert page.status_code == 200, page.text[:300]
    return {"explain_first_s": first, "explain_s": _median_and_max(times)}


def _time_edit(bench, rel: str, ident: str, old: str, new: str) -> dict:
    """Save an edit of one entry, then undo it: the timings and the events it changed."""
    line = next(r["line"] for r in bench.search(ident) if r["file"] == rel)
    _kind, entry = bench.entry(rel, line)
    started = time.perf_counter()
    result = bench.save(rel, line, entry.text.replace(old, new, 1))
    total = time.perf_counter() - started
    timed = {
        "file": rel, "edit": f"{ident}: {old} -> {new}", "save_total_s": round(total, 2),
        "codebook_reload_s": round(result.seconds_load, 2), "recode_s": round(result.seconds_code, 2),
        "documents_recoded": result.documents, "added": result.count("added"),
        "removed": result.count("removed"), "changed": result.count("changed"),
    }
    started = time.perf_counter()
    bench.undo()
    timed["undo_total_s"] = round(time.perf_counter() - started, 2)
    return timed


def _time_events_page(client, path: Path) -> dict:
    """Write 100,000 made-up events to ``path`` (in the output folder) and time filtered pages."""
    import pandas as pd

    rows = EVENTS_ROWS
    frame = pd.DataFrame({
        "doc_id": [f"d{i}" for i in range(rows)], "sentence_index": 0,
        "date": [f"20{10 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}" for i in range(rows)],
        "source_code": ["SYR", "TUR", "USA", "IRQ"] * (rows // 4), "target_code": ["TUR", "SYR", "", "USA"] * (rows // 4),
        "cameo_code": ["190", "051", "130", "0874"] * (rows // 4), "quad_class": [4, 1, 3, 4] * (rows // 4),
        "event_type": ["Battles", "", "", "Strategic developments"] * (rows // 4),
        "latitude": [30 + (i % 200) / 10 for i in range(rows)], "longitude": [30 + (i % 170) / 10 for i in range(rows)],
    })
    frame.to_parquet(path)
    client.get("/events", params={"source": path.name})
    times = []
    for params in EVENT_QUERIES:
        started = time.perf_counter()
        page = client.get("/events", params={"source": path.name, **params})
        times.append(time.perf_counter() - started)
        assert page.status_code == 200
    return _median_and_max(times)


if __name__ == "__main__":
    main()
