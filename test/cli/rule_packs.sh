#!/usr/bin/env bash
# Rule packs: the documented examples check clean and pass their own fixtures; a pack with
# mistakes gets every error with file:line:col and exit 2; a wrong expectation fails
# `rules --test`; pack rules are listed, scanned (--rules and rule-packs: in the config) and
# reported like built-in ones.
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cli_init rule_packs "$@"

PACKS=$SRC/examples/rule-packs
for pack in orm-raw-sql banned-shell acme-tokens; do
  check "the example pack $pack is sound and passes its fixtures"
  expect_status 0 "$CPPSEC" rules --check "$PACKS/$pack"
  expect_contains "$OUT" ": ok"
  expect_status 0 "$CPPSEC" rules --test "$PACKS/$pack"
  expect_not_contains "$OUT" "FAIL"
done

check "a pack with mistakes: every error, with file:line:col, exit 2"
cat >broken.yaml <<'YAML'
rules:
  - id: BAD001
    name: bad-matcher
    description: a matcher that does not compile
    pattern:
      match: callExpr(callee(functionDecl(hasName("system")))
      message: "x"
  - id: lowercase1
    name: bad-id
    description: an id that is not an id
  - id: BAD003
    name: no-checks
    description: a call rule with no call-checks
call-checks:
  - { rule: NOPE999, function: system, message: "unknown rule" }
  - { rule: BAD003, function: popen, when: { arg: 0, matches: "(" }, message: "bad regex" }
  - { rule: BAD003, function: popen, colour: red, message: "unknown key" }
YAML
expect_status 2 "$CPPSEC" rules --check broken.yaml
expect_contains "$ERR" "broken.yaml:6:22: rule BAD001: match: Error parsing matcher"
expect_contains "$ERR" "broken.yaml:8:9: a rule id is capital letters then digits"
expect_contains "$ERR" "broken.yaml:15:7: call-check for unknown rule 'NOPE999'"
expect_contains "$ERR" "broken.yaml:16:63: invalid regular expression"
expect_contains "$ERR" "broken.yaml:17:38: unknown key 'colour'"
# In file order, whichever check found them: the rule without checks (line 11) before the
# call-check naming an unknown rule (line 15).
[ "$(grep -n 'broken.yaml:11:' "$ERR" | cut -d: -f1)" -lt "$(grep -n 'broken.yaml:15:' "$ERR" | cut -d: -f1)" ] ||
  fail "expected the errors in the order of their lines"
ok "errors come in the order of their lines"

expect_contains "$ERR" "rule BAD003 has no call-checks, taint or pattern"


check "a pattern rule's unless matchers compile like its match, errors placed in the file"
cat >unless.yaml <<'YAML'
rules:
  - id: BAD004
    name: bad-unless
    description: an unless matcher that does not compile
    pattern:
      match: callExpr()
      message: "x"
      unless:
        - callExpr(hasAncestor(functionDecl(hasName("main"))))
        - callExpr(hasAncestor(functionDecl(hasName("main")))
YAML
expect_status 2 "$CPPSEC" rules --check unless.yaml
expect_contains "$ERR" "unless.yaml:10:19: rule BAD004: unless: Error parsing matcher"
check "a broken pack given to scan is one error line, exit 2"
write_vulnerable vuln.cpp
run "$CPPSEC" scan --rules broken.yaml vuln.cpp -- -std=c++20
expect_usage_error "broken.yaml:"

check "a fixture whose expectation is wrong fails rules --test"
mkdir -p wrongpack/tests
cp "$PACKS/banned-shell/pack.yaml" wrongpack/
cat >wrongpack/tests/handler.cpp <<'CPP'
#include <cstdlib>
void a() { std::system("ls"); }
void b() { std::abort(); }  // expect: ACME201
CPP
expect_status 1 "$CPPSEC" rules --test wrongpack
expect_contains "$OUT" "FAIL"
expect_contains "$OUT" "handler.cpp:2: unexpected ACME201(high)"
expect_contains "$OUT" "handler.cpp:3: expected ACME201 but it was not reported"

check "pack rules are listed with their metadata and help"
expect_status 0 "$CPPSEC" rules --rules "$PACKS/banned-shell"
expect_contains "$OUT" "ACME201  no-shell-in-service"
expect_status 0 "$CPPSEC" rules ACME201 --rules "$PACKS/banned-shell"
expect_contains "$OUT" "job runner"

check "scan --rules reports a pack rule in JSON and SARIF"
mkdir -p svc
printf '#include <cstdlib>\nint main() { return std::system("date"); }\n' >svc/main.cpp
run "$CPPSEC" scan --rules "$PACKS/banned-shell" --format json -o r.json svc/main.cpp -- -std=c++20
expect_py r.json "an ACME201 finding at main.cpp:2" \
  'any(f["ruleId"] == "ACME201" and f["line"] == 2 and "system" in f["message"] for f in findings)'
run "$CPPSEC" scan --rules "$PACKS/banned-shell" --format sarif -o r.sarif svc/main.cpp -- -std=c++20
expect_py r.sarif "ACME201 among the SARIF rules, with its CWE" \
  'any(r["id"] == "ACME201" and "external/cwe/cwe-78" in r["properties"]["tags"] for r in d["runs"][0]["tool"]["driver"]["rules"])'

check "rule-packs: in .cppsec.yaml loads a pack too"
printf 'rule-packs: [%s]\n' "$PACKS/banned-shell" >svc/.cppsec.yaml
(cd svc && run "$CPPSEC" scan --format json -o ../c.json main.cpp -- -std=c++20)
expect_py c.json "an ACME201 finding from the config's pack" 'any(f["ruleId"] == "ACME201" for f in findings)'

check "block scalars (| and >) hold matchers; errors point into the block, lets at their own lines"
cat >block.yaml <<'YAML'
rules:
  - id: BLK001
    name: block-matcher
    description: a matcher written as a block
    pattern:
      let:
        shell: |
          functionDecl(hasAnyName("system", "popen"))
        broken: |
          callExpr(
            nosuchMatcher())
      match: |
        callExpr(
          callee(shell))
      message: "calls {root}"
YAML
expect_status 2 "$CPPSEC" rules --check block.yaml
expect_contains "$ERR" "block.yaml:11:13: rule BLK001: let broken: Matcher not found: nosuchMatcher"
sed -i '/broken/,+2d' block.yaml
expect_status 0 "$CPPSEC" rules --check block.yaml
printf '#include <cstdlib>\nint main() { return std::system("ls"); }\n' >block.cpp
expect_status 1 "$CPPSEC" scan --rules block.yaml --enable BLK001 block.cpp --
expect_contains "$OUT" "[BLK001]"

check "scan stops on a call-check for a rule that does not exist (file:line:col, exit 2)"
printf 'call-checks:\n  - { rule: NOPE999, function: system, message: "m" }\n' >unknown-rule.yaml
run "$CPPSEC" scan --rules unknown-rule.yaml block.cpp --
expect_usage_error "unknown-rule.yaml:2:7: call-check for unknown rule 'NOPE999'"

check "overloads: a model names one overload by its parameter types; the others are not sinks"
mkdir -p overloads
cp /dev/null overloads/.keep
cat >overloads/pack.yaml <<'YAML'
sinks:
  # Only the overload that takes raw SQL text; exec(const Query &) binds its parameters.
  - { function: "acme::Db::exec(const char *)", arg: 0, kind: sql }
  - { function: "acme::Db::run(std::string, ...)", arg: 0, kind: sql }
YAML
cat >overloads/overloads.cpp <<'CPP'
#include <string>
namespace acme {
struct Query { std::string text; };
struct Db {
  int exec(const char *sql);
  int exec(const Query &query);
  int run(const std::string &sql, int timeout);
  int run(int id);
};
}  // namespace acme

int lookup(acme::Db &db, const std::string &name) {
  std::string sql = "SELECT * FROM users WHERE name = '" + name + "'";
  db.exec(sql.c_str());  // expect: CPP201(high)
  db.exec(acme::Query{sql});
  db.run(sql, 5);  // expect: CPP201(high)
  return db.run(7);
}
CPP
expect_status 0 "$CPPSEC" rules --test overloads
expect_contains "$OUT" "1 of 1 fixture(s) pass"
printf 'sinks:\n  - { function: "acme::Db::exec(const char *", arg: 0, kind: sql }\n' >overloads/broken.yaml
run "$CPPSEC" rules --check overloads/broken.yaml
expect_contains "$ERR" "broken.yaml:2:17: unbalanced parentheses in 'acme::Db::exec(const char *'"

check "a \$list reference to a list no pack defines: an error with file:line:col, in --check and in scan"
printf 'call-checks:\n  - { rule: CPP501, function: $nolist, message: m }\n' >lists.yaml
run "$CPPSEC" rules --check lists.yaml
[ "$STATUS" -eq 2 ] || fail "expected exit status 2"
expect_contains "$ERR" "lists.yaml:2:7: no list named 'nolist' (define it under \`lists:\`)"
run "$CPPSEC" scan --rules lists.yaml block.cpp --
expect_usage_error "lists.yaml:2:7: no list named 'nolist'"

check "a list written as one value (loggers: a, b) is an error, not a one-element list"
printf 'lists:\n  corp-loggers: corp::log::info, corp::log::warn\n' >scalar-list.yaml
run "$CPPSEC" rules --check scalar-list.yaml
[ "$STATUS" -eq 2 ] || fail "expected exit status 2"
expect_contains "$ERR" "scalar-list.yaml:2:17: list 'corp-loggers' must be a YAML list ([a, b] or '- a' lines), not a single value"

check "mistakes that would silently never report: a sink kind no sink has, unbound report and {name}, \\d in a regex"
cat >silent.yaml <<'YAML'
rules:
  - id: SIL001
    name: audit-unescaped
    description: request data reaches the audit log
    taint: { sink-kind: corp-adit, sources: [request] }
  - id: SIL002
    name: unbound-report
    description: a report of a node the matcher never binds
    pattern: { match: 'callExpr(callee(functionDecl(hasName("run"))))', report: fn, message: "calls run" }
  - id: SIL003
    name: unbound-placeholder
    description: a message quoting a node the matcher never binds
    pattern: { match: 'callExpr(callee(functionDecl(hasName("run")).bind("fn")))', message: "calls {func}" }
sinks:
  - { function: "corp::audit::record", arg: 0, kind: corp-audit }
secret-formats:
  - { name: corp token, pattern: '^corp_\d{12}$' }
YAML
run "$CPPSEC" rules --check silent.yaml
[ "$STATUS" -eq 2 ] || fail "expected exit status 2"
expect_contains "$ERR" "silent.yaml:2:5: rule SIL001: no sink has kind 'corp-adit', so the rule can never report"
expect_contains "$ERR" "rule SIL002: report: 'fn' is not bound by the matcher (bound: root;"
expect_contains "$ERR" "rule SIL003: message: {func} is not bound by the matcher (bound: fn, root)"
expect_contains "$ERR" "silent.yaml:17:34: regular expressions here are POSIX extended: \\d means the letter d, not a class; write [0-9]"

check "a pack's taint rule follows request data through a field of a local struct"
mkdir -p fieldflow
cat >fieldflow/pack.yaml <<'YAML'
rules:
  - id: FLD001
    name: audit-unescaped
    description: request data reaches the audit log unescaped
    taint: { sink-kind: corp-audit, sources: [request] }
sinks:
  - { function: "corp::audit::record", arg: 0, kind: corp-audit }
YAML
cat >fieldflow/audit.cpp <<'CPP'
#include <httplib.h>
#include <string>
namespace corp::audit { void record(const std::string &line); }
struct Context { std::string user; std::string action; };
void on_login(const httplib::Request &req) {
  Context ctx;
  ctx.user = req.get_param_value("user");
  ctx.action = "login";
  corp::audit::record(ctx.user);  // expect: FLD001
  corp::audit::record(ctx.action);
}
CPP
expect_status 0 "$CPPSEC" rules --test fieldflow
expect_contains "$OUT" "1 of 1 fixture(s) pass"
