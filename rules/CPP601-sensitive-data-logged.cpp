// CPP601 sensitive-data-logged: passwords, tokens, card numbers and the like written to a
// log. Log sinks are model data (rules/models/logging.yaml: printf-style and fmt-style
// functions as `sinks` of kind log, and the roots of `<<` logging chains); so are the words
// that make a name sensitive, the qualifiers that make it harmless (token_ttl) and the masking
// functions. Follows values through locals, string building and helpers, into a project's own
// logging helpers (also in another TU).
#include "analysis/FindingCollector.h"
#include "analysis/FunctionContext.h"
#include "analysis/Names.h"
#include "analysis/Rule.h"
#include "analysis/SensitiveUses.h"
#include "analysis/SensitiveValues.h"
#include "analysis/Summary.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "rules/BuiltInRules.h"

namespace cppsec {
namespace {

// Summary keys: the function returns a sensitive value; the function prints a sensitive
// field of the object it is given (an operator<<, to_string or fmt formatter).
constexpr const char *kReturnsSensitive = "CPP601:sensitive";
constexpr const char *kPrintsSensitive = "CPP601:prints-sensitive";

constexpr const char *kWhy =
    "logs are copied, shipped and read far beyond the people who may see this value (CWE-532); leave it out, or "
    "log a masked form (the last 4 characters, a hash of an identifier)";

SensitiveValueOptions optionsFrom(const ModelSet &models) {
  return {.strongWords = models.list("sensitive-log-words"),
          .weakWords = {},
          .qualifiers = models.list("log-name-qualifiers"),
          .sanitizerWords = models.list("log-sanitizer-words"),
          .harmlessFunctions = models.list("size-functions"),
          .printerFunctions = models.list("printer-functions"),
          .passthroughWords = models.list("passthrough-function-words"),
          .headerList = "sensitive-headers",
          .sourceKind = {},
          .harmlessFillers = "path-functions",
          .summaryKey = kReturnsSensitive};
}

std::unordered_set<std::string> listAsSet(const std::vector<std::string> &list) {
  return {list.begin(), list.end()};
}

SensitiveUseLists useListsFrom(const ModelSet &models) {
  return {.comparisonWords = models.list("log-comparison-words"),
          .extractedWords = models.list("log-extracted-secret-words"),
          .extractorFunctions = models.list("log-extractor-functions"),
          .parserFunctions = models.list("log-parser-functions"),
          .qualifiers = models.list("log-name-qualifiers")};
}

// What goes into a log at one statement: the call to report at, what it logs, and through which sink.
struct LogStatement {
  const clang::Expr *call = nullptr;
  std::string sink;
  std::vector<const clang::Expr *> operands;
  std::vector<const clang::FunctionDecl *> printers;  // user operator<< called along a chain
  bool isStream = false;                              // a `<<` chain, not a format
};

class SensitiveDataLogged : public Rule {
 public:
  explicit SensitiveDataLogged(const ModelIndex &models)
      : Rule({.id = "CPP601",
              .name = "sensitive-data-logged",
              .shortDescription = "Password, token or other sensitive value written to a log",
              .fullDescription =
                  "A value whose name says it is a credential or personal data (password, token, API key, "
                  "session id, card number, ...) reaches a log: printf-family output, iostreams, syslog, spdlog, "
                  "fmt::print, glog, Boost.Log, Poco or log4cxx. Logs are kept long and read widely; secrets in "
                  "them leak.",
              .cwes = {532},
              .severity = Severity::Medium,
              .confidence = Confidence::High,
              .tags = {"security", "logging", "privacy"},
              .help = {}}),
        finder_(optionsFrom(models.models())),
        useLists_(useListsFrom(models.models())),
        labelWords_(models.models().list("sensitive-log-words"), models.models().list("log-name-qualifiers")),
        sizeFunctions_(listAsSet(models.models().list("size-functions"))),
        logFileWords_(models.models().list("log-file-words")) {}

