"""The local engine: whole chunks (parse, code, validate, layout) in this process or in
worker processes, handed back in input order with a bounded number in flight."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from coder.parse import RawDocument, write_conllu
from coder.run.local import run_chunks
from coder.run.worker import Job
from coder.schema import Rejected
from conftest import build_document

ATTACK = """
    Arnor PROPN 2 nsubj
    attacked VERB 0 root attack
    Gondor PROPN 2 obj"""
QUIET = """
    Nothing PRON 2 nsubj nothing
    happened VERB 0 root happen"""


def corpus_docs(n: int, prefix: str = "d") -> list:
    """``n`` documents: every third one without an event, the rest an attack."""
    return [build_document(QUIET if i % 3 == 2 else ATTACK, doc_id=f"{prefix}{i}",
                           date=f"2005-06-{1 + i % 28:02d}") for i in range(n)]


def write_corpus(path: Path, n: int, prefix: str = "d") -> Path:
    """A CoNLL-U corpus of ``corpus_docs(n)`` (needs no stanza model to code)."""
    with path.open("w", encoding="utf-8") as fh:
        write_conllu(corpus_docs(n, prefix), fh)
    return path


def test_chunks_come_back_in_input_order_with_one_status_per_item(small_codebook):
    items = corpus_docs(7) + [Rejected("bad", "unreadable", stage="read"), RawDocument("empty", "  ")]
    outs = list(run_chunks(items, Job(small_codebook), chunk_size=3))
    assert [len(o.statuses) for o in outs] == [3, 3, 3]
    statuses = [s for o in outs for s in o.statuses]
    assert [s.doc_id for s in statuses] == [f"d{i}" for i in range(7)] + ["bad", "empty"]
    assert [s.status for s in statuses] == ["coded", "coded", "no-event"] * 2 + ["coded", "rejected", "no-event"]
    rows = [r for o in outs for r in o.rows]
    assert [r["doc_id"] for r in rows] == ["d0", "d1", "d3", "d4", "d6"]
    assert outs[2].rejects == [Rejected("bad", "unreadable", stage="read")]


def test_one_worker_reads_no_further_than_the_chunk_it_codes(small_codebook):
    pulled = []

    def endless():
        for i in itertools.count():
            pulled.append(i)
            yield build_document(ATTACK, doc_id=f"d{i}")

    chunks = run_chunks(endless(), Job(small_codebook), chunk_size=4)
    first = next(chunks)
    assert [s.doc_id for s in first.statuses] == ["d0", "d1", "d2", "d3"] and len(pulled) == 4
    chunks.close()


def test_worker_processes_keep_input_order_and_bound_what_is_in_flight(small_codebook):
    pulled = []

    def endless():
        for i in itertools.count():
            pulled.append(i)
            yield build_document(ATTACK, doc_id=f"d{i}")

    chunks = run_chunks(endless(), Job(small_codebook), workers=2, chunk_size=2, inflight=3)
    outs = [next(chunks) for _ in range(4)]
    chunks.close()
    assert [s.doc_id for o in outs for s in o.statuses] == [f"d{i}" for i in range(8)]
    assert len(pulled) <= (4 + 3) * 2  # what was handed back plus at most 3 chunks in flight


def test_worker_processes_write_the_same_files_as_one_process(small_codebook, tmp_path):
    from coder.api import code_to_files
    from coder.inputs import read_inputs

    corpus = write_corpus(tmp_path / "corpus.conllu", 20)
    one = code_to_files(read_inputs([corpus]), tmp_path / "one" / "ev.csv", small_codebook, chunk_size=3)
    two = code_to_files(read_inputs([corpus]), tmp_path / "two" / "ev.csv", small_codebook, chunk_size=3,
                        workers=2)
    assert one.written == two.written == 14
    for name in ("ev.csv", "ev.documents.csv", "ev.rejects.jsonl"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
    assert not (tmp_path / "two" / "ev.journal.jsonl").exists()  # removed when the run completes


def test_chunk_size_does_not_change_the_output(small_codebook, tmp_path):
    from coder.api import code_to_files

    docs = corpus_docs(10)
    for size in (1, 4, 64):
        code_to_files(docs, tmp_path / f"c{size}" / "ev.jsonl", small_codebook, chunk_size=size, fmt="acled")
    texts = {(tmp_path / f"c{size}" / "ev.jsonl").read_text() for size in (1, 4, 64)}
    assert len(texts) == 1 and texts.pop().count("\n") == 7


def test_cli_code_options_for_chunks_and_engine(small_codebook, tmp_path):
    from coder.cli import main
    from conftest import SMALL_CODEBOOK

    corpus = write_corpus(tmp_path / "corpus.conllu", 5)
    out = tmp_path / "ev.csv"
    assert main(["code", str(corpus), "-o", str(out), "--codebook", str(SMALL_CODEBOOK), "--chunk-size", "2"]) == 0
    assert out.read_text().count("\n") == 1 + 4
    assert main(["code", str(corpus), "-o", str(out), "--codebook", str(SMALL_CODEBOOK), "--engine", "spark"]) == 1


def test_a_chunk_size_below_one_is_refused(small_codebook, tmp_path):
    from coder.api import code_to_files
    from coder.errors import CoderError

    with pytest.raises(CoderError, match="--chunk-size must be at least 1"):
        code_to_files(corpus_docs(2), tmp_path / "ev.csv", small_codebook, chunk_size=0)


def test_parse_items_keeps_order_and_rejects_only_the_document_the_parser_fails_on(monkeypatch):
    import coder.parse
    from coder.api import parse_items
    from coder.doc import Document

    class Parser:
        def __init__(self, models=None, threads=1):
            pass

        def parse(self, docs):
            if any("boom" in d.text for d in docs):
                raise RuntimeError("parser crashed")
            return [Document(d.id, d.text) for d in docs]

    monkeypatch.setattr(coder.parse, "Parser", Parser)
    parsed_before = build_document(ATTACK, doc_id="p")
    items = [RawDocument("a", "Arnor spoke."), RawDocument("b", "boom"), RawDocument("c", " "),
             Rejected("r", "unreadable", stage="read"), parsed_before, RawDocument("d", "Gondor spoke.")]
    out = list(parse_items(items))
    assert [getattr(o, "id", getattr(o, "doc_id", None)) for o in out] == ["a", "b", "c", "r", "p", "d"]
    assert isinstance(out[1], Rejected) and out[1].stage == "parse" and "parser crashed" in out[1].reason
    assert isinstance(out[2], Document) and out[2].sentences == () and out[4] is parsed_before


@pytest.mark.slow
def test_coder_parse_with_two_workers_writes_what_one_writes(tmp_path):
    """One pool for the whole corpus, an empty document in the middle included."""
    import json

    from coder.cli import main
    from conftest import MODELS

    lines = [{"id": "a", "text": "Police arrested two men in Karsk.", "date": "2019-08-06"},
             {"id": "empty", "text": " "},
             {"id": "b", "text": "The army shelled Velora. Rebels fled."}]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in lines))
    for workers in ("1", "2"):
        assert main(["parse", str(corpus), "-o", str(tmp_path / f"w{workers}.conllu"), "--models", str(MODELS),
                     "--workers", workers]) == 0
    one = (tmp_path / "w1.conllu").read_text()
    assert one == (tmp_path / "w2.conllu").read_text()
    assert one.count("# newdoc id") == 3 and "# empty_document = true" in one


def _what_a_worker_loaded(state, chunk):
    """Run in a worker process: its pid, whether it imported torch, and the chunk's ids."""
    import os
    import sys

    return os.getpid(), "torch" in sys.modules, [d.id for d in chunk]


