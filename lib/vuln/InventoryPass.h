#pragma once
// The per-TU pass of `cppsec vulncheck`: library versions from the preprocessor, the
// project's call graph and its calls into libraries, from the AST.
#include <vector>

#include "analysis/TuAnalysis.h"
#include "vuln/Inventory.h"

namespace cppsec {

class LibraryCatalogue;
class PathFilter;

struct InventorySetup {
  const LibraryCatalogue *libraries = nullptr;
  const PathFilter *paths = nullptr;
};

VulnTuResult inventoryTu(const TuJob &job, const InventorySetup &setup);
// All TUs on `threads` workers; results in job order. A TU that crashes the front end is
// reported as failed and the others go on.
std::vector<VulnTuResult> inventoryAll(const std::vector<TuJob> &jobs, unsigned threads, const InventorySetup &setup);

}  // namespace cppsec
