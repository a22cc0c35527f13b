"""`coder serve`: start the local workbench (explain, events, codebook editing, benchmarks)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer


def serve_command(
    codebook: Optional[Path] = typer.Option(None, "--codebook", envvar="CODER_CODEBOOK",
                                            help="codebook folder to explain with and edit (default: the shipped one)"),
    corpus: Optional[Path] = typer.Option(None, "--corpus",
                                          help="corpus to re-code after every edit: .conllu (cached parses), or "
                                               ".jsonl/.csv/.txt (parsed once, cached in the output folder)"),
    events: Optional[Path] = typer.Option(None, "--events", help="events file written by `coder code` "
                                                                 "(.csv, .tsv, .jsonl, .parquet)"),
    output: Path = typer.Option(Path("out/serve"), "--output", "-o",
                                help="output folder: benchmark reports, undo copies, parse cache"),
    benchmarks: Optional[Path] = typer.Option(None, "--benchmarks",
                                              help="folder of gold files for the Benchmarks page "
                                                   "(e.g. ../shared/benchmarks)"),
    models: Optional[Path] = typer.Option(None, "--models", envvar="CODER_STANZA_DIR",
                                          help="stanza model folder (env CODER_STANZA_DIR)"),
    host: str = typer.Option("127.0.0.1", "--host", help="address to bind (default: this machine only)"),
    port: int = typer.Option(8765, "--port", help="port to listen on"),
    allowed_host: Optional[list[str]] = typer.Option(
        None, "--allowed-host", help="a host name the page may be reached as, besides this machine's "
                                     "(repeatable; e.g. the machine's name with --host 0.0.0.0)"),
) -> None:
    """Start the local workbench and print its address (Ctrl-C stops it)."""
    from coder.codebook import default_codebook_dir
    from coder.errors import CoderError

    try:
        import uvicorn
        import starlette  # noqa: F401
        import jinja2  # noqa: F401
    except ImportError as exc:
        raise CoderError(f"coder serve needs the 'serve' extra ({exc.name} is missing): "
                         "pip install 'coder[serve]'") from None
    from coder.serve import ServeConfig, Workbench, create_app

    for path, what in ((corpus, "corpus"), (events, "events file"), (benchmarks, "benchmark folder")):
        if path is not None and not path.exists():
            raise CoderError(f"{path}: no such {what}")
    config = ServeConfig(codebook=codebook or default_codebook_dir(), output=output, corpus=corpus,
                         events=events, models=models, benchmarks=benchmarks, host=host, port=port)
    bench = Workbench(config, progress=lambda message: typer.echo(message, err=True))
    hosts = ["127.0.0.1", "localhost", host, *(allowed_host or [])]
    app = create_app(bench, allowed_hosts=hosts)
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(f"warning: listening on {host}: anyone who can reach it can read this workbench "
                   "(writes still need the page's token); requests must name this machine as "
                   f"{', '.join(hosts)} (add names with --allowed-host)", err=True)
    typer.echo(f"coder workbench: http://{'127.0.0.1' if host == '0.0.0.0' else host}:{port}/  "
               f"(codebook {bench.root}, output {bench.output})")
    uvicorn.run(app, host=host, port=port, log_level="warning")
