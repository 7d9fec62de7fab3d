// CPP213 xml-external-entities: XML parser that expands external entities or loads external DTDs. The calls it reports
// are model data (rules/models/xml.yaml), call-checks of this rule.
#include "analysis/CallCheckRule.h"
#include "rules/BuiltInRules.h"

namespace cppsec {

std::unique_ptr<Rule> makeXmlExternalEntities(const ModelIndex &) {
  return std::make_unique<CallCheckRule>(RuleInfo{
      .id = "CPP213",
      .name = "xml-external-entities",
      .shortDescription = "XML parser that expands external entities or loads external DTDs",
      .fullDescription =
          "libxml2 is asked to substitute entities (XML_PARSE_NOENT) or load and validate against an external DTD "
          "(XML_PARSE_DTDLOAD, XML_PARSE_DTDVALID), or expat to parse external parameter entities. A document from a "
          "client can then declare an external entity that reads a local file (file:///etc/passwd), reaches an "
          "internal host, or expands exponentially. Parse untrusted XML without those options.",
      .cwes = {611},
      .severity = Severity::High,
      .confidence = Confidence::High,
      .tags = {"security", "injection", "xml"},
      .help = {}});
}

}  // namespace cppsec