  void summarize(FunctionContext &function, FunctionSummary &summary) const override {
    for (const clang::Expr *value : function.returnValues())
      if (auto hit = finder_.find(function, value)) {
        summary.returnedSources[kReturnsSensitive] = {hit->what, hit->range, false};
        break;
      }
    // A logging helper: its parameters that reach a log, however they are dressed up. Not
    // those it reports itself, as a presented key compared with the real one.
    std::optional<SensitiveUses> uses;
    auto reportedHere = [&](unsigned param) {
      if (!uses) uses.emplace(function, finder_, useLists_);
      return param < function.function().getNumParams() && uses->holds(function.function().getParamDecl(param));
    };
    for (const clang::Expr *call : function.calls())
      if (auto statement = logStatement(function, call))
        for (const clang::Expr *operand : statement->operands)
          for (unsigned param : finder_.params(function, operand))
            if (!reportedHere(param))
              summary.paramSinks.push_back({param, "log", statement->sink, call->getSourceRange()});
    // A helper handing its parameter on to another logging helper of this TU.
    for (const clang::Expr *call : function.calls()) {
      CallView view = viewCall(call);
      const FunctionSummary *callee = view.callee ? function.summaryOf(view.callee) : nullptr;
      if (!callee) continue;
      for (const ParamSink &inner : callee->paramSinks)
        if (inner.kind == "log" && inner.param < view.args.size())
          for (unsigned param : finder_.params(function, view.args[inner.param]))
            summary.paramSinks.push_back(
                {param, "log", view.callee->getNameAsString() + " -> " + inner.sink, inner.site});
    }
    if (isPrinter(function.models(), &function.function()))
      if (auto hit = printedField(function)) summary.returnedSources[kPrintsSensitive] = {hit->what, hit->range};
  }

  void checkFunction(FunctionContext &function, FindingCollector &findings) const override {
    std::optional<SensitiveUses> uses;  // built at the first log that names nothing sensitive
    auto usedSensitive = [&](const clang::Expr *value) {
      if (!uses) uses.emplace(function, finder_, useLists_);
      return uses->hitIn(value);
    };
    for (const clang::Expr *call : function.calls()) {
      if (auto statement = logStatement(function, call)) {
        checkStatement(function, findings, *statement, usedSensitive);
        continue;
      }
      checkHelperCall(function, findings, viewCall(call), usedSensitive);
    }
  }

 private:
  using UsedSensitive = std::function<std::optional<SensitiveHit>(const clang::Expr *)>;

  void checkStatement(FunctionContext &function, FindingCollector &findings, const LogStatement &statement,
                      const UsedSensitive &usedSensitive) const {
    for (const clang::Expr *operand : statement.operands) {
      if (auto hit = finder_.find(function, operand)) {
        // Weak: the value came out of a printer (to_string) that shows the secret among the rest.
        report(function, findings, statement, *hit, hit->strong ? Confidence::High : Confidence::Medium);
        return;
      }
    }
    for (const clang::Expr *operand : statement.operands)
      if (auto hit = usedSensitive(operand)) {
        report(function, findings, statement, *hit, Confidence::High);
        return;
      }
    // "approval code " << code: the log's own text says what the value is.
    std::vector<std::string> labels = labelsOf(statement);
    for (unsigned index = 0; index < statement.operands.size() && index < labels.size(); ++index)
      if (auto hit = labelledHit(function, labels[index], statement.operands[index])) {
        report(function, findings, statement, *hit, Confidence::Medium);
        return;
      }
    // A whole object whose printer shows a sensitive field.
    for (const clang::FunctionDecl *printer : statement.printers)
      if (auto hit = printsSensitive(function, printer)) {
        report(function, findings, statement, *hit, Confidence::Medium);
        return;
      }
    for (const clang::Expr *operand : statement.operands)
      if (auto hit = objectPrintsSensitive(function, operand)) {
        report(function, findings, statement, *hit, Confidence::Medium);
        return;
      }
  }

  void report(FunctionContext &function, FindingCollector &findings, const LogStatement &statement,
              const SensitiveHit &hit, Confidence confidence) const {
    findings.report(info(), &function, statement.call->getSourceRange(),
                    "sensitive value (" + hit.what + ") is written to the log by '" + statement.sink + "': " + kWhy,
                    confidence,
                    {{hit.range, hit.what + " looks sensitive ('" + hit.word + "')"},
                     {statement.call->getSourceRange(), "and is logged here"}});
  }

  // The text the log writes just before each operand: the literal before it in a `<<`
  // chain, or the format text before its placeholder ("{}", "%s"); empty where none.
  static std::vector<std::string> labelsOf(const LogStatement &statement) {
    std::vector<std::string> labels(statement.operands.size());
    const clang::StringLiteral *format =
        statement.operands.empty() ? nullptr : stringLiteralIn(statement.operands.front());
    if (format && format->getCharByteWidth() == 1 && statement.operands.size() > 1 && !statement.isStream) {
      std::vector<std::string> placeholders = placeholderLabels(format->getString());
      for (unsigned index = 0; index < placeholders.size() && index + 1 < labels.size(); ++index)
        labels[index + 1] = placeholders[index];
      return labels;
    }
    if (!statement.isStream) return labels;
    for (unsigned index = 1; index < statement.operands.size(); ++index)
      if (const auto *literal = stringLiteralIn(statement.operands[index - 1]);
          literal && literal->getCharByteWidth() == 1)
        labels[index] = literal->getString().str();
    return labels;
  }

