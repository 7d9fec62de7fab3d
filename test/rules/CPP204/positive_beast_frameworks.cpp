// CPP204 positives with Boost.Beast request data, Boost.Process, and Crow / Drogon handlers
// (Crow and Drogon through minimal stand-ins), plus execlp/execle with "-c".
#include <unistd.h>

#include <boost/beast/http.hpp>
#include <boost/process.hpp>

#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <vector>

// Stand-in for Crow (crow_all.h is not installed): the real namespace, class and member names.
namespace crow {
struct query_string {
  char* get(const std::string& name) const;
};
struct response {
  int code = 200;
  std::string body;
  void end();
};
struct request {
  std::string url;
  std::string raw_url;
  query_string url_params;
  std::string body;
  const std::string& get_header_value(const std::string& key) const;
};
}  // namespace crow

// Stand-in for Drogon (drogon/HttpRequest.h is not installed).
namespace drogon {
class HttpRequest {
 public:
  const std::string& getParameter(const std::string& key) const;
  const std::string& getHeader(const std::string& key) const;
  const std::string& getPath() const;
  const std::string& getCookie(const std::string& key) const;
};
using HttpRequestPtr = std::shared_ptr<HttpRequest>;
}  // namespace drogon

namespace beast = boost::beast;
namespace http = beast::http;
namespace bp = boost::process;

namespace ops {

// Beast: the request target (path and query) joined into a command.
void handle_convert(const http::request<http::string_body>& req) {
  std::string cmd = "pandoc -o /tmp/out.pdf /srv/docs";
  cmd += std::string(req.target());
  std::system(cmd.c_str());  // expect: CPP204(high)
}

// Beast: a header field value (operator[]) passed to Boost.Process.
int handle_notify(const http::request<http::string_body>& req) {
  const std::string agent(req[http::field::user_agent]);
  return bp::system("notify-send " + agent);  // expect: CPP204(high)
}

// Beast: the body handed to a bp::child as its whole command line.
void handle_batch(const http::request<http::string_body>& req) {
  const std::string script = req.body();
  bp::child worker("/usr/local/bin/batch " + script);  // expect: CPP204(high)
  worker.wait();
}

// Beast: req.at(field), cut with substr(), run by sh -c through execlp().
void handle_lang(const http::request<http::string_body>& req) {
  const std::string lang(req.at(http::field::accept_language));
  const std::string first = lang.substr(0, lang.find(','));
  execlp("sh", "sh", "-c", ("locale-gen " + first).c_str(), static_cast<char*>(nullptr));  // expect: CPP204(high)
}

// Crow: a query parameter (query_string::get) joined into popen().
void crow_lookup(const crow::request& req, crow::response& res) {
  const char* domain = req.url_params.get("domain");
  std::string cmd = std::string("nslookup ") + domain;
  FILE* p = popen(cmd.c_str(), "r");  // expect: CPP204(high)
  if (p != nullptr) pclose(p);
  res.end();
}

// Crow: the request URL (a request field) joined into a command.
void crow_mirror(const crow::request& req, crow::response& res) {
  system(("wget -q -P /srv/mirror http://origin.internal" + req.url).c_str());  // expect: CPP204(high)
  res.end();
}

// Crow: a header value.
void crow_audit(const crow::request& req, crow::response& res) {
  const std::string user = req.get_header_value("X-User");
  std::system(("audit-log --user " + user).c_str());  // expect: CPP204(high)
  res.end();
}

// Drogon: getParameter() and getHeader() joined into a command run by execle().
void drogon_report(const drogon::HttpRequestPtr& req) {
  const std::string month = req->getParameter("month");
  const std::string fmt = req->getHeader("X-Format");
  const std::string cmd = "make-report --month " + month + " --format " + fmt;
  char* const env[] = {nullptr};
  execle("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr), env);  // expect: CPP204(high)
}

// Drogon: the request path passed to a helper of this file that builds and runs the command.
void purge_cache(const std::string& path) {
  const std::string cmd = "varnishadm ban req.url '~' " + path;
  std::system(cmd.c_str());  // expect: CPP204(medium)
}

void drogon_purge(const drogon::HttpRequestPtr& req) {
  purge_cache(req->getPath());  // expect: CPP204(high)
}

// Drogon: a cookie value; a ?: default does not make it safe for a shell (CPP204 ignores checks).
void drogon_theme(const drogon::HttpRequestPtr& req) {
  const std::string theme = req->getCookie("theme");
  const std::string cmd = "set-theme " + (theme.empty() ? std::string("light") : theme);
  std::system(cmd.c_str());  // expect: CPP204(high)
}

}  // namespace ops
