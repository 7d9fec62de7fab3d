// Payment-provider webhooks: the provider POSTs JSON and signs the body with HMAC-SHA256.
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <cstdio>
#include <string>

#include "service/handlers.hpp"

namespace service {
namespace {

// BUG(CPP101): the signing secret shared with the payment provider is in the source (and in
// every binary and backup of it); it belongs in the environment or a secrets manager.
const char kWebhookSecret[] = "whsec_9f8e7d6c5b4a39281706f5e4d3c2b1a0";

std::string to_hex(const unsigned char *data, unsigned length) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  for (unsigned i = 0; i < length; ++i) {
    out += digits[data[i] >> 4];
    out += digits[data[i] & 0xf];
  }
  return out;
}

std::string expected_signature(const std::string &body) {
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned length = 0;
  HMAC(EVP_sha256(), kWebhookSecret, sizeof kWebhookSecret - 1, reinterpret_cast<const unsigned char *>(body.data()),
       body.size(), mac, &length);
  return to_hex(mac, length);
}

}  // namespace

void register_webhook_routes(Router &router, Services &services) {
  router.add("POST", "/webhooks/payment", [&services](const Request &request) {
    const auto signature = request.headers.find("x-signature");
    if (signature == request.headers.end()) return Response::error(401, "unsigned");
    // BUG(CPP411): != returns at the first differing byte; timing the 401s lets an attacker
    // forge a signature byte by byte. CRYPTO_memcmp compares in constant time.
    if (signature->second != expected_signature(request.body)) return Response::error(401, "bad signature");
    // Correct: the event id and the byte count are not secrets.
    std::printf("webhook %s (%zu bytes)\n", request.param("event").c_str(), request.body.size());
    services.orders.cancel(std::stoll(request.param("order")));
    return Response::json("{\"ok\":true}");
  });
}

}  // namespace service
