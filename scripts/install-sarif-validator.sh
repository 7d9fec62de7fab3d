#!/usr/bin/env bash
# Installs Microsoft's SARIF validator (npm @microsoft/sarif-multitool) into a cache
# directory outside the source tree and prints the path of its Linux binary.
# Idempotent: a second run only checks that the binary is there.
set -euo pipefail
prefix="${CPPSEC_SARIF_TOOL_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/cppsec/sarif-multitool}"
binary="$prefix/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$binary" ]; then
  mkdir -p "$prefix"
  npm install --silent --no-audit --no-fund --prefix "$prefix" @microsoft/sarif-multitool >&2
fi
[ -x "$binary" ] || { echo "install-sarif-validator: $binary missing after npm install" >&2; exit 1; }
echo "$binary"
