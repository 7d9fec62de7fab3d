// CPP110 unbounded-request-body: a client decides how much memory the server takes. A size
// read from the request (Content-Length, a length prefix off the socket) reaching an
// allocation with no upper bound checked on the way; read loops that grow a buffer with no
// cap; framework limits left off (asio streambufs, Beast body_limit, cpp-httplib's payload
// limit); whole-stream slurps of the client's input. Request sources, allocations, clamps and
// read functions are model data (rules/models/request-size.yaml).
#include "analysis/FindingCollector.h"
#include "analysis/FunctionContext.h"
#include "analysis/Names.h"
#include "analysis/Rule.h"
#include "analysis/Summary.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/SmallPtrSet.h"

#include <map>
#include "rules/BuiltInRules.h"

namespace cppsec {
namespace {

using Walk = FunctionContext::Walk;

constexpr const char *kReturnsRequestSize = "CPP110:request-size";
constexpr unsigned kMaxHelperDepth = 4;

// Where a request-controlled size came from, and what it passed through on the way.
struct Origin {
  std::string what;  // "header read by 'get_header_value'"
  clang::SourceRange range;
};
// Variables and fields filled by reads from the client, per function (computed once).
using Reads = std::map<const clang::Decl *, Origin>;

// A request value handed to a function of another TU whose result is the size: a finding
// only if the merge step finds that the function returns that argument unchecked.
struct Passage {
  const clang::FunctionDecl *callee = nullptr;
  unsigned arg = 0;
  clang::SourceRange call;
};

struct Trace {
  std::optional<Origin> origin;
  std::optional<Passage> through;
  bool clamped = false;                              // went through std::min / std::clamp
  const clang::VarDecl *global = nullptr;            // no origin here, but a global another TU may store in
  llvm::SmallPtrSet<const clang::Decl *, 8> places;  // variables and fields it was held in
};

class UnboundedRequestBody : public Rule {
 public:
  explicit UnboundedRequestBody(const ModelIndex &models)
      : Rule({.id = "CPP110",
              .name = "unbounded-request-body",
              .shortDescription = "Client-controlled size or body read with no upper bound",
              .fullDescription =
                  "A size taken from the request (Content-Length, a length prefix, a parsed header) reaches an "
                  "allocation with no upper bound checked, or the server reads a body with no limit (read loops "
                  "without a cap, asio streambufs without max_size, Beast body_limit(none), cpp-httplib without "
                  "set_payload_max_length). One request can make the server allocate all its memory.",
              .cwes = {400, 770, 789},
              .severity = Severity::High,
              .confidence = Confidence::High,
              .tags = {"security", "denial-of-service", "memory"},
              .help = {}}),
        sizeWords_(models.models().list("request-size-function-words")),
        boundedWords_(models.models().list("bounded-size-function-words")) {}

  void summarize(FunctionContext &function, FunctionSummary &summary) const override {
    // read_exact(fd, buf, n): a parameter whose storage a read from the client fills.
    Reads reads = filledByReads(function);
    addArraySinks(function, summary);
    dropBoundedSinks(function, reads, summary);
    nameSizeFields(function, summary);
    const auto assignments = assignmentsIn(function);  // one walk of the body for both uses below
    for (const auto &[place, origin] : reads)
      if (const auto *param = llvm::dyn_cast<clang::ParmVarDecl>(place);
          param && param->getDeclContext() == &function.function())
        summary.returnedSources[fillsKey(param->getFunctionScopeIndex())] = {origin.what, origin.range};
    // read_line(std::string &line): text from the client (a buffer the function reads into,
    // here or through a field) assigned or appended to a parameter passed by reference; and
    // read_size(size_t &n) { ...; n = strtoul(line, ...); }.
    for (const auto &[target, values] : assignments) {
      const auto *ref = target ? llvm::dyn_cast<clang::DeclRefExpr>(stripWrappers(target)) : nullptr;
      const auto *param = ref ? llvm::dyn_cast<clang::ParmVarDecl>(ref->getDecl()) : nullptr;
      if (!param || param->getDeclContext() != &function.function() || !param->getType()->isReferenceType() ||
          param->getType().getNonReferenceType().isConstQualified() ||
          summary.returnedSources.count(fillsKey(param->getFunctionScopeIndex())))
        continue;
      for (const clang::Expr *value : values) {
        Trace trace = traceOf(function, reads, value, 0);
        if (!trace.origin || trace.through || trace.clamped) continue;
        // `if (n > kMax) n = kMax;` after it: the caller gets a bounded count. (A cap on a line's
        // length bounds no number written in it.)
        trace.places.insert(param);
        if (param->getType().getNonReferenceType()->isIntegerType() &&
            boundedBefore(function, trace, clang::SourceRange(function.function().getBody()->getEndLoc())))
          continue;
        summary.returnedSources[fillsKey(param->getFunctionScopeIndex())] = {trace.origin->what, trace.origin->range};
        break;
      }
    }
    // async_read(socket_, buffer(header_), ...): the field holds the client's bytes in every
    // method (and handler) that reads it later.
    for (const auto &[place, origin] : reads)
      if (const auto *field = llvm::dyn_cast<clang::FieldDecl>(place))
        summary.returnedSources[fieldKey(field)] = {origin.what, origin.range};
    // length_ = std::strtoul(line, ...) in a constructor, new char[length_] in another method:
    // a field (or a global of this TU) assigned a size from the request, unchecked here.
    for (const auto &[target, values] : assignments) {
      const clang::Decl *place = nullptr;
      if (const auto *member = llvm::dyn_cast<clang::MemberExpr>(stripWrappers(target)))
        place = llvm::dyn_cast<clang::FieldDecl>(member->getMemberDecl());
      else if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(stripWrappers(target)))
        if (const auto *var = llvm::dyn_cast<clang::VarDecl>(ref->getDecl()); var && var->hasGlobalStorage())
          place = var;
      if (!place || values.empty() || summary.returnedSources.count(placeKey(place))) continue;
      Trace trace = traceOf(function, reads, values.front(), 0);
      if (!trace.origin || trace.through || trace.clamped) continue;
      trace.places.insert(place);
      if (boundedBefore(function, trace, clang::SourceRange(function.function().getBody()->getEndLoc()))) continue;
      summary.returnedSources[placeKey(place)] = {trace.origin->what, trace.origin->range};
      if (const auto *global = llvm::dyn_cast<clang::VarDecl>(place); global && global->isExternallyVisible())
        summary.storedGlobals.push_back({global,
                                         kReturnsRequestSize,
                                         {trace.origin->what + ", stored in '" + global->getNameAsString() + "' by '" +
                                              function.function().getNameAsString() + "'",
                                          trace.origin->range}});
    }
    // parse_size(text) for callers in other TUs: which parameters come back out as the size,
    // neither clamped nor checked on the way.
    for (const auto *param : function.function().parameters()) {
      Reads fromParam = reads;
      fromParam[param] = Origin{"passed to '" + function.function().getNameAsString() + "'", param->getSourceRange()};
      for (const clang::Expr *value : function.returnValues()) {
        Trace trace = traceOf(function, fromParam, value, 0);
        if (trace.origin && trace.origin->range == param->getSourceRange() && !trace.clamped &&
            !boundedBefore(function, trace, value)) {
          summary.returnedSources[passesKey(param->getFunctionScopeIndex())] = {"returned unchecked",
                                                                                value->getSourceRange()};
          break;
        }
      }
    }
    for (const clang::Expr *value : function.returnValues()) {
      Trace trace = traceOf(function, reads, value, 0);
      if (trace.origin && !trace.clamped && !boundedBefore(function, trace, value)) {
        summary.returnedSources[kReturnsRequestSize] = {trace.origin->what, trace.origin->range};
        return;
      }
    }
  }

