# Two commands set everything up on a fresh machine:
#   make demo   - install, then code the seed story into out/seed-events.csv
#   make test   - install, then run the test suite
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
# CPU build of torch (a plain `pip install torch` pulls a multi-GB CUDA build)
TORCH_SPEC ?= torch==2.13.0
MODELS ?= ../shared/models/stanza-en-compact
# Tests and CI use the compact model in ../shared. Without it (a fresh machine), nothing is
# set and the first `coder code` fetches stanza's official English models into stanza's
# cache (~/.cache/stanza), once; offline it says what to do.
ifneq ($(wildcard $(MODELS)/tokenize.pt),)
export CODER_STANZA_DIR ?= $(abspath $(MODELS))
endif

.PHONY: setup demo test test-fast benchmarks throughput fuzz loadtest clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet "$(TORCH_SPEC)"
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

demo: setup
	$(VENV)/bin/coder code seeds/000_368ac21e56eded89.txt -o out/seed-events.csv

test: setup
	$(PY) -m pytest -q

test-fast: setup
	$(PY) -m pytest -q -m "not slow"

# Every shared benchmark, one report folder each (JSON + Markdown + HTML), plus codebook load time.
SHARED_BENCH := ../shared/benchmarks
benchmarks: setup
	$(VENV)/bin/coder benchmark $(SHARED_BENCH)/petrarch-unit-ud/records.xml -o out/bench/petrarch-unit-ud
	$(VENV)/bin/coder benchmark $(SHARED_BENCH)/petrarch-unit-ud/records.xml --parses stanza -o out/bench/petrarch-unit-ud-stanza
	$(VENV)/bin/coder benchmark $(SHARED_BENCH)/petrarch-unit/records.xml -o out/bench/petrarch-unit
	$(VENV)/bin/coder benchmark $(SHARED_BENCH)/plover_gsr_cameo.json -o out/bench/plover
	$(VENV)/bin/coder benchmark $(SHARED_BENCH)/case2021_task2_dev.tsv -o out/bench/case2021
	$(VENV)/bin/coder benchmark $(SHARED_BENCH)/conflibert-cameo -o out/bench/conflibert-cameo
	$(VENV)/bin/coder benchmark $(SHARED_BENCH)/spanish-fight/records.xml -o out/bench/spanish-fight
	$(VENV)/bin/coder benchmark $(SHARED_BENCH)/spanish-fight/records.xml --codebook codebooks/es -o out/bench/spanish-fight-shipped
	$(VENV)/bin/coder benchmark $(SHARED_BENCH)/conflibert-cameo --codebook benchmarks/phoenix-only -o out/bench/conflibert-phoenix-only
	$(VENV)/bin/coder benchmark $(SHARED_BENCH)/plover_gsr_cameo.json --codebook benchmarks/phoenix-only -o out/bench/plover-phoenix-only
	$(PY) benchmarks/codebook_load.py

# Throughput on a fixed corpus (seed story + CASE 2021 snippets): stanza alone, coder parse,
# coding only on cached parses, end to end with 1 and 2 workers, peak RSS on a 20x corpus.
throughput: setup
	$(PY) benchmarks/throughput.py -o out/throughput

# Property-based tests with many more cases than the suite's CI-sized run (README: Fuzzing).
FUZZ_EXAMPLES ?= 3000
fuzz: setup
	CODER_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(PY) -m pytest -q tests/test_fuzz.py --hypothesis-show-statistics -p no:cacheprovider

# 10,000 documents, 5% broken in every way the readers know: every document accounted for.
loadtest: setup
	$(PY) benchmarks/loadtest.py --out out/loadtest

clean:
	rm -rf out .pytest_cache
