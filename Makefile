# The two set-up commands of the README, and a few helpers.
# `make demo` runs the main job on the embedded default; `make test` installs what
# the tests need (Python packages, chromium, PostgreSQL, Redis) and runs them all.

VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip

.PHONY: demo test install install-test install-compiled lint bench clean

$(PY):
	python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

install: $(PY)
	$(PIP) install --quiet -e .

install-test: $(PY)
	$(PIP) install --quiet -e ".[test]"

# The same package with the detector's text path compiled by mypyc (setup.py): ~1.3x the posts
# per second of `analyze --jsonl`, identical verdicts. Not editable: rerun after every change.
install-compiled: install-test
	TRANSPARANT_COMPILE=1 $(PIP) install --quiet --no-build-isolation --no-deps .

demo: install
	$(VENV)/bin/transparant demo

test:
	bash scripts/test.sh

lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

bench: install-test
	bash scripts/bench.sh

clean:
	rm -rf output build *.egg-info .pytest_cache .mypy_cache .ruff_cache
