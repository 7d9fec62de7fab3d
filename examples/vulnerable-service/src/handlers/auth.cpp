#include <cstdio>
#include <string>

#include "service/handlers.hpp"
#include "service/token.hpp"

namespace service {
namespace {

// Stand-in for the mail/SMS gateway.
void send_message(const std::string &to, const std::string &text) {
  std::printf("message to %s: %s\n", to.c_str(), text.c_str());
}

}  // namespace

void register_auth_routes(Router &router, Services &services) {
  router.add("POST", "/login", [&services](const Request &request) {
    const auto name = request.param("name");
    const auto hash = services.users.password_hash(name);
    if (!hash || !verify_password(request.param("password"), *hash)) return Response::error(401, "bad credentials");
    const auto user = services.users.find_by_name(name);
    if (!user) return Response::error(401, "bad credentials");
    const std::string session = token::make_session_token();
    services.users.save_session(user->id, session);
    Response response = Response::json("{\"ok\":true}");
    response.headers["set-cookie"] = "sid=" + session + "; HttpOnly; Secure; SameSite=Strict";
    response.headers["x-csrf-token"] = token::make_csrf_token();
    return response;
  });

  router.add("POST", "/login/otp", [](const Request &request) {
    const int code = token::make_otp();
    char text[64];
    std::snprintf(text, sizeof text, "Your login code is %06d", code);
    // BUG(CPP601): the gateway stand-in prints every message, so the one-time password
    // ends up in the service's log.
    send_message(request.param("phone"), text);
    return Response::json("{\"sent\":true}");
  });

  router.add("POST", "/password-reset", [&services](const Request &request) {
    if (const auto user = services.users.find_by_name(request.param("name"))) {
      const std::string reset_token = token::make_reset_token();
      services.users.save_reset_token(user->id, reset_token);
      // BUG(CPP601): and so does every password-reset link, token included.
      send_message(user->email, "Reset your password: https://shop.example/reset?token=" + reset_token);
    }
    return Response::json("{\"sent\":true}");  // same answer whether or not the user exists
  });
}

}  // namespace service
