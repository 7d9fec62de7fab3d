#include "findings/Report.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>

#include "llvm/Support/xxhash.h"

namespace cppsec {
namespace {

auto placeKey(const Finding &f) {
  return std::tie(f.pos.file, f.pos.line, f.pos.column, f.ruleId, f.pos.endLine, f.pos.endColumn, f.message);
}

auto notificationKey(const Notification &n) {
  return std::tie(n.file, n.line, n.column, n.message, n.level);
}

std::string hex64(uint64_t value) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value));
  return buffer;
}

void replaceAll(std::string &text, const std::string &from, const std::string &to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
}

// A call through a base class's virtual method may run any override (baseObject->action(n)
// with the override in another TU): the base's USR gets what its overrides do, in USR order.
bool mergeOverrides(std::map<std::string, ExportedSummary> &byUsr) {
  bool changed = false;
  std::vector<std::pair<std::string, std::string>> links;  // base, override
  for (const auto &[usr, summary] : byUsr)
    for (const auto &base : summary.overrides) links.emplace_back(base, usr);
  for (const auto &[baseUsr, overrideUsr] : links) {
    const ExportedSummary &runs = byUsr.at(overrideUsr);  // (map references survive insertion)
    auto [entry, created] = byUsr.try_emplace(baseUsr);
    ExportedSummary &base = entry->second;
    if (created) {
      base.usr = baseUsr;
      base.name = runs.name;
      changed = true;
    }
    for (const auto &sink : runs.paramSinks)
      if (std::none_of(base.paramSinks.begin(), base.paramSinks.end(),
                       [&](const auto &mine) { return mine.param == sink.param && mine.kind == sink.kind; })) {
        base.paramSinks.push_back(sink);
        changed = true;
      }
    for (const auto &source : runs.returned)
      if (std::none_of(base.returned.begin(), base.returned.end(),
                       [&](const auto &mine) { return mine.kind == source.kind; })) {
        base.returned.push_back(source);
        changed = true;
      }
    if (runs.returnsBuilt && !base.returnsBuilt) {
      base.returnsBuilt = true;
      base.returnPart = runs.returnPart;
      base.returnSite = runs.returnSite;
      changed = true;
    }
  }
  return changed;
}

// Joins the summaries of all TUs and lets facts travel along calls between TUs until
// nothing changes (bounded): a parameter passed to a function that runs it as SQL makes
// the caller's parameter a sink too; returning a callee's built text builds it too.
std::map<std::string, ExportedSummary> resolveSummaries(std::vector<TuResult> &results) {
  constexpr int kMaxRounds = 16;
  std::map<std::string, ExportedSummary> byUsr;
  for (auto &result : results)
    for (auto &summary : result.summaries) {
      auto entry = byUsr.find(summary.usr);
      if (entry == byUsr.end()) {
        std::string usr = summary.usr;
        byUsr.emplace(std::move(usr), std::move(summary));
        continue;
      }
      // The same inline function seen by two TUs, or a global stored in by functions of both.
      for (auto &returned : summary.returned)
        if (std::none_of(entry->second.returned.begin(), entry->second.returned.end(),
                         [&](const auto &known) { return known.kind == returned.kind; }))
          entry->second.returned.push_back(std::move(returned));
    }
  for (int round = 0; round < kMaxRounds; ++round) {
    bool changed = mergeOverrides(byUsr);
    for (auto &[usr, summary] : byUsr) {
      for (const auto &call : summary.paramCalls) {
        auto callee = byUsr.find(call.callee);
        if (callee == byUsr.end() || callee->first == usr) continue;
        for (const auto &sink : callee->second.paramSinks) {
          if (sink.param != call.arg) continue;
          bool known = std::any_of(summary.paramSinks.begin(), summary.paramSinks.end(), [&](const auto &mine) {
            return mine.param == call.param && mine.kind == sink.kind;
          });
          if (known) continue;
          summary.paramSinks.push_back({call.param, sink.kind, call.calleeName + " -> " + sink.sink, sink.site});
          changed = true;
        }
      }
      // Returning a callee's weak draw (or request size...) returns it too.
      for (const auto &calleeUsr : summary.returnsResultOf) {
        auto callee = byUsr.find(calleeUsr);
        if (callee == byUsr.end() || callee->first == usr) continue;
        for (const auto &returned : callee->second.returned) {
          bool known = std::any_of(summary.returned.begin(), summary.returned.end(),
                                   [&](const auto &mine) { return mine.kind == returned.kind; });
          if (known) continue;
          summary.returned.push_back(returned);
          changed = true;
        }
      }
      if (summary.returnsBuilt) continue;
      for (const auto &calleeUsr : summary.returnsResultOf) {
        auto callee = byUsr.find(calleeUsr);
        if (callee == byUsr.end() || callee->first == usr || !callee->second.returnsBuilt) continue;
        summary.returnsBuilt = true;
        summary.returnPart = callee->second.returnPart;
        summary.returnSite = callee->second.returnSite;
        changed = true;
        break;
      }
    }
    if (!changed) break;
  }
  return byUsr;
}

// Keeps the pending findings whose condition another TU's summary fulfils.
// How a pending finding's flow names the sink it ends in, by the sink's kind.
std::string sinkRole(const std::string &kind) {
  if (kind == "sql") return "as SQL text";
  if (kind == "log") return "and is logged";
  return "(a " + kind + " sink)";
}

