// CPP212 negatives: hosts and URLs taken from the request but checked first, in a condition of
// the same function or by a function whose name says it checks (allowed, validate, trusted...).
#include <httplib.h>
#include <curl/curl.h>
#include <netdb.h>

#include <boost/asio.hpp>
#include <boost/beast/http.hpp>

#include <cstdlib>
#include <set>
#include <string>

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

namespace integrations {

// Defined in another TU: names that say they check their argument.
bool is_allowed_host(const std::string& host);
void validate_webhook_url(const std::string& url);
bool trusted_upstream(const std::string& name);

void register_routes(httplib::Server& svr) {
  // Checked by is_allowed_host() before the client is made.
  svr.Get("/relay", [](const httplib::Request& req, httplib::Response& res) {
    const std::string host = req.get_param_value("host");
    if (!is_allowed_host(host)) {
      res.status = 403;
      return;
    }
    httplib::Client cli(host, 443);
    res.status = cli.Get("/") ? 200 : 502;
  });

  // Passed to validate_webhook_url(), which throws on a private or unknown address.
  svr.Post("/webhook/test", [](const httplib::Request& req, httplib::Response& res) {
    const std::string url = req.get_param_value("url");
    validate_webhook_url(url);
    CURL* curl = curl_easy_init();
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    res.status = 204;
  });

  // Compared with a fixed set of hosts.
  svr.Get("/status-of", [](const httplib::Request& req, httplib::Response& res) {
    static const std::set<std::string> kHosts = {"billing.internal", "search.internal"};
    const std::string service = req.get_param_value("service");
    if (kHosts.count(service) == 0) {
      res.status = 404;
      return;
    }
    httplib::Client cli("http://" + service);
    res.status = cli.Get("/health") ? 200 : 502;
  });

  // A prefix test in a ?: keeps only URLs of one origin.
  svr.Get("/docs-proxy", [](const httplib::Request& req, httplib::Response& res) {
    const std::string page = req.get_param_value("page");
    const std::string url = page.starts_with("https://docs.example.com/") ? page : "https://docs.example.com/";
    CURL* curl = curl_easy_init();
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    res.status = 200;
  });
}

// Beast: the Host header checked by trusted_upstream() before it is resolved.
void beast_route(net::io_context& io, const http::request<http::string_body>& req) {
  const std::string name(req[http::field::host]);
  if (!trusted_upstream(name)) return;
  tcp::resolver resolver(io);
  resolver.resolve(name, "http");
}

// CGI: the query string checked character by character in a loop before getaddrinfo().
int cgi_lookup() {
  const char* qs = std::getenv("QUERY_STRING");
  const std::string host = qs != nullptr ? qs : "";
  for (char c : host) {
    if (c != '.' && c != '-' && (c < 'a' || c > 'z')) return 1;
  }
  if (host != "mail.example.com" && host != "www.example.com") return 1;
  addrinfo* result = nullptr;
  const int rc = getaddrinfo(host.c_str(), "443", nullptr, &result);
  if (rc == 0) freeaddrinfo(result);
  return rc;
}

}  // namespace integrations