  // The text before each placeholder of a format, in argument order: fmt's "{}" and "{0:x}"
  // (by index when it is written), or printf's conversions ("%*d" takes two arguments).
  static std::vector<std::string> placeholderLabels(llvm::StringRef format) {
    std::vector<std::string> labels;
    bool fmtStyle = format.contains("{}") || format.contains("{:") || format.contains("{0");
    size_t segmentStart = 0;
    unsigned nextIndex = 0;
    for (size_t at = 0; at < format.size(); ++at) {
      char c = format[at];
      if (fmtStyle && c == '{') {
        if (at + 1 < format.size() && format[at + 1] == '{') {
          ++at;
          continue;
        }
        size_t close = format.find('}', at);
        if (close == llvm::StringRef::npos) break;
        llvm::StringRef spec = format.slice(at + 1, close);
        unsigned index = nextIndex++;
        if (llvm::StringRef digits = spec.take_while(llvm::isDigit); !digits.empty()) digits.getAsInteger(10, index);
        if (labels.size() <= index) labels.resize(index + 1);
        labels[index] = format.slice(segmentStart, at).str();
        segmentStart = at = close;
        ++segmentStart;
      } else if (!fmtStyle && c == '%') {
        if (at + 1 < format.size() && format[at + 1] == '%') {
          ++at;
          continue;
        }
        std::string label = format.slice(segmentStart, at).str();
        size_t end = at + 1;
        while (end < format.size() && !llvm::StringRef("diouxXeEfFgGaAcspn").contains(format[end])) {
          if (format[end] == '*') labels.emplace_back();  // the width is an argument of its own
          ++end;
        }
        labels.push_back(label);
        segmentStart = end + 1;
        at = end;
      }
    }
    return labels;
  }

