#include "vuln/InventoryPass.h"

#include <map>
#include <set>

#include "analysis/FindingCollector.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Index/USRGeneration.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "driver/PathFilter.h"
#include "driver/Schedule.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "vuln/Libraries.h"

namespace cppsec {
namespace {

constexpr size_t kMaxArgumentText = 200;

// What the preprocessor saw: the headers entered and the version macros defined.
struct PreprocessorFacts {
  std::set<std::string> headers;  // absolute paths, in path order
  std::map<std::string, MacroValue> macros;
  MacroLookup lookup() const {
    return [this](const std::string &name) -> std::optional<MacroValue> {
      auto found = macros.find(name);
      if (found == macros.end()) return std::nullopt;
      return found->second;
    };
  }
};

class FactRecorder : public clang::PPCallbacks {
 public:
  FactRecorder(const clang::Preprocessor &preprocessor, const std::set<std::string> &wanted, PreprocessorFacts &facts)
      : preprocessor_(preprocessor), sources_(preprocessor.getSourceManager()), wanted_(wanted), facts_(facts) {}

  void FileChanged(clang::SourceLocation location, FileChangeReason reason, clang::SrcMgr::CharacteristicKind,
                   clang::FileID) override {
    if (reason != EnterFile || location.isInvalid()) return;
    std::string path = absoluteFilePath(sources_, sources_.getFileID(location));
    if (!path.empty()) facts_.headers.insert(path);
  }

  // The last definition wins; an #undef keeps it, because protobuf undefines its version
  // macro at the end of every header.
  void MacroDefined(const clang::Token &name, const clang::MacroDirective *directive) override {
    const clang::IdentifierInfo *identifier = name.getIdentifierInfo();
    if (!identifier || !wanted_.count(identifier->getName().str())) return;
    const clang::MacroInfo *info = directive->getMacroInfo();
    MacroValue value;
    for (const clang::Token &token : info->tokens()) {
      if (!value.text.empty()) value.text += ' ';
      value.text += preprocessorSpelling(token);
    }
    clang::SourceLocation at = sources_.getFileLoc(info->getDefinitionLoc());
    value.file = absoluteFilePath(sources_, sources_.getFileID(at));
    value.line = sources_.getSpellingLineNumber(at);
    facts_.macros[identifier->getName().str()] = std::move(value);
  }

 private:
  std::string preprocessorSpelling(const clang::Token &token) const {
    if (token.isLiteral() && token.getLiteralData()) return std::string(token.getLiteralData(), token.getLength());
    if (const auto *identifier = token.getIdentifierInfo()) return identifier->getName().str();
    return preprocessor_.getSpelling(token);
  }

  const clang::Preprocessor &preprocessor_;
  const clang::SourceManager &sources_;
  const std::set<std::string> &wanted_;
  PreprocessorFacts &facts_;
};

// Walks one project function's body: calls to project functions become edges, calls into a
// library are recorded with their arguments. A lambda is a function of its own, linked from
// the function that creates it (it may be called from there, or registered as a handler).
class BodyWalker : public clang::RecursiveASTVisitor<BodyWalker> {
 public:
  using Classify = std::function<size_t(const clang::FunctionDecl *)>;  // library index, or npos
  BodyWalker(clang::ASTContext &context, FindingCollector &collector, const Classify &classify, std::string caller,
             VulnTuResult &result, const std::function<std::string(const clang::FunctionDecl *)> &usr,
             const std::function<std::string(const clang::FunctionDecl *, size_t)> &symbol)
      : context_(context),
        collector_(collector),
        classify_(classify),
        caller_(std::move(caller)),
        result_(result),
        usr_(usr),
        symbol_(symbol) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool TraverseLambdaExpr(clang::LambdaExpr *lambda) {
    if (const auto *call = lambda->getCallOperator())
      result_.edges.push_back({caller_, usr_(call), collector_.position(lambda->getSourceRange())});
    return true;
  }
  bool VisitCallExpr(clang::CallExpr *call) {
    if (const auto *reference = llvm::dyn_cast<clang::DeclRefExpr>(call->getCallee()->IgnoreParenImpCasts()))
      consumed_.insert(reference);
    if (const auto *callee = call->getDirectCallee())
      record(callee, call->getExprLoc(), call->getSourceRange(), {call->getArgs(), call->getNumArgs()}, false);
    return true;
  }
  bool VisitCXXConstructExpr(clang::CXXConstructExpr *construct) {
    record(construct->getConstructor(), construct->getBeginLoc(), construct->getSourceRange(),
           {construct->getArgs(), construct->getNumArgs()}, false);
    return true;
  }
  bool VisitDeclRefExpr(clang::DeclRefExpr *reference) {
    if (consumed_.count(reference)) return true;
    if (const auto *function = llvm::dyn_cast<clang::FunctionDecl>(reference->getDecl()))
      record(function, reference->getLocation(), reference->getSourceRange(), {}, true);
    return true;
  }

