#!/usr/bin/env bash
# SARIF output checked by Microsoft's validator (Sarif.Multitool, with the SARIF and GitHub
# Advanced Security rules) on the example service and on a run with a suppressed finding and
# a TU that fails to parse.
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cli_init sarif_validator "$@"

EXAMPLE=$SRC/examples/vulnerable-service

check "the SARIF validator"
run bash "$SRC/scripts/install-sarif-validator.sh"
[ "$STATUS" -eq 0 ] || fail "scripts/install-sarif-validator.sh failed (it installs @microsoft/sarif-multitool with npm)"
VALIDATOR=$(tail -n 1 "$OUT")
[ -x "$VALIDATOR" ] || fail "the validator '$VALIDATOR' is not an executable"
ok "validator: $VALIDATOR"

# validate SARIF_FILE: runs the validator and fails listing every problem it reports.
validate() {
  local sarif=$1 name
  name=$(basename "$sarif" .sarif)
  local report=$TMP/validation-$name.sarif
  rm -f "$report"
  run "$VALIDATOR" validate "$sarif" --rule-kind "Sarif;Ghas" --level "Error;Warning" -o "$report"
  [ "$STATUS" -eq 0 ] || fail "the validator did not run on $(label "$sarif")"
  [ -s "$report" ] || fail "the validator wrote no report for $(label "$sarif")"
  python3 - "$report" >"$TMP/problems" <<'PY' || true
import json, re, sys
run = json.load(open(sys.argv[1]))["runs"][0]
rules = run.get("tool", {}).get("driver", {}).get("rules", [])
results = run.get("results", [])
for r in results:
    message = r.get("message", {})
    text = message.get("text")
    if text is None:
        # The validator sends a message id and arguments; its rules hold the templates.
        rule = rules[r["ruleIndex"]] if "ruleIndex" in r and r["ruleIndex"] < len(rules) else {}
        template = rule.get("messageStrings", {}).get(message.get("id", ""), {}).get("text", "")
        args = message.get("arguments", [])
        text = re.sub(r"\{(\d+)\}", lambda m: args[int(m.group(1))] if int(m.group(1)) < len(args) else m.group(0),
                      template) or json.dumps(message)
    print("%s %s: %s" % (r.get("level", "warning"), r.get("ruleId"), text))
sys.exit(1 if results else 0)
PY
  if [ -s "$TMP/problems" ]; then
    echo "The SARIF validator reports $(wc -l <"$TMP/problems") problem(s) in $(label "$sarif"):" >&2
    sed 's/^/     /' "$TMP/problems" >&2
    fail "$(label "$sarif") does not pass the SARIF validator"
  fi
  ok "$(label "$sarif") passes the validator (Sarif;Ghas rules, errors and warnings)"
}

check "the validator catches a broken file (so that a pass means something)"
cat >control.sarif <<'EOF'
{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [{
    "tool": {"driver": {"name": "control", "rules": [{"id": "X1"}]}},
    "results": [{"ruleId": "X1", "message": {"text": "m"},
                 "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a.cpp"},
                                                      "region": {"startLine": 0}}}]}]
  }]
}
EOF
rm -f validation-control.sarif
run "$VALIDATOR" validate control.sarif --rule-kind "Sarif;Ghas" --level "Error;Warning" -o validation-control.sarif
expect_py validation-control.sarif "problems reported for the broken control file" \
  'len(d["runs"][0]["results"]) > 0'

check "the example service in SARIF"
run cmake -S "$EXAMPLE" -B "$TMP/example" -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
[ "$STATUS" -eq 0 ] || fail "cmake could not configure $EXAMPLE"
expect_status 1 "$CPPSEC" scan -p "$TMP/example" --root "$EXAMPLE" --format sarif -o "$TMP/out.sarif"
expect_valid_json out.sarif
expect_py out.sarif "version 2.1.0, one run with results and executionSuccessful true" \
  'd["version"] == "2.1.0" and len(d["runs"]) == 1 and len(d["runs"][0]["results"]) >= 8
   and d["runs"][0]["invocations"][0]["executionSuccessful"] is True'
validate out.sarif

check "a run with a suppressed finding, a low-confidence one and a TU that fails to parse"
mkdir -p mixed/src
cat >mixed/src/suppressed.cpp <<'EOF'
#include <sqlite3.h>
#include <string>

void find_user(sqlite3 *db, const std::string &name) {
  std::string q = "SELECT * FROM t WHERE n='" + name + "'";
  // cppsec:ignore CPP201 -- name is checked against the user list by the caller
  sqlite3_exec(db, q.c_str(), 0, 0, 0);
}
EOF
cat >mixed/src/random.cpp <<'EOF'
#include <cstdlib>

