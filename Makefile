# Every target but `install` runs inside .venv, which `install` creates and syncs to the
# hash-pinned lock. uv is bootstrapped from PyPI into .venv when it is missing.
PY := .venv/bin/python
UV := .venv/bin/uv
MANAGE := $(PY) manage.py

.PHONY: install lock demo serve test test-fast lint format typecheck ci bench chaos clean-data stop-db

install:
	@test -x $(PY) || python3 -m venv .venv
	@test -x $(UV) || $(PY) -m pip install --quiet --disable-pip-version-check "uv>=0.5"
	$(UV) pip sync --quiet --python $(PY) --require-hashes --compile-bytecode requirements/dev.txt

# Re-pin after editing pyproject.toml (hashes, no download addresses).
lock:
	$(UV) pip compile pyproject.toml --quiet --generate-hashes --python-version 3.11 -o requirements/base.txt
	$(UV) pip compile pyproject.toml --quiet --extra dev --generate-hashes --python-version 3.11 -o requirements/dev.txt

# First README command: install, migrate, demo accounts, seed article, extraction, serve.
demo: install
	$(MANAGE) migrate --noinput
	$(MANAGE) collectstatic --noinput --verbosity 0
	$(MANAGE) create_demo_users
	$(MANAGE) load_seeds
	$(MANAGE) runserver 127.0.0.1:8000

serve:
	$(MANAGE) runserver 127.0.0.1:8000

# Second README command: the whole suite.
test: install
	$(PY) -m pytest

# ruff, then the architecture check (import-linter's contracts in pyproject.toml).
lint:
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	.venv/bin/lint-imports --no-logo

format:
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

typecheck:
	$(PY) -m mypy claims/extraction

ci:
	bash .ci/run

# Needs DATABASE_URL (a database it may fill with 1,000,000 synthetic claims) and REDIS_URL.
bench:
	$(PY) benchmarks/extraction.py --write docs/benchmarks.md
	$(PY) benchmarks/ingest.py --n 10000 --write docs/benchmarks.md
	$(PY) benchmarks/matching.py --claims 1000000 --queries 200 --write docs/benchmarks.md
	$(PY) benchmarks/api.py --claims 1000000 --requests 200 --write docs/benchmarks.md
	$(PY) benchmarks/load.py --claims 1000000 --users 50 --seconds 60 --write docs/benchmarks.md

# Fault injection with real processes of its own (docs/reliability.md is its report).
chaos:
	CHAOS_REPORT=docs/reliability.md $(PY) -m pytest tests/chaos -q -m chaos -p no:cacheprovider

stop-db:
	$(MANAGE) embedded_postgres stop

clean-data: stop-db
	rm -rf .data
