#include "shop.h"

namespace shop {

std::string count_sql(const std::string& table) { return "SELECT COUNT(*) FROM " + table; }

std::string health_sql() { return "SELECT 1"; }

}  // namespace shop
