// cppsec-test-flags: -I/usr/include/x86_64-linux-gnu/qt5 -I/usr/include/x86_64-linux-gnu/qt5/QtCore -I/usr/include/x86_64-linux-gnu/qt5/QtNetwork -fPIC
// CPP402 negatives: Qt 5 TLS with peer verification, or a mode only known at run time.
#include <QtNetwork/QNetworkRequest>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslSocket>

namespace desktop::sync {

// VerifyPeer: the handshake fails on an invalid certificate.
void connect_sync_server(QSslSocket& socket) {
  socket.setPeerVerifyMode(QSslSocket::VerifyPeer);
  socket.connectToHostEncrypted("sync.example.com", 443);
}

// AutoVerifyPeer: VerifyPeer for clients, QueryPeer only for servers that do not ask for
// client certificates (Qt's default).
void keep_default(QSslSocket* socket) {
  socket->setPeerVerifyMode(QSslSocket::AutoVerifyPeer);
}

// Configuration with verification and TLS 1.2 or later.
void configure_requests(QNetworkRequest& request) {
  QSslConfiguration config = QSslConfiguration::defaultConfiguration();
  config.setPeerVerifyMode(QSslSocket::VerifyPeer);
  config.setProtocol(QSsl::TlsV1_2OrLater);
  request.setSslConfiguration(config);
}

// The mode is chosen by the caller.
void apply_mode(QSslConfiguration& config, QSslSocket::PeerVerifyMode mode) {
  config.setPeerVerifyMode(mode);
}

}  // namespace desktop::sync