_NO_TORCH_RUN = """
import sys
sys.path.insert(0, {tests!r})
from coder.codebook import load_codebook
from coder.run.local import map_chunks
from coder.run.worker import Job
from conftest import SMALL_CODEBOOK
from test_engine import _what_a_worker_loaded, corpus_docs
chunks = [corpus_docs(2, prefix=f"c{{k}}-") for k in range(6)]
outs = list(map_chunks(iter(chunks), Job(load_codebook(SMALL_CODEBOOK)), workers=2, fn=_what_a_worker_loaded))
assert [ids for _, _, ids in outs] == [[d.id for d in c] for c in chunks], "input order lost"
assert not any(torch for _, torch, _ in outs), "a worker imported torch"
assert len({{pid for pid, _, _ in outs}}) <= 2
assert "torch" not in sys.modules
"""


def test_workers_coding_parsed_documents_load_no_torch_and_keep_order():
    """In a fresh process: the fork server's preloaded modules are set by a process's first
    pool, so in a test run an earlier test that parsed has already given it torch."""
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-c", _NO_TORCH_RUN.format(tests=str(Path(__file__).parent))],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]


def test_a_corpus_is_known_to_need_stanza_from_its_first_chunk():
    from coder.run.local import job_parses

    assert job_parses([build_document(ATTACK, doc_id="p"), RawDocument("r", "Arnor spoke.")])
    assert not job_parses([build_document(ATTACK, doc_id="p"), Rejected("x", "unreadable", stage="read")])


