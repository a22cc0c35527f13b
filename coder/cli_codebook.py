"""`coder codebook ...` commands: thin wrappers over coder.codebook."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from coder.codebook import validate_codebook

app = typer.Typer(help="Validate, inspect and import codebooks.", no_args_is_help=True)


@app.command("validate")
def validate(
    codebook: Optional[Path] = typer.Argument(None, help="codebook folder or codebook.yaml (default: the shipped one)"),
    strict: bool = typer.Option(False, help="treat warnings as errors"),
) -> None:
    """Check every codebook file (schema, then semantic checks); report file:line for each problem."""
    problems = validate_codebook(codebook)
    errors = [p for p in problems if p.severity == "error" or strict]
    for p in problems:
        typer.echo(str(p), err=True)
    typer.echo(f"{len(errors)} error(s), {len(problems) - len(errors)} warning(s)")
    if errors:
        raise typer.Exit(1)
