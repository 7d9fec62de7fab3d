#!/usr/bin/env bash
# Bad input: every usage or input error exits 2 with exactly one "cppsec: error: " line on
# stderr and nothing on stdout. A TU that fails to parse is reported and the others are still
# analysed; gcc-only flags are dropped with a note.
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cli_init bad_input "$@"

FLAGS=(-- -std=c++20)
write_vulnerable vuln.cpp

check "-p a folder without compile_commands.json"
mkdir empty-build
run "$CPPSEC" scan -p empty-build
expect_usage_error "compile_commands.json"

check "-p a malformed compile_commands.json (folder and file)"
mkdir malformed
printf '[{"directory": "%s", "file": ' "$TMP" >malformed/compile_commands.json
run "$CPPSEC" scan -p malformed
expect_usage_error "malformed/compile_commands.json"
run "$CPPSEC" scan -p malformed/compile_commands.json
expect_usage_error "malformed/compile_commands.json"

check "-p a compilation database that lists no files"
mkdir no-files
echo '[]' >no-files/compile_commands.json
run "$CPPSEC" scan -p no-files
expect_usage_error "no-files/compile_commands.json"

check "a source file that does not exist"
run "$CPPSEC" scan nope.cpp "${FLAGS[@]}"
expect_usage_error "nope.cpp"
run "$CPPSEC" scan vuln.cpp nope.cpp "${FLAGS[@]}"
expect_usage_error "nope.cpp"

check "scan with neither -p nor --"
run "$CPPSEC" scan
expect_usage_error "-p"
run "$CPPSEC" scan vuln.cpp
expect_usage_error "-p"
check "scan with both -p and --"
write_database . vuln.cpp
run "$CPPSEC" scan -p . vuln.cpp "${FLAGS[@]}"
expect_usage_error

check "an unknown option"
run "$CPPSEC" scan --no-such-option vuln.cpp "${FLAGS[@]}"
expect_usage_error "--no-such-option"
run "$CPPSEC" --no-such-option
expect_usage_error "--no-such-option"

check "--format xml"
run "$CPPSEC" scan vuln.cpp --format xml "${FLAGS[@]}"
expect_usage_error "xml"

check "bad values of --fail-on and --confidence"
run "$CPPSEC" scan vuln.cpp --fail-on extreme "${FLAGS[@]}"
expect_usage_error "extreme"
run "$CPPSEC" scan vuln.cpp --confidence certain "${FLAGS[@]}"
expect_usage_error "certain"

check "--enable / --disable an unknown rule id, cppsec rules with an unknown id"
run "$CPPSEC" scan vuln.cpp --enable CPP999 "${FLAGS[@]}"
expect_usage_error "CPP999"
run "$CPPSEC" scan vuln.cpp --disable CPP999 "${FLAGS[@]}"
expect_usage_error "CPP999"
run "$CPPSEC" rules CPP999
expect_usage_error "CPP999"

check "--config with an unknown key: the message names FILE:LINE: of the key"
cat >unknown-key.yaml <<'EOF'
version: 1
fail-on: high

colour: always
EOF
run "$CPPSEC" scan vuln.cpp --config "$TMP/unknown-key.yaml" "${FLAGS[@]}"
expect_usage_error "$TMP/unknown-key.yaml:4:" "colour"
check "--config with an unknown key inside a rule's settings"
cat >unknown-rule-key.yaml <<'EOF'
version: 1
rules:
  CPP201:
    enabled: true
    colour: red
EOF
run "$CPPSEC" scan vuln.cpp --config "$TMP/unknown-rule-key.yaml" "${FLAGS[@]}"
expect_usage_error "$TMP/unknown-rule-key.yaml:5:" "colour"

check "--config with fail-on: extreme names its line"
cat >bad-severity.yaml <<'EOF'
# severity must be low, medium, high or critical
version: 1
fail-on: extreme
EOF
run "$CPPSEC" scan vuln.cpp --config "$TMP/bad-severity.yaml" "${FLAGS[@]}"
expect_usage_error "$TMP/bad-severity.yaml:3:" "extreme"

check "a .cppsec.yaml found upward from the current folder is read (and its errors reported)"
mkdir -p project/sub
cp bad-severity.yaml project/.cppsec.yaml
write_vulnerable project/sub/vuln.cpp
cd project/sub
run "$CPPSEC" scan vuln.cpp "${FLAGS[@]}"
cd "$TMP"
expect_usage_error "$TMP/project/.cppsec.yaml:3:"

check "a missing --config file"
run "$CPPSEC" scan vuln.cpp --config does-not-exist.yaml "${FLAGS[@]}"
expect_usage_error "does-not-exist.yaml"

