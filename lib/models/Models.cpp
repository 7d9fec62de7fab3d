#include "models/Models.h"

#include <algorithm>
#include <limits>

#include "llvm/Support/Regex.h"
#include "util/Embedded.h"
#include "util/InputError.h"
#include "util/Yaml.h"

namespace cppsec {
extern const EmbeddedFile kBuiltInModels[];

namespace {

ArgRef parseArgRef(const YamlFile &file, llvm::yaml::Node *node, bool allowRest) {
  std::string text = file.scalar(node);
  if (text == "this") return {ArgRef::Kind::This, 0};
  if (text == "return") return {ArgRef::Kind::Return, 0};
  llvm::StringRef ref(text);
  bool rest = ref.consume_back("..");
  unsigned index = 0;
  if (ref.getAsInteger(10, index) || (rest && !allowRest))
    file.fail(node, "expected this, return, an argument index or INDEX.. (got '" + text + "')");
  return {rest ? ArgRef::Kind::RestFrom : ArgRef::Kind::Index, index};
}

void requireKey(const YamlFile &file, llvm::yaml::Node *entry, bool present, const char *key) {
  if (!present) file.fail(entry, std::string("missing required key '") + key + "'");
}

// An integer as C or YAML writes it: 2048, 0x0303, 0644 or 0o644 (octal), -1.
long long parseInteger(const YamlFile &file, llvm::yaml::Node *node) {
  std::string text = file.scalar(node);
  llvm::StringRef ref(text);
  bool negative = ref.consume_front("-");
  unsigned long long value = 0;
  bool failed = ref.consume_front("0o") ? ref.getAsInteger(8, value) : ref.getAsInteger(0, value);
  if (failed || value > static_cast<unsigned long long>(std::numeric_limits<long long>::max()))
    file.fail(node, "expected an integer (decimal, 0x hex, 0 or 0o octal), got '" + text + "'");
  return negative ? -static_cast<long long>(value) : static_cast<long long>(value);
}

// A list of names, or `$name` for a model list resolved when models are indexed.
std::vector<std::string> parseNames(const YamlFile &file, llvm::yaml::Node *node) {
  if (llvm::isa<llvm::yaml::ScalarNode>(node)) {
    std::string text = file.scalar(node);
    if (text.empty() || text[0] != '$') file.fail(node, "expected a list of names or $list-name");
    return {text};
  }
  return file.scalarList(node);
}

bool parseTrue(const YamlFile &file, llvm::yaml::Node *node, const char *key) {
  if (!file.boolean(node)) file.fail(node, std::string(key) + " takes only 'true'");
  return true;
}

// LLVM's regular expressions are POSIX extended: \d, \w, \s and \b are not classes there but
// the letters themselves, which would silently match something else.
void checkPosixRegex(const YamlFile &file, llvm::yaml::Node *node, const std::string &pattern) {
  std::string error;
  if (!llvm::Regex(pattern).isValid(error)) file.fail(node, "invalid regular expression: " + error);
  static const std::pair<char, const char *> kShorthands[] = {{'d', "[0-9]"},
                                                              {'D', "[^0-9]"},
                                                              {'w', "[A-Za-z0-9_]"},
                                                              {'W', "[^A-Za-z0-9_]"},
                                                              {'s', "[[:space:]]"},
                                                              {'S', "[^[:space:]]"},
                                                              {'b', "(^|[^A-Za-z0-9_]) and ([^A-Za-z0-9_]|$)"}};
  for (size_t i = 0; i + 1 < pattern.size(); ++i) {
    if (pattern[i] != '\\') continue;
    for (const auto &[letter, instead] : kShorthands)
      if (pattern[i + 1] == letter)
        file.fail(node, std::string("regular expressions here are POSIX extended: \\") + letter + " means the letter " +
                            letter + ", not a class; write " + instead);
    ++i;  // an escaped character
  }
}

ArgCondition parseCondition(const YamlFile &file, llvm::yaml::Node *node) {
  ArgCondition condition;
  bool hasTest = false;
  file.forEachKey(node,
                  {"arg", "one-of", "none-of", "equals", "not-equals", "below", "above", "any-bits", "lacks-bits",
                   "matches", "not-matches", "call-of", "named", "type-of", "constant-data", "not-constant"},
                  [&](const std::string &key, llvm::yaml::Node *v) {
                    hasTest = hasTest || key != "arg";
                    if (key == "arg") condition.arg = file.unsignedInt(v);
                    if (key == "one-of") condition.oneOf = parseNames(file, v);
                    if (key == "none-of") condition.noneOf = parseNames(file, v);
                    if (key == "call-of") condition.callOf = parseNames(file, v);
                    if (key == "named") condition.named = parseNames(file, v);
                    if (key == "type-of") condition.typeOf = parseNames(file, v);
                    if (key == "equals") condition.equals = parseInteger(file, v);
                    if (key == "not-equals") condition.notEquals = parseInteger(file, v);
                    if (key == "below") condition.below = parseInteger(file, v);
                    if (key == "above") condition.above = parseInteger(file, v);
                    if (key == "any-bits") condition.anyBits = parseInteger(file, v);
                    if (key == "lacks-bits") condition.lacksBits = parseInteger(file, v);
                    if (key == "constant-data") condition.constantData = parseTrue(file, v, "constant-data");
                    if (key == "not-constant") condition.notConstant = parseTrue(file, v, "not-constant");
                    if (key == "matches" || key == "not-matches") {
                      std::string pattern = file.scalar(v);
                      checkPosixRegex(file, v, pattern);
                      (key == "matches" ? condition.matches : condition.notMatches) = pattern;
                    }
                  });
  if (!condition.arg || !hasTest)
    file.fail(node,
              "'when' needs 'arg' and a test (one-of, none-of, equals, not-equals, below, above, any-bits, lacks-bits, "
              "matches, "
              "call-of, constant-data, not-constant)");
  return condition;
}

std::vector<ArgCondition> parseConditions(const YamlFile &file, llvm::yaml::Node *node) {
  std::vector<ArgCondition> conditions;
  if (llvm::isa<llvm::yaml::SequenceNode>(node))
    for (auto &item : *file.sequence(node)) conditions.push_back(parseCondition(file, &item));
  else
    conditions.push_back(parseCondition(file, node));
  return conditions;
}

// `name(type, type, ...)` -> name and the overload's signature; a plain name has none.
std::pair<std::string, std::optional<Signature>> parseFunction(const YamlFile &file, llvm::yaml::Node *node) {
  std::string text = file.scalar(node);
  llvm::StringRef name(text);
  name = name.trim();
  if (name.ends_with("operator()")) return {name.str(), std::nullopt};
  if (!name.ends_with(")")) {
    if (name.contains('(')) file.fail(node, "unbalanced parentheses in '" + text + "'");
    return {name.str(), std::nullopt};
  }
  // The parameter list is the last balanced (...) of the text.
  size_t open = llvm::StringRef::npos;
  int depth = 0;
  for (size_t i = name.size(); i-- > 0;) {
    if (name[i] == ')') ++depth;
    if (name[i] == '(' && --depth == 0) {
      open = i;
      break;
    }
  }
  if (open == llvm::StringRef::npos || open == 0) file.fail(node, "unbalanced parentheses in '" + text + "'");
  Signature signature;
  llvm::StringRef params = name.slice(open + 1, name.size() - 1).trim();
  // Split at top-level commas: std::map<int, int> is one type.
  int nesting = 0;
  size_t start = 0;
  for (size_t i = 0; i <= params.size(); ++i) {
    char c = i < params.size() ? params[i] : ',';
    if (c == '<' || c == '(') ++nesting;
    if (c == '>' || c == ')') --nesting;
    if (c != ',' || nesting > 0) continue;
    llvm::StringRef param = params.slice(start, i).trim();
    start = i + 1;
    if (param.empty() && params.empty()) break;  // f()
    if (param.empty()) file.fail(node, "empty parameter type in '" + text + "'");
    if (param == "...") {
      if (i < params.size()) file.fail(node, "`...` comes last in '" + text + "'");
      signature.open = true;
      continue;
    }
    signature.params.push_back(param.str());
  }
  return {name.take_front(open).trim().str(), signature};
}

CallCheck parseCallCheck(const YamlFile &file, llvm::yaml::Node *entry) {
  CallCheck check;
  check.origin = file.where(entry);
  file.forEachKey(entry, {"rule", "function", "when", "message", "confidence", "unless"},
                  [&](const std::string &key, llvm::yaml::Node *v) {
                    if (key == "rule") check.rule = file.scalar(v);
                    if (key == "function") std::tie(check.function, check.signature) = parseFunction(file, v);
                    if (key == "when") check.when = parseConditions(file, v);
                    if (key == "message") check.message = file.scalar(v);
                    if (key == "unless") {
                      check.unless = file.scalar(v);
                      static const std::vector<std::string> known{"literal-fits", "fits", "bounded-output",
                                                                  "source-fits", "guarded"};
                      if (std::find(known.begin(), known.end(), check.unless) == known.end())
                        file.fail(v,
                                  "unless is one of literal-fits, fits, bounded-output, source-fits, guarded (got '" +
                                      check.unless + "')");
                    }
                    if (key == "confidence") {
                      check.confidence = file.scalar(v);
                      if (*check.confidence != "high" && *check.confidence != "medium" && *check.confidence != "low")
                        file.fail(v, "confidence is high, medium or low, got '" + *check.confidence + "'");
                    }
                  });
  requireKey(file, entry, !check.rule.empty(), "rule");
  requireKey(file, entry, !check.function.empty(), "function");
  requireKey(file, entry, !check.message.empty(), "message");
  return check;
}

SinkModel parseSink(const YamlFile &file, llvm::yaml::Node *entry) {
  SinkModel sink;
  bool hasArg = false;
  sink.origin = file.where(entry);
  auto readKey = [&](const std::string &key, llvm::yaml::Node *v) {
    if (key == "function") std::tie(sink.function, sink.signature) = parseFunction(file, v);
    if (key == "arg") {
      ArgRef arg = parseArgRef(file, v, true);
      if (arg.kind != ArgRef::Kind::Index && arg.kind != ArgRef::Kind::RestFrom)
        file.fail(v, "a sink's arg is an argument index or INDEX..");
      sink.arg = arg.index, sink.restFrom = arg.kind == ArgRef::Kind::RestFrom, hasArg = true;
    }
    if (key == "when") sink.when = parseCondition(file, v);
    if (key == "kind") sink.kind = file.scalar(v);
    if (key == "role") {
      std::string role = file.scalar(v);
      if (role != "text" && role != "fragment") file.fail(v, "role must be text or fragment, got '" + role + "'");
      sink.fragment = role == "fragment";
    }
  };
  file.forEachKey(entry, {"function", "arg", "kind", "role", "when"}, readKey);
  requireKey(file, entry, !sink.function.empty(), "function");
  requireKey(file, entry, hasArg, "arg");
  requireKey(file, entry, !sink.kind.empty(), "kind");
  return sink;
}

SanitizerModel parseSanitizer(const YamlFile &file, llvm::yaml::Node *entry) {
  SanitizerModel sanitizer;
  sanitizer.origin = file.where(entry);
  file.forEachKey(entry, {"function", "kind", "to"}, [&](const std::string &key, llvm::yaml::Node *v) {
    if (key == "function") std::tie(sanitizer.function, sanitizer.signature) = parseFunction(file, v);
    if (key == "kind") sanitizer.kind = file.scalar(v);
    if (key == "to") sanitizer.to = parseArgRef(file, v, false);
  });
  requireKey(file, entry, !sanitizer.function.empty(), "function");
  requireKey(file, entry, !sanitizer.kind.empty(), "kind");
  return sanitizer;
}

SourceModel parseSource(const YamlFile &file, llvm::yaml::Node *entry) {
  SourceModel source;
  source.origin = file.where(entry);
  file.forEachKey(entry, {"function", "kind", "to", "when"}, [&](const std::string &key, llvm::yaml::Node *v) {
    if (key == "function") std::tie(source.function, source.signature) = parseFunction(file, v);
    if (key == "kind") source.kind = file.scalar(v);
    if (key == "to") source.to = parseArgRef(file, v, false);
    if (key == "when") source.when = parseCondition(file, v);
  });
  requireKey(file, entry, !source.function.empty(), "function");
  requireKey(file, entry, !source.kind.empty(), "kind");
  return source;
}

SecretFormat parseSecretFormat(const YamlFile &file, llvm::yaml::Node *entry) {
  SecretFormat format;
  format.origin = file.where(entry);
  file.forEachKey(entry, {"name", "pattern", "min-entropy"}, [&](const std::string &key, llvm::yaml::Node *v) {
    if (key == "name") format.name = file.scalar(v);
    if (key == "pattern") {
      format.pattern = file.scalar(v);
      checkPosixRegex(file, v, format.pattern);
    }
    if (key == "min-entropy") {
      std::string text = file.scalar(v);
      if (llvm::StringRef(text).getAsDouble(format.minEntropy) || format.minEntropy < 0 || format.minEntropy > 8)
        file.fail(v, "min-entropy is bits per character, between 0 and 8 (got '" + text + "')");
    }
  });
  requireKey(file, entry, !format.name.empty(), "name");
  requireKey(file, entry, !format.pattern.empty(), "pattern");
  return format;
}

PropagatorModel parsePropagator(const YamlFile &file, llvm::yaml::Node *entry) {
  PropagatorModel propagator;
  bool hasTo = false;
  propagator.origin = file.where(entry);
  auto readKey = [&](const std::string &key, llvm::yaml::Node *v) {
    if (key == "function") std::tie(propagator.function, propagator.signature) = parseFunction(file, v);
    if (key == "arity") propagator.arity = file.unsignedInt(v);
    if (key == "to") propagator.to = parseArgRef(file, v, false), hasTo = true;
    if (key == "overwrites") propagator.overwrites = file.boolean(v);
    if (key == "format") propagator.format = file.unsignedInt(v);
    if (key == "from") {
      if (llvm::isa<llvm::yaml::ScalarNode>(v))
        propagator.from.push_back(parseArgRef(file, v, true));
      else
        for (auto &item : *file.sequence(v)) propagator.from.push_back(parseArgRef(file, &item, true));
    }
    if (key == "mode") {
      std::string mode = file.scalar(v);
      if (mode != "copy" && mode != "concat") file.fail(v, "mode must be copy or concat, got '" + mode + "'");
      propagator.concat = mode == "concat";
    }
    if (key == "escapes")
      for (const auto &conversion : file.scalarList(v)) {
        if (conversion.size() != 1) file.fail(v, "escapes lists single conversion letters, got '" + conversion + "'");
        propagator.escapes += conversion;
      }
  };
  file.forEachKey(entry, {"function", "arity", "from", "to", "mode", "overwrites", "format", "escapes"}, readKey);
  requireKey(file, entry, !propagator.function.empty(), "function");
  requireKey(file, entry, !propagator.from.empty(), "from");
  requireKey(file, entry, hasTo, "to");
  return propagator;
}

RuleDefinition parseRuleDefinition(const YamlFile &file, llvm::yaml::Node *entry) {
  RuleDefinition rule;
  rule.origin = file.where(entry);
  rule.file = file.path();
  bool taint = false, pattern = false;
  auto level = [&](llvm::yaml::Node *v, const char *what, std::initializer_list<const char *> allowed) {
    std::string text = file.scalar(v);
    for (const char *name : allowed)
      if (text == name) return text;
    file.fail(v, std::string(what) + " must be one of " +
                     (std::string(what) == "severity" ? "low, medium, high, critical" : "low, medium, high") +
                     " (got '" + text + "')");
  };
  file.forEachKey(entry,
                  {"id", "name", "description", "full-description", "help", "cwe", "severity", "confidence", "tags",
                   "taint", "pattern"},
                  [&](const std::string &key, llvm::yaml::Node *v) {
                    if (key == "id") {
                      rule.id = file.scalar(v);
                      if (!llvm::Regex("^[A-Z][A-Z0-9_-]*[0-9]+$").match(rule.id))
                        file.fail(v, "a rule id is capital letters then digits, like ACME001 (got '" + rule.id + "')");
                    }
                    if (key == "name") rule.name = file.scalar(v);
                    if (key == "description") rule.description = file.scalar(v);
                    if (key == "full-description") rule.fullDescription = file.scalar(v);
                    if (key == "help") rule.help = file.scalar(v);
                    if (key == "tags") rule.tags = file.scalarList(v);
                    if (key == "severity") rule.severity = level(v, "severity", {"low", "medium", "high", "critical"});
                    if (key == "confidence") rule.confidence = level(v, "confidence", {"low", "medium", "high"});
                    if (key == "cwe") {
                      for (const auto &text : file.scalarList(v)) {
                        unsigned cwe = 0;
                        if (llvm::StringRef(text).getAsInteger(10, cwe))
                          file.fail(v, "cwe lists numbers (got '" + text + "')");
                        rule.cwes.push_back(cwe);
                      }
                    }
                    if (key == "taint") {
                      taint = true;
                      rule.kind = RuleDefinition::Kind::Taint;
                      file.forEachKey(v, {"sink-kind", "sources", "what", "fix", "built-text", "checks-silence"},
                                      [&](const std::string &option, llvm::yaml::Node *value) {
                                        if (option == "sink-kind") rule.sinkKind = file.scalar(value);
                                        if (option == "sources") rule.sourceKinds = file.scalarList(value);
                                        if (option == "what") rule.what = file.scalar(value);
                                        if (option == "fix") rule.fix = file.scalar(value);
                                        if (option == "built-text") rule.builtText = file.boolean(value);
                                        if (option == "checks-silence") rule.checksSilence = file.boolean(value);
                                      });
                      requireKey(file, v, !rule.sinkKind.empty(), "sink-kind");
                      requireKey(file, v, !rule.sourceKinds.empty() || rule.builtText, "sources");
                    }
                    if (key == "pattern") {
                      pattern = true;
                      rule.kind = RuleDefinition::Kind::Pattern;
                      file.forEachKey(v, {"match", "let", "report", "message", "paths", "paths-ignore", "unless"},
                                      [&](const std::string &option, llvm::yaml::Node *value) {
                                        if (option == "match") {
                                          rule.match = file.scalar(value);
                                          YamlFile::TextStart start = file.textStart(value);
                                          rule.matchLine = start.line;
                                          rule.matchColumn = start.column;
                                          rule.matchIndent = start.indent;
                                        }
                                        if (option == "report") rule.report = file.scalar(value);
                                        if (option == "message") rule.message = file.scalar(value);
                                        if (option == "paths") rule.paths = file.scalarList(value);
                                        if (option == "paths-ignore") rule.pathsIgnore = file.scalarList(value);
                                        if (option == "unless") {
                                          std::vector<llvm::yaml::Node *> items;
                                          if (llvm::isa<llvm::yaml::SequenceNode>(value))
                                            for (auto &item : *file.sequence(value)) items.push_back(&item);
                                          else
                                            items.push_back(value);
                                          for (llvm::yaml::Node *item : items) {
                                            rule.unless.push_back(file.scalar(item));
                                            YamlFile::TextStart start = file.textStart(item);
                                            rule.unlessAt.push_back({start.line, start.column, start.indent});
                                          }
                                        }
                                        if (option == "let")
                                          for (auto &binding : *file.mapping(value)) {
                                            rule.lets.emplace_back(file.scalar(binding.getKey()),
                                                                   file.scalar(binding.getValue()));
                                            YamlFile::TextStart start = file.textStart(binding.getValue());
                                            rule.letsAt.push_back({start.line, start.column, start.indent});
                                          }
                                      });
                      requireKey(file, v, !rule.match.empty(), "match");
                      requireKey(file, v, !rule.message.empty(), "message");
                    }
                  });
  requireKey(file, entry, !rule.id.empty(), "id");
  requireKey(file, entry, !rule.name.empty(), "name");
  requireKey(file, entry, !rule.description.empty(), "description");
  if (taint && pattern) file.fail(entry, "a rule is a taint rule or a pattern rule, not both");
  if (rule.kind == RuleDefinition::Kind::Taint) {
    if (rule.what.empty()) rule.what = "the value";
    if (rule.fix.empty()) rule.fix = rule.description;
  }
  return rule;
}

}  // namespace

void ModelSet::load(const std::string &path, std::string_view text, std::vector<std::string> *errors) {
  YamlFile file(path, text);
  if (!file.root()) return;
  auto readEntry = [&](const std::string &section, llvm::yaml::Node *entry) {
    if (section == "sinks") sinks.push_back(parseSink(file, entry));
    if (section == "sanitizers") sanitizers.push_back(parseSanitizer(file, entry));
    if (section == "propagators") propagators.push_back(parsePropagator(file, entry));
    if (section == "sources") sources.push_back(parseSource(file, entry));
    if (section == "secret-formats") secretFormats.push_back(parseSecretFormat(file, entry));
    if (section == "call-checks") callChecks.push_back(parseCallCheck(file, entry));
    if (section == "rules") ruleDefinitions.push_back(parseRuleDefinition(file, entry));
  };
  auto readSection = [&](const std::string &section, llvm::yaml::Node *value) {
    if (section == "lists") {
      // Lists are open-ended: any name, each a list of strings.
      for (auto &list : *file.mapping(value)) {
        // `loggers: a, b` would be one name "a, b": a list must be written as one.
        if (llvm::isa_and_nonnull<llvm::yaml::ScalarNode>(list.getValue()))
          file.fail(list.getValue(), "list '" + file.scalar(list.getKey()) +
                                         "' must be a YAML list ([a, b] or '- a' lines), not a single value");
        auto values = file.scalarList(list.getValue());
        auto &target = lists[file.scalar(list.getKey())];
        target.insert(target.end(), values.begin(), values.end());
      }
      return;
    }
    for (auto &entry : *file.sequence(value)) {
      try {
        readEntry(section, &entry);
      } catch (const InputError &error) {
        if (!errors) throw;
        errors->push_back(error.what());
        entry.skip();  // the parser must consume the rest of the entry before the next one
      }
    }
  };
  auto readSectionChecked = [&](const std::string &section, llvm::yaml::Node *value) {
    try {
      readSection(section, value);
    } catch (const InputError &error) {
      if (!errors) throw;
      errors->push_back(error.what());
    }
  };
  file.forEachKey(file.root(),
                  {"sinks", "propagators", "sanitizers", "sources", "secret-formats", "call-checks", "rules", "lists"},
                  readSectionChecked);
  // A pack's taint rule follows its sink kind through helpers like the built-in kinds.
  for (const auto &rule : ruleDefinitions)
    if (rule.kind == RuleDefinition::Kind::Taint)
      for (const char *list : {"summarized-sink-kinds", "joined-sink-kinds"}) {
        auto &kinds = lists[list];
        if (std::find(kinds.begin(), kinds.end(), rule.sinkKind) == kinds.end()) kinds.push_back(rule.sinkKind);
      }
}

ModelSet ModelSet::builtIn() {
  ModelSet models;
  for (const EmbeddedFile *file = kBuiltInModels; *file->path; ++file)
    models.load(std::string("rules/models/") + file->path, file->contents);
  return models;
}

std::vector<std::string> ModelSet::unresolvedLists() const {
  std::vector<std::string> problems;
  auto check = [&](const std::string &origin, const std::string &reference) {
    if (reference.size() > 1 && reference[0] == '$' && !lists.count(reference.substr(1)))
      problems.push_back(origin + ": no list named '" + reference.substr(1) + "' (define it under `lists:`)");
  };
  auto checkCondition = [&](const std::string &origin, const ArgCondition &condition) {
    for (const auto *names :
         {&condition.oneOf, &condition.noneOf, &condition.named, &condition.typeOf, &condition.callOf})
      for (const auto &name : *names) check(origin, name);
  };
  for (const auto &callCheck : callChecks) {
    check(callCheck.origin, callCheck.function);
    for (const auto &condition : callCheck.when) checkCondition(callCheck.origin, condition);
  }
  for (const auto &sink : sinks) checkCondition(sink.origin, sink.when);
  for (const auto &source : sources) checkCondition(source.origin, source.when);
  // A taint rule whose sink kind no sink model has can never report (a misspelt kind).
  for (const auto &rule : ruleDefinitions)
    if (rule.kind == RuleDefinition::Kind::Taint &&
        std::none_of(sinks.begin(), sinks.end(), [&](const SinkModel &sink) { return sink.kind == rule.sinkKind; }))
      problems.push_back(rule.origin + ": rule " + rule.id + ": no sink has kind '" + rule.sinkKind +
                         "', so the rule can never report (add a sink with `kind: " + rule.sinkKind + "`)");
  return problems;
}

const std::vector<std::string> &ModelSet::list(const std::string &name) const {
  static const std::vector<std::string> empty;
  auto found = lists.find(name);
  return found == lists.end() ? empty : found->second;
}

}  // namespace cppsec