  // fill_buffer(n) { if (n > kMax) return; buf = malloc(n); }: a helper that bounds (or clamps)
  // its parameter before the allocation is no allocation-size sink for its callers.
  // A struct or class declared by the project (not a library's string or container), which a
  // size is held in a field of, not the whole of.
  static bool isProjectStruct(FunctionContext &function, clang::QualType type) {
    const auto *record = type.getNonReferenceType()->getAsRecordDecl();
    return record && !function.astContext().getSourceManager().isInSystemHeader(record->getLocation());
  }

  // A local struct's fields assigned request data in this function (`msg.length = ntohl(n)`),
  // each with the trace of what was stored in it.
  std::vector<std::pair<std::string, Trace>> fieldTraces(FunctionContext &function, const Reads &reads,
                                                         const clang::Expr *value) const {
    std::vector<std::pair<std::string, Trace>> found;
    const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(stripWrappers(value));
    const auto *var = ref ? llvm::dyn_cast<clang::VarDecl>(ref->getDecl()) : nullptr;
    if (!var || !var->isLocalVarDeclOrParm() || !var->getType()->isRecordType()) return found;
    auto stored = [&](std::string field, const clang::Expr *stored) {
      if (std::any_of(found.begin(), found.end(), [&](const auto &known) { return known.first == field; })) return;
      Trace trace = traceOf(function, reads, stored, 0);
      if (!trace.origin || trace.through) return;
      trace.places.insert(var);
      found.emplace_back(std::move(field), std::move(trace));
    };
    // FrameSpec spec{kind, ntohl(wire)}: an aggregate's initializers go to its fields in order.
    if (const auto *list =
            llvm::dyn_cast_or_null<clang::InitListExpr>(var->getInit() ? stripWrappers(var->getInit()) : nullptr))
      if (const auto *record = var->getType()->getAsCXXRecordDecl(); record && record->getNumBases() == 0) {
        unsigned index = 0;
        for (const clang::FieldDecl *field : record->fields())
          if (index < list->getNumInits()) stored(field->getNameAsString(), list->getInit(index++));
      }
    for (const auto &[target, values] : assignmentsIn(function)) {
      const auto *member = llvm::dyn_cast<clang::MemberExpr>(stripWrappers(target));
      const auto *base =
          member ? llvm::dyn_cast<clang::DeclRefExpr>(member->getBase()->IgnoreParenImpCasts()) : nullptr;
      if (base && base->getDecl() == var && !values.empty())
        stored(member->getMemberDecl()->getNameAsString(), values.front());
    }
    return found;
  }

  // What the function assigns or appends to what: `x = v` and `x += v` (built in or operator
  // calls) and the model's append functions (`x.append(v)`).
  static std::vector<std::pair<const clang::Expr *, std::vector<const clang::Expr *>>> assignmentsIn(
      FunctionContext &function) {
    std::vector<std::pair<const clang::Expr *, std::vector<const clang::Expr *>>> found;
    for (const clang::Expr *call : function.calls()) {
      CallView view = viewCall(call);
      if (view.op == clang::OO_Equal || view.op == clang::OO_PlusEqual) {
        if (view.args.size() != 2 && !view.object) continue;
        found.push_back({view.object ? view.object : view.args[0], {view.args.back()}});
      } else if (view.callee && view.object &&
                 function.models().inList("append-functions", NameCache::simpleName(view.callee))) {
        found.push_back({view.object, view.args});
      }
    }
    std::function<void(const clang::Stmt *)> visit = [&](const clang::Stmt *stmt) {
      if (!stmt || llvm::isa<clang::LambdaExpr>(stmt)) return;
      if (const auto *binary = llvm::dyn_cast<clang::BinaryOperator>(stmt);
          binary && (binary->getOpcode() == clang::BO_Assign || binary->getOpcode() == clang::BO_AddAssign))
        found.push_back({binary->getLHS(), {binary->getRHS()}});
      for (const clang::Stmt *child : stmt->children()) visit(child);
    };
    visit(function.function().getBody());
    return found;
  }

  void dropBoundedSinks(FunctionContext &function, const Reads &reads, FunctionSummary &summary) const {
    std::erase_if(summary.paramSinks, [&](const ParamSink &sink) {
      if (sink.kind != "allocation-size" || sink.param >= function.function().getNumParams()) return false;
      const clang::ParmVarDecl *param = function.function().getParamDecl(sink.param);
      Reads fromParam = reads;
      fromParam[param] = Origin{"parameter", param->getSourceRange()};
      bool seen = false;
      for (const auto &[allocation, size] : allocationsAt(function, sink.site)) {
        seen = true;
        Trace trace = traceOf(function, fromParam, size, 0);
        if (!trace.origin || trace.origin->range != param->getSourceRange()) continue;
        if (!trace.clamped && !boundedBefore(function, trace, allocation)) return false;
      }
      return seen;  // only the allocations it sizes, all bounded
    });
  }

  // new char[n] and char buf[n] are no calls, so the engine's summary leaves them out: a helper
  // that makes either with its parameter is an allocation-size sink for its callers too.
  static void addArraySinks(FunctionContext &function, FunctionSummary &summary) {
    for (const auto &[allocation, size] : arrayAllocations(function))
      for (unsigned param : function.contributingParams(size))
        summary.paramSinks.push_back({param, "allocation-size",
                                      allocation == size ? "a variable-length array" : "new[]",
                                      allocation->getSourceRange(), false});
  }

  // The function's new[] expressions and variable-length arrays, with the count that sizes them
  // (a VLA is its own allocation).
  static std::vector<std::pair<const clang::Expr *, const clang::Expr *>> arrayAllocations(FunctionContext &function) {
    std::vector<std::pair<const clang::Expr *, const clang::Expr *>> found;
    std::function<void(const clang::Stmt *)> visit = [&](const clang::Stmt *stmt) {
      if (!stmt || llvm::isa<clang::LambdaExpr>(stmt)) return;
      if (const auto *expr = llvm::dyn_cast<clang::CXXNewExpr>(stmt); expr && expr->isArray())
        if (std::optional<const clang::Expr *> count = expr->getArraySize(); count.has_value() && *count)
          found.emplace_back(expr, *count);
      if (const auto *declStmt = llvm::dyn_cast<clang::DeclStmt>(stmt))
        for (const auto *decl : declStmt->decls())
          if (const auto *var = llvm::dyn_cast<clang::VarDecl>(decl))
            if (const auto *array = function.astContext().getAsVariableArrayType(var->getType()))
              found.emplace_back(array->getSizeExpr(), array->getSizeExpr());
      for (const clang::Stmt *child : stmt->children()) visit(child);
    };
    visit(function.function().getBody());
    return found;
  }

  // allocate_for(const Message &msg) { ... new char[msg.length] }: which field of a struct
  // parameter is the size, so that callers are asked about that field only.
  static void nameSizeFields(FunctionContext &function, FunctionSummary &summary) {
    for (ParamSink &sink : summary.paramSinks) {
      if (sink.kind != "allocation-size" || sink.param >= function.function().getNumParams()) continue;
      const clang::ParmVarDecl *param = function.function().getParamDecl(sink.param);
      if (!isProjectStruct(function, param->getType())) continue;
      for (const auto &[allocation, size] : allocationsAt(function, sink.site)) {
        function.walkContributors(size, [&](const clang::Expr *part) {
          const auto *member = llvm::dyn_cast<clang::MemberExpr>(part);
          const auto *base =
              member ? llvm::dyn_cast<clang::DeclRefExpr>(member->getBase()->IgnoreParenImpCasts()) : nullptr;
          if (!base || base->getDecl() != param || !llvm::isa<clang::FieldDecl>(member->getMemberDecl()))
            return Walk::Continue;
          sink.field = member->getMemberDecl()->getNameAsString();
          return Walk::Stop;
        });
        if (!sink.field.empty()) break;
      }
    }
  }

