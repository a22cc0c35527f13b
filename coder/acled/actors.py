"""ACLED actor types (inter codes 1-8), interaction codes and ACLED-style actor names."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from coder.acled.rules import AcledRules
from coder.inter import Inter


THE_COUNTRIES = ("United ", "Central African", "Democratic Republic", "Netherlands", "Philippines", "Gambia",
                 "Bahamas", "Comoros", "Maldives", "Czech Republic", "Dominican Republic", "Republic of")


def _fill(template: str, name: str) -> str:
    """"Military Forces of {country}" → "... of the United States"; "(…)" forms stay bare."""
    if "of {country}" in template and name.startswith(THE_COUNTRIES):
        return template.replace("{country}", "the " + name)
    return template.replace("{country}", name)


@lru_cache(maxsize=None)
def country_name(iso3: str | None) -> str | None:
    """Common English name of an ISO3 country ("SYR" → "Syria")."""
    if not iso3:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return None
    return getattr(country, "common_name", None) or _short_name(country.name)


def _short_name(name: str) -> str:
    """'Syrian Arab Republic' stays; 'Iran, Islamic Republic of' → 'Iran'."""
    return name.split(",")[0].strip()


@lru_cache(maxsize=None)
def is_country_code(code: str) -> bool:
    import pycountry

    return len(code) == 3 and code.isalpha() and pycountry.countries.get(alpha_3=code) is not None


def actor_country(actor: Any) -> str | None:
    """The actor's ISO3 country: its entry's, else the country prefix of its CAMEO code."""
    if actor is None:
        return None
    country = getattr(actor, "country", None)
    if country:
        return country
    code = getattr(actor, "code", "") or ""
    return code[:3] if is_country_code(code[:3]) else None


def actor_inter(actor: Any, rules: AcledRules) -> int | None:
    """The actor's ACLED type: its codebook entry's inter, else its agent's, else state
    forces for a bare country actor."""
    if actor is None:
        return None
    if getattr(actor, "inter", None):
        return actor.inter
    agent = getattr(actor, "agent", None)
    if agent and agent in rules.agent_inter:
        return rules.agent_inter[agent]
    code = getattr(actor, "code", "") or ""
    for i in range(0, len(code) - 2, 3):  # agent codes inside a composite code ("SYRCOP")
        if code[i:i + 3] in rules.agent_inter:
            return rules.agent_inter[code[i:i + 3]]
    if len(code) == 3 and actor_country(actor) == code:
        return Inter.STATE_FORCES  # a bare country: its state forces or government
    return None


def external(inter: int | None, actor: Any, event_iso: str | None, rules: AcledRules) -> int | None:
    """State forces acting outside their own country are external forces."""
    country = actor_country(actor)
    if inter == Inter.STATE_FORCES and event_iso and country and country != event_iso \
            and rules.external_inter is not None:
        return rules.external_inter
    return inter


def actor_name(actor: Any, inter: int | None, event_iso: str | None, rules: AcledRules,
               violent: bool = False) -> str | None:
    """An ACLED-style name: the codebook's acled_name, else one built from the agent or the
    actor type ("Military Forces of Syria", "Civilians (Syria)", "Protesters (Kenya)")."""
    if actor is None:
        return None
    own = actor_country(actor)
    place = country_name(own) or country_name(event_iso)
    given = getattr(actor, "acled_name", None)
    if given:
        return _fill_country(given, own, place)
    agent = getattr(actor, "agent", None)
    if agent and agent in rules.agent_names and place:
        return _fill(rules.agent_names[agent], country_name(own) or place)
    code = getattr(actor, "code", "") or ""
    if own and code == own and inter in (Inter.STATE_FORCES, Inter.EXTERNAL):
        template = rules.agent_names.get("MIL" if violent else "GOV", "Government of {country}")
        return _fill(template, country_name(own) or own)
    base_inter = Inter.STATE_FORCES if inter == Inter.EXTERNAL and own else inter
    template = rules.inter_names.get(base_inter or 0)
    if template and place:
        home = country_name(own) if base_inter == Inter.STATE_FORCES else place
        return _fill(template, home or place)
    if template:  # no country known: the type's name alone ("Protesters")
        return bare_name(template)
    return getattr(actor, "text", None) or None


def unnamed_actor(agent: str, country: str | None, rules: AcledRules) -> tuple[str | None, int | None]:
    """(name, inter) ACLED gives an actor the report does not name, by agent code: "Police
    Forces of India" (COP), "Unidentified Armed Group (Nigeria)" (UAF); without a country
    the bare name ("Unidentified Armed Group")."""
    inter = rules.agent_inter.get(agent)
    template = rules.agent_names.get(agent) or rules.inter_names.get(inter or 0)
    if not template:
        return None, inter
    return (_fill(template, country) if country else bare_name(template)), inter


def bare_name(template: str) -> str:
    """An ACLED name without its country: "Police Forces of {country}" → "Police Forces"."""
    return re.sub(r"\s*(of \{country\}|\(\{country\}\))", "", template).strip()


def _fill_country(name: str, own: str | None, place: str | None) -> str:
    """Names built by the matcher carry "{country}", an ISO3 code or "Unknown": use the name."""
    if "{country}" in name:
        return _fill(name, place or "Unknown")
    if own and country_name(own) and (f"of {own}" in name or f"({own})" in name):
        return _fill(name.replace(own, "{country}"), country_name(own))
    if place and ("of Unknown" in name or "(Unknown)" in name):
        return _fill(name.replace("Unknown", "{country}"), place)
    return name


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED interaction code: the two inter codes, lower first; one actor alone is ``x0``."""
    if inter1 is None and inter2 is None:
        return None
    if inter2 is None:
        return (inter1 or 0) * 10
    if inter1 is None:
        return inter2 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high
