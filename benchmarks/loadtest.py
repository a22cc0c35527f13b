"""Load test (`make loadtest`): 10,000 documents, 5% of them broken in every way the readers
know, coded by `coder code` on a folder → every document accounted for.

The corpus is generated under OUT/corpus: valid documents are hand-built UD parses
(CoNLL-U, so no stanza time is spent) in .conllu and .conllu.gz files, plus documents with an
empty text in JSONL and CSV (no-event). Broken documents: invalid JSON, non-UTF-8 JSONL lines,
records without text, impossible dates, documents over the size and word limits, CSV rows
with too few fields, CSV rows in another encoding, malformed CoNLL-U (bad HEAD, cycles, a
non-UTF-8 line), binary .txt files, truncated .txt.gz downloads and unsupported file types.

The run is `coder code OUT/corpus -o OUT/events.csv --encoding utf-8` in a child process (the
small test codebook unless --codebook; strict UTF-8, so that the legacy-encoded rows count as
broken rather than being decoded with a detected encoding), timed, with its peak memory (max RSS). The check: rows in
OUT/events.documents.csv = documents generated; coded + no-event + rejected = documents;
rejected = broken documents generated, each with a reason naming its file.

    python benchmarks/loadtest.py [--out out/loadtest] [--documents 10000] [--broken 0.05]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coder.doc import Document, Sentence, Token  # noqa: E402
from coder.parse import write_conllu  # noqa: E402

# (text, upos, head, deprel, lemma) per word: two made-up clauses the small codebook codes
TEMPLATES = [
    [("Arnor", "PROPN", 2, "nsubj", "Arnor"), ("attacked", "VERB", 0, "root", "attack"),
     ("Gondor", "PROPN", 2, "obj", "Gondor"), (".", "PUNCT", 2, "punct", ".")],
    [("Rohan", "PROPN", 2, "nsubj", "Rohan"), ("slept", "VERB", 0, "root", "sleep"),
     ("peacefully", "ADV", 2, "advmod", "peacefully"), (".", "PUNCT", 2, "punct", ".")],
]
BROKEN_KINDS = ("jsonl-invalid-json", "jsonl-not-utf8", "jsonl-no-text", "jsonl-bad-date", "jsonl-too-big",
                "csv-short-row", "csv-bad-date", "csv-not-utf8", "conllu-bad-head", "conllu-cycle",
                "conllu-not-utf8", "txt-binary", "txt-too-many-words", "txt-gz-truncated", "unsupported-type")
MAX_TOKENS = 2_000  # the run's --max-tokens and --max-document-bytes, so that documents over
MAX_BYTES = 100_000  # a limit stay small


def document(doc_id: str, n: int) -> Document:
    words = TEMPLATES[n % len(TEMPLATES)]
    tokens, offset = [], 0
    for i, (text, upos, head, rel, lemma) in enumerate(words, start=1):
        tokens.append(Token(i, text, lemma, upos, "_", (), head, rel, offset, offset + len(text)))
        offset += len(text) + 1
    text = " ".join(w[0] for w in words)
    return Document(doc_id, text, (Sentence(doc_id, 0, text, tuple(tokens), 0, len(text)),))


def conllu(docs: list[Document]) -> bytes:
    buf = io.StringIO()
    write_conllu(docs, buf)
    return buf.getvalue().encode("utf-8")


def generate(folder: Path, total: int, broken_share: float) -> dict[str, int]:
    """Write the corpus; returns the expected counts (documents, broken per kind, empty)."""
    folder.mkdir(parents=True, exist_ok=True)
    broken = round(total * broken_share)
    per_kind = {k: broken // len(BROKEN_KINDS) + (1 if i < broken % len(BROKEN_KINDS) else 0)
                for i, k in enumerate(BROKEN_KINDS)}
    empty = min(200, total - broken)
    valid = total - broken - empty
    # valid parsed documents: 100 per file, every other file gzip-compressed
    for f, start in enumerate(range(0, valid, 100)):
        docs = [document(f"v{n}", n) for n in range(start, min(valid, start + 100))]
        data = conllu(docs)
        if f % 2:
            (folder / f"parsed-{f:04d}.conllu.gz").write_bytes(gzip.compress(data))
        else:
            (folder / f"parsed-{f:04d}.conllu").write_bytes(data)
    # JSONL: empty texts (no-event) and the broken JSONL kinds, interleaved
    lines: list[bytes] = []
    for n in range(empty // 2):
        lines.append(json.dumps({"id": f"e{n}", "text": ""}).encode())
    for n in range(per_kind["jsonl-invalid-json"]):
        lines.append(b'{"id": "cut' + str(n).encode() + b'", "text": "Arnor att')
    for n in range(per_kind["jsonl-not-utf8"]):
        lines.append(f'{{"id": "l1-{n}", "text": "Gondor été"}}'.encode("latin-1"))
    for n in range(per_kind["jsonl-no-text"]):
        lines.append(json.dumps({"id": f"nt{n}", "body": "Arnor attacked Gondor."}).encode())
    for n in range(per_kind["jsonl-bad-date"]):
        lines.append(json.dumps({"id": f"bd{n}", "text": "Arnor attacked Gondor.", "date": "2019-02-30"}).encode())
    for n in range(per_kind["jsonl-too-big"]):
        lines.append(json.dumps({"id": f"big{n}", "text": "x" * (MAX_BYTES + 50_000)}).encode())
    (folder / "wire.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    # CSV: empty texts and the broken CSV kinds
    rows = [b"id,text,date"]
    rows += [f"c{n},,2019-08-06".encode() for n in range(empty - empty // 2)]
    rows += [f"short{n}".encode() for n in range(per_kind["csv-short-row"])]
    rows += [f"cd{n},Arnor attacked Gondor.,someday".encode() for n in range(per_kind["csv-bad-date"])]
    rows += [f"cl{n},Gondor a été attaqué.,2019-08-06".encode("latin-1") for n in range(per_kind["csv-not-utf8"])]
    (folder / "sheet.csv").write_bytes(b"\n".join(rows) + b"\n")
    # malformed CoNLL-U documents, in files of their own
    good = conllu([document("tmp", 0)]).decode()
    bad_head = good.replace("\t2\tobj\t", "\t9\tobj\t")
    cycle = good.replace("\t0\troot\t", "\t3\troot\t")  # attacked → Gondor → attacked
    for n in range(per_kind["conllu-bad-head"]):
        (folder / f"badhead-{n}.conllu").write_text(bad_head.replace("= tmp", f"= bh{n}"))
    for n in range(per_kind["conllu-cycle"]):
        (folder / f"cycle-{n}.conllu").write_text(cycle.replace("= tmp", f"= cy{n}"))
    for n in range(per_kind["conllu-not-utf8"]):
        (folder / f"latin-{n}.conllu").write_bytes(good.replace("= tmp", f"= lu{n}").encode().replace(
            b"Gondor\tGondor", b"G\xf6ndor\tGondor"))
    for n in range(per_kind["txt-binary"]):
        (folder / f"scan-{n}.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    for n in range(per_kind["txt-too-many-words"]):
        (folder / f"long-{n}.txt").write_text("word " * (MAX_TOKENS + 10))
    for n in range(per_kind["txt-gz-truncated"]):
        packed = gzip.compress(("Arnor attacked Gondor. " * 400).encode())
        (folder / f"cut-{n}.txt.gz").write_bytes(packed[: len(packed) // 2])
    for n in range(per_kind["unsupported-type"]):
        (folder / f"report-{n}.pdf").write_bytes(b"%PDF-1.4\n")
    return {"documents": total, "broken": broken, "empty": empty, "valid": valid, **per_kind}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "loadtest")
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--broken", type=float, default=0.05)
    parser.add_argument("--codebook", default=str(ROOT / "tests" / "fixtures" / "codebook_small"))
    args = parser.parse_args(argv)
    corpus = args.out / "corpus"
    if corpus.exists():
        import shutil

        shutil.rmtree(corpus)
    expected = generate(corpus, args.documents, args.broken)
    out = args.out / "events.csv"
    command = [sys.executable, "-m", "coder.cli", "code", str(corpus), "-o", str(out), "--codebook", args.codebook,
               "--max-tokens", str(MAX_TOKENS), "--max-document-bytes", str(MAX_BYTES),
               "--encoding", "utf-8"]  # strict: rows in another encoding are broken, not re-decoded
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if done.returncode != 0:
        print(done.stdout, done.stderr, file=sys.stderr)
        return 1
    import pandas as pd

    statuses = pd.read_csv(out.with_name("events.documents.csv"), dtype=str, keep_default_na=False)
    counts = statuses.status.value_counts().to_dict()
    rejects = [json.loads(line) for line in out.with_name("events.rejects.jsonl").read_text().splitlines()]
    read_rejects = [r for r in rejects if r.get("record") is None]
    summary = {
        "date": time.strftime("%Y-%m-%d"), "machine": f"{platform.node()} {platform.machine()}, {os.cpu_count()} cpus",
        "command": " ".join(command[1:]), "seconds": round(seconds, 1), "peak_rss_mib": round(peak_mib, 1),
        "documents_per_second": round(args.documents / seconds, 1),
        "expected": expected, "statuses": counts, "status_rows": len(statuses),
        "rejects_naming_their_file": sum(1 for r in read_rejects if str(corpus) in r["reason"]),
        "events": int(pd.read_csv(out, usecols=["doc_id"]).shape[0]),
        "summary_line": done.stdout.strip().splitlines()[0] if done.stdout.strip() else "",
    }
    checks = {
        "every document has a status row": len(statuses) == expected["documents"],
        "coded + no-event + rejected = documents": sum(counts.values()) == expected["documents"],
        "rejected = broken documents": counts.get("rejected", 0) == expected["broken"],
        "coded = valid documents with an event (every other one)": counts.get("coded", 0) == (expected["valid"] + 1) // 2,
        "no-event = empty documents + valid ones without an event":
            counts.get("no-event", 0) == expected["empty"] + expected["valid"] // 2,
        "each rejected document names its file": summary["rejects_naming_their_file"] == expected["broken"],
        "doc ids unique": statuses.doc_id.is_unique,
    }
    summary["checks"] = checks
    (args.out / "summary.json").write_text(json.dumps(summary, indent=1) + "\n")
    print(json.dumps(summary, indent=1))
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
