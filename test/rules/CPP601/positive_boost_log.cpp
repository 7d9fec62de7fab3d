// cppsec-test-flags: -Wno-enum-constexpr-conversion
// CPP601 positives: secrets streamed into Boost.Log, trivial and severity loggers.
// Reported on the line of BOOST_LOG_TRIVIAL(...) / BOOST_LOG_SEV(...).
// The flag above: Boost 1.74's MPL trips Clang 16+'s enum-constexpr-conversion check (an error by default).
#include <boost/log/sources/record_ostream.hpp>
#include <boost/log/sources/severity_logger.hpp>
#include <boost/log/trivial.hpp>

#include <string>

namespace billing {

namespace logging = boost::log;
using severity_logger = logging::sources::severity_logger<logging::trivial::severity_level>;

struct MerchantAccount {
  std::string merchant;
  std::string api_secret;
  std::string webhook_signing_secret;
};

struct CardInput {
  std::string credit_card;
  std::string expiry;
  std::string cvv;
};

// BOOST_LOG_TRIVIAL(info) with an API secret field: high.
void on_merchant_loaded(const MerchantAccount& acct) {
  BOOST_LOG_TRIVIAL(info) << "merchant " << acct.merchant << " secret " << acct.api_secret;  // expect: CPP601(high)
}

// BOOST_LOG_TRIVIAL(debug) with a credit card number: high.
void on_card_submitted(const CardInput& card) {
  BOOST_LOG_TRIVIAL(debug) << "card " << card.credit_card << " exp " << card.expiry;  // expect: CPP601(high)
}

// BOOST_LOG_TRIVIAL(error) split over lines: reported on the macro's line.
void on_webhook_rejected(const MerchantAccount& acct, const std::string& body) {
  BOOST_LOG_TRIVIAL(error) << "webhook rejected (" << body.size() << " bytes), expected signature from "  // expect: CPP601(high)
                           << acct.webhook_signing_secret;
}

// BOOST_LOG_SEV with a severity logger: the logger and level do not count, the cvv does: high.
void on_cvv_mismatch(severity_logger& lg, const CardInput& card) {
  BOOST_LOG_SEV(lg, logging::trivial::warning) << "cvv mismatch: " << card.cvv;  // expect: CPP601(high)
}

// A class that keeps a severity logger and a member token: high.
class PartnerSync {
 public:
  void start() {
    BOOST_LOG_SEV(log_, logging::trivial::info) << "syncing partner " << partner_ << " with " << sync_token_;  // expect: CPP601(high)
  }

 private:
  severity_logger log_;
  std::string partner_;
  std::string sync_token_;
};

// Concatenated message with a password, logged at fatal: high.
void on_keystore_corrupt(const std::string& keystore_password) {
  const std::string message = "keystore unreadable, tried '" + keystore_password + "'";
  BOOST_LOG_TRIVIAL(fatal) << message;  // expect: CPP601(high)
}

// Near misses: merchant name and the expiry field are not secrets.
void on_card_expiring(const MerchantAccount& acct, const CardInput& card) {
  BOOST_LOG_TRIVIAL(info) << "card for " << acct.merchant << " expires " << card.expiry;
}

}  // namespace billing
