#include "analysis/ModelIndex.h"

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/TemplateBase.h"

namespace cppsec {
namespace {

std::string lastComponent(const std::string &qualified) {
  // Operators contain no "::" after their name, so the last "::" separates scope and name.
  size_t split = qualified.rfind("::");
  return split == std::string::npos ? qualified : qualified.substr(split + 2);
}

}  // namespace

std::string NameCache::simpleName(const clang::NamedDecl *decl) {
  if (const auto *identifier = decl->getIdentifier()) return identifier->getName().str();
  return decl->getNameAsString();
}

const std::string &NameCache::qualifiedName(const clang::NamedDecl *decl) {
  decl = llvm::cast<clang::NamedDecl>(decl->getCanonicalDecl());
  auto found = names_.find(decl);
  if (found != names_.end()) return found->second;
  std::vector<std::string> parts{simpleName(decl)};
  for (const clang::DeclContext *context = decl->getDeclContext(); context; context = context->getParent()) {
    if (const auto *ns = llvm::dyn_cast<clang::NamespaceDecl>(context)) {
      if (ns->isInline()) continue;
      parts.push_back(ns->isAnonymousNamespace() ? "(anonymous)" : ns->getName().str());
    } else if (const auto *record = llvm::dyn_cast<clang::RecordDecl>(context)) {
      if (const auto *spec = llvm::dyn_cast<clang::ClassTemplateSpecializationDecl>(record))
        parts.push_back(spec->getSpecializedTemplate()->getNameAsString());
      else
        parts.push_back(record->getNameAsString());
    } else if (llvm::isa<clang::FunctionDecl>(context)) {
      break;  // local classes: the function's name would not help matching
    }
  }
  std::string name;
  for (auto part = parts.rbegin(); part != parts.rend(); ++part) name += (name.empty() ? "" : "::") + *part;
  return names_[decl] = std::move(name);
}

namespace {

// A type as text, comparable: no spaces, no struct/class/enum keyword, no libstdc++/libc++
// inline namespace.
std::string compactType(std::string text) {
  for (const char *keyword : {"struct ", "class ", "enum ", "union "})
    for (size_t at = text.find(keyword); at != std::string::npos; at = text.find(keyword, at)) {
      bool wordStart = at == 0 || !(std::isalnum(static_cast<unsigned char>(text[at - 1])) || text[at - 1] == '_');
      if (wordStart)
        text.erase(at, std::string(keyword).size());
      else
        ++at;
    }
  for (const char *inlineNamespace : {"std::__cxx11::", "std::__1::"})
    for (size_t at = text.find(inlineNamespace); at != std::string::npos; at = text.find(inlineNamespace, at))
      text.replace(at, std::string(inlineNamespace).size(), "std::");
  text.erase(
      std::remove_if(text.begin(), text.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); }),
      text.end());
  return text;
}

// Without references and top-level const, for a user who writes `std::string` for
// `const std::string &`.
std::string looseType(std::string compact) {
  while (!compact.empty() && compact.back() == '&') compact.pop_back();
  if (llvm::StringRef(compact).starts_with("const")) compact.erase(0, 5);
  if (llvm::StringRef(compact).ends_with("const") && !llvm::StringRef(compact).ends_with("*const"))
    compact.resize(compact.size() - 5);
  return compact;
}

bool parameterMatches(clang::QualType type, const std::string &wanted) {
  clang::PrintingPolicy policy{clang::LangOptions()};
  policy.SuppressTagKeyword = true;
  policy.Bool = true;
  std::string want = compactType(wanted);
  std::vector<std::string> spellings{compactType(type.getAsString(policy)),
                                     compactType(type.getCanonicalType().getAsString(policy))};
  for (const auto &spelling : spellings)
    if (spelling == want) return true;
  for (const auto &spelling : spellings)
    if (looseType(spelling) == looseType(want)) return true;
  return false;
}

bool matchesSignature(const clang::FunctionDecl *callee, const std::optional<Signature> &signature) {
  if (!signature) return true;
  unsigned count = callee->getNumParams();
  if (count < signature->params.size() || (!signature->open && count != signature->params.size())) return false;
  for (size_t i = 0; i < signature->params.size(); ++i)
    if (!parameterMatches(callee->getParamDecl(static_cast<unsigned>(i))->getType(), signature->params[i]))
      return false;
  return true;
}

// The models of a name whose signature (if any) fits the callee's overload.
template <typename Model>
std::vector<const Model *> fitting(const std::vector<const Model *> &models, const clang::FunctionDecl *callee) {
  std::vector<const Model *> out;
  for (const Model *model : models)
    if (matchesSignature(callee, model->signature)) out.push_back(model);
  return out;
}

}  // namespace

