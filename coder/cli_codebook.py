"""`coder codebook ...` commands (and `coder coverage`): thin wrappers over the library."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from coder.codebook import validate_codebook

app = typer.Typer(help="Validate, inspect, lint and import codebooks.", no_args_is_help=True)

SHARED_PETRARCH = Path(__file__).resolve().parents[2] / "shared" / "reference" / "petrarch2"


@app.command("validate")
def validate(
    codebook: Optional[Path] = typer.Argument(None, help="codebook folder or codebook.yaml (default: the shipped one)"),
    strict: bool = typer.Option(False, help="treat warnings as errors"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="print errors only, not warnings"),
    as_json: bool = typer.Option(False, "--json", help="print the problems as JSON (code, kind, severity, "
                                                       "file, line, path, message) on stdout"),
) -> None:
    """Check every codebook file (schema, then semantic checks); report file:line for each problem."""
    problems = validate_codebook(codebook)
    errors = [p for p in problems if p.severity == "error" or strict]
    shown = [p for p in problems if not quiet or p in errors]
    if as_json:
        typer.echo(problems_json(shown))
    else:
        for p in shown:
            typer.echo(str(p), err=True)
        typer.echo(f"{len(errors)} error(s), {len(problems) - len(errors)} warning(s)")
    if errors:
        raise typer.Exit(1)


def problems_json(problems: list) -> str:
    """Problems as a JSON list of objects with their catalogue code and kind."""
    import json

    return json.dumps([p.as_dict() for p in problems], indent=1, ensure_ascii=False)


@app.command("stats")
def stats(
    codebook: Optional[Path] = typer.Argument(None, help="codebook folder (default: the shipped one)"),
    as_json: bool = typer.Option(False, "--json", help="print JSON instead of a table"),
) -> None:
    """Counts of codes, actors, agents, verbs and patterns, and patterns by CAMEO root."""
    import json

    from coder.codebook import load_codebook

    book = load_codebook(codebook)
    numbers = book.stats()
    if as_json:
        typer.echo(json.dumps(numbers, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"codebook {book.name}")
    table.add_column("item")
    table.add_column("count", justify="right")
    for key, value in numbers.items():
        if not isinstance(value, dict):
            table.add_row(key.replace("_", " "), str(value))
    roots = Table(title="patterns by CAMEO root")
    roots.add_column("root")
    roots.add_column("name")
    roots.add_column("patterns", justify="right")
    for root, count in numbers["patterns_by_root"].items():
        code = book.cameo_code(root)
        roots.add_row(root, code.name if code else "", str(count))
    console = Console()
    console.print(table)
    console.print(roots)


@app.command("lint")
def lint(
    codebook: Optional[Path] = typer.Argument(None, help="codebook folder (default: the shipped one)"),
    summary: bool = typer.Option(False, "--summary", help="only counts by kind of warning"),
    limit: int = typer.Option(0, help="print at most this many warnings (0: all)"),
    as_json: bool = typer.Option(False, "--json", help="print the warnings as JSON (code, kind, file, line, ...)"),
) -> None:
    """Style and quality warnings: stopword names, shadowed names, verbs in several blocks,
    pattern words that can never match, unused synsets."""
    from coder.lint import lint_codebook, summarize

    problems = lint_codebook(codebook)
    if as_json:
        typer.echo(problems_json(problems[: limit or None]))
        return
    if not summary:
        for p in problems[: limit or None]:
            typer.echo(str(p))
    for kind, count in summarize(problems).items():
        typer.echo(f"{count:6d}  {kind}")
    typer.echo(f"{len(problems)} warning(s)")


@app.command("import-petrarch")
def import_petrarch(
    out: Optional[Path] = typer.Option(None, "--out", "-o",
                                       help="write a complete codebook folder here; default: regenerate "
                                            "codebooks/imported/ of the shipped codebook"),
    source: Path = typer.Option(SHARED_PETRARCH, "--source", help="folder with the PETRARCH dictionaries"),
    verbs: List[Path] = typer.Option([], "--verbs", help="verb dictionary (repeatable); with --out"),
    actors: List[Path] = typer.Option([], "--actors", help="actor dictionary (repeatable); with --out"),
    agents: List[Path] = typer.Option([], "--agents", help="agent dictionary (repeatable); with --out"),
    discards: List[Path] = typer.Option([], "--discards", help="discard list (repeatable); with --out"),
    issues: List[Path] = typer.Option([], "--issues", help="issue dictionary (repeatable); with --out"),
    countries: bool = typer.Option(False, help="with --out: add built-in country names"),
    ontology: Optional[Path] = typer.Option(None, help="with --out: PETRARCH internal coding ontology "
                                                       "(PETR.Internal.Coding.Ontology.txt) for negation codes"),
    show_skipped: int = typer.Option(20, help="list this many unconverted items per file (-1: all)"),
) -> None:
    """Convert PETRARCH-2 dictionaries to codebook YAML and report what could not be converted."""
    from coder.codebook import default_codebook_dir
    from coder.importers.petrarch import PETRARCH_DEFAULT_FILES, build_codebook, import_default

    if out is None:
        if any([verbs, actors, agents, discards, issues, ontology]):
            raise typer.BadParameter("name dictionaries only together with --out")
        missing = [n for names in PETRARCH_DEFAULT_FILES.values() for n in names if not (source / n).is_file()]
        if missing:
            raise typer.BadParameter(f"not in {source}: {', '.join(missing)}", param_hint="--source")
        report = import_default(source, default_codebook_dir())
    else:
        if not verbs and not actors:
            raise typer.BadParameter("give at least one --verbs or --actors file")
        report = build_codebook(out, verbs=verbs, actors=actors, agents=agents, discards=discards,
                                issues=issues, countries=countries, ontology=ontology)
    for rep in report.files.values():
        shown = rep.skipped if show_skipped < 0 else rep.skipped[:show_skipped]
        for item in shown:
            typer.echo(f"  skipped {item}", err=True)
        if len(shown) < len(rep.skipped):
            typer.echo(f"  ... and {len(rep.skipped) - len(shown)} more in {rep.file}", err=True)
    for line in report.summary_lines():
        typer.echo(line)
    typer.echo(f"written to {report.out_dir}")


@app.command("import-cameo")
def import_cameo(
    csv_file: Path = typer.Argument(..., help="CAMEO code table CSV (icews data-raw/cameo-codes.csv layout)"),
    plover: Optional[Path] = typer.Option(None, help="cameo2plover table (PLOVER manual)"),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="output YAML (default: the shipped cameo.yaml)"),
) -> None:
    """Build the CAMEO code table codebook file from the CSV (and PLOVER mappings)."""
    from coder.codebook import default_codebook_dir
    from coder.importers.cameo_table import write_cameo_table

    target = out or default_codebook_dir() / "cameo.yaml"
    count = write_cameo_table(csv_file, plover, target)
    typer.echo(f"{count} CAMEO codes written to {target}")


def coverage_command(
    corpus: Path = typer.Argument(..., help="parsed corpus (CoNLL-U, from `coder parse`)"),
    codebook: Optional[Path] = typer.Option(None, "--codebook", envvar="CODER_CODEBOOK",
                                            help="codebook folder (default: the shipped one)"),
    top: int = typer.Option(30, help="rows per kind (verb, name, noun)"),
    min_count: int = typer.Option(2, help="ignore items seen fewer times"),
    csv: Optional[Path] = typer.Option(None, "--csv", help="also write every row to this CSV file"),
) -> None:
    """The most frequent verbs and noun phrases the codebook does not cover, with examples."""
    from coder.codebook import load_codebook
    from coder.coverage import coverage
    from coder.parse import read_conllu

    book = load_codebook(codebook)
    docs = read_conllu(corpus)
    frame = coverage(docs, book, min_count=min_count)
    if csv is not None:
        frame.to_csv(csv, index=False)
        typer.echo(f"{len(frame)} rows written to {csv}", err=True)
    shown = frame.groupby("kind", sort=False).head(top) if not frame.empty else frame
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"not covered by codebook {book.name} in {corpus.name}")
    for column in ("kind", "text", "count", "example"):
        table.add_column(column, justify="right" if column == "count" else "left",
                         overflow="fold", max_width=70 if column == "example" else None)
    for row in shown.itertuples():
        table.add_row(row.kind, row.text, str(row.count), row.example)
    Console().print(table)
