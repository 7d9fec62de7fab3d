#include "analysis/PatternRule.h"

#include <optional>
#include <regex>
#include <set>

#include "analysis/FindingCollector.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/Dynamic/Diagnostics.h"
#include "clang/ASTMatchers/Dynamic/Parser.h"
#include "clang/Lex/Lexer.h"
#include "llvm/Support/GlobPattern.h"
#include "util/InputError.h"

namespace cppsec {
namespace {

namespace dynamic = clang::ast_matchers::dynamic;

// "1:17: Error parsing ..." from the matcher parser, placed in the pack file: the expression's
// first line starts at `at`, later lines at the block's indentation (or column 1).
[[noreturn]] void failAt(const RuleDefinition &definition, const RuleDefinition::TextAt &at, const std::string &what,
                         const std::string &diagnostic) {
  static const std::regex position(R"(^(\d+):(\d+): ?)");
  std::smatch match;
  unsigned line = at.line, column = at.column;
  std::string message = diagnostic;
  if (std::regex_search(diagnostic, match, position)) {
    unsigned exprLine = std::stoul(match[1]), exprColumn = std::stoul(match[2]);
    line += exprLine - 1;
    column = exprLine == 1 ? column + exprColumn - 1 : at.indent + exprColumn;
    message = match.suffix();
  }
  std::replace(message.begin(), message.end(), '\n', ' ');
  throw InputError(definition.file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": rule " +
                   definition.id + ": " + what + ": " + message);
}

class PatternRule : public Rule {
 public:
  PatternRule(RuleInfo info, const RuleDefinition &definition) : Rule(std::move(info)), definition_(definition) {
    dynamic::Parser::NamedValueMap values;
    const RuleDefinition::TextAt matchAt{definition.matchLine, definition.matchColumn, definition.matchIndent};
    for (size_t i = 0; i < definition.lets.size(); ++i) {
      const auto &[name, code] = definition.lets[i];
      dynamic::Diagnostics diagnostics;
      dynamic::VariantValue value;
      llvm::StringRef text(code);
      if (!dynamic::Parser::parseExpression(text, nullptr, &values, &value, &diagnostics))
        failAt(definition, i < definition.letsAt.size() ? definition.letsAt[i] : matchAt, "let " + name,
               diagnostics.toString());
      values[name] = value;
    }
    dynamic::Diagnostics diagnostics;
    llvm::StringRef text(definition.match);
    auto matcher = dynamic::Parser::parseMatcherExpression(text, nullptr, &values, &diagnostics);
    if (!matcher) failAt(definition, matchAt, "match", diagnostics.toString());
    auto bound = matcher->tryBind("root");
    if (!bound) failAt(definition, matchAt, "match", "this matcher cannot be bound to a node");
    matcher_.emplace(*bound);
    for (size_t i = 0; i < definition.unless.size(); ++i) {
      dynamic::Diagnostics unlessDiagnostics;
      llvm::StringRef unlessText(definition.unless[i]);
      const RuleDefinition::TextAt &at = i < definition.unlessAt.size() ? definition.unlessAt[i] : matchAt;
      auto excuse = dynamic::Parser::parseMatcherExpression(unlessText, nullptr, &values, &unlessDiagnostics);
      if (!excuse) failAt(definition, at, "unless", unlessDiagnostics.toString());
      excuses_.push_back(*excuse);
    }
    checkBoundNames(definition, matchAt);
    for (const auto &glob : definition.paths) paths_.push_back(compileGlob(glob));
    for (const auto &glob : definition.pathsIgnore) ignored_.push_back(compileGlob(glob));
  }

  void checkFunction(FunctionContext &, FindingCollector &) const override {}

  void checkTranslationUnit(clang::ASTContext &context, FindingCollector &findings) const override {
    // The callback lives for this TU only, so that worker threads share nothing.
    struct Callback : clang::ast_matchers::MatchFinder::MatchCallback {
      Callback(const PatternRule &rule, FindingCollector &findings) : rule(rule), findings(findings) {}
      void run(const clang::ast_matchers::MatchFinder::MatchResult &result) override { rule.onMatch(result, findings); }
      const PatternRule &rule;
      FindingCollector &findings;
    } callback(*this, findings);
    if (!matcher_) return;  // the constructor throws when the matcher does not compile
    clang::ast_matchers::MatchFinder finder;
    finder.addDynamicMatcher(*matcher_, &callback);
    finder.matchAST(context);
  }

  // Whether an `unless` matcher matches the reported node itself (its ancestors and children
  // through hasAncestor, hasArgument...).
  bool excused(const clang::DynTypedNode &node, clang::ASTContext &context) const {
    if (excuses_.empty()) return false;
    struct Seen : clang::ast_matchers::MatchFinder::MatchCallback {
      void run(const clang::ast_matchers::MatchFinder::MatchResult &) override { matched = true; }
      bool matched = false;
    } seen;
    clang::ast_matchers::MatchFinder finder;
    for (const auto &excuse : excuses_) finder.addDynamicMatcher(excuse, &seen);
    finder.match(node, context);
    return seen.matched;
  }