  // A value the log's text names as a secret ("approval code " << code, "token={}"): the
  // phrase must end the text before it, so "password for {}" names the user, not a password.
  std::optional<SensitiveHit> labelledHit(FunctionContext &function, llvm::StringRef label,
                                          const clang::Expr *operand) const {
    label = label.rtrim(" \t:=\"'`[(<#-");
    llvm::StringRef tail =
        label.substr(label.find_last_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ -") + 1);
    llvm::SmallVector<llvm::StringRef, 8> words;
    tail.split(words, ' ', -1, false);
    if (words.empty()) return std::nullopt;
    const clang::Expr *value = stripWrappers(operand);
    clang::QualType type = value->getType();
    if (type.isNull() || type->isBooleanType() || (type->isArithmeticType() && !type->isAnyCharacterType()) ||
        type->isEnumeralType() || labelWords_.qualified(designatedName(value)))
      return std::nullopt;
    if (const auto *call = llvm::dyn_cast<clang::CallExpr>(value))
      if (const auto *callee = call->getDirectCallee(); callee && callee->getIdentifier()) {
        std::string name = callee->getName().str();
        if (finder_.masks(name) || sizeFunctions_.count(name) || labelWords_.qualified(name)) return std::nullopt;
      }
    if (function.classify(operand).value == ValueClass::Constant) return std::nullopt;
    for (size_t count = 1; count <= std::min<size_t>(3, words.size()); ++count) {
      std::string phrase = llvm::join(llvm::ArrayRef(words).take_back(count), "_");
      std::string matched = labelWords_.match(phrase);
      if (matched.empty() || labelWords_.qualified(phrase)) continue;
      std::string ending = llvm::StringRef(matched).lower();
      std::replace(ending.begin(), ending.end(), ' ', '_');
      std::string lowered = llvm::StringRef(phrase).lower();
      if (llvm::StringRef(lowered).ends_with(ending) || llvm::StringRef(lowered).ends_with(ending + "s"))
        return SensitiveHit{"'" + function.sourceText(operand) + "', which the log text calls '" + tail.str() + "'",
                            matched, operand->getSourceRange(), true};
    }
    return std::nullopt;
  }

  // A call to a function that logs one of its parameters: in this TU (its summary says so)
  // or in another (pending: the merge step decides).
  void checkHelperCall(FunctionContext &function, FindingCollector &findings, const CallView &call,
                       const UsedSensitive &usedSensitive) const {
    if (!call.callee) return;
    std::string name = call.callee->getNameAsString();
    if (const FunctionSummary *summary = function.summaryOf(call.callee)) {
      for (const ParamSink &sink : summary->paramSinks) {
        if (sink.kind != "log" || sink.param >= call.args.size()) continue;
        // A helper whose parameter is itself named `password` is reported where it logs it.
        if (sink.param < call.callee->getNumParams() &&
            finder_.byName(call.callee->getParamDecl(sink.param)->getNameAsString(), "", {}))
          continue;
        auto hit = finder_.find(function, call.args[sink.param]);
        if (!hit) hit = usedSensitive(call.args[sink.param]);
        if (!hit) continue;
        findings.report(
            info(), &function, call.expr->getSourceRange(),
            "sensitive value (" + hit->what + ") is passed to '" + name + "', which logs it (" + sink.sink +
                "): " + kWhy,
            Confidence::High,
            {{hit->range, hit->what + " looks sensitive ('" + hit->word + "')"},
             {call.args[sink.param]->getSourceRange(), "passed to '" + name + "'"},
             {sink.site, "where it reaches '" + sink.sink.substr(sink.sink.rfind(' ') + 1) + "' and is logged"}});
        return;
      }
      return;
    }
    if (!function.isUnseen(call.callee)) return;
    for (unsigned arg = 0; arg < call.args.size(); ++arg) {
      // As above: a parameter declared `session_id` is reported inside the helper, if it logs it.
      if (arg < call.callee->getNumParams() &&
          finder_.byName(call.callee->getParamDecl(arg)->getNameAsString(), "", {}))
        continue;
      auto hit = finder_.find(function, call.args[arg]);
      if (!hit) hit = usedSensitive(call.args[arg]);
      if (!hit) continue;
      PendingFinding pending{PendingFinding::Needs::ParamSink, function.usrOf(call.callee), arg, "log", {}, {}};
      findings.reportPending(
          std::move(pending), info(), &function, call.expr->getSourceRange(),
          "sensitive value (" + hit->what + ") is passed to '" + name + "', which logs it ({sink}): " + kWhy,
          Confidence::High,
          {{hit->range, hit->what + " looks sensitive ('" + hit->word + "')"},
           {call.args[arg]->getSourceRange(), "passed to '" + name + "'"}});
    }
  }

  // The log statement a call makes, if it is one: a modelled log function, or the outermost
  // `<<` of a chain that starts at a log stream.
  std::optional<LogStatement> logStatement(FunctionContext &function, const clang::Expr *call) const {
    CallView view = viewCall(call);
    if (!view.callee) return std::nullopt;
    if (view.op == clang::OO_LessLess) return streamStatement(function, call);
    LogStatement statement{call, {}, {}, {}};
    for (const SinkModel *sink : function.models().sinksFor(view.callee, function.names())) {
      if (sink->kind != "log" || !(function.sinkApplies(*sink, view) || toLogFile(function, *sink, view))) continue;
      statement.sink = function.names().qualifiedName(view.callee);
      for (unsigned arg = 0; arg < view.args.size(); ++arg)
        if (sink->covers(arg)) statement.operands.push_back(view.args[arg]);
    }
    if (statement.operands.empty()) return std::nullopt;
    return statement;
  }

  // fprintf(audit_log, ...): the stream a `when` condition asks about is named as a log.
  bool toLogFile(FunctionContext &function, const SinkModel &sink, const CallView &call) const {
    if (!sink.when.arg || *sink.when.arg >= call.args.size()) return false;
    const clang::Expr *stream = call.args[*sink.when.arg];
    if (std::string name = designatedName(stream); !name.empty() && !logFileWords_.match(name).empty()) return true;
    // FILE *f = fopen("debug.log", "a"): the file's own name says log.
    const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(stripWrappers(stream));
    const auto *var = ref ? llvm::dyn_cast<clang::VarDecl>(ref->getDecl()) : nullptr;
    if (!var) return false;
    std::vector<const clang::Expr *> opened;
    if (var->getInit()) opened.push_back(var->getInit());
    for (const clang::DeclRefExpr *use : function.usesOf(var))
      if (const auto *assign = llvm::dyn_cast_or_null<clang::BinaryOperator>(function.parent(use));
          assign && assign->getOpcode() == clang::BO_Assign && assign->getLHS() == use)
        opened.push_back(assign->getRHS());
    for (const clang::Expr *value : opened)
      if (const auto *open = llvm::dyn_cast<clang::CallExpr>(stripWrappers(value)); open && open->getNumArgs() > 0)
        if (const auto *path = stringLiteralIn(open->getArg(0));
            path && path->getCharByteWidth() == 1 && !logFileWords_.match(path->getString()).empty())
          return true;
    return false;
  }

  std::optional<LogStatement> streamStatement(FunctionContext &function, const clang::Expr *call) const {
    // Only the outermost `<<` of a chain speaks for the statement.
    const clang::Stmt *parent = function.parent(call);
    while (parent && llvm::isa<clang::ImplicitCastExpr, clang::ParenExpr, clang::MaterializeTemporaryExpr,
                               clang::CXXBindTemporaryExpr>(parent))
      parent = function.parent(parent);
    if (const auto *outer = llvm::dyn_cast_or_null<clang::CXXOperatorCallExpr>(parent);
        outer && outer->getOperator() == clang::OO_LessLess && outer->getNumArgs() == 2 &&
        stripWrappers(outer->getArg(0)) == call)
      return std::nullopt;
    LogStatement statement{call, {}, {}, {}, true};
    const clang::Expr *link = call;
    while (const auto *shift = llvm::dyn_cast<clang::CXXOperatorCallExpr>(link)) {
      if (shift->getOperator() != clang::OO_LessLess || shift->getNumArgs() != 2) break;
      statement.operands.push_back(shift->getArg(1));
      if (const auto *callee = shift->getDirectCallee();
          callee && !function.astContext().getSourceManager().isInSystemHeader(callee->getLocation()))
        statement.printers.push_back(callee);
      link = stripWrappers(shift->getArg(0));
    }
    statement.sink = logStreamName(function, link);
    if (statement.sink.empty()) return std::nullopt;
    std::reverse(statement.operands.begin(), statement.operands.end());
    return statement;
  }

  // The name of the log stream a chain starts at (std::cerr, LOG(...)), or empty.
  static std::string logStreamName(FunctionContext &function, const clang::Expr *root) {
    const ModelIndex &models = function.models();
    if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(root)) {
      if (models.inList("log-stream-objects", ref->getDecl(), function.names()))
        return function.names().qualifiedName(ref->getDecl());
    }
    if (const auto *call = llvm::dyn_cast<clang::CallExpr>(root))
      if (const auto *callee = call->getDirectCallee();
          callee && models.inList("log-stream-functions", callee, function.names()))
        return function.names().qualifiedName(callee);
    if (const auto *record = root->getType().getNonReferenceType()->getAsCXXRecordDecl())
      if (models.inList("log-stream-types", record, function.names())) return function.names().qualifiedName(record);
    return {};
  }

