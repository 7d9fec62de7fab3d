// CPP601 across TUs: a logging helper declared here and defined in audit.cpp; handlers.cpp calls it.
// Each .cpp is analysed separately, then the results are merged, as a real run does.
#pragma once
#include <string>

namespace audit {

// audit.cpp: writes the message to the log with spdlog::info.
void audit_event(const std::string& message);

// audit.cpp: appends the message to an archive file (an std::ofstream, not a log).
void archive_event(const std::string& message);

// audit.cpp: masks all but the last four characters.
std::string redact(const std::string& value);

}  // namespace audit
