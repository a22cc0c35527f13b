"""`coder benchmark`: score the coder on hand-coded gold, or compare two reports."""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Tuple

import typer

from coder.errors import CoderError


def benchmark_command(
    gold: Optional[Path] = typer.Argument(None, help="gold file (PETRARCH XML, PLOVER JSON, CASE 2021 TSV, CSV) "
                                                       "or ConfliBERT CAMEO folder"),
    format: Optional[str] = typer.Option(None, "--format", "-f",
                                         help="petrarch | plover | case2021 | conflibert | csv "
                                              "(default: guessed from the file)"),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="folder for report.json, report.md, report.html "
                                               "(default: benchmark-report; with --compare: "
                                               "compare.json, compare.md)"),
    codebook: Optional[Path] = typer.Option(None, "--codebook",
                                            help="codebook folder (default: the PETRARCH <Environment> "
                                                 "dictionaries for PETRARCH gold, else the shipped codebook)"),
    models: Optional[Path] = typer.Option(None, "--models", envvar="CODER_STANZA_DIR",
                                          help="stanza model folder (default: $CODER_STANZA_DIR)"),
    parses: Optional[str] = typer.Option(None, "--parses",
                                         help="supplied | stanza (default: supplied when the gold carries parses)"),
    compare: Optional[Tuple[Path, Path]] = typer.Option(None, "--compare", help="compare two report.json files: A B"),
    lower_case: bool = typer.Option(False, "--lower-case",
                                    help="code every text written in lower case (robustness to lower-case "
                                         "news; parses with stanza)"),
) -> None:
    """Measure the coder against hand-coded samples, or (--compare A.json B.json) see what
    changed; --compare exits with status 1 when anything regressed."""
    try:
        if compare:
            if _compare(compare[0], compare[1], output):
                raise typer.Exit(1)
            return
        if gold is None:
            raise typer.BadParameter("give a GOLD file, or --compare A.json B.json")
        _benchmark(gold, format, output or Path("benchmark-report"), codebook, models, parses, lower_case)
    except CoderError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


def _benchmark(gold: Path, fmt: str | None, output: Path, codebook: Path | None,
               models: Path | None, parses: str | None, lower_case: bool = False) -> None:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from coder.benchmark.report import write_reports
    from coder.benchmark.run import run_benchmark

    console = Console(stderr=True)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), console=console, transient=True) as bar:
        tasks: dict[str, int] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task("parsing" if stage == "parse" else "coding", total=total)
            bar.update(tasks[stage], completed=done)

        report = run_benchmark(gold, fmt=fmt, codebook=codebook, models=models, parses=parses,
                               progress=progress, lower_case=lower_case)
    paths = write_reports(report, output)
    _print_summary(console, report)
    console.print("wrote " + ", ".join(str(p) for p in paths))


def _print_summary(console, report: dict) -> None:
    from rich.table import Table

    console.print(f"{report['records']} records, {report['records_fully_correct']} fully correct "
                  f"({report['fully_correct_rate']:.1%})")
    if report.get("records_unscored"):
        console.print(f"{report['records_unscored']} gold records unreadable, left unscored (reasons in the report)")
    table = Table("level", "P", "R", "F1 micro", "F1 macro", "F1 weighted", "support")
    for name, s in report["levels"].items():
        table.add_row(name, *(f"{s[k]:.3f}" for k in ("precision", "recall", "f1_micro", "f1_macro",
                                                       "f1_weighted")), str(s["support"]))
    console.print(table)


def _compare(a: Path, b: Path, output: Path | None) -> bool:
    """Print (and with -o write) the comparison; True when B regressed."""
    import json

    from coder.benchmark.compare import compare_reports, load_report, render_comparison

    cmp = compare_reports(load_report(a), load_report(b))
    text = render_comparison(cmp)
    typer.echo(text)
    if output is not None:
        output.mkdir(parents=True, exist_ok=True)
        (output / "compare.json").write_text(json.dumps(cmp, indent=1, ensure_ascii=False) + "\n",
                                             encoding="utf-8")
        (output / "compare.md").write_text(text, encoding="utf-8")
    return cmp["regressed"]
