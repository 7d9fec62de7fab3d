// CPP210 format-string: a printf-family format (or fmt::runtime text) that is not constant.
// The calls are model data (rules/models/format-string.yaml); this file knows the formats
// that are fine where they stand: a wrapper's own format parameter, and translated text.
#include "analysis/CallCheckRule.h"
#include "analysis/FunctionContext.h"
#include "clang/AST/Attr.h"
#include "rules/BuiltInRules.h"

namespace cppsec {
namespace {

class FormatString : public CallCheckRule {
 public:
  FormatString()
      : CallCheckRule({.id = "CPP210",
                       .name = "format-string",
                       .shortDescription = "Format string that is not a literal",
                       .fullDescription =
                           "A printf-family function, syslog, or fmt/std::format through runtime(), gets a "
                           "format that is read or built at run time. Conversions in it that the caller did "
                           "not plan for read the stack (%s, %x) or write memory (%n). Pass text as an argument "
                           "to a literal format: printf(\"%s\", text).",
                       .cwes = {134},
                       .severity = Severity::High,
                       .confidence = Confidence::High,
                       .tags = {"security", "injection", "memory"},
                       .help = {}}) {}

 protected:
  bool accept(FunctionContext &function, const CallView &call, const CallCheck &check, Confidence &) const override {
    if (check.when.empty() || !check.when.front().arg || *check.when.front().arg >= call.args.size()) return true;
    const clang::Expr *format = stripWrappers(call.args[*check.when.front().arg]);
    // Translated text (gettext("..."), _("...")): the catalogue is part of the program.
    CallView producer = viewCall(format);
    if (producer.callee && function.models().inList("format-translators", producer.callee, function.names()))
      return false;
    const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(format);
    const auto *param = ref ? llvm::dyn_cast<clang::ParmVarDecl>(ref->getDecl()) : nullptr;
    // A wrapper's own format parameter: its callers are where the literal belongs, and
    // -Wformat checks them when the wrapper carries the format attribute.
    return !(param && isFormatWrapper(function.function()));
  }

 private:
  static bool isFormatWrapper(const clang::FunctionDecl &function) {
    if (function.isVariadic() || function.hasAttr<clang::FormatAttr>()) return true;
    for (const clang::ParmVarDecl *param : function.parameters()) {
      std::string type = param->getType().getAsString();
      if (type.find("va_list") != std::string::npos || type.find("__va_list_tag") != std::string::npos) return true;
    }
    return false;
  }
};

}  // namespace

std::unique_ptr<Rule> makeFormatString(const ModelIndex &) {
  return std::make_unique<FormatString>();
}

}  // namespace cppsec