void resolvePending(std::vector<TuResult> &results, const std::map<std::string, ExportedSummary> &summaries,
                    std::vector<Finding> &findings) {
  for (auto &result : results) {
    for (auto &pending : result.pending) {
      auto callee = summaries.find(pending.callee);
      if (callee == summaries.end()) continue;
      Finding &finding = pending.finding;
      if (pending.needs == PendingFinding::Needs::ParamSink) {
        auto sink =
            std::find_if(callee->second.paramSinks.begin(), callee->second.paramSinks.end(), [&](const auto &s) {
              return s.param == pending.arg && s.kind == pending.kind &&
                     (pending.fields.empty() ||
                      std::find(pending.fields.begin(), pending.fields.end(), s.field) != pending.fields.end());
            });
        if (sink == callee->second.paramSinks.end()) continue;
        replaceAll(finding.message, "{sink}", sink->sink);
        finding.flow.push_back({sink->site, "where it reaches '" + sink->sink.substr(sink->sink.rfind(' ') + 1) + "' " +
                                                sinkRole(sink->kind)});
      } else if (pending.needs == PendingFinding::Needs::ReturnedSource) {
        const auto &returned = callee->second.returned;
        auto source = std::find_if(returned.begin(), returned.end(),
                                   [&](const auto &r) { return r.kind == pending.kind && !r.reported; });
        if (source == returned.end()) continue;
        replaceAll(finding.message, "{part}", source->description);
        finding.flow.insert(finding.flow.begin(), {source->site, "'" + source->description + "' produced here, in '" +
                                                                     callee->second.name + "'"});
      } else {
        // Built by the callee itself, or joined there from an argument that is not constant here.
        const ExportedSummary &builder = callee->second;
        std::string part = builder.returnsBuilt ? builder.returnPart : "";
        for (unsigned join : builder.returnJoins)
          if (auto arg = pending.nonConstantArgs.find(join); part.empty() && arg != pending.nonConstantArgs.end())
            part = arg->second;
        if (part.empty()) continue;
        replaceAll(finding.message, "{part}", part);
        if (builder.returnsBuilt)
          finding.flow.insert(finding.flow.begin(), {builder.returnSite, "text built in '" + builder.name +
                                                                             "' from non-constant '" + part + "'"});
      }
      findings.push_back(std::move(finding));
    }
  }
}

}  // namespace

const RuleInfo *Report::rule(const std::string &id) const {
  for (const auto &info : rules)
    if (info.id == id) return &info;
  return nullptr;
}

std::string Report::relativePath(const std::string &file) const {
  if (!root.empty() && file.size() > root.size() && file.compare(0, root.size(), root) == 0 &&
      (file[root.size()] == '/' || root.back() == '/'))
    return file.substr(root.size() + (root.back() == '/' ? 0 : 1));
  return file;
}

Report mergeResults(std::vector<TuResult> results, std::string root) {
  Report report;
  report.root = std::move(root);
  resolvePending(results, resolveSummaries(results), report.findings);
  for (auto &result : results) {
    ++report.tusAnalysed;
    if (result.failed) ++report.tusFailed;
    for (auto &finding : result.findings) report.findings.push_back(std::move(finding));
    for (auto &notification : result.notifications) report.notifications.push_back(std::move(notification));
  }
  auto &findings = report.findings;
  // Ties on the place are broken by everything else that can differ, so the order (and the
  // copy kept below) never depends on which TU finished first.
  std::sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
    return std::tuple_cat(placeKey(a), std::tie(b.confidence, a.function, a.snippet)) <
           std::tuple_cat(placeKey(b), std::tie(a.confidence, b.function, b.snippet));
  });
  // A finding in a header is seen by every TU that includes it: keep one, with the highest
  // confidence any TU reached.
  std::vector<Finding> unique;
  for (auto &finding : findings) {
    if (!unique.empty() && placeKey(unique.back()) == placeKey(finding)) {
      unique.back().confidence = std::max(unique.back().confidence, finding.confidence);
      continue;
    }
    unique.push_back(std::move(finding));
  }
  findings = std::move(unique);

  // Fingerprint: rule, file, enclosing function and the normalised line, plus an ordinal
  // among identical ones, so edits elsewhere in the file leave it unchanged.
  std::map<std::string, unsigned> seen;
  for (auto &finding : findings) {
    std::string key = finding.ruleId + '\0' + report.relativePath(finding.pos.file) + '\0' + finding.function + '\0' +
                      normaliseSnippet(finding.snippet);
    unsigned ordinal = seen[key]++;
    key += '\0' + std::to_string(ordinal);
    finding.fingerprint = hex64(llvm::xxh3_64bits(llvm::StringRef(key)));
  }

  auto &notes = report.notifications;
  std::sort(notes.begin(), notes.end(),
            [](const Notification &a, const Notification &b) { return notificationKey(a) < notificationKey(b); });
  notes.erase(std::unique(notes.begin(), notes.end(),
                          [](const Notification &a, const Notification &b) {
                            return notificationKey(a) == notificationKey(b);
                          }),
              notes.end());
  return report;
}

}  // namespace cppsec
