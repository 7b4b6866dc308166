# Two commands do everything on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint bench eval fit clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dask]'
	touch $(STAMP)

BENCH_STAMP := $(VENV)/.installed-bench

$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dask,bench]'
	touch $(BENCH_STAMP)

FIT_STAMP := $(VENV)/.installed-fit

$(FIT_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dask,fit]'
	touch $(FIT_STAMP)

run: install
	$(BIN)/newsparse parse samples/arabnews-two-articles.txt

lint: install
	$(BIN)/ruff check src tests scripts benchmarks
	$(BIN)/ruff format --check src tests scripts benchmarks
	$(BIN)/mypy
	$(BIN)/mypy --strict scripts/update_readme.py scripts/eval.py scripts/dev2_split.py scripts/html_corpus.py \
		scripts/joined_corpus.py scripts/count_records.py \
		scripts/html_candidates.py benchmarks/bench.py

test: lint
	$(BIN)/python -m pytest

# Throughput, parallel speed-up, peak memory, start-up time, and trafilatura side
# by side; reads the dev corpus from ../shared at run time (never copied here).
bench: $(BENCH_STAMP)
	$(BIN)/python benchmarks/bench.py

# The scorer's figures on the samples and both development corpora (their text and
# their HTML), one table; reads ../shared at run time (never copied here; the HTML
# sets are laid out in a temporary directory). EVAL_SETS picks other sets.
eval: install
	$(BIN)/python scripts/eval.py $(EVAL_SETS)

# Re-fit the weights of the scored decisions (src/newsparse/decisions/weights.py)
# on the development corpora in ../shared; then `make eval` shows the effect.
fit: $(FIT_STAMP)
	$(BIN)/mypy --strict scripts/fit_weights.py scripts/corpus.py
	$(BIN)/python scripts/fit_weights.py $(FIT_ARGS)

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
