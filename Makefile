# The two commands of the README: `make run` (portal with demo data) and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# Links in e-mails point at the portal `make run` serves (an exported SITE_URL wins).
SITE_URL ?= http://127.0.0.1:$(PORT)

.PHONY: run test setup lint format clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python requirements.txt requirements-dev.txt
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-fund --no-audit --silent
	touch $@

setup: $(VENV)/.installed node_modules/.installed

# Embedded mode: SQLite and a file-system broker, so no server is needed. Starts web, worker and beat.
# DEBUG is off unless the environment turns it on; the demo run turns it on for itself.
run: export DEBUG ?= true
run: setup
	$(BIN)/python manage.py migrate --no-input -v0
	$(BIN)/python manage.py load_demo_data
	@echo "Portal: http://127.0.0.1:$(PORT)/  (demo users and password: README.md)"
	PORT=$(PORT) SITE_URL=$(SITE_URL) $(BIN)/honcho -f Procfile.dev start

# The settings refuse to start without a SECRET_KEY when DEBUG is off, as in production; the
# test run has its own (tests/environment.py sets the same one when pytest is run directly).
test: export SECRET_KEY ?= test-only-insecure-key-never-use-outside-the-tests
test: setup
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run -v0
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) node_modules var staticfiles
