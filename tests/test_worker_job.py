"""A job travels to worker processes whole: the codebook and every option survive pickling."""

from __future__ import annotations

import pickle

from coder.run.worker import Job


def test_a_pickled_job_keeps_its_codebook_and_options(small_codebook):
    job = Job(small_codebook, fmt="acled", dedup="story", models="/models/here", parse_cache="/cache", threads=1,
              layout=False)
    back = pickle.loads(pickle.dumps(job))
    assert back == job
    assert back.codebook == small_codebook and back.codebook is not small_codebook


def test_a_job_pickles_its_codebook_once_for_every_worker(small_codebook):
    job = Job(small_codebook)
    first, second = pickle.dumps(job), pickle.dumps(job)
    assert first == second
    assert job._codebook_pickle is job._codebook_pickle  # written once, reused


def test_a_parse_only_job_pickles_without_a_codebook():
    back = pickle.loads(pickle.dumps(Job(None, models="/m")))
    assert back.codebook is None and back.models == "/m"
