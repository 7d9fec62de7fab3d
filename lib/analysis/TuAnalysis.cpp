#include "analysis/TuAnalysis.h"

#include <map>
#include <utility>

#include "analysis/FindingCollector.h"
#include "analysis/FunctionContext.h"
#include "analysis/Rule.h"
#include "analysis/Suppressions.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Tooling/Tooling.h"
#include "driver/PathFilter.h"
#include "llvm/Support/VirtualFileSystem.h"

namespace cppsec {
namespace {

constexpr size_t kMaxOverriddenMethods = 16;  // a bound on the base classes a method is followed into

struct CommentAt {
  clang::SourceRange range;
  SuppressionComment comment;
};
// file -> line -> the suppression comment on that line
using CommentMap = std::map<std::string, std::map<unsigned, CommentAt>>;

// Sees every comment the preprocessor lexes; keeps those that mention cppsec:ignore.
class SuppressionCommentHandler : public clang::CommentHandler {
 public:
  explicit SuppressionCommentHandler(CommentMap &comments) : comments_(comments) {}

  bool HandleComment(clang::Preprocessor &preprocessor, clang::SourceRange range) override {
    const auto &sources = preprocessor.getSourceManager();
    if (sources.isInSystemHeader(range.getBegin())) return false;
    bool invalid = false;
    const char *begin = sources.getCharacterData(range.getBegin(), &invalid);
    if (invalid) return false;
    llvm::StringRef text(begin, sources.getFileOffset(range.getEnd()) - sources.getFileOffset(range.getBegin()));
    if (!text.contains("cppsec:ignore")) return false;
    auto parsed = parseSuppressionComment(text);
    std::string file = absoluteFilePath(sources, sources.getFileID(range.getBegin()));
    if (!parsed || file.empty()) return false;
    unsigned line = sources.getSpellingLineNumber(range.getBegin());
    comments_[file][line] = {range, std::move(*parsed)};
    return false;
  }

 private:
  CommentMap &comments_;
};

// Collects the function definitions worth analysing: not templates' dependent patterns
// (their instantiations are analysed), not system or excluded code.
class FunctionFinder : public clang::RecursiveASTVisitor<FunctionFinder> {
 public:
  explicit FunctionFinder(FindingCollector &collector, const clang::SourceManager &sources)
      : collector_(collector), sources_(sources) {}
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitLambdaBodies() const { return true; }

  // System headers and excluded files hold most of a TU's declarations; never walk them.
  bool TraverseDecl(clang::Decl *decl) {
    if (decl && !llvm::isa<clang::TranslationUnitDecl>(decl) && !wantedLocation(decl->getLocation())) return true;
    return clang::RecursiveASTVisitor<FunctionFinder>::TraverseDecl(decl);
  }

  bool VisitFunctionDecl(clang::FunctionDecl *function) {
    if (function->doesThisDeclarationHaveABody() && !function->isDependentContext() && wanted(function))
      functions.push_back(function);
    return true;
  }
  bool VisitLambdaExpr(clang::LambdaExpr *lambda) {
    clang::CXXMethodDecl *call = lambda->getCallOperator();
    if (call && call->hasBody() && !call->isDependentContext() && wanted(call)) functions.push_back(call);
    return true;
  }

  // Globals, static members and fields with default initializers.
  bool VisitVarDecl(clang::VarDecl *var) {
    if (!var->isLocalVarDeclOrParm() && var->hasInit() && !var->getDeclContext()->isDependentContext() &&
        !llvm::isa<clang::VarTemplateSpecializationDecl>(var) && wantedLocation(var->getLocation()))
      declarations.push_back(var);
    return true;
  }
  bool VisitFieldDecl(clang::FieldDecl *field) {
    if (field->hasInClassInitializer() && !field->getDeclContext()->isDependentContext() &&
        wantedLocation(field->getLocation()))
      declarations.push_back(field);
    return true;
  }

  std::vector<const clang::FunctionDecl *> functions;
  std::vector<const clang::DeclaratorDecl *> declarations;

