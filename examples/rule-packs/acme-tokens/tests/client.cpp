// A payments client: ACME tokens written into the code are CPP101, in any variable, as is a
// literal stored under the organisation's own credential name; tokens read from the
// environment, placeholders and look-alikes are not.
#include <cstdlib>
#include <string>

namespace payments {

struct Client {
  std::string base_url;
  std::string token;
};

Client production() {
  Client client;
  client.base_url = "https://api.acme.example";
  client.token = "acme_live_Q8vN2kXr7TzLw4PbYc9HsD3m";  // expect: CPP101
  return client;
}

// The format decides, not the name.
const char *const kFallback = "acme_test_Zr5Kd8WqN2xTy7LbVc4MhP9s";  // expect: CPP101

// The organisation's own credential name.
const std::string kWebhookSigningSeed = "c2VjcmV0LXNlZWQtZm9yLXdlYmhvb2tz";  // expect: CPP101

Client from_environment() {
  const char *token = std::getenv("ACME_TOKEN");
  return Client{"https://api.acme.example", token != nullptr ? token : ""};
}

// Placeholders and look-alikes.
const char *const kExample = "acme_live_XXXXXXXXXXXXXXXXXXXXXXXX";
const char *const kPrefix = "acme_live_";

}  // namespace payments
