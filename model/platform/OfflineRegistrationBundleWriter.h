#pragma once

#include "OfflineRegistrationRequest.h"
#include "crypto/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace iotca::model {

/// What was written.
struct OfflineRegistrationBundle
{
    QString caCertificatePath;
    QString verificationCertificatePath;
    /// Alibaba IoT only, in upload order; empty without associations.
    QStringList associationCsvPaths;
    QString readmePath;
    /// SHA-256 fingerprint of the verification certificate ("AB:CD:..."), and when it expires.
    QString verificationFingerprint;
    QDateTime verificationNotAfter;

    [[nodiscard]] QStringList files() const;
};

/// Registering a CA without talking to the platform: for Alibaba Cloud IoT Platform, which registers private CAs in
/// its console only, and for the others when Work Offline is on (an air-gapped laptop). Writes into a folder:
/// - `ca.pem`, the CA certificate;
/// - `verification.pem`, a verification certificate whose Common Name is the registration code, signed by the CA
///   key (its own key is discarded: no platform wants it);
/// - Alibaba IoT only: `association.csv` (or `association-<ProductKey>-<n>.csv`), if there are associations;
/// - `README.txt`, the platform's console steps or API call with its parameter names, and its limits
///   (OfflineRegistrationReadme).
///
/// Never writes a private key. The registration happens elsewhere, so the workspace records only the verification
/// certificate (through the request's recorder, before anything is written). The
/// platform's rules that need no request (CA name, code, key type, serial number) are checked first; everything is
/// built in memory, and written all or nothing (FileSetWriter): an existing file stops the run before anything is
/// written (unless `overwrite`), and a failure leaves the folder as it was.
class OfflineRegistrationBundleWriter
{
    Q_DECLARE_TR_FUNCTIONS(OfflineRegistrationBundleWriter)
public:
    [[nodiscard]] static Result<OfflineRegistrationBundle> write(const OfflineRegistrationRequest& request);

    static QString caCertificateFileName() { return QStringLiteral("ca.pem"); }
    static QString verificationFileName() { return QStringLiteral("verification.pem"); }
    static QString readmeFileName() { return QStringLiteral("README.txt"); }
};

} // namespace iotca::model
