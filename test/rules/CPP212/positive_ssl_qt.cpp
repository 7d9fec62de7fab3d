// cppsec-test-flags: -DCPPHTTPLIB_OPENSSL_SUPPORT -fPIC -isystem /usr/include/x86_64-linux-gnu/qt5 -isystem /usr/include/x86_64-linux-gnu/qt5/QtCore -isystem /usr/include/x86_64-linux-gnu/qt5/QtNetwork
// CPP212 positives: httplib::SSLClient and Qt's QUrl / QNetworkRequest built from request data.
#include <httplib.h>

#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkRequest>

#include <cstdlib>
#include <string>

namespace sync_service {

void register_routes(httplib::Server& svr) {
  // The TLS client connects to a host the caller names.
  svr.Get("/mirror", [](const httplib::Request& req, httplib::Response& res) {
    const std::string host = req.get_param_value("host");
    httplib::SSLClient cli(host, 443);  // expect: CPP212
    auto r = cli.Get("/index.json");
    res.status = r ? r->status : 502;
  });
}

// Qt: the URL of a network request from a header the client sends.
void qt_fetch(QNetworkAccessManager& nam, const httplib::Request& req) {
  const QString link = QString::fromStdString(req.get_header_value("X-Callback"));
  QUrl url(link);  // expect: CPP212
  nam.get(QNetworkRequest(url));  // expect: CPP212
}

// Qt in a CGI program: the query string as the URL.
void qt_cgi(QNetworkAccessManager& nam) {
  const char* qs = std::getenv("QUERY_STRING");
  nam.get(QNetworkRequest(QUrl(QString::fromLocal8Bit(qs))));  // expect: CPP212, CPP212
}

}  // namespace sync_service
