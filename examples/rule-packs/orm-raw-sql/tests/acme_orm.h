// The parts of the in-house ORM the tests use (declarations only).
#pragma once
#include <string>

namespace acme::orm {
struct Result {};
class Query {
 public:
  Query &where_raw(const std::string &condition);
  Result all();
};
class Session {
 public:
  Result raw(const std::string &sql);
  Query query(const std::string &table);
};
std::string quote(const std::string &value);
}  // namespace acme::orm
