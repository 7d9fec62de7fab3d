#include "analysis/FindingCollector.h"

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "driver/PathFilter.h"

namespace cppsec {

std::string absoluteFilePath(const clang::SourceManager &sources, clang::FileID file) {
  auto entry = sources.getFileEntryRefForID(file);
  if (!entry) return {};
  llvm::SmallString<256> path(entry->getName());
  sources.getFileManager().makeAbsolutePath(path);
  return normalisePath(path.str(), "");
}

bool FindingCollector::reportable(clang::SourceLocation location) {
  const auto &sources = context_.getSourceManager();
  location = sources.getFileLoc(location);
  if (location.isInvalid() || sources.isInSystemHeader(location)) return false;
  std::string file = absoluteFilePath(sources, sources.getFileID(location));
  return !file.empty() && !paths_.excluded(file);
}

SourcePos FindingCollector::position(clang::SourceRange range) const {
  const auto &sources = context_.getSourceManager();
  clang::SourceLocation begin = sources.getFileLoc(range.getBegin());
  clang::SourceLocation end = sources.getFileLoc(range.getEnd());
  // The end of a token range is the start of its last token; SARIF wants the column after it.
  end = clang::Lexer::getLocForEndOfToken(end, 0, sources, context_.getLangOpts());
  SourcePos pos;
  pos.file = absoluteFilePath(sources, sources.getFileID(begin));
  if (pos.file.empty()) return pos;
  pos.line = sources.getSpellingLineNumber(begin);
  pos.column = sources.getSpellingColumnNumber(begin);
  if (end.isValid() && sources.getFileID(end) == sources.getFileID(begin)) {
    pos.endLine = sources.getSpellingLineNumber(end);
    pos.endColumn = sources.getSpellingColumnNumber(end);
  } else {
    pos.endLine = pos.line;
    pos.endColumn = pos.column + 1;
  }
  return pos;
}

std::string FindingCollector::lineText(clang::SourceLocation location) const {
  const auto &sources = context_.getSourceManager();
  location = sources.getFileLoc(location);
  bool invalid = false;
  llvm::StringRef buffer = sources.getBufferData(sources.getFileID(location), &invalid);
  if (invalid) return {};
  unsigned offset = sources.getFileOffset(location);
  size_t start = buffer.rfind('\n', offset == 0 ? 0 : offset - 1);
  start = (start == llvm::StringRef::npos || offset == 0) ? 0 : start + 1;
  size_t end = buffer.find('\n', offset);
  std::string line = buffer.slice(start, end == llvm::StringRef::npos ? buffer.size() : end).str();
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

// The enclosing function as users name it; a lambda is named after the function it is in
// ("handlers::login::<lambda>") rather than its closure type's operator().
std::string FindingCollector::displayName(const clang::FunctionDecl &function) {
  const auto *method = llvm::dyn_cast<clang::CXXMethodDecl>(&function);
  if (!method || !method->getParent()->isLambda()) return function.getQualifiedNameAsString();
  const clang::DeclContext *outer = method->getParent()->getDeclContext();
  while (outer && !llvm::isa<clang::FunctionDecl>(outer) && !llvm::isa<clang::NamespaceDecl>(outer) &&
         !llvm::isa<clang::TranslationUnitDecl>(outer))
    outer = outer->getParent();
  if (const auto *enclosing = llvm::dyn_cast_or_null<clang::FunctionDecl>(outer))
    return displayName(*enclosing) + "::<lambda>";
  return "<lambda>";
}

void FindingCollector::report(const RuleInfo &rule, const FunctionContext *function, clang::SourceRange where,
                              std::string message, Confidence confidence, const std::vector<FlowNote> &flow) {
  if (!reportable(where.getBegin())) return;
  Finding finding;
  finding.ruleId = rule.id;
  finding.message = std::move(message);
  finding.severity = rule.severity;
  finding.confidence = confidence;
  finding.pos = position(where);
  finding.snippet = lineText(where.getBegin());
  if (function) finding.function = displayName(function->function());
  for (const auto &note : flow) {
    if (note.range.isInvalid()) continue;
    finding.flow.push_back({position(note.range), note.message});
  }
  findings_.push_back(std::move(finding));
}

void FindingCollector::reportIn(const RuleInfo &rule, const clang::FunctionDecl *enclosing, clang::SourceRange where,
                                std::string message, Confidence confidence, const std::vector<FlowNote> &flow) {
  size_t before = findings_.size();
  report(rule, nullptr, where, std::move(message), confidence, flow);
  if (findings_.size() > before && enclosing) findings_.back().function = displayName(*enclosing);
}

void FindingCollector::reportPending(PendingFinding pending, const RuleInfo &rule, const FunctionContext *function,
                                     clang::SourceRange where, std::string message, Confidence confidence,
                                     const std::vector<FlowNote> &flow) {
  size_t before = findings_.size();
  report(rule, function, where, std::move(message), confidence, flow);
  if (findings_.size() == before) return;  // not reportable here
  pending.finding = std::move(findings_.back());
  findings_.pop_back();
  pending_.push_back(std::move(pending));
}

}  // namespace cppsec
