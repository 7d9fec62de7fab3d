// CPP101 across TUs: db.cpp defines connect_database, main.cpp calls it with a literal
// password. The shared header names the parameter `password`, which is what makes the
// argument a credential; the finding is reported in main.cpp, at the literal.
#pragma once
#include <string>

namespace shop {

// db.cpp: opens the shop database with the given credentials.
bool connect_database(const std::string& host, const std::string& user, const std::string& password);

// db.cpp: closes it.
void disconnect_database();

}  // namespace shop
