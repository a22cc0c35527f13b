"""The Benchmarks page's work: gold files to choose from, `coder benchmark` run in a background
thread (one at a time) with the workbench's codebook or the command's default, and reports
read and compared."""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
from pathlib import Path
from typing import Any

from coder.serve.config import WorkbenchError
from coder.serve.folders import inside

GOLD_SUFFIXES = (".xml", ".json", ".tsv", ".csv")
PARSES = (None, "", "supplied", "stanza")
CODEBOOKS = ("workbench", "default")


class BenchmarkJobs:
    """Gold files in ``folder``, reports under ``output``; ``codebook`` is the workbench's
    codebook folder (as edited). ``job`` is the last run started (empty before any)."""

    def __init__(self, folder: Path | None, output: Path, codebook: Path, models: Path | None):
        self.folder = folder
        self.output = output
        self.codebook = codebook
        self.models = models
        self.job: dict[str, Any] = {}
        self._starting = threading.Lock()  # two requests at once start one run

    def gold_files(self) -> list[str]:
        root = self.folder
        if not root or not root.is_dir():
            return []
        out = []
        for p in sorted(root.resolve().rglob("*")):
            if p.suffix.lower() in GOLD_SUFFIXES and p.is_file() and p.stat().st_size > 0:
                out.append(p.relative_to(root.resolve()).as_posix())
        return out

    def report_files(self) -> list[str]:
        return [p.relative_to(self.output).as_posix() for p in sorted(self.output.rglob("report.json"))]

    def run(self, gold: str, parses: str | None = None, wait: bool = False, codebook: str = "workbench") -> dict:
        """Start `coder benchmark` on a gold file in a background thread (one at a time), with
        this workbench's codebook (as edited here) or ``codebook="default"``: what `coder
        benchmark` picks (a PETRARCH file's own dictionaries, else the shipped codebook)."""
        with self._starting:
            gold_path = self._checked_gold(gold, parses, codebook)
            name = re.sub(r"[^A-Za-z0-9_.-]+", "-", Path(gold).with_suffix("").as_posix()).strip("-.")
            out_dir = self._new_folder(f"{name}-{dt.datetime.now():%Y%m%d-%H%M%S}")
            job = {"state": "running", "gold": gold, "codebook": codebook, "started": time.time(), "progress": "",
                   "out": None, "error": None, "summary": None}
            self.job = job
        thread = threading.Thread(target=self._work, args=(job, gold_path, parses, codebook, out_dir), daemon=True)
        thread.start()
        if wait:
            thread.join()
        return job

    def _new_folder(self, name: str) -> Path:
        """A report folder of its own: runs started within the same second get a suffix."""
        for n in range(1000):
            folder = self.output / "bench" / (name if n == 0 else f"{name}-{n}")
            try:
                folder.mkdir(parents=True)
                return folder
            except FileExistsError:
                continue
        raise WorkbenchError(f"too many benchmark runs named {name}", 409)

    def _checked_gold(self, gold: str, parses: str | None, codebook: str) -> Path:
        if not self.folder:
            raise WorkbenchError("no benchmark folder given (start with --benchmarks DIR)", 404)
        gold_path = inside(gold, self.folder.resolve())
        if not gold_path.is_file():
            raise WorkbenchError(f"{gold}: no such gold file", 404)
        if parses not in PARSES:
            raise WorkbenchError(f"parses: {parses!r} is not supplied or stanza")
        if codebook not in CODEBOOKS:
            raise WorkbenchError(f"codebook: {codebook!r} is not workbench or default")
        if self.job.get("state") == "running":
            raise WorkbenchError("a benchmark is already running", 409)
        return gold_path

    def _work(self, job: dict, gold_path: Path, parses: str | None, codebook: str, out_dir: Path) -> None:
        from coder.benchmark.report import write_reports
        from coder.benchmark.run import run_benchmark

        try:
            def progress(stage: str, done: int, total: int) -> None:
                job["progress"] = f"{'parsing' if stage == 'parse' else 'coding'} {done}/{total}"

            report = run_benchmark(gold_path, codebook=self.codebook if codebook == "workbench" else None,
                                   models=self.models, parses=parses or None, progress=progress)
            write_reports(report, out_dir)
            job["out"] = out_dir.relative_to(self.output).as_posix()
            job["summary"] = {"records": report["records"], "fully_correct": report["records_fully_correct"],
                              "levels": report["levels"]}
            job["state"] = "done"
        except Exception as exc:  # shown on the page; the server keeps running
            job["error"] = f"{type(exc).__name__}: {exc}"
            job["state"] = "failed"

    def read_report(self, rel: str) -> dict:
        """A report.json under the output folder."""
        from coder.benchmark.compare import load_report

        path = inside(rel, self.output)
        try:
            report = load_report(path) if path.is_file() else None
        except WorkbenchError:
            raise
        except Exception as exc:
            raise WorkbenchError(f"{rel}: cannot read the report: {exc}") from None
        if report is None:
            raise WorkbenchError(f"{rel}: no such report", 404)
        return report

    def compare(self, a: str, b: str) -> tuple[dict, str]:
        from coder.benchmark.compare import compare_reports, load_report, render_comparison
        from coder.benchmark.gold import GoldError

        pa, pb = inside(a, self.output), inside(b, self.output)
        for p, name in ((pa, a), (pb, b)):
            if not p.is_file():
                raise WorkbenchError(f"{name}: no such report", 404)
        try:
            cmp = compare_reports(load_report(pa), load_report(pb))
        except GoldError as exc:  # an unreadable or foreign report.json: the user's file, not a crash
            raise WorkbenchError(str(exc), 400) from None
        return cmp, render_comparison(cmp)