check "-o into a folder that does not exist: status 2, no report or partial file left"
run "$CPPSEC" scan vuln.cpp --format sarif -o /nonexistent-dir/x.sarif "${FLAGS[@]}"
expect_usage_error "/nonexistent-dir/x.sarif"
[ ! -e /nonexistent-dir ] || fail "/nonexistent-dir was created"
ok "/nonexistent-dir was not created"
check "-o onto an existing folder: status 2 and no temporary file left beside it"
mkdir report-dir
run "$CPPSEC" scan vuln.cpp --format sarif -o report-dir "${FLAGS[@]}"
expect_usage_error "report-dir"
leftovers=$(find "$TMP" -maxdepth 1 -name 'report-dir?*')
[ -z "$leftovers" ] || fail "partial report files left behind: $leftovers"
ok "no partial report file left next to report-dir"
check "an input error leaves an existing report untouched"
echo 'previous report' >old.json
run "$CPPSEC" scan nope.cpp --format json -o old.json "${FLAGS[@]}"
expect_usage_error "nope.cpp"
[ "$(cat old.json)" = "previous report" ] || fail "old.json was overwritten by a failed run"
ok "old.json is unchanged"

check "a TU that fails to parse next to a vulnerable one (compile_commands.json of two entries)"
mkdir broken-project
write_vulnerable broken-project/good.cpp
cat >broken-project/broken.cpp <<'EOF'
#include "missing.h"

int answer() { return from_missing_header(); }
EOF
write_database broken-project broken-project/broken.cpp broken-project/good.cpp
expect_status 1 "$CPPSEC" scan -p broken-project --root broken-project
expect_contains "$OUT" "good.cpp:6:20: warning: SQL text passed to 'sqlite3_exec'"
expect_contains "$OUT" "[CPP201]"
expect_contains "$OUT" "2 TUs analysed, 1 failed"
expect_contains "$ERR" "cppsec: error: "
expect_contains "$ERR" "failed to parse"
expect_contains "$ERR" "broken.cpp"
expect_not_contains "$ERR" "good.cpp"
check "... the same with --no-fail: the parse failure alone does not fail the run"
expect_status 0 "$CPPSEC" scan -p broken-project --root broken-project --no-fail
expect_contains "$ERR" "failed to parse"
check "... in JSON: summary.tusFailed 1, the finding of the good TU present"
expect_status 1 "$CPPSEC" scan -p broken-project --root broken-project --format json -o broken.json
expect_valid_json broken.json
expect_py broken.json "tusAnalysed 2, tusFailed 1, one CPP201 finding in good.cpp" \
  'd["summary"]["tusAnalysed"] == 2 and d["summary"]["tusFailed"] == 1
   and [(f["ruleId"], f["file"]) for f in findings] == [("CPP201", "good.cpp")]'
check "... in SARIF: a toolExecutionNotifications entry and executionSuccessful false"
expect_status 1 "$CPPSEC" scan -p broken-project --root broken-project --format sarif -o broken.sarif
expect_valid_json broken.sarif
expect_py broken.sarif "invocations[0].executionSuccessful is false" \
  'd["runs"][0]["invocations"][0]["executionSuccessful"] is False'
expect_py broken.sarif "an error notification that names broken.cpp" \
  'any(n.get("level") == "error" and "broken.cpp" in n["message"]["text"]
       for n in d["runs"][0]["invocations"][0].get("toolExecutionNotifications", []))'
expect_py broken.sarif "the CPP201 result of good.cpp" \
  '[r["ruleId"] for r in d["runs"][0]["results"]] == ["CPP201"]'
check "... and a clean run says executionSuccessful true"
expect_status 1 "$CPPSEC" scan vuln.cpp --format sarif -o clean-run.sarif "${FLAGS[@]}"
expect_py clean-run.sarif "invocations[0].executionSuccessful is true" \
  'd["runs"][0]["invocations"][0]["executionSuccessful"] is True'

check "gcc-only flags in compile_commands.json are dropped with a note and the TU analysed"
mkdir gcc-project
write_vulnerable gcc-project/x.cpp
cat >gcc-project/compile_commands.json <<EOF
[
  {
    "directory": "$TMP/gcc-project",
    "file": "$TMP/gcc-project/x.cpp",
    "arguments": ["g++", "-fconcepts-diagnostics-depth=3", "-std=c++20", "-c", "x.cpp"]
  }
]
EOF
expect_status 1 "$CPPSEC" scan -p gcc-project --root gcc-project
expect_contains "$OUT" "x.cpp:6:20: warning: SQL text passed to 'sqlite3_exec'"
expect_contains "$OUT" "1 TU analysed, 0 failed"
expect_contains "$ERR" "note"
expect_contains "$ERR" "-fconcepts-diagnostics-depth=3"
expect_not_contains "$ERR" "error"
check "... -q hides the note"
expect_status 1 "$CPPSEC" scan -p gcc-project --root gcc-project -q
expect_empty "$ERR"

check "a parse failure is reported by cppsec's own lines only (no raw Clang output on stderr)"
expect_status 1 "$CPPSEC" scan -p broken-project --root broken-project -j1
stray=$(grep -v '^cppsec: ' "$ERR" || true)
[ -z "$stray" ] || fail "stderr has lines that are not cppsec's: $stray"
ok "every stderr line starts with 'cppsec: '"

check "a run in which no TU parses exits 2: nothing was checked"
mkdir -p all-broken
cp broken-project/broken.cpp all-broken/broken.cpp
expect_status 2 "$CPPSEC" scan all-broken/broken.cpp -- -std=c++20
expect_contains "$ERR" "no translation unit could be parsed"
