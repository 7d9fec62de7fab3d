// CPP404 weak-random: draws from predictable generators, and generators seeded with the
// time. Confidence is high when the value ends up somewhere whose name says it must not be
// guessed (a token, a session id, a salt...). Generators, seeding functions, clocks and
// sensitive words are model data (rules/models/weak-random.yaml, sensitive-names.yaml).
#include "analysis/FindingCollector.h"
#include "analysis/FunctionContext.h"
#include "analysis/Names.h"
#include "analysis/Rule.h"
#include "analysis/Summary.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "rules/BuiltInRules.h"

namespace cppsec {
namespace {

// The summary key for "returns a value from a weak generator".
constexpr const char *kWeakValue = "weak-random";

constexpr const char *kFix =
    "use a cryptographically secure source instead: RAND_bytes (OpenSSL), getrandom(2), "
    "randombytes_buf (libsodium) or arc4random_buf";

class WeakRandom : public Rule {
 public:
  explicit WeakRandom(const ModelIndex &models)
      : Rule({.id = "CPP404",
              .name = "weak-random",
              .shortDescription = "Predictable random numbers where unpredictability matters",
              .fullDescription =
                  "rand(), random(), the drand48 family and the standard library engines (std::mt19937, "
                  "std::minstd_rand, std::default_random_engine, ...) are predictable: a few outputs reveal the "
                  "state. Values drawn from them must not become tokens, session ids, salts, nonces, keys or "
                  "passwords, and seeding them with the time makes them guessable outright.",
              .cwes = {338, 335, 336},
              .severity = Severity::High,
              .confidence = Confidence::Medium,
              .tags = {"security", "crypto", "random"},
              .help = {}}),
        sensitive_(models.models().list("sensitive-words")) {}

  // Records whether a weak value (drawn here, or returned by a callee) is returned, so
  // that callers storing it in a token or a session are told.
  void summarize(FunctionContext &function, FunctionSummary &summary) const override {
    // Which generators this function draws secrets from, so that the function seeding them
    // (a constructor, main) knows its seed matters.
    for (const clang::Expr *call : function.calls()) {
      CallView view = viewCall(call);
      std::string generator = drawSource(function, view);
      if (generator.empty()) continue;
      std::string key = drawnGeneratorKey(function, view);
      if (!key.empty() && !summary.returnedSources.count(key) && firstSensitiveDestination(function, call))
        summary.returnedSources[key] = {generator, call->getSourceRange()};
    }
    for (const clang::Expr *call : function.calls()) {
      CallView view = viewCall(call);
      std::string generator = drawSource(function, view);
      const ReturnedSource *inner = nullptr;
      if (generator.empty()) {
        inner = returnedWeakValue(function, view.callee);
        if (!inner) continue;
        generator = inner->description;
      }
      bool returned = false, sensitive = false;
      function.forEachDestination(call, [&](const Destination &destination) {
        returned |= destination.isReturn;
        sensitive |= isSensitive(function, destination);
        return false;
      });
      // session.token = random_hex(32): random_hex's own seed matters.
      if (inner && sensitive && view.callee) summary.returnedSources[storedAsSecretKey(view.callee)] = *inner;
      if (!returned) continue;
      if (!inner)
        if (std::string key = drawnGeneratorKey(function, view); !key.empty())
          summary.returnedSources[returnsDrawKey(key)] = {generator, call->getSourceRange()};
      summary.returnedSources[kWeakValue] = {generator, inner ? inner->site : call->getSourceRange(),
                                             sensitive || (inner && inner->reported)};
      return;
    }
  }