  static bool isPrinter(const ModelIndex &models, const clang::FunctionDecl *function) {
    return models.inList("printer-functions", function->getOverloadedOperator() == clang::OO_LessLess
                                                  ? std::string("operator<<")
                                                  : NameCache::simpleName(function));
  }

  // In a printer (operator<<, to_string...): the first sensitive field it shows.
  std::optional<SensitiveHit> printedField(FunctionContext &function) const {
    for (const clang::Expr *value : function.returnValues())
      if (auto hit = finder_.find(function, value)) return hit;
    for (const clang::Expr *call : function.calls()) {
      CallView view = viewCall(call);
      if (view.op != clang::OO_LessLess && !(view.callee && view.callee->getNameAsString() == "format_to")) continue;
      for (const clang::Expr *arg : view.args)
        if (auto hit = finder_.find(function, arg)) return hit;
    }
    return std::nullopt;
  }

  static std::optional<SensitiveHit> printsSensitive(FunctionContext &function, const clang::FunctionDecl *printer) {
    const FunctionSummary *summary = printer ? function.summaryOf(printer) : nullptr;
    if (!summary) return std::nullopt;
    auto found = summary->returnedSources.find(kPrintsSensitive);
    if (found == summary->returnedSources.end()) return std::nullopt;
    return SensitiveHit{found->second.description + ", printed by '" + printer->getNameAsString() + "'",
                        found->second.description, found->second.site, true};
  }

