// CPP601 negatives: secrets that pass through a masking, redacting or hashing function before the log
// call, and objects whose printing leaves the secret out or masks it. Nothing here is reported.
#include <glog/logging.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>

namespace masked {

// Project helpers; only their names matter to the rule.
std::string mask(const std::string& value) {
  if (value.size() <= 4) return std::string(value.size(), '*');
  return std::string(value.size() - 4, '*') + value.substr(value.size() - 4);
}
std::string redact(const std::string& value);
std::string sha256_hex(const std::string& data);
std::string fingerprint(const std::string& pem);
std::string last4(const std::string& digits);
std::string obfuscate(const std::string& value);
std::string anonymize(const std::string& value);
std::string sanitize_for_log(const std::string& value);
std::string truncate_for_log(const std::string& value, std::size_t keep);
std::string hide_middle(const std::string& value);
std::string censor(const std::string& value);
std::string digest_b64(const std::string& value);
std::string hmac_hash(const std::string& key_material, const std::string& value);

struct Card {
  std::string holder;
  std::string card_number;
  std::string cvv;
};

struct Account {
  std::string email;
  std::string password;
  std::string api_token;
};

// mask(card_number): the masked form is logged.
void on_charge(const Card& card, double amount) {
  spdlog::info("charged {:.2f} to {}", amount, mask(card.card_number));
}

// redact(token) in a glog chain.
void on_token_refresh(const std::string& user, const std::string& refresh_token) {
  LOG(INFO) << "refreshed " << user << " with " << redact(refresh_token);
}

// A hash of the token identifies it in logs without revealing it.
void on_token_revoked(const std::string& token) {
  std::printf("revoked token sha256=%s\n", sha256_hex(token).c_str());
}

// The fingerprint of a private key, not the key.
void on_key_loaded(const std::string& private_key_pem) {
  spdlog::info("loaded signing key {}", fingerprint(private_key_pem));
}

// Only the last four digits of the card number.
void on_card_saved(const Card& card) {
  std::cout << "saved card ending " << last4(card.card_number) << " for " << card.holder << "\n";
}

// obfuscate / anonymize / sanitize / truncate / hide / censor / digest / hash: each masks its argument.
void dump_debug_state(const Account& acct, const std::string& session_token, const std::string& cookie) {
  spdlog::debug("a={}", obfuscate(acct.password));
  spdlog::debug("b={}", anonymize(acct.api_token));
  spdlog::debug("c={}", sanitize_for_log(session_token));
  spdlog::debug("d={}", truncate_for_log(cookie, 6));
  spdlog::debug("e={}", hide_middle(acct.api_token));
  spdlog::debug("f={}", censor(acct.password));
  spdlog::debug("g={}", digest_b64(session_token));
  spdlog::debug("h={}", hmac_hash("log-pepper", acct.password));
}

// A masked value kept in a local, then concatenated into the message.
void on_payout(const Card& card) {
  const std::string shown = mask(card.card_number);
  const std::string msg = "payout to card " + shown;
  LOG(INFO) << msg;
}

// operator<< of this TU that leaves the password out: logging the whole object is fine.
std::ostream& operator<<(std::ostream& os, const Account& acct) {
  return os << "Account{" << acct.email << "}";
}

void on_account_loaded(const Account& acct) {
  LOG(INFO) << "loaded " << acct;
  std::cout << acct << "\n";
}

// operator<< that prints the card only through mask(): fine.
std::ostream& operator<<(std::ostream& os, const Card& card) {
  return os << card.holder << " " << mask(card.card_number);
}

void on_card_verified(const Card& card) {
  LOG(INFO) << "verified " << card;
}

// to_string() that redacts the token: fine.
class Session {
 public:
  std::string to_string() const { return "Session{" + user_ + ", token=" + redact(token_) + "}"; }

 private:
  std::string user_;
  std::string token_;
};

void on_session_opened(const Session& s) {
  spdlog::info("opened {}", s.to_string());
}

}  // namespace masked
