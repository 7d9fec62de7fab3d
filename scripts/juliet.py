#!/usr/bin/env python3
"""Measure cppsec and other C/C++ static analysers on NIST Juliet C/C++ 1.3 test cases.

What it does
------------
1. Extracts, from a Juliet C/C++ 1.3 tree, the test cases of the CWEs cppsec has rules for:
   CWE-259 (hard-coded password), CWE-321 (hard-coded cryptographic key), CWE-338 (weak PRNG),
   CWE-532/534/535 (information exposure through log files / debug log / shell error) and
   CWE-789 (uncontrolled memory allocation), plus Juliet's support files
   (testcasesupport/std_testcase.h, io.c, ...), into WORK/src.
2. Keeps the cases that build on Linux: a case is dropped when one of its files is named with
   Juliet's `w32` token (Windows-only cases), includes a Windows header (windows.h, wincrypt.h,
   winsock2.h, ...) outside an `#ifdef _WIN32` block, or fails `clang -fsyntax-only` (the
   compiler front end only: nothing is linked, nothing from Juliet is ever executed).
3. Writes WORK/build/compile_commands.json for the kept .c/.cpp files (include path
   testcasesupport, no INCLUDEMAIN, so main() is preprocessed away, as in Juliet's own
   "analyse all test cases as one application" set-up).
4. Runs the tools that are installed, skipping a missing one with a note:
     cppsec          `cppsec scan -p WORK/build -f json --no-fail` twice: at its default
                     confidence (medium) and with `--confidence low`; both passes run a copy
                     of the binary taken into WORK/bin at the start (its sha256 is reported),
                     so a rebuild of the original during the run cannot mix two versions
     clang-tidy      one clang-tidy run per TU with checks
                     `cert-*,bugprone-*,clang-analyzer-*` (alpha checkers off except
                     `clang-analyzer-alpha.security.*`); its results are reported as two rows:
                     "clang-tidy" (cert-*, bugprone-*) and "CSA" (the Clang Static Analyzer,
                     i.e. the clang-analyzer-* checks: core, unix, security.*,
                     security.insecureAPI.rand, optin.taint.TaintedAlloc,
                     alpha.security.taint.*, alpha.security.MallocOverflow, ...)
     cppcheck        `cppcheck --project=compile_commands.json --enable=warning,style,
                     performance,portability --inconclusive --library=posix`
     flawfinder      `flawfinder --csv --columns` over the kept files (default --minlevel 1)
5. Prints, per CWE, the number of cases and then recall / precision per tool, a per-variant
   recall table, and the tool -> CWE mapping used; writes the same to WORK/results/report.txt,
   the numbers to WORK/results/summary.json and every finding with its attribution to
   WORK/results/findings.csv.

Ground truth and metrics
------------------------
* Case: a Juliet test case, i.e. one file (CWE..._01.c) or one multi-file group
  (CWE..._51a.c + _51b.c, CWE..._81a.cpp + _81_bad.cpp + _81_goodG2B.cpp + _81.h, ...).
  The case id is the file name up to and including the two-digit flow variant.
  Every case holds exactly one flaw, reachable from its bad() entry.
* Function ranges: Juliet is generated code with a fixed layout: a function definition is a
  line at column 0 that ends with `)` (or `) const`), followed by a line `{`, and the body
  ends at the next line starting with `}`. The function's (qualified) name is the identifier
  before the `(`. With the case id removed from that name, a name containing `bad`
  (bad, badSink, CWE..._22_badSource, CWE..._81_bad::action, ...) is a *bad* function, one
  containing `good` (good, good1, goodG2B, goodB2GSink, CWE..._81_goodG2B::action, ...) is a
  *good* function; anything else (main, helpers) is *other*.
* A finding is "of the matching kind" when the tool's mapping (below) assigns it to the
  family of the CWE under test (credentials for 259/321, PRNG for 338, logging for 532/534/535,
  allocation size for 789). Findings of other kinds are ignored for that CWE. Findings are
  de-duplicated per tool on (file, line, rule) (a header can be analysed through several TUs).
* TP = matching findings inside bad functions; FP = matching findings inside good functions;
  "other" = matching findings elsewhere in the case's files (outside any function, in main or
  helpers); they are listed but count neither way. Findings outside the case files
  (testcasesupport, system headers) are ignored.
* recall    = cases with >= 1 TP / all kept cases of that CWE
* precision = TP / (TP + FP), over the findings of that CWE's cases ("n/a" when TP + FP = 0)
* FP-cases  = cases with >= 1 FP (a good function flagged).

Tool -> CWE mapping (see MAPPING below)
----------------------------------------
  cppsec      by rule id: CPP101 -> 259/321 (and 798), CPP404 -> 338, CPP601 -> 532/534/535,
              CPP110 -> 789.
  clang-tidy  by check name: cert-msc30-c, cert-msc50-cpp (rand), cert-msc32-c, cert-msc51-cpp
              (seeding) -> 338; no cert/bugprone check is about hard-coded credentials,
              logging of secrets or allocation sizes. Any check whose message cites a CWE of
              the family also counts.
  CSA         security.insecureAPI.rand -> 338; optin.taint.TaintedAlloc,
              alpha.security.MallocOverflow, alpha.security.taint.* when the message is about
              an allocation, core.VLASize when the message says the size is tainted -> 789.
  cppcheck    by the CWE in its XML report (cwe=...), family sets below.
  flawfinder  by the CWEs in its CSV report (its rand()/srand() hits are CWE-327 -> 338).
  CWE family sets used for cppcheck/flawfinder (and CWE ids cited in clang-tidy messages):
    credentials 259, 321, 798; PRNG 327, 330, 331, 332, 335, 336, 337, 338;
    logging 200, 209, 215, 359, 532, 534, 535; allocation 400, 770, 789.

Optional: --w32-stubs
---------------------
In Juliet 1.3 every CWE-259/321/338/534/535 case is a Windows (w32) case, so step 2 leaves
none of them. With --w32-stubs the script also analyses those cases, parsed against minimal
stand-in declarations of the few Win32 APIs they use (LogonUserA/W, CloseHandle, the
CryptoAPI calls), which it writes to WORK/w32stubs. They are reported in a separate table,
"w32 cases parsed with stub headers", never mixed with the Linux numbers.

Safety
------
The script only reads the Juliet tree and writes only under WORK (it refuses a non-empty WORK
that it did not create). It never builds executables and never runs Juliet code: the compiler
is only invoked with -fsyntax-only, the tools only parse/analyse. It makes no network access.
Python 3.8+, standard library only.

Usage
-----
  python3 scripts/juliet.py --juliet JULIET --cppsec PATH/TO/cppsec --work /tmp/juliet/work [-j 2]
      [--w32-stubs] [--cwe 789 ...] [--tools cppsec,clang-tidy,cppcheck,flawfinder] [--limit N]
JULIET is a checkout holding testcases/ and testcasesupport/, or a (bare) git directory of
one (e.g. a mirror of github.com/arichardson/juliet-test-suite-c), read at --rev (HEAD).
"""

