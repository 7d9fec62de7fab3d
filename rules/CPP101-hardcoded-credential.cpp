// CPP101 hardcoded-credential: passwords, tokens and keys written into the source. Four ways
// to tell: the name the literal is stored under (db_password), the parameter it is passed to
// (mysql_real_connect's passwd), the API it reaches (CURLOPT_PASSWORD, an HMAC key), and its
// format (an AWS key id, a PEM private key). Names, APIs and formats are model data
// (rules/models/credentials.yaml); the judgement of whether a literal could be a secret at all
// (not a prompt, a format string, a config key or a path) is in CredentialText.
#include <algorithm>
#include <cmath>

#include <set>

#include "analysis/CredentialText.h"
#include "analysis/FindingCollector.h"
#include "analysis/FunctionContext.h"
#include "analysis/Names.h"
#include "analysis/Rule.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "rules/BuiltInRules.h"

namespace cppsec {
namespace {

constexpr const char *kFix =
    "anyone with the source or the binary has it, and changing it takes a release; read it at run time from the "
    "environment, a secrets manager or a file only the service can read";

// A literal that may reach a credential: a string, or the constant bytes of an array.
struct LiteralSite {
  clang::SourceRange range;
  std::string text;
  bool bytes = false;  // {0x01, 0x02, ...}
};

class HardcodedCredential : public Rule {
 public:
  explicit HardcodedCredential(const ModelIndex &models)
      : Rule({.id = "CPP101",
              .name = "hardcoded-credential",
              .shortDescription = "Password, token or key written into the source",
              .fullDescription =
                  "A literal password, API token, private key or cryptographic key is stored in a variable or "
                  "field named for a credential, passed to a password or key parameter (mysql_real_connect, "
                  "CURLOPT_PASSWORD, HMAC), or has the format of a known secret (AWS, GitHub, Slack, Stripe, "
                  "Google keys, PEM private keys, JWTs). Everyone who can read the code or the binary has it.",
              .cwes = {798, 259, 321},
              .severity = Severity::High,
              .confidence = Confidence::High,
              .tags = {"security", "secrets", "credentials"},
              .help = {}}),
        strong_(models.models().list("credential-names"), models.models().list("credential-name-qualifiers")),
        weak_(models.models().list("credential-weak-names"), models.models().list("credential-name-qualifiers")),
        testWords_(models.models().list("test-path-words")),
        text_(models.models()) {
    for (const SecretFormat &format : models.models().secretFormats)
      formats_.push_back({&format, llvm::Regex(format.pattern, llvm::Regex::NoFlags)});
  }

  void checkFunction(FunctionContext &function, FindingCollector &findings) const override {
    Context context{function.astContext(), function.names(), function.models(), findings, &function};
    if (const auto *constructor = llvm::dyn_cast<clang::CXXConstructorDecl>(&function.function()))
      for (const auto *init : constructor->inits())
        if (const auto *field = init->getMember())
          checkNamed(context, field->getNameAsString(), "field", init->getInit());
    walk(context, function.function().getBody());
  }

  void checkDeclaration(const clang::DeclaratorDecl &decl, clang::ASTContext &astContext, const ModelIndex &models,
                        NameCache &names, FindingCollector &findings) const override {
    Context context{astContext, names, models, findings, nullptr};
    const clang::Expr *init = nullptr;
    if (const auto *var = llvm::dyn_cast<clang::VarDecl>(&decl)) init = var->getInit();
    if (const auto *field = llvm::dyn_cast<clang::FieldDecl>(&decl)) init = field->getInClassInitializer();
    if (!init) return;
    checkNamed(context, decl.getNameAsString(), llvm::isa<clang::FieldDecl>(decl) ? "field" : "variable", init);
    walk(context, init);
  }

 private:
  struct Context {
    clang::ASTContext &ast;
    NameCache &names;
    const ModelIndex &models;
    FindingCollector &findings;
    FunctionContext *function;  // null for declarations outside functions
  };
  struct Format {
    const SecretFormat *format;
    llvm::Regex regex;
  };

