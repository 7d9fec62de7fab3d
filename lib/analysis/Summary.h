#pragma once
// What one function does with values, as seen from its callers: the basis of the
// inter-procedural analysis. Computed bottom-up over the call graph of a TU, callees
// first, and consulted at every call site.
#include <map>
#include <string>
#include <vector>

#include "clang/Basic/SourceLocation.h"

namespace clang {
class FieldDecl;
class FunctionDecl;
class VarDecl;
}  // namespace clang

namespace cppsec {

// How a value came to be. Constant < Opaque (not constant, but not built here) < Built
// (joined at run time from parts of which at least one is not constant).
enum class ValueClass { Constant, Opaque, Built };

// A parameter whose value reaches a sink inside the function (or further down).
struct ParamSink {
  unsigned param = 0;
  std::string kind;         // the sink's kind (sql, ...)
  std::string sink;         // "sqlite3_exec", or "run_query -> sqlite3_exec"
  clang::SourceRange site;  // the innermost sink call
  bool joined = false;      // joined with other text on the way (a command built from it)
  std::string field = {};   // when the parameter is a struct: the field that is the value, if known
};

// A value of some kind (e.g. from a weak generator) that the function returns.
struct ReturnedSource {
  std::string description;  // e.g. "std::mt19937"
  clang::SourceRange site;  // where it was produced
  bool reported = false;    // already reported with high confidence where it was produced
};

struct FunctionSummary {
  // The returned text when the parameters are constants: Constant, Opaque (e.g. a member)
  // or Built (the function builds it from non-constant parts of its own).
  ValueClass returns = ValueClass::Constant;
  std::string returnPart;              // a non-constant part, when Built
  clang::SourceRange returnSite;       // where it was built
  std::vector<unsigned> returnCopies;  // parameters whose value the result carries as is
  std::vector<unsigned> returnJoins;   // parameters joined with other text into the result
  std::vector<ParamSink> paramSinks;
  std::map<std::string, ReturnedSource> returnedSources;  // by rule-defined kind
  // Calls into functions this TU cannot see (defined in another TU): resolved at merge.
  struct UnseenCall {
    unsigned param;  // our parameter...
    const clang::FunctionDecl *callee;
    unsigned arg;  // ...passed unchanged as this argument
  };
  std::vector<UnseenCall> paramCalls;
  std::vector<const clang::FunctionDecl *> returnsResultOf;  // unseen callees whose result we return
  // Globals other TUs can see that the function stores a value of some kind in (a size from
  // the request): readers in other TUs learn of it at the merge step, by the global's USR.
  struct StoredGlobal {
    const clang::VarDecl *global;
    std::string kind;
    ReturnedSource source;
  };
  std::vector<StoredGlobal> storedGlobals;
};

using SummaryTable = std::map<const clang::FunctionDecl *, FunctionSummary>;

// What the methods of a class store in one of its fields, seen across all the methods of the
// TU: text built in `build()` and kept in `query_` is built text when `run()` reads it.
struct MemberSummary {
  ValueClass value = ValueClass::Constant;
  std::string part;         // a non-constant part, when Built
  bool numeric = false;     // every non-constant part is a number
  clang::SourceRange site;  // where it was built
  std::string method;       // the method that stores it
};
using MemberTable = std::map<const clang::FieldDecl *, MemberSummary>;

}  // namespace cppsec
