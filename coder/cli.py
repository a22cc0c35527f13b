"""The `coder` command line: thin typer commands over the library.

Errors a user can act on print one line and exit 1; `--debug` shows the traceback.
"""

from __future__ import annotations

import inspect
import os
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, List, Optional, get_type_hints

import typer
from rich.console import Console

from coder import __version__
from coder.errors import CoderError

app = typer.Typer(help="Political event coder: news text → UD parse → CAMEO/PLOVER/ACLED-style events.",
                  no_args_is_help=True, add_completion=False)
models_app = typer.Typer(help="Stanza model folders.", no_args_is_help=True)
app.add_typer(models_app, name="models")
console = Console(stderr=True, soft_wrap=True)

MODELS_OPT = typer.Option(None, "--models", envvar="CODER_STANZA_DIR",
                          help="stanza model folder (env CODER_STANZA_DIR)")
CODEBOOK_OPT = typer.Option(None, "--codebook", envvar="CODER_CODEBOOK",
                            help="codebook folder (default: the shipped codebooks/)")
# Reading inputs (`code`, `parse`): see coder.inputs.
INPUTS_HELP = ("input files or folders (read recursively), '-' for standard input: .txt (one story; "
               "story.meta.json beside it), .jsonl (id, text, date), .csv/.tsv (text column), .conllu; "
               "any of them gzip-compressed (.gz)")
INPUT_FORMAT_OPT = typer.Option(None, "--input-format", help="txt | jsonl | csv | conllu (default: from "
                                "each file's suffix; standard input is sniffed)")
ENCODING_OPT = typer.Option(None, "--encoding", help="encoding of inputs that are not UTF-8 (default: "
                            "detected with charset-normalizer)")
MAX_DOC_OPT = typer.Option(2_000_000, "--max-document-bytes", help="larger documents are rejected")
MAX_TOKENS_OPT = typer.Option(100_000, "--max-tokens", help="documents with more words are rejected")
MAX_FILES_OPT = typer.Option(100_000, "--max-files", help="more input files (folders included) is an error")
DATE_OPT = typer.Option(None, help="document date YYYY-MM-DD when the input gives none")
READING_OPTIONS = (  # (parameter, type, option): how `code` and `parse` read inputs, in --help order
    ("text_column", str, typer.Option("text", help="CSV column with the text")),
    ("id_column", str, typer.Option("id", help="CSV column with the document id")),
    ("input_format", Optional[str], INPUT_FORMAT_OPT),
    ("encoding", Optional[str], ENCODING_OPT),
    ("max_document_bytes", int, MAX_DOC_OPT),
    ("max_tokens", int, MAX_TOKENS_OPT),
    ("max_files", int, MAX_FILES_OPT),
)
RAW_CSV_ENV = "CODER_RAW_CSV"  # 1, true or yes: as --raw-csv (read here only, never by the library)
STRICT_OPT = typer.Option(False, "--strict", help="exit 3 when any document or record was rejected "
                          "(default: exit 0 once every document is accounted for)")
EXIT_REJECTED = 3  # --strict and something was rejected


@dataclass(frozen=True)
class Reading:
    """The input-reading options (READING_OPTIONS) of one command line."""

    text_column: str = "text"
    id_column: str = "id"
    input_format: Optional[str] = None
    encoding: Optional[str] = None
    max_document_bytes: int = 2_000_000
    max_tokens: int = 100_000
    max_files: int = 100_000

    def read(self, inputs: List[Path], date: Optional[str]):
        """The input items, streamed (coder.inputs.read_inputs)."""
        from coder.inputs import Limits, read_inputs

        return read_inputs(inputs, date=date, text_column=self.text_column, id_column=self.id_column,
                           fmt=self.input_format, encoding=self.encoding,
                           limits=Limits(self.max_document_bytes, self.max_tokens, self.max_files))


def reading_options(command: Callable) -> Callable:
    """``command``'s parameter ``reading: Reading`` becomes the READING_OPTIONS on the command
    line (in its place, so --help keeps its order) and a :class:`Reading` in the call."""
    hints = get_type_hints(command)
    signature = inspect.signature(command)
    params = []
    for param in signature.parameters.values():
        if param.name == "reading":
            params += [inspect.Parameter(name, param.kind, default=option, annotation=kind)
                       for name, kind, option in READING_OPTIONS]
        else:
            params.append(param.replace(annotation=hints[param.name]))

    def run(**kwargs):
        reading = Reading(**{name: kwargs.pop(name) for name, _, _ in READING_OPTIONS})
        return command(reading=reading, **kwargs)

    run.__name__, run.__qualname__, run.__doc__ = command.__name__, command.__qualname__, command.__doc__
    run.__module__ = command.__module__
    run.__signature__ = signature.replace(parameters=params, return_annotation=inspect.Signature.empty)
    run.__annotations__ = {param.name: param.annotation for param in params}
    return run