 private:
  bool wantedLocation(clang::SourceLocation location) {
    if (location.isInvalid()) return false;
    clang::FileID file = sources_.getFileID(sources_.getFileLoc(location));
    auto [cached, inserted] = wantedFiles_.try_emplace(file, false);
    if (inserted) cached->second = collector_.reportable(location);
    return cached->second;
  }
  bool wanted(const clang::FunctionDecl *function) {
    return wantedLocation(function->getLocation()) && wantedFunctions_.insert(function).second;
  }

  FindingCollector &collector_;
  const clang::SourceManager &sources_;
  llvm::DenseMap<clang::FileID, bool> wantedFiles_;
  llvm::DenseSet<const clang::Decl *> wantedFunctions_;
};

void applySuppressions(const CommentMap &comments, std::vector<Finding> &findings) {
  for (auto &finding : findings) {
    auto file = comments.find(finding.pos.file);
    if (file == comments.end()) continue;
    for (unsigned line : {finding.pos.line, finding.pos.line - 1}) {
      auto at = file->second.find(line);
      if (at == file->second.end() || !at->second.comment.names(finding.ruleId)) continue;
      finding.suppression = Suppression{at->second.comment.justification};
      break;
    }
  }
}

void reportInvalidSuppressions(const CommentMap &comments, const AnalysisSetup &setup, FindingCollector &collector) {
  for (const auto &[file, lines] : comments) {
    for (const auto &[line, at] : lines) {
      const SuppressionComment &comment = at.comment;
      std::string problem;
      if (!comment.hasRuleId())
        problem =
            "suppression comment names no rule id, so it suppresses nothing; write "
            "'cppsec:ignore CPP201 -- why this is safe'";
      else if (!comment.hasJustification() && setup.requireJustification)
        problem =
            "suppression comment gives no justification; add one after '--' so reviewers know why the "
            "finding is safe";
      if (!problem.empty()) collector.report(setup.invalidSuppression, nullptr, at.range, problem, Confidence::High);
    }
  }
}

// A post-order walk of the call graph among the TU's own functions: callees come before
// their callers. Deterministic: roots are taken in the order the functions were found.
std::vector<size_t> calleesFirst(const std::vector<std::unique_ptr<FunctionContext>> &functions) {
  llvm::DenseMap<const clang::Decl *, size_t> indexOf;
  for (size_t i = 0; i < functions.size(); ++i) indexOf[functions[i]->function().getCanonicalDecl()] = i;
  std::vector<std::vector<size_t>> callees(functions.size());
  for (size_t i = 0; i < functions.size(); ++i)
    for (const clang::Expr *call : functions[i]->calls())
      if (const auto *callee = viewCall(call).callee)
        if (auto found = indexOf.find(callee->getCanonicalDecl()); found != indexOf.end())
          callees[i].push_back(found->second);
  std::vector<size_t> order;
  std::vector<char> state(functions.size(), 0);  // 0 new, 1 on the stack, 2 done
  for (size_t root = 0; root < functions.size(); ++root) {
    if (state[root]) continue;
    std::vector<std::pair<size_t, size_t>> stack{{root, 0}};
    state[root] = 1;
    while (!stack.empty()) {
      auto &[node, next] = stack.back();
      if (next < callees[node].size()) {
        size_t callee = callees[node][next++];
        if (!state[callee]) {
          state[callee] = 1;
          stack.emplace_back(callee, 0);
        }
        continue;
      }
      state[node] = 2;
      order.push_back(node);
      stack.pop_back();
    }
  }
  return order;
}

class AnalysisConsumer : public clang::ASTConsumer {
 public:
  AnalysisConsumer(const AnalysisSetup &setup, TuResult &result, CommentMap &comments)
      : setup_(setup), result_(result), comments_(comments) {}

