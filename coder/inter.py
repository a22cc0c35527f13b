"""ACLED actor types (``inter`` codes): one set of named numbers for the coder (``coder.code``)
and the ACLED enrichment (``coder.acled``). It imports nothing, so either may import it.

The codebook's data writes the same numbers (``codebooks/acled.yaml``: ``agent_inter``,
``inter_names``, ``inter_words``, ``external_inter``). They are plain ints (not an enum), as
the output records carry them and the records' schema wants integers."""

from __future__ import annotations


class Inter:
    """ACLED's actor types, by their inter code."""

    __slots__ = ()

    STATE_FORCES = 1
    REBELS = 2
    POLITICAL_MILITIA = 3
    IDENTITY_MILITIA = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL = 8  # external or other forces: foreign states, international organisations

    ALL = (1, 2, 3, 4, 5, 6, 7, 8)
