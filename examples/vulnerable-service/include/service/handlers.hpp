#pragma once

#include "service/db.hpp"
#include "service/http.hpp"

namespace service {

struct Services {
  db::UserRepository &users;
  db::OrderRepository &orders;
  db::ReportingRepository &reports;
};

void register_user_routes(Router &router, Services &services);
void register_order_routes(Router &router, Services &services);
void register_auth_routes(Router &router, Services &services);
void register_webhook_routes(Router &router, Services &services);

// PBKDF2-HMAC-SHA256 check of "salt$hexdigest" hashes.
bool verify_password(const std::string &password, const std::string &stored_hash);

}  // namespace service