ModelIndex::ModelIndex(const ModelSet &models) : models_(models) {
  for (const auto &sink : models.sinks) {
    sinks_[sink.function].push_back(&sink);
    simpleNames_.insert(lastComponent(sink.function));
  }
  for (const auto &propagator : models.propagators) {
    propagators_[propagator.function].push_back(&propagator);
    simpleNames_.insert(lastComponent(propagator.function));
  }
  for (const auto &sanitizer : models.sanitizers) {
    sanitizers_[sanitizer.function].push_back(&sanitizer);
    simpleNames_.insert(lastComponent(sanitizer.function));
  }
  for (const auto &source : models.sources) {
    sources_[source.function].push_back(&source);
    simpleNames_.insert(lastComponent(source.function));
  }
  for (const auto &check : models.callChecks) {
    // `function: $list` checks every function of a model list.
    std::vector<std::string> functions{check.function};
    if (check.function.starts_with("$")) functions = models.list(check.function.substr(1));
    for (const auto &function : functions) {
      callChecks_[function].push_back(&check);
      simpleNames_.insert(lastComponent(function));
    }
  }
  for (const auto &[list, names] : models.lists) {
    for (const auto &name : names) {
      lists_[list].insert(name);
      listSimpleNames_[list].insert(lastComponent(name));
    }
  }
}

bool ModelIndex::known(const clang::FunctionDecl *callee) const {
  return callee && simpleNames_.count(NameCache::simpleName(callee));
}

std::vector<const SinkModel *> ModelIndex::sinksFor(const clang::FunctionDecl *callee, NameCache &names) const {
  if (!known(callee)) return {};
  // A sink on a constructor means the one that takes the text, not copying an object.
  if (const auto *constructor = llvm::dyn_cast<clang::CXXConstructorDecl>(callee);
      constructor && constructor->isCopyOrMoveConstructor())
    return {};
  auto found = sinks_.find(names.qualifiedName(callee));
  return found == sinks_.end() ? std::vector<const SinkModel *>{} : fitting(found->second, callee);
}

std::vector<const SinkModel *> ModelIndex::sinksAt(const clang::FunctionDecl *callee, NameCache &names) const {
  if (!callee) return {};
  if (!inList("constructor-forwarders", callee, names)) return sinksFor(callee, names);
  const auto *arguments = callee->getTemplateSpecializationArgs();
  if (!arguments || arguments->size() == 0 || arguments->get(0).getKind() != clang::TemplateArgument::Type) return {};
  const auto *record = arguments->get(0).getAsType()->getAsCXXRecordDecl();
  if (!record) return {};
  auto found = sinks_.find(names.qualifiedName(record) + "::" + record->getNameAsString());
  // The constructor is not known here (the forwarder takes any arguments): no signature test.
  return found == sinks_.end() ? std::vector<const SinkModel *>{} : found->second;
}

std::vector<const SourceModel *> ModelIndex::sourcesFor(const clang::FunctionDecl *callee, NameCache &names) const {
  if (!known(callee)) return {};
  auto found = sources_.find(names.qualifiedName(callee));
  return found == sources_.end() ? std::vector<const SourceModel *>{} : fitting(found->second, callee);
}

std::vector<const CallCheck *> ModelIndex::callChecksFor(const clang::FunctionDecl *callee, NameCache &names) const {
  if (!known(callee)) return {};
  auto found = callChecks_.find(names.qualifiedName(callee));
  return found == callChecks_.end() ? std::vector<const CallCheck *>{} : fitting(found->second, callee);
}

const PropagatorModel *ModelIndex::propagatorFor(const clang::FunctionDecl *callee, NameCache &names) const {
  if (!known(callee)) return nullptr;
  auto found = propagators_.find(names.qualifiedName(callee));
  if (found == propagators_.end()) return nullptr;
  for (const PropagatorModel *propagator : found->second)
    if ((!propagator->arity || *propagator->arity == callee->getNumParams()) &&
        matchesSignature(callee, propagator->signature))
      return propagator;
  return nullptr;
}

const SanitizerModel *ModelIndex::sanitizerFor(const clang::FunctionDecl *callee, NameCache &names) const {
  if (!known(callee)) return nullptr;
  auto found = sanitizers_.find(names.qualifiedName(callee));
  if (found == sanitizers_.end()) return nullptr;
  auto fits = fitting(found->second, callee);
  return fits.empty() ? nullptr : fits.front();
}

bool ModelIndex::inList(const std::string &list, const std::string &qualifiedName) const {
  auto found = lists_.find(list);
  return found != lists_.end() && found->second.count(qualifiedName);
}

bool ModelIndex::inList(const std::string &list, const clang::NamedDecl *decl, NameCache &names) const {
  if (!decl) return false;
  auto found = listSimpleNames_.find(list);
  return found != listSimpleNames_.end() && found->second.count(NameCache::simpleName(decl)) &&
         inList(list, names.qualifiedName(decl));
}

}  // namespace cppsec