  void HandleTranslationUnit(clang::ASTContext &context) override {
    FindingCollector collector(context, *setup_.paths);
    FunctionFinder finder(collector, context.getSourceManager());
    finder.TraverseAST(context);
    NameCache names;
    SummaryTable summaries;
    std::vector<std::unique_ptr<FunctionContext>> functions;
    functions.reserve(finder.functions.size());
    for (const auto *function : finder.functions)
      functions.push_back(std::make_unique<FunctionContext>(*function, context, *setup_.models, names, &summaries));
    // Callees first, so that every call site sees its callee's summary (within recursion,
    // the first function of the cycle is summarised without the others).
    std::vector<size_t> order = calleesFirst(functions);
    for (size_t index : order) {
      FunctionContext &function = *functions[index];
      FunctionSummary summary = function.summarize();
      for (const Rule *rule : setup_.rules) rule->summarize(function, summary);
      summaries[function.function().getCanonicalDecl()] = std::move(summary);
    }
    // Fields: what one method stores, another reads.
    MemberTable members;
    for (size_t index : order) functions[index]->collectMemberWrites(members);
    if (!members.empty())
      for (auto &function : functions) function->useMembers(&members);
    for (size_t index : order)
      for (const Rule *rule : setup_.rules) rule->checkFunction(*functions[index], collector);
    for (const auto *declaration : finder.declarations)
      for (const Rule *rule : setup_.rules)
        rule->checkDeclaration(*declaration, context, *setup_.models, names, collector);
    for (const Rule *rule : setup_.rules) rule->checkTranslationUnit(context, collector);
    for (size_t index : order) exportSummary(*functions[index], summaries, collector);
    if (setup_.reportInvalidSuppressions) reportInvalidSuppressions(comments_, setup_, collector);
    result_.findings = collector.take();
    applySuppressions(comments_, result_.findings);
    result_.pending = collector.takePending();
    for (auto &pending : result_.pending) {
      std::vector<Finding> one{std::move(pending.finding)};
      applySuppressions(comments_, one);
      pending.finding = std::move(one.front());
    }
  }

 private:
  // Functions other TUs can call get a plain-data summary for the merge step.
  void exportSummary(FunctionContext &function, const SummaryTable &summaries, FindingCollector &collector) {
    const clang::FunctionDecl &decl = function.function();
    auto found = summaries.find(decl.getCanonicalDecl());
    if (found == summaries.end()) return;
    const FunctionSummary &summary = found->second;
    exportStoredGlobals(function, summary, collector);
    if (!decl.isExternallyVisible()) return;
    ExportedSummary exported;
    exported.usr = function.usrOf(&decl);
    exported.name = decl.getNameAsString();
    exported.returnsBuilt = summary.returns == ValueClass::Built;
    exported.returnJoins = summary.returnJoins;
    if (exported.returnsBuilt) {
      exported.returnPart = summary.returnPart;
      exported.returnSite = collector.position(summary.returnSite);
    }
    for (const auto *callee : summary.returnsResultOf) exported.returnsResultOf.push_back(function.usrOf(callee));
    for (const auto &sink : summary.paramSinks)
      exported.paramSinks.push_back({sink.param, sink.kind, sink.sink, collector.position(sink.site), sink.field});
    for (const auto &call : summary.paramCalls)
      exported.paramCalls.push_back(
          {call.param, function.usrOf(call.callee), call.callee->getNameAsString(), call.arg});
    for (const auto &[kind, source] : summary.returnedSources)
      exported.returned.push_back({kind, source.description, collector.position(source.site), source.reported});
    if (const auto *method = llvm::dyn_cast<clang::CXXMethodDecl>(&decl)) {
      std::vector<const clang::CXXMethodDecl *> bases(method->begin_overridden_methods(),
                                                      method->end_overridden_methods());
      for (size_t index = 0; index < bases.size() && index < kMaxOverriddenMethods; ++index) {
        exported.overrides.push_back(function.usrOf(bases[index]));
        bases.insert(bases.end(), bases[index]->begin_overridden_methods(), bases[index]->end_overridden_methods());
      }
    }
    bool useful = exported.returnsBuilt || !exported.returnJoins.empty() || !exported.returnsResultOf.empty() ||
                  !exported.paramSinks.empty() || !exported.paramCalls.empty() || !exported.returned.empty();
    if (useful && !exported.usr.empty()) result_.summaries.push_back(std::move(exported));
  }

