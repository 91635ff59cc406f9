#pragma once

#include "crypto/Certificate.h"
#include "crypto/PrivateKey.h"
#include "crypto/Result.h"

#include <QCoreApplication>
#include <QString>

namespace iotca::model {

class Workspace;

/// What VerificationCertificateFile::write made.
struct WrittenVerificationCertificate
{
    crypto::Certificate certificate;
    /// Translated sentence when the CA's validity shortened it, else empty.
    QString warning;
};

/// The verification certificate a platform asks for when a CA is registered in its console: a new key, CN = the
/// registration code the console shows, signed by the CA's key (seed 003_e326b71b53ea675f.txt, IoT Platform "Manage
/// CA certificates"; seed 004_123dd4ed8d282deb.txt, ApsaraMQ for MQTT "validation certificates";
/// crypto::VerificationCertificate), written as PEM. Needs no platform account.
class VerificationCertificateFile
{
    Q_DECLARE_TR_FUNCTIONS(VerificationCertificateFile)
public:
    /// Refuses an existing file ("FileExists"); writes atomically (QSaveFile) and records the certificate in the
    /// workspace (VerificationCertificateLedger) before the file appears.
    [[nodiscard]] static Result<WrittenVerificationCertificate> write(Workspace& workspace, qint64 caId,
                                                                      const crypto::PrivateKey& caKey,
                                                                      const QString& registrationCode, int validityDays,
                                                                      const QString& filePath);
};

} // namespace iotca::model