  void checkFunction(FunctionContext &function, FindingCollector &findings) const override {
    bool anySensitiveDraw = false;
    bool seededElsewhere = false;  // a generator seeded here is drawn for a secret in another function
    std::vector<std::pair<const clang::Expr *, const clang::Expr *>> timeSeeds;  // clock, seed
    std::vector<const clang::Expr *> constantSeeds;
    for (const clang::Expr *call : function.calls()) {
      CallView view = viewCall(call);
      if (std::string generator = drawSource(function, view); !generator.empty())
        anySensitiveDraw |= reportDraw(function, findings, call, generator);
      else
        anySensitiveDraw |= reportReturnedDraw(function, findings, call, view);
      for (const clang::Expr *seed : seedArguments(function, view)) {
        if (const clang::Expr *clock = findTimeSource(function, seed))
          timeSeeds.emplace_back(clock, seed);
        else if (isConstantSeed(function, seed))
          constantSeeds.push_back(seed);
        else
          continue;
        seededElsewhere |= drawnSensitivelyElsewhere(function, seededGeneratorKey(function, view));
      }
    }
    std::string functionWord = sensitive_.match(functionName(function));
    bool high = anySensitiveDraw || !functionWord.empty() || seededElsewhere;
    for (const clang::Expr *seed : constantSeeds)
      findings.report(info(), &function, seed->getSourceRange(),
                      "random generator seeded with a constant ('" + function.sourceText(seed) +
                          "'): every run draws the same sequence (CWE-336); fine for reproducible simulations "
                          "and tests, but if anything drawn must not be guessed, " +
                          kFix,
                      high ? Confidence::High : Confidence::Low);
    for (const auto &[clock, seed] : timeSeeds) {
      // Report at the clock when it is read inside the seed expression, else at the seed.
      bool inside = seed->getSourceRange().fullyContains(clock->getSourceRange());
      findings.report(info(), &function, inside ? clock->getSourceRange() : seed->getSourceRange(),
                      "random generator seeded with the time ('" + function.sourceText(clock) +
                          "'): the seed, and so every value drawn, can be guessed from when the code ran; seed "
                          "from std::random_device at least, and for secrets " +
                          kFix,
                      high ? Confidence::High : Confidence::Low,
                      {{clock->getSourceRange(), "the time is read here"},
                       {seed->getSourceRange(), "and seeds the generator here"}});
    }
  }

 private:
  // A value returned by SessionIdGenerator::Generate() is as telling as one returned by
  // generate_session_id(): the class name counts for returned values. (Not namespaces: an
  // `auth` namespace holds neutral helpers too.)
  static std::string enclosingClassName(const FunctionContext &function) {
    const auto *record = llvm::dyn_cast<clang::CXXRecordDecl>(function.function().getParent());
    return record && !record->isLambda() ? record->getNameAsString() : std::string();
  }

  // Where a value lands says it must not be guessed: a sensitive name, or a result returned
  // from a class whose name is sensitive.
  bool isSensitive(FunctionContext &function, const Destination &destination) const {
    // make_download_link(upload_id): the parameter says the value is the upload's id, whatever
    // the function makes with it.
    if (!destination.parameter.empty() && neutralParameter(function, destination.parameter)) return false;
    return !sensitive_.match(destination.name).empty() || (destination.isReturn && genericMethodName(function) &&
                                                           !sensitive_.match(enclosingClassName(function)).empty());
  }

  // Whether a parameter's name ends with a word that names a plain identifier (upload_id, file_name).
  static bool neutralParameter(FunctionContext &function, const std::string &parameter) {
    std::vector<std::string> words = splitIdentifierWords(parameter);
    const auto &neutral = function.models().models().list("neutral-parameter-words");
    return !words.empty() && std::find(neutral.begin(), neutral.end(), words.back()) != neutral.end();
  }

  // Whether every word of the method's name is generic ("Generate", "next_value"), so that
  // its class must say what it returns.
  static bool genericMethodName(FunctionContext &function) {
    const auto &generic = function.models().models().list("generic-method-words");
    for (const auto &word : splitIdentifierWords(function.function().getNameAsString()))
      if (std::find(generic.begin(), generic.end(), word) == generic.end()) return false;
    return true;
  }

  static std::string functionName(const FunctionContext &function) {
    if (const auto *ctor = llvm::dyn_cast<clang::CXXConstructorDecl>(&function.function()))
      return ctor->getParent()->getNameAsString();
    return function.function().getNameAsString();
  }

