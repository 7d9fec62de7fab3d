// CPP102 bind-all-interfaces: a server bound to every interface from a literal. The calls
// are model data (rules/models/bind-address.yaml); this file adds the wildcard constants
// stored into a socket address (addr.sin_addr.s_addr = htonl(INADDR_ANY)).
#include "analysis/CallCheckRule.h"
#include "analysis/FindingCollector.h"
#include "analysis/FunctionContext.h"
#include "analysis/Names.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "rules/BuiltInRules.h"

namespace cppsec {
namespace {

class BindAllInterfaces : public CallCheckRule {
 public:
  explicit BindAllInterfaces(const ModelIndex &models)
      : CallCheckRule({.id = "CPP102",
                       .name = "bind-all-interfaces",
                       .shortDescription = "Server bound to every network interface",
                       .fullDescription =
                           "A listening socket or server is bound to the wildcard address (0.0.0.0, ::, "
                           "INADDR_ANY, in6addr_any, asio's tcp::v4()) written in the code. A service meant "
                           "for localhost or an internal network then also answers on every public address "
                           "of the machine. Bind to 127.0.0.1 or to an address taken from configuration.",
                       .cwes = {200},
                       .severity = Severity::Medium,
                       .confidence = Confidence::High,
                       .tags = {"security", "network"},
                       .help = {}}),
        anyConstants_(models.models().list("bind-any-constants")),
        internalWords_(models.models().list("internal-service-words"), {}, true) {}

  // A wildcard bind is what a public service does on purpose; it matters where the function or
  // the file says the listener is internal (metrics, admin, debug).
  Confidence confidenceFor(FunctionContext &function) const {
    std::string names = function.function().getQualifiedNameAsString();
    const auto &sources = function.astContext().getSourceManager();
    clang::SourceLocation where = sources.getExpansionLoc(function.function().getLocation());
    if (auto file = sources.getFileEntryRefForID(sources.getFileID(where)))
      names += "_" + llvm::sys::path::stem(file->getName()).str();
    for (char &c : names)
      if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    return internalWords_.match(names).empty() ? Confidence::Low : Confidence::High;
  }

 protected:
  bool accept(FunctionContext &function, const CallView &, const CallCheck &check,
              Confidence &confidence) const override {
    if (!check.confidence) confidence = confidenceFor(function);
    return true;
  }

 public:
  void checkFunction(FunctionContext &function, FindingCollector &findings) const override {
    CallCheckRule::checkFunction(function, findings);
    if (!function.function().getBody()) return;
    AssignmentFinder finder(*this, function, findings);
    finder.TraverseStmt(function.function().getBody());
  }

 private:
  class AssignmentFinder : public clang::RecursiveASTVisitor<AssignmentFinder> {
   public:
    AssignmentFinder(const BindAllInterfaces &rule, FunctionContext &function, FindingCollector &findings)
        : rule_(rule), function_(function), findings_(findings) {}
    bool VisitBinaryOperator(clang::BinaryOperator *op) {
      if (op->getOpcode() == clang::BO_Assign) check(op, op->getLHS(), op->getRHS());
      return true;
    }
    // In C++ a whole struct is assigned by its operator= (a6.sin6_addr = in6addr_any).
    bool VisitCXXOperatorCallExpr(clang::CXXOperatorCallExpr *call) {
      if (call->getOperator() == clang::OO_Equal && call->getNumArgs() == 2)
        check(call, call->getArg(0), call->getArg(1));
      return true;
    }

   private:
    void check(const clang::Expr *assignment, const clang::Expr *target, const clang::Expr *value) {
      const auto *field = llvm::dyn_cast<clang::MemberExpr>(target->IgnoreParenImpCasts());
      if (!field) return;
      std::string fieldName = field->getMemberDecl()->getNameAsString();
      if (fieldName != "s_addr" && fieldName != "sin6_addr" && fieldName != "sin_addr") return;
      if (!rule_.isWildcard(function_, value)) return;
      if (findings_.firstAt(rule_.info(), assignment->getBeginLoc()))
        findings_.report(rule_.info(), &function_, assignment->getSourceRange(),
                         "the socket address is the wildcard address: the server listens on every network "
                         "interface; bind to 127.0.0.1 or a configured address",
                         rule_.confidenceFor(function_));
    }

    const BindAllInterfaces &rule_;
    FunctionContext &function_;
    FindingCollector &findings_;
  };

  // INADDR_ANY, htonl(INADDR_ANY), in6addr_any.
  bool isWildcard(FunctionContext &function, const clang::Expr *value) const {
    value = stripWrappers(value);
    CallView call = viewCall(value);
    if (call.callee && call.args.size() == 1) {
      std::string name = call.callee->getNameAsString();
      if (name == "htonl" || name == "__bswap_32") value = stripWrappers(call.args[0]);
    }
    std::string name = function.constantName(value);
    if (name.empty()) name = designatedName(value);
    return std::find(anyConstants_.begin(), anyConstants_.end(), name) != anyConstants_.end();
  }

  std::vector<std::string> anyConstants_;
  SensitiveNames internalWords_;
};

}  // namespace

std::unique_ptr<Rule> makeBindAllInterfaces(const ModelIndex &models) {
  return std::make_unique<BindAllInterfaces>(models);
}

}  // namespace cppsec
