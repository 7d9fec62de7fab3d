// cppsec-test-flags: -I/usr/include/x86_64-linux-gnu/qt5 -I/usr/include/x86_64-linux-gnu/qt5/QtCore -I/usr/include/x86_64-linux-gnu/qt5/QtNetwork -fPIC
// CPP402 positives: Qt 5 TLS sockets and configurations that do not require a valid peer
// certificate (VerifyNone, or QueryPeer which asks but accepts anything).
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkRequest>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslSocket>

namespace desktop::sync {

// A socket to the sync server that accepts any certificate.
void connect_sync_server(QSslSocket& socket) {
  socket.setPeerVerifyMode(QSslSocket::VerifyNone);  // expect: CPP402(high)
  socket.connectToHostEncrypted("sync.example.com", 443);
}

// QueryPeer requests a certificate but does not fail on an invalid one.
void connect_device(QSslSocket* socket) {
  socket->setPeerVerifyMode(QSslSocket::QueryPeer);  // expect: CPP402(high)
  socket->connectToHostEncrypted("device.local", 8443);
}

// A configuration applied to every request of the manager.
void configure_requests(QNetworkRequest& request) {
  QSslConfiguration config = QSslConfiguration::defaultConfiguration();
  config.setPeerVerifyMode(QSslSocket::VerifyNone);  // expect: CPP402(high)
  request.setSslConfiguration(config);
}

// Server side: QueryPeer on a configuration.
QSslConfiguration make_server_config() {
  QSslConfiguration config;
  config.setPeerVerifyMode(QSslSocket::QueryPeer);  // expect: CPP402(high)
  return config;
}

// Near misses: verification required.
void connect_verified(QSslSocket& socket) {
  socket.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

}  // namespace desktop::sync