  bool isWeakEngine(FunctionContext &function, clang::QualType type) const {
    const auto *record = type.getNonReferenceType()->getAsCXXRecordDecl();
    const auto *spec = llvm::dyn_cast_or_null<clang::ClassTemplateSpecializationDecl>(record);
    if (!spec) return false;
    const auto *pattern = spec->getSpecializedTemplate();
    return function.models().inList("weak-random-engines", pattern, function.names());
  }

  static bool inList(FunctionContext &function, const char *list, const clang::FunctionDecl *callee) {
    return function.models().inList(list, callee, function.names());
  }

  // What a call draws from, e.g. "rand()" or "std::mt19937", or empty when it draws nothing weak.
  std::string drawSource(FunctionContext &function, const CallView &call) const {
    if (llvm::isa<clang::CXXConstructExpr>(call.expr)) return {};
    if (!call.object && inList(function, "weak-random-functions", call.callee))
      return call.callee->getNameAsString() + "()";
    if (call.op != clang::OO_Call) return {};
    auto typeName = [&](const clang::Expr *expr) {
      return expr->getType().getNonReferenceType().getUnqualifiedType().getAsString(
          function.astContext().getPrintingPolicy());
    };
    if (call.object && isWeakEngine(function, call.object->getType())) return typeName(call.object);
    // A distribution (or any callable) drawing from a weak engine: dist(gen).
    for (const clang::Expr *arg : call.args)
      if (isWeakEngine(function, arg->getType())) return typeName(arg);
    return {};
  }

  // Reports one draw; returns whether it reached a sensitive name.
  bool reportDraw(FunctionContext &function, FindingCollector &findings, const clang::Expr *call,
                  const std::string &generator) const {
    std::optional<Destination> sensitiveDestination = firstSensitiveDestination(function, call);
    if (sensitiveDestination) {
      findings.report(info(), &function, call->getSourceRange(),
                      "value from predictable generator '" + generator + "' reaches " +
                          sensitiveDestination->description +
                          ", which looks security-sensitive: a few observed outputs let an attacker predict it "
                          "(CWE-338); " +
                          kFix,
                      Confidence::High,
                      {{call->getSourceRange(), "drawn from '" + generator + "' here"},
                       {sensitiveDestination->range, "reaches " + sensitiveDestination->description}});
      return true;
    }
    findings.report(info(), &function, call->getSourceRange(),
                    "value from predictable generator '" + generator +
                        "': fine for simulations, sampling and jitter, but never for tokens, ids or keys; if this "
                        "value must not be guessed, " +
                        kFix,
                    Confidence::Low);
    return false;
  }

  static const ReturnedSource *returnedWeakValue(FunctionContext &function, const clang::FunctionDecl *callee) {
    const FunctionSummary *summary = function.summaryOf(callee);
    if (!summary) return nullptr;
    auto found = summary->returnedSources.find(kWeakValue);
    return found == summary->returnedSources.end() ? nullptr : &found->second;
  }

  // The first place the value of an expression reaches whose name says it must not be guessed.
  std::optional<Destination> firstSensitiveDestination(FunctionContext &function, const clang::Expr *value) const {
    std::optional<Destination> found;
    function.forEachDestination(value, [&](const Destination &destination) {
      if (!isSensitive(function, destination)) return false;
      found = destination;
      return true;
    });
    return found;
  }