 private:
  void record(const clang::FunctionDecl *callee, clang::SourceLocation at, clang::SourceRange range,
              llvm::ArrayRef<const clang::Expr *> args, bool reference) {
    if (!callee) return;
    size_t library = classify_(callee);
    SourcePos site = collector_.position(clang::SourceRange(at, range.getEnd()));
    if (library == std::string::npos) {
      std::string target = usr_(callee);
      if (!target.empty()) result_.edges.push_back({caller_, std::move(target), site});
      return;
    }
    LibraryCall call;
    call.library = library;
    call.symbol = symbol_(callee, library);
    call.caller = caller_;
    call.site = std::move(site);
    call.reference = reference;
    for (const clang::Expr *arg : args) call.args.push_back(valueOf(arg));
    result_.calls.push_back(std::move(call));
  }

  ArgValue valueOf(const clang::Expr *arg) {
    ArgValue value;
    if (!arg || llvm::isa<clang::CXXDefaultArgExpr>(arg)) return value;
    const auto &sources = context_.getSourceManager();
    clang::CharSourceRange range = clang::CharSourceRange::getTokenRange(sources.getFileLoc(arg->getBeginLoc()),
                                                                         sources.getFileLoc(arg->getEndLoc()));
    value.text = clang::Lexer::getSourceText(range, sources, context_.getLangOpts()).str();
    if (value.text.size() > kMaxArgumentText) value.text.resize(kMaxArgumentText);
    const clang::Expr *bare = arg->IgnoreParenCasts();
    if (const auto *literal = llvm::dyn_cast<clang::StringLiteral>(bare)) {
      if (literal->getCharByteWidth() == 1) value.literal = literal->getString().str();
      return value;
    }
    if (!arg->isValueDependent() && !arg->isTypeDependent()) {
      // The argument as passed, else the value under a cast to a non-integer type.
      clang::Expr::EvalResult result;
      const clang::Expr *integral = arg->getType()->isIntegralOrEnumerationType()    ? arg
                                    : bare->getType()->isIntegralOrEnumerationType() ? bare
                                                                                     : nullptr;
      if (integral && integral->EvaluateAsInt(result, context_)) value.integer = result.Val.getInt().getExtValue();
    }
    return value;
  }

