#include "shop.h"

namespace shop {

std::string orders_for(const std::string& customer) {
  return "SELECT * FROM orders WHERE customer = '" + customer + "'";
}

std::string recent_orders_for(const std::string& customer) { return orders_for(customer); }

std::string count_all_orders() { return "SELECT COUNT(*) FROM orders"; }

}  // namespace shop
