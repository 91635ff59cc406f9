#include "RuntimeVersions.h"

#include <QtGlobal>

#include <openssl/crypto.h>

namespace iotca::crypto {

QString runtimeLibraryVersions()
{
    // OpenSSL_version(OPENSSL_VERSION) is "OpenSSL 3.0.16 11 Feb 2025" (OpenSSL_version(3) man page).
    return QStringLiteral("Qt %1, %2")
        .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)));
}

} // namespace iotca::crypto