  // A global another TU reads is exported as a summary of its own, under the global's USR, as
  // if it were a function returning what was stored in it.
  void exportStoredGlobals(FunctionContext &function, const FunctionSummary &summary, FindingCollector &collector) {
    for (const auto &stored : summary.storedGlobals) {
      ExportedSummary exported;
      exported.usr = function.usrOf(stored.global);
      exported.name = function.function().getNameAsString();  // the merge step's flow names the storing function
      exported.returned.push_back(
          {stored.kind, stored.source.description, collector.position(stored.source.site), stored.source.reported});
      if (!exported.usr.empty()) result_.summaries.push_back(std::move(exported));
    }
  }

  const AnalysisSetup &setup_;
  TuResult &result_;
  CommentMap &comments_;
};

class AnalysisAction : public clang::ASTFrontendAction {
 public:
  AnalysisAction(const AnalysisSetup &setup, TuResult &result) : setup_(setup), result_(result), handler_(comments_) {}

  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance &compiler, llvm::StringRef) override {
    compiler.getPreprocessor().addCommentHandler(&handler_);
    return std::make_unique<AnalysisConsumer>(setup_, result_, comments_);
  }

 private:
  const AnalysisSetup &setup_;
  TuResult &result_;
  CommentMap comments_;
  SuppressionCommentHandler handler_;
};

// Counts errors and keeps the first one, which is what users need to fix their build.
class ErrorCollector : public clang::DiagnosticConsumer {
 public:
  void HandleDiagnostic(clang::DiagnosticsEngine::Level level, const clang::Diagnostic &info) override {
    clang::DiagnosticConsumer::HandleDiagnostic(level, info);
    if (level < clang::DiagnosticsEngine::Error || !first.message.empty()) return;
    llvm::SmallString<128> text;
    info.FormatDiagnostic(text);
    first.message = text.str().str();
    if (info.hasSourceManager() && info.getLocation().isValid()) {
      const auto &sources = info.getSourceManager();
      auto location = sources.getFileLoc(info.getLocation());
      first.file = absoluteFilePath(sources, sources.getFileID(location));
      if (!first.file.empty()) {
        first.line = sources.getSpellingLineNumber(location);
        first.column = sources.getSpellingColumnNumber(location);
      }
    }
  }
  Notification first;
};

}  // namespace

bool runFrontendAction(const TuJob &job, std::unique_ptr<clang::FrontendAction> action,
                       std::vector<Notification> &notes) {
  // A file system of its own per TU: the working directory is per compile command and
  // must not be the process's, which other workers share.
  auto fileSystem = llvm::vfs::createPhysicalFileSystem();
  if (std::error_code error = fileSystem->setCurrentWorkingDirectory(job.directory)) {
    notes.push_back({Notification::Level::Error,
                     "cannot enter the compile command's directory " + job.directory + ": " + error.message(), job.file,
                     0, 0});
    return false;
  }
  llvm::IntrusiveRefCntPtr<clang::FileManager> files(
      new clang::FileManager(clang::FileSystemOptions(), std::move(fileSystem)));
  ErrorCollector errors;
  clang::tooling::ToolInvocation invocation(job.commandLine, std::move(action), files.get());
  invocation.setDiagnosticConsumer(&errors);
  bool ran = invocation.run();
  if (ran && errors.getNumErrors() == 0) return true;
  Notification failure = errors.first;
  failure.level = Notification::Level::Error;
  std::string count =
      errors.getNumErrors() > 1 ? " (and " + std::to_string(errors.getNumErrors() - 1) + " more errors)" : "";
  failure.message = "failed to parse " + job.file + ": " +
                    (failure.message.empty() ? std::string("the compiler front end gave up") : failure.message) + count;
  notes.push_back(std::move(failure));
  return false;
}

TuResult analyseTu(const TuJob &job, const AnalysisSetup &setup) {
  TuResult result;
  result.file = job.file;
  result.failed = !runFrontendAction(job, std::make_unique<AnalysisAction>(setup, result), result.notifications);
  return result;
}

}  // namespace cppsec
