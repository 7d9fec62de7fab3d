// A hand-written request/response pair and routing table: no web framework needed.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <utility>

namespace service {

// Quotes a value for a JSON document.
inline std::string json_string(const std::string &value) {
  std::string out = "\"";
  for (char c : value) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) >= 0x20) out += c;
  }
  return out + "\"";
}

struct Request {
  std::string method;                          // "GET", "POST", ...
  std::string path;                            // "/users/search"
  std::map<std::string, std::string> query;    // ?name=bob&limit=10
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;

  std::string param(const std::string &name, const std::string &fallback = {}) const {
    auto it = query.find(name);
    return it == query.end() ? fallback : it->second;
  }
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::map<std::string, std::string> headers;

  static Response json(std::string body, int status = 200) { return {status, "application/json", std::move(body), {}}; }
  static Response error(int status, const std::string &message) {
    return {status, "application/json", "{\"error\":" + json_string(message) + "}", {}};
  }
};

using Handler = std::function<Response(const Request &)>;

class Router {
 public:
  void add(std::string method, std::string path, Handler handler) {
    routes_[{std::move(method), std::move(path)}] = std::move(handler);
  }

  Response dispatch(const Request &request) const {
    auto it = routes_.find({request.method, request.path});
    if (it == routes_.end()) return Response::error(404, "not found");
    return it->second(request);
  }

 private:
  std::map<std::pair<std::string, std::string>, Handler> routes_;
};

// Parses "GET /users/search?name=bob&limit=10" (the demo reads such lines from stdin).
Request parse_request_line(const std::string &line);

}  // namespace service