  void walk(Context &context, const clang::Stmt *stmt) const {
    if (!stmt || llvm::isa<clang::LambdaExpr>(stmt)) return;
    if (const auto *literal = llvm::dyn_cast<clang::StringLiteral>(stmt)) checkFormat(context, literal);
    if (const auto *declStmt = llvm::dyn_cast<clang::DeclStmt>(stmt))
      for (const auto *decl : declStmt->decls())
        if (const auto *var = llvm::dyn_cast<clang::VarDecl>(decl); var && var->getInit())
          checkNamed(context, var->getNameAsString(), "variable", var->getInit());
    if (const auto *binary = llvm::dyn_cast<clang::BinaryOperator>(stmt)) {
      if (binary->getOpcode() == clang::BO_Assign)
        checkPair(context, binary->getLHS(), binary->getRHS());
      else if (binary->isEqualityOp())
        checkPair(context, binary->getLHS(), binary->getRHS(), binary);
    }
    if (const auto *call = llvm::dyn_cast<clang::CallExpr>(stmt)) checkCall(context, viewCall(call));
    if (const auto *construct = llvm::dyn_cast<clang::CXXConstructExpr>(stmt)) checkCall(context, viewCall(construct));
    if (const auto *list = llvm::dyn_cast<clang::InitListExpr>(stmt)) checkAggregate(context, list);
    for (const clang::Stmt *child : stmt->children()) walk(context, child);
  }

  // `password = "..."`, `password == "..."`: a name on one side, a literal on the other.
  void checkPair(Context &context, const clang::Expr *left, const clang::Expr *right,
                 const clang::Expr *comparison = nullptr) const {
    // `if (password == "changeme") throw ...`: refusing a known default is not using it.
    if (comparison && context.function && guardsAgainst(*context.function, comparison)) return;
    std::string leftName = designatedName(left), rightName = designatedName(right);
    if (!leftName.empty()) checkNamed(context, leftName, "variable", right);
    if (!rightName.empty()) checkNamed(context, rightName, "variable", left);
  }

  void checkCall(Context &context, const CallView &call) const {
    if (!call.callee) return;
    if (call.op == clang::OO_Equal || call.op == clang::OO_EqualEqual || call.op == clang::OO_ExclaimEqual) {
      const clang::Expr *comparison = call.op == clang::OO_Equal ? nullptr : call.expr;
      if (call.object && call.args.size() == 1) checkPair(context, call.object, call.args[0], comparison);
      if (!call.object && call.args.size() == 2) checkPair(context, call.args[0], call.args[1], comparison);
      return;
    }
    if (call.op != clang::OO_None) return;
    if (context.models.inList("compare-functions", call.callee, context.names) && call.args.size() >= 2) {
      checkPair(context, call.args[0], call.args[1], call.expr);
      return;
    }
    // strcpy(password, "..."), snprintf(key, n, "%s", "..."): a copy into a named buffer is a store.
    if (const PropagatorModel *copy = context.models.propagatorFor(call.callee, context.names);
        copy && copy->to.kind == ArgRef::Kind::Index && copy->to.index < call.args.size())
      if (std::string target = designatedName(call.args[copy->to.index]); !target.empty())
        for (const ArgRef &from : copy->from)
          for (unsigned arg = 0; arg < call.args.size(); ++arg)
            if (arg != copy->to.index && from.covers(arg)) checkNamed(context, target, "variable", call.args[arg]);
    std::string callee = context.names.qualifiedName(call.callee);
    for (const SinkModel *sink : context.models.sinksAt(call.callee, context.names)) {
      if (sink->arg >= call.args.size() || !context.function || !context.function->sinkApplies(*sink, call)) continue;
      for (const LiteralSite &literal : literalsOf(call.args[sink->arg])) {
        if (sink->kind == "crypto-key" && (literal.bytes || !literal.text.empty()))
          report(context, literal, "hard-coded cryptographic key passed to '" + callee + "' (CWE-321): " + kFix,
                 Confidence::High);
        else if (sink->kind == "credential" && !literal.bytes && text_.couldBePassedSecret(literal.text))
          report(context, literal, "hard-coded password passed to '" + callee + "': " + kFix, Confidence::High);
        else if (sink->kind == "connection-string" && !literal.bytes && text_.hasPasswordSetting(literal.text))
          report(context, literal,
                 "connection string passed to '" + callee + "' holds a hard-coded password: " + kFix +
                     " (libpq also reads PGPASSWORD and ~/.pgpass)",
                 Confidence::High);
      }
    }
    // A parameter declared as a credential: connect(host, user, "s3cret").
    for (unsigned i = 0; i < call.args.size() && i < call.callee->getNumParams(); ++i) {
      std::string param = call.callee->getParamDecl(i)->getNameAsString();
      if (param.empty() || strong_.match(param).empty()) continue;
      // SmtpSession(fd, creds) with a CredentialStore made from a file's path: the parameter
      // takes an object, not the text of a credential.
      if (!holdsText(call.callee->getParamDecl(i)->getType())) continue;
      for (const LiteralSite &literal : literalsOf(call.args[i]))
        if (!literal.bytes && text_.couldBePassedSecret(literal.text)) {
          std::string message = "hard-coded credential passed as parameter '";
          message.append(param).append("' of '").append(callee).append("': ").append(kFix);
          report(context, literal, std::move(message), Confidence::High);
        }
    }
  }

