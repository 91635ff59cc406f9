#pragma once

#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace iotca::model {

class Workspace;

/// Brings an existing CA (certificate + private key, as `openssl req -x509` made them) into a workspace, audited
/// as "ca.imported". The certificate must be a CA certificate and the key must belong to it; the key is re-encrypted
/// as PKCS#8 under `storePassphrase` before it is stored.
class CaImporter
{
    Q_DECLARE_TR_FUNCTIONS(CaImporter)
public:
    /// `keyPassphrase` opens an encrypted key file (nullptr for a plain one). Returns the new CA's id.
    [[nodiscard]] static Result<qint64> importFiles(Workspace& workspace, const QString& name,
                                                    const QString& certificatePath, const QString& keyPath,
                                                    const crypto::SecureBuffer* keyPassphrase,
                                                    const crypto::SecureBuffer& storePassphrase,
                                                    const QString& notes = {});
    /// The same from bytes (PEM or DER each).
    [[nodiscard]] static Result<qint64> importData(Workspace& workspace, const QString& name,
                                                   const QByteArray& certificateData, const QByteArray& keyData,
                                                   const crypto::SecureBuffer* keyPassphrase,
                                                   const crypto::SecureBuffer& storePassphrase,
                                                   const QString& notes = {});
    /// A CA whose key stays elsewhere (for example on the ceremony laptop): only the certificate is stored, with
    /// `keyReference` saying where the key lives.
    [[nodiscard]] static Result<qint64> importCertificateOnly(Workspace& workspace, const QString& name,
                                                              const QByteArray& certificateData,
                                                              const QString& keyReference, const QString& notes = {});
};

} // namespace iotca::model
