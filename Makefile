# The two commands: `make demo` and `make test`. Both set up everything on a
# fresh Debian machine (apt packages, .venv, Python packages, generated resources).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
RES_STAMP := resources/.generated
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: setup system demo test bench bundle lint translations clean

setup: system $(STAMP) $(RES_STAMP)

system:
	@scripts/setup-system.sh

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $@

$(RES_STAMP): $(STAMP) scripts/build_resources.py $(wildcard resources/translations/*.ts)
	$(PY) scripts/build_resources.py
	@touch $@

demo: setup
	$(PY) -m desktop demo

test: setup
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m pytest $(PYTEST_ARGS); rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "pytest: no tests were collected" >&2; exit 1; fi; exit $$rc

bench: setup
	$(PY) -m bench $(BENCH_ARGS)

# The PC/SC check needs a running pcscd; on a build host without one it is skipped.
bundle: setup
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
	dist/border-workstation/border-workstation selftest $(if $(shell pgrep -x pcscd),,--skip pcsc)

lint: setup
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

translations: setup
	$(PY) scripts/build_resources.py --update-ts

clean:
	rm -rf build dist $(RES_STAMP) resources/fonts/*.otf resources/translations/*.qm
