#!/usr/bin/env bash
# Configures and builds cppsec (and, with --tests, its tests) in ${CPPSEC_BUILD_DIR:-build}.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${CPPSEC_BUILD_DIR:-build}"
target=(--target cppsec)
[ "${1:-}" = "--tests" ] && target=()
if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19 >/dev/null
fi
cmake --build "$build" "${target[@]}" -j "$(nproc)"
