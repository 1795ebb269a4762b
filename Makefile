# The README's two commands are `make run` and `make test`; both build .venv on first use.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
RUN_STAMP := $(VENV)/.installed-run
DEV_STAMP := $(VENV)/.installed-dev
BUNDLE_STAMP := $(VENV)/.installed-bundle
PYTEST_ARGS ?=
ONLY ?=

.PHONY: run test bench lint clean bundle

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

run: $(RUN_STAMP)
	$(VENV)/bin/karavan $(ARGS)

test: $(DEV_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: $(DEV_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench $(if $(ONLY),--only $(ONLY))

$(BUNDLE_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -q -e '.[dev,bundle]'
	touch $@ $(DEV_STAMP) $(RUN_STAMP)

# The one-folder desktop bundle for this OS (dist/karavan/), then its self-test with no Python and no
# network (installer/check_bundle.sh). Not part of `make test`: it takes a few minutes of both cores.
bundle: $(BUNDLE_STAMP)
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		installer/karavan.spec
	installer/check_bundle.sh dist/karavan

lint: $(DEV_STAMP)
	$(PY) -m ruff check app tests bench

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
