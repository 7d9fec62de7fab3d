#include "analysis/Rule.h"
#include "rules/BuiltInRules.h"
#include "util/Embedded.h"

namespace cppsec {
extern const EmbeddedFile kRuleHelpPages[];

std::string builtInHelp(const std::string &ruleId) {
  for (const EmbeddedFile *page = kRuleHelpPages; *page->path; ++page)
    if (std::string(page->path) == ruleId + ".md") return std::string(page->contents);
  return {};
}

std::vector<std::unique_ptr<Rule>> createBuiltInRules(const ModelIndex &models) {
  std::vector<std::unique_ptr<Rule>> rules;
  rules.push_back(makeHardcodedCredential(models));
  rules.push_back(makeUnboundedRequestBody(models));
  rules.push_back(makeSqlStringBuilt(models));
  rules.push_back(makeWeakRandom(models));
  rules.push_back(makeSecretCompareTiming(models));
  rules.push_back(makeSensitiveDataLogged(models));
  rules.push_back(makeBindAllInterfaces(models));
  rules.push_back(makeFormatString(models));
  rules.push_back(makeXmlExternalEntities(models));
  rules.push_back(makeWeakFilePermissions(models));
  rules.push_back(makeInsecureTempFile(models));
  rules.push_back(makeWeakHash(models));
  rules.push_back(makeTlsInsecure(models));
  rules.push_back(makeWeakRsaKey(models));
  rules.push_back(makeWeakCipher(models));
  rules.push_back(makeHardcodedIvNonce(models));
  rules.push_back(makeBannedFunction(models));
  rules.push_back(makeCommandInjection(models));
  rules.push_back(makeOpenRedirect(models));
  rules.push_back(makeSsrf(models));
  rules.push_back(makePathTraversal(models));
  rules.push_back(makeErrorDetailExposed(models));
  rules.push_back(makeInsecureCookie(models));
  rules.push_back(makeWeakPasswordHash(models));
  rules.push_back(makeJwtUnverified(models));
  return rules;
}

RuleInfo invalidSuppressionRuleInfo() {
  return {.id = "CPP001",
          .name = "invalid-suppression",
          .shortDescription = "cppsec:ignore comment without a rule id or a justification",
          .fullDescription =
              "A suppression comment must name the rules it silences and say why the code is safe "
              "(// cppsec:ignore CPP201 -- reason), so that reviewers can judge it and nothing else is hidden.",
          .cwes = {},
          .severity = Severity::Low,
          .confidence = Confidence::High,
          .tags = {"maintainability"},
          .help = {}};
}

}  // namespace cppsec
