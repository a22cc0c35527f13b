"""--resume: output, rejects and statuses are committed per chunk in a journal; a killed run
continues where the journal ends and finishes byte-identical to an uninterrupted run."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from coder.errors import CoderError
from coder.schema import Rejected
from conftest import ROOT, SMALL_CODEBOOK
from test_engine import corpus_docs, write_corpus

FILES = ("ev.csv", "ev.documents.csv", "ev.rejects.jsonl")


def _items(n: int, fail_after: int | None = None):
    """The corpus with a rejected item in it; raises after ``fail_after`` items (a crash)."""
    for i, doc in enumerate(corpus_docs(n)):
        if i == fail_after:
            raise KeyboardInterrupt("killed")
        yield doc
        if i == 5:
            yield Rejected(f"bad{i}", "unreadable line", stage="read")


def _same_files(a, b):
    for name in FILES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_resume_after_a_crash_ends_byte_identical(small_codebook, tmp_path):
    from coder.api import code_to_files

    whole = code_to_files(_items(17), tmp_path / "whole" / "ev.csv", small_codebook, chunk_size=2)
    out = tmp_path / "cut" / "ev.csv"
    with pytest.raises(KeyboardInterrupt):
        code_to_files(_items(17, fail_after=9), out, small_codebook, chunk_size=2)
    journal = out.with_name("ev.journal.jsonl")
    assert json.loads(journal.read_text().splitlines()[-1])["items"] == 10  # five whole chunks (nine documents and a reject)
    with out.open("a") as fh:  # what a kill in the middle of a chunk leaves behind
        fh.write("half a row")
    with journal.open("a") as fh:
        fh.write('{"items": 1')
    resumed = code_to_files(_items(17), out, small_codebook, chunk_size=2, resume=True)
    _same_files(tmp_path / "whole", tmp_path / "cut")
    assert not journal.exists()
    assert resumed.written == whole.written == 12
    assert [s.doc_id for s in resumed.statuses] == [s.doc_id for s in whole.statuses]  # the summary counts all
    assert resumed.rejects == whole.rejects


def test_resume_without_a_journal_starts_over(small_codebook, tmp_path):
    from coder.api import code_to_files

    out = tmp_path / "ev.jsonl"
    out.write_text("stale\n")
    result = code_to_files(corpus_docs(4), out, small_codebook, resume=True)
    assert result.written == 3 and "stale" not in out.read_text()


def test_resume_of_a_different_run_is_refused(small_codebook, tmp_path):
    from coder.api import code_to_files

    out = tmp_path / "ev.csv"
    with pytest.raises(KeyboardInterrupt):
        code_to_files(_items(9, fail_after=5), out, small_codebook, chunk_size=2, fingerprint={"inputs": ["a"]})
    with pytest.raises(CoderError, match="different run.*chunk"):
        code_to_files(_items(9), out, small_codebook, chunk_size=3, fingerprint={"inputs": ["a"]}, resume=True)
    with pytest.raises(CoderError, match="different run.*inputs"):
        code_to_files(_items(9), out, small_codebook, chunk_size=2, fingerprint={"inputs": ["b"]}, resume=True)


def test_parquet_output_cannot_be_resumed(small_codebook, tmp_path):
    from coder.api import code_to_files

    with pytest.raises(CoderError, match="--resume needs"):
        code_to_files(corpus_docs(2), tmp_path / "ev.parquet", small_codebook, resume=True)
    assert not (tmp_path / "ev.journal.jsonl").exists()


def _coder(*args, **kwargs):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "coder.cli", "code", *map(str, args)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def test_kill_9_at_a_random_point_then_resume_is_byte_identical(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.conllu", 600)
    common = ["--codebook", SMALL_CODEBOOK, "--chunk-size", "3", "--format", "acled"]
    whole = _coder(corpus, "-o", tmp_path / "whole" / "ev.csv", *common)
    assert whole.wait(timeout=120) == 0, whole.stderr.read().decode()

    out = tmp_path / "cut" / "ev.csv"
    journal = out.with_name("ev.journal.jsonl")
    seed = int(os.environ.get("CODER_TEST_SEED") or time.time_ns() % 2**32)
    print(f"kill point seed: {seed} (CODER_TEST_SEED={seed} repeats it)")
    target = random.Random(seed).randint(3, 60)  # chunks committed before the kill
    run = _coder(corpus, "-o", out, *common)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and run.poll() is None:
        if journal.exists() and journal.read_text().count("\n") >= target + 2:
            break
        time.sleep(0.005)
    assert run.poll() is None, "the run ended before it could be killed"
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    done = json.loads(journal.read_text().splitlines()[-1])["items"]
    assert 0 < done < 600

    resumed = _coder(corpus, "-o", out, *common, "--resume")
    assert resumed.wait(timeout=120) == 0, resumed.stderr.read().decode()
    assert "400 events from 600 documents" in resumed.stdout.read().decode()
    _same_files(tmp_path / "whole", tmp_path / "cut")


def test_resuming_a_folder_notices_an_edited_story_inside_it(tmp_path):
    from coder.cli import Reading, _inputs_fingerprint

    folder = tmp_path / "stories"
    folder.mkdir()
    (folder / "a.txt").write_text("Arnor attacked Gondor.")
    (folder / "b.txt").write_text("Rohan met Gondor.")
    reading = Reading()
    before = _inputs_fingerprint([folder], reading, None, False)
    (folder / "b.txt").write_text("Rohan met Gondor on Tuesday.")
    assert _inputs_fingerprint([folder], reading, None, False) != before
