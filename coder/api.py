"""Python API: parse → code → validate, over text, documents or files.

>>> import coder
>>> df = coder.code_text("Syrian police arrested 12 protesters in Damascus.", date="2019-08-06")
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from coder.code import CodingOptions
from coder.codebook import Codebook, load_codebook
from coder.doc import Document
from coder.emit import output_format, write_rejects
from coder.inputs import InputItem, read_inputs
from coder.output import FormatError, check_format, convert_records
from coder.parse import Parser, RawDocument, batched
from coder.records import COLUMNS
from coder.run.dask_engine import run_partitions
from coder.run.documents import DocumentStatus, code_parsed, parse_safely, unparsed
from coder.run.local import map_chunks, run_chunks
from coder.run.sink import Sink
from coder.run.worker import ChunkOutput, Job, parse_chunk
from coder.schema import Rejected

if TYPE_CHECKING:
    import pandas as pd

__all__ = ("CHUNK", "CodingResult", "DocumentStatus", "code_file", "code_files", "code_items", "code_parsed",
           "code_text", "code_to_files", "iter_coded", "parse_items", "parse_safely", "unique_ids", "unparsed")

CHUNK = 64  # documents read, parsed and coded together


@dataclass
class CodingResult:
    records: list[dict] = field(default_factory=list)
    rejects: list[Rejected] = field(default_factory=list)
    statuses: list[DocumentStatus] = field(default_factory=list)
    written: int = 0  # rows written by code_to_files
    merged: int = 0  # duplicates merged by code_to_files
    parsed: int = 0  # documents parsed by stanza
    cached: int = 0  # documents whose parse came from the parse cache
    paths: dict[str, Path] = field(default_factory=dict)  # events, rejects, documents

    def frame(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame.from_records(self.records, columns=list(COLUMNS))

    def counts(self) -> dict[str, int]:
        out = {"coded": 0, "no-event": 0, "rejected": 0}
        for s in self.statuses:
            out[s.status] += 1
        out["events"] = len(self.records)
        out["rejected_records"] = sum(1 for r in self.rejects if r.record is not None)
        out["below_confidence"] = sum(s.below_confidence for s in self.statuses)
        return out


def parse_items(items: Iterable[InputItem], models: str | os.PathLike | None = None, *,
                workers: int = 1, threads: int = 1,
                parse_cache: str | os.PathLike | None = None) -> Iterator[Document | Rejected]:
    """Parse raw documents (parsed ones and rejects pass through), in input order.

    A batch stanza fails on is parsed document by document, so only the culprit is rejected;
    ``workers`` > 1 parses chunks in that many processes (started once, ``threads`` torch
    threads each); ``parse_cache`` reuses and keeps parses (coder.run.parse_cache)."""
    job = Job(None, models=str(models) if models else None, threads=threads,
              parse_cache=str(parse_cache) if parse_cache else None)
    for parsed in map_chunks(batched(items, CHUNK), job, workers=workers, fn=parse_chunk):
        yield from parsed


def unique_ids(items: Iterable[InputItem]) -> Iterator[InputItem]:
    """Documents whose id was already seen get ``id#2``, ``id#3`` … so that event ids stay
    unique across a corpus (two files of the same name, ids repeated in a JSONL file)."""
    from dataclasses import replace

    seen: dict[str, int] = {}
    for item in items:
        if isinstance(item, Rejected):
            yield item
            continue
        n = seen[item.id] = seen.get(item.id, 0) + 1
        if n == 1:
            yield item
        elif isinstance(item, RawDocument):
            yield replace(item, id=f"{item.id}#{n}")
        else:
            new_id = f"{item.id}#{n}"
            yield replace(item, id=new_id, sentences=tuple(replace(s, doc_id=new_id) for s in item.sentences))


def iter_coded(items: Iterable[InputItem], codebook: Codebook, *, parser: Parser | None = None,
               models: str | os.PathLike | None = None, options: CodingOptions | None = None,
               on_document: Callable[[DocumentStatus], None] | None = None,
               workers: int = 1, chunk_size: int | None = None,
               parse_cache: str | os.PathLike | None = None) -> Iterator[CodingResult]:
    """Parse (when needed), code and validate items; one result per chunk of documents, so
    a large corpus can be written as it goes. ``workers`` > 1 runs whole chunks (parse, code,
    validate) in that many processes, one torch thread each (see coder.run.local)."""
    job = Job(codebook, options, models=str(models) if models else None,
              parse_cache=str(parse_cache) if parse_cache else None, layout=False)
    for out in run_chunks(unique_ids(items), job, workers=workers, chunk_size=chunk_size or CHUNK, parser=parser):
        part = CodingResult(records=out.records, rejects=out.rejects, statuses=out.statuses,
                            parsed=out.parsed, cached=out.cached)
        if on_document:
            for status in part.statuses:
                on_document(status)
        yield part


def code_items(items: Iterable[InputItem], codebook: Codebook, *, parser: Parser | None = None,
               models: str | os.PathLike | None = None, options: CodingOptions | None = None,
               on_document: Callable[[DocumentStatus], None] | None = None) -> CodingResult:
    """Parse (when needed), code and validate a stream of input items, all in memory."""
    result = CodingResult()
    for part in iter_coded(items, codebook, parser=parser, models=models, options=options,
                           on_document=on_document):
        result.records.extend(part.records)
        result.rejects.extend(part.rejects)
        result.statuses.extend(part.statuses)
    return result


def code_files(paths: Iterable[str | os.PathLike], *, date: str | None = None,
               codebook: Codebook | str | os.PathLike | None = None,
               models: str | os.PathLike | None = None, require_dyad: bool = False,
               text_column: str = "text", id_column: str = "id",
               on_document: Callable[[DocumentStatus], None] | None = None) -> CodingResult:
    """Code text/JSONL/CSV/CoNLL-U files (see coder.inputs)."""
    book = codebook if isinstance(codebook, Codebook) else load_codebook(codebook)
    items = read_inputs([Path(p) for p in paths], date=date, text_column=text_column, id_column=id_column)
    return code_items(items, book, models=models, options=CodingOptions(require_dyad=require_dyad),
                      on_document=on_document)


def code_file(path: str | os.PathLike, **kwargs) -> pd.DataFrame:
    """Events of one file as a DataFrame (see :func:`code_files` for options)."""
    return code_files([path], **kwargs).frame()


def code_text(text: str, *, date: str | None = None, doc_id: str = "text",
              codebook: Codebook | str | os.PathLike | None = None,
              models: str | os.PathLike | None = None, require_dyad: bool = False,
              parser: Parser | None = None) -> pd.DataFrame:
    """Code one text; returns one row per event (columns: coder.records.COLUMNS)."""
    book = codebook if isinstance(codebook, Codebook) else load_codebook(codebook)
    result = code_items([RawDocument(doc_id, text, date=date)], book, parser=parser, models=models,
                        options=CodingOptions(require_dyad=require_dyad))
    if result.rejects and not result.records:
        reasons = "; ".join(r.reason for r in result.rejects)
        from coder.errors import InputError

        raise InputError(f"document {doc_id} could not be coded: {reasons}")
    return result.frame()


def code_to_files(items: Iterable[InputItem], output: str | os.PathLike, codebook: Codebook, *,
                  fmt: str = "full", dedup: str | None = None, models: str | os.PathLike | None = None,
                  options: CodingOptions | None = None,
                  on_document: Callable[[DocumentStatus], None] | None = None,
                  workers: int = 1, chunk_size: int | None = None,
                  parse_cache: str | os.PathLike | None = None, resume: bool = False,
                  engine: str = "local", scheduler: str | None = None,
                  fingerprint: dict | None = None, raw_csv: bool = False) -> CodingResult:
    """Code items and write ``output`` (layout ``fmt``: full | acled | phoenix | plover),
    ``OUT.rejects.jsonl`` (every rejected document or record, with its reason) and
    ``OUT.documents.csv`` (what became of each document).

    Every format is written chunk by chunk (``chunk_size`` documents) in input order as
    documents are coded (Parquet gets a row group per chunk), except with ``dedup="day"``,
    which compares across documents and writes at the end. ``workers`` processes each parse,
    code, validate and lay out whole chunks; ``parse_cache`` is a folder of parses reused
    across runs (coder.run.parse_cache). CSV/TSV/JSONL output keeps a journal while the run
    lasts: ``resume=True`` continues a killed run (coder.run.sink); ``fingerprint`` names the
    inputs so that a resume of other inputs is refused. ``engine="dask"`` runs the chunks
    as partitions on a dask.distributed cluster (``scheduler`` address, or a local one;
    coder.run.dask_engine). ``raw_csv`` writes CSV/TSV cells as they are (default: cells a
    spreadsheet would run as formulas are neutralised, coder.emit). The returned result
    holds statuses and rejects, not records."""
    output = Path(output)
    chunk = _checked_run(output, fmt, dedup, engine, chunk_size)
    # the local engine's workers serialise rows for the file; the dask engine's write parts
    job = Job(codebook, options, fmt=fmt, dedup=dedup, models=str(models) if models else None,
              parse_cache=str(parse_cache) if parse_cache else None,
              output=output_format(output) if engine == "local" else None, raw_csv=raw_csv)
    run_id = {"format": fmt, "dedup": dedup, "options": repr(options), "chunk": chunk,
              "codebook": codebook.fingerprint or str(codebook.root), **(fingerprint or {})}
    # the dask engine resumes by its finished partitions; the local one by the journal
    journal = engine == "local" and job.converts and output_format(output) != "parquet"
    sink = Sink(output, fmt=fmt, fingerprint=run_id, resume=resume and engine == "local", journal=journal,
                raw_csv=raw_csv)
    result = CodingResult(paths=dict(sink.paths))
    result.statuses, result.rejects = sink.previous()
    result.merged = sink.merged_before
    todo = islice(unique_ids(items), sink.done_items, None)
    if engine == "dask":
        parts = run_partitions(todo, job, output, run_id, workers=workers, chunk_size=chunk, scheduler=scheduler)
    else:
        parts = run_chunks(todo, job, workers=workers, chunk_size=chunk)
    buffered = _write_parts(parts, sink, result, job, on_document)
    if not job.converts:  # dedup day: laid out at the end, across documents
        rows, columns, extra, result.merged = convert_records(buffered, fmt, dedup, codebook)
        sink.write_rows(rows, columns)
        write_rejects(extra, result.paths["rejects"], append=True)
        result.rejects.extend(extra)
    result.written = sink.close()
    return result


def _checked_run(output: Path, fmt: str, dedup: str | None, engine: str, chunk_size: int | None) -> int:
    """The chunk size of a run, once its layout, dedup and engine are known to be valid."""
    check_format(fmt, output.suffix)
    if dedup not in (None, "story", "day"):
        raise FormatError(f"unknown --dedup {dedup!r} (story or day)")
    if engine not in ("local", "dask"):
        raise FormatError(f"unknown --engine {engine!r} (local or dask)")
    chunk = CHUNK if chunk_size is None else chunk_size
    if chunk < 1:
        raise FormatError(f"--chunk-size must be at least 1 (got {chunk})")
    return chunk


def _write_parts(parts: Iterable[ChunkOutput], sink: Sink, result: CodingResult, job: Job,
                 on_document: Callable[[DocumentStatus], None] | None) -> list[dict]:
    """Append each chunk to the sink as it comes, adding its statuses, rejects and counts to
    ``result``; returns the validated records of the chunks (kept for ``dedup="day"`` only)."""
    buffered: list[dict] = []
    for part in parts:
        result.statuses.extend(part.statuses)
        result.rejects.extend(part.rejects)
        result.merged += part.merged
        result.parsed += part.parsed
        result.cached += part.cached
        buffered.extend(part.records)  # dedup day only
        sink.write(part, result.merged, rows=job.converts)
        if on_document:
            for status in part.statuses:
                on_document(status)
    return buffered
