#pragma once

#include "TransferBundleManifest.h"
#include "crypto/Certificate.h"
#include "crypto/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace iotca::model {

/// A transfer bundle whose every byte was checked: what the importing side may record.
struct VerifiedTransferBundle
{
    QString folder;
    TransferBundleManifest manifest;
    /// SHA-256 (hex) of manifest.json: names this bundle in the record and the audit log.
    QString manifestSha256;
    crypto::Certificate caCertificate;
    QList<crypto::Certificate> chain;
    struct Registration
    {
        QString platform;
        QString registrationCode;
        crypto::Certificate verificationCertificate;
    };
    QList<Registration> registrations;
};

/// The online half's check of a transfer bundle folder (docs/ceremony.md, "Transfer bundle"). Refuses, naming the
/// file: anything in the folder that is not a regular file, or not listed in the manifest; a listed file that is
/// missing or whose SHA-256 differs; a manifest that is not one, or whose signature (manifest.json.sig) does not
/// verify with the CA certificate of the bundle; a CA certificate that does not chain to the root in chain.pem (or,
/// for a root, is not self-signed), or whose fingerprint is not the one the manifest states; a verification
/// certificate not made by the CA for its code; any file holding private key material.
class TransferBundleReader
{
    Q_DECLARE_TR_FUNCTIONS(TransferBundleReader)
public:
    [[nodiscard]] static Result<VerifiedTransferBundle> read(const QString& folder);
};

} // namespace iotca::model
