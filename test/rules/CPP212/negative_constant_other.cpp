// CPP212 negatives: constant and configured endpoints, numbers and encoded values from the
// request in a fixed URL, and request data that reaches options other than the URL or host.
#include <httplib.h>
#include <curl/curl.h>
#include <netdb.h>

#include <boost/asio.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace billing {

struct Config {
  std::string payments_url;
  std::string ledger_host;
};

// Declared only: percent-encodes its argument (the name contains "encode", a sanitizer word).
std::string url_encode(const std::string& text);

// A configured endpoint, from argv in main().
int main_like(int argc, char** argv) {
  const std::string endpoint = argc > 1 ? argv[1] : "https://payments.example.com";
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, endpoint.c_str());
  const CURLcode rc = curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  return rc == CURLE_OK ? 0 : 1;
}

void register_routes(httplib::Server& svr, const Config& cfg) {
  // A configured URL; the request value goes in the POST body, not in the URL.
  svr.Post("/charge", [&cfg](const httplib::Request& req, httplib::Response& res) {
    CURL* curl = curl_easy_init();
    curl_easy_setopt(curl, CURLOPT_URL, cfg.payments_url.c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, req.body.c_str());
    curl_easy_setopt(curl, CURLOPT_USERAGENT, req.get_header_value("User-Agent").c_str());
    curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    res.status = 202;
  });

  // A number from the request in the path of a constant host.
  svr.Get("/invoice", [](const httplib::Request& req, httplib::Response& res) {
    const long id = std::stol(req.get_param_value("id"));
    const std::string url = "https://ledger.example.com/invoices/" + std::to_string(id);
    CURL* curl = curl_easy_init();
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    res.status = 200;
  });

  // An encoded value in the query of a constant URL.
  svr.Get("/search", [](const httplib::Request& req, httplib::Response& res) {
    const std::string url = "https://search.example.com/q?term=" + url_encode(req.get_param_value("q"));
    CURL* curl = curl_easy_init();
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    res.status = 200;
  });

  // A constant client; the request value is only the path given to Get() on that host.
  svr.Get("/catalog", [](const httplib::Request& req, httplib::Response& res) {
    httplib::Client cli("https://catalog.example.com");
    auto r = cli.Get(("/items?tag=" + req.get_param_value("tag")).c_str());
    if (r) res.set_content(r->body, "application/json");
  });

  // A configured host resolved; the request only chooses the port (the service argument).
  svr.Get("/ledger", [&cfg](const httplib::Request& req, httplib::Response& res) {
    const std::string port = req.get_param_value("port");
    addrinfo* result = nullptr;
    if (getaddrinfo(cfg.ledger_host.c_str(), port.c_str(), nullptr, &result) == 0) freeaddrinfo(result);
    res.status = 200;
  });
}

// Boost.Asio: a constant host resolved; the request value reaches only a log line.
void resolve_constant(net::io_context& io, const std::string& request_id) {
  tcp::resolver resolver(io);
  auto endpoints = resolver.resolve("api.example.com", "443");
  (void)endpoints;
  std::fprintf(stderr, "resolved for %s\n", request_id.c_str());
}

// CGI: the query string is printed, the host resolved is constant.
int cgi_main() {
  const char* qs = std::getenv("QUERY_STRING");
  std::printf("Content-Type: text/plain\r\n\r\n%s\n", qs != nullptr ? qs : "");
  return gethostbyname("www.example.com") != nullptr ? 0 : 1;
}

}  // namespace billing
