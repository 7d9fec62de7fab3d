# Shared helpers for the end-to-end tests of the cppsec binary. Sourced by the scripts in this
# folder, which ctest runs as `bash test/cli/NAME.sh CPPSEC_BINARY SOURCE_DIR BINARY_DIR`.
#
# After `cli_init NAME "$@"`:
#   CPPSEC   absolute path of the binary under test
#   SRC      the cppsec source tree      BIN  the cppsec build tree
#   TMP      a fresh temporary folder (the current directory; removed on exit unless
#            CPPSEC_TEST_KEEP=1 is set, to look at what a failing test left behind)
# After each `run`/`expect_status`: STATUS, and OUT / ERR, the files holding its stdout / stderr.
#
# Every check prints what it is about to verify and stops the script (exit 1) at the first
# failure, with the command, its status and its output.

set -euo pipefail

cli_init() {
  TEST_NAME=$1
  shift
  if [ $# -lt 3 ]; then
    echo "usage: bash $TEST_NAME.sh CPPSEC_BINARY SOURCE_DIR BINARY_DIR" >&2
    exit 2
  fi
  CPPSEC=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
  # SRC and BIN are for the scripts that source this file.
  # shellcheck disable=SC2034
  SRC=$(cd "$2" && pwd)
  # shellcheck disable=SC2034
  BIN=$(cd "$3" && pwd)
  [ -x "$CPPSEC" ] || { echo "FAIL: $CPPSEC is not an executable" >&2; exit 1; }
  command -v python3 >/dev/null || { echo "FAIL: python3 is needed to read JSON/SARIF" >&2; exit 1; }
  TMP=$(mktemp -d "${TMPDIR:-/tmp}/cppsec-$TEST_NAME.XXXXXX")
  trap cli_cleanup EXIT
  OUT=$TMP/.stdout
  ERR=$TMP/.stderr
  STATUS=0
  CURRENT_CMD=""
  CHECKS=0
  # cppsec looks for .cppsec.yaml from the current directory upward: put a neutral one at the
  # top of the temporary folder so that no stray config above it (e.g. /tmp/.cppsec.yaml)
  # changes the results.
  printf 'version: 1\n' >"$TMP/.cppsec.yaml"
  cd "$TMP"
  echo "== $TEST_NAME: $CPPSEC (temporary folder $TMP)"
}

cli_cleanup() {
  local status=$?
  cd /
  if [ "${CPPSEC_TEST_KEEP:-0}" = 1 ]; then
    echo "(kept $TMP)" >&2
  else
    rm -rf "$TMP"
  fi
  if [ $status -eq 0 ]; then
    echo "== $TEST_NAME: all $CHECKS checks passed"
  fi
  exit $status
}

# Prints a heading for the next group of checks.
check() {
  echo "-- $*"
}

# Stops the test with a message, the last command run and its output.
fail() {
  {
    echo "FAIL [$TEST_NAME]: $*"
    if [ -n "$CURRENT_CMD" ]; then
      echo "   last command: $CURRENT_CMD"
      echo "   exit status:  $STATUS"
      if [ -s "$OUT" ]; then
        echo "   stdout (first 40 lines):"
        head -n 40 "$OUT" | sed 's/^/     | /'
      else
        echo "   stdout: (empty)"
      fi
      if [ -s "$ERR" ]; then
        echo "   stderr (first 40 lines):"
        head -n 40 "$ERR" | sed 's/^/     | /'
      else
        echo "   stderr: (empty)"
      fi
    fi
  } >&2
  exit 1
}

ok() {
  CHECKS=$((CHECKS + 1))
  echo "   ok: $*"
}

# Quotes a command for messages.
quote_cmd() {
  local out="" arg
  for arg in "$@"; do out+=" $(printf '%q' "$arg")"; done
  echo "${out# }"
}

# run CMD...: runs a command without tripping `set -e`; sets STATUS, OUT, ERR.
run() {
  CURRENT_CMD=$(quote_cmd "$@")
  set +e
  "$@" >"$OUT" 2>"$ERR"
  STATUS=$?
  set -e
}

# expect_status WANT CMD...: runs CMD and checks its exact exit status.
expect_status() {
  local want=$1
  shift
  run "$@"
  [ "$STATUS" -eq "$want" ] || fail "expected exit status $want, got $STATUS"
  ok "status $want: $CURRENT_CMD"
}

# expect_contains FILE TEXT: FILE contains TEXT (a fixed string).
expect_contains() {
  local file=$1 text=$2
  [ -f "$file" ] || fail "expected file $file to exist"
  grep -qF -- "$text" "$file" || fail "expected $(label "$file") to contain '$text'"
  ok "$(label "$file") contains '$text'"
}

# expect_not_contains FILE TEXT
expect_not_contains() {
  local file=$1 text=$2
  [ -f "$file" ] || fail "expected file $file to exist"
  if grep -qF -- "$text" "$file"; then fail "expected $(label "$file") not to contain '$text'"; fi
  ok "$(label "$file") does not contain '$text'"
}

# expect_empty FILE
expect_empty() {
  [ ! -s "$1" ] || fail "expected $(label "$1") to be empty"
  ok "$(label "$1") is empty"
}

# expect_lines FILE N: FILE has exactly N lines.
expect_lines() {
  local file=$1 want=$2 got
  got=$(wc -l <"$file")
  [ "$got" -eq "$want" ] || fail "expected $(label "$file") to have $want line(s), it has $got"
  ok "$(label "$file") has $want line(s)"
}

# expect_usage_error [TEXT...]: the last command exited 2, printed nothing on stdout and
# exactly one line on stderr that starts with "cppsec: error: " (and contains each TEXT).
expect_usage_error() {
  [ "$STATUS" -eq 2 ] || fail "expected exit status 2 (usage/input error), got $STATUS"
  [ ! -s "$OUT" ] || fail "expected nothing on stdout for an input error"
  local lines
  lines=$(wc -l <"$ERR")
  [ "$lines" -eq 1 ] || fail "expected exactly one line on stderr, got $lines"
  [ "$(tail -c 1 "$ERR" | od -An -c | tr -d ' ')" = '\n' ] || fail "the error line does not end with a newline"
  case "$(head -n 1 "$ERR")" in
    "cppsec: error: "*) ;;
    *) fail "the stderr line does not start with 'cppsec: error: '" ;;
  esac
  local text
  for text in "$@"; do
    grep -qF -- "$text" "$ERR" || fail "expected the error message to contain '$text'"
  done
  ok "status 2, one line: $(head -n 1 "$ERR")"
}

