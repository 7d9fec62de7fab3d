#!/usr/bin/env bash
# Exit statuses and the options that decide them: --no-fail, --fail-on, --enable/--disable,
# --confidence, suppressions, -o with JSON, and the rules/--version commands.
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cli_init exit_status "$@"

FLAGS=(-- -std=c++20)

write_vulnerable vuln.cpp
write_clean clean.cpp
cat >dice.cpp <<'EOF'
#include <cstdlib>

int roll() {
  int d = rand() % 6;
  return d + 1;
}
EOF
cat >token.cpp <<'EOF'
#include <cstdlib>
#include <string>

std::string make_token() {
  int token = rand();
  return std::to_string(token);
}
EOF
# One suppression above the line, one on the line itself.
cat >suppressed.cpp <<'EOF'
#include <sqlite3.h>
#include <string>

void find_user(sqlite3 *db, const std::string &name) {
  std::string q = "SELECT * FROM t WHERE n='" + name + "'";
  // cppsec:ignore CPP201 -- name is checked against the user list by the caller
  sqlite3_exec(db, q.c_str(), 0, 0, 0);
}

void find_order(sqlite3 *db, const std::string &id) {
  std::string q = "SELECT * FROM orders WHERE id='" + id + "'";
  sqlite3_exec(db, q.c_str(), 0, 0, 0);  // cppsec:ignore CPP201 -- id is a validated UUID
}
EOF

check "a vulnerable file: status 1 and a [CPP201] line"
expect_status 1 "$CPPSEC" scan vuln.cpp "${FLAGS[@]}"
expect_contains "$OUT" "vuln.cpp:6:20: warning: SQL text passed to 'sqlite3_exec'"
expect_contains "$OUT" "[CPP201]"
expect_contains "$OUT" "cppsec: 1 finding (0 critical, 1 high, 0 medium, 0 low); 1 TU analysed, 0 failed"

check "a clean file: status 0"
expect_status 0 "$CPPSEC" scan clean.cpp "${FLAGS[@]}"
expect_not_contains "$OUT" "warning:"
expect_contains "$OUT" "cppsec: no findings; 1 TU analysed, 0 failed"

check "--no-fail: status 0, the finding still printed"
expect_status 0 "$CPPSEC" scan --no-fail vuln.cpp "${FLAGS[@]}"
expect_contains "$OUT" "[CPP201]"

check "--fail-on: the threshold is inclusive and only counts findings at or above it"
expect_status 0 "$CPPSEC" scan --fail-on critical vuln.cpp "${FLAGS[@]}"
expect_contains "$OUT" "[CPP201]"
expect_status 1 "$CPPSEC" scan --fail-on high vuln.cpp "${FLAGS[@]}"
expect_status 1 "$CPPSEC" scan --fail-on medium vuln.cpp "${FLAGS[@]}"

check "--disable CPP201: status 0, nothing reported"
expect_status 0 "$CPPSEC" scan vuln.cpp --disable CPP201 "${FLAGS[@]}"
expect_not_contains "$OUT" "[CPP201]"

# (The files come before --enable/--disable: see the last check for the other order.)
check "--enable CPP404 runs CPP404 only"
expect_status 0 "$CPPSEC" scan vuln.cpp --enable CPP404 "${FLAGS[@]}"
expect_not_contains "$OUT" "[CPP201]"
expect_status 1 "$CPPSEC" scan vuln.cpp token.cpp --enable CPP404 "${FLAGS[@]}"
expect_contains "$OUT" "token.cpp:5:15: warning: value from predictable generator 'rand()' reaches variable 'token'"
expect_contains "$OUT" "[CPP404]"
expect_not_contains "$OUT" "[CPP201]"
expect_contains "$OUT" "cppsec: 1 finding (0 critical, 1 high, 0 medium, 0 low); 2 TUs analysed, 0 failed"
check "--enable CPP201,CPP404 (comma-separated) runs both"
expect_status 1 "$CPPSEC" scan vuln.cpp token.cpp --enable CPP201,CPP404 "${FLAGS[@]}"
expect_contains "$OUT" "[CPP201]"
expect_contains "$OUT" "[CPP404]"

check "a rand() dice roll is low confidence: hidden by default, reported with --confidence low"
expect_status 0 "$CPPSEC" scan dice.cpp "${FLAGS[@]}"
expect_not_contains "$OUT" "[CPP404]"
expect_status 1 "$CPPSEC" scan --confidence low dice.cpp "${FLAGS[@]}"
expect_contains "$OUT" "dice.cpp:4:11: warning: value from predictable generator 'rand()'"
expect_contains "$OUT" "[CPP404]"
run "$CPPSEC" scan --confidence low --format json dice.cpp "${FLAGS[@]}"
expect_py "$OUT" "one CPP404 finding of low confidence" \
  'len(findings) == 1 and findings[0]["ruleId"] == "CPP404" and findings[0]["confidence"] == "low"'
check "a rand() value reaching a variable named token is high confidence, shown by default"
expect_status 1 "$CPPSEC" scan token.cpp "${FLAGS[@]}"
expect_contains "$OUT" "[CPP404]"
expect_status 0 "$CPPSEC" scan --confidence high dice.cpp "${FLAGS[@]}"

