# CoopLab: `make run` serves the platform, `make test` runs every check. Both set themselves up.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_WORKERS ?= 2
STAMP := $(VENV)/.installed

.PHONY: run test setup lint typecheck checks pytest messages compilemessages bench clean worker help

help:
	@echo "make run    - set up and serve CoopLab on http://$(HOST):$(PORT) (SQLite, demo data)"
	@echo "make test   - set up and run lint, type checks, Django checks and the test suite"
	@echo "make bench  - run the benchmarks in bench/"

$(STAMP): requirements/dev.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements/dev.txt
	@touch $(STAMP)

setup: $(STAMP) compilemessages
	@mkdir -p var

compilemessages: $(STAMP)
	@$(BIN)/python manage.py compile_translations

messages: $(STAMP)
	$(BIN)/python manage.py makemessages -l ar -l fr --ignore=".venv/*" --ignore="var/*" --no-obsolete
	$(BIN)/python manage.py makemessages -d djangojs -l ar -l fr --ignore=".venv/*" --ignore="var/*" --ignore="static/js/htmx.min.js" --no-obsolete

run: setup
	@mkdir -p var
	$(BIN)/python manage.py migrate --noinput -v 0
	$(BIN)/python manage.py seed_demo
	@echo "CoopLab on http://$(HOST):$(PORT)/  (task worker and daily scheduler running alongside)"
	@trap 'kill 0' EXIT INT TERM; \
	  $(BIN)/python manage.py db_worker --interval 2 & \
	  $(BIN)/python manage.py scheduler --loop --interval 300 & \
	  $(BIN)/python manage.py runserver $(HOST):$(PORT) --noreload

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy .

checks: $(STAMP)
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=config.settings.production SECRET_KEY=check-deploy-$$(printf 'x%.0s' {1..60}) \
	  ALLOWED_HOSTS=cooplab.example SMS_BACKEND=http SMS_HTTP_URL=https://sms.example/v1/messages \
	  PLATFORM_BANK_RIB=011780000001234567890187 PLATFORM_BANK_NAME="Bank" \
	  $(BIN)/python manage.py check --deploy --fail-level WARNING

pytest: setup
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadgroup

test: setup lint typecheck checks pytest

bench: setup
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
