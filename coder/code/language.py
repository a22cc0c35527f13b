"""The language profile a codebook codes with."""

from __future__ import annotations

from coder.errors import CodebookError, Problem
from coder.lang import LanguageProfile


def profile_of(codebook) -> LanguageProfile:
    """The codebook's language profile (named by its manifest's ``language``)."""
    if codebook.profile is None:
        raise CodebookError([Problem("error", str(codebook.root), 0,
                                     f"codebook '{codebook.name}' has no language profile", code="E250")])
    return codebook.profile
