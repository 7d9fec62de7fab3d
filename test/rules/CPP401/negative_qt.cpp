// cppsec-test-flags: -I/usr/include/x86_64-linux-gnu/qt5 -I/usr/include/x86_64-linux-gnu/qt5/QtCore -fPIC
// CPP401 negatives: QCryptographicHash with SHA-2/SHA-3/Keccak, HMAC with SHA-1 or better
// (HMAC-SHA1 has no practical attack: the Qt HMAC check covers Md4 and Md5 only), algorithms
// the analysis cannot know, and hashLength(), which computes nothing. None is reported.
#include <QtCore/QByteArray>
#include <QtCore/QCryptographicHash>
#include <QtCore/QMessageAuthenticationCode>
#include <QtCore/QString>

namespace qtsvc {

QByteArray hashPassword(const QByteArray& salted_password) {
  return QCryptographicHash::hash(salted_password, QCryptographicHash::Sha256).toHex();
}

QByteArray tokenDigest(const QByteArray& token) {
  QCryptographicHash h(QCryptographicHash::Sha3_256);
  h.addData(token);
  return h.result();
}

QByteArray signatureInput(const QByteArray& body) {
  QCryptographicHash h(QCryptographicHash::Keccak_512);
  h.addData(body);
  return h.result();
}

QByteArray blobDigest(const QByteArray& blob) {
  QCryptographicHash h(QCryptographicHash::Sha512);
  h.addData(blob);
  return h.result().toHex();
}

// HMAC-SHA1 (still required by TOTP, RFC 6238) and HMAC-SHA256.
QByteArray totpMac(const QByteArray& secret, const QByteArray& counter) {
  QMessageAuthenticationCode mac(QCryptographicHash::Sha1, secret);
  mac.addData(counter);
  return mac.result();
}

QByteArray signWebhook(const QByteArray& key, const QByteArray& body) {
  QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
  mac.addData(body);
  return mac.result().toHex();
}

QByteArray signCookie(const QByteArray& key, const QByteArray& cookie) {
  return QMessageAuthenticationCode::hash(cookie, key, QCryptographicHash::Sha512).toHex();
}

// The algorithm is the caller's: unknown here.
QByteArray hashWith(const QByteArray& data, QCryptographicHash::Algorithm algorithm) {
  return QCryptographicHash::hash(data, algorithm);
}

// hashLength() only returns a size.
bool looksLikeMd5Hex(const QString& value) {
  return value.size() == 2 * QCryptographicHash::hashLength(QCryptographicHash::Md5);
}

}  // namespace qtsvc
