#pragma once

#include <QByteArrayView>
#include <QString>

namespace iotca::crypto {

/// Does a file hold private key material? For what leaves an air-gapped machine (the transfer bundle): a key must
/// never travel with it, however it is dressed.
///
/// Found: a PEM block whose label ends in "PRIVATE KEY" anywhere in the bytes (PKCS #8, encrypted PKCS #8,
/// "RSA PRIVATE KEY", "EC PRIVATE KEY", ...), or bytes that as a whole parse as DER of a private key
/// (PKCS #8 PrivateKeyInfo, EncryptedPrivateKeyInfo, a traditional RSA or EC key) or of a PKCS #12 file.
/// Returns what was found ("a PEM 'EC PRIVATE KEY' block", "a DER PKCS #12 file"), empty when nothing was.
[[nodiscard]] QString findPrivateKeyMaterial(QByteArrayView data);

} // namespace iotca::crypto