def _raw_csv(flag: bool) -> bool:
    """``--raw-csv``, or ``$CODER_RAW_CSV`` set to 1, true or yes."""
    return flag or os.environ.get(RAW_CSV_ENV, "").strip().lower() in ("1", "true", "yes")


def _show_rejects(rejects: list) -> None:
    """The first five rejects, one line each (all of them are in OUT.rejects.jsonl)."""
    from rich.markup import escape

    for r in rejects[:5]:
        console.print(f"  [yellow]{escape(r.doc_id)}[/yellow]: {escape(r.reason[:200])}")


@contextmanager
def _progress(inputs: List[Path]) -> Iterator[Callable]:
    """A transient count of coded documents on stderr (none for a single .txt story); yields
    the function to call once per document."""
    # off when stderr is no terminal: a transient bar shows nothing there, and its refresh
    # thread would still lay out the bar 10 times a second in the writing process (nor is
    # rich.progress imported then)
    if not console.is_terminal or (len(inputs) < 2 and inputs[0].suffix.lower() == ".txt"):
        yield lambda _status: None
        return
    from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

    with Progress(SpinnerColumn(), TextColumn("coding"), MofNCompleteColumn(), TextColumn("documents"),
                  console=console, transient=True, refresh_per_second=4) as progress:
        task = progress.add_task("coding", total=None)
        yield lambda _status: progress.advance(task)


def _register_optional_commands() -> None:
    """Sub-commands defined in their own modules."""
    from coder.cli_benchmark import benchmark_command
    from coder.cli_codebook import app as codebook_app, coverage_command

    app.add_typer(codebook_app, name="codebook")
    app.command("benchmark")(benchmark_command)
    app.command("coverage")(coverage_command)
    from coder.cli_serve import serve_command

    app.command("serve")(serve_command)


@app.callback(invoke_without_command=True)
def _root(version: bool = typer.Option(False, "--version", help="print the version and exit")) -> None:
    if version:
        typer.echo(f"coder {__version__}")
        raise typer.Exit()


@app.command("code")
@reading_options
def code_command(
    inputs: List[Path] = typer.Argument(..., help=INPUTS_HELP),
    output: Path = typer.Option(..., "-o", "--output", help="events file: .csv, .tsv, .jsonl or .parquet"),
    date: Optional[str] = DATE_OPT,
    codebook: Optional[Path] = CODEBOOK_OPT,
    models: Optional[Path] = MODELS_OPT,
    output_format: str = typer.Option("full", "--format", help="full | acled | phoenix | plover"),
    require_dyad: bool = typer.Option(False, help="emit only events with both source and target (PETRARCH)"),
    intent_codes: bool = typer.Option(True, help="code announced actions as CAMEO intent/threat codes "
                                                 "('will send aid' = 033); --no-intent-codes codes the action"),
    negation_codes: bool = typer.Option(True, help="code refused/negated cooperation with CAMEO's reject codes "
                                                   "('refused to yield' = 124); --no-negation-codes drops "
                                                   "every negated action"),
    dedup: Optional[str] = typer.Option(None, help="merge duplicates: story | day"),
    min_confidence: float = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0,
                                         help="leave out events whose confidence (0-1) is below this "
                                              "(--format acled: the row's confidence, that of its ACLED type); "
                                              "they are counted in the summary"),
    reading: Reading = Reading(),
    raw_csv: bool = typer.Option(False, "--raw-csv", help="write CSV/TSV cells as they are (default: text "
                                 "cells starting with = + - @ get a leading ' so spreadsheets do not run them)"),
    strict: bool = STRICT_OPT,
    workers: int = typer.Option(1, help="processes that each parse, code and validate whole chunks "
                                        "(one torch thread each); at most the free cores"),
    chunk_size: int = typer.Option(64, "--chunk-size", help="documents per chunk: the unit of work, "
                                                             "of writing and of --resume"),
    parse_cache: Optional[Path] = typer.Option(None, "--parse-cache", help="folder of parses kept as CoNLL-U, "
                                               "keyed by text hash + model: a re-run parses nothing again"),
    resume: bool = typer.Option(False, "--resume", help="continue a killed run from its journal "
                                                        "(OUT.journal.jsonl; CSV/TSV/JSONL output)"),
    engine: str = typer.Option("local", "--engine", help="local (worker processes) | dask (dask.distributed)"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="dask scheduler address "
                                            "(tcp://host:8786); default: a local cluster of --workers"),
) -> None:
    """Code documents into events; rejected documents/records go to OUT.rejects.jsonl."""
    from coder.api import code_to_files
    from coder.code import CodingOptions
    from coder.codebook import load_codebook
    from coder.emit import output_format as check_output
    from coder.output import check_format

    check_output(output)
    check_format(output_format, output.suffix)
    _check_cores(workers, 1)
    book = load_codebook(codebook)
    items = reading.read(inputs, date)  # streamed
    options = CodingOptions(require_dyad=require_dyad, announced_as_intent=intent_codes,
                            negation_codes=negation_codes, min_confidence=min_confidence)
    raw_csv = _raw_csv(raw_csv)
    with _progress(inputs) as advance:
        result = code_to_files(items, output, book, fmt=output_format, dedup=dedup, models=models,
                               options=options, on_document=advance, workers=workers, chunk_size=chunk_size,
                               parse_cache=parse_cache, resume=resume, engine=engine, scheduler=scheduler,
                               raw_csv=raw_csv, fingerprint=_inputs_fingerprint(inputs, reading, date, raw_csv))
    _report_coded(result, output, dedup)
    if result.rejects and strict:
        raise typer.Exit(EXIT_REJECTED)


