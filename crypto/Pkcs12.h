#pragma once

#include "Certificate.h"
#include "PrivateKey.h"
#include "Result.h"
#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace iotca::crypto {

/// What a PKCS#12 bundle holds.
struct Pkcs12Contents
{
    Certificate certificate;
    PrivateKey key;
    QList<Certificate> caCertificates;
    QString friendlyName;
};

/// PKCS#12 (.p12/.pfx) bundles for device provisioning: certificate + key [+ CA chain], encrypted with
/// AES-256-CBC / PBKDF2-HMAC-SHA256 (key and certificates), integrity by HMAC-SHA256, as OpenSSL 3 does by default.
class Pkcs12
{
    Q_DECLARE_TR_FUNCTIONS(Pkcs12)

public:
    /// PBKDF2 iterations by default (OWASP 2023 for PBKDF2-HMAC-SHA256). Bulk provisioning may choose fewer.
    static constexpr int defaultIterations = 600000;

    /// DER bytes of the bundle. Errors KeyMismatch (key and certificate differ), InvalidArgument (empty
    /// passphrase, iterations < 10,000), OpenSslFailure.
    [[nodiscard]] static Result<QByteArray> create(const Certificate& certificate, const PrivateKey& key,
                                                   const QList<Certificate>& caCertificates,
                                                   const SecureBuffer& passphrase, const QString& friendlyName = {},
                                                   int iterations = defaultIterations);
    /// Reads a bundle. Errors Empty, Malformed, WrongPassphrase (MAC check fails), NotAPrivateKey (no key inside).
    [[nodiscard]] static Result<Pkcs12Contents> read(QByteArrayView der, const SecureBuffer& passphrase);
};

} // namespace iotca::crypto