  clang::ASTContext &context_;
  FindingCollector &collector_;
  const Classify &classify_;
  std::string caller_;
  VulnTuResult &result_;
  const std::function<std::string(const clang::FunctionDecl *)> &usr_;
  const std::function<std::string(const clang::FunctionDecl *, size_t)> &symbol_;
  llvm::DenseSet<const clang::DeclRefExpr *> consumed_;
};

// Finds the project's function definitions: not system headers, not excluded folders, not
// a library's own headers (a vendored httplib.h is the library, not the project).
class FunctionLister : public clang::RecursiveASTVisitor<FunctionLister> {
 public:
  explicit FunctionLister(const std::function<bool(clang::SourceLocation)> &project) : project_(project) {}
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitLambdaBodies() const { return true; }
  bool TraverseDecl(clang::Decl *decl) {
    if (decl && !llvm::isa<clang::TranslationUnitDecl>(decl) && !project_(decl->getLocation())) return true;
    return clang::RecursiveASTVisitor<FunctionLister>::TraverseDecl(decl);
  }
  bool VisitFunctionDecl(clang::FunctionDecl *function) {
    if (function->doesThisDeclarationHaveABody() && !function->isDependentContext() && seen_.insert(function).second)
      functions.push_back(function);
    return true;
  }
  bool VisitLambdaExpr(clang::LambdaExpr *lambda) {
    clang::CXXMethodDecl *call = lambda->getCallOperator();
    if (call && call->hasBody() && !call->isDependentContext() && seen_.insert(call).second) functions.push_back(call);
    return true;
  }
  std::vector<const clang::FunctionDecl *> functions;

 private:
  const std::function<bool(clang::SourceLocation)> &project_;
  llvm::DenseSet<const clang::FunctionDecl *> seen_;
};

class InventoryConsumer : public clang::ASTConsumer {
 public:
  InventoryConsumer(const InventorySetup &setup, const PreprocessorFacts &facts, VulnTuResult &result)
      : setup_(setup), facts_(facts), result_(result) {}

  void HandleTranslationUnit(clang::ASTContext &context) override {
    const auto &sources = context.getSourceManager();
    MacroLookup macros = facts_.lookup();
    // The libraries this TU includes, each with its version.
    std::map<std::string, size_t> libraryIndex;  // by header path
    std::map<const LibrarySpec *, size_t> bySpec;
    for (const auto &header : facts_.headers) {
      const LibrarySpec *spec = setup_.libraries->libraryOf(header, macros);
      if (!spec) continue;
      auto [entry, added] = bySpec.try_emplace(spec, result_.libraries.size());
      if (added) result_.libraries.push_back({spec->name, spec->bundledIn, header, detectVersion(*spec, macros)});
      libraryIndex[header] = entry->second;
    }
    FindingCollector collector(context, *setup_.paths);
    llvm::DenseMap<clang::FileID, size_t> libraryOfFile;
    // Implicit declarations (::operator new, __va_list_tag's members) have no location, and an
    // invalid FileID is the DenseMap's empty key: never look one up.
    auto libraryAt = [&](clang::SourceLocation location) -> size_t {
      if (location.isInvalid()) return std::string::npos;
      clang::FileID file = sources.getFileID(sources.getFileLoc(location));
      if (file.isInvalid()) return std::string::npos;
      auto [cached, added] = libraryOfFile.try_emplace(file, std::string::npos);
      if (added) {
        auto found = libraryIndex.find(absoluteFilePath(sources, file));
        if (found != libraryIndex.end()) cached->second = found->second;
      }
      return cached->second;
    };
    llvm::DenseMap<clang::FileID, bool> projectFile;
    std::function<bool(clang::SourceLocation)> isProject = [&](clang::SourceLocation location) {
      if (location.isInvalid()) return false;
      clang::FileID file = sources.getFileID(sources.getFileLoc(location));
      if (file.isInvalid()) return false;
      auto [cached, added] = projectFile.try_emplace(file, false);
      if (added) cached->second = collector.reportable(location) && libraryAt(location) == std::string::npos;
      return cached->second;
    };
    BodyWalker::Classify classify = [&](const clang::FunctionDecl *callee) {
      return libraryAt(callee->getCanonicalDecl()->getLocation());
    };
    // Every call edge names its callee by USR: make each one once per TU.
    llvm::DenseMap<const clang::Decl *, std::string> usrs;
    std::function<std::string(const clang::FunctionDecl *)> usr = [&](const clang::FunctionDecl *function) {
      const clang::Decl *canonical = function->getCanonicalDecl();
      auto [cached, added] = usrs.try_emplace(canonical);
      if (added) {
        llvm::SmallString<128> text;
        if (!clang::index::generateUSRForDecl(canonical, text)) cached->second = std::string(text);
      }
      return cached->second;
    };
    std::function<std::string(const clang::FunctionDecl *, size_t)> symbol = [&](const clang::FunctionDecl *callee,
                                                                                 size_t library) {
      const LibrarySpec *spec = setup_.libraries->find(result_.libraries[library].library);
      std::string name = callee->getQualifiedNameAsString();
      return spec ? spec->apiName(name) : name;
    };

    FunctionLister lister(isProject);
    lister.TraverseAST(context);
    for (const auto *function : lister.functions) {
      ProjectFunction entry;
      entry.usr = usr(function);
      if (entry.usr.empty()) continue;
      entry.name = nameOf(function);
      entry.pos = collector.position(function->getLocation());
      entry.isMain = function->isMain();
      entry.externallyVisible = function->isExternallyVisible() && !llvm::isa<clang::CXXMethodDecl>(function);
      BodyWalker walker(context, collector, classify, entry.usr, result_, usr, symbol);
      walker.TraverseStmt(function->getBody());
      // Member initialisers run as part of a constructor.
      if (const auto *constructor = llvm::dyn_cast<clang::CXXConstructorDecl>(function))
        for (const auto *initializer : constructor->inits()) walker.TraverseStmt(initializer->getInit());
      result_.functions.push_back(std::move(entry));
    }
  }

