"""What a workbench is started with (:class:`ServeConfig`) and what it answers a refused
request with (:class:`WorkbenchError`, carrying the HTTP status)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from coder.errors import CoderError


class WorkbenchError(CoderError):
    """A request the workbench refuses: ``status`` is the HTTP status to answer with."""

    code = "E601"

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


@dataclass
class ServeConfig:
    codebook: Path  # codebook folder (edited in place)
    output: Path  # output folder: parse cache, undo copies, benchmark reports, event files
    corpus: Path | None = None  # .conllu (cached parses) or anything `coder code` reads
    events: Path | None = None  # an events file written by `coder code`
    models: Path | None = None
    benchmarks: Path | None = None  # folder of gold files for the Benchmarks page
    host: str = "127.0.0.1"
    port: int = 8765
