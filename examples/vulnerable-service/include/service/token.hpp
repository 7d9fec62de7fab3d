// Tokens handed to clients: session ids, password-reset links, one-time passwords.
#pragma once

#include <string>

namespace service::token {

std::string make_session_token();
std::string make_reset_token();
int make_otp();
std::string make_csrf_token();
std::string new_request_id();

}  // namespace service::token
