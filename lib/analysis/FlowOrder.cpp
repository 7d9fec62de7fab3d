#include "analysis/FlowOrder.h"

#include <algorithm>

#include "clang/AST/ParentMap.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/BitVector.h"

namespace cppsec {

FlowOrder::FlowOrder(const clang::FunctionDecl &function, clang::ASTContext &context, const clang::ParentMap &parents)
    : parents_(parents) {
  clang::CFG::BuildOptions options;
  // Every expression becomes an element, so a use inside a larger expression has a place
  // of its own, ordered after what it is evaluated from.
  options.setAllAlwaysAdd();
  options.AddImplicitDtors = false;
  options.AddTemporaryDtors = false;
  options.AddInitializers = false;
  options.AddCXXDefaultInitExprInCtors = false;
  cfg_ = clang::CFG::buildCFG(&function, function.getBody(), &context, options);
  if (!cfg_) return;
  blocks_.resize(cfg_->getNumBlockIDs());
  for (const clang::CFGBlock *block : *cfg_) {
    blocks_[block->getBlockID()] = block;
    unsigned index = 0;
    for (const clang::CFGElement &element : *block) {
      if (auto statement = element.getAs<clang::CFGStmt>())
        positions_.try_emplace(statement->getStmt(), Position{block->getBlockID(), index});
      ++index;
    }
    if (const clang::Stmt *terminator = block->getTerminatorStmt())
      positions_.try_emplace(terminator, Position{block->getBlockID(), index});
  }
  // A declaration of several variables is split into one synthetic statement each; the
  // original stands where the last of them does.
  for (auto [synthetic, original] : llvm::make_range(cfg_->synthetic_stmt_begin(), cfg_->synthetic_stmt_end())) {
    auto found = positions_.find(synthetic);
    if (found == positions_.end()) continue;
    auto [slot, inserted] = positions_.try_emplace(original, found->second);
    if (!inserted && slot->second.block == found->second.block && slot->second.index < found->second.index)
      slot->second = found->second;
  }
}

FlowOrder::~FlowOrder() = default;

std::optional<FlowOrder::Position> FlowOrder::positionOf(const clang::Stmt *stmt) const {
  // An expression the builder folded into its parent (parentheses, some casts) stands
  // where the parent does.
  for (const clang::Stmt *up = stmt; up; up = parents_.getParent(up)) {
    if (llvm::isa<clang::CXXCatchStmt, clang::LambdaExpr>(up)) return std::nullopt;
    auto found = positions_.find(up);
    if (found != positions_.end()) return found->second;
  }
  return std::nullopt;
}

std::optional<FlowOrder::Reaching> FlowOrder::reaching(llvm::ArrayRef<Site> sites, const clang::Stmt *use) const {
  if (!cfg_) return std::nullopt;
  auto usePosition = positionOf(use);
  if (!usePosition) return std::nullopt;
  // The sites of each block, latest first.
  llvm::DenseMap<unsigned, std::vector<std::pair<unsigned, size_t>>> sitesIn;
  for (size_t i = 0; i < sites.size(); ++i) {
    auto position = positionOf(sites[i].stmt);
    if (!position) return std::nullopt;
    sitesIn[position->block].emplace_back(position->index, i);
  }
  for (auto &entry : sitesIn)
    std::sort(entry.second.begin(), entry.second.end(), [](auto a, auto b) { return a.first > b.first; });

  Reaching result;
  std::vector<bool> reached(sites.size(), false);
  bool entryKeepsOld = false;
  llvm::BitVector scanned(cfg_->getNumBlockIDs());
  std::vector<std::pair<const clang::CFGBlock *, unsigned>> work;
  // Walks a block backwards from below `limit`; true when the path goes on past its start.
  auto scan = [&](const clang::CFGBlock *block, unsigned limit) {
    auto found = sitesIn.find(block->getBlockID());
    if (found == sitesIn.end()) return true;
    const auto &inBlock = found->second;
    for (size_t i = 0; i < inBlock.size();) {
      unsigned index = inBlock[i].first;
      if (index >= limit) {
        ++i;
        continue;
      }
      // All writes at one statement happen together.
      bool replaces = false;
      for (; i < inBlock.size() && inBlock[i].first == index; ++i) {
        reached[inBlock[i].second] = true;
        replaces = replaces || sites[inBlock[i].second].replaces;
      }
      if (replaces) return false;
    }
    return true;
  };
  work.emplace_back(blocks_[usePosition->block], usePosition->index);
  while (!work.empty()) {
    auto [block, limit] = work.back();
    work.pop_back();
    if (!scan(block, limit)) continue;
    if (block == &cfg_->getEntry()) {
      entryKeepsOld = true;
      continue;
    }
    for (const clang::CFGBlock::AdjacentBlock &predecessor : block->preds()) {
      const clang::CFGBlock *previous = predecessor.getReachableBlock();
      if (!previous || scanned.test(previous->getBlockID())) continue;
      scanned.set(previous->getBlockID());
      work.emplace_back(previous, ~0U);
    }
  }
  for (size_t i = 0; i < sites.size(); ++i)
    if (reached[i]) result.sites.push_back(i);
  result.replaced = !entryKeepsOld;
  return result;
}

}  // namespace cppsec
