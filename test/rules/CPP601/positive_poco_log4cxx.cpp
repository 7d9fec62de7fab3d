// CPP601 positives: secrets logged through Poco::Logger (methods and poco_* macros) and Apache log4cxx
// (LOG4CXX_* macros, whose message argument is a << chain). Reported where the log call starts.
#include <Poco/Logger.h>
#include <log4cxx/logger.h>

#include <sstream>
#include <string>

namespace poco_service {

struct ClientRegistration {
  std::string client_name;
  std::string client_secret;
};

// Poco::Logger::information with a concatenated password: high.
void on_admin_created(Poco::Logger& logger, const std::string& admin, const std::string& initial_password) {
  logger.information("created admin " + admin + " with password " + initial_password);  // expect: CPP601(high)
}

// Poco::Logger::warning with a client secret field: high.
void on_client_registered(Poco::Logger& logger, const ClientRegistration& reg) {
  logger.warning("client " + reg.client_name + " registered, secret " + reg.client_secret);  // expect: CPP601(high)
}

// Poco::Logger::error with Poco's own format placeholders: every argument counts: high (token).
void on_upstream_401(Poco::Logger& logger, const std::string& url, const std::string& token) {
  logger.error("upstream %s refused token %s", url, token);  // expect: CPP601(high)
}

// Poco debug / trace / notice / critical / fatal: each with a credential, one finding each.
void dump_state(Poco::Logger& logger, const std::string& smtp_passwd, const std::string& sessionToken,
                const std::string& cookie, const std::string& private_key, const std::string& master_secret) {
  logger.debug("smtp login " + smtp_passwd);  // expect: CPP601(high)
  logger.trace("session " + sessionToken);  // expect: CPP601(high)
  logger.notice("cookie " + cookie);  // expect: CPP601(high)
  logger.critical("key " + private_key);  // expect: CPP601(high)
  logger.fatal("secret " + master_secret);  // expect: CPP601(high)
}

// The logger obtained by name, and the poco_information / poco_warning macros: high each.
void on_password_reset(const std::string& user, const std::string& new_password, const std::string& otp) {
  Poco::Logger& logger = Poco::Logger::get("accounts");
  poco_information(logger, "reset for " + user + " to " + new_password);  // expect: CPP601(high)
  poco_warning(logger, "otp sent: " + otp);  // expect: CPP601(high)
}

}  // namespace poco_service

namespace log4cxx_service {

using log4cxx::LoggerPtr;

class SftpImporter {
 public:
  SftpImporter() : logger_(log4cxx::Logger::getLogger("importer")) {}

  // LOG4CXX_INFO with a member password in the << chain: high.
  void connect(const std::string& host) {
    LOG4CXX_INFO(logger_, "connecting to " << host << " as " << user_ << "/" << sftp_password_);  // expect: CPP601(high)
  }

  // LOG4CXX_WARN and LOG4CXX_ERROR: high each (passphrase, key passphrase built into a message).
  void on_key_rejected(const std::string& key_passphrase) {
    LOG4CXX_WARN(logger_, "key rejected, passphrase " << key_passphrase);  // expect: CPP601(high)
    std::ostringstream detail;
    detail << "tried " << key_passphrase;
    LOG4CXX_ERROR(logger_, detail.str());  // expect: CPP601(high)
  }

 private:
  LoggerPtr logger_;
  std::string user_;
  std::string sftp_password_;
};

// LOG4CXX_DEBUG / TRACE / FATAL with an API key, a jwt and a cvv: high each.
void dump_request(const LoggerPtr& logger, const std::string& apiKey, const std::string& jwt, const std::string& cvv) {
  LOG4CXX_DEBUG(logger, "api key " << apiKey);  // expect: CPP601(high)
  LOG4CXX_TRACE(logger, "jwt " << jwt);  // expect: CPP601(high)
  LOG4CXX_FATAL(logger, "cvv " << cvv);  // expect: CPP601(high)
}

// A LOG4CXX_INFO macro call split over lines: reported on the line where it starts.
void on_import_auth(const LoggerPtr& logger, const std::string& host, const std::string& sftp_credentials) {
  // expect@+1: CPP601(high)
  LOG4CXX_INFO(logger, "authenticating to " << host
                                            << " with " << sftp_credentials);
}

// Near miss: host and user only.
void on_import_done(const LoggerPtr& logger, const std::string& host, int files) {
  LOG4CXX_INFO(logger, "imported " << files << " files from " << host);
}

}  // namespace log4cxx_service