  // Text, or a wrapper around text: char pointers and arrays, the standard and Qt strings,
  // templates over them (Secret<std::string>), and classes a string converts to implicitly
  // (sql::SQLString). Not a class built explicitly from a file's path (CredentialStore).
  static bool holdsText(clang::QualType type, bool followConversions = true) {
    type = type.getNonReferenceType().getUnqualifiedType();
    if (type->isPointerType() || type->isArrayType()) return type->getPointeeOrArrayElementType()->isAnyCharacterType();
    const auto *record = type->getAsCXXRecordDecl();
    if (!record) return !type->isRecordType();
    static const std::set<std::string> kStrings = {"basic_string", "basic_string_view", "QString", "QByteArray"};
    if (record->getIdentifier() && kStrings.count(record->getName().str())) return true;
    if (const auto *spec = llvm::dyn_cast<clang::ClassTemplateSpecializationDecl>(record))
      for (const auto &argument : spec->getTemplateArgs().asArray())
        if (argument.getKind() == clang::TemplateArgument::Type && holdsText(argument.getAsType(), false)) return true;
    if (!followConversions || !record->hasDefinition()) return false;
    for (const auto *constructor : record->getDefinition()->ctors())
      if (!constructor->isExplicit() && constructor->getNumParams() >= 1 &&
          constructor->getMinRequiredArguments() <= 1 && !constructor->isCopyOrMoveConstructor() &&
          holdsText(constructor->getParamDecl(0)->getType(), false))
        return true;
    return false;
  }

  // Whether the comparison decides an `if` whose branch refuses: it throws, or it returns
  // false or an error straight away.
  static bool guardsAgainst(const FunctionContext &function, const clang::Expr *comparison) {
    const clang::Stmt *child = comparison;
    for (const clang::Stmt *parent = function.parent(child); parent && !llvm::isa<clang::CompoundStmt>(parent);
         child = parent, parent = function.parent(parent)) {
      const auto *branch = llvm::dyn_cast<clang::IfStmt>(parent);
      if (!branch || branch->getCond() != child) continue;
      return refuses(branch->getThen());
    }
    return false;
  }

  static bool refuses(const clang::Stmt *stmt) {
    if (const auto *block = llvm::dyn_cast_or_null<clang::CompoundStmt>(stmt))
      stmt = block->body_empty() ? nullptr : block->body_back();
    if (!stmt) return false;
    if (const auto *expr = llvm::dyn_cast<clang::Expr>(stmt);
        expr && llvm::isa<clang::CXXThrowExpr>(expr->IgnoreParenImpCasts()))
      return true;
    if (const auto *ret = llvm::dyn_cast<clang::ReturnStmt>(stmt)) {
      const clang::Expr *value = ret->getRetValue() ? ret->getRetValue()->IgnoreParenImpCasts() : nullptr;
      if (const auto *flag = llvm::dyn_cast_or_null<clang::CXXBoolLiteralExpr>(value)) return !flag->getValue();
    }
    return false;
  }

