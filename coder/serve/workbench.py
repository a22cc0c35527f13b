"""The workbench's state and work: one loaded codebook, one parsed corpus with its events,
and the library calls behind every page. The web layer (:mod:`coder.serve.app`) only turns
requests into calls of this class and results into pages.

Files are read and written only inside the codebook folder and the output folder (plus the
corpus, events and benchmark files named when the workbench was started).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import secrets
import shutil
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import yaml

from coder.doc import Document, parse_date
from coder.errors import CoderError, Problem
from coder.serve import entries as E

EDITABLE_SECTIONS = ("actors", "agents", "verbs", "discards", "issues")
MANIFEST = "codebook.yaml"


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


@dataclass
class Change:
    """One event of a re-coding diff (``old`` or ``new`` is None for added/removed)."""

    kind: str  # added | removed | changed
    old: dict | None
    new: dict | None

    @property
    def record(self) -> dict:
        return self.new or self.old or {}


@dataclass
class Recode:
    """What a save (or undo) changed in the corpus's events."""

    action: str  # save | undo | full
    file: str
    documents: int  # documents re-coded
    total_documents: int
    seconds_load: float
    seconds_code: float
    changes: list[Change] = field(default_factory=list)

    def count(self, kind: str) -> int:
        return sum(1 for c in self.changes if c.kind == kind)


@dataclass
class _Undo:
    path: Path
    before: str
    after: str
    words: set[tuple[str, ...]] | None  # None: re-code everything


def event_key(record: dict) -> tuple:
    """The identity of an event in a diff: document, sentence, predicate, source, target, code."""
    return (record.get("doc_id"), record.get("sentence_index"), record.get("verb_start"),
            record.get("source_code") or "", record.get("target_code") or "", record.get("cameo_code"))


def diff_events(before: list[dict], after: list[dict]) -> list[Change]:
    """Events added, removed and changed. A removed and an added event of the same predicate
    are one change; so is an event whose key stays but whose other fields differ."""
    old = {event_key(r): r for r in before}
    new = {event_key(r): r for r in after}
    changes: list[Change] = []
    removed = [k for k in old if k not in new]
    added = [k for k in new if k not in old]
    for key in old.keys() & new.keys():
        a, b = _comparable(old[key]), _comparable(new[key])
        if a != b:
            changes.append(Change("changed", old[key], new[key]))
    by_predicate: dict[tuple, list[tuple]] = {}
    for key in added:
        by_predicate.setdefault(key[:3], []).append(key)
    for key in removed:
        partners = by_predicate.get(key[:3])
        if partners:
            changes.append(Change("changed", old[key], new[partners.pop(0)]))
        else:
            changes.append(Change("removed", old[key], None))
    for keys in by_predicate.values():
        changes.extend(Change("added", None, new[k]) for k in keys)
    order = {"added": 0, "removed": 1, "changed": 2}
    changes.sort(key=lambda c: (order[c.kind], str(c.record.get("doc_id")), c.record.get("sentence_index") or 0,
                                c.record.get("verb_start") or 0))
    return changes


def _comparable(record: dict) -> dict:
    return {k: v for k, v in record.items() if k not in ("event_id",) and not k.endswith("_entries")
            and k != "pattern_ref"}


