"""The language profile a codebook codes with."""

from __future__ import annotations

from functools import lru_cache

from coder.lang import LanguageProfile, load_profile


def profile_of(codebook) -> LanguageProfile:
    """The codebook's language profile (named by its manifest)."""
    profile = getattr(codebook, "profile", None)
    return profile if profile is not None else _builtin("en")


@lru_cache(maxsize=None)
def _builtin(language: str) -> LanguageProfile:  # TEMPORARY until the codebook carries its profile
    profile, problems = load_profile(language)
    if profile is None:
        raise ValueError("; ".join(map(str, problems)))
    return profile
