// CPP212 positives with Boost.Beast request data and Boost.Asio resolvers (resolve and
// async_resolve), and with Crow and Drogon handlers (through minimal stand-ins of their classes).
#include <curl/curl.h>

#include <boost/asio.hpp>
#include <boost/beast/http.hpp>

#include <functional>
#include <memory>
#include <string>

// Stand-in for Crow (crow_all.h is not installed): the real namespace, class and member names.
namespace crow {
struct query_string {
  char* get(const std::string& name) const;
};
struct request {
  std::string url;
  query_string url_params;
  std::string body;
  const std::string& get_header_value(const std::string& key) const;
};
struct response {
  std::string body;
  void end();
};
}  // namespace crow

// Stand-in for Drogon (drogon/HttpClient.h is not installed).
namespace drogon {
class HttpRequest {
 public:
  const std::string& getParameter(const std::string& key) const;
  const std::string& getHeader(const std::string& key) const;
  const std::string& body() const;
};
using HttpRequestPtr = std::shared_ptr<HttpRequest>;
class HttpClient;
using HttpClientPtr = std::shared_ptr<HttpClient>;
class HttpClient {
 public:
  static HttpClientPtr newHttpClient(const std::string& hostString);
};
}  // namespace drogon

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

namespace fetcher {

// Beast: a host taken from the query of the target, resolved.
void beast_connect(net::io_context& io, const http::request<http::string_body>& req) {
  const std::string target(req.target());
  const std::string host = target.substr(target.find("host=") + 5);
  tcp::resolver resolver(io);
  auto endpoints = resolver.resolve(host, "443");  // expect: CPP212
  tcp::socket sock(io);
  net::connect(sock, endpoints);
}

// Beast: a header field resolved asynchronously.
void beast_async(net::io_context& io, const http::request<http::string_body>& req) {
  auto resolver = std::make_shared<tcp::resolver>(io);
  const std::string backend(req["X-Backend-Host"]);
  resolver->async_resolve(backend, "http",  // expect: CPP212
                          [resolver](const boost::system::error_code&, tcp::resolver::results_type) {});
}

// Beast: the body is a URL fetched with libcurl.
std::string beast_unfurl(const http::request<http::string_body>& req) {
  const std::string link = req.body();
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, link.c_str());  // expect: CPP212
  curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  return link;
}

// Crow: a query parameter as the URL.
void crow_proxy(const crow::request& req, crow::response& res) {
  const char* url = req.url_params.get("url");
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, url);  // expect: CPP212
  curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  res.end();
}

// Crow: a header joined into a URL with a path taken from the request URL.
void crow_forward(const crow::request& req, crow::response& res) {
  const std::string url = "http://" + req.get_header_value("X-Backend") + req.url;
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());  // expect: CPP212
  curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  res.end();
}

// Drogon: a client created for a host chosen by the caller.
void drogon_ping(const drogon::HttpRequestPtr& req) {
  auto client = drogon::HttpClient::newHttpClient(req->getParameter("base"));  // expect: CPP212
  (void)client;
}

// Drogon: a helper whose parameter is the host, called with a header.
drogon::HttpClientPtr client_for(const std::string& host) {
  return drogon::HttpClient::newHttpClient("https://" + host);
}

void drogon_tenant(const drogon::HttpRequestPtr& req) {
  const std::string tenant = req->getHeader("X-Tenant-Host");
  auto client = client_for(tenant);  // expect: CPP212
  (void)client;
}

}  // namespace fetcher
