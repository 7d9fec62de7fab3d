#!/usr/bin/env bash
# `cppsec vulncheck` end to end, on the fixtures in test/vuln with the built-in database:
# a vulnerable version with a call to the affected function is reported with its call path;
# without the call only at --scan library; a fixed version is not reported; a non-constant
# option is "possibly affected". Then json, openvex, ignore entries with expiry, a Debian
# package decided by the distribution's own range, bad input, and determinism.
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cli_init vulncheck "$@"

FIX=$SRC/test/vuln
VULNERABLE=(-I"$FIX/v8.3.0" -I"$FIX/include")
FIXED=(-I"$FIX/v8.4.0" -I"$FIX/include")
# An empty system root: the fixtures' headers belong to no distribution package.
mkdir -p nosystem
vulncheck() { "$CPPSEC" vulncheck --root "$FIX" --system-root "$TMP/nosystem" "$@"; }

check "the shipped database passes the strict check"
expect_status 0 "$CPPSEC" vulncheck --check-db "$SRC/data/vulndb"
expect_contains "$OUT" "advisories: ok"

check "libcurl 8.3.0, duphandle called two calls below main: affected, with the path; exit 3"
expect_status 3 vulncheck "$FIX/project/calls.cpp" -- "${VULNERABLE[@]}"
expect_contains "$OUT" "Vulnerability #2: CURL-CVE-2023-38546 (CVE-2023-38546)"
expect_contains "$OUT" "Found in: libcurl 8.3.0 (LIBCURL_VERSION, v8.3.0/curl/curlver.h:2)"
expect_contains "$OUT" "Fixed in: libcurl 8.4.0"
expect_contains "$OUT" "project/calls.cpp:7:41: main -> client::fetch -> client::clone_handle -> curl_easy_duphandle"
check "the SOCKS5 hostname option set with constants: CVE-2023-38545 affected, the option shown"
expect_contains "$OUT" "Vulnerability #1: CURL-CVE-2023-38545"
expect_contains "$OUT" "project/calls.cpp:12:3: curl_easy_setopt(curl, CURLOPT_PROXYTYPE, CURLPROXY_SOCKS5_HOSTNAME)"
expect_contains "$OUT" "Your code is affected by 2 vulnerabilities."

check "--show traces: every step with where it calls the next"
expect_status 3 vulncheck --show traces "$FIX/project/calls.cpp" -- "${VULNERABLE[@]}"
expect_contains "$OUT" "project/calls.cpp:22:21: main"
expect_contains "$OUT" "project/calls.cpp:13:16: client::fetch"

check "implicit declarations (::operator new, va_list) beside library calls: no crash, the call found"
expect_status 3 vulncheck "$FIX/project/implicit.cpp" -- "${VULNERABLE[@]}"
expect_contains "$OUT" "project/implicit.cpp:22:16: main -> curl_easy_duphandle"
expect_empty "$ERR"

check "the same version without the calls: nothing at symbol level, both at --scan library"
expect_status 0 vulncheck "$FIX/project/nocall.cpp" -- "${VULNERABLE[@]}"
expect_contains "$OUT" "No vulnerabilities found in the code's calls."
expect_contains "$OUT" "This scan also found 2 vulnerabilities in libraries you use"
expect_not_contains "$OUT" "Vulnerability #"
expect_status 0 vulncheck --scan library "$FIX/project/nocall.cpp" -- "${VULNERABLE[@]}"
expect_contains "$OUT" "=== Library Results (not called) ==="
expect_contains "$OUT" "CURL-CVE-2023-38546"
expect_contains "$OUT" "The code never sets the options the advisory needs."
expect_contains "$OUT" "The code does not call the vulnerable functions."

check "the fixed version 8.4.0 with the calls: not reported, even at --scan library"
expect_status 0 vulncheck --scan library "$FIX/project/calls.cpp" -- "${FIXED[@]}"
expect_not_contains "$OUT" "CURL-CVE-2023-3854"
expect_contains "$OUT" "libcurl 8.4.0"