class Workbench:
    """Everything the pages show and change. Thread-safe: one lock around the codebook."""

    def __init__(self, config: ServeConfig, *, parse_text: Callable[[str, str | None], Document] | None = None,
                 progress: Callable[[str], None] | None = None):
        from coder.codebook import load_codebook

        self.config = config
        self.root = config.codebook.resolve()
        self.output = config.output.resolve()
        self.output.mkdir(parents=True, exist_ok=True)
        (self.output / ".serve").mkdir(exist_ok=True)
        if not (self.root / MANIFEST).is_file():
            raise WorkbenchError(f"{self.root}: not a codebook folder (no {MANIFEST})")
        self.token = secrets.token_urlsafe(24)
        self.lock = threading.RLock()
        self._parse_text = parse_text
        self._parser = None
        self._say = progress or (lambda _m: None)
        self.codebook = load_codebook(self.root)
        self.undo_stack: list[_Undo] = []
        self.last_recode: Recode | None = None
        self.docs: list[Document] = []
        self.doc_index: dict[str, int] = {}
        self.records: dict[str, list[dict]] = {}
        self._vocab: dict[str, set[int]] = {}
        self._frames: dict[str, Any] = {}
        self.bench_job: dict[str, Any] = {}
        self._entry_cache: dict[str, tuple[str, list]] = {}
        if config.corpus:
            self._load_corpus(config.corpus)

    # ------------------------------------------------------------------ files

    def inside(self, path: str | os.PathLike, *roots: Path) -> Path:
        """``path`` resolved (relative to the first root), refused unless it lies in one of ``roots``."""
        roots = roots or (self.root, self.output)
        candidate = Path(path)
        if not candidate.is_absolute():
            candidate = roots[0] / candidate
        resolved = candidate.resolve()
        for root in roots:
            if resolved == root or resolved.is_relative_to(root):
                return resolved
        raise WorkbenchError(f"{path}: outside the folders this workbench may use "
                             f"({', '.join(str(r) for r in roots)})", 403)

    def manifest(self) -> dict:
        return yaml.safe_load((self.root / MANIFEST).read_text("utf-8")) or {}

    def codebook_files(self) -> list[tuple[str, str]]:
        """(kind, path relative to the codebook folder) of every editable file inside it."""
        out = []
        spec = self.manifest()
        for kind in EDITABLE_SECTIONS:
            names = spec.get(kind) or []
            for name in [names] if isinstance(names, str) else names:
                path = (self.root / name).resolve()
                if path.is_relative_to(self.root) and path.is_file():
                    out.append((kind, path.relative_to(self.root).as_posix()))
        return out

    def _codebook_file(self, rel: str) -> tuple[str, Path]:
        path = self.inside(rel, self.root)
        for kind, name in self.codebook_files():
            if (self.root / name).resolve() == path:
                return kind, path
        raise WorkbenchError(f"{rel}: not an editable file of the codebook's manifest", 404)

    def resolve_ref(self, ref: str, kind: str | None = None) -> tuple[str, int] | None:
        """A codebook ref ``name.yaml:12`` as (relative path, line), preferring files of ``kind``."""
        m = re.fullmatch(r"(.+?):(\d+)", ref or "")
        if not m:
            return None
        name, line = m.group(1), int(m.group(2))
        matches = [(k, rel) for k, rel in self.codebook_files() if rel == name or rel.rsplit("/", 1)[-1] == name]
        matches.sort(key=lambda kr: kr[0] != kind)
        return (matches[0][1], line) if matches else None

    # ------------------------------------------------------------------ parsing and explaining

    def parse(self, text: str, date: str | None) -> Document:
        if not text or not text.strip():
            raise WorkbenchError("type a sentence to explain")
        if len(text) > 20_000:
            raise WorkbenchError("the text is too long to explain here (20,000 characters at most)")
        try:
            parse_date(date)
        except ValueError as exc:
            raise WorkbenchError(f"date: {exc}") from None
        if self._parse_text is not None:
            return self._parse_text(text, date)
        from coder.parse import Parser, RawDocument

        with self.lock:
            if self._parser is None:
                self._parser = Parser(self.config.models)
            return self._parser.parse([RawDocument("typed", text, date)])[0]

    def explain_document(self, doc: Document, only: int | None = None) -> list[dict]:
        """Per sentence: the coder's own explanation and the records of its events."""
        from coder.explain import explain_sentence
        from coder.records import event_records

        out = []
        with self.lock:
            book = self.codebook
        for sentence in doc.sentences:
            if only is not None and sentence.index != only:
                continue
            explanation = explain_sentence(sentence, book, doc.date)
            records = event_records(list(explanation.events), doc, book)
            aside = []
            for event, why in explanation.set_aside:
                try:
                    aside.append((event_records([event], doc, book)[0], why))
                except Exception:  # an event the record layer cannot flatten is still shown
                    aside.append(({"cameo_code": event.code, "verb_text": event.verb_text,
                                   "source_code": event.source.code if event.source else "",
                                   "target_code": event.target.code if event.target else ""}, why))
            out.append({"explanation": explanation, "records": records, "set_aside": aside, "doc": doc})
        return out

    def corpus_document(self, doc_id: str) -> Document:
        index = self.doc_index.get(doc_id)
        if index is None:
            raise WorkbenchError(f"document {doc_id!r} is not in the loaded corpus", 404)
        return self.docs[index]

    # ------------------------------------------------------------------ corpus

    def _load_corpus(self, path: Path) -> None:
        from coder.inputs import read_inputs
        from coder.parse import read_conllu, write_conllu

        path = path.resolve()
        started = time.perf_counter()
        if path.suffix.lower() == ".conllu":
            docs = read_conllu(path)
        else:
            cached = self.output / ".serve" / f"{path.stem}.parsed.conllu"
            if cached.is_file() and cached.stat().st_mtime >= path.stat().st_mtime:
                docs = read_conllu(cached)
            else:
                from coder.api import parse_items
                from coder.schema import Rejected

                self._say(f"parsing {path} once (cached as {cached})")
                docs = [d for d in parse_items(read_inputs([path]), self.config.models)
                        if not isinstance(d, Rejected)]
                with cached.open("w", encoding="utf-8") as fh:
                    write_conllu(docs, fh)
        self.docs = list(docs)
        self.doc_index = {d.id: i for i, d in enumerate(self.docs)}
        for i, doc in enumerate(self.docs):
            for sentence in doc.sentences:
                for tok in sentence.tokens:
                    for form in {tok.text.lower(), tok.lemma.lower()}:
                        # a word and its parts ("us-backed": us, backed), as entries' phrases are split
                        for key in {form, *re.findall(r"[^\W_]+", form)}:
                            self._vocab.setdefault(key, set()).add(i)
        self._say(f"coding {len(self.docs)} documents")
        self.records = {d.id: self._code(d) for d in self.docs}
        self._say(f"corpus ready in {time.perf_counter() - started:.1f} s: {len(self.docs)} documents, "
                  f"{sum(len(d.sentences) for d in self.docs)} sentences, "
                  f"{sum(len(r) for r in self.records.values())} events")

    def _code(self, doc: Document) -> list[dict]:
        from coder.api import code_parsed

        valid, _rejected, _status = code_parsed(doc, self.codebook)
        return valid

    @property
    def sentence_count(self) -> int:
        return sum(len(d.sentences) for d in self.docs)

    def corpus_records(self) -> list[dict]:
        return [r for d in self.docs for r in self.records.get(d.id, [])]

    def affected(self, words: set[tuple[str, ...]] | None) -> list[int]:
        """Indexes of the documents an edit can change: those holding every word of one of
        the edited entries' strings (``None``: all documents)."""
        if words is None:
            return list(range(len(self.docs)))
        found: set[int] = set()
        for phrase in words:
            docs: set[int] | None = None
            for word in phrase:
                hits = self._word_docs(word)
                docs = hits if docs is None else docs & hits
                if not docs:
                    break
            found |= docs or set()
        return sorted(found)

    def _word_docs(self, word: str) -> set[int]:
        # prefix match, generous enough for inflections the lemmatizer missed ("withdrew")
        stem = word.rstrip("*")
        if word.endswith("*") or len(stem) > 4:
            stem = stem if word.endswith("*") else stem[:max(4, len(stem) - 3)]
            out: set[int] = set()
            for key, docs in self._vocab.items():
                if key.startswith(stem):
                    out |= docs
            return out
        return set(self._vocab.get(stem, set()))

    def _recode(self, action: str, rel: str, words: set[tuple[str, ...]] | None, loaded: float) -> Recode:
        started = time.perf_counter()
        indexes = self.affected(words)
        before: list[dict] = []
        after: list[dict] = []
        for i in indexes:
            doc = self.docs[i]
            before.extend(self.records.get(doc.id, []))
            fresh = self._code(doc)
            self.records[doc.id] = fresh
            after.extend(fresh)
        self._frames.pop("corpus", None)
        result = Recode(action, rel, len(indexes), len(self.docs), loaded, time.perf_counter() - started,
                        diff_events(before, after))
        self.last_recode = result
        return result

    def recode_all(self) -> Recode:
        with self.lock:
            return self._recode("full", "", None, 0.0)

    # ------------------------------------------------------------------ codebook

    def search(self, query: str, kind: str | None = None, limit: int = 100) -> list[dict]:
        query = (query or "").strip().lower()
        out = []
        for file_kind, rel in self.codebook_files():
            if kind and kind != file_kind:
                continue
            text = (self.root / rel).read_text("utf-8")
            for entry in self._entries(rel, text):
                if query and query not in entry.text.lower():
                    continue
                out.append({"kind": file_kind if entry.section != "synsets" else "synsets", "file": rel,
                            "line": entry.start, "summary": entry.summary})
                if len(out) >= limit:
                    return out
        return out

    def _entries(self, rel: str, text: str) -> list:
        """The entries of a codebook file, re-read only when its text changed."""
        cached = self._entry_cache.get(rel)
        if cached and cached[0] == text:
            return cached[1]
        found = E.find_entries(text)
        self._entry_cache[rel] = (text, found)
        return found

    def entry(self, rel: str, line: int) -> tuple[str, E.Entry]:
        kind, path = self._codebook_file(rel)
        entry = E.entry_at(path.read_text("utf-8"), line)
        if entry is None:
            raise WorkbenchError(f"{rel}:{line}: no codebook entry starts or continues on this line", 404)
        return kind, entry

    def _candidate(self, rel: str, line: int | None, entry_text: str, section: str,
                   delete: bool = False) -> tuple[Path, str, str, set[tuple[str, ...]]]:
        """(path, text before, text after, the words of the old and new entry)."""
        kind, path = self._codebook_file(rel)
        before = path.read_text("utf-8")
        old_data: list[Any] = []
        if line:
            entry = E.entry_at(before, line)
            section = entry.section if entry else section
            if entry is None:
                raise WorkbenchError(f"{rel}:{line}: no codebook entry on this line (reload the page)", 409)
            try:
                old_data.append(E.check_entry(entry.text))
            except E.EntryError:
                old_data.append(entry.text)
            after = E.delete_entry(before, entry) if delete else E.replace_entry(before, entry, entry_text)
        else:
            after, _line = E.add_entry(before, entry_text, section)
        new_data = [] if delete else [E.check_entry(entry_text)]
        return path, before, after, E.trigger_phrases(old_data + new_data, "synsets" if section == "synsets" else kind)

    def validate(self, rel: str, line: int | None, entry_text: str, section: str = "entries") -> list[Problem]:
        """The problems `coder codebook validate` would report if this entry were saved."""
        from coder.codebook import validate_codebook

        try:
            path, _before, after, _words = self._candidate(rel, line, entry_text, section)
        except E.EntryError as exc:
            return [Problem("error", f"{rel} (entry)", exc.line, str(exc))]
        # a shadow copy of the codebook folder (hard links; the edited file written anew) in
        # the output folder, validated as `coder codebook validate` would validate the saved one
        shadow = self.output / ".serve" / f"shadow-{threading.get_ident()}"
        shutil.rmtree(shadow, ignore_errors=True)
        shutil.copytree(self.root, shadow, copy_function=_link_or_copy, symlinks=False,
                        ignore=shutil.ignore_patterns(".*"))
        edited = shadow / path.relative_to(self.root)
        edited.unlink(missing_ok=True)
        edited.write_text(after, encoding="utf-8")
        problems = validate_codebook(shadow)
        return [Problem(p.severity, _relative(p.file, shadow.resolve()), p.line, p.message, p.path)
                for p in problems]

    def save(self, rel: str, line: int | None, entry_text: str, section: str = "entries",
             delete: bool = False) -> Recode:
        """Write the entry into its file, reload the codebook and re-code the documents the
        edit can change. An edit that leaves the codebook invalid is rolled back."""
        from coder.codebook import load_codebook
        from coder.errors import CodebookError

        with self.lock:
            try:
                path, before, after, words = self._candidate(rel, line, entry_text, section, delete)
            except E.EntryError as exc:
                raise WorkbenchError(f"{rel}: entry line {exc.line}: {exc}") from None
            started = time.perf_counter()
            _write(path, after)
            try:
                book = load_codebook(self.root)
            except CodebookError as exc:
                _write(path, before)
                raise WorkbenchError("not saved: the codebook would have errors:\n" + "\n".join(
                    str(Problem(p.severity, _relative(p.file, self.root), p.line, p.message, p.path))
                    for p in exc.problems if p.severity == "error")) from None
            self.codebook = book
            self.undo_stack.append(_Undo(path, before, after, words))
            backup = self.output / ".serve" / "undo"
            backup.mkdir(exist_ok=True)
            (backup / f"{len(self.undo_stack):04d}-{path.name}").write_text(before, encoding="utf-8")
            return self._recode("save", rel, words, time.perf_counter() - started)

    def undo(self) -> Recode:
        from coder.codebook import load_codebook

        with self.lock:
            if not self.undo_stack:
                raise WorkbenchError("nothing to undo", 409)
            last = self.undo_stack[-1]
            if last.path.read_text("utf-8") != last.after:
                raise WorkbenchError(f"{last.path.name} changed on disk since the save; not undone", 409)
            started = time.perf_counter()
            _write(last.path, last.before)
            self.codebook = load_codebook(self.root)
            self.undo_stack.pop()
            return self._recode("undo", last.path.relative_to(self.root).as_posix(), last.words,
                                time.perf_counter() - started)

    # ------------------------------------------------------------------ events

    def event_files(self) -> list[str]:
        """Event files the Events page may open: the one given at start and those in the output folder."""
        out = []
        if self.config.events:
            out.append(str(self.config.events.resolve()))
        for suffix in (".csv", ".jsonl", ".parquet"):
            out += [str(p) for p in sorted(self.output.rglob(f"*{suffix}")) if ".serve" not in p.parts]
        return list(dict.fromkeys(out))

    def events_frame(self, source: str | None):
        """The events table: ``corpus`` (the loaded corpus, re-coded after every edit) or a file."""
        import pandas as pd

        from coder.records import COLUMNS

        if not source:
            source = "corpus" if self.docs or not self.config.events else str(self.config.events.resolve())
        if source == "corpus":
            frame = self._frames.get("corpus")
            if frame is None:
                frame = pd.DataFrame.from_records(self.corpus_records(), columns=list(COLUMNS))
                self._frames["corpus"] = frame
            return "corpus", frame
        given = self.config.events.resolve() if self.config.events else None
        path = Path(source) if Path(source).is_absolute() else self.output / source
        path = path.resolve()
        if path != given:
            path = self.inside(path, self.output)
        key = f"{path}:{path.stat().st_mtime_ns if path.exists() else 0}"
        frame = self._frames.get(key)
        if frame is None:
            frame = read_events(path)
            self._frames = {k: v for k, v in self._frames.items() if k == "corpus" or not k.startswith(f"{path}:")}
            self._frames[key] = frame
        return str(path), frame

    # ------------------------------------------------------------------ benchmarks

    def gold_files(self) -> list[str]:
        root = self.config.benchmarks
        if not root or not root.is_dir():
            return []
        out = []
        for p in sorted(root.resolve().rglob("*")):
            if p.suffix.lower() in (".xml", ".json", ".tsv", ".csv") and p.is_file() and p.stat().st_size > 0:
                out.append(p.relative_to(root.resolve()).as_posix())
        return out

    def report_files(self) -> list[str]:
        return [p.relative_to(self.output).as_posix() for p in sorted(self.output.rglob("report.json"))]

    def run_benchmark(self, gold: str, parses: str | None = None, wait: bool = False,
                      codebook: str = "workbench") -> dict:
        """Start `coder benchmark` on a gold file in a background thread (one at a time), with
        this workbench's codebook (as edited here) or ``codebook="default"``: what `coder
        benchmark` picks (a PETRARCH file's own dictionaries, else the shipped codebook)."""
        if not self.config.benchmarks:
            raise WorkbenchError("no benchmark folder given (start with --benchmarks DIR)", 404)
        gold_path = self.inside(gold, self.config.benchmarks.resolve())
        if not gold_path.is_file():
            raise WorkbenchError(f"{gold}: no such gold file", 404)
        if parses not in (None, "", "supplied", "stanza"):
            raise WorkbenchError(f"parses: {parses!r} is not supplied or stanza")
        if codebook not in ("workbench", "default"):
            raise WorkbenchError(f"codebook: {codebook!r} is not workbench or default")
        if self.bench_job.get("state") == "running":
            raise WorkbenchError("a benchmark is already running", 409)
        name = re.sub(r"[^A-Za-z0-9_.-]+", "-", Path(gold).with_suffix("").as_posix()).strip("-.")
        out_dir = self.output / "bench" / f"{name}-{dt.datetime.now():%Y%m%d-%H%M%S}"
        job = {"state": "running", "gold": gold, "codebook": codebook, "started": time.time(), "progress": "", "out": None,
               "error": None, "summary": None}
        self.bench_job = job

        def work() -> None:
            from coder.benchmark.report import write_reports
            from coder.benchmark.run import run_benchmark

            try:
                def progress(stage: str, done: int, total: int) -> None:
                    job["progress"] = f"{'parsing' if stage == 'parse' else 'coding'} {done}/{total}"

                report = run_benchmark(gold_path, codebook=self.root if codebook == "workbench" else None,
                                       models=self.config.models,
                                       parses=parses or None, progress=progress)
                write_reports(report, out_dir)
                job["out"] = out_dir.relative_to(self.output).as_posix()
                job["summary"] = {"records": report["records"],
                                  "fully_correct": report["records_fully_correct"],
                                  "levels": report["levels"]}
                job["state"] = "done"
            except Exception as exc:  # shown on the page; the server keeps running
                job["error"] = f"{type(exc).__name__}: {exc}"
                job["state"] = "failed"

        thread = threading.Thread(target=work, daemon=True)
        thread.start()
        if wait:
            thread.join()
        return job

    def compare(self, a: str, b: str) -> tuple[dict, str]:
        from coder.benchmark.compare import compare_reports, load_report, render_comparison

        pa, pb = self.inside(a, self.output), self.inside(b, self.output)
        for p, name in ((pa, a), (pb, b)):
            if not p.is_file():
                raise WorkbenchError(f"{name}: no such report", 404)
        cmp = compare_reports(load_report(pa), load_report(pb))
        return cmp, render_comparison(cmp)


def read_events(path: Path):
    """An events file written by `coder code` (CSV, TSV, JSONL or Parquet) as a DataFrame."""
    import pandas as pd

    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
        if suffix == ".tsv":
            return pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False, na_values=[""])
        if suffix == ".jsonl":
            return pd.read_json(path, lines=True, dtype=False)
        if suffix == ".parquet":
            return pd.read_parquet(path)
    except FileNotFoundError:
        raise WorkbenchError(f"{path}: no such events file", 404) from None
    except Exception as exc:
        raise WorkbenchError(f"{path}: cannot read events: {type(exc).__name__}: {exc}") from None
    raise WorkbenchError(f"{path}: not an events file (.csv, .tsv, .jsonl or .parquet)")


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _relative(file: str, root: Path) -> str:
    try:
        return Path(file).resolve().relative_to(root).as_posix()
    except (ValueError, OSError):
        return file