  // The calls of this function that size the allocation at `site` (that allocation itself, or a
  // call of a helper that makes it), with the argument that is the size.
  static std::vector<std::pair<const clang::Expr *, const clang::Expr *>> allocationsAt(FunctionContext &function,
                                                                                        clang::SourceRange site) {
    std::vector<std::pair<const clang::Expr *, const clang::Expr *>> found;
    for (const auto &[allocation, size] : arrayAllocations(function))
      if (allocation->getSourceRange() == site) found.emplace_back(allocation, size);
    for (const clang::Expr *expr : function.calls()) {
      CallView call = viewCall(expr);
      if (!call.callee) continue;
      if (expr->getSourceRange() == site)
        for (const SinkModel *model : function.models().sinksFor(call.callee, function.names()))
          for (unsigned arg = model->arg;
               model->kind == "allocation-size" && arg < call.args.size() && model->covers(arg); ++arg)
            found.emplace_back(expr, call.args[arg]);
      if (const FunctionSummary *callee = function.summaryOf(call.callee))
        for (const ParamSink &inner : callee->paramSinks)
          if (inner.kind == "allocation-size" && inner.site == site && inner.param < call.args.size())
            found.emplace_back(expr, call.args[inner.param]);
    }
    return found;
  }

  void checkFunction(FunctionContext &function, FindingCollector &findings) const override {
    Reads reads = filledByReads(function);
    for (const clang::Expr *call : function.calls()) checkAllocationCall(function, findings, reads, viewCall(call));
    if (const clang::Stmt *body = function.function().getBody()) walk(function, findings, reads, body);
  }

 private:
  // ---- Sizes from the request reaching allocations -------------------------------------------

  void checkAllocationCall(FunctionContext &function, FindingCollector &findings, const Reads &reads,
                           const CallView &call) const {
    if (!call.callee) return;
    for (const SinkModel *sink : function.models().sinksFor(call.callee, function.names())) {
      if (sink->kind != "allocation-size") continue;
      if (isForwarder(function, call.callee) && !allocatesArray(call.callee)) continue;
      for (unsigned arg = sink->arg; arg < call.args.size() && sink->covers(arg); ++arg)
        checkSize(function, findings, reads, call.expr, call.args[arg], function.names().qualifiedName(call.callee));
    }
    // A project function that hands its parameter to an allocation.
    if (const FunctionSummary *summary = function.summaryOf(call.callee))
      for (const ParamSink &sink : summary->paramSinks)
        if (sink.kind == "allocation-size" && sink.param < call.args.size())
          checkSize(function, findings, reads, call.expr, call.args[sink.param],
                    call.callee->getNameAsString() + " -> " + sink.sink, &sink, call.callee);
    if (function.isUnseen(call.callee)) sizeToOtherTu(function, findings, reads, call);
  }

  // decode_offline_request(req["X-Blob-Length"], ...) defined in another TU: reported at the
  // call if the merge step finds that the function sizes an allocation with that argument.
  void sizeToOtherTu(FunctionContext &function, FindingCollector &findings, const Reads &reads,
                     const CallView &call) const {
    std::string name = call.callee->getNameAsString();
    for (unsigned arg = 0; arg < call.args.size(); ++arg) {
      // msg.length = n; allocate_for(msg): a struct of the project counts by the fields that
      // hold request data, which the merge step matches with the field the callee sizes with.
      bool whole = !isProjectStruct(function, call.args[arg]->IgnoreParenImpCasts()->getType());
      Trace trace = whole ? traceOf(function, reads, call.args[arg], 0) : Trace{};
      std::vector<std::string> fields;
      if (!whole)
        for (auto &[field, held] : fieldTraces(function, reads, call.args[arg])) {
          if (held.clamped || boundedBefore(function, held, call.expr)) continue;
          fields.push_back(field);
          if (!trace.origin) trace = std::move(held);
        }
      if (!trace.origin || trace.through || trace.clamped || boundedBefore(function, trace, call.expr)) continue;
      PendingFinding pending{
          PendingFinding::Needs::ParamSink, function.usrOf(call.callee), arg, "allocation-size", {}, {}};
      pending.fields = std::move(fields);
      findings.reportPending(std::move(pending), info(), &function, call.expr->getSourceRange(),
                             "size '" + function.sourceText(call.args[arg]) + "' comes from the request (" +
                                 trace.origin->what + ") and is passed to '" + name +
                                 "', which allocates with it ({sink}) with no upper bound checked: one request can "
                                 "make the server allocate as much as it asks for (CWE-789); reject sizes above a "
                                 "limit before allocating",
                             Confidence::High,
                             {{trace.origin->range, "the size comes from the request here"},
                              {call.args[arg]->getSourceRange(), "passed to '" + name + "'"}});
      return;
    }
  }

  static bool isForwarder(FunctionContext &function, const clang::FunctionDecl *callee) {
    return function.models().inList("constructor-forwarders", callee, function.names());
  }
  // std::make_unique<char[]>(n), not std::make_unique<Session>(timeout).
  static bool allocatesArray(const clang::FunctionDecl *callee) {
    const auto *arguments = callee->getTemplateSpecializationArgs();
    return arguments && arguments->size() > 0 && arguments->get(0).getKind() == clang::TemplateArgument::Type &&
           arguments->get(0).getAsType()->isArrayType();
  }

  // `helper` and `inner`: the size is handed to a function of this TU that allocates with it,
  // where the finding goes (the allocation is what the client sizes), with the call as a step.
  void checkSize(FunctionContext &function, FindingCollector &findings, const Reads &reads,
                 const clang::Expr *allocation, const clang::Expr *size, const std::string &allocator,
                 const ParamSink *inner = nullptr, const clang::FunctionDecl *helper = nullptr) const {
    // (A helper may take the size as text and parse it: handle_bdat(arg).)
    if (!size || (!inner && !size->IgnoreParenImpCasts()->getType()->isIntegerType())) return;
    // A struct handed to a helper that allocates with one of its fields: what went into that field.
    bool whole = !inner || !isProjectStruct(function, size->IgnoreParenImpCasts()->getType());
    Trace trace = whole ? traceOf(function, reads, size, 0) : Trace{};
    if (!whole)
      for (auto &[field, held] : fieldTraces(function, reads, size))
        if (field == inner->field) {
          trace = std::move(held);
          break;
        }
    if (trace.clamped || boundedBefore(function, trace, allocation)) return;
    if (inner && helper && trace.origin && !trace.through) {
      if (!findings.firstAt(info(), inner->site.getBegin())) return;
      findings.reportIn(info(), helper->getDefinition() ? helper->getDefinition() : helper, inner->site,
                        "size '" + function.sourceText(size) + "' comes from the request (" + trace.origin->what +
                            ", passed to '" + helper->getNameAsString() + "') and reaches '" + inner->sink +
                            "' with no upper bound checked: one request can make the server allocate as much as it "
                            "asks for (CWE-789); reject sizes above a limit (e.g. if (n > kMaxBody) return 413) "
                            "before allocating",
                        Confidence::High,
                        {{trace.origin->range, "the size comes from the request here"},
                         {allocation->getSourceRange(), "passed to '" + helper->getNameAsString() + "' here"},
                         {inner->site, "and sizes an allocation here, unchecked"}});
      return;
    }
    if (!trace.origin) {
      sizeFromOtherTu(function, findings, allocation, size, allocator, trace);
      return;
    }
    if (!findings.firstAt(info(), allocation->getBeginLoc())) return;
    if (trace.through) {
      std::string name = trace.through->callee->getNameAsString();
      PendingFinding pending{PendingFinding::Needs::ReturnedSource,
                             function.usrOf(trace.through->callee),
                             0,
                             passesKey(trace.through->arg),
                             {},
                             {}};
      findings.reportPending(std::move(pending), info(), &function, allocation->getSourceRange(),
                             "size '" + function.sourceText(size) + "' comes from the request (" + trace.origin->what +
                                 ", {part} by '" + name + "') and reaches '" + allocator +
                                 "' with no upper bound checked: one request can make the server allocate as much "
                                 "as it asks for (CWE-789); reject sizes above a limit before allocating",
                             Confidence::High,
                             {{trace.origin->range, "the size comes from the request here"},
                              {trace.through->call, "passed through '" + name + "'"},
                              {allocation->getSourceRange(), "and sizes an allocation here, unchecked"}});
      return;
    }
    findings.report(info(), &function, allocation->getSourceRange(),
                    "size '" + function.sourceText(size) + "' comes from the request (" + trace.origin->what +
                        ") and reaches '" + allocator +
                        "' with no upper bound checked: one request can make the server allocate as much as it "
                        "asks for (CWE-789); reject sizes above a limit (e.g. if (n > kMaxBody) return 413) "
                        "before allocating",
                    Confidence::High,
                    {{trace.origin->range, "the size comes from the request here"},
                     {allocation->getSourceRange(), "and sizes an allocation here, unchecked"}});
  }

