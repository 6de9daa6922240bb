#!/usr/bin/env bash
# `make bench`: run every benchmark in bench/ and print its figures.
# Benchmarks print ratios against a baseline measured in the same process; they are not tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh
# shellcheck source=scripts/services.sh
source scripts/services.sh
PG_PORT=54339 REDIS_PORT=63809 start_services
trap stop_services EXIT
export TRANSPARANT_BENCH_POSTGRES_URL="$TRANSPARANT_TEST_POSTGRES_URL"
for bench in "${@:-bench/*.py}"; do
    for file in $bench; do
        echo "=== $file"
        .venv/bin/python "$file" || echo "!!! $file failed with status $?"
    done
done
