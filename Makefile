# Two commands a new user needs: `make run` and `make test`.
# Both create .venv on first use and reinstall when pyproject.toml changes.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
APP_STAMP  := $(VENV)/.app-installed
TEST_STAMP := $(VENV)/.test-installed
DIST_STAMP := $(VENV)/.dist-installed

.PHONY: run test test-fast bench lint translations clean dist dist-check

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(APP_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(APP_STAMP) $@

run: $(APP_STAMP)
	$(BIN)/leidraad

test: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# While developing: everything except the tests marked slow (kill, fuzz, wheel, browser,
# OCR, benchmark smoke). `make test` and CI run them all.
test-fast: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow"

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

# Regenerate the English translation source from the Dutch UI strings and
# fill in the English recorded in app/resources/translations/pending/*.json, then
# compile it; the compiled .qm files are committed so a user needs no Qt tools.
translations: $(APP_STAMP)
	$(BIN)/pyside6-lupdate $$(find app -name '*.py') -no-obsolete -ts app/resources/translations/leidraad_en.ts
	$(BIN)/python .ci/merge_translations.py
	$(BIN)/pyside6-lrelease app/resources/translations/leidraad_en.ts -qm app/resources/translations/leidraad_en.qm

# The self-contained folder app for this OS (dist/Leidraad-<version>-<os>-<arch>/ + archive),
# then its smoke test and the test of a non-editable wheel install (both a few minutes).
$(DIST_STAMP): pyproject.toml $(TEST_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $@

dist: $(DIST_STAMP)
	$(BIN)/python .ci/build_dist.py

dist-check: dist
	LEIDRAAD_DIST_CHECK=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider tests/dist

clean:
	rm -rf $(VENV) build dist *.egg-info