  // A size returned by a function of another TU: reported if the merge step finds that the
  // function returns a size from the request, unchecked.
  void sizeFromOtherTu(FunctionContext &function, FindingCollector &findings, const clang::Expr *allocation,
                       const clang::Expr *size, const std::string &allocator, const Trace &trace) const {
    // read_exact(fd, &hdr, sizeof hdr) defined in another TU, then malloc(hdr.meta_len).
    for (const clang::Expr *call : function.calls()) {
      CallView filler = viewCall(call);
      if (!function.isUnseen(filler.callee)) continue;
      for (unsigned arg = 0; arg < filler.args.size(); ++arg) {
        if (!writableThrough(filler, arg)) continue;  // bad_source(data) gets a copy
        const clang::Decl *place = function.storageOf(filler.args[arg]);
        if (!place || !trace.places.count(place)) continue;
        std::string name = filler.callee->getNameAsString();
        PendingFinding pending{
            PendingFinding::Needs::ReturnedSource, function.usrOf(filler.callee), 0, fillsKey(arg), {}, {}};
        findings.reportPending(std::move(pending), info(), &function, allocation->getSourceRange(),
                               pendingMessage(function.sourceText(size), "through", name, allocator), Confidence::High,
                               {{call->getSourceRange(), "filled by '" + name + "'"},
                                {allocation->getSourceRange(), "and sizes an allocation here, unchecked"}});
        return;
      }
    }
    // size_t n = g_frame_length; malloc(n): stored in by a function of another TU.
    if (trace.global) {
      std::string name = trace.global->getNameAsString();
      PendingFinding pending{
          PendingFinding::Needs::ReturnedSource, function.usrOf(trace.global), 0, kReturnsRequestSize, {}, {}};
      findings.reportPending(std::move(pending), info(), &function, allocation->getSourceRange(),
                             pendingMessage(function.sourceText(size), "read from", name, allocator), Confidence::High,
                             {{allocation->getSourceRange(), "and sizes an allocation here, unchecked"}});
      return;
    }
    for (const CallView &source : function.unseenResultsIn(size)) {
      std::string name = source.callee->getNameAsString();
      PendingFinding pending{
          PendingFinding::Needs::ReturnedSource, function.usrOf(source.callee), 0, kReturnsRequestSize, {}, {}};
      findings.reportPending(std::move(pending), info(), &function, allocation->getSourceRange(),
                             pendingMessage(function.sourceText(size), "returned by", name, allocator),
                             Confidence::High,
                             {{source.expr->getSourceRange(), "returned by '" + name + "'"},
                              {allocation->getSourceRange(), "and sizes an allocation here, unchecked"}});
      return;
    }
  }

  // Whether a callee can fill the caller's storage through an argument: a pointer or an array
  // passed, or a parameter that is a reference to non-const.
  static bool writableThrough(const CallView &call, unsigned arg) {
    if (arg < call.callee->getNumParams()) {
      clang::QualType type = call.callee->getParamDecl(arg)->getType();
      if (type->isReferenceType()) return !type.getNonReferenceType().isConstQualified();
    }
    clang::QualType passed = call.args[arg]->IgnoreParenImpCasts()->getType();
    return passed->isPointerType() || passed->isArrayType();
  }

  // The message of a finding the merge step completes ({part}: what the other TU's function reads).
  static std::string pendingMessage(const std::string &size, const char *how, const std::string &function,
                                    const std::string &allocator) {
    std::string message = "size '";
    message.append(size).append("' comes from the request ({part}, ").append(how).append(" '").append(function);
    message.append("') and reaches '").append(allocator);
    message.append(
        "' with no upper bound checked: one request can make the server allocate as much as it asks for "
        "(CWE-789); reject sizes above a limit before allocating");
    return message;
  }

  // Follows a size backwards to the request, through locals, fields, integer parsing and
  // arithmetic, and helpers of this TU.
  Trace traceOf(FunctionContext &function, const Reads &filled, const clang::Expr *expr, unsigned depth) const {
    Trace trace;
    auto reached = [&](const clang::Decl *place) {
      trace.places.insert(place);
      if (auto found = filled.find(place); found != filled.end()) trace.origin = found->second;
      return trace.origin.has_value();
    };
    function.walkContributors(expr, [&](const clang::Expr *value) {
      if (trace.origin) return Walk::Stop;
      if (llvm::isa<clang::UnaryExprOrTypeTraitExpr, clang::StringLiteral>(value)) return Walk::Prune;
      if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(value)) {
        const auto *var = llvm::dyn_cast<clang::VarDecl>(ref->getDecl());
        if (!var) return Walk::Prune;
        if (reached(var)) return Walk::Stop;
        if (var->hasGlobalStorage() && !var->isStaticLocal()) {  // set by another function of this TU
          trace.origin = filledElsewhere(function, var);
          if (!trace.origin && var->isExternallyVisible() && !trace.global) trace.global = var;  // or of another
          return trace.origin ? Walk::Stop : Walk::Prune;
        }
        if (depth < kMaxHelperDepth)
          for (const clang::Expr *input : parsedInto(function, var))
            merge(trace, traceOf(function, filled, input, depth + 1));
        return trace.origin ? Walk::Stop : Walk::Continue;
      }
      if (const auto *member = llvm::dyn_cast<clang::MemberExpr>(value)) {
        const auto *field = llvm::dyn_cast<clang::FieldDecl>(member->getMemberDecl());
        if (!field) return Walk::Continue;
        if (function.models().inList("request-fields", field, function.names())) {
          trace.origin = Origin{"field '" + function.names().qualifiedName(field) + "'", member->getSourceRange()};
          return Walk::Stop;
        }
        // hdr.length: the struct (or this->header_) may have been read from the socket, here
        // or in another function of this TU.
        if (reached(field)) return Walk::Stop;
        trace.origin = filledElsewhere(function, field);
        return trace.origin ? Walk::Stop : Walk::Continue;
      }
      if (const auto *call = llvm::dyn_cast<clang::CallExpr>(value))
        return traceCall(function, filled, call, trace, depth);
      return Walk::Continue;
    });
    return trace;
  }

