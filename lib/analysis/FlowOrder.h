#pragma once
// Which writes of a value reach a use, on Clang's CFG of one function body: a backward
// search from the use that stops, path by path, at the first write that surely replaces
// the value. Branches, loops, switch, goto, break and early returns all come from the CFG.
#include <memory>
#include <optional>
#include <vector>

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"

namespace clang {
class ASTContext;
class CFG;
class CFGBlock;
class FunctionDecl;
class ParentMap;
class Stmt;
}  // namespace clang

namespace cppsec {

class FlowOrder {
 public:
  FlowOrder(const clang::FunctionDecl &function, clang::ASTContext &context, const clang::ParentMap &parents);
  ~FlowOrder();
  FlowOrder(const FlowOrder &) = delete;
  FlowOrder &operator=(const FlowOrder &) = delete;

  struct Site {
    const clang::Stmt *stmt;
    bool replaces;  // the old value is surely gone after it
  };
  struct Reaching {
    std::vector<size_t> sites;  // indices into the sites asked about
    bool replaced = false;      // no path from the function's entry keeps the old value
  };
  // Nothing when a site or the use is not on the CFG (inside a lambda body, a catch handler,
  // or a body the CFG builder gave up on): the caller then judges by source order.
  std::optional<Reaching> reaching(llvm::ArrayRef<Site> sites, const clang::Stmt *use) const;

 private:
  struct Position {
    unsigned block;
    unsigned index;
  };
  std::optional<Position> positionOf(const clang::Stmt *stmt) const;

  std::unique_ptr<clang::CFG> cfg_;
  const clang::ParentMap &parents_;
  std::vector<const clang::CFGBlock *> blocks_;  // by block id
  llvm::DenseMap<const clang::Stmt *, Position> positions_;
};

}  // namespace cppsec