check "the proxy type from configuration: possibly affected, never not affected"
expect_status 3 vulncheck "$FIX/project/dynamic.cpp" -- "${VULNERABLE[@]}"
expect_contains "$OUT" "=== Possibly Affected"
expect_contains "$OUT" "curl_easy_setopt(curl, CURLOPT_PROXYTYPE, proxy.type) (possibly)"
expect_contains "$OUT" "Your code is possibly affected by 1 vulnerability"

check "the real Debian libcurl headers: the version from the real curlver.h, calls through curl's macros"
REAL_VERSION=$(sed -n 's/^#define LIBCURL_VERSION "\(.*\)"$/\1/p' /usr/include/*/curl/curlver.h /usr/include/curl/curlver.h 2>/dev/null | head -n 1 || true)
[ -n "$REAL_VERSION" ] || fail "no libcurl headers on this machine (scripts/setup.sh installs libcurl4-openssl-dev)"
run vulncheck --scan library "$FIX/project/real_curl.cpp" -- -O2
expect_contains "$OUT" "Found in: libcurl $REAL_VERSION (LIBCURL_VERSION, /usr/include/"
if python3 -c "import sys; v=tuple(map(int, sys.argv[1].split('.'))); sys.exit(0 if (7,69,0) <= v < (8,4,0) else 1)" "$REAL_VERSION"; then
  [ "$STATUS" -eq 3 ] || fail "expected exit status 3 for libcurl $REAL_VERSION (in CVE-2023-38545's range)"
  expect_contains "$OUT" "project/real_curl.cpp:8:3: main -> use_socks_proxy -> curl_easy_setopt"
  expect_contains "$OUT" "curl_easy_setopt(curl, CURLOPT_PROXYTYPE, (long)CURLPROXY_SOCKS5_HOSTNAME)"
fi
if zgrep -q CVE-2023-38545 /usr/share/doc/libcurl4-openssl-dev/changelog.Debian.gz 2>/dev/null; then
  check "the same code with the machine's dpkg database: Debian's changelog records the back-port"
  run "$CPPSEC" vulncheck --root "$FIX" --scan library "$FIX/project/real_curl.cpp" -- -O2
  expect_contains "$OUT" "the debian-12 changelog of libcurl4-openssl-dev records the fix for CVE-2023-38545 in"
  expect_not_contains "$OUT" "=== Symbol Results ==="
fi

check "json: a stream of config, progress, library, osv and finding messages; exit 0"
expect_status 0 vulncheck --format json -o out.json "$FIX/project/calls.cpp" -- "${VULNERABLE[@]}"
python3 - out.json <<'PY' || fail "out.json: unexpected message stream"
import json, sys
messages = [json.loads(line) for line in open(sys.argv[1])]
kinds = [next(iter(m)) for m in messages]
assert kinds[:3] == ["config", "progress", "library"], kinds
assert kinds.count("osv") == 2, kinds
findings = [m["finding"] for m in messages if "finding" in m]
dup = [f for f in findings if f["osv"] == "CURL-CVE-2023-38546"]
assert len(dup) == 1 and dup[0]["status"] == "affected" and dup[0]["fixed_version"] == "8.4.0", dup
trace = dup[0]["trace"]
assert [t["function"] for t in trace] == ["curl_easy_duphandle", "client::clone_handle", "client::fetch", "main"], trace
assert trace[1]["position"] == {"filename": "project/calls.cpp", "line": 7, "column": 41}, trace[1]
PY
ok "out.json: trace from curl_easy_duphandle up to main, with positions"

check "openvex: affected where called, not_affected with the right justification otherwise"
expect_status 0 vulncheck --format openvex -o called.vex.json "$FIX/project/calls.cpp" -- "${VULNERABLE[@]}"
expect_status 0 vulncheck --format openvex -o nocall.vex.json "$FIX/project/nocall.cpp" -- "${VULNERABLE[@]}"
expect_status 0 vulncheck --format openvex -o fixed.vex.json "$FIX/project/calls.cpp" -- "${FIXED[@]}"
python3 "$SRC/test/cli/check_openvex.py" called.vex.json nocall.vex.json fixed.vex.json ||
  fail "the OpenVEX documents do not follow the OpenVEX 0.2.0 specification"
expect_py called.vex.json "both curl advisories affected" \
  'sorted(s["vulnerability"]["name"] for s in d["statements"] if s["status"] == "affected")
   == ["CURL-CVE-2023-38545", "CURL-CVE-2023-38546"]'
expect_py nocall.vex.json "not in the execute path when not called" \
  'sorted(s["vulnerability"]["name"] for s in d["statements"]
          if s["justification"] == "vulnerable_code_not_in_execute_path")
   == ["CURL-CVE-2023-38545", "CURL-CVE-2023-38546"]
   and all(s["status"] == "not_affected" for s in d["statements"])'
expect_py fixed.vex.json "not present in the fixed version" \
  'all(s["status"] == "not_affected" and s["justification"] == "vulnerable_code_not_present"
       for s in d["statements"] if s["vulnerability"]["name"].startswith("CURL-CVE-2023-3854"))'

check "openvex with nothing to state: no document (OpenVEX needs a statement), a warning, exit 0"
printf 'int main() { return 0; }\n' >plain.cpp
expect_status 0 vulncheck --format openvex -o plain.vex.json plain.cpp --
[ ! -e plain.vex.json ] || fail "an OpenVEX document without statements was written"
expect_contains "$ERR" "no OpenVEX document written"

check "an ignore entry hides the advisory until it expires, then it comes back with a warning"
mkdir -p ignoring
cat >ignoring/.cppsec.yaml <<'YAML'
version: 1
vulncheck:
  ignore:
    - id: CVE-2023-38546
      reason: we never duplicate handles that carry cookies
      expires: 2099-12-31
YAML
cd ignoring
expect_status 3 vulncheck "$FIX/project/calls.cpp" -- "${VULNERABLE[@]}"
expect_not_contains "$OUT" "CURL-CVE-2023-38546"
expect_contains "$OUT" "1 ignored by the config file"
expect_status 3 vulncheck --today 2100-01-01 "$FIX/project/calls.cpp" -- "${VULNERABLE[@]}"
expect_contains "$OUT" "CURL-CVE-2023-38546"
expect_contains "$ERR" "the ignore entry for CVE-2023-38546 expired on 2099-12-31"
cd "$TMP"

check "a broken ignore entry: one line with file:line:col, exit 2"
mkdir -p badignore
printf 'version: 1\nvulncheck:\n  ignore:\n    - id: CVE-2023-38546\n      reason: x\n      expires: next year\n' \
  >badignore/.cppsec.yaml
cd badignore
run vulncheck "$FIX/project/calls.cpp" -- "${VULNERABLE[@]}"
expect_usage_error ".cppsec.yaml:6:16: expires must be a date, YYYY-MM-DD"
cd "$TMP"

check "Debian headers: the distribution's own range decides (dpkg database under --system-root)"
mkdir -p debian/etc debian/usr/include/curl debian/var/lib/dpkg/info
printf 'ID=debian\nVERSION_ID="12"\n' >debian/etc/os-release
cp "$FIX/include/curl/curl.h" "$FIX/v8.3.0/curl/curlver.h" debian/usr/include/curl/
printf '/usr/include/curl\n/usr/include/curl/curl.h\n/usr/include/curl/curlver.h\n' \
  >debian/var/lib/dpkg/info/libcurl4-openssl-dev:amd64.list
write_status() {
  printf 'Package: libcurl4-openssl-dev\nStatus: install ok installed\nSource: curl\nVersion: %s\n\n' "$1" \
    >debian/var/lib/dpkg/status
}
mkdir -p debiandb
cat >debiandb/CPPSEC-TEST-0001.json <<'JSON'
{"schema_version": "1.6.0", "id": "CPPSEC-TEST-0001", "modified": "2026-11-23T00:00:00Z",
 "summary": "a test advisory that Debian fixed by a back-port",
 "affected": [
   {"package": {"ecosystem": "ConanCenter", "name": "libcurl"},
    "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "8.0.0"}, {"fixed": "8.4.0"}]}],
    "ecosystem_specific": {"cppsec": {"symbols": ["curl_easy_duphandle"], "evidence": "test"}}},
   {"package": {"ecosystem": "Debian:12", "name": "curl"},
    "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "8.3.0-1+deb12u2"}]}]}]}
JSON
write_status 8.3.0-1+deb12u2
expect_status 0 "$CPPSEC" vulncheck --root "$FIX" --db debiandb --system-root "$TMP/debian" \
  "$FIX/project/calls.cpp" -- -I"$TMP/debian/usr/include"
expect_contains "$OUT" "No vulnerabilities found"
write_status 8.3.0-1+deb12u1
expect_status 3 "$CPPSEC" vulncheck --root "$FIX" --db debiandb --system-root "$TMP/debian" \
  "$FIX/project/calls.cpp" -- -I"$TMP/debian/usr/include"
expect_contains "$OUT" "Package: libcurl4-openssl-dev 8.3.0-1+deb12u1 (debian-12, source curl)"
expect_contains "$OUT" "Fixed in: curl 8.3.0-1+deb12u2 (debian-12)"
check "without a Debian range for the advisory, the upstream range decides and says so"
expect_status 3 "$CPPSEC" vulncheck --root "$FIX" --system-root "$TMP/debian" \
  "$FIX/project/calls.cpp" -- -I"$TMP/debian/usr/include"
expect_contains "$OUT" "which may carry a back-ported fix"

check "the installed package's Debian changelog records a back-port: not affected, and said so"
mkdir -p debian/usr/share/doc/libcurl4-openssl-dev
printf '%s\n' "curl (8.3.0-1+deb12u1) bookworm-security; urgency=high" "" \
  "  * Fix CVE-2023-38546: cookie injection with none file" "" \
  " -- A Maintainer <m@example.org>  Mon, 09 Oct 2023 00:00:00 +0000" "" \
  "curl (8.3.0-1) unstable; urgency=medium" "" "  * New upstream release (not CVE-2023-385460)" |
  gzip -n >debian/usr/share/doc/libcurl4-openssl-dev/changelog.Debian.gz
expect_status 3 "$CPPSEC" vulncheck --root "$FIX" --scan library --system-root "$TMP/debian" \
  "$FIX/project/calls.cpp" -- -I"$TMP/debian/usr/include"
expect_contains "$OUT" "records the fix for CVE-2023-38546 in 8.3.0-1+deb12u1 (a back-port"
expect_not_contains "$OUT" "Vulnerability #2"
expect_contains "$OUT" "Vulnerability #1: CURL-CVE-2023-38545"
expect_contains "$OUT" "1 advisory in the upstream range of an installed distribution package is fixed"

check "a broken database entry: one line naming the file and the JSON path, exit 2"
mkdir -p baddb
sed 's/"fixed": "8.4.0"/"fixed": 8.4/' debiandb/CPPSEC-TEST-0001.json >baddb/bad.json
run vulncheck --db baddb "$FIX/project/calls.cpp" -- "${VULNERABLE[@]}"
expect_usage_error "bad.json: /affected/0/ranges/0/events/1: expected one of"
printf '{"id": "X", \n "modified": }' >baddb/bad.json
run vulncheck --db baddb "$FIX/project/calls.cpp" -- "${VULNERABLE[@]}"
expect_usage_error "bad.json:2:14: invalid JSON"
run vulncheck --db "$TMP/missing" "$FIX/project/calls.cpp" -- "${VULNERABLE[@]}"
expect_usage_error "--db: not a folder"

check "manifests: vcpkg.json, conanfile.txt, FetchContent and CPM declare versions; headers win"
M=$FIX/manifests
expect_status 0 "$CPPSEC" vulncheck --root "$M" --system-root "$TMP/nosystem" --scan library "$M/main.cpp" -- \
  -I"$FIX/v8.4.0" -I"$FIX/include"
expect_contains "$OUT" "zlib 1.2.11 (vcpkg.json overrides, vcpkg.json:11)"
expect_contains "$OUT" "c-ares 1.19.0 (vcpkg.json version>= (at least; the baseline decides), vcpkg.json:8)"
expect_contains "$OUT" "expat 2.4.1 (conanfile.txt, conanfile.txt:2)"
expect_contains "$OUT" "cpp-httplib 0.14.1 (FetchContent_Declare, CMakeLists.txt:4)"
expect_contains "$OUT" "libuv 1.46.0 (CPMAddPackage, cmake/dependencies.cmake:1)"
expect_contains "$OUT" "protobuf 3.21.5 (CPMAddPackage, cmake/dependencies.cmake:2)"
expect_contains "$OUT" "Vulnerability #5: CVE-2022-37434"
expect_contains "$OUT" "CVE-2024-24806"
expect_contains "$ERR" "vcpkg.json:12: vcpkg.json overrides declares libcurl 8.3.0, but the headers the build includes say 8.4.0"
expect_not_contains "$OUT" "=== Symbol Results ==="

check "a database entry can describe a library cppsec does not know: its headers and version macro"
mkdir -p custom/include/acme custom/db
printf '#define ACME_CRYPTO_VERSION_NUMBER 0x020100\nint acme_verify(const char *token);\n' >custom/include/acme/crypto.h
printf '#include <acme/crypto.h>\nint check(const char *t) { return acme_verify(t); }\nint main() { return check("x"); }\n' \
  >custom/app.cpp
cat >custom/db/ACME-2026-0001.json <<'JSON'
{"schema_version": "1.6.0", "id": "ACME-2026-0001", "modified": "2026-11-01T00:00:00Z",
 "summary": "acme_verify accepts expired tokens",
 "affected": [{"package": {"ecosystem": "ConanCenter", "name": "acme-crypto"},
   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "2.0.0"}, {"fixed": "2.1.1"}]}],
   "ecosystem_specific": {"cppsec": {
     "library": {"headers": ["acme/*.h"],
                 "version": [{"macro": "ACME_CRYPTO_VERSION_NUMBER", "encoding": "hex-bytes"}]},
     "symbols": ["acme_verify"], "evidence": "internal advisory"}}}]}
JSON
expect_status 3 vulncheck --db custom/db custom/app.cpp -- -Icustom/include
expect_contains "$OUT" "Found in: acme-crypto 2.1.0 (ACME_CRYPTO_VERSION_NUMBER"
expect_contains "$OUT" "main -> check -> acme_verify"
expect_contains "$OUT" "Fixed in: acme-crypto 2.1.1"

check "failed TUs: said in the report; when none can be read, exit 2 naming the first error"
printf '#include <curl/curl.h>\n#include "missing-header.h"\nint main() { return 0; }\n' >broken.cpp
run vulncheck broken.cpp -- "${VULNERABLE[@]}"
expect_usage_error "no translation unit could be read (1 failed; the first: failed to parse" "missing-header.h"
expect_status 3 vulncheck broken.cpp "$FIX/project/calls.cpp" -- "${VULNERABLE[@]}"
expect_contains "$OUT" "1 of 2 translation units could not be read (see standard error)"

check "deterministic: -j 1 and -j 2 give the same bytes"
cat >compile_commands.json <<JSON
[{"directory": "$FIX", "file": "project/calls.cpp", "arguments": ["c++", "-I$FIX/v8.3.0", "-I$FIX/include", "-c", "project/calls.cpp"]},
 {"directory": "$FIX", "file": "project/dynamic.cpp", "arguments": ["c++", "-I$FIX/v8.3.0", "-I$FIX/include", "-c", "project/dynamic.cpp"]},
 {"directory": "$FIX", "file": "project/nocall.cpp", "arguments": ["c++", "-I$FIX/v8.3.0", "-I$FIX/include", "-c", "project/nocall.cpp"]}]
JSON
expect_status 0 vulncheck -p . -j 1 --format json -o one.json
expect_status 0 vulncheck -p . -j 2 --format json -o two.json
cmp one.json two.json || fail "the json output differs between -j 1 and -j 2"
ok "identical json with 1 and 2 workers"
