#pragma once

// Private to crypto/: splits PEM text into its blocks without OpenSSL, so that each failure (empty, no PEM at all,
// a block cut off, bad base64) gets its own message before any decoder runs.

#include "Result.h"
#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <vector>

namespace iotca::crypto {

/// One "-----BEGIN <label>-----" ... "-----END <label>-----" block.
struct PemBlock
{
    QByteArray label;
    /// RFC 1421 headers ("Proc-Type: 4,ENCRYPTED", "DEK-Info: ..."), raw lines.
    QList<QByteArray> headers;
    /// The decoded content. A SecureBuffer because it may be an unencrypted private key.
    SecureBuffer der;

    [[nodiscard]] bool isEncryptedLegacy() const;
    /// The value of a header ("DEK-Info"), empty if absent.
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
};

class PemReader
{
    Q_DECLARE_TR_FUNCTIONS(PemReader)

public:
    /// True when `data` looks like PEM (contains a BEGIN line), so it should not be tried as DER.
    [[nodiscard]] static bool looksLikePem(QByteArrayView data);
    /// All blocks in order. Errors: Empty (nothing but whitespace), Malformed (no BEGIN line, bad base64, END
    /// label differs), Truncated (a BEGIN without its END). `what` names the expected content for the messages
    /// ("the private key", "the certificate").
    [[nodiscard]] static Result<std::vector<PemBlock>> read(QByteArrayView data, const QString& what);
};

} // namespace iotca::crypto
