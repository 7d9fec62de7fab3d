#!/usr/bin/env bash
# An installed cppsec (cmake --install), and a copy of it moved elsewhere, still find Clang's
# builtin headers (stddef.h, stdarg.h) and parse code using the standard library; the resource
# directory can be overridden with --resource-dir or CPPSEC_RESOURCE_DIR.
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cli_init installed "$@"

FLAGS=(-- -std=c++20)

check "cmake --install into a temporary prefix"
run cmake --install "$BIN" --prefix "$TMP/prefix"
[ "$STATUS" -eq 0 ] || fail "cmake --install $BIN failed"
[ -x "$TMP/prefix/bin/cppsec" ] || fail "no executable $TMP/prefix/bin/cppsec after the install"
ok "installed $TMP/prefix/bin/cppsec"
mkdir elsewhere
cp "$TMP/prefix/bin/cppsec" elsewhere/cppsec
ok "copied to $TMP/elsewhere/cppsec"

cat >builtins.cpp <<'EOF'
#include <stdarg.h>
#include <stddef.h>

#include <string>

size_t length(const std::string &s) { return s.size(); }

int sum(int count, ...) {
  va_list args;
  va_start(args, count);
  int total = 0;
  for (int i = 0; i < count; ++i) total += va_arg(args, int);
  va_end(args);
  return total;
}
EOF
write_vulnerable vuln.cpp

# Keep the environment from pointing the binary at a resource directory.
unset CPPSEC_RESOURCE_DIR

for binary in "$TMP/prefix/bin/cppsec" "$TMP/elsewhere/cppsec"; do
  check "$binary: parses code with <stddef.h>, <stdarg.h> and <string>"
  run "$binary" scan builtins.cpp "${FLAGS[@]}"
  [ "$STATUS" -eq 0 ] || [ "$STATUS" -eq 1 ] || fail "expected status 0 or 1 (never 2), got $STATUS"
  ok "status $STATUS"
  expect_not_contains "$ERR" "failed to parse"
  expect_contains "$OUT" "1 TU analysed, 0 failed"
  check "$binary: still finds a CPP201 bug"
  expect_status 1 "$binary" scan vuln.cpp "${FLAGS[@]}"
  expect_contains "$OUT" "[CPP201]"
  expect_not_contains "$ERR" "failed to parse"
  check "$binary: --version and rules work"
  expect_status 0 "$binary" --version
  installed_version=$(cat "$OUT")
  expect_status 0 "$CPPSEC" --version
  [ "$installed_version" = "$(cat "$OUT")" ] || fail "$binary --version says '$installed_version', the build's says '$(cat "$OUT")'"
  ok "same --version as the build: $installed_version"
  expect_status 0 "$binary" rules CPP201
  expect_contains "$OUT" "# CPP201"
done

check "CPPSEC_RESOURCE_DIR=/nonexistent: status 2 with a one-line error"
run env CPPSEC_RESOURCE_DIR=/nonexistent "$TMP/elsewhere/cppsec" scan builtins.cpp "${FLAGS[@]}"
expect_usage_error "/nonexistent"
check "--resource-dir /nonexistent: status 2 with a one-line error"
run "$TMP/elsewhere/cppsec" scan builtins.cpp --resource-dir /nonexistent "${FLAGS[@]}"
expect_usage_error "/nonexistent"

check "--resource-dir of clang-19 works (and wins over CPPSEC_RESOURCE_DIR)"
CLANG=$(command -v clang-19 || true)
[ -n "$CLANG" ] || fail "clang-19 is not on PATH"
RESOURCE_DIR=$("$CLANG" -print-resource-dir)
[ -f "$RESOURCE_DIR/include/stddef.h" ] || fail "$RESOURCE_DIR (clang-19 -print-resource-dir) has no include/stddef.h"
for binary in "$TMP/prefix/bin/cppsec" "$TMP/elsewhere/cppsec"; do
  run "$binary" scan builtins.cpp --resource-dir "$RESOURCE_DIR" "${FLAGS[@]}"
  [ "$STATUS" -eq 0 ] || [ "$STATUS" -eq 1 ] || fail "expected status 0 or 1 (never 2), got $STATUS"
  expect_not_contains "$ERR" "failed to parse"
  expect_contains "$OUT" "1 TU analysed, 0 failed"
  expect_status 1 "$binary" scan vuln.cpp --resource-dir "$RESOURCE_DIR" "${FLAGS[@]}"
  expect_contains "$OUT" "[CPP201]"
done
run env CPPSEC_RESOURCE_DIR=/nonexistent "$TMP/elsewhere/cppsec" scan builtins.cpp --resource-dir "$RESOURCE_DIR" "${FLAGS[@]}"
[ "$STATUS" -eq 0 ] || [ "$STATUS" -eq 1 ] || fail "--resource-dir should win over CPPSEC_RESOURCE_DIR; got status $STATUS"
expect_not_contains "$ERR" "failed to parse"
check "CPPSEC_RESOURCE_DIR of clang-19 works"
run env CPPSEC_RESOURCE_DIR="$RESOURCE_DIR" "$TMP/elsewhere/cppsec" scan builtins.cpp "${FLAGS[@]}"
[ "$STATUS" -eq 0 ] || [ "$STATUS" -eq 1 ] || fail "expected status 0 or 1 (never 2), got $STATUS"
expect_not_contains "$ERR" "failed to parse"
expect_contains "$OUT" "1 TU analysed, 0 failed"