  static void merge(Trace &into, const Trace &from) {
    into.places.insert(from.places.begin(), from.places.end());
    into.clamped |= from.clamped;
    if (!into.global) into.global = from.global;
    if (!into.origin) {
      into.origin = from.origin;
      into.through = from.through;
    }
  }

  static std::string fillsKey(unsigned param) { return "CPP110:fills:" + std::to_string(param); }
  static std::string passesKey(unsigned param) { return "CPP110:passes:" + std::to_string(param); }
  static std::string fieldKey(const clang::FieldDecl *field) { return placeKey(field); }
  static std::string placeKey(const clang::Decl *place) {
    return "CPP110:field:" + std::to_string(reinterpret_cast<std::uintptr_t>(place->getCanonicalDecl()));
  }

  // Where another function of this TU reads the client's bytes into a field: the first in
  // the file, so that the message is the same whatever the order of the summaries.
  static std::optional<Origin> filledElsewhere(FunctionContext &function, const clang::Decl *field) {
    const SummaryTable *table = function.summaryTable();
    if (!table) return std::nullopt;
    const auto &sources = function.astContext().getSourceManager();
    std::optional<Origin> first;
    std::string key = placeKey(field);
    for (const auto &[callee, summary] : *table)
      if (auto found = summary.returnedSources.find(key); found != summary.returnedSources.end())
        if (!first || sources.isBeforeInTranslationUnit(found->second.site.getBegin(), first->range.getBegin()))
          first = Origin{found->second.description + ", in '" + callee->getNameAsString() + "'", found->second.site};
    return first;
  }

  static Reads filledByReads(FunctionContext &function) {
    Reads filled;
    auto fill = [&](const clang::Expr *arg, Origin origin) {
      const clang::Decl *place = function.storageOf(arg);
      // auto *p = static_cast<char *>(buf); recv(fd, p, ...): p's storage is buf's.
      for (unsigned hop = 0; place && hop < 3; ++hop) {
        filled.emplace(place, origin);
        const auto *alias = llvm::dyn_cast<clang::VarDecl>(place);
        if (!alias || !alias->getType()->isPointerType() || !alias->getInit()) break;
        place = function.storageOf(alias->getInit());
      }
    };
    for (const clang::Expr *call : function.calls()) {
      CallView view = viewCall(call);
      if (!view.callee) continue;
      std::string name = view.callee->getNameAsString();
      for (const SourceModel *source : function.models().sourcesFor(view.callee, function.names()))
        if (source->kind == "request" && source->to.kind == ArgRef::Kind::Index &&
            source->to.index < view.args.size() && function.conditionHolds(source->when, view))
          fill(view.args[source->to.index], Origin{"read from the client by '" + name + "'", call->getSourceRange()});
      // A helper of this TU that fills one of its parameters from the client (read_exact).
      if (const FunctionSummary *summary = function.summaryOf(view.callee))
        for (unsigned arg = 0; arg < view.args.size(); ++arg)
          if (auto found = summary->returnedSources.find(fillsKey(arg)); found != summary->returnedSources.end())
            fill(view.args[arg],
                 Origin{found->second.description + ", through '" + name + "'", call->getSourceRange()});
    }
    return filled;
  }

  // The texts parsed into a variable through an output argument: sscanf(line, "%zu", &n).
  static std::vector<const clang::Expr *> parsedInto(FunctionContext &function, const clang::VarDecl *var) {
    std::vector<const clang::Expr *> inputs;
    for (const clang::Expr *call : function.calls()) {
      CallView view = viewCall(call);
      if (!view.callee || view.args.size() < 2 ||
          !function.models().inList("out-parse-functions", view.callee, function.names()))
        continue;
      for (unsigned arg = 1; arg < view.args.size(); ++arg)
        if (function.storageOf(view.args[arg]) == var) inputs.push_back(view.args[0]);
    }
    return inputs;
  }

  Walk traceCall(FunctionContext &function, const Reads &filled, const clang::CallExpr *call, Trace &trace,
                 unsigned depth) const {
    const clang::FunctionDecl *callee = call->getDirectCallee();
    if (!callee) return Walk::Continue;
    const ModelIndex &models = function.models();
    if (models.inList("bound-functions", callee, function.names())) {
      trace.clamped = true;
      return Walk::Prune;
    }
    if (models.inList("size-functions", NameCache::simpleName(callee)) ||
        models.inList("position-functions", NameCache::simpleName(callee)))
      return Walk::Prune;  // req.body.size(), head.find("\r\n\r\n")
    // recv's count is at most the size it was given: bounded by the caller's own buffer.
    if (models.inList("read-functions", callee, function.names())) return Walk::Prune;
    CallView view = viewCall(call);
    std::string name = callee->getNameAsString();
    for (const SourceModel *source : models.sourcesFor(callee, function.names()))
      if (source->kind == "request" && source->to.kind == ArgRef::Kind::Return &&
          function.conditionHolds(source->when, view)) {
        if (limitedByFramework(function, view)) return Walk::Prune;
        trace.origin = Origin{"read by '" + function.names().qualifiedName(callee) + "'", call->getSourceRange()};
        return Walk::Stop;
      }
    if (const FunctionSummary *summary = function.summaryOf(callee)) {
      if (auto found = summary->returnedSources.find(kReturnsRequestSize); found != summary->returnedSources.end()) {
        trace.origin = Origin{found->second.description + ", returned by '" + name + "'", call->getSourceRange()};
        return Walk::Stop;
      }
      if (depth < kMaxHelperDepth) {
        std::vector<unsigned> flowing = summary->returnCopies;
        flowing.insert(flowing.end(), summary->returnJoins.begin(), summary->returnJoins.end());
        for (unsigned param : flowing)
          // A helper that clamps or checks what it returns (std::min(n, kMax)) bounds it.
          if (param < view.args.size() && summary->returnedSources.count(passesKey(param))) {
            merge(trace, traceOf(function, filled, view.args[param], depth + 1));
            if (trace.origin) return Walk::Stop;
          }
      }
      return Walk::Prune;
    }
    if (function.isUnseen(callee)) {
      if (!sizeWords_.match(name).empty() && boundedWords_.match(name).empty()) {
        trace.origin =
            Origin{"returned by '" + name + "', whose name says it is a size the client sent", call->getSourceRange()};
        return Walk::Stop;
      }
      // offline_blob_size(req["X-Reply-Size"]): the other TU says whether it returns it as is.
      for (unsigned arg = 0; arg < view.args.size() && depth < kMaxHelperDepth; ++arg) {
        Trace argument = traceOf(function, filled, view.args[arg], depth + 1);
        if (!argument.origin || argument.clamped) continue;
        trace.origin = argument.origin;
        trace.through = Passage{callee, arg, call->getSourceRange()};
        trace.places.insert(argument.places.begin(), argument.places.end());
        return Walk::Stop;
      }
      return Walk::Prune;
    }
    return Walk::Continue;  // std::stoul(header), ntohl(len), len + 1
  }

  // req.get_header_value("Content-Length") where this file gives its server a finite
  // set_payload_max_length: cpp-httplib answers 413 before the handler runs when the header
  // exceeds it (model lists payload-limited-sources, -headers and payload-limit-functions).
  static bool limitedByFramework(FunctionContext &function, const CallView &call) {
    const ModelIndex &models = function.models();
    if (call.args.empty() || !models.inList("payload-limited-sources", call.callee, function.names())) return false;
    const auto *header = stringLiteralIn(call.args[0]);
    if (!header || header->getCharByteWidth() != 1 ||
        !models.inList("payload-limited-headers", header->getString().lower()))
      return false;
    return setsPayloadLimit(function);
  }

