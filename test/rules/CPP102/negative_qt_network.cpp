// cppsec-test-flags: -I/usr/include/x86_64-linux-gnu/qt5 -I/usr/include/x86_64-linux-gnu/qt5/QtCore -I/usr/include/x86_64-linux-gnu/qt5/QtNetwork -fPIC
// CPP102 negatives with Qt 5 network: the loopback addresses, a configured address, and
// special addresses that are not the wildcard. None is reported.
#include <QtCore/QString>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QUdpSocket>

namespace device_manager {

// Loopback of each family.
bool start_local_api(QTcpServer& server, quint16 port) {
  return server.listen(QHostAddress::LocalHost, port);
}

bool start_local_api_v6(QTcpServer& server, quint16 port) {
  return server.listen(QHostAddress::LocalHostIPv6, port);
}

// An address from the settings file.
bool start_configured(QTcpServer& server, const QString& host, quint16 port) {
  return server.listen(QHostAddress(host), port);
}

// A UDP socket on the loopback.
bool start_local_discovery(QUdpSocket& socket) {
  return socket.bind(QHostAddress::LocalHost, 5353);
}

// A UDP socket bound to a specific interface address.
bool start_on_interface(QUdpSocket& socket, const QHostAddress& interface_address) {
  return socket.bind(interface_address, 5353, QUdpSocket::DontShareAddress);
}

// Comparing a peer with Any binds nothing.
bool is_unspecified(const QHostAddress& peer) {
  return peer == QHostAddress::Any || peer == QHostAddress::AnyIPv6;
}

}  // namespace device_manager
