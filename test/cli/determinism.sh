#!/usr/bin/env bash
# Determinism: the reports of the example service are byte for byte the same whatever the
# number of workers (and the current folder); a finding in a header included by several TUs is
# reported once.
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cli_init determinism "$@"

EXAMPLE=$SRC/examples/vulnerable-service

check "configure the example service"
run cmake -S "$EXAMPLE" -B "$TMP/example" -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
[ "$STATUS" -eq 0 ] || fail "cmake could not configure $EXAMPLE (it needs the SQLite, libpq, fmt and OpenSSL dev packages)"
[ -f "$TMP/example/compile_commands.json" ] || fail "no $TMP/example/compile_commands.json after configuring"
ok "$TMP/example/compile_commands.json written"

check "scan it in every format with -j1, -j2 and -j8 (twice)"
RUNS=("1:j1" "2:j2" "8:j8" "8:j8-again")
for format in sarif json text; do
  for entry in "${RUNS[@]}"; do
    out=$TMP/report.${entry#*:}.$format
    expect_status 1 "$CPPSEC" scan -p "$TMP/example" --root "$EXAMPLE" --format "$format" -j "${entry%%:*}" -o "$out"
    [ -s "$out" ] || fail "$out is empty"
  done
done

check "the reports are byte for byte identical"
for format in sarif json text; do
  for entry in "${RUNS[@]:1}"; do
    run cmp "$TMP/report.j1.$format" "$TMP/report.${entry#*:}.$format"
    [ "$STATUS" -eq 0 ] || fail "the $format report of ${entry#*:} differs from -j1's"
    ok "$format: j1 and ${entry#*:} identical"
  done
done

check "the same from another current folder (with --root given, the output does not depend on it)"
cd /
run "$CPPSEC" scan -p "$TMP/example" --root "$EXAMPLE" --format json -j2 -o "$TMP/report.fromroot.json"
cd "$TMP"
[ "$STATUS" -eq 1 ] || fail "expected status 1 when run from /, got $STATUS"
run cmp report.j1.json report.fromroot.json
[ "$STATUS" -eq 0 ] || fail "the JSON report differs when run from /"
ok "JSON from / identical"

check "the example's intended findings are there"
expect_valid_json report.j1.json
expect_py report.j1.json "no failed TU, 8 TUs analysed" \
  'd["summary"]["tusFailed"] == 0 and d["summary"]["tusAnalysed"] == 9'
expect_py report.j1.json "at least 5 CPP201 findings" 'sum(f["ruleId"] == "CPP201" for f in findings) >= 5'
expect_py report.j1.json "every core rule finds its intended case in the example" \
  '{f["ruleId"] for f in findings} >= {"CPP101", "CPP110", "CPP201", "CPP404", "CPP411", "CPP601"}'
expect_py report.j1.json "at least 3 CPP404 findings" 'sum(f["ruleId"] == "CPP404" for f in findings) >= 3'
expect_py report.j1.json "paths relative to the example (src/...)" \
  'all(f["file"].startswith("src/") for f in findings)'
expect_py report.j1.json "summary.findings equal to the findings listed" \
  'd["summary"]["findings"] == sum(f["suppression"] is None for f in findings)'
expect_py report.j1.json "findings sorted by file, line, column" \
  '[(f["file"], f["line"], f["column"]) for f in findings] == sorted((f["file"], f["line"], f["column"]) for f in findings)'
expect_py report.j1.json "distinct fingerprints" \
  'len({f["fingerprint"] for f in findings}) == len(findings)'
expect_py report.j1.json "retry_delay_ms (low confidence) hidden by default" \
  'not any(f.get("function", "").endswith("retry_delay_ms") for f in findings)'
expect_status 1 "$CPPSEC" scan -p "$TMP/example" --root "$EXAMPLE" --format json --confidence low -o report.low.json
expect_py report.low.json "retry_delay_ms reported with --confidence low, as low confidence" \
  '[f["confidence"] for f in findings if f.get("function", "").endswith("retry_delay_ms")] == ["low"]'

check "a finding in a header included by two TUs is reported once"
mkdir -p hdr/inc hdr/src hdr/build
cat >hdr/inc/q.h <<'EOF'
#pragma once
#include <sqlite3.h>
#include <string>

inline void run_query(sqlite3 *db, const std::string &name) {
  std::string q = "SELECT * FROM t WHERE n='" + name + "'";
  sqlite3_exec(db, q.c_str(), 0, 0, 0);
}
EOF
printf '#include "q.h"\n\nvoid a(sqlite3 *db) { run_query(db, "a"); }\n' >hdr/src/a.cpp
printf '#include "q.h"\n\nvoid b(sqlite3 *db) { run_query(db, "b"); }\n' >hdr/src/b.cpp
# shellcheck disable=SC2034  # read by write_database
DB_FLAGS=(-std=c++20 "-I$TMP/hdr/inc")
write_database hdr/build hdr/src/a.cpp hdr/src/b.cpp
unset DB_FLAGS
for jobs in 1 2; do
  expect_status 1 "$CPPSEC" scan -p hdr/build --root hdr --format json -j "$jobs" -o "hdr.$jobs.json"
  expect_py "hdr.$jobs.json" "exactly one finding, in inc/q.h line 7 (-j$jobs)" \
    '[(f["ruleId"], f["file"], f["line"]) for f in findings] == [("CPP201", "inc/q.h", 7)]
     and d["summary"]["findings"] == 1 and d["summary"]["tusAnalysed"] == 2'
done
cmp hdr.1.json hdr.2.json || fail "the header project's report differs between -j1 and -j2"
ok "header project: -j1 and -j2 identical"

check "the report does not depend on how compile_commands.json spells the paths"
# The same project, its database written with paths relative to its "directory" (as bear and
# hand-written databases often do): the findings must be the same, relative to --root.
mkdir -p hdr/build-relative
cat >hdr/build-relative/compile_commands.json <<EOF
[
  {"directory": "$TMP/hdr/build-relative", "file": "../src/a.cpp",
   "arguments": ["clang++", "-std=c++20", "-I../inc", "-c", "../src/a.cpp", "-o", "a.o"]},
  {"directory": "$TMP/hdr/build-relative", "file": "../src/b.cpp",
   "arguments": ["clang++", "-std=c++20", "-I../inc", "-c", "../src/b.cpp", "-o", "b.o"]}
]
EOF
expect_status 1 "$CPPSEC" scan -p hdr/build-relative --root hdr --format json -j1 -o hdr.relative.json
expect_py hdr.relative.json "exactly one finding, in inc/q.h line 7" \
  '[(f["ruleId"], f["file"], f["line"]) for f in findings] == [("CPP201", "inc/q.h", 7)]'
python3 - hdr.1.json hdr.relative.json <<'PY' || fail "the findings differ between the absolute and the relative database"
import json, sys
a, b = (json.load(open(p))["findings"] for p in sys.argv[1:])
sys.exit(0 if a == b else 1)
PY
ok "same findings with an absolute and a relative compile_commands.json"