def test_a_parser_runs_one_intra_op_and_one_inter_op_torch_thread(tmp_path):
    import subprocess
    import sys

    from conftest import MODELS

    if not Path(MODELS).is_dir():
        pytest.skip("no stanza model folder")
    script = ("import torch\nfrom coder.parse import Parser\nParser(%r, 1)\n"
              "print(torch.get_num_threads(), torch.get_num_interop_threads())" % str(MODELS))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "1"]


def test_the_writing_process_imports_neither_torch_nor_pandas_when_workers_code(tmp_path):
    """--workers N on raw text: this process reads and appends what the workers serialised."""
    import subprocess
    import sys

    from conftest import MODELS, SMALL_CODEBOOK

    if not Path(MODELS).is_dir():
        pytest.skip("no stanza model folder")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "Arnor attacked Gondor."}\n{"id": "b", "text": "Nothing happened."}\n')
    script = (
        "import sys\nfrom coder.api import code_to_files\nfrom coder.codebook import load_codebook\n"
        "from coder.inputs import read_inputs\nfrom pathlib import Path\n"
        f"r = code_to_files(read_inputs([Path({str(corpus)!r})]), Path({str(tmp_path / 'ev.csv')!r}), "
        f"load_codebook({str(SMALL_CODEBOOK)!r}), models={str(MODELS)!r}, workers=2, chunk_size=1)\n"
        "print(len(r.statuses), 'torch' in sys.modules, 'stanza' in sys.modules, 'pandas' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["2", "False", "False", "False"]
    assert (tmp_path / "ev.documents.csv").read_text().startswith("doc_id,status,events,reason\na,")


def test_coding_cached_parses_to_csv_imports_neither_pandas_nor_a_progress_bar(tmp_path):
    """`coder code corpus.conllu -o ev.csv` with stderr no terminal: rows laid out without
    pandas (coder.emit.csv_text), no progress bar made (nor rich.progress imported)."""
    import subprocess
    import sys

    from conftest import SMALL_CODEBOOK

    corpus = tmp_path / "c.conllu"
    corpus.write_text("# newdoc id = a\n# text = Arnor attacked Gondor.\n"
                      "1\tArnor\tArnor\tPROPN\t_\t_\t2\tnsubj\t_\t_\n2\tattacked\tattack\tVERB\t_\t_\t0\troot\t_\t_\n"
                      "3\tGondor\tGondor\tPROPN\t_\t_\t2\tobj\t_\t_\n4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n")
    script = ("import runpy, sys\nsys.argv = ['coder', 'code', %r, '-o', %r, '--codebook', %r]\n"
              "try:\n    runpy.run_module('coder.cli', run_name='__main__')\nexcept SystemExit:\n    pass\n"
              "print('pandas' in sys.modules, 'rich.progress' in sys.modules, file=sys.stderr)\n"
              % (str(corpus), str(tmp_path / "ev.csv"), str(SMALL_CODEBOOK)))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert out.stderr.split()[-2:] == ["False", "False"], out.stderr
    assert (tmp_path / "ev.csv").read_text().startswith("event_id,")