  // Whether a function of the main file calls a payload-limit function with a finite limit.
  static bool setsPayloadLimit(FunctionContext &function) {
    class Finder : public clang::RecursiveASTVisitor<Finder> {
     public:
      explicit Finder(FunctionContext &function) : function_(function) {}
      bool VisitCallExpr(clang::CallExpr *call) {
        CallView view = viewCall(call);
        if (view.callee && !view.args.empty() &&
            function_.models().inList("payload-limit-functions", view.callee, function_.names()) &&
            !unlimited(view.args[0]))
          found = true;
        return !found;
      }
      bool found = false;

     private:
      FunctionContext &function_;
    };
    Finder finder(function);
    const clang::SourceManager &sources = function.astContext().getSourceManager();
    for (clang::Decl *decl : function.astContext().getTranslationUnitDecl()->decls())
      if (sources.isInMainFile(sources.getExpansionLoc(decl->getLocation()))) {
        finder.TraverseDecl(decl);
        if (finder.found) return true;
      }
    return false;
  }

  // Whether, before `site`, the function compares one of the places the size was held in
  // against something other than zero (`if (len > kMax) return;`). Loop conditions such as
  // `i < len` bound the loop, not the size.
  static bool boundedBefore(FunctionContext &function, const Trace &trace, const clang::Expr *site) {
    return boundedBefore(function, trace, site->getSourceRange());
  }
  static bool boundedBefore(FunctionContext &function, const Trace &trace, clang::SourceRange site) {
    const clang::Stmt *body = function.function().getBody();
    if (!body || trace.places.empty()) return false;
    auto &sources = function.astContext().getSourceManager();
    // A check on a copy (`auto requested = len; if (requested > kMax) ...`) bounds it too.
    llvm::SmallPtrSet<const clang::Decl *, 8> places = trace.places;
    for (const clang::Decl *place : trace.places)
      if (const auto *var = llvm::dyn_cast<clang::VarDecl>(place); var && var->isLocalVarDeclOrParm())
        for (const clang::DeclRefExpr *use : function.usesOf(var))
          if (const clang::Decl *copy = copiedInto(function, use)) places.insert(copy);
    bool bounded = false;
    std::function<void(const clang::Stmt *, bool)> visit = [&](const clang::Stmt *stmt, bool inLoopHeader) {
      if (!stmt || bounded || llvm::isa<clang::LambdaExpr>(stmt)) return;
      if (const auto *loop = llvm::dyn_cast<clang::ForStmt>(stmt)) {
        visit(loop->getInit(), false);
        visit(loop->getCond(), true);
        visit(loop->getInc(), true);
        visit(loop->getBody(), false);
        return;
      }
      if (const auto *binary = llvm::dyn_cast<clang::BinaryOperator>(stmt);
          binary && binary->isRelationalOp() && !inLoopHeader &&
          sources.isBeforeInTranslationUnit(binary->getBeginLoc(), site.getBegin()) && !isZero(binary->getLHS()) &&
          !isZero(binary->getRHS()) && boundsFromAbove(function, binary, places, site)) {
        bounded = true;
        return;
      }
      for (const clang::Stmt *child : stmt->children()) visit(child, inLoopHeader);
    };
    visit(body, false);
    return bounded;
  }

  // Whether a comparison caps the size: `n <= kMax` (or `kMax > n`) as a condition to go on, or
  // `n > kMax` deciding an `if` that leaves (returns, throws, breaks) or clamps. `n > 16`
  // before allocating n bytes only makes sure it is big enough.
  static bool boundsFromAbove(FunctionContext &function, const clang::BinaryOperator *comparison,
                              const llvm::SmallPtrSet<const clang::Decl *, 8> &places, clang::SourceRange site) {
    bool left = mentions(comparison->getLHS(), places), right = mentions(comparison->getRHS(), places);
    if (left == right) return false;
    auto op = comparison->getOpcode();
    bool belowLimit = left ? (op == clang::BO_LT || op == clang::BO_LE) : (op == clang::BO_GT || op == clang::BO_GE);
    const clang::Stmt *child = comparison;
    const clang::Stmt *parent = function.parent(child);
    while (parent &&
           (llvm::isa<clang::ParenExpr, clang::ImplicitCastExpr>(parent) ||
            (llvm::isa<clang::BinaryOperator>(parent) && llvm::cast<clang::BinaryOperator>(parent)->isLogicalOp()))) {
      child = parent;
      parent = function.parent(parent);
    }
    if (belowLimit) {
      // `if (p.size() < 4) throw ...;` rejects what is too short: the code after it runs with
      // the larger values only.
      const auto *branch = llvm::dyn_cast_or_null<clang::IfStmt>(parent);
      bool rejectsSmall = branch && branch->getCond() == child && !branch->getElse() &&
                          !branch->getThen()->getSourceRange().fullyContains(site) &&
                          rejectsOrClamps(branch->getThen(), {});
      return !rejectsSmall;
    }
    // `n > kMax`: a bound only where the branch it opens rejects or clamps.
    // n > kMax ? kMax : n clamps; line.size() > 5 ? line.substr(5) : "" does not (the large
    // case keeps the value).
    if (const auto *conditional = llvm::dyn_cast_or_null<clang::ConditionalOperator>(parent))
      return conditional->getCond() == child && !mentions(conditional->getTrueExpr(), places);
    // The branch it opens must not be where the allocation is (`if (n > 16) return malloc(n);`).
    const auto *branch = llvm::dyn_cast_or_null<clang::IfStmt>(parent);
    return branch && branch->getCond() == child && !branch->getThen()->getSourceRange().fullyContains(site) &&
           rejectsOrClamps(branch->getThen(), places);
  }

  static bool rejectsOrClamps(const clang::Stmt *stmt, const llvm::SmallPtrSet<const clang::Decl *, 8> &places) {
    if (!stmt) return false;
    if (llvm::isa<clang::ReturnStmt, clang::BreakStmt, clang::ContinueStmt, clang::GotoStmt, clang::CXXThrowExpr>(stmt))
      return true;
    if (const auto *call = llvm::dyn_cast<clang::CallExpr>(stmt))
      if (const auto *callee = call->getDirectCallee(); callee && callee->isNoReturn()) return true;  // exit, abort
    if (const auto *assign = llvm::dyn_cast<clang::BinaryOperator>(stmt);
        assign && assign->getOpcode() == clang::BO_Assign && mentions(assign->getLHS(), places))
      return true;  // n = kMax
    for (const clang::Stmt *child : stmt->children())
      if (rejectsOrClamps(child, places)) return true;
    return false;
  }

  // The variable a use is copied into, as its initializer or the right side of `=`.
  static const clang::Decl *copiedInto(FunctionContext &function, const clang::DeclRefExpr *use) {
    const clang::Stmt *parent = function.parent(use);
    while (parent && llvm::isa<clang::ImplicitCastExpr, clang::ParenExpr, clang::ExplicitCastExpr>(parent))
      parent = function.parent(parent);
    if (const auto *declStmt = llvm::dyn_cast_or_null<clang::DeclStmt>(parent))
      for (const auto *decl : declStmt->decls())
        if (const auto *var = llvm::dyn_cast<clang::VarDecl>(decl);
            var && var->getInit() && var->getInit()->IgnoreParenImpCasts() == use->IgnoreParenImpCasts())
          return var;
    if (const auto *assign = llvm::dyn_cast_or_null<clang::BinaryOperator>(parent);
        assign && assign->getOpcode() == clang::BO_Assign)
      if (const auto *target = llvm::dyn_cast<clang::DeclRefExpr>(stripWrappers(assign->getLHS())))
        return target->getDecl();
    return nullptr;
  }