import argparse
import collections
import concurrent.futures
import csv
import datetime
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

CWES = collections.OrderedDict([
    (259, "Hard-coded password"),
    (321, "Hard-coded cryptographic key"),
    (338, "Weak PRNG"),
    (532, "Information exposure through log files"),
    (534, "Information exposure through debug log"),
    (535, "Information exposure through shell error"),
    (789, "Uncontrolled memory allocation"),
])
FAMILY = {259: "credentials", 321: "credentials", 338: "prng", 532: "logging", 534: "logging",
          535: "logging", 789: "allocation"}
FAMILY_CWES = {
    "credentials": {259, 321, 798},
    "prng": {327, 330, 331, 332, 335, 336, 337, 338},
    "logging": {200, 209, 215, 359, 532, 534, 535},
    "allocation": {400, 770, 789},
}
CPPSEC_RULES = {"credentials": {"CPP101"}, "prng": {"CPP404"}, "logging": {"CPP601"},
                "allocation": {"CPP110"}}
TIDY_CHECKS = {"prng": {"cert-msc30-c", "cert-msc50-cpp", "cert-msc32-c", "cert-msc51-cpp"}}
TIDY_CHECK_SPEC = ("-*,cert-*,bugprone-*,clang-analyzer-*,-clang-analyzer-alpha.*,"
                   "clang-analyzer-alpha.security.*")
ALLOC_WORDS = re.compile(r"alloc|\bnew\b|size", re.I)

TOOL_ROWS = ["cppsec (default: medium)", "cppsec (--confidence low)", "clang-tidy", "CSA",
             "cppcheck", "flawfinder"]

CASE_RE = re.compile(r"^(CWE(\d+)_\w+?_(\d\d))(?:[a-z]|_bad|_good\w*)?\.(c|cpp|h)$")
W32_NAME_RE = re.compile(r"(?:^|_)w32(?:_|$)")
WIN_HEADERS = {"windows.h", "wincrypt.h", "winsock2.h", "ws2tcpip.h", "direct.h", "io.h",
               "process.h", "shellapi.h", "lm.h", "winbase.h", "tchar.h", "shlwapi.h",
               "userenv.h", "wtsapi32.h", "aclapi.h", "sddl.h", "winldap.h", "psapi.h"}
INCLUDE_RE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]')
FUNC_HDR_RE = re.compile(r"^(?![\s#/*{}])[^;]*?([~\w:]+)\s*\([^;]*\)\s*(?:const\s*)?$")
CWE_TEXT_RE = re.compile(r"CWE-(\d+)")
MARKER = ".juliet-py-workdir"

STUB_WINDOWS_H = r"""/* Stand-in for <windows.h>, written by juliet.py so that Juliet's w32 test cases can be
   parsed (never built, never run) on Linux. Only the declarations those cases use. */
#ifndef JULIET_PY_STUB_WINDOWS_H
#define JULIET_PY_STUB_WINDOWS_H
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>
typedef int BOOL;
typedef unsigned long DWORD;
typedef unsigned char BYTE;
typedef void *HANDLE;
typedef const char *LPCSTR;
typedef const wchar_t *LPCWSTR;
#define LOGON32_LOGON_NETWORK 3
#define LOGON32_PROVIDER_DEFAULT 0
#ifdef __cplusplus
extern "C" {
#endif
BOOL LogonUserA(LPCSTR user, LPCSTR domain, LPCSTR password, DWORD logonType,
                DWORD logonProvider, HANDLE *token);
BOOL LogonUserW(LPCWSTR user, LPCWSTR domain, LPCWSTR password, DWORD logonType,
                DWORD logonProvider, HANDLE *token);
BOOL CloseHandle(HANDLE handle);
#ifdef __cplusplus
}
#endif
#endif
"""
STUB_WINCRYPT_H = r"""/* Stand-in for <wincrypt.h>, written by juliet.py (see windows.h next to it). */
#ifndef JULIET_PY_STUB_WINCRYPT_H
#define JULIET_PY_STUB_WINCRYPT_H
#include "windows.h"
typedef uintptr_t HCRYPTPROV;
typedef uintptr_t HCRYPTKEY;
typedef uintptr_t HCRYPTHASH;
typedef unsigned int ALG_ID;
#define PROV_RSA_FULL 1
#define PROV_RSA_AES 24
#define CRYPT_NEWKEYSET 0x8
#define CALG_SHA_256 0x800c
#define CALG_AES_256 0x6610
#define MS_ENHANCED_PROV "Microsoft Enhanced Cryptographic Provider v1.0"
#ifdef __cplusplus
extern "C" {
#endif
BOOL CryptAcquireContextA(HCRYPTPROV *prov, LPCSTR container, LPCSTR provider, DWORD type,
                          DWORD flags);
BOOL CryptAcquireContextW(HCRYPTPROV *prov, LPCWSTR container, LPCWSTR provider, DWORD type,
                          DWORD flags);
#define CryptAcquireContext CryptAcquireContextA
BOOL CryptCreateHash(HCRYPTPROV prov, ALG_ID alg, HCRYPTKEY key, DWORD flags, HCRYPTHASH *hash);
BOOL CryptHashData(HCRYPTHASH hash, const BYTE *data, DWORD len, DWORD flags);
BOOL CryptDeriveKey(HCRYPTPROV prov, ALG_ID alg, HCRYPTHASH base, DWORD flags, HCRYPTKEY *key);
BOOL CryptEncrypt(HCRYPTKEY key, HCRYPTHASH hash, BOOL final, DWORD flags, BYTE *data,
                  DWORD *len, DWORD bufLen);
BOOL CryptDestroyKey(HCRYPTKEY key);
BOOL CryptDestroyHash(HCRYPTHASH hash);
BOOL CryptReleaseContext(HCRYPTPROV prov, DWORD flags);
BOOL CryptGenRandom(HCRYPTPROV prov, DWORD len, BYTE *buffer);
#ifdef __cplusplus
}
#endif
#endif
"""