int roll() {
  int d = rand() % 6;
  return d + 1;
}
EOF
write_vulnerable mixed/src/vuln.cpp
cat >mixed/src/broken.cpp <<'EOF'
#include "missing.h"

int answer() { return from_missing_header(); }
EOF
# Like a database from CMake: compile_commands.json in a build folder, absolute paths.
mkdir mixed/build
write_database mixed/build mixed/src/broken.cpp mixed/src/random.cpp mixed/src/suppressed.cpp mixed/src/vuln.cpp
expect_status 1 "$CPPSEC" scan -p mixed/build --root mixed --confidence low --format sarif -o "$TMP/mixed.sarif"
expect_contains "$ERR" "failed to parse"
expect_valid_json mixed.sarif
expect_py mixed.sarif "executionSuccessful false and an error notification about broken.cpp" \
  'd["runs"][0]["invocations"][0]["executionSuccessful"] is False
   and any(n["level"] == "error" and "broken.cpp" in n["message"]["text"]
           for n in d["runs"][0]["invocations"][0]["toolExecutionNotifications"])'
expect_py mixed.sarif "a result with an inSource suppression and its justification" \
  'any(s["kind"] == "inSource" and s.get("justification") == "name is checked against the user list by the caller"
       for r in d["runs"][0]["results"] for s in r.get("suppressions", []))'
expect_py mixed.sarif "results for CPP201 (2, one suppressed) and CPP404" \
  'sorted(r["ruleId"] for r in d["runs"][0]["results"]) == ["CPP201", "CPP201", "CPP404"]'
validate mixed.sarif

check "file locations are relative to %SRCROOT% or absolute file:/// URIs"
# SARIF consumers resolve a relative "uri" against its "uriBaseId"; "file://name" (two slashes)
# would name a host. Checked on the runs above and on one with compile_commands.json in the
# project folder and relative paths in its commands (as bear or a hand-written one has them).
mkdir -p here
cp mixed/src/suppressed.cpp mixed/src/vuln.cpp mixed/src/broken.cpp here/
cat >here/compile_commands.json <<EOF
[
  {"directory": "$TMP/here", "file": "broken.cpp", "arguments": ["clang++", "-std=c++20", "-c", "broken.cpp"]},
  {"directory": "$TMP/here", "file": "suppressed.cpp", "arguments": ["clang++", "-std=c++20", "-c", "suppressed.cpp"]},
  {"directory": "$TMP/here", "file": "vuln.cpp", "arguments": ["clang++", "-std=c++20", "-c", "vuln.cpp"]}
]
EOF
cd here
run "$CPPSEC" scan -p . --format sarif -o "$TMP/here.sarif"
cd "$TMP"
[ "$STATUS" -eq 1 ] || fail "expected status 1 from the scan of here/, got $STATUS"
validate here.sarif
# shellcheck disable=SC2034  # read by fail: no command output to show for these checks
CURRENT_CMD=""
for sarif in out.sarif mixed.sarif here.sarif; do
  python3 - "$sarif" >"$TMP/bad_uris" <<'PY' || fail "$sarif: artifact locations with bad URIs: $(cat "$TMP/bad_uris")"
import json, sys
bad = set()
def walk(node):
    if isinstance(node, dict):
        if "uri" in node and isinstance(node["uri"], str):
            uri = node["uri"]
            if "uriBaseId" in node:
                if uri.startswith("/") or ":" in uri.split("/")[0]:
                    bad.add(uri + " (with a uriBaseId, must be relative)")
            elif not uri.startswith("file:///") and not uri.startswith("https://"):
                bad.add(uri)
        for value in node.values():
            walk(value)
    elif isinstance(node, list):
        for value in node:
            walk(value)
walk(json.load(open(sys.argv[1])))
print(" ".join(sorted(bad)))
sys.exit(1 if bad else 0)
PY
  ok "$sarif: every uri is relative to a uriBaseId or an absolute file:/// URI"
done

check "vulncheck's SARIF: one rule per advisory, results at the call, call paths as code flows"
FIX=$SRC/test/vuln
mkdir -p nosystem
expect_status 0 "$CPPSEC" vulncheck --root "$FIX" --system-root "$TMP/nosystem" --format sarif -o "$TMP/vuln.sarif" \
  "$FIX/project/calls.cpp" "$FIX/project/dynamic.cpp" -- -I"$FIX/v8.3.0" -I"$FIX/include"
expect_py vuln.sarif "the two curl advisories as rules, results with code flows" \
  'sorted(r["id"] for r in d["runs"][0]["tool"]["driver"]["rules"]) == ["CURL-CVE-2023-38545", "CURL-CVE-2023-38546"]
   and all(r.get("codeFlows") for r in d["runs"][0]["results"]) and len(d["runs"][0]["results"]) == 3'
validate vuln.sarif
