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
/// as PKCS#8 under `storePassphrase` before it is stored. The certificate must be valid now and have a serial
/// number RFC 5280 allows (CaImportChecks). Files are read bounded (InputFile); every message names the file.
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
    /// The same from bytes (PEM or DER each). `certificateSource` and `keySource` name where the bytes came from
    /// in messages (the files, for importFiles()).
    [[nodiscard]] static Result<qint64>
    importData(Workspace& workspace, const QString& name, const QByteArray& certificateData, const QByteArray& keyData,
               const crypto::SecureBuffer* keyPassphrase, const crypto::SecureBuffer& storePassphrase,
               const QString& notes = {}, const QString& certificateSource = {}, const QString& keySource = {});
    /// A CA delivered as PKCS#12 (.p12/.pfx): its certificate and key, opened with `bundlePassphrase`.
    [[nodiscard]] static Result<qint64> importPkcs12File(Workspace& workspace, const QString& name,
                                                         const QString& bundlePath,
                                                         const crypto::SecureBuffer& bundlePassphrase,
                                                         const crypto::SecureBuffer& storePassphrase,
                                                         const QString& notes = {});
    /// A CA whose key stays elsewhere (for example on the ceremony laptop): only the certificate is stored, with
    /// `keyReference` saying where the key lives.
    [[nodiscard]] static Result<qint64> importCertificateOnly(Workspace& workspace, const QString& name,
                                                              const QByteArray& certificateData,
                                                              const QString& keyReference, const QString& notes = {});
};

} // namespace iotca::model
