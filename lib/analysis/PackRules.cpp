// The rules packs define (`rules:` in a model file), made from the same classes as the
// built-in ones: call-check rules, taint rules and AST-matcher pattern rules.
#include <set>

#include "analysis/CallCheckRule.h"
#include "analysis/ModelIndex.h"
#include "analysis/PatternRule.h"
#include "analysis/TaintRule.h"
#include "util/InputError.h"

namespace cppsec {
namespace {

RuleInfo infoOf(const RuleDefinition &definition) {
  RuleInfo info;
  info.id = definition.id;
  info.name = definition.name;
  info.shortDescription = definition.description;
  info.fullDescription = definition.fullDescription.empty() ? definition.description : definition.fullDescription;
  info.cwes = definition.cwes;
  info.severity = parseSeverity(definition.severity).value_or(Severity::Medium);
  info.confidence = parseConfidence(definition.confidence).value_or(Confidence::High);
  info.tags = definition.tags.empty() ? std::vector<std::string>{"security"} : definition.tags;
  info.help = definition.help.empty() ? "# " + definition.id + ": " + definition.name + "\n\n" + info.fullDescription +
                                            "\n\n(Defined in " + definition.file + ".)\n"
                                      : definition.help;
  return info;
}

std::unique_ptr<Rule> makeRule(const RuleDefinition &definition) {
  switch (definition.kind) {
    case RuleDefinition::Kind::Calls:
      return std::make_unique<CallCheckRule>(infoOf(definition));
    case RuleDefinition::Kind::Taint:
      return std::make_unique<TaintRule>(infoOf(definition),
                                         TaintRuleOptions{.sinkKind = definition.sinkKind,
                                                          .sourceKinds = definition.sourceKinds,
                                                          .what = definition.what,
                                                          .fix = definition.fix,
                                                          .builtTextCounts = definition.builtText,
                                                          .checksSilence = definition.checksSilence});
    case RuleDefinition::Kind::Pattern:
      return makePatternRule(infoOf(definition), definition);
  }
  return nullptr;
}

}  // namespace

std::vector<std::unique_ptr<Rule>> createPackRules(const ModelIndex &models, std::vector<std::string> *errors) {
  std::vector<std::unique_ptr<Rule>> rules;
  std::set<std::string> ids;
  for (const auto &rule : createBuiltInRules(models)) ids.insert(rule->info().id);
  ids.insert(invalidSuppressionRuleInfo().id);
  for (const RuleDefinition &definition : models.models().ruleDefinitions) {
    try {
      if (!ids.insert(definition.id).second)
        throw InputError(definition.origin + ": rule id " + definition.id + " is already taken");
      rules.push_back(makeRule(definition));
    } catch (const InputError &error) {
      if (!errors) throw;
      errors->emplace_back(error.what());
    }
  }
  return rules;
}

std::vector<std::unique_ptr<Rule>> createRules(const ModelIndex &models) {
  std::vector<std::unique_ptr<Rule>> rules = createBuiltInRules(models);
  for (auto &rule : createPackRules(models)) rules.push_back(std::move(rule));
  return rules;
}

}  // namespace cppsec
