#pragma once
// What one TU tells vulncheck, as plain data: the libraries it includes and at which
// version, the project's functions and the calls among them, and every call into a library
// with its constant arguments. Independent of every other TU; merged by lib/vuln/Reachability.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "findings/Finding.h"
#include "vuln/Libraries.h"

namespace cppsec {

struct LibraryUse {
  std::string library;    // catalogue name: libcurl
  std::string bundledIn;  // spdlog, for its bundled fmt
  std::string header;     // the first of its headers the TU included (absolute)
  std::optional<DetectedVersion> version;
};

// An argument as written at a call, with what is known of it at compile time.
struct ArgValue {
  std::string text;                    // the source text, as written
  std::optional<int64_t> integer;      // its value, when an integer constant expression
  std::optional<std::string> literal;  // its contents, when a string literal
  bool constant() const { return integer.has_value() || literal.has_value(); }
};

struct LibraryCall {
  size_t library = 0;  // index into VulnTuResult::libraries
  std::string symbol;  // API name: curl_easy_setopt, httplib::Server::listen
  std::string caller;  // USR of the project function that calls it
  SourcePos site;
  std::vector<ArgValue> args;
  bool reference = false;  // its address is taken (a callback), arguments unknown
};

struct ProjectFunction {
  std::string usr;
  std::string name;  // qualified, for traces
  SourcePos pos;
  bool isMain = false;
  bool externallyVisible = false;
};

struct CallEdge {
  std::string caller, callee;  // USRs
  SourcePos site;
};

struct VulnTuResult {
  std::string file;
  bool failed = false;
  std::vector<Notification> notifications;
  std::vector<LibraryUse> libraries;
  std::vector<ProjectFunction> functions;
  std::vector<CallEdge> edges;
  std::vector<LibraryCall> calls;
};

}  // namespace cppsec
