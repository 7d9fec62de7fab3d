#include <string>

#include "audit.h"

namespace handlers {

struct TokenGrant {
  std::string user;
  std::string access_token;
};

// A message built from the token, logged by audit.cpp: reported here, at the audit_event call.
void on_token_refreshed(const TokenGrant& grant) {
  audit::audit_event("token refreshed for " + grant.user + ": " + grant.access_token);  // expect: CPP601(high)
}

// The password passed straight to the helper: reported at the call.
void on_password_reset(const std::string& user, const std::string& new_password) {
  const std::string message = "reset " + user + " -> " + new_password;
  audit::audit_event(message);  // expect: CPP601(high)
}

// Non-sensitive message through the same helper: quiet.
void on_logout(const std::string& user) { audit::audit_event("logout " + user); }

// The token redacted before it reaches the helper: quiet.
void on_token_revoked(const TokenGrant& grant) {
  audit::audit_event("revoked " + audit::redact(grant.access_token));
}

// The token handed to the archive helper, which writes a file, not a log: quiet.
void on_token_archived(const TokenGrant& grant) { audit::archive_event(grant.access_token); }

}  // namespace handlers
