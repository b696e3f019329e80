# Two commands: `make lab` opens the course, `make test` runs every test.
# Both create .venv and install the locked dependencies first, and skip the
# install when requirements.lock and pyproject.toml have not changed.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
LAB_SETTINGS := $(VENV)/share/jupyter/lab/settings
VOILA_TEMPLATES := $(VENV)/share/jupyter/voila/templates
JUPYTER_ETC := $(VENV)/etc/jupyter
VOILA_FILES := config/jupyter_server_config.json config/voila.json $(wildcard config/voila/templates/glf/*)
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q
PYTEST_ARGS ?=

.PHONY: setup git-filter lab test test-fast present reading bench lint format lock index lesson data boundaries translations binder-rehearsal clean help
.DEFAULT_GOAL := help

help:
	@echo "make lab      set up .venv and open the course in JupyterLab"
	@echo "make test     set up .venv and run every test (unit, notebooks, browser)"
	@echo "make test-fast  the inner loop: no browser, no notebook runs (under a minute)"
	@echo "make present  serve the lessons as apps in Voila (for projecting)"
	@echo "make reading  build the reading edition, offline: build/reading/ (HTML) and its PDFs"
	@echo "make bench    measure redraw, import and Run All times (writes benchmarks/RESULTS.md)"
	@echo "make lint     ruff over helpers, tests, scripts and lessons; lesson cell ids"
	@echo "make format   fix what make lint finds that a tool can fix"
	@echo "make lock     re-resolve requirements.in into requirements.lock"
	@echo "make lesson   start a new lesson from template/ (NUMBER=06 SLUG=... TITLE=...)"
	@echo "make data     rebuild data/ from the inputs in data/raw/ (scripts/build_data/)"
	@echo "make boundaries  rebuild lesson 07's map from npm (needs the npm registry), then make data"
	@echo "make translations  re-extract the lessons' text into locale/ and regenerate lessons/kk/"
	@echo "make binder-rehearsal  build and start the course as Binder does, in a temporary venv"

# Also installs the Voila template "glf" (no CDN links) and the server config that selects it
# for voila/render/ inside `jupyter lab` (config/README.md).
$(STAMP): requirements.lock pyproject.toml config/lab-overrides.json $(VOILA_FILES)
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is needed; set PYTHON=python3.12, say")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install -r requirements.lock
	$(PIP) install --no-deps -e .
	@mkdir -p $(LAB_SETTINGS)
	cp config/lab-overrides.json $(LAB_SETTINGS)/overrides.json
	@mkdir -p $(VOILA_TEMPLATES) $(JUPYTER_ETC)
	rm -rf $(VOILA_TEMPLATES)/glf && cp -R config/voila/templates/glf $(VOILA_TEMPLATES)/glf
	cp config/jupyter_server_config.json $(JUPYTER_ETC)/jupyter_server_config.json
	cp config/voila.json $(JUPYTER_ETC)/voila.json
	@touch $(STAMP)

# The clean filter named in .gitattributes: a lesson saved after a run is committed without
# its outputs, and git does not call it modified (scripts/strip_outputs.py).
git-filter:
	@if git rev-parse --git-dir >/dev/null 2>&1; then \
		git config filter.glf-strip-outputs.clean "python3 scripts/strip_outputs.py"; \
	fi

# axe-core for the browser tests' accessibility audit, pinned in tests/browser/a11y/package-lock.json,
# from the npm registry. Without npm (or if the install fails) setup still succeeds: the
# browser tests then leave the audit out, and fail under CI=true (tests/browser/test_browser.py).
AXE_STAMP := tests/browser/a11y/node_modules/.package-lock.json

$(AXE_STAMP): tests/browser/a11y/package.json tests/browser/a11y/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --prefix tests/browser/a11y --no-audit --no-fund \
		|| echo "npm ci failed: no axe-core, the accessibility audit will be left out"; \
	else \
		echo "npm not found: no axe-core, the accessibility audit will be left out"; \
	fi

setup: $(STAMP) $(AXE_STAMP) git-filter

# JupyterLab refuses to start as root unless told (a container, a CI machine): tell it then.
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root)

lab: setup
	$(BIN)/jupyter lab $(ROOT_FLAG) lessons/00_start_here.ipynb

# Three workers on CI's two cores: the browser tests spend much of their time waiting for
# kernels and pages, which a third worker fills (measured: 351 s with two, 306 s with three).
test: setup
	$(BIN)/python -m pytest -n 3 --dist loadscope $(PYTEST_ARGS)

# The inner loop (under a minute): models, charts, apps, data, layout; no browser, no
# notebook runs (nbval runs over lessons/, which this leaves out), nothing marked slow.
test-fast: setup
	$(BIN)/python -m pytest -n 2 --dist loadscope -m "not browser and not slow" helpers tests $(PYTEST_ARGS)

# The classic (server-drawn) list of lessons: Voila 0.5's default list is drawn by a script
# that often leaves the page blank. Open lessons from the list: it sets the cookie that lets a
# closed lesson tab shut its kernel down (config/README.md).
present: setup
	$(BIN)/voila lessons/ --template=glf --VoilaConfiguration.classic_tree=True \
		--VoilaConfiguration.file_allowlist="['.*']"

reading: setup
	$(BIN)/python -m scripts.reading_edition

bench: setup
	$(BIN)/python -m benchmarks.bench

lint: setup
	$(BIN)/ruff check helpers tests scripts benchmarks template lessons
	$(BIN)/ruff format --check helpers tests scripts benchmarks template lessons
	$(BIN)/python scripts/notebook_ids.py --check

# Fix what `make lint` checks that a tool can fix: imports, formatting, lesson cell ids.
format: setup
	$(BIN)/ruff check --fix-only -q helpers tests scripts benchmarks template lessons
	$(BIN)/ruff format -q helpers tests scripts benchmarks template lessons
	$(BIN)/python scripts/notebook_ids.py

lock:
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install -r requirements.in
	$(BIN)/python -m pip freeze --exclude-editable --all | grep -v -E '^(pip|setuptools|wheel)==' > requirements.lock

# A new lesson from template/: make lesson NUMBER=06 SLUG=politics TITLE="Lushan and the second leap"
lesson: setup
	@test -n "$(NUMBER)" -a -n "$(SLUG)" -a -n "$(TITLE)" || { echo 'usage: make lesson NUMBER=06 SLUG=politics TITLE="..."'; exit 2; }
	$(BIN)/python scripts/new_lesson.py "$(NUMBER)" "$(SLUG)" "$(TITLE)"

# Binder, rehearsed: repo2docker's base environment (config/repo2docker-base.txt), the pip step
# of environment.yml as mamba runs it, postBuild, a server started as BinderHub starts it, and
# every lesson run, all in a temporary venv (scripts/binder_rehearsal.py; ~3 min, PyPI only).
# Needs no .venv: it uses $(PYTHON) to make its own.
binder-rehearsal:
	$(PYTHON) scripts/binder_rehearsal.py

index: setup
	$(BIN)/python -m helpers.core.course_files --write

# After an English lesson changes: its text re-extracted into locale/templates/, merged into each
# translation (changed cells flagged fuzzy) and the translated lessons regenerated (locale/README.md).
translations: setup
	$(BIN)/python -m scripts.translations update

# Deterministic: the same data/raw/ gives byte-identical files (tests/core/test_data_build.py).
data: setup
	$(BIN)/python -m scripts.build_data

# Lesson 07's map (scripts/cut_boundaries.py): china-geojson's provinces regrouped into the units
# of the early 1960s and simplified with mapshaper, both pinned npm packages fetched into
# .venv/boundaries-npm/. Needs the npm registry; `make test` does not (the result is committed in
# data/raw/provinces/ and data/, and a test checks its hash).
NPM_DIR := $(VENV)/boundaries-npm
boundaries: setup
	mkdir -p $(NPM_DIR)
	npm install --prefix $(NPM_DIR) --no-save --no-audit --no-fund --ignore-scripts \
		china-geojson@1.0.0 mapshaper@0.7.70
	$(BIN)/python -m scripts.cut_boundaries \
		$(NPM_DIR)/node_modules/china-geojson/src/geojson/china.json \
		--mapshaper $(NPM_DIR)/node_modules/.bin/mapshaper
	$(BIN)/python -m scripts.build_data

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