  // A user-defined object logged whole (through fmt/spdlog, or its to_string()): whether the
  // function that prints it shows a sensitive field.
  std::optional<SensitiveHit> objectPrintsSensitive(FunctionContext &function, const clang::Expr *operand) const {
    operand = stripWrappers(operand);
    if (const auto *call = llvm::dyn_cast<clang::CallExpr>(operand))
      if (auto hit = printsSensitive(function, call->getDirectCallee())) return hit;
    const auto *record = operand->getType().getNonReferenceType()->getAsCXXRecordDecl();
    if (!record || function.astContext().getSourceManager().isInSystemHeader(record->getLocation()))
      return std::nullopt;
    for (const clang::FunctionDecl *printer : printersOf(function, record))
      if (auto hit = printsSensitive(function, printer)) return hit;
    return std::nullopt;
  }

  // Functions that print a record: operator<< found next to it (or as its friend), and the
  // format() of an fmt::formatter specialised for it.
  static std::vector<const clang::FunctionDecl *> printersOf(FunctionContext &function,
                                                             const clang::CXXRecordDecl *record) {
    std::vector<const clang::FunctionDecl *> printers;
    auto &context = function.astContext();
    clang::DeclarationName shift = context.DeclarationNames.getCXXOperatorName(clang::OO_LessLess);
    auto printsRecord = [&](const clang::FunctionDecl *candidate) {
      for (const auto *param : candidate->parameters())
        if (param->getType().getNonReferenceType()->getAsCXXRecordDecl() == record) return true;
      return false;
    };
    for (const auto *decl : record->getDeclContext()->getRedeclContext()->lookup(shift))
      if (const auto *candidate = llvm::dyn_cast<clang::FunctionDecl>(decl); candidate && printsRecord(candidate))
        printers.push_back(candidate->getDefinition() ? candidate->getDefinition() : candidate);
    for (const auto *friendDecl : record->friends())
      if (const auto *candidate = llvm::dyn_cast_or_null<clang::FunctionDecl>(friendDecl->getFriendDecl());
          candidate && candidate->getOverloadedOperator() == clang::OO_LessLess)
        printers.push_back(candidate->getDefinition() ? candidate->getDefinition() : candidate);
    for (const auto *method : record->methods())
      if (isPrinter(function.models(), method))
        printers.push_back(method->getDefinition() ? llvm::cast<clang::FunctionDecl>(method->getDefinition()) : method);
    if (const auto *formatter = formatterFor(context, record))
      for (const auto *method : formatter->methods())
        if (method->getNameAsString() == "format") printers.push_back(method);
    return printers;
  }

  // fmt::formatter<T>, specialised by the project for the record (fmt's own namespace is
  // inline-versioned: fmt::v9::formatter).
  static const clang::CXXRecordDecl *formatterFor(clang::ASTContext &context, const clang::CXXRecordDecl *record) {
    auto &identifiers = context.Idents;
    clang::QualType wanted = context.getRecordType(record).getCanonicalType();
    auto fromTemplate = [&](const clang::NamedDecl *decl) -> const clang::CXXRecordDecl * {
      const auto *pattern = llvm::dyn_cast<clang::ClassTemplateDecl>(decl);
      if (!pattern) return nullptr;
      for (const auto *spec : pattern->specializations()) {
        const auto &arguments = spec->getTemplateArgs();
        if (arguments.size() > 0 && arguments[0].getKind() == clang::TemplateArgument::Type &&
            arguments[0].getAsType().getCanonicalType() == wanted && spec->hasDefinition())
          return spec->getDefinition();
      }
      return nullptr;
    };
    for (const auto *decl : context.getTranslationUnitDecl()->lookup(&identifiers.get("fmt"))) {
      const auto *ns = llvm::dyn_cast<clang::NamespaceDecl>(decl);
      if (!ns) continue;
      std::vector<const clang::DeclContext *> scopes{ns};
      for (const auto *inner : ns->decls())
        if (const auto *version = llvm::dyn_cast<clang::NamespaceDecl>(inner); version && version->isInline())
          scopes.push_back(version);
      for (const auto *scope : scopes)
        for (const auto *found : scope->lookup(&identifiers.get("formatter")))
          if (const auto *formatter = fromTemplate(found)) return formatter;
    }
    return nullptr;
  }

  SensitiveValueFinder finder_;
  SensitiveUseLists useLists_;
  SensitiveNames labelWords_;
  std::unordered_set<std::string> sizeFunctions_;
  SensitiveNames logFileWords_;
};

}  // namespace

std::unique_ptr<Rule> makeSensitiveDataLogged(const ModelIndex &models) {
  return std::make_unique<SensitiveDataLogged>(models);
}

}  // namespace cppsec