check "suppressed findings: status 0, hidden unless --show-suppressed, kept in JSON"
expect_status 0 "$CPPSEC" scan suppressed.cpp "${FLAGS[@]}"
expect_not_contains "$OUT" "[CPP201"
expect_contains "$OUT" "cppsec: no findings, 2 suppressed; 1 TU analysed, 0 failed"
expect_status 0 "$CPPSEC" scan --show-suppressed suppressed.cpp "${FLAGS[@]}"
expect_contains "$OUT" "suppressed.cpp:7:20: warning: SQL text passed to 'sqlite3_exec'"
expect_contains "$OUT" "[CPP201, suppressed: name is checked against the user list by the caller]"
expect_contains "$OUT" "[CPP201, suppressed: id is a validated UUID]"
expect_status 0 "$CPPSEC" scan --format json suppressed.cpp "${FLAGS[@]}"
expect_valid_json "$OUT"
expect_py "$OUT" "summary findings 0, suppressed 2" \
  'd["summary"]["findings"] == 0 and d["summary"]["suppressed"] == 2'
expect_py "$OUT" "two CPP201 findings, each with an inSource suppression and its justification" \
  'len(findings) == 2 and all(f["ruleId"] == "CPP201" and f["suppression"]["kind"] == "inSource" for f in findings)
   and sorted(f["suppression"]["justification"] for f in findings)
       == ["id is a validated UUID", "name is checked against the user list by the caller"]'
check "a suppression does not hide other findings: the unsuppressed one still fails the run"
write_vulnerable vuln2.cpp other_lookup
expect_status 1 "$CPPSEC" scan suppressed.cpp vuln2.cpp "${FLAGS[@]}"
expect_contains "$OUT" "cppsec: 1 finding (0 critical, 1 high, 0 medium, 0 low), 2 suppressed; 2 TUs analysed, 0 failed"

check "--format json -o out.json writes valid JSON to the file and nothing to stdout"
expect_status 1 "$CPPSEC" scan --format json -o out.json vuln.cpp "${FLAGS[@]}"
expect_empty "$OUT"
expect_valid_json out.json
expect_py out.json "formatVersion, summary.findings == 1 and one CPP201 finding at vuln.cpp:6" \
  '"formatVersion" in d and d["summary"]["findings"] == 1 and len(findings) == 1
   and findings[0]["ruleId"] == "CPP201" and findings[0]["file"] == "vuln.cpp" and findings[0]["line"] == 6'
expect_contains "$ERR" "cppsec: 1 finding"
check "--no-fail with JSON output: status 0, same report"
expect_status 0 "$CPPSEC" scan --no-fail --format json -o out2.json vuln.cpp "${FLAGS[@]}"
expect_valid_json out2.json
expect_py out2.json "summary.findings == 1" 'd["summary"]["findings"] == 1'

check "cppsec rules, cppsec rules CPP201, cppsec --version"
expect_status 0 "$CPPSEC" rules
for id in CPP001 CPP201 CPP404; do
  grep -q "^$id " "$OUT" || fail "expected a line starting with '$id ' in the rules list"
  ok "the rules list has $id"
done
expect_contains "$OUT" "sql-string-built"
expect_status 0 "$CPPSEC" rules CPP201
[ "$(head -n 1 "$OUT" | cut -c1-8)" = "# CPP201" ] || fail "expected the help page to start with '# CPP201'"
ok "the CPP201 help page starts with '# CPP201'"
expect_status 0 "$CPPSEC" --version
version=$(sed -n 's/^project(cppsec VERSION \([0-9.]*\).*/\1/p' "$SRC/CMakeLists.txt")
[ -n "$version" ] || fail "cannot read the project version from $SRC/CMakeLists.txt"
case "$(head -n 1 "$OUT")" in
  "cppsec $version "*) ok "--version prints 'cppsec $version ...'" ;;
  *) fail "expected --version to print 'cppsec $version ...'" ;;
esac

check "--enable/--disable take the ids given, not the file names after them"
# `--disable CPP201 vuln.cpp` must disable CPP201 and scan vuln.cpp; an option declared with
# any number of values would take vuln.cpp as a second rule id.
expect_status 0 "$CPPSEC" scan --disable CPP201 vuln.cpp "${FLAGS[@]}"
expect_status 1 "$CPPSEC" scan --enable CPP404 token.cpp "${FLAGS[@]}"
expect_contains "$OUT" "[CPP404]"

check "the rules list is a table: every row has its severity and confidence as separate columns"
expect_status 0 "$CPPSEC" rules
awk 'NR > 1 && !($4 ~ /^(low|medium|high|critical)$/ && $5 ~ /^(low|medium|high)$/) { print; bad = 1 }
     END { exit bad }' "$OUT" >"$TMP/bad_rows" ||
  fail "rows whose SEVERITY/CONFIDENCE columns run into the column before: $(cat "$TMP/bad_rows")"
ok "every row of 'cppsec rules' has separate SEVERITY and CONFIDENCE columns"