  // Config cfg{.host = "db", .password = "..."}: each field gets its initializer.
  void checkAggregate(Context &context, const clang::InitListExpr *list) const {
    const auto *record = list->getType()->getAsRecordDecl();
    if (!record || record->isUnion()) return;
    unsigned index = 0;
    for (const auto *field : record->fields()) {
      if (index >= list->getNumInits()) break;
      checkNamed(context, field->getNameAsString(), "field", list->getInit(index++));
    }
  }

  void checkNamed(Context &context, const std::string &name, const char *what, const clang::Expr *value) const {
    if (name.empty()) return;
    std::string strong = strong_.match(name);
    std::string weak = strong.empty() ? weak_.match(name) : std::string();
    if (strong.empty() && weak.empty()) return;
    for (const LiteralSite &literal : literalsOf(value)) {
      if (literal.bytes) continue;
      if (!strong.empty() && text_.couldBeSecret(literal.text))
        report(context, literal,
               storedMessage("hard-coded credential: a literal is stored in ", what, name,
                             "', whose name says it is a " + strong + " (CWE-798, CWE-259): "),
               Confidence::High);
      else if (!weak.empty() && text_.couldBeSecret(literal.text) && text_.looksRandom(literal.text))
        report(context, literal,
               storedMessage("a random-looking literal is stored in ", what, name,
                             "', whose name suggests a secret (" + weak + "): if it is one, "),
               Confidence::Medium);
    }
  }

  static std::string storedMessage(const char *lead, const char *what, const std::string &name,
                                   const std::string &why) {
    std::string message = lead;
    message.append(what).append(" '").append(name).append(why).append(kFix);
    return message;
  }

  void checkFormat(Context &context, const clang::StringLiteral *literal) const {
    if (literal->getCharByteWidth() != 1) return;
    std::string text = literal->getString().str();
    if (knownFormat(text)) report(context, {literal->getSourceRange(), text, false}, {}, Confidence::High);
  }

  const SecretFormat *knownFormat(const std::string &text) const {
    if (text.size() < 8) return nullptr;
    for (const Format &format : formats_)
      if (format.regex.match(text) &&
          (format.format->minEntropy == 0 || CredentialText::entropy(text) >= format.format->minEntropy))
        return format.format;
    return nullptr;
  }

  // Reports a literal once; a literal in a known secret format says so, whatever else led here.
  void report(Context &context, const LiteralSite &literal, std::string message, Confidence confidence) const {
    if (!context.findings.reportable(literal.range.getBegin()) ||
        !context.findings.firstAt(info(), literal.range.getBegin()))
      return;
    if (const SecretFormat *format = literal.bytes ? nullptr : knownFormat(literal.text)) {
      message = "string literal has the format of a known secret (" + format->name +
                ", CWE-798): if it is real, revoke it now; " + kFix;
      confidence = Confidence::High;
    }
    // Test fixtures log in with made-up passwords all the time.
    if (inTestCode(context, literal.range.getBegin())) {
      confidence = Confidence::Low;
      message += " (in test code)";
    }
    context.findings.report(info(), context.function, literal.range, std::move(message), confidence);
  }

