#!/usr/bin/env bash
# `make test`: install everything the tests need on a fresh Debian machine, start real
# PostgreSQL and Redis servers on 127.0.0.1, then run lint, types, Python and JS tests.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-system-deps.sh
make --no-print-directory install-test
# Mozilla's addons-linter validates the Firefox package (no Firefox on CI).
npm ci --silent --no-audit --no-fund --prefix scripts/firefox-lint >/dev/null

# shellcheck source=scripts/services.sh
source scripts/services.sh
start_services
trap stop_services EXIT

export TRANSPARANT_RATE_LIMITS="${TRANSPARANT_RATE_LIMITS:-on}"
echo "== ruff"; .venv/bin/ruff check .
echo "== mypy"; .venv/bin/mypy
echo "== node --test (extension)"
if ls extension/tests/*.test.mjs >/dev/null 2>&1; then node --test extension/tests/; fi
echo "== pytest"
.venv/bin/python -m pytest "$@"