def log(msg):
    print("[juliet.py %s] %s" % (time.strftime("%H:%M:%S"), msg), file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------------------------
# Reading the Juliet tree (a checkout or a git directory)
# ----------------------------------------------------------------------------------------------
class JulietSource:
    def __init__(self, path, rev):
        self.path = os.path.abspath(path)
        self.rev = rev
        self.git_dir = None
        self.commit = None
        self.origin = None
        if os.path.isdir(os.path.join(self.path, "testcases")):
            self.kind = "checkout"
            if shutil.which("git") and os.path.exists(os.path.join(self.path, ".git")):
                self.git_dir = os.path.join(self.path, ".git")
        elif os.path.exists(os.path.join(self.path, "HEAD")) and \
                os.path.isdir(os.path.join(self.path, "objects")):
            self.kind = "git"
            self.git_dir = self.path
        else:
            raise SystemExit("error: %s holds neither testcases/ nor a git repository" % path)
        if self.git_dir and shutil.which("git"):
            self.commit = self._git("rev-parse", rev if self.kind == "git" else "HEAD").strip()
            try:
                self.origin = self._git("config", "--get", "remote.origin.url").strip() or None
            except subprocess.CalledProcessError:
                self.origin = None
        elif self.kind == "git":
            raise SystemExit("error: reading a git directory needs the git command")

    def _git(self, *args, data=None):
        return subprocess.run(["git", "--git-dir", self.git_dir] + list(args), input=data,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True,
                              universal_newlines=True).stdout

    def list_dir(self, rel):
        """Files (paths relative to the Juliet root) under the folder rel."""
        if self.kind == "checkout":
            out = []
            for root, _dirs, files in os.walk(os.path.join(self.path, rel)):
                for f in files:
                    out.append(os.path.relpath(os.path.join(root, f), self.path))
            return sorted(out)
        text = self._git("ls-tree", "-r", "--name-only", self.rev, "--", rel)
        return sorted(line for line in text.splitlines() if line)

    def top_dirs(self, rel):
        if self.kind == "checkout":
            base = os.path.join(self.path, rel)
            return sorted(d for d in os.listdir(base) if os.path.isdir(os.path.join(base, d)))
        text = self._git("ls-tree", "--name-only", self.rev, rel + "/")
        return sorted(os.path.basename(line) for line in text.splitlines() if line)

    def read_many(self, rels):
        """{rel: bytes} for the given files."""
        if self.kind == "checkout":
            out = {}
            for rel in rels:
                with open(os.path.join(self.path, rel), "rb") as fh:
                    out[rel] = fh.read()
            return out
        proc = subprocess.Popen(["git", "--git-dir", self.git_dir, "cat-file", "--batch"],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        req = "".join("%s:%s\n" % (self.rev, rel) for rel in rels).encode()
        # feed the requests from a thread so a large answer cannot dead-lock the pipes
        with concurrent.futures.ThreadPoolExecutor(1) as ex:
            def feed():
                proc.stdin.write(req)
                proc.stdin.close()
            fut = ex.submit(feed)
            out = {}
            for rel in rels:
                header = proc.stdout.readline().decode().split()
                if len(header) < 3 or header[1] != "blob":
                    raise SystemExit("error: cannot read %s from git: %s" % (rel, header))
                size = int(header[2])
                out[rel] = proc.stdout.read(size)
                proc.stdout.read(1)
            fut.result()
        proc.wait()
        return out


# ----------------------------------------------------------------------------------------------
# Cases
# ----------------------------------------------------------------------------------------------
class Case:
    def __init__(self, case_id, cwe):
        self.id = case_id
        self.cwe = cwe
        self.files = []           # paths relative to WORK/src
        self.w32 = False          # Windows-only by Juliet's naming or an unguarded Windows header
        self.why_dropped = None
        self.set = "linux"        # "linux" or "w32-stubbed"
        self.bad_funcs = 0
        self.good_funcs = 0

    @property
    def variant(self):
        # functional variant: the part between "CWEnnn_Name__" and the flow variant
        rest = self.id.split("__", 1)[1] if "__" in self.id else self.id
        return re.sub(r"_\d\d$", "", rest)

    def sources(self):
        return [f for f in self.files if f.endswith((".c", ".cpp"))]


def unguarded_windows_include(text):
    """True when a Windows header is included outside any #if/#ifdef that mentions _WIN32."""
    stack = []
    for line in text.splitlines():
        s = line.strip()
        m = re.match(r"#\s*(if|ifdef|ifndef|elif|else|endif)\b(.*)", s)
        if m:
            kw, cond = m.group(1), m.group(2)
            if kw in ("if", "ifdef", "ifndef"):
                stack.append("_WIN32" in cond or "WIN32" in cond)
            elif kw in ("elif", "else"):
                if stack:
                    stack[-1] = stack[-1] or "_WIN32" in cond
            elif kw == "endif" and stack:
                stack.pop()
            continue
        m = INCLUDE_RE.match(line)
        if m and os.path.basename(m.group(1)).lower() in WIN_HEADERS and not any(stack):
            return True
    return False


def function_ranges(text, case_id):
    """[(first_line, last_line, name, kind)] with kind bad/good/other (1-based, inclusive)."""
    lines = text.splitlines()
    out = []
    i = 0
    n = len(lines)
    while i < n:
        m = FUNC_HDR_RE.match(lines[i])
        if m and not lines[i].startswith(("namespace", "class ", "struct ", "typedef", "extern",
                                          "using ")):
            j = i + 1
            while j < n and not lines[j].strip():
                j += 1
            if j < n and lines[j].rstrip() == "{":
                k = j + 1
                while k < n and not lines[k].startswith("}"):
                    k += 1
                name = m.group(1)
                short = name.replace(case_id, "").lower()
                kind = "bad" if "bad" in short else "good" if "good" in short else "other"
                out.append((i + 1, k + 1, name, kind))
                i = k + 1
                continue
        i += 1
    return out


# ----------------------------------------------------------------------------------------------
# Helpers for running tools
# ----------------------------------------------------------------------------------------------
def run(cmd, cwd=None, timeout=None):
    return subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True, errors="replace", timeout=timeout)


def tool_version(cmd):
    try:
        p = run(cmd, timeout=60)
        text = (p.stdout or p.stderr).strip().splitlines()
        return next((t.strip() for t in text if t.strip()), "?")
    except (OSError, subprocess.SubprocessError):
        return "?"


def find_exe(explicit, candidates):
    if explicit:
        return explicit if (os.path.isfile(explicit) and os.access(explicit, os.X_OK)) \
            else shutil.which(explicit)
    for c in candidates:
        p = shutil.which(c)
        if p:
            return p
    return None


class Finding:
    __slots__ = ("tool", "rule", "file", "line", "message", "cwes", "extra")

    def __init__(self, tool, rule, file, line, message, cwes=(), extra=""):
        self.tool, self.rule, self.file, self.line = tool, rule, file, int(line)
        self.message, self.cwes, self.extra = message, set(cwes), extra


# ----------------------------------------------------------------------------------------------
# The benchmark
# ----------------------------------------------------------------------------------------------
class Bench:
    def __init__(self, args):
        self.args = args
        self.work = os.path.abspath(args.work)
        self.src = os.path.join(self.work, "src")
        self.build = os.path.join(self.work, "build")
        self.results = os.path.join(self.work, "results")
        self.stubs = os.path.join(self.work, "w32stubs")
        self.cases = collections.OrderedDict()
        self.absent_cwes = []
        self.notes = []
        self.timings = collections.OrderedDict()
        self.versions = collections.OrderedDict()
        self.findings = collections.defaultdict(list)   # row -> [Finding]
        self.ranges = {}                                # rel file -> ranges
        self.case_of_file = {}
        self.clang = find_exe(args.clang, ["clang-19", "clang"])
        self.clangxx = find_exe(args.clangxx, ["clang++-19", "clang++"])

    # -- work dir --------------------------------------------------------------------------
    def prepare_work(self):
        if os.path.exists(self.work):
            entries = os.listdir(self.work)
            if entries and MARKER not in entries:
                raise SystemExit("error: %s is not empty and was not made by this script; "
                                 "give an empty or new --work folder" % self.work)
            for d in ("src", "build", "results", "w32stubs", "bin"):
                p = os.path.join(self.work, d)
                if os.path.isdir(p):
                    shutil.rmtree(p)
        os.makedirs(self.work, exist_ok=True)
        with open(os.path.join(self.work, MARKER), "w") as fh:
            fh.write("work folder of scripts/juliet.py; its subfolders are rewritten on each run\n")
        for d in (self.src, self.build, self.results):
            os.makedirs(d)

    # -- 1. extract ------------------------------------------------------------------------
    def extract(self):
        js = JulietSource(self.args.juliet, self.args.rev)
        self.juliet = js
        wanted = set(self.args.cwe)
        dirs = [d for d in js.top_dirs("testcases")
                if re.match(r"CWE(\d+)_", d) and int(re.match(r"CWE(\d+)_", d).group(1)) in wanted]
        present = {int(re.match(r"CWE(\d+)_", d).group(1)) for d in dirs}
        self.absent_cwes = [c for c in self.args.cwe if c not in present]
        support = [f for f in js.list_dir("testcasesupport")
                   if f.endswith((".c", ".h", ".cpp"))]
        rels = []
        for d in dirs:
            rels += [f for f in js.list_dir("testcases/" + d) if f.endswith((".c", ".cpp", ".h"))]
        # group into cases, decide platform from names first (w32 files are not extracted
        # unless --w32-stubs)
        for rel in rels:
            m = CASE_RE.match(os.path.basename(rel))
            if not m:
                self.notes.append("not a test case file, ignored: " + rel)
                continue
            cid, cwe = m.group(1), int(m.group(2))
            case = self.cases.setdefault(cid, Case(cid, cwe))
            case.files.append(rel)
            if W32_NAME_RE.search(os.path.basename(rel)):
                case.w32 = True
        if self.args.limit:
            kept, per = collections.OrderedDict(), collections.Counter()
            for cid, c in self.cases.items():
                key = (c.cwe, c.w32)
                if per[key] < self.args.limit:
                    kept[cid] = c
                    per[key] += 1
            self.cases = kept
        to_read = list(support)
        for c in self.cases.values():
            if not c.w32 or self.args.w32_stubs:
                to_read += c.files
        data = js.read_many(to_read)
        for rel, blob in data.items():
            dst = os.path.join(self.src, rel)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            with open(dst, "wb") as fh:
                fh.write(blob)
        for c in self.cases.values():
            if c.w32 and not self.args.w32_stubs:
                c.why_dropped = "w32 (Windows-only) case"
                continue
            for rel in c.files:
                text = data[rel].decode("latin-1")
                if not c.w32 and unguarded_windows_include(text):
                    c.w32 = True
                    c.why_dropped = "includes a Windows header outside #ifdef _WIN32"
            if c.w32 and self.args.w32_stubs:
                c.set = "w32-stubbed"
                c.why_dropped = None
        if self.args.w32_stubs:
            os.makedirs(self.stubs, exist_ok=True)
            for name, text in (("windows.h", STUB_WINDOWS_H), ("wincrypt.h", STUB_WINCRYPT_H)):
                with open(os.path.join(self.stubs, name), "w") as fh:
                    fh.write(text)
        log("extracted %d files (%d cases) from %s" % (len(data), len(self.cases), js.path))

    def compile_args(self, case, rel):
        cxx = rel.endswith(".cpp")
        comp = (self.clangxx or "clang++") if cxx else (self.clang or "clang")
        args = [comp, "-c", "-I" + os.path.join(self.src, "testcasesupport")]
        if case.set == "w32-stubbed":
            # the stub headers, and <wchar.h> that MSVC's <string.h>/<stdlib.h> provide and that
            # some secondary w32 files (e.g. ..._22b.c) rely on for wcscpy
            args += ["-I" + self.stubs, "-include", "wchar.h"]
        return args + [os.path.join(self.src, rel), "-o", os.path.join(self.build, "obj",
                                                                      rel + ".o")]

    # -- 2. keep what builds on Linux ---------------------------------------------------
    def compile_check(self):
        todo = [(c, rel) for c in self.cases.values() if not c.why_dropped for rel in c.sources()]
        if not (self.clang and self.clangxx):
            self.notes.append("clang not found: cases were kept on their names and includes "
                              "alone, without a -fsyntax-only check")
            return
        t0 = time.time()

        def check(item):
            c, rel = item
            args = self.compile_args(c, rel)
            cmd = ([args[0], "-fsyntax-only", "-w"] + [a for a in args[1:-3] if a != "-c"] +
                   [args[-3]])
            p = run(cmd, cwd=self.src, timeout=600)
            err = next((l for l in p.stderr.splitlines() if "error" in l), p.stderr.strip())
            return c, rel, p.returncode, err

        log("compile check of %d files (clang -fsyntax-only)" % len(todo))
        with concurrent.futures.ThreadPoolExecutor(self.args.jobs) as ex:
            for i, (c, rel, rc, err) in enumerate(ex.map(check, todo), 1):
                if i % 250 == 0:
                    log("  %d/%d checked" % (i, len(todo)))
                if rc != 0 and not c.why_dropped:
                    c.why_dropped = "does not compile on Linux: %s: %s" % (
                        os.path.basename(rel), err[:200])
        self.timings["compile check (clang -fsyntax-only)"] = time.time() - t0

    def kept(self, set_name=None):
        return [c for c in self.cases.values() if not c.why_dropped and
                (set_name is None or c.set == set_name)]

    # -- 3. compile_commands.json + function ranges --------------------------------------
    def write_compile_db(self):
        entries = []
        for c in self.kept():
            for rel in c.sources():
                entries.append({"directory": self.src, "file": os.path.join(self.src, rel),
                                "arguments": self.compile_args(c, rel)})
        with open(os.path.join(self.build, "compile_commands.json"), "w") as fh:
            json.dump(entries, fh, indent=1)
        self.tus = [e["file"] for e in entries]
        bad_ranges = 0
        for c in self.kept():
            for rel in c.files:
                with open(os.path.join(self.src, rel), encoding="latin-1") as fh:
                    rng = function_ranges(fh.read(), c.id)
                self.ranges[rel] = rng
                self.case_of_file[rel] = c
                c.bad_funcs += sum(1 for r in rng if r[3] == "bad")
                c.good_funcs += sum(1 for r in rng if r[3] == "good")
            if c.bad_funcs == 0 or c.good_funcs == 0:
                bad_ranges += 1
                self.notes.append("case %s: %d bad and %d good functions found" %
                                  (c.id, c.bad_funcs, c.good_funcs))
        log("compile_commands.json: %d TUs; %d kept cases lack a bad or a good function range"
            % (len(self.tus), bad_ranges))

    # -- 4. tools --------------------------------------------------------------------------
    def rel(self, path):
        p = path if os.path.isabs(path) else os.path.join(self.src, path)
        return os.path.relpath(os.path.realpath(p), os.path.realpath(self.src))

    def run_cppsec(self):
        orig = find_exe(self.args.cppsec, ["cppsec"])
        if not orig:
            self.notes.append("cppsec not found (%s): skipped" % self.args.cppsec)
            return
        # run a private copy, so that both passes use the same binary even if the original is
        # rebuilt meanwhile, and record which binary it was
        os.makedirs(os.path.join(self.work, "bin"), exist_ok=True)
        exe = os.path.join(self.work, "bin", "cppsec")
        shutil.copy2(orig, exe)
        with open(exe, "rb") as fh:
            sha = hashlib.sha256(fh.read()).hexdigest()
        mtime = datetime.datetime.fromtimestamp(os.path.getmtime(orig)).isoformat(
            timespec="seconds")
        self.versions["cppsec"] = "%s [%s, sha256 %s, mtime %s]" % (
            tool_version([exe, "--version"]), os.path.abspath(orig), sha[:16], mtime)
        for row, extra in (("cppsec (default: medium)", []),
                           ("cppsec (--confidence low)", ["--confidence", "low"])):
            out = os.path.join(self.results, "cppsec-%s.json" % ("low" if extra else "default"))
            cmd = [exe, "scan", "-p", self.build, "-f", "json", "-o", out, "--no-fail",
                   "-j", str(self.args.jobs), "--root", self.src, "-q"] + extra
            t0 = time.time()
            p = run(cmd, cwd=self.work)
            self.timings[row] = time.time() - t0
            if p.returncode != 0 or not os.path.exists(out):
                self.notes.append("%s failed (exit %d): %s" % (row, p.returncode, p.stderr[-500:]))
                continue
            with open(out) as fh:
                doc = json.load(fh)
            s = doc.get("summary", {})
            if s.get("tusFailed"):
                self.notes.append("%s: %s of %s TUs failed to parse" %
                                  (row, s.get("tusFailed"), s.get("tusAnalysed")))
            for f in doc.get("findings", []):
                if f.get("suppression"):
                    continue
                self.findings[row].append(Finding(row, f["ruleId"], self.rel(f["file"]),
                                                  f["line"], f.get("message", ""),
                                                  f.get("cwe", []), f.get("confidence", "")))

    def run_clang_tidy(self):
        exe = find_exe(self.args.clang_tidy, ["clang-tidy-19", "clang-tidy"])
        if not exe:
            self.notes.append("clang-tidy not found: clang-tidy and CSA rows skipped")
            return
        self.versions["clang-tidy"] = "clang-tidy " + " ".join(
            l.strip() for l in run([exe, "--version"]).stdout.splitlines()[:2] if l.strip())
        header_filter = "^" + re.escape(os.path.join(self.src, "testcases")) + "/.*"
        diag = re.compile(r"^(.+?):(\d+):(\d+): (warning|error): (.*?) \[([\w.,+-]+)\]$")
        t0 = time.time()
        failed = []

        def one(tu):
            cmd = [exe, "-p", self.build, "--quiet", "--allow-enabling-analyzer-alpha-checkers",
                   "--checks=" + TIDY_CHECK_SPEC, "--header-filter=" + header_filter, tu]
            try:
                p = run(cmd, cwd=self.src, timeout=self.args.timeout)
            except subprocess.TimeoutExpired:
                return tu, None, "timeout"
            return tu, p.stdout, p.stderr if p.returncode not in (0, 1) else ""

        raw = os.path.join(self.results, "clang-tidy.txt")
        with concurrent.futures.ThreadPoolExecutor(self.args.jobs) as ex, \
                open(raw, "w") as rawfh:
            for i, (tu, out, err) in enumerate(ex.map(one, self.tus), 1):
                if i % 250 == 0:
                    log("  clang-tidy: %d/%d TUs" % (i, len(self.tus)))
                if out is None:
                    failed.append((tu, err))
                    continue
                rawfh.write(out)
                for line in out.splitlines():
                    m = diag.match(line)
                    if not m:
                        continue
                    checks = m.group(6).split(",")
                    if m.group(4) == "error" or checks[0].startswith("clang-diagnostic"):
                        failed.append((tu, line))
                        continue
                    # one diagnostic may carry several (alias) check names, e.g.
                    # [cert-msc30-c,cert-msc50-cpp]: it is one finding, under the row(s) of
                    # its names (CSA for clang-analyzer-*, clang-tidy for the others)
                    csa = [c for c in checks if c.startswith("clang-analyzer-")]
                    tidy = [c for c in checks if not c.startswith("clang-analyzer-")]
                    for row, names in (("CSA", csa), ("clang-tidy", tidy)):
                        if names:
                            self.findings[row].append(Finding(
                                row, ",".join(names), self.rel(m.group(1)), m.group(2),
                                m.group(5), (int(x) for x in CWE_TEXT_RE.findall(m.group(5)))))
        dt = time.time() - t0
        self.timings["clang-tidy + CSA (one clang-tidy run)"] = dt
        if failed:
            self.notes.append("clang-tidy: %d TUs timed out or reported errors, e.g. %s" %
                              (len(failed), failed[0]))

    def run_cppcheck(self):
        exe = find_exe(self.args.cppcheck, ["cppcheck"])
        if not exe:
            self.notes.append("cppcheck not found: skipped (apt-get install cppcheck)")
            return
        self.versions["cppcheck"] = tool_version([exe, "--version"])
        out = os.path.join(self.results, "cppcheck.xml")
        cmd = [exe, "--project=" + os.path.join(self.build, "compile_commands.json"),
               "--enable=warning,style,performance,portability", "--inconclusive",
               "--library=posix", "--xml", "--xml-version=2", "--quiet",
               "-j", str(self.args.jobs), "--suppress=missingIncludeSystem",
               "--output-file=" + out]
        t0 = time.time()
        p = run(cmd, cwd=self.work)
        self.timings["cppcheck"] = time.time() - t0
        if not os.path.exists(out):
            self.notes.append("cppcheck failed (exit %d): %s" % (p.returncode, p.stderr[-500:]))
            return
        root = ET.parse(out).getroot()
        for err in root.iter("error"):
            locs = err.findall("location")
            if not locs:
                continue
            loc = locs[0]
            cwe = err.get("cwe")
            self.findings["cppcheck"].append(Finding(
                "cppcheck", err.get("id"), self.rel(loc.get("file")), loc.get("line"),
                err.get("msg", ""), [int(cwe)] if cwe and cwe.isdigit() else []))

    def run_flawfinder(self):
        exe = find_exe(self.args.flawfinder, ["flawfinder"])
        if not exe:
            self.notes.append("flawfinder not found: skipped (apt-get install flawfinder)")
            return
        self.versions["flawfinder"] = "flawfinder " + tool_version([exe, "--version"])
        files = sorted(os.path.join(self.src, f) for c in self.kept() for f in c.files)
        t0 = time.time()
        p = run([exe, "--csv", "--columns", "--quiet"] + files, cwd=self.work)
        self.timings["flawfinder"] = time.time() - t0
        with open(os.path.join(self.results, "flawfinder.csv"), "w") as fh:
            fh.write(p.stdout)
        if p.returncode != 0:
            self.notes.append("flawfinder exit %d: %s" % (p.returncode, p.stderr[-300:]))
        for r in csv.DictReader(p.stdout.splitlines()):
            try:
                self.findings["flawfinder"].append(Finding(
                    "flawfinder", r["Name"], self.rel(r["File"]), r["Line"], r["Warning"],
                    (int(x) for x in CWE_TEXT_RE.findall(r.get("CWEs", ""))),
                    r.get("Category", "")))
            except (KeyError, ValueError):
                continue

    # -- 5. scoring --------------------------------------------------------------------------
    @staticmethod
    def matches(row, f, family):
        """Is finding f of the kind the CWE family is about (the mapping in the docstring)?"""
        fam_cwes = FAMILY_CWES[family]
        if row.startswith("cppsec"):
            return f.rule in CPPSEC_RULES[family]
        names = f.rule.split(",")
        if row == "clang-tidy":
            return any(n in TIDY_CHECKS.get(family, ()) for n in names) or bool(f.cwes & fam_cwes)
        if row == "CSA":
            for chk in (n[len("clang-analyzer-"):] for n in names):
                if family == "prng" and chk == "security.insecureAPI.rand":
                    return True
                if family == "allocation" and (
                        chk in ("optin.taint.TaintedAlloc", "alpha.security.MallocOverflow")
                        or (chk.startswith("alpha.security.taint.")
                            and bool(ALLOC_WORDS.search(f.message)))
                        or (chk == "core.VLASize" and "taint" in f.message.lower())):
                    return True
            return bool(f.cwes & fam_cwes)
        return bool(f.cwes & fam_cwes)     # cppcheck, flawfinder

    def attribute(self, f):
        """(case, kind, function) for a finding; case None when outside the kept cases."""
        case = self.case_of_file.get(f.file)
        if case is None:
            return None, "outside", ""
        for lo, hi, name, kind in self.ranges.get(f.file, []):
            if lo <= f.line <= hi:
                return case, kind, name
        return case, "other", ""

    def score(self):
        rows = [r for r in TOOL_ROWS if r in self.ran_rows]
        res = collections.OrderedDict()   # set -> cwe -> row -> stats
        per_variant = collections.OrderedDict()
        attrib_rows = []
        dedup = {}
        for row in rows:
            seen, uniq = set(), []
            for f in self.findings[row]:
                key = (f.file, f.line, f.rule)
                if key not in seen:
                    seen.add(key)
                    uniq.append(f)
            dedup[row] = uniq
        for set_name in ("linux", "w32-stubbed"):
            kept = self.kept(set_name)
            if set_name == "w32-stubbed" and not self.args.w32_stubs:
                continue
            res[set_name] = collections.OrderedDict()
            per_variant[set_name] = collections.OrderedDict()
            for cwe in self.args.cwe:
                cases = [c for c in kept if c.cwe == cwe]
                fam = FAMILY[cwe]
                stats = collections.OrderedDict()
                varstats = collections.OrderedDict()
                for c in cases:
                    varstats.setdefault(c.variant, {"cases": 0})
                    varstats[c.variant]["cases"] += 1
                for row in rows:
                    tp = fp = other = 0
                    detected, fp_cases = set(), set()
                    for f in dedup[row]:
                        case, kind, _ = self.attribute(f)
                        if case is None or case.cwe != cwe or case.set != set_name:
                            continue
                        if not self.matches(row, f, fam):
                            continue
                        if kind == "bad":
                            tp += 1
                            detected.add(case.id)
                        elif kind == "good":
                            fp += 1
                            fp_cases.add(case.id)
                        else:
                            other += 1
                    n = len(cases)
                    stats[row] = {
                        "cases": n, "detected": len(detected),
                        "recall": (len(detected) / n) if n else None,
                        "tp": tp, "fp": fp, "other": other, "fp_cases": len(fp_cases),
                        "precision": (tp / (tp + fp)) if (tp + fp) else None,
                    }
                    for v in varstats:
                        varstats[v][row] = sum(1 for c in cases
                                               if c.variant == v and c.id in detected)
                res[set_name][cwe] = stats
                per_variant[set_name][cwe] = varstats
        for row in rows:
            for f in dedup[row]:
                case, kind, func = self.attribute(f)
                fams = [fam for fam in FAMILY_CWES if self.matches(row, f, fam)]
                attrib_rows.append([row, f.rule, f.file, f.line, case.id if case else "",
                                    case.cwe if case else "", kind, func, ";".join(fams),
                                    f.extra, f.message[:300]])
        with open(os.path.join(self.results, "findings.csv"), "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["tool", "rule", "file", "line", "case", "case_cwe", "function_kind",
                        "function", "families_matched", "extra", "message"])
            w.writerows(attrib_rows)
        self.res, self.per_variant, self.rows = res, per_variant, rows

    # -- 6. report ---------------------------------------------------------------------------
    def report(self):
        out = []
        p = out.append
        js = self.juliet
        p("Juliet C/C++ source: %s (%s)%s%s" % (
            js.path, js.kind, ("  origin " + js.origin) if js.origin else "",
            ("  commit " + js.commit) if js.commit else ""))
        p("Work folder: %s" % self.work)
        p("Tools: " + "; ".join("%s" % v for v in self.versions.values()))
        p("")
        p("Case counts per CWE (a case = one test case file or one multi-file group)")
        p("  %-8s %-42s %7s %7s %9s %7s %10s" % ("CWE", "name", "Juliet", "w32", "no-build",
                                                  "Linux", "w32+stub"))
        for cwe in self.args.cwe:
            cs = [c for c in self.cases.values() if c.cwe == cwe]
            w32 = sum(1 for c in cs if c.w32)
            nobuild = sum(1 for c in cs if c.why_dropped and not c.w32)
            linux = sum(1 for c in cs if not c.why_dropped and c.set == "linux")
            stub = sum(1 for c in cs if not c.why_dropped and c.set == "w32-stubbed")
            stub_fail = sum(1 for c in cs if c.why_dropped and c.set == "w32-stubbed")
            stub = "%d" % stub + (" (%d failed)" % stub_fail if stub_fail else "")
            name = CWES[cwe] + (" (*)" if cwe in self.absent_cwes else "")
            p("  %-8s %-42s %7d %7d %9d %7d %10s" % ("CWE-%d" % cwe, name, len(cs), w32, nobuild,
                                                      linux, stub if self.args.w32_stubs else "-"))
        p("  Juliet = cases in the tree; w32 = Windows-only (named w32 or including a Windows "
          "header unguarded);")
        p("  no-build = other cases failing clang -fsyntax-only; Linux = kept; w32+stub = w32 "
          "cases kept with --w32-stubs")
        if self.absent_cwes:
            p("  (*) no test case of this CWE in this Juliet tree")
        p("")
        titles = {"linux": "Linux-buildable cases",
                  "w32-stubbed": "SUPPLEMENTARY: w32 (Windows-only) cases parsed against the "
                                 "stub Windows headers of --w32-stubs"}
        for set_name, per_cwe in self.res.items():
            p("=" * 100)
            p(titles[set_name])
            p("=" * 100)
            for cwe, stats in per_cwe.items():
                n = next(iter(stats.values()))["cases"] if stats else \
                    len([c for c in self.kept(set_name) if c.cwe == cwe])
                p("CWE-%d %s: %d cases" % (cwe, CWES[cwe], n))
                if n == 0:
                    p("  (no cases: nothing to measure)")
                    p("")
                    continue
                p("  %-27s %-20s %-22s %6s %6s %6s %9s" % (
                    "tool", "recall", "precision", "TP", "FP", "other", "FP-cases"))
                for row, s in stats.items():
                    rec = "%5.1f%% (%d/%d)" % (100 * s["recall"], s["detected"], s["cases"])
                    prec = ("%5.1f%% (%d/%d)" % (100 * s["precision"], s["tp"], s["tp"] + s["fp"])
                            if s["precision"] is not None else "n/a (no findings)")
                    p("  %-27s %-20s %-22s %6d %6d %6d %9d" % (row, rec, prec, s["tp"], s["fp"],
                                                              s["other"], s["fp_cases"]))
                var = self.per_variant[set_name][cwe]
                if len(var) > 1:
                    p("  recall per functional variant (detected/cases):")
                    short = {r: r.replace("cppsec (default: medium)", "cppsec-med")
                             .replace("cppsec (--confidence low)", "cppsec-low") for r in self.rows}
                    p("    %-40s" % "variant" + "".join("%12s" % short[r] for r in self.rows))
                    for v, d in var.items():
                        p("    %-40s" % v + "".join("%12s" % ("%d/%d" % (d.get(r, 0), d["cases"]))
                                                     for r in self.rows))
                p("")
        p("How the numbers are computed: recall = cases with >= 1 matching finding inside a bad "
          "function / cases;")
        p("  precision = matching findings in bad functions / matching findings in bad or good "
          "functions;")
        p("  'other' = matching findings in the case files outside bad/good functions (not "
          "counted); FP-cases = cases with a")
        p("  matching finding in a good function. Matching = the tool -> CWE mapping below.")
        p("Tool -> CWE mapping:")
        p("  cppsec: %s" % ", ".join("%s -> %s" % ("/".join(sorted(r)), fam)
                                     for fam, r in CPPSEC_RULES.items()))
        p("  clang-tidy: %s; or a CWE of the family cited in the message" %
          ", ".join("%s -> %s" % ("/".join(sorted(r)), fam) for fam, r in TIDY_CHECKS.items()))
        p("  CSA: security.insecureAPI.rand -> prng; optin.taint.TaintedAlloc, "
          "alpha.security.MallocOverflow,")
        p("       alpha.security.taint.* (message about alloc/size), core.VLASize (tainted) -> "
          "allocation")
        p("  cppcheck, flawfinder: the CWE ids they report, by family: %s" %
          "; ".join("%s %s" % (fam, ",".join(str(x) for x in sorted(s)))
                    for fam, s in FAMILY_CWES.items()))
        p("  families: " + ", ".join("CWE-%d %s" % (c, FAMILY[c]) for c in self.args.cwe))
        p("")
        p("Timings (seconds, -j %d):" % self.args.jobs)
        for k, v in self.timings.items():
            p("  %-45s %8.1f" % (k, v))
        if self.absent_cwes:
            p("")
            p("CWEs with no test cases in this Juliet tree: " +
              ", ".join("CWE-%d" % c for c in self.absent_cwes))
        if self.notes:
            p("")
            p("Notes:")
            shown = 0
            for n in self.notes:
                if shown < 40:
                    p("  - " + n)
                shown += 1
            if shown > 40:
                p("  ... %d more notes in results/summary.json" % (shown - 40))
        text = "\n".join(out)
        print(text)
        with open(os.path.join(self.results, "report.txt"), "w") as fh:
            fh.write(text + "\n")
        with open(os.path.join(self.results, "summary.json"), "w") as fh:
            json.dump({
                "juliet": {"path": js.path, "kind": js.kind, "origin": js.origin,
                           "commit": js.commit},
                "versions": self.versions, "jobs": self.args.jobs,
                "cases": {c.id: {"cwe": c.cwe, "set": c.set, "files": c.files,
                                 "dropped": c.why_dropped, "bad_functions": c.bad_funcs,
                                 "good_functions": c.good_funcs}
                          for c in self.cases.values()},
                "absent_cwes": self.absent_cwes,
                "results": {s: {str(cwe): st for cwe, st in d.items()}
                            for s, d in self.res.items()},
                "per_variant": {s: {str(cwe): st for cwe, st in d.items()}
                                for s, d in self.per_variant.items()},
                "timings_s": self.timings, "notes": self.notes,
                "finished": datetime.datetime.now().isoformat(timespec="seconds"),
            }, fh, indent=1)

    def main(self):
        t0 = time.time()
        self.prepare_work()
        self.extract()
        self.compile_check()
        self.write_compile_db()
        tools = self.args.tools
        self.ran_rows = set()
        if not self.tus:
            self.notes.append("no translation unit to analyse")
        else:
            if "cppsec" in tools:
                log("running cppsec")
                self.run_cppsec()
                self.ran_rows |= {"cppsec (default: medium)", "cppsec (--confidence low)"} \
                    if "cppsec" in self.versions else set()
            if "clang-tidy" in tools:
                log("running clang-tidy (+ clang-analyzer checks) on %d TUs" % len(self.tus))
                self.run_clang_tidy()
                if "clang-tidy" in self.versions:
                    self.ran_rows |= {"clang-tidy", "CSA"}
            if "cppcheck" in tools:
                log("running cppcheck")
                self.run_cppcheck()
                if "cppcheck" in self.versions:
                    self.ran_rows.add("cppcheck")
            if "flawfinder" in tools:
                log("running flawfinder")
                self.run_flawfinder()
                if "flawfinder" in self.versions:
                    self.ran_rows.add("flawfinder")
        self.score()
        self.timings["total"] = time.time() - t0
        self.report()