def _report_coded(result, output: Path, dedup: Optional[str]) -> None:
    """The summary of a `coder code` run (stdout), with the first rejects (stderr)."""
    counts = result.counts()
    typer.echo(f"{result.written} events from {len(result.statuses)} documents "
               f"({counts['coded']} coded, {counts['no-event']} without events, {counts['rejected']} rejected) "
               f"→ {output}")
    if counts["below_confidence"]:
        typer.echo(f"{counts['below_confidence']} events below --min-confidence left out")
    if result.merged:
        typer.echo(f"{result.merged} duplicate events merged ({dedup})")
    if result.rejects:
        typer.echo(f"{len(result.rejects)} rejected (documents or records), with reasons → {result.paths['rejects']}")
        _show_rejects(result.rejects)


def _inputs_fingerprint(inputs: List[Path], reading: Reading, date: Optional[str], raw_csv: bool) -> dict:
    """What a --resume checks: the same input files, unchanged, read the same way."""
    reading = dict(date=date, text_column=reading.text_column, id_column=reading.id_column,
                   input_format=reading.input_format, encoding=reading.encoding, raw_csv=raw_csv,
                   limits=[reading.max_document_bytes, reading.max_tokens, reading.max_files])
    out = []
    for path in inputs:
        # a folder: every file in it (sidecars too), so an edited story is noticed
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            stat = file.stat() if file.exists() else None
            out.append([str(file.resolve()), stat.st_size if stat else -1, stat.st_mtime_ns if stat else -1])
    return {"inputs": out, "reading": {k: v if v is None or isinstance(v, (bool, int, list)) else str(v)
                                       for k, v in reading.items()}}


def _check_cores(workers: int, threads: int) -> None:
    cores = os.cpu_count() or 1
    if workers < 1 or threads < 1 or workers * threads > cores:
        raise CoderError(f"--workers {workers} × --threads {threads} must be between 1 and the {cores} cores: "
                         "stanza slows down many times when oversubscribed")