  void onMatch(const clang::ast_matchers::MatchFinder::MatchResult &result, FindingCollector &findings) const {
    const std::string reported = definition_.report.empty() ? "root" : definition_.report;
    auto found = result.Nodes.getMap().find(reported);
    if (found == result.Nodes.getMap().end()) return;
    clang::SourceRange range = found->second.getSourceRange();
    const auto &sources = result.Context->getSourceManager();
    clang::SourceLocation where = sources.getExpansionLoc(range.getBegin());
    if (where.isInvalid()) return;
    std::string file = std::string(sources.getFilename(where));
    if (!paths_.empty() && !matchesAny(paths_, file)) return;
    if (matchesAny(ignored_, file)) return;
    if (excused(found->second, *result.Context)) return;
    std::string message = definition_.message;
    for (const auto &[name, node] : result.Nodes.getMap()) {
      std::string placeholder = "{" + name + "}";
      for (size_t at = message.find(placeholder); at != std::string::npos; at = message.find(placeholder))
        message.replace(at, placeholder.size(), describe(node, *result.Context));
    }
    findings.reportIn(info(), enclosingFunction(found->second, *result.Context), range, message, info().confidence);
  }

 private:
  // `report` and the message's {name}s must name nodes the expressions bind, or the rule
  // would silently never report (report) or print the braces (message).
  static void checkBoundNames(const RuleDefinition &definition, const RuleDefinition::TextAt &at) {
    std::set<std::string> bound{"root"};
    static const std::regex binding(R"re(bind\(\s*"([^"]+)"\s*\))re");
    auto collect = [&](const std::string &code) {
      for (std::sregex_iterator it(code.begin(), code.end(), binding), end; it != end; ++it) bound.insert((*it)[1]);
    };
    collect(definition.match);
    for (const auto &[name, code] : definition.lets) collect(code);
    auto known = [&] {
      std::string list;
      for (const auto &name : bound) list += (list.empty() ? "" : ", ") + name;
      return list;
    };
    if (!definition.report.empty() && !bound.count(definition.report))
      failAt(definition, at, "report",
             "'" + definition.report + "' is not bound by the matcher (bound: " + known() + "; bind with .bind(\"" +
                 definition.report + "\"))");
    static const std::regex placeholder(R"(\{([A-Za-z_][A-Za-z0-9_]*)\})");
    const std::string &message = definition.message;
    for (std::sregex_iterator it(message.begin(), message.end(), placeholder), end; it != end; ++it)
      if (!bound.count((*it)[1]))
        failAt(definition, at, "message",
               "{" + (*it)[1].str() + "} is not bound by the matcher (bound: " + known() + ")");
  }

  static llvm::GlobPattern compileGlob(const std::string &glob) {
    auto pattern = llvm::GlobPattern::create(glob);
    if (!pattern) throw InputError("invalid path glob '" + glob + "': " + llvm::toString(pattern.takeError()));
    return std::move(*pattern);
  }

  // A glob matches a file when it matches the path from some folder down: `tools/**` matches
  // /src/project/tools/gen.cpp.
  static bool matchesAny(const std::vector<llvm::GlobPattern> &globs, const std::string &file) {
    for (const auto &glob : globs)
      for (size_t at = 0; at != std::string::npos; at = file.find('/', at + 1)) {
        llvm::StringRef tail = llvm::StringRef(file).substr(at == 0 && file[0] != '/' ? 0 : at + 1);
        if (glob.match(tail)) return true;
        if (at + 1 >= file.size()) break;
      }
    return false;
  }

  static std::string describe(const clang::DynTypedNode &node, clang::ASTContext &context) {
    if (const auto *named = node.get<clang::NamedDecl>()) return named->getQualifiedNameAsString();
    if (const auto *type = node.get<clang::QualType>()) return type->getAsString();
    clang::SourceRange range = node.getSourceRange();
    const auto &sources = context.getSourceManager();
    auto text = clang::Lexer::getSourceText(
        clang::CharSourceRange::getTokenRange(sources.getFileLoc(range.getBegin()), sources.getFileLoc(range.getEnd())),
        sources, context.getLangOpts());
    return text.size() > 60 ? text.substr(0, 57).str() + "..." : text.str();
  }

  static const clang::FunctionDecl *enclosingFunction(const clang::DynTypedNode &node, clang::ASTContext &context) {
    clang::DynTypedNode current = node;
    for (unsigned depth = 0; depth < 64; ++depth) {
      auto parents = context.getParents(current);
      if (parents.empty()) return nullptr;
      current = parents[0];
      if (const auto *function = current.get<clang::FunctionDecl>()) return function;
    }
    return nullptr;
  }

  RuleDefinition definition_;
  std::optional<clang::ast_matchers::internal::DynTypedMatcher> matcher_;
  std::vector<llvm::GlobPattern> paths_, ignored_;
  std::vector<clang::ast_matchers::internal::DynTypedMatcher> excuses_;
};

}  // namespace

std::unique_ptr<Rule> makePatternRule(RuleInfo info, const RuleDefinition &definition) {
  return std::make_unique<PatternRule>(std::move(info), definition);
}

}  // namespace cppsec
