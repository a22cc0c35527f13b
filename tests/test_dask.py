"""--engine dask: partitions coded on a dask.distributed cluster (a LocalCluster of 2 workers
× 1 thread here) write the same files as the local engine; a re-run skips finished parts."""

from __future__ import annotations

import logging

import pytest

from test_engine import write_corpus

pytest.importorskip("distributed")

FILES = ("ev.csv", "ev.documents.csv", "ev.rejects.jsonl")


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as local:
        yield local.scheduler_address


def test_dask_engine_writes_what_the_local_engine_writes(small_codebook, tmp_path):
    """No --scheduler: the run starts its own LocalCluster of --workers 2 × 1 thread."""
    from coder.cli import main
    from conftest import SMALL_CODEBOOK

    corpus = write_corpus(tmp_path / "corpus.conllu", 40)
    common = ["code", str(corpus), "--codebook", str(SMALL_CODEBOOK), "--chunk-size", "4", "--format", "acled"]
    assert main([*common, "-o", str(tmp_path / "local" / "ev.csv")]) == 0
    assert main([*common, "-o", str(tmp_path / "dask" / "ev.csv"), "--engine", "dask", "--workers", "2"]) == 0
    assert (tmp_path / "dask" / "ev.csv").read_text().count("\n") == 1 + 27
    for name in FILES:
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name
    assert not (tmp_path / "dask" / "ev.csv.parts").exists()  # merged and removed


def test_a_rerun_skips_finished_partitions(small_codebook, tmp_path, cluster):
    from coder.run.dask_engine import parts_folder, run_partitions, write_part
    from coder.run.local import run_chunks
    from coder.run.worker import Job
    from test_engine import corpus_docs

    out = tmp_path / "ev.jsonl"
    run_id = {"run": 1}
    # an earlier, interrupted run of the same job finished partition 1; its part is marked
    done = list(run_chunks(corpus_docs(6), Job(small_codebook), chunk_size=2))[1]
    done.statuses[0] = type(done.statuses[0])("kept-from-before", "coded", 1, "")
    write_part(parts_folder(out, run_id) / "part-00000001.jsonl", done)
    outs = list(run_partitions(corpus_docs(6), Job(small_codebook), out, run_id, chunk_size=2, scheduler=cluster))
    assert [s.doc_id for o in outs for s in o.statuses] == ["d0", "d1", "kept-from-before", "d3", "d4", "d5"]
    assert not (tmp_path / "ev.jsonl.parts").exists()


def test_parts_of_another_run_are_not_reused(tmp_path):
    from coder.run.dask_engine import parts_folder

    folder = parts_folder(tmp_path / "ev.csv", {"chunk": 2})
    (folder / "part-00000000.jsonl").write_text("{}\n")
    assert list(parts_folder(tmp_path / "ev.csv", {"chunk": 3}).glob("part-*")) == []
