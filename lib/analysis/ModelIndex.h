#pragma once
// Looks up the models that apply to a called function. Built once per run and shared,
// read-only, by all workers; the per-TU name cache is not shared.
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "llvm/ADT/DenseMap.h"
#include "models/Models.h"

namespace clang {
class NamedDecl;
class FunctionDecl;
}  // namespace clang

namespace cppsec {

// Qualified names as the models spell them: no template arguments, no inline namespaces
// (std::__cxx11::basic_string<char>::append -> std::basic_string::append). Cached per decl.
class NameCache {
 public:
  const std::string &qualifiedName(const clang::NamedDecl *decl);
  // The unqualified name, cheap: the part after the last "::".
  static std::string simpleName(const clang::NamedDecl *decl);

 private:
  llvm::DenseMap<const clang::NamedDecl *, std::string> names_;
};

class ModelIndex {
 public:
  explicit ModelIndex(const ModelSet &models);

  const ModelSet &models() const { return models_; }
  // Models for a callee; empty when none. Cheap for functions no model names.
  std::vector<const SinkModel *> sinksFor(const clang::FunctionDecl *callee, NameCache &names) const;
  // Sinks of a call, including constructions through forwarders such as std::make_unique<T>
  // (list constructor-forwarders), which take T's constructor arguments.
  std::vector<const SinkModel *> sinksAt(const clang::FunctionDecl *callee, NameCache &names) const;
  // Sources of data (request data, secrets) a callee produces; empty when none.
  std::vector<const SourceModel *> sourcesFor(const clang::FunctionDecl *callee, NameCache &names) const;
  // The call-checks on a callee, of every rule; empty when none.
  std::vector<const CallCheck *> callChecksFor(const clang::FunctionDecl *callee, NameCache &names) const;
  const PropagatorModel *propagatorFor(const clang::FunctionDecl *callee, NameCache &names) const;
  const SanitizerModel *sanitizerFor(const clang::FunctionDecl *callee, NameCache &names) const;
  // Whether a qualified name is in one of the model lists (e.g. weak-random-functions).
  bool inList(const std::string &list, const std::string &qualifiedName) const;
  // Whether a declaration is in a list; compares the cheap simple name before the qualified one.
  bool inList(const std::string &list, const clang::NamedDecl *decl, NameCache &names) const;

 private:
  bool known(const clang::FunctionDecl *callee) const;

  const ModelSet &models_;
  std::unordered_set<std::string> simpleNames_;  // last component of every modelled function
  std::unordered_map<std::string, std::vector<const SinkModel *>> sinks_;
  std::unordered_map<std::string, std::vector<const PropagatorModel *>> propagators_;
  std::unordered_map<std::string, std::vector<const SanitizerModel *>> sanitizers_;
  std::unordered_map<std::string, std::vector<const SourceModel *>> sources_;
  std::unordered_map<std::string, std::vector<const CallCheck *>> callChecks_;
  std::unordered_map<std::string, std::unordered_set<std::string>> lists_;
  std::unordered_map<std::string, std::unordered_set<std::string>> listSimpleNames_;
};

}  // namespace cppsec
