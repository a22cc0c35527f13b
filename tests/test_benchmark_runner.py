"""Getting parses for gold records (supplied or stanza + cache) and PETRARCH's require_dyad."""

import os
from pathlib import Path

import pytest

from coder.benchmark.cache import ParseCache
from coder.benchmark.gold import GoldRecord, GoldSet
from coder.benchmark.runner import BenchmarkError, default_parse_mode, documents_for, require_dyad_for

PARSE = "1\tArnor\tArnor\tPROPN\tNNP\t_\t0\troot\t_\t_\n\n"
MODELS = Path(os.environ.get("CODER_STANZA_DIR", Path(__file__).resolve().parents[2] / "shared" / "models" / "stanza-en-compact"))


def _set(fmt, *records):
    return GoldSet(fmt, Path("gold"), list(records))


def test_require_dyad_follows_format_and_config():
    plain = GoldRecord("a", "t")
    off = GoldRecord("b", "t", options=(("require_dyad", "false"),))
    on = GoldRecord("c", "t", options=(("require_dyad", "true"),))
    assert require_dyad_for(_set("petrarch"), plain) is True
    assert require_dyad_for(_set("petrarch"), off) is False
    assert require_dyad_for(_set("csv"), plain) is False
    assert require_dyad_for(_set("csv"), on) is True


def test_universal_petrarch_gold_codes_events_with_one_actor():
    """A validation file naming a <P1Verbfile> is UniversalPetrarch's, coded with require_dyad
    False (its gold has target-only events); a <Config> still decides."""
    up = GoldSet("petrarch", Path("gold"), [], {"language_verbs": [Path("verbos.txt")]})
    assert require_dyad_for(up, GoldRecord("a", "t")) is False
    assert require_dyad_for(up, GoldRecord("c", "t", options=(("require_dyad", "true"),))) is True


def test_supplied_parses():
    good = GoldRecord("a", "Arnor", parse=PARSE, date="1995-01-01")
    bad = GoldRecord("b", "Arnor", parse="1\tArnor\n\n")
    gold = _set("petrarch", good, bad)
    assert default_parse_mode(gold) == "supplied"
    docs = documents_for(gold, "supplied")
    assert docs["a"].id == "a" and docs["a"].sentences[0].tokens[0].text == "Arnor"
    assert str(docs["a"].date) == "1995-01-01"
    assert isinstance(docs["b"], str) and docs["b"].startswith("parse:") and "record b" in docs["b"]


def test_supplied_mode_needs_parses():
    gold = _set("csv", GoldRecord("a", "text"), GoldRecord("b", "text", parse=PARSE))
    assert default_parse_mode(gold) == "stanza"
    with pytest.raises(BenchmarkError, match=r"record a: field 'parse'"):
        documents_for(gold, "supplied")
    with pytest.raises(BenchmarkError, match="unknown parse mode"):
        documents_for(gold, "udpipe")


@pytest.mark.slow
@pytest.mark.skipif(not MODELS.is_dir(), reason="stanza model not available")
def test_stanza_parses_are_cached(tmp_path):
    gold = _set("csv", GoldRecord("a", "Rebels attacked the police."), GoldRecord("b", "It rained."))
    cache = ParseCache(MODELS, root=tmp_path)
    first = documents_for(gold, "stanza", models=MODELS, cache=cache)
    assert first["a"].sentences[0].tokens[1].lemma == "attack" and cache.misses == 2
    again = ParseCache(MODELS, root=tmp_path)
    second = documents_for(gold, "stanza", models=MODELS, cache=again)
    assert again.hits == 2 and again.misses == 0
    assert [t.deprel for t in second["a"].sentences[0].tokens] == [t.deprel for t in first["a"].sentences[0].tokens]


def test_lower_case_runs_code_every_text_in_lower_case_from_fresh_parses():
    from coder.benchmark.run import lower_cased

    gold = _set("csv", GoldRecord("a", "Rebels attacked Gondor.", parse=PARSE))
    [record] = lower_cased(gold).records
    assert (record.text, record.parse) == ("rebels attacked gondor.", None)


def test_lower_case_runs_refuse_the_supplied_parses(tmp_path):
    from coder.benchmark.run import run_benchmark

    gold = tmp_path / "gold.csv"
    gold.write_text("id,text,source,target,code\na,Rebels attacked Gondor.,REB,GON,190\n", encoding="utf-8")
    with pytest.raises(BenchmarkError, match="--parses stanza"):
        run_benchmark(gold, parses="supplied", lower_case=True)
