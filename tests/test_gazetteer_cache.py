"""The gazetteer is built once and then loaded from its signed cache file, with the same answers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from coder.acled import gazetteer as gz
from coder.codebook import CacheWarning


def test_cached_gazetteer_answers_like_a_freshly_built_one(tmp_path, monkeypatch):
    monkeypatch.setenv("CODER_CACHE_DIR", str(tmp_path))
    gz.gazetteer.cache_clear()
    try:
        first = gz.gazetteer()  # builds and writes the cache file
        assert list((tmp_path / "gazetteer").glob("*.signed"))
        gz.gazetteer.cache_clear()
        loaded = gz.gazetteer()  # from the cache file
    finally:
        gz.gazetteer.cache_clear()
    assert isinstance(loaded.places, gz._PackedPlaces)
    assert loaded.countries == first.countries and loaded.max_words == first.max_words
    assert len(loaded.places) == len(first.places)
    for name in ("Aleppo", "Idlib province", "Nairobi", "Mayadin", "Springfield", "nowhere-at-all"):
        assert loaded.lookup(name) == first.lookup(name)
    assert dict(loaded.places.items()) == dict(first.places.items())


def test_a_tampered_gazetteer_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("CODER_CACHE_DIR", str(tmp_path))
    gz.gazetteer.cache_clear()
    try:
        gz.gazetteer()
        cache_file = next((tmp_path / "gazetteer").glob("*.signed"))
        cache_file.write_bytes(cache_file.read_bytes()[:-10] + b"0123456789")
        gz.gazetteer.cache_clear()
        with pytest.warns(CacheWarning, match="signature"):
            rebuilt = gz.gazetteer()  # built again (and cached again)
    finally:
        gz.gazetteer.cache_clear()
    assert not isinstance(rebuilt.places, gz._PackedPlaces)
    assert rebuilt.lookup("Aleppo")[0].iso3 == "SYR"


def test_another_process_loads_the_cached_gazetteer(tmp_path, monkeypatch):
    monkeypatch.setenv("CODER_CACHE_DIR", str(tmp_path))
    gz.gazetteer.cache_clear()
    try:
        gz.gazetteer()
    finally:
        gz.gazetteer.cache_clear()
    code = ("from coder.acled.gazetteer import gazetteer, _PackedPlaces; g = gazetteer(); "
            "print(type(g.places) is _PackedPlaces, g.lookup('Aleppo')[0].iso3)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.split() == ["True", "SYR"]


def test_country_names_are_cached_with_the_same_answers(tmp_path, monkeypatch):
    """The country-name index (names, demonyms, capitals → ISO3) is built once and then read
    from its signed cache file: the same mapping."""
    from coder.acled import locations

    monkeypatch.setenv("CODER_CACHE_DIR", str(tmp_path))
    locations._country_names.cache_clear()
    try:
        built = dict(locations._country_names())  # built and written
        assert list((tmp_path / "countries").glob("*.signed"))
        locations._country_names.cache_clear()
        monkeypatch.setattr(locations, "_built_country_names", lambda: pytest.fail("built again"))
        loaded = dict(locations._country_names())
    finally:
        locations._country_names.cache_clear()
    assert loaded == built and built["syria"] == "SYR"