@app.command("parse")
@reading_options
def parse_command(
    inputs: List[Path] = typer.Argument(..., help=INPUTS_HELP + "; .conllu passes through"),
    output: Path = typer.Option(..., "-o", "--output", help="CoNLL-U file to write"),
    date: Optional[str] = DATE_OPT,
    models: Optional[Path] = MODELS_OPT,
    workers: int = typer.Option(1, help="parser processes (each uses --threads torch threads)"),
    threads: int = typer.Option(1, help="torch threads per process; workers × threads ≤ free cores"),
    reading: Reading = Reading(),
    strict: bool = STRICT_OPT,
) -> None:
    """Parse documents once into CoNLL-U, to re-code after every codebook edit.

    Unreadable or unparsable documents go to OUT.rejects.jsonl with their reasons."""
    from coder.api import parse_items
    from coder.emit import sidecar, write_rejects
    from coder.parse import write_conllu
    from coder.schema import Rejected

    _check_cores(workers, threads)
    items = reading.read(inputs, date)
    rejects: list[Rejected] = []
    read = 0

    def documents():
        nonlocal read
        for item in parse_items(items, models, workers=workers, threads=threads):
            read += 1
            if isinstance(item, Rejected):
                rejects.append(item)
            else:
                yield item

    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8") as fh:
        sentences = write_conllu(documents(), fh)
    rejects_path = sidecar(output, "rejects", ".jsonl")
    write_rejects(rejects, rejects_path)
    typer.echo(f"{sentences} sentences of {read - len(rejects)} documents → {output}; {read} documents read, "
               f"{len(rejects)} rejected" + (f" → {rejects_path}" if rejects else ""))
    _show_rejects(rejects)
    if strict and rejects:
        raise typer.Exit(EXIT_REJECTED)


@app.command("explain")
def explain_command(
    text: str = typer.Argument(..., help="a sentence (or short text) to explain"),
    date: Optional[str] = typer.Option(None, help="date for dated roles, YYYY-MM-DD"),
    codebook: Optional[Path] = CODEBOOK_OPT,
    models: Optional[Path] = MODELS_OPT,
    conllu: bool = typer.Option(False, "--conllu", help="TEXT is a CoNLL-U file to read instead of parsing"),
) -> None:
    """Show the parse, the actors and patterns that matched or nearly matched, and the events."""
    from rich.console import Console as Out

    from coder.codebook import load_codebook
    from coder.explain import explain_document, render
    from coder.parse import RawDocument, parse_documents, read_conllu

    book = load_codebook(codebook)
    if conllu:
        docs = read_conllu(Path(text), date=date)
    else:
        docs = list(parse_documents([RawDocument("explain", text, date=date)], models))
    out = Out()
    for doc in docs:
        for explanation in explain_document(doc, book):
            render(explanation, out)


@models_app.command("download")
def models_download(
    directory: Optional[Path] = typer.Option(None, "--dir", help="where to put the models (default: stanza's "
                                             "resources folder in the user's cache, $STANZA_RESOURCES_DIR)"),
    lang: str = typer.Option("en", help="language"),
) -> None:
    """Download stanza's official models (needs network access)."""
    from coder.parse import default_model_dir, download_models

    target = download_models(lang, directory)
    hint = "" if directory is None or Path(directory).expanduser() == default_model_dir() else f"; use --models {target}"
    typer.echo(f"models ready in {target}{hint}")


@models_app.command("info")
def models_info(models: Optional[Path] = MODELS_OPT,
                lang: str = typer.Option("en", help="language")) -> None:
    """Show which stanza model folder would be used (nothing is downloaded)."""
    from coder.parse import ModelNotFoundError, configured_model_dir, default_model_dir, resolve_model_dir

    try:
        typer.echo(str(resolve_model_dir(models, lang, download=False)))
    except ModelNotFoundError:
        if configured_model_dir(models, lang) is not None:
            raise
        typer.echo(f"{default_model_dir()} (no {lang!r} models there yet: the first `coder code` or "
                   "`coder parse` downloads them, or run `coder models download`)")


_register_optional_commands()


def main(argv: list[str] | None = None) -> int:
    """Entry point: runs the app, turning CoderError into a one-line message and exit 1."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    if debug:
        args.remove("--debug")
    try:
        rc = app(args=args, prog_name="coder", standalone_mode=False)
    except CoderError as exc:
        if debug:
            raise
        typer.echo(f"error: {exc}", err=True)
        return 1
    except (typer.Exit, SystemExit) as exc:
        return int(getattr(exc, "exit_code", getattr(exc, "code", 0)) or 0)
    except Exception as exc:  # click usage errors and unexpected failures
        import click

        if isinstance(exc, click.exceptions.ClickException):
            exc.show()
            return exc.exit_code
        if isinstance(exc, click.exceptions.Abort):
            return 1
        if debug:
            raise
        typer.echo(f"error: {type(exc).__name__}: {exc} (run with --debug for the traceback)", err=True)
        return 1
    return rc if isinstance(rc, int) else 0


if __name__ == "__main__":
    sys.exit(main())
