#include <string>

#include "service/handlers.hpp"

namespace service {
namespace {

std::string user_json(const db::User &user) {
  return "{\"id\":" + std::to_string(user.id) + ",\"name\":" + json_string(user.name) +
         ",\"email\":" + json_string(user.email) + "}";
}

}  // namespace

void register_user_routes(Router &router, Services &services) {
  router.add("GET", "/users", [&services](const Request &request) {
    auto user = services.users.find_by_id(std::stoll(request.param("id", "0")));
    return user ? Response::json(user_json(*user)) : Response::error(404, "no such user");
  });

  router.add("GET", "/users/by-name", [&services](const Request &request) {
    auto user = services.users.find_by_name(request.param("name"));
    return user ? Response::json(user_json(*user)) : Response::error(404, "no such user");
  });

  router.add("GET", "/users/search", [&services](const Request &request) {
    std::string body = "[";
    for (const auto &user : services.users.search(request.param("name"), request.param("domain"))) {
      body += (body.size() > 1 ? "," : "") + user_json(user);
    }
    return Response::json(body + "]");
  });
}

}  // namespace service
