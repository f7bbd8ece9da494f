# Beacon: the two commands are `make demo` and `make test`; see README.md.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo serve test lint format messages compilemessages bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Compiled catalogues are not committed; Babel compiles them without GNU gettext.
compilemessages: $(STAMP)
	$(BIN)/pybabel compile --domain django --directory locale

demo: $(STAMP) compilemessages
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo
	COLLECTED_STATIC=1 $(BIN)/python manage.py collectstatic --no-input --verbosity 0
	COLLECTED_STATIC=1 $(MAKE) --no-print-directory serve

# Loopback only; X-Forwarded-For is believed from TRUSTED_PROXIES alone (none unless set).
serve:
	$(BIN)/uvicorn config.asgi:application --host $(HOST) --port $(PORT) --forwarded-allow-ips "$(TRUSTED_PROXIES)" --lifespan on

# On every core (pytest-xdist); the workers share one build of the demo site (tests/conftest.py)
# and each has its own test database and Redis database (tests/worker_redis.py).
PYTEST_ARGS ?= -n auto
test: $(STAMP) compilemessages
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Extract strings (needs GNU gettext's xgettext) and compile the catalogues.
messages: $(STAMP)
	$(BIN)/python manage.py makemessages --no-obsolete --ignore=.venv --ignore=var --ignore=tests --ignore=bench \
		$$($(BIN)/python -c 'import config.settings as s; print(" ".join("-l " + c for c, _ in s.LANGUAGES))')
	$(MAKE) --no-print-directory compilemessages

# Each benchmark needs PostgreSQL and Redis (DATABASE_URL / REDIS_URL, else 127.0.0.1): checked first.
bench: $(STAMP)
	$(BIN)/python bench/harness.py
	$(BIN)/python bench/push_fanout.py
	$(BIN)/python bench/push_e2e.py
	$(BIN)/python bench/ws_broadcast.py
	$(BIN)/python bench/ws_broadcast.py --storm
	$(BIN)/python bench/ws_broadcast.py --n 10000 --workers 2
	$(BIN)/python bench/reach_query.py --towns 300
	$(BIN)/python bench/http_surge.py
	$(BIN)/python bench/push_recovery.py

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