  // A call to a function of this TU that returns a weak value: reported here only when the
  // value lands somewhere sensitive and the draw inside was not already reported as such.
  bool reportReturnedDraw(FunctionContext &function, FindingCollector &findings, const clang::Expr *call,
                          const CallView &view) const {
    const ReturnedSource *weak = returnedWeakValue(function, view.callee);
    if (!weak && function.isUnseen(view.callee)) return reportDrawInOtherTu(function, findings, call, view);
    if (!weak) return false;
    // token_chars(eng, 24) reported inside: the engine handed over (and its seed here) matters.
    if (weak->reported)
      return std::any_of(view.args.begin(), view.args.end(),
                         [&](const clang::Expr *arg) { return isWeakEngine(function, arg->getType()); });
    std::optional<Destination> sensitiveDestination = firstSensitiveDestination(function, call);
    if (!sensitiveDestination) return false;
    std::string name = view.callee->getNameAsString();
    findings.report(info(), &function, call->getSourceRange(),
                    "value from predictable generator '" + weak->description + "', returned by '" + name +
                        "', reaches " + sensitiveDestination->description +
                        ", which looks security-sensitive: a few observed outputs let an attacker predict it "
                        "(CWE-338); " +
                        kFix,
                    Confidence::High,
                    {{weak->site, "drawn from '" + weak->description + "' here"},
                     {call->getSourceRange(), "returned by '" + name + "'"},
                     {sensitiveDestination->range, "reaches " + sensitiveDestination->description}});
    return true;
  }

  // A function of another TU whose result lands somewhere sensitive: reported if the merge
  // step finds that it returns a weak draw (not already reported there).
  bool reportDrawInOtherTu(FunctionContext &function, FindingCollector &findings, const clang::Expr *call,
                           const CallView &view) const {
    std::optional<Destination> sensitiveDestination = firstSensitiveDestination(function, call);
    if (!sensitiveDestination) return false;
    std::string name = view.callee->getNameAsString();
    PendingFinding pending{PendingFinding::Needs::ReturnedSource, function.usrOf(view.callee), 0, kWeakValue, {}, {}};
    findings.reportPending(std::move(pending), info(), &function, call->getSourceRange(),
                           "value from predictable generator '{part}', returned by '" + name + "', reaches " +
                               sensitiveDestination->description +
                               ", which looks security-sensitive: a few observed outputs let an attacker predict it "
                               "(CWE-338); " +
                               kFix,
                           Confidence::High,
                           {{call->getSourceRange(), "returned by '" + name + "'"},
                            {sensitiveDestination->range, "reaches " + sensitiveDestination->description}});
    return false;
  }

  // Which generator a draw uses: the C library's shared state (rand(), random(), lrand48()),
  // or the variable or field holding the engine (gen(), dist(engine_)); empty when unknown.
  std::string drawnGeneratorKey(FunctionContext &function, const CallView &call) const {
    if (!call.object && inList(function, "weak-random-functions", call.callee)) return "CPP404:draws:global";
    const clang::Expr *engine = call.object && isWeakEngine(function, call.object->getType()) ? call.object : nullptr;
    for (const clang::Expr *arg : call.args)  // dist(engine_)
      if (!engine && isWeakEngine(function, arg->getType())) engine = arg;
    const clang::Decl *storage = engine ? function.storageOf(engine) : nullptr;
    return storage ? storageKey(storage) : std::string();
  }

  // Which generator a seed is for: srand(x) the shared state, gen.seed(x) the engine, and
  // std::mt19937 gen(x) or a constructor's gen_(x) the variable or field being made.
  static std::string seededGeneratorKey(FunctionContext &function, const CallView &call) {
    if (const auto *construct = llvm::dyn_cast<clang::CXXConstructExpr>(call.expr)) {
      if (const auto *constructor = llvm::dyn_cast<clang::CXXConstructorDecl>(&function.function()))
        for (const auto *init : constructor->inits())
          if (init->getMember() && stripWrappers(init->getInit()) == construct) return storageKey(init->getMember());
      // (Past the cleanups of temporaries: engine(clock::now().time_since_epoch().count()).)
      const clang::Stmt *holder = function.parent(construct);
      while (llvm::isa_and_nonnull<clang::ExprWithCleanups>(holder)) holder = function.parent(holder);
      if (const auto *declaration = llvm::dyn_cast_or_null<clang::DeclStmt>(holder))
        for (const auto *decl : declaration->decls())
          if (const auto *var = llvm::dyn_cast<clang::VarDecl>(decl);
              var && var->getInit() && stripWrappers(var->getInit()) == construct)
            return storageKey(var);
      return {};
    }
    if (call.object) {
      const clang::Decl *storage = function.storageOf(call.object);
      return storage ? storageKey(storage) : std::string();
    }
    return "CPP404:draws:global";
  }

