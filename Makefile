# Two entry points for a fresh machine (python3, pip, make): `make run` and `make test`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
COMUNICA := tests/clients/comunica
COMUNICA_STAMP := $(COMUNICA)/node_modules/.installed
UI_VENDOR := service/static/vendor
UI_STAMP := $(UI_VENDOR)/node_modules/.installed

.PHONY: run test build lint bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Build the graph from data/reports/ and serve it at http://127.0.0.1:8000
run: $(STAMP) $(UI_STAMP)
	$(BIN)/psykgraf build
	$(BIN)/psykgraf serve

# Comunica (a real SPARQL client, from npm) for the client tests; skipped when npm is absent.
$(COMUNICA_STAMP): $(COMUNICA)/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --prefix $(COMUNICA) --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm not found: the Comunica client test will be skipped"; fi

# The browser assets of the pages (YASGUI for the query editor, axe-core for the accessibility
# test), from npm; the service serves them from node_modules (no CDN).
$(UI_STAMP): $(UI_VENDOR)/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --prefix $(UI_VENDOR) --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm not found: the query editor has no YASGUI and the browser tests will be skipped"; fi

## Set up and run the whole test suite (what CI runs)
test: $(STAMP) $(COMUNICA_STAMP) $(UI_STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest

build: $(STAMP)
	$(BIN)/psykgraf build

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/bench_build.py

clean:
	rm -rf $(VENV) data/build