  static bool isZero(const clang::Expr *expr) {
    const auto *integer = llvm::dyn_cast<clang::IntegerLiteral>(expr->IgnoreParenImpCasts());
    return integer && integer->getValue() == 0;
  }

  static bool mentions(const clang::Stmt *stmt, const llvm::SmallPtrSet<const clang::Decl *, 8> &places) {
    if (!stmt) return false;
    if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(stmt); ref && places.count(ref->getDecl())) return true;
    // hdr.name_len checked says nothing of hdr.meta_len: a field is its own place.
    if (const auto *member = llvm::dyn_cast<clang::MemberExpr>(stmt);
        member && llvm::isa<clang::FieldDecl>(member->getMemberDecl()))
      return places.count(member->getMemberDecl()) > 0;
    for (const clang::Stmt *child : stmt->children())
      if (mentions(child, places)) return true;
    return false;
  }

  // ---- Everything found by walking the body --------------------------------------------------

  void walk(FunctionContext &function, FindingCollector &findings, const Reads &reads, const clang::Stmt *stmt) const {
    if (!stmt || llvm::isa<clang::LambdaExpr>(stmt)) return;
    if (const auto *expr = llvm::dyn_cast<clang::CXXNewExpr>(stmt); expr && expr->isArray())
      if (std::optional<const clang::Expr *> count = expr->getArraySize(); count.has_value())
        checkSize(function, findings, reads, expr, *count, "new[]");
    if (const auto *declStmt = llvm::dyn_cast<clang::DeclStmt>(stmt))
      for (const auto *decl : declStmt->decls())
        if (const auto *var = llvm::dyn_cast<clang::VarDecl>(decl)) checkLocal(function, findings, reads, var);
    if (llvm::isa<clang::WhileStmt, clang::DoStmt, clang::ForStmt>(stmt)) checkReadLoop(function, findings, stmt);
    if (const auto *call = llvm::dyn_cast<clang::CallExpr>(stmt)) checkFrameworkCall(function, findings, *call);
    if (const auto *construct = llvm::dyn_cast<clang::CXXConstructExpr>(stmt))
      checkSlurp(function, findings, construct);
    for (const clang::Stmt *child : stmt->children()) walk(function, findings, reads, child);
  }

  void checkLocal(FunctionContext &function, FindingCollector &findings, const Reads &reads,
                  const clang::VarDecl *var) const {
    // char buf[n]: a variable-length array on the stack.
    if (const auto *array = function.astContext().getAsVariableArrayType(var->getType()))
      checkSize(function, findings, reads, array->getSizeExpr(), array->getSizeExpr(), "a variable-length array");
    // httplib::Server svr; with no svr.set_payload_max_length(...) in the function.
    const auto *record = var->getType()->getAsCXXRecordDecl();
    if (!record) return;
    const std::string &type = function.names().qualifiedName(record);
    if (type != "httplib::Server" && type != "httplib::SSLServer") return;
    for (const clang::Expr *call : function.calls()) {
      CallView view = viewCall(call);
      if (view.callee && view.callee->getNameAsString() == "set_payload_max_length" && view.object) {
        const auto *object = llvm::dyn_cast<clang::DeclRefExpr>(stripWrappers(view.object));
        if (object && object->getDecl() == var) return;
      }
    }
    report(function, findings, var->getLocation(),
           "'" + type + " " + var->getNameAsString() +
               "' accepts request bodies of any size: cpp-httplib reads the whole body into memory and its default "
               "limit is unbounded; call " +
               var->getNameAsString() +
               ".set_payload_max_length(...) with what the "
               "service needs");
  }

  void report(FunctionContext &function, FindingCollector &findings, clang::SourceLocation where,
              const std::string &message) const {
    if (!findings.firstAt(info(), where)) return;
    findings.report(info(), &function, clang::SourceRange(where, where), message + " (CWE-400, CWE-770)",
                    Confidence::Medium);
  }

  // A loop that reads from the client and appends to a buffer from outside the loop, with
  // no comparison on that buffer's size or on a running total.
  void checkReadLoop(FunctionContext &function, FindingCollector &findings, const clang::Stmt *loop) const {
    bool reads = false;
    const clang::Expr *append = nullptr;
    const clang::NamedDecl *buffer = nullptr;
    llvm::SmallPtrSet<const clang::Decl *, 8> totals;  // variables added to with += in the loop
    std::function<void(const clang::Stmt *)> scan = [&](const clang::Stmt *stmt) {
      if (!stmt || llvm::isa<clang::LambdaExpr>(stmt)) return;
      if (const auto *call = llvm::dyn_cast<clang::CallExpr>(stmt)) {
        CallView view = viewCall(call);
        if (view.callee && function.models().inList("read-functions", view.callee, function.names())) reads = true;
        if (!append)
          if (const clang::NamedDecl *target = appendTarget(function, view, loop)) append = call, buffer = target;
      }
      if (const auto *compound = llvm::dyn_cast<clang::CompoundAssignOperator>(stmt);
          compound && compound->getOpcode() == clang::BO_AddAssign)
        if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(stripWrappers(compound->getLHS())))
          totals.insert(ref->getDecl());
      for (const clang::Stmt *child : stmt->children()) scan(child);
    };
    scan(loop);
    if (!reads || !append) return;
    totals.insert(buffer);
    if (hasCap(loop, totals)) return;
    if (!findings.firstAt(info(), append->getBeginLoc())) return;
    findings.report(info(), &function, append->getSourceRange(),
                    "loop reads from the client and appends to '" + buffer->getNameAsString() +
                        "' with no limit on its size: a client that keeps sending makes it grow until memory runs "
                        "out (CWE-400, CWE-770); stop (and answer 413) once it passes a maximum",
                    Confidence::Medium,
                    {{loop->getSourceRange(), "the read loop"}, {append->getSourceRange(), "grows the buffer here"}});
  }

  // The variable declared before the loop (or the member) that a call in the loop appends to.
  static const clang::NamedDecl *appendTarget(FunctionContext &function, const CallView &call,
                                              const clang::Stmt *loop) {
    if (!call.callee) return nullptr;
    const clang::Expr *object = call.object;
    bool appends = object && function.models().inList("append-functions", NameCache::simpleName(call.callee));
    if (call.op == clang::OO_PlusEqual || call.op == clang::OO_LessLess) {
      appends = true;
      if (!object && !call.args.empty()) object = call.args[0];
    }
    if (!appends || !object) return nullptr;
    object = stripWrappers(object);
    if (!isGrowable(function, object->getType())) return nullptr;  // a logger's <<, a file stream
    if (const auto *member = llvm::dyn_cast<clang::MemberExpr>(object);
        member && llvm::isa<clang::CXXThisExpr>(member->getBase()->IgnoreParenImpCasts()))
      return llvm::dyn_cast<clang::FieldDecl>(member->getMemberDecl());
    const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(object);
    const auto *var = ref ? llvm::dyn_cast<clang::VarDecl>(ref->getDecl()) : nullptr;
    // std::clog << ...: the standard streams write out; they hold nothing.
    if (!var || function.models().inList("log-stream-objects", var, function.names())) return nullptr;
    auto &sources = function.astContext().getSourceManager();
    return sources.isBeforeInTranslationUnit(var->getLocation(), loop->getBeginLoc()) ? var : nullptr;
  }

  static bool isGrowable(FunctionContext &function, clang::QualType type) {
    const auto *record = type.getNonReferenceType()->getAsCXXRecordDecl();
    if (!record) return false;
    const clang::NamedDecl *named = record;
    if (const auto *spec = llvm::dyn_cast<clang::ClassTemplateSpecializationDecl>(record))
      named = spec->getSpecializedTemplate();
    return function.models().inList("growable-buffer-types", named, function.names());
  }

  static bool hasCap(const clang::Stmt *stmt, const llvm::SmallPtrSet<const clang::Decl *, 8> &watched) {
    if (!stmt) return false;
    if (const auto *binary = llvm::dyn_cast<clang::BinaryOperator>(stmt);
        binary && binary->isRelationalOp() && !isZero(binary->getLHS()) && !isZero(binary->getRHS()) &&
        (mentions(binary->getLHS(), watched) || mentions(binary->getRHS(), watched)))
      return true;
    for (const clang::Stmt *child : stmt->children())
      if (hasCap(child, watched)) return true;
    return false;
  }

  // ---- Framework limits ----------------------------------------------------------------------

  void checkFrameworkCall(FunctionContext &function, FindingCollector &findings, const clang::CallExpr &call) const {
    CallView view = viewCall(&call);
    if (!view.callee) return;
    const std::string &name = function.names().qualifiedName(view.callee);
    if (function.models().inList("dynamic-buffer-reads", view.callee, function.names()) && view.args.size() >= 2) {
      if (std::string buffer = unboundedDynamicBuffer(function, view.args[1]); !buffer.empty())
        report(function, findings, call.getBeginLoc(),
               "'" + name + "' reads into " + buffer +
                   " with no maximum size, so a client that never sends the delimiter (or sends a huge body) "
                   "makes it grow without end; give the buffer a max_size (boost::asio::streambuf buf(64 * 1024), "
                   "dynamic_buffer(s, limit))");
      return;
    }
    if (view.callee->getNameAsString() == "body_limit" && name.rfind("boost::beast::http::", 0) == 0 &&
        view.args.size() == 1 && unlimited(view.args[0]))
      report(function, findings, call.getBeginLoc(),
             "Beast parser body limit switched off ('" + function.sourceText(view.args[0]) +
                 "'): the parser accepts bodies of any size; set the largest body the endpoint needs");
    // ss << std::cin.rdbuf(): the whole of a client's input.
    if (view.op == clang::OO_LessLess && !view.args.empty()) {
      const auto *rdbuf = llvm::dyn_cast<clang::CXXMemberCallExpr>(stripWrappers(view.args.back()));
      if (rdbuf && rdbuf->getMethodDecl() && rdbuf->getMethodDecl()->getName() == "rdbuf" &&
          isRequestStream(function, rdbuf->getImplicitObjectArgument()))
        report(function, findings, call.getBeginLoc(),
               "the whole of the client's input ('" + function.sourceText(rdbuf->getImplicitObjectArgument()) +
                   "') is read into memory with no limit; read at most the size you accept");
    }
  }

  // "streambuf 'buf'" when the buffer argument has no max_size, or empty.
  static std::string unboundedDynamicBuffer(FunctionContext &function, const clang::Expr *arg) {
    const clang::Expr *buffer = stripWrappers(arg);
    if (const auto *call = llvm::dyn_cast<clang::CallExpr>(buffer)) {
      const auto *callee = call->getDirectCallee();
      if (callee && callee->getNameAsString() == "dynamic_buffer" && call->getNumArgs() == 1)
        return "'" + function.sourceText(call) + "'";
      return {};
    }
    const auto *record = buffer->getType().getNonReferenceType()->getAsCXXRecordDecl();
    const auto *spec = llvm::dyn_cast_or_null<clang::ClassTemplateSpecializationDecl>(record);
    if (!spec || !function.models().inList("streambuf-types", spec->getSpecializedTemplate(), function.names()))
      return {};
    if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(buffer)) {
      const auto *var = llvm::dyn_cast<clang::VarDecl>(ref->getDecl());
      if (var && defaultConstructed(var->getInit())) return "streambuf '" + var->getNameAsString() + "'";
    }
    if (const auto *member = llvm::dyn_cast<clang::MemberExpr>(buffer)) {
      const auto *field = llvm::dyn_cast<clang::FieldDecl>(member->getMemberDecl());
      if (field && !fieldGivenMaxSize(field)) return "streambuf '" + field->getNameAsString() + "'";
    }
    return {};
  }

  // No initializer, or a construction whose max_size is the default.
  static bool defaultConstructed(const clang::Expr *init) {
    if (!init) return true;
    const auto *construct = llvm::dyn_cast<clang::CXXConstructExpr>(stripWrappers(init));
    if (!construct) return false;
    return construct->getNumArgs() == 0 || llvm::isa<clang::CXXDefaultArgExpr>(construct->getArg(0));
  }

  static bool fieldGivenMaxSize(const clang::FieldDecl *field) {
    if (field->hasInClassInitializer() && !defaultConstructed(field->getInClassInitializer())) return true;
    const auto *record = llvm::dyn_cast<clang::CXXRecordDecl>(field->getParent());
    if (!record) return false;
    for (const auto *constructor : record->ctors())
      for (const auto *init : constructor->inits())
        if (init->getMember() == field && !defaultConstructed(init->getInit())) return true;
    return false;
  }

  // boost::none, std::numeric_limits<...>::max(), or a literal of 2^40 or more.
  static bool unlimited(const clang::Expr *arg) {
    const clang::Expr *value = stripWrappers(arg);
    if (const auto *construct = llvm::dyn_cast<clang::CXXConstructExpr>(value);
        construct && construct->getNumArgs() >= 1)
      value = stripWrappers(construct->getArg(0));
    if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(value); ref && ref->getDecl()->getName() == "none")
      return true;
    if (const auto *call = llvm::dyn_cast<clang::CallExpr>(value))
      if (const auto *callee = call->getDirectCallee(); callee && callee->getNameAsString() == "max") return true;
    if (const auto *integer = llvm::dyn_cast<clang::IntegerLiteral>(value))
      return integer->getValue().getActiveBits() > 40;
    return false;
  }

  static bool isRequestStream(FunctionContext &function, const clang::Expr *stream) {
    stream = stripWrappers(stream);
    if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(stream);
        ref && function.models().inList("request-streams", ref->getDecl(), function.names()))
      return true;
    const auto *record = stream->getType().getNonReferenceType()->getAsCXXRecordDecl();
    const auto *spec = llvm::dyn_cast_or_null<clang::ClassTemplateSpecializationDecl>(record);
    return spec && function.models().inList("request-stream-types", spec->getSpecializedTemplate(), function.names());
  }

  // std::string body(std::istreambuf_iterator<char>(std::cin), {}).
  void checkSlurp(FunctionContext &function, FindingCollector &findings,
                  const clang::CXXConstructExpr *construct) const {
    const auto *record = construct->getType()->getAsCXXRecordDecl();
    if (!record || record->getName() != "istreambuf_iterator" || construct->getNumArgs() != 1 ||
        !isRequestStream(function, construct->getArg(0)))
      return;
    report(function, findings, construct->getBeginLoc(),
           "the whole of the client's input ('" + function.sourceText(construct->getArg(0)) +
               "') is read into memory with no limit; read at most the size you accept (e.g. CONTENT_LENGTH, "
               "checked against a maximum)");
  }

  SensitiveNames sizeWords_;
  SensitiveNames boundedWords_;
};

}  // namespace

std::unique_ptr<Rule> makeUnboundedRequestBody(const ModelIndex &models) {
  return std::make_unique<UnboundedRequestBody>(models);
}

}  // namespace cppsec
