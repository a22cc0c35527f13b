"""Codebook caches cannot run code: a tampered or forged cache file is ignored with a
warning and the codebook is compiled again; nothing in it is ever executed."""

from __future__ import annotations

import os
import pickle
import shutil
import stat
import warnings
from pathlib import Path

import pytest
from conftest import SMALL_CODEBOOK

from coder.codebook import CacheWarning, load_codebook
from coder.codebook import cache as cache_mod


class _Exploit:
    """Unpickling this runs a shell command that creates ``marker``."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return os.system, (f"touch {self.marker}",)


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    root = tmp_path / "cache"
    monkeypatch.setenv("CODER_CACHE_DIR", str(root))
    monkeypatch.setenv("CODER_KEY_FILE", str(tmp_path / "config" / "cache.key"))
    return root


def _cached_codebook_file(root: Path) -> Path:
    files = list((root / "codebooks").glob("*.signed"))
    assert len(files) == 1, files
    return files[0]


def test_the_key_is_created_private_outside_the_cache_and_a_warm_load_uses_the_cache(cache, tmp_path):
    first = load_codebook(SMALL_CODEBOOK)
    key = tmp_path / "config" / "cache.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600 and not key.is_relative_to(cache)
    assert _cached_codebook_file(cache).read_bytes().startswith(cache_mod.MAGIC)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a good cache file loads without any warning
        again = load_codebook(SMALL_CODEBOOK)
    assert again.stats() == first.stats() and again.fingerprint == first.fingerprint


@pytest.mark.parametrize("forge", ["plain pickle", "signed with another key"])
def test_a_malicious_pickle_in_the_cache_is_not_executed(cache, tmp_path, forge):
    expected = load_codebook(SMALL_CODEBOOK).stats()
    target = _cached_codebook_file(cache)
    marker = tmp_path / "pwned"
    payload = pickle.dumps(_Exploit(marker))
    if forge == "plain pickle":
        target.write_bytes(payload)
    else:
        target.write_bytes(cache_mod.MAGIC + cache_mod._mac(b"k" * 32, payload) + payload)
    with pytest.warns(CacheWarning, match="signature does not check"):
        book = load_codebook(SMALL_CODEBOOK)
    assert not marker.exists()
    assert book.stats() == expected  # compiled again from the YAML
    assert _cached_codebook_file(cache).read_bytes().startswith(cache_mod.MAGIC)  # and re-cached


def test_even_a_correctly_signed_file_builds_only_the_codebook_types(cache, tmp_path):
    """Defence in depth: with a leaked key the unpickler still refuses os.system."""
    load_codebook(SMALL_CODEBOOK)
    target = _cached_codebook_file(cache)
    marker = tmp_path / "pwned"
    assert cache_mod.write_signed(target, _Exploit(marker))
    with pytest.warns(CacheWarning, match="posix.system is not allowed|os.system is not allowed"):
        book = load_codebook(SMALL_CODEBOOK)
    assert not marker.exists() and book.name == "test-small"


def test_a_tampered_per_file_cache_entry_is_ignored(cache, tmp_path):
    book_dir = tmp_path / "book"
    shutil.copytree(SMALL_CODEBOOK, book_dir)
    with (book_dir / "agents.yaml").open("a") as fh:  # a tab: read by PyYAML, which has a per-file cache
        fh.write("#\tthe fast reader leaves tabs to PyYAML\n")
    expected = load_codebook(book_dir, use_cache=False)
    marker = tmp_path / "pwned"
    assert list((cache / "files").glob("*.signed"))
    for entry in (cache / "files").glob("*.signed"):
        entry.write_bytes(pickle.dumps(_Exploit(marker)))
    with pytest.warns(CacheWarning):
        book = load_codebook(book_dir, use_cache=False)
    assert not marker.exists() and book.stats() == expected.stats()


def test_a_key_others_can_read_turns_caching_off(cache, tmp_path):
    key = tmp_path / "config" / "cache.key"
    key.parent.mkdir(parents=True)
    key.write_bytes(b"x" * 32)
    key.chmod(0o644)
    with pytest.warns(CacheWarning, match="not safe"):
        book = load_codebook(SMALL_CODEBOOK)
    assert book.name == "test-small"
    assert not list(cache.rglob("*.signed"))  # nothing written under an unsafe key


def test_a_key_inside_the_cache_folder_is_not_trusted(tmp_path, monkeypatch):
    root = tmp_path / "cache"
    monkeypatch.setenv("CODER_CACHE_DIR", str(root))
    monkeypatch.setenv("CODER_KEY_FILE", str(root / "cache.key"))
    with pytest.warns(CacheWarning, match="inside the cache folder"):
        load_codebook(SMALL_CODEBOOK)
    assert not list(root.rglob("*.signed"))


def test_reading_a_cache_leaves_the_garbage_collector_as_the_caller_had_it(cache, tmp_path):
    import gc

    target = tmp_path / "value.signed"
    assert cache_mod.write_signed(target, {"a": 1})
    gc.disable()
    try:
        assert cache_mod.read_signed(target) == {"a": 1}
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert cache_mod.read_signed(target) == {"a": 1} and gc.isenabled()


def test_no_temporary_file_is_left_beside_a_new_key(cache, tmp_path):
    assert cache_mod.cache_key() is not None
    assert sorted(p.name for p in (tmp_path / "config").iterdir()) == ["cache.key"]


def test_an_identical_copy_elsewhere_loads_from_the_cache_under_its_own_folder(cache, tmp_path):
    first = load_codebook(SMALL_CODEBOOK)
    copy = tmp_path / "copy"
    shutil.copytree(SMALL_CODEBOOK, copy)
    again = load_codebook(copy)
    assert again.fingerprint == first.fingerprint
    assert again.root == copy.resolve() or again.root == copy
    assert all(not f.startswith(str(Path(SMALL_CODEBOOK).resolve()) + os.sep) for f in again.files)
    assert any(f.startswith(str(again.root)) for f in again.files)


def test_the_cache_writer_pickles_exactly_what_pickle_dumps_pickles(cache):
    """The writer's own reducer for the codebook's plain types gives the bytes the generic
    reduction gives (so a cache written by either reads the same)."""
    book = load_codebook(SMALL_CODEBOOK, use_cache=False)
    assert cache_mod._dumps(book) == pickle.dumps(book, protocol=pickle.HIGHEST_PROTOCOL)
    assert cache_mod._dumps(book.profile) == pickle.dumps(book.profile, protocol=pickle.HIGHEST_PROTOCOL)
