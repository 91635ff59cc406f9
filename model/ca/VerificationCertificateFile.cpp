#include "VerificationCertificateFile.h"

#include "crypto/VerificationCertificate.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/SerialReservation.h"
#include "model/workspace/VerificationCertificateLedger.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace iotca::model {

Result<WrittenVerificationCertificate> VerificationCertificateFile::write(Workspace& workspace, qint64 caId,
                                                                          const crypto::PrivateKey& caKey,
                                                                          const QString& registrationCode,
                                                                          int validityDays, const QString& filePath)
{
    const QFileInfo target(filePath);
    if (target.exists() || target.isSymLink())
        //: %1 is a file
        return Error {tr("'%1' already exists; nothing was written.").arg(QDir::toNativeSeparators(filePath)),
                      {},
                      QStringLiteral("FileExists")};
    auto ca = workspace.cas().get(caId);
    if (!ca)
        return ca.error();
    auto caCertificate = crypto::Certificate::fromDer(ca->certificateDer);
    if (!caCertificate)
        return caCertificate.error();
    crypto::VerificationCertificateSpec spec;
    spec.registrationCode = registrationCode.trimmed();
    spec.validityDays = validityDays;
    // The serial is reserved before the CA signs (unique per CA across every operator); the record settles it, and
    // any way out before that releases it.
    auto reservation =
        SerialReservation::reserve(workspace, caId, IssuedCertificateKind::Verification, spec.registrationCode);
    if (!reservation)
        return reservation.error();
    spec.serial = reservation->serial();
    auto verification = crypto::VerificationCertificate::create(spec, *caCertificate, caKey);
    if (!verification)
        return verification.error();
    const QByteArray pem = verification->certificate().toPem();
    // The file is written first and published (renamed) last, with the record in between: a file that cannot be
    // written stops here with nothing recorded, and a crash never leaves a certificate on disk that the workspace
    // does not know (brief rule 1).
    QSaveFile file(target.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size())
        //: %1 is a file
        return Error {tr("Cannot write the verification certificate to '%1'.").arg(QDir::toNativeSeparators(filePath)),
                      file.errorString()};
    auto recorded = VerificationCertificateLedger(workspace).record(
        caId, verification->certificate(), spec.registrationCode, VerificationCertificatePurpose::File);
    if (!recorded)
        return recorded.error();
    if (!file.commit())
        //: %1 is a file, %2 a serial number
        return Error {tr("Cannot write the verification certificate to '%1'; the certificate (serial %2) is recorded "
                         "in the workspace as made but was not written.")
                          .arg(QDir::toNativeSeparators(filePath), verification->certificate().serialNumberHex()),
                      file.errorString()};
    return WrittenVerificationCertificate {verification->certificate(), verification->warning()};
}

} // namespace iotca::model
