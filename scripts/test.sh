#!/usr/bin/env bash
# Installs what is missing, builds cppsec and all its tests, and runs them (unit tests, rule
# fixtures, command-line tests, SARIF validation, an installed copy).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/install-sarif-validator.sh >/dev/null
bash scripts/build.sh --tests
ctest --test-dir "${CPPSEC_BUILD_DIR:-build}" --output-on-failure -j "$(nproc)"
