#include <cstdlib>
#include <iostream>

#include "db.h"

namespace {

// Host and user are not credentials; the third argument goes to `password`: reported here.
bool open_primary() {
  return shop::connect_database("db.shop.internal", "shop_app", "Sh0p-Db-2024!");  // expect: CPP101(high)
}

// The same function with the password taken from the environment: quiet.
bool open_replica() {
  const char* password = std::getenv("SHOP_REPLICA_PASSWORD");
  return password != nullptr && shop::connect_database("replica.shop.internal", "shop_ro", password);
}

}  // namespace

int main() {
  if (!open_primary() && !open_replica()) {
    std::cerr << "cannot reach the database\n";
    return 1;
  }
  shop::disconnect_database();
  return 0;
}
