# newscorpus developer commands. Every target creates .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev
DEMO_STAMP := $(VENV)/.installed
# The install compiles these with mypyc (read from COMPILED in hatch_build.py): an edit
# reinstalls. NEWSCORPUS_PURE_PYTHON=1 make clean test: the same, pure Python.
COMPILED := $(shell sed -n 's/^ *"\(src\/newscorpus\/[^"]*\.py\)",$$/\1/p' hatch_build.py)

.PHONY: demo test lint typecheck docs docs-build bench eval fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(DEMO_STAMP): pyproject.toml hatch_build.py $(COMPILED) | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP): pyproject.toml hatch_build.py $(COMPILED) | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@ $(DEMO_STAMP)

demo: $(DEMO_STAMP)
	$(BIN)/newscorpus demo seeds/ --out demo-out/seeds.parquet

test: $(STAMP)
	$(BIN)/python -m pytest -q
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir build/site

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

docs: $(STAMP)
	$(BIN)/mkdocs serve

docs-build: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir build/site

# Peak RSS exporting the corpus scaled to these sizes in MB (a zip corpus only);
# MEMORY_MB= skips it.
MEMORY_MB ?= 250,500,1000

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py $(if $(CORPUS),--corpus $(CORPUS),) \
		$(if $(MEMORY_MB),--memory-mb $(MEMORY_MB),)

eval: $(STAMP)
	$(BIN)/python benchmarks/quotes.py
	$(BIN)/python benchmarks/datelines.py

clean:
	rm -rf $(VENV) build dist demo-out bench-out .mypy_cache .ruff_cache .pytest_cache
	rm -f src/*.so src/newscorpus/*.so

FUZZ_SECONDS ?= 60
fuzz: $(STAMP)
	$(BIN)/python -m pip install --quiet atheris
	mkdir -p build/fuzz-corpus && cp seeds/*.txt build/fuzz-corpus/
	$(BIN)/python fuzz/fuzz_parse.py -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 build/fuzz-corpus
