#!/usr/bin/env python3
"""Checks OpenVEX documents against the OpenVEX 0.2.0 specification's required fields and
value sets (https://github.com/openvex/spec/blob/main/OPENVEX-SPEC.md). Exit 1 on the first
problem, naming the file and the field."""
import json
import re
import sys

STATUSES = {"not_affected", "affected", "fixed", "under_investigation"}
JUSTIFICATIONS = {"component_not_present", "vulnerable_code_not_present", "vulnerable_code_not_in_execute_path",
                  "vulnerable_code_cannot_be_controlled_by_adversary", "inline_mitigations_already_exist"}
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def check(path):
    doc = json.load(open(path))
    problems = []
    need = lambda cond, what: cond or problems.append(what)
    top = {"@context", "@id", "author", "role", "timestamp", "last_updated", "version", "tooling", "statements"}
    need(not set(doc) - top, "unknown top-level fields " + ", ".join(sorted(set(doc) - top)))
    need(doc.get("@context") == "https://openvex.dev/ns/v0.2.0", "@context must be https://openvex.dev/ns/v0.2.0")
    need(isinstance(doc.get("@id"), str) and doc["@id"].startswith("https://"), "@id must be an IRI")
    need(isinstance(doc.get("author"), str) and doc["author"], "author is required")
    need(isinstance(doc.get("timestamp"), str) and TIMESTAMP.match(doc["timestamp"]), "timestamp must be RFC 3339")
    need(isinstance(doc.get("version"), int) and doc["version"] >= 1, "version must be an integer >= 1")
    statements = doc.get("statements")
    need(isinstance(statements, list) and len(statements) >= 1, "statements must be a non-empty list")
    for i, s in enumerate(statements or []):
        at = "statements[%d]" % i
        need(isinstance(s.get("vulnerability"), dict) and s["vulnerability"].get("name"), at + ".vulnerability.name")
        products = s.get("products")
        need(isinstance(products, list) and products and all(p.get("@id") for p in products), at + ".products")
        status = s.get("status")
        need(status in STATUSES, at + ".status must be one of " + ", ".join(sorted(STATUSES)))
        if status == "not_affected":
            need(("justification" in s) != ("impact_statement" in s),
                 at + ": not_affected needs a justification or an impact_statement, not both")
            need(s.get("justification") in JUSTIFICATIONS | {None}, at + ".justification is not a known label")
        if status == "affected":
            need(s.get("action_statement"), at + ": affected needs an action_statement")
        if "justification" in s:
            need(status == "not_affected", at + ": justification only goes with not_affected")
    for problem in problems:
        print("%s: %s" % (path, problem), file=sys.stderr)
    return not problems


sys.exit(0 if all([check(path) for path in sys.argv[1:]]) else 1)
