"""ACLED actor types (``inter`` codes): one enumeration for the coder (``coder.code``) and the
ACLED enrichment (``coder.acled``). It imports nothing of the coder, so either may import it.

The codebook's data writes the same numbers (``codebooks/acled.yaml``: ``agent_inter``,
``inter_names``, ``inter_words``, ``external_inter``); an :class:`Inter` equals its number."""

from __future__ import annotations

from enum import IntEnum


class Inter(IntEnum):
    """ACLED's actor types, by their inter code."""

    STATE_FORCES = 1
    REBELS = 2
    POLITICAL_MILITIA = 3
    IDENTITY_MILITIA = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL = 8  # external or other forces: foreign states, international organisations
