#!/usr/bin/env bash
# Installs what is missing, builds cppsec, and scans the bundled example service.
# The scan's exit status is 1 because the example has findings; this script exits 0 when
# the scan itself ran.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
example=examples/vulnerable-service
# Configuring the example writes its compile_commands.json; nothing of it is built or run.
cmake -S "$example" -B "$example/build" -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
status=0
"${CPPSEC_BUILD_DIR:-build}/tools/cppsec/cppsec" scan -p "$example/build" --root "$example" "$@" || status=$?
[ "$status" -le 1 ] || exit "$status"
# Then the libraries it is built against: versions, advisories, and whether the code reaches them
# (exit 3 means it does).
echo
echo "== cppsec vulncheck: known vulnerabilities in the libraries the example uses"
vstatus=0
"${CPPSEC_BUILD_DIR:-build}/tools/cppsec/cppsec" vulncheck -p "$example/build" --root "$example" --scan library ||
  vstatus=$?
[ "$vstatus" -eq 0 ] || [ "$vstatus" -eq 3 ] || exit "$vstatus"
