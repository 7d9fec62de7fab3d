#include "config/Settings.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "util/InputError.h"
#include "util/Yaml.h"

namespace cppsec {

bool Settings::ruleEnabled(const std::string &id) const {
  auto found = rules.find(id);
  return found == rules.end() || found->second.enabled.value_or(true);
}

std::string findConfigFile(const std::string &start) {
  llvm::SmallString<256> dir(start);
  if (llvm::sys::fs::make_absolute(dir)) return {};
  while (!dir.empty()) {
    llvm::SmallString<256> candidate(dir);
    llvm::sys::path::append(candidate, ".cppsec.yaml");
    if (llvm::sys::fs::is_regular_file(candidate)) return std::string(candidate);
    llvm::StringRef parent = llvm::sys::path::parent_path(dir);
    if (parent == dir) break;
    dir = parent;
  }
  return {};
}

namespace {

bool isDate(const std::string &text) {
  static const llvm::Regex date("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$");
  return date.match(text);
}

VulnIgnore readIgnore(YamlFile &file, llvm::yaml::Node *node) {
  VulnIgnore ignore;
  ignore.origin = file.where(node);
  file.forEachKey(node, {"id", "reason", "expires"}, [&](const std::string &key, llvm::yaml::Node *value) {
    if (key == "id") ignore.id = file.scalar(value);
    if (key == "reason") ignore.reason = file.scalar(value);
    if (key == "expires") {
      ignore.expires = file.scalar(value);
      if (!isDate(ignore.expires)) file.fail(value, "expires must be a date, YYYY-MM-DD");
    }
  });
  if (ignore.id.empty()) file.fail(node, "an ignore entry needs the advisory `id` (e.g. CVE-2023-38545)");
  if (ignore.reason.empty()) file.fail(node, "an ignore entry needs a `reason`: why the advisory does not apply");
  if (ignore.expires.empty())
    file.fail(node, "an ignore entry needs `expires` (YYYY-MM-DD), so that accepting a risk is revisited");
  return ignore;
}

}  // namespace

void loadConfigFile(const std::string &path, Settings &settings) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
  if (!buffer) throw InputError(path + ": cannot read config file: " + buffer.getError().message());
  YamlFile file(path, (*buffer)->getBuffer());
  settings.configFile = path;
  if (!file.root()) return;
  llvm::SmallString<256> base(llvm::sys::path::parent_path(path));
  auto severityOf = [&](llvm::yaml::Node *node) {
    std::string text = file.scalar(node);
    auto value = parseSeverity(text);
    if (!value) file.fail(node, "unknown severity '" + text + "' (expected low, medium, high or critical)");
    return *value;
  };
  file.forEachKey(file.root(),
                  {"version", "rules", "fail-on", "confidence", "exclude", "default-excludes", "suppressions", "models",
                   "rule-packs", "vulncheck"},
                  [&](const std::string &key, llvm::yaml::Node *value) {
                    if (key == "version") {
                      if (file.unsignedInt(value) != 1)
                        file.fail(value, "unsupported config version (this cppsec reads version 1)");
                    } else if (key == "fail-on") {
                      settings.failOn = severityOf(value);
                    } else if (key == "confidence") {
                      std::string text = file.scalar(value);
                      auto confidence = parseConfidence(text);
                      if (!confidence)
                        file.fail(value, "unknown confidence '" + text + "' (expected low, medium or high)");
                      settings.minConfidence = *confidence;
                    } else if (key == "exclude") {
                      for (auto &pattern : file.scalarList(value)) settings.excludes.push_back(pattern);
                    } else if (key == "default-excludes") {
                      settings.defaultExcludes = file.boolean(value);
                    } else if (key == "suppressions") {
                      file.forEachKey(value, {"require-justification"}, [&](const std::string &, llvm::yaml::Node *v) {
                        settings.requireJustification = file.boolean(v);
                      });
                    } else if (key == "models" || key == "rule-packs") {
                      for (auto &model : file.scalarList(value)) {
                        llvm::SmallString<256> full(model);
                        if (!llvm::sys::path::is_absolute(full)) {
                          full = base;
                          llvm::sys::path::append(full, model);
                        }
                        settings.modelFiles.push_back(std::string(full));
                      }
                    } else if (key == "vulncheck") {
                      file.forEachKey(value, {"ignore"}, [&](const std::string &, llvm::yaml::Node *list) {
                        for (auto &entry : *file.sequence(list))
                          settings.vulnIgnores.push_back(readIgnore(file, &entry));
                      });
                    } else if (key == "rules") {
                      for (auto &entry : *file.mapping(value)) {
                        std::string id = file.scalar(entry.getKey());
                        RuleSetting &rule = settings.rules[id];
                        rule.enabled = true;
                        rule.origin = file.where(entry.getKey());
                        // `CPP404: off` is a shorthand for `CPP404: {enabled: false}`.
                        if (llvm::isa<llvm::yaml::ScalarNode>(entry.getValue())) {
                          rule.enabled = file.boolean(entry.getValue());
                          continue;
                        }
                        file.forEachKey(entry.getValue(), {"enabled", "severity"},
                                        [&](const std::string &k, llvm::yaml::Node *v) {
                                          if (k == "enabled") rule.enabled = file.boolean(v);
                                          if (k == "severity") rule.severity = severityOf(v);
                                        });
                      }
                    }
                  });
}

}  // namespace cppsec
