#pragma once

#include "TransferBundleManifest.h"
#include "crypto/Certificate.h"
#include "crypto/PrivateKey.h"
#include "crypto/Result.h"
#include "crypto/SerialNumber.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace iotca::model {

/// What goes into a transfer bundle (TransferBundleWriter).
struct TransferBundleRequest
{
    /// A folder that does not exist yet or is empty: the online side refuses any file the manifest does not list.
    QString folder;
    QString caName;
    crypto::Certificate caCertificate;
    /// The CA's issuers up to the root, leaf first (empty for a root).
    QList<crypto::Certificate> chain;
    /// Signs the manifest (and new verification certificates); never written anywhere.
    crypto::PrivateKey caKey;

    struct Registration
    {
        QString platform;
        QString registrationCode;
        /// A verification certificate made before (PEM or DER); empty = made here with the CA key for the code.
        QByteArray verificationCertificate;
        /// Where `verificationCertificate` was read from, for messages.
        QString source;
    };
    QList<Registration> registrations;
    /// Association CSV files and the ceremony record, copied byte for byte under their own names.
    QStringList associationCsvPaths;
    QString recordPath;
    /// Records each verification certificate made here with the CA key, once every file is ready and none is in place
    /// (VerificationCertificateLedger::recorder(); brief rule 1: every certificate the CA signs is recorded).
    /// Required when a registration brings no certificate of its own.
    std::function<Status(const crypto::Certificate&, const QString& registrationCode)> recordVerificationCertificate;
    /// Reserves the serial of each verification certificate made here, before it is signed
    /// (VerificationCertificateLedger::serialReserver(); unique per CA, SerialReservation). Unset: a random serial.
    std::function<Result<crypto::SerialNumber>(const QString& registrationCode)> reserveVerificationSerial;
};

/// The offline half of the transfer bundle round trip (docs/ceremony.md, "Transfer bundle"): writes the CA
/// certificate, its chain, the verification certificates, the association CSVs and the ceremony record, with
/// manifest.json (SHA-256 of each file) and manifest.json.sig (the manifest signed by the CA key,
/// crypto::DetachedSignature).
///
/// No private key, ever: every file is scanned (crypto::findPrivateKeyMaterial) before anything is written, and one
/// that holds key material stops the export naming it. The folder is written all or nothing (FileSetWriter).
class TransferBundleWriter
{
    Q_DECLARE_TR_FUNCTIONS(TransferBundleWriter)
public:
    struct Written
    {
        TransferBundleManifest manifest;
        QStringList paths;
    };
    [[nodiscard]] static Result<Written> write(const TransferBundleRequest& request);
};

} // namespace iotca::model
