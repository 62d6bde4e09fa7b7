# Two commands for a newcomer: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 5000
# Links in development mail point at the server `make run` starts (PORT honoured).
PUBLIC_BASE_URL ?= http://127.0.0.1:$(PORT)
FLASK := $(BIN)/flask --app portal

.PHONY: run test install install-dev translations extract-messages lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# .po files are committed; .mo files are built (placeholders are checked while compiling).
translations: install
	$(BIN)/pybabel compile -d translations

extract-messages: install-dev
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext -k _lp:1c,2 -k lazy_pgettext:1c,2 \
	  --add-location=file -c TRANSLATORS: --sort-output --width 100 \
	  --project Utbildningsvagar --copyright-holder "Stockholms stad" -o translations/messages.pot .
	$(BIN)/pybabel update -i translations/messages.pot -d translations --no-fuzzy-matching --ignore-obsolete \
	  --width 100

# The mail worker runs beside the dev server (requests only queue mail) and stops with it.
run: install translations
	$(FLASK) db upgrade
	$(FLASK) seed-demo
	export PUBLIC_BASE_URL='$(PUBLIC_BASE_URL)'; \
	$(FLASK) mail worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	$(FLASK) run --host 127.0.0.1 --port $(PORT) --reload

test: install-dev translations
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check portal tests
	$(BIN)/mypy portal

clean:
	rm -rf $(VENV) translations/*/LC_MESSAGES/*.mo .pytest_cache
