// cppsec-test-flags: -I/usr/include/x86_64-linux-gnu/qt5 -I/usr/include/x86_64-linux-gnu/qt5/QtCore -fPIC
// CPP401 positives: Qt's QCryptographicHash with Md4, Md5 or Sha1 (constructor or static
// hash()), and QMessageAuthenticationCode over Md4 or Md5. Confidence from the enclosing
// function's name: high with a security word, low with a checksum word, medium otherwise.
#include <QtCore/QByteArray>
#include <QtCore/QCryptographicHash>
#include <QtCore/QIODevice>
#include <QtCore/QMessageAuthenticationCode>
#include <QtCore/QString>

namespace qtsvc {

// "hash" + "Password": high.
QByteArray hashPassword(const QString& password, const QByteArray& salt) {
  return QCryptographicHash::hash(salt + password.toUtf8(), QCryptographicHash::Md5).toHex();  // expect: CPP401(high)
}

// "etag": low.
QByteArray etagFor(const QByteArray& body) {
  return QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex();  // expect: CPP401(low)
}

// Gravatar-style avatar URL, no word from either list: medium.
QString avatarUrl(const QString& email) {
  const QByteArray digest =
      QCryptographicHash::hash(email.trimmed().toLower().toUtf8(), QCryptographicHash::Md5);  // expect: CPP401(medium)
  return QStringLiteral("https://www.gravatar.com/avatar/") + QString::fromLatin1(digest.toHex());
}

// The constructor, reported on the declaration line; "file" + "Checksum": low.
QByteArray fileChecksum(QIODevice* device) {
  QCryptographicHash hash(QCryptographicHash::Md5);  // expect: CPP401(low)
  hash.addData(device);
  return hash.result().toHex();
}

// Md4 in an "auth" function: high.
QByteArray authDigest(const QByteArray& challenge, const QByteArray& secret) {
  QCryptographicHash h(QCryptographicHash::Md4);  // expect: CPP401(high)
  h.addData(challenge);
  h.addData(secret);
  return h.result();
}

// A heap-allocated hasher, "legacy": low.
QCryptographicHash* newLegacyHasher() {
  return new QCryptographicHash(QCryptographicHash::Sha1);  // expect: CPP401(low)
}

// HMAC-MD5 for a session cookie ("session" + "Mac"): high.
QByteArray sessionMac(const QByteArray& key, const QByteArray& cookie_value) {
  QMessageAuthenticationCode mac(QCryptographicHash::Md5, key);  // expect: CPP401(high)
  mac.addData(cookie_value);
  return mac.result().toHex();
}

// HMAC-MD4 for a cache tag ("cache"): low.
QByteArray cacheTag(const QByteArray& salt, const QByteArray& url) {
  QMessageAuthenticationCode code(QCryptographicHash::Md4, salt);  // expect: CPP401(low)
  code.addData(url);
  return code.result().toHex();
}

}  // namespace qtsvc
