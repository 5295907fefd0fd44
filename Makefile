# Triptych. `make run` opens the desk, `make test` runs every test; both set up what
# they need (a .venv from the machine's python3 and, as root on Debian, the system
# packages Qt and the tests need) and are safe to run again.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# The program's own set (make run), then the tools the tests, checks and build add.
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
SYSDEPS_STAMP := $(VENV)/.sysdeps
REFERENCE_STAMP := $(VENV)/.argostranslate

.PHONY: run test bench lint clean setup setup-dev sysdeps i18n dist

LANGS := ru ar de
QM := $(foreach l,$(LANGS) en,i18n/triptych_$(l).qm)

setup: $(STAMP) $(SYSDEPS_STAMP) $(QM)
setup-dev: setup $(DEV_STAMP)

# Compiled translations are built from the .ts sources, never committed.
i18n/triptych_%.qm: i18n/triptych_%.ts | $(STAMP)
	@$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the code (keeps existing translations). English needs
# only the plural forms ("%n article(s)" -> "1 article" / "2 articles").
i18n: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none desktop/ui/*.py desktop/app.py $(foreach l,$(LANGS),-ts i18n/triptych_$(l).ts)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none -pluralonly -target-language en desktop/ui/*.py desktop/app.py -ts i18n/triptych_en.ts

$(STAMP): pyproject.toml constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@# pip 23 (what venv brings on Python 3.11) fails to resolve lxml[html-clean] asked for twice.
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e .
	@touch $@

$(DEV_STAMP): $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
	@touch $@

# argostranslate itself, only for the tests and benchmarks that compare Triptych with
# it: --no-deps, so its stanza (torch), spaCy and minisbd (onnxruntime) stay out.
$(REFERENCE_STAMP): constraints.txt | $(DEV_STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -c constraints.txt argostranslate
	@touch $@

$(SYSDEPS_STAMP): tools/sysdeps.sh | $(STAMP)
	@bash tools/sysdeps.sh
	@touch $@

sysdeps:
	@bash tools/sysdeps.sh

# With no display, the desk is rendered offscreen to a PNG and its path printed.
run: setup
	$(PY) -m desktop

test: setup-dev $(REFERENCE_STAMP)
	$(PY) -m pytest -q
	$(VENV)/bin/lint-imports
	@$(MAKE) --no-print-directory lint

# ruff and mypy as configured in pyproject.toml (mypy: strict for core, storage, services).
lint: $(DEV_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

bench: setup-dev $(REFERENCE_STAMP)
	$(PY) -m benchmarks

# A standalone one-folder build in dist/triptych (PyInstaller, build.spec).
dist: setup-dev
	$(VENV)/bin/pip install --quiet -c constraints.txt "pyinstaller>=6.10"
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller build.spec
	@du -sh dist/triptych

clean:
	rm -rf $(VENV) build dist .pytest_cache i18n/*.qm
