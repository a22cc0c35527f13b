"""End to end on the seed story with the shipped codebooks and the compact model."""

from __future__ import annotations

import pandas as pd
import pytest

from coder.cli import main
from conftest import MODELS, ROOT


@pytest.mark.slow
def test_seed_story_yields_the_expected_events(tmp_path):
    out = tmp_path / "seed.csv"
    seed = ROOT / "seeds" / "000_368ac21e56eded89.txt"
    assert main(["code", str(seed), "-o", str(out), "--models", str(MODELS)]) == 0
    events = pd.read_csv(out, dtype=str, keep_default_na=False)
    records = events.to_dict("records")
    assert records
    assert set(events.date) == {"2019-08-06"}
    rows = list(events[["source_code", "target_code", "root_code"]].itertuples(index=False, name=None))
    # Islamic State attacks (root 18, 19 or 20)
    assert any(s == "IMGMUSISI" and r in ("18", "19", "20") for s, _, r in rows)
    # the United States withdraws from Syria (root 08)
    assert any(s.startswith("USA") and t == "SYR" and r == "08" for s, t, r in rows)
    # an appeal by the United States (root 02)
    assert any(s.startswith("USA") and r == "02" for s, _, r in rows)