def parse_args(argv):
    ap = argparse.ArgumentParser(
        description="Measure cppsec and other static analysers on Juliet C/C++ 1.3 "
                    "(CWE-259/321/338/532/534/535/789). See the module docstring.")
    ap.add_argument("--juliet", required=True,
                    help="Juliet C/C++ 1.3 checkout (testcases/, testcasesupport/) or git dir")
    ap.add_argument("--rev", default="HEAD", help="revision to read from a git dir (HEAD)")
    ap.add_argument("--cppsec", default="cppsec", help="cppsec binary (default: on PATH)")
    ap.add_argument("--work", required=True, help="work folder; everything is written here")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="parallel jobs (default 2)")
    ap.add_argument("--cwe", type=int, action="append",
                    help="CWE to measure (repeatable; default all of %s)" % list(CWES))
    ap.add_argument("--tools", default="cppsec,clang-tidy,cppcheck,flawfinder",
                    help="comma-separated subset of cppsec,clang-tidy,cppcheck,flawfinder "
                         "(clang-tidy also gives the CSA row)")
    ap.add_argument("--w32-stubs", action="store_true",
                    help="also analyse the Windows-only cases against stub Windows headers "
                         "(reported separately)")
    ap.add_argument("--limit", type=int, default=0,
                    help="at most N cases per CWE (and platform), for a quick trial")
    ap.add_argument("--timeout", type=int, default=600, help="per-TU clang-tidy timeout (s)")
    ap.add_argument("--clang", help="C compiler for the syntax check (default clang-19, clang)")
    ap.add_argument("--clangxx", help="C++ compiler for the syntax check")
    ap.add_argument("--clang-tidy", dest="clang_tidy", help="clang-tidy binary")
    ap.add_argument("--cppcheck", help="cppcheck binary")
    ap.add_argument("--flawfinder", help="flawfinder binary")
    a = ap.parse_args(argv)
    a.cwe = a.cwe or list(CWES)
    unknown = [c for c in a.cwe if c not in CWES]
    if unknown:
        ap.error("unsupported CWE(s): %s (supported: %s)" % (unknown, list(CWES)))
    a.tools = [t.strip() for t in a.tools.split(",") if t.strip()]
    a.jobs = max(1, a.jobs)
    return a


if __name__ == "__main__":
    Bench(parse_args(sys.argv[1:])).main()
