// cppsec-test-flags: -I/usr/include/x86_64-linux-gnu/qt5 -I/usr/include/x86_64-linux-gnu/qt5/QtCore -I/usr/include/x86_64-linux-gnu/qt5/QtNetwork -fPIC
// CPP102 positives with Qt 5 network: QTcpServer::listen and QUdpSocket::bind given one of the
// wildcard addresses QHostAddress::Any, AnyIPv4 or AnyIPv6.
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QUdpSocket>

namespace device_manager {

// The control API of a device manager, reachable from every network the host is on.
bool start_control_api(QTcpServer& server, quint16 port) {
  return server.listen(QHostAddress::Any, port);  // expect: CPP102(high)
}

// IPv4 only, still every interface.
bool start_provisioning(QTcpServer* server) {
  return server->listen(QHostAddress::AnyIPv4, 8081);  // expect: CPP102(low)
}

// A server class that listens on itself.
class ConfigServer : public QTcpServer {
 public:
  bool start(quint16 port) {
    return listen(QHostAddress::AnyIPv6, port);  // expect: CPP102(low)
  }
};

// A UDP discovery responder bound to every interface.
bool start_discovery(QUdpSocket& socket, quint16 port) {
  return socket.bind(QHostAddress::AnyIPv4, port, QAbstractSocket::ShareAddress);  // expect: CPP102(low)
}

bool start_discovery_v6(QUdpSocket* socket) {
  return socket->bind(QHostAddress::Any, 5353);  // expect: CPP102(low)
}

// Near miss: the loopback address.
bool start_local_debug(QTcpServer& server) {
  return server.listen(QHostAddress::LocalHost, 9229);
}

}  // namespace device_manager
