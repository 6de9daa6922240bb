#!/usr/bin/env bash
# Debian packages the tests and benchmarks use: a real browser, database servers, a load generator,
# and a C compiler with Python headers for the compiled build (setup.py).
set -euo pipefail
PACKAGES=(chromium postgresql redis-server wrk nodejs gcc python3-dev)
missing=()
for package in "${PACKAGES[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
