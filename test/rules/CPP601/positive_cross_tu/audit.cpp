#include "audit.h"

#include <spdlog/spdlog.h>

#include <fstream>

namespace audit {

// The parameter reaches the log; this line is not reported (message is not a secret by itself).
void audit_event(const std::string& message) { spdlog::info("audit: {}", message); }

void archive_event(const std::string& message) {
  std::ofstream out("/var/lib/app/events.jsonl", std::ios::app);
  out << message << "\n";
}

std::string redact(const std::string& value) {
  if (value.size() <= 4) return std::string(value.size(), '*');
  return std::string(value.size() - 4, '*') + value.substr(value.size() - 4);
}

}  // namespace audit