  static std::string storageKey(const clang::Decl *storage) {
    return "CPP404:draws:" + std::to_string(reinterpret_cast<std::uintptr_t>(storage->getCanonicalDecl()));
  }

  // Whether a function of this TU draws a value that must not be guessed from the generator:
  // into a secret there, or returned to a caller that stores it as one (random_hex(), seeded
  // and drawn in one function, its result kept as an access token).
  static bool drawnSensitivelyElsewhere(FunctionContext &function, const std::string &key) {
    const SummaryTable *table = function.summaryTable();
    if (key.empty() || !table) return false;
    for (const auto &[callee, summary] : *table) {
      if (callee != function.function().getCanonicalDecl() && summary.returnedSources.count(key)) return true;
      if (summary.returnedSources.count(returnsDrawKey(key)))
        for (const auto &[caller, callerSummary] : *table)
          if (callerSummary.returnedSources.count(storedAsSecretKey(callee))) return true;
    }
    return false;
  }
  static std::string returnsDrawKey(const std::string &generatorKey) { return "CPP404:returns|" + generatorKey; }
  static std::string storedAsSecretKey(const clang::FunctionDecl *callee) {
    return "CPP404:stored-as-secret:" + std::to_string(reinterpret_cast<std::uintptr_t>(callee->getCanonicalDecl()));
  }

  // The arguments a call uses as a seed: srand(x), gen.seed(x), std::mt19937 gen(x).
  std::vector<const clang::Expr *> seedArguments(FunctionContext &function, const CallView &call) const {
    if (const auto *construct = llvm::dyn_cast<clang::CXXConstructExpr>(call.expr)) {
      if (construct->getNumArgs() == 0 || !isWeakEngine(function, construct->getType())) return {};
      if (construct->getConstructor()->isCopyOrMoveConstructor()) return {};
      return call.args;
    }
    if (inList(function, "seed-functions", call.callee)) return call.args;
    return {};
  }

  // A seed that is the same on every run: an integer constant (42, kSeed), also through a
  // local initialised with one.
  static bool isConstantSeed(FunctionContext &function, const clang::Expr *seed) {
    const clang::Expr *value = stripWrappers(seed);
    if (llvm::isa<clang::CXXDefaultArgExpr>(value) || !value->getType()->isIntegerType()) return false;
    return function.classify(value).value == ValueClass::Constant &&
           value->isIntegerConstantExpr(function.astContext());
  }

  // A clock reading that feeds a seed: inside the seed expression, in what was written to a
  // local it uses (`auto seed = time(nullptr); std::mt19937 gen(seed);`), or a clock call
  // that filled such a local (`gettimeofday(&tv, nullptr); srand(tv.tv_usec);`).
  const clang::Expr *findTimeSource(FunctionContext &function, const clang::Expr *seed) const {
    const clang::Expr *found = nullptr;
    function.forEachContributor(seed, [&](const clang::Expr *expr) {
      if (const auto *call = llvm::dyn_cast<clang::CallExpr>(expr);
          call && inList(function, "time-sources", call->getDirectCallee())) {
        found = call;
        return true;
      }
      const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(expr);
      const auto *var = ref ? llvm::dyn_cast<clang::VarDecl>(ref->getDecl()) : nullptr;
      if (!var || !var->isLocalVarDeclOrParm()) return false;
      for (const auto &[call, arg] : function.callsFilling(var))
        if (inList(function, "time-sources", call.callee)) {
          found = call.expr;
          return true;
        }
      return false;
    });
    return found;
  }

  SensitiveNames sensitive_;
};

}  // namespace

std::unique_ptr<Rule> makeWeakRandom(const ModelIndex &models) {
  return std::make_unique<WeakRandom>(models);
}

}  // namespace cppsec
