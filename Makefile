# The README's two commands are `make run` and `make test`; both build .venv on first use.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
RUN_STAMP := $(VENV)/.installed-run
DEV_STAMP := $(VENV)/.installed-dev
BUNDLE_STAMP := $(VENV)/.installed-bundle
PYTEST_ARGS ?=
ONLY ?=

# Translations: the .ts files are sources (kept in git), the .qm files Qt reads are built from them.
TS_FILES := $(wildcard app/resources/translations/karavan_*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test bench lint clean bundle translations

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Karavan needs Python 3.11 or newer as '$(PYTHON)' (make PYTHON=python3.12 …)"; exit 1; }
	@$(PYTHON) -m venv --help >/dev/null 2>&1 || \
		{ echo "'$(PYTHON) -m venv' is missing: install it (Debian/Ubuntu: apt install python3-venv)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(RUN_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -q -e .
	touch $@

$(DEV_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -q -e '.[dev]'
	touch $@ $(RUN_STAMP)

run: $(RUN_STAMP) $(QM_FILES)
	$(VENV)/bin/karavan $(ARGS)

test: $(DEV_STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: $(DEV_STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench $(if $(ONLY),--only $(ONLY))

$(BUNDLE_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -q -e '.[dev,bundle]'
	touch $@ $(DEV_STAMP) $(RUN_STAMP)

# The one-folder desktop bundle for this OS (dist/karavan/), then its self-test with no Python and no
# network (installer/check_bundle.sh). Not part of `make test`: it takes a few minutes of both cores.
bundle: $(BUNDLE_STAMP) $(QM_FILES)
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		installer/karavan.spec
	installer/check_bundle.sh dist/karavan

# After changing texts in the code: find them all again (the .ts files keep what is translated), then
# translate the new ones (Qt Linguist, or `python installer/translations.py fill LANG dict.json`) and
# `python installer/translations.py check`; the next make builds the .qm files.
translations: $(RUN_STAMP)
	$(PY) installer/translations.py update

app/resources/translations/%.qm: app/resources/translations/%.ts | $(RUN_STAMP)
	$(PY) installer/translations.py compile $<

lint: $(DEV_STAMP)
	$(PY) -m ruff check app tests bench

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache $(QM_FILES)