# expect_valid_json FILE
expect_valid_json() {
  python3 -m json.tool "$1" >/dev/null 2>"$TMP/.json_error" || {
    cat "$TMP/.json_error" >&2
    fail "$(label "$1") is not valid JSON"
  }
  ok "$(label "$1") is valid JSON"
}

# expect_py FILE DESCRIPTION PYTHON_EXPRESSION: loads FILE as JSON into `d` (and its
# "findings" list, if any, into `findings`) and checks that the expression is true.
expect_py() {
  local file=$1 what=$2 expr=$3
  python3 - "$file" "$expr" <<'PY' || fail "$(label "$file"): expected $what"
import json, sys
with open(sys.argv[1]) as f:
    d = json.load(f)
findings = d.get("findings", []) if isinstance(d, dict) else []
ok = eval("(" + sys.argv[2] + "\n)", {"d": d, "findings": findings})
if not ok:
    print("   python check failed: " + sys.argv[2], file=sys.stderr)
    if findings:
        print("   findings (ruleId, file, line): %s" % [(f.get("ruleId"), f.get("file"), f.get("line")) for f in findings],
              file=sys.stderr)
    sys.exit(1)
PY
  ok "$(label "$file"): $what"
}

# A readable name for OUT/ERR in messages.
label() {
  case "$1" in
    "$OUT") echo "stdout" ;;
    "$ERR") echo "stderr" ;;
    *) echo "${1#"$TMP"/}" ;;
  esac
}

# The vulnerable, clean, etc. sources used by several scripts.
write_vulnerable() { # FILE [FUNCTION]
  cat >"$1" <<EOF
#include <sqlite3.h>
#include <string>

void ${2:-find_user}(sqlite3 *db, const std::string &name) {
  std::string q = "SELECT * FROM t WHERE n='" + name + "'";
  sqlite3_exec(db, q.c_str(), 0, 0, 0);
}
EOF
}

write_clean() { # FILE
  cat >"$1" <<'EOF'
#include <sqlite3.h>
#include <string>

int add(int a, int b) { return a + b; }
void vacuum(sqlite3 *db) { sqlite3_exec(db, "VACUUM", 0, 0, 0); }
EOF
}

# Writes compile_commands.json in DIR with one entry per FILE (absolute paths, like CMake).
# Extra flags come from DB_FLAGS (an array), default -std=c++20.
write_database() { # DIR FILE...
  local dir=$1
  shift
  local flags=("-std=c++20")
  if [ -n "${DB_FLAGS+x}" ]; then flags=("${DB_FLAGS[@]}"); fi
  python3 - "$dir" "$@" -- "${flags[@]}" <<'PY'
import json, os, sys
args = sys.argv[1:]
split = args.index("--")
directory, files, flags = args[0], args[1:split], args[split + 1:]
entries = []
for f in files:
    path = os.path.abspath(f)
    entries.append({"directory": os.path.abspath(directory), "file": path,
                    "arguments": ["clang++", *flags, "-c", path, "-o", path + ".o"]})
with open(os.path.join(directory, "compile_commands.json"), "w") as out:
    json.dump(entries, out, indent=1)
PY
}