  bool inTestCode(Context &context, clang::SourceLocation location) const {
    const auto &sources = context.ast.getSourceManager();
    // The file's name and its folder's (tests/db_test.cc), not the whole path, which may sit
    // under any folder at all.
    llvm::StringRef path = sources.getFilename(sources.getFileLoc(location));
    llvm::StringRef folder = llvm::sys::path::filename(llvm::sys::path::parent_path(path));
    if (!testWords_.match(llvm::sys::path::stem(path)).empty() || !testWords_.match(folder).empty()) return true;
    // A test framework's function (TestBody, _DOCTEST_ANON_FUNC_3, test_login).
    if (!context.function) return false;
    std::vector<std::string> words = splitIdentifierWords(context.function->function().getNameAsString());
    if (words.empty()) return false;
    if (words.front() == "test") return true;  // test_login, TestBody
    return std::any_of(words.begin(), words.end(),
                       [](const std::string &word) { return word == "doctest" || word == "gtest" || word == "catch"; });
  }

  // The literals an expression's value may be: through casts, std::string construction,
  // "..."s, the branches of ?:, and constants or locals initialised from a literal.
  static std::vector<LiteralSite> literalsOf(const clang::Expr *expr, unsigned depth = 0) {
    std::vector<LiteralSite> out;
    if (!expr || depth > 3) return out;
    expr = expr->IgnoreParenImpCasts();
    if (const auto *cleanups = llvm::dyn_cast<clang::ExprWithCleanups>(expr))
      return literalsOf(cleanups->getSubExpr(), depth);
    if (const auto *temporary = llvm::dyn_cast<clang::MaterializeTemporaryExpr>(expr))
      return literalsOf(temporary->getSubExpr(), depth);
    if (const auto *bind = llvm::dyn_cast<clang::CXXBindTemporaryExpr>(expr))
      return literalsOf(bind->getSubExpr(), depth);
    if (const auto *cast = llvm::dyn_cast<clang::ExplicitCastExpr>(expr)) return literalsOf(cast->getSubExpr(), depth);
    if (const auto *literal = llvm::dyn_cast<clang::StringLiteral>(expr)) {
      if (literal->getCharByteWidth() == 1)
        out.push_back({literal->getSourceRange(), literal->getString().str(), false});
      return out;
    }
    if (const auto *user = llvm::dyn_cast<clang::UserDefinedLiteral>(expr)) {
      if (const auto *cooked = user->getCookedLiteral()) return literalsOf(cooked, depth);
      return out;
    }
    if (const auto *construct = llvm::dyn_cast<clang::CXXConstructExpr>(expr)) {
      // std::string(ptr) or std::string(ptr, n); not std::string(n, c).
      if (construct->getNumArgs() >= 1 && construct->getNumArgs() <= 2 &&
          !construct->getArg(0)->getType()->isIntegerType())
        return literalsOf(construct->getArg(0), depth);
      return out;
    }
    if (const auto *conditional = llvm::dyn_cast<clang::ConditionalOperator>(expr)) {
      out = literalsOf(conditional->getTrueExpr(), depth);
      auto other = literalsOf(conditional->getFalseExpr(), depth);
      out.insert(out.end(), other.begin(), other.end());
      return out;
    }
    if (const auto *list = llvm::dyn_cast<clang::InitListExpr>(expr)) {
      if (list->getNumInits() == 1) return literalsOf(list->getInit(0), depth);
      // Key bytes: a non-empty array of integer constants.
      bool constant = list->getNumInits() >= 8;
      for (const auto *init : list->inits())
        constant = constant && llvm::isa<clang::IntegerLiteral>(init->IgnoreParenImpCasts());
      if (constant) out.push_back({list->getSourceRange(), {}, true});
      return out;
    }
    if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(expr)) {
      const auto *var = llvm::dyn_cast<clang::VarDecl>(ref->getDecl());
      if (!var || !var->getInit() || llvm::isa<clang::ParmVarDecl>(var)) return out;
      for (LiteralSite site : literalsOf(var->getInit(), depth + 1)) {
        if (site.bytes) site.range = var->getLocation();
        out.push_back(std::move(site));
      }
    }
    return out;
  }

  SensitiveNames strong_, weak_, testWords_;
  CredentialText text_;
  std::vector<Format> formats_;
};

}  // namespace

std::unique_ptr<Rule> makeHardcodedCredential(const ModelIndex &models) {
  return std::make_unique<HardcodedCredential>(models);
}

}  // namespace cppsec