 private:
  // A lambda goes by the function it is written in ("lambda in main"): its own name is empty.
  static std::string nameOf(const clang::FunctionDecl *function) {
    const auto *method = llvm::dyn_cast<clang::CXXMethodDecl>(function);
    if (!method || !method->getParent()->isLambda()) return function->getQualifiedNameAsString();
    const auto *enclosing =
        llvm::dyn_cast_or_null<clang::FunctionDecl>(method->getParent()->getParentFunctionOrMethod());
    return enclosing ? "lambda in " + nameOf(enclosing) : std::string("lambda");
  }

  const InventorySetup &setup_;
  const PreprocessorFacts &facts_;
  VulnTuResult &result_;
};

class InventoryAction : public clang::ASTFrontendAction {
 public:
  InventoryAction(const InventorySetup &setup, VulnTuResult &result)
      : setup_(setup), result_(result), wanted_(setup.libraries->macros()) {}

  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance &compiler, llvm::StringRef) override {
    compiler.getPreprocessor().addPPCallbacks(
        std::make_unique<FactRecorder>(compiler.getPreprocessor(), wanted_, facts_));
    return std::make_unique<InventoryConsumer>(setup_, facts_, result_);
  }

 private:
  const InventorySetup &setup_;
  VulnTuResult &result_;
  std::set<std::string> wanted_;
  PreprocessorFacts facts_;
};

}  // namespace

VulnTuResult inventoryTu(const TuJob &job, const InventorySetup &setup) {
  VulnTuResult result;
  result.file = job.file;
  result.failed = !runFrontendAction(job, std::make_unique<InventoryAction>(setup, result), result.notifications);
  return result;
}

std::vector<VulnTuResult> inventoryAll(const std::vector<TuJob> &jobs, unsigned threads, const InventorySetup &setup) {
  std::vector<VulnTuResult> results(jobs.size());
  runParallel(jobs.size(), threads, [&](size_t index) {
    llvm::CrashRecoveryContext recovery;
    if (recovery.RunSafely([&] { results[index] = inventoryTu(jobs[index], setup); })) return;
    results[index] = VulnTuResult{};
    results[index].file = jobs[index].file;
    results[index].failed = true;
    results[index].notifications.push_back({Notification::Level::Error,
                                            "the compiler front end crashed while reading " + jobs[index].file +
                                                "; its calls are missing, the other TUs were read",
                                            jobs[index].file, 0, 0});
  });
  return results;
}

}  // namespace cppsec
