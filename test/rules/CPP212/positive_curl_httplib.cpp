// CPP212 positives: request data from cpp-httplib handlers and CGI environment variables used as
// the URL or host of an outgoing request: libcurl (CURLOPT_URL, curl_url_set), the httplib
// Client / ClientImpl constructors, getaddrinfo() and gethostbyname().
#include <httplib.h>
#include <curl/curl.h>
#include <netdb.h>
#include <sys/socket.h>

#include <cstdlib>
#include <sstream>
#include <string>

namespace proxy {

// Declared only (another TU): its result is assumed to carry its arguments.
std::string cgi_param(const char* query_string, const char* name);
std::string strip_whitespace(const std::string& text);

size_t collect(char* data, size_t size, size_t n, void* out) {
  static_cast<std::string*>(out)->append(data, size * n);
  return size * n;
}

// A helper returning request data.
std::string upstream_of(const httplib::Request& req) { return req.get_header_value("X-Upstream"); }

// A helper whose parameter is the URL: reported at the callers that pass request data.
std::string fetch(const std::string& url) {
  std::string body;
  CURL* curl = curl_easy_init();
  if (curl == nullptr) return body;
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
  curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  return body;
}

void register_routes(httplib::Server& svr) {
  // ?url=http://169.254.169.254/latest/meta-data/ reaches the cloud metadata service.
  svr.Get("/preview", [](const httplib::Request& req, httplib::Response& res) {
    const std::string url = req.get_param_value("url");
    CURL* curl = curl_easy_init();
    std::string body;
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());  // expect: CPP212
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
    curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    res.set_content(body, "text/html");
  });

  // The host from a header joined into a URL; an emptiness test does not check where it points.
  svr.Get("/avatar", [](const httplib::Request& req, httplib::Response& res) {
    const std::string host = req.get_header_value("X-Avatar-Host");
    if (host.empty()) return;
    std::string url = "https://";
    url += host;
    url.append("/avatars/default.png");
    CURL* curl = curl_easy_init();
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());  // expect: CPP212
    curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    res.status = 204;
  });

  // curl_url_set with the whole URL and with the host part.
  svr.Post("/webhook/test", [](const httplib::Request& req, httplib::Response& res) {
    CURLU* u = curl_url();
    curl_url_set(u, CURLUPART_URL, req.body.c_str(), 0);  // expect: CPP212
    curl_url_set(u, CURLUPART_HOST, req.get_param_value("host").c_str(), 0);  // expect: CPP212
    CURL* curl = curl_easy_init();
    curl_easy_setopt(curl, CURLOPT_CURLU, u);  // the handle itself is not request data
    curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    curl_url_cleanup(u);
    res.status = 204;
  });

  // The httplib client built from a query parameter (scheme://host:port).
  svr.Get("/health-of", [](const httplib::Request& req, httplib::Response& res) {
    httplib::Client cli(req.get_param_value("target"));  // expect: CPP212
    auto r = cli.Get("/health");
    res.status = r ? r->status : 502;
  });

  // Host and port form of the client, host from a helper returning request data.
  svr.Get("/relay", [](const httplib::Request& req, httplib::Response& res) {
    const std::string upstream = upstream_of(req);
    httplib::Client cli(upstream, 8080);  // expect: CPP212
    auto r = cli.Get(req.path.c_str());
    if (r) res.set_content(r->body, "application/json");
  });

  // ClientImpl from a string stream, with the path capture as the host.
  svr.Get(R"(/probe/([^/]+))", [](const httplib::Request& req, httplib::Response& res) {
    std::ostringstream host;
    host << req.matches[1] << ".svc.cluster.local";
    httplib::ClientImpl cli(host.str());  // expect: CPP212
    res.status = cli.Get("/")  ? 200 : 502;
  });

  // Through a function of another TU.
  svr.Get("/resolve", [](const httplib::Request& req, httplib::Response& res) {
    const std::string name = strip_whitespace(req.get_param_value("name"));
    hostent* he = gethostbyname(name.c_str());  // expect: CPP212
    res.status = he != nullptr ? 200 : 404;
  });

  // A helper whose parameter reaches CURLOPT_URL: reported at the call.
  svr.Get("/import", [](const httplib::Request& req, httplib::Response& res) {
    res.set_content(fetch(req.get_param_value("feed")), "application/xml");  // expect: CPP212
  });

  // The same helper with a constant URL: no finding.
  svr.Get("/news", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(fetch("https://news.example.com/feed.xml"), "application/xml");
  });
}

// CGI: a query-string parameter resolved with getaddrinfo().
int cgi_lookup() {
  const char* qs = std::getenv("QUERY_STRING");
  const std::string host = cgi_param(qs, "host");
  addrinfo hints{};
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* result = nullptr;
  const int rc = getaddrinfo(host.c_str(), "80", &hints, &result);  // expect: CPP212
  if (rc == 0) freeaddrinfo(result);
  return rc;
}

// CGI: the Referer fetched back by libcurl.
int cgi_refetch() {
  const char* referer = std::getenv("HTTP_REFERER");
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, referer);  // expect: CPP212
  const CURLcode rc = curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  return rc == CURLE_OK ? 0 : 1;
}

}  // namespace proxy
