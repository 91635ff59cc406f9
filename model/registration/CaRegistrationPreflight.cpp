#include "CaRegistrationPreflight.h"

#include "crypto/VerificationCertificate.h"

#include "model/ModelErrorCode.h"
#include "model/workspace/DeviceCertificateRepository.h"

#include <QDateTime>
#include <QHash>

namespace iotca::model {

namespace {

QString hexFingerprint(const crypto::Certificate& certificate)
{
    return QString::fromLatin1(certificate.sha256Fingerprint().toHex());
}

/// Whether `remote` is the very certificate `certificate` (serial number, AWS certificate id, or content).
bool isSameCertificate(const RemoteCaCertificate& remote, const crypto::Certificate& certificate, const QString& serial,
                       const QString& fingerprint)
{
    if (!remote.serialHex.isEmpty() && DeviceCertificateRepository::normaliseSerial(remote.serialHex) == serial)
        return true;
    if (remote.remoteId.compare(fingerprint, Qt::CaseInsensitive) == 0)
        return true;
    if (remote.certificatePem.isEmpty())
        return false;
    const auto parsed = crypto::Certificate::fromPem(remote.certificatePem);
    return parsed && *parsed == certificate;
}

} // namespace

Status CaRegistrationPreflight::checkLocal(const PreflightChecker& rules, const CaRecord& ca,
                                           const crypto::Certificate& certificate, const crypto::PrivateKey& caKey,
                                           const QString& remoteName, const QString& givenCode,
                                           const std::optional<CaRegistrationRecord>& existing,
                                           const QByteArray& recordedVerification)
{
    const PlatformCapabilities& caps = rules.capabilities();
    if (Status supported = rules.checkOperation(PlatformCapabilities::Operation::RegisterCa); !supported)
        return supported;
    if (existing && existing->status != RegistrationStatus::Deleted) {
        //: %1 is a CA name, %2 the platform's id for it, %3 a status such as "Activated"
        return Error {tr("The CA '%1' is already registered with this account (as %2, %3).")
                          .arg(ca.name, existing->remoteId, registrationStatusDisplayName(existing->status)),
                      {},
                      ErrorCode::AlreadyRegistered};
    }
    if (Status isCa = certificate.checkIsCa(); !isCa) {
        return Error {tr("The certificate of '%1' cannot be registered as a CA: %2").arg(ca.name, isCa.error().message),
                      isCa.error().detail, ErrorCode::NotACa};
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!certificate.isValidAt(now)) {
        //: %1 is a CA name, %2 and %3 dates
        return Error {tr("The CA '%1' is not valid now (valid from %2 to %3); platforms refuse it.")
                          .arg(ca.name, certificate.notBefore().toString(Qt::ISODate),
                               certificate.notAfter().toString(Qt::ISODate)),
                      {},
                      ErrorCode::CaValidity};
    }
    if (!recordedVerification.isEmpty()) {
        // Made on the air-gapped machine with the key that never comes here: it must prove the same thing.
        if (Status valid = crypto::VerificationCertificate::check(recordedVerification, certificate, givenCode);
            !valid) {
            //: %1 is a CA name, %2 the reason
            return Error {tr("The recorded verification certificate of the CA '%1' cannot be used: %2")
                              .arg(ca.name, valid.error().message),
                          {},
                          ErrorCode::CaKey};
        }
    } else if (caKey.isNull()) {
        return Error {tr("The private key of the CA '%1' is needed for the verification certificate: unlock it first.")
                          .arg(ca.name),
                      {},
                      ErrorCode::CaKey};
    } else if (!caKey.matches(certificate)) {
        return Error {
            tr("The key given is not the private key of the CA '%1'.").arg(ca.name), {}, QStringLiteral("KeyMismatch")};
    }
    const auto algorithm = certificate.keyAlgorithm();
    if (!algorithm) {
        //: %1 is a CA name, %2 a key description such as "RSA 8192-bit"
        return Error {tr("The CA '%1' has a %2 key; the platforms accept RSA 2048/3072/4096 and ECDSA P-256/P-384.")
                          .arg(ca.name, certificate.keyDescription()),
                      {},
                      ErrorCode::KeyAlgorithm};
    }
    if (Status accepted = rules.checkCaKeyAlgorithm(*algorithm); !accepted)
        return accepted;
    if (Status name = rules.checkCaName(remoteName); !name)
        return name;
    if (!givenCode.isEmpty())
        return rules.checkRegistrationCode(givenCode);
    if (!caps.registrationCodeFromApi || !caps.supports(PlatformCapabilities::Operation::GetRegistrationCode)) {
        //: %1 is a platform name
        return Error {tr("%1 shows the registration code only in its console: enter the code shown there.")
                          .arg(platformDisplayName(caps.platform)),
                      {},
                      QStringLiteral("Preflight.RegistrationCode")};
    }
    return {};
}

Status CaRegistrationPreflight::checkRemote(const PreflightChecker& rules, const CaRecord& ca,
                                            const crypto::Certificate& certificate, const QString& remoteName,
                                            const QList<RemoteCaCertificate>& remoteCas,
                                            const QList<CaRecord>& workspaceCas)
{
    const PlatformCapabilities& caps = rules.capabilities();
    const QString serial = DeviceCertificateRepository::normaliseSerial(certificate.serialNumberHex());
    const QString fingerprint = hexFingerprint(certificate);
    for (const RemoteCaCertificate& remote : remoteCas) {
        if (isSameCertificate(remote, certificate, serial, fingerprint)) {
            //: %1 is a CA name, %2 its serial number, %3 the platform's name or id of the registered copy
            return Error {tr("The CA '%1' (serial %2) is already registered with this account as '%3'.")
                              .arg(ca.name, serial, remote.name.isEmpty() ? remote.remoteId : remote.name),
                          {},
                          ErrorCode::DuplicateSerial};
        }
    }
    if (caps.platform == PlatformId::TencentIotHub) {
        // Tencent identifies a CA by its CertName.
        for (const RemoteCaCertificate& remote : remoteCas) {
            if (remote.name == remoteName) {
                return Error {
                    tr("This account already has a CA certificate named '%1'; choose another name.").arg(remoteName),
                    {},
                    ErrorCode::CaNameTaken};
            }
        }
    }
    if (caps.maxCasPerAccount > 0)
        return rules.checkCaLimit(static_cast<int>(remoteCas.size()));
    if (caps.platform != PlatformId::AwsIot)
        return {};

    // AWS lists no subjects: take them from the certificate where given, else from the workspace's copy.
    QHash<QString, QString> subjectByFingerprint;
    for (const CaRecord& known : workspaceCas) {
        if (const auto parsed = crypto::Certificate::fromDer(known.certificateDer))
            subjectByFingerprint.insert(hexFingerprint(*parsed), parsed->subjectString());
    }
    const QString subject = certificate.subjectString();
    int sameSubject = 0;
    for (const RemoteCaCertificate& remote : remoteCas) {
        QString remoteSubject = subjectByFingerprint.value(remote.remoteId.toLower());
        if (remoteSubject.isEmpty() && !remote.certificatePem.isEmpty()) {
            if (const auto parsed = crypto::Certificate::fromPem(remote.certificatePem))
                remoteSubject = parsed->subjectString();
        }
        sameSubject += remoteSubject == subject ? 1 : 0;
    }
    if (sameSubject < awsCasPerSubject)
        return {};
    //: %1 is a number (10 or more), %2 a distinguished name such as "CN=Fleet Root,O=Example"
    return Error {tr("CA limit reached: this account already has %1 CA certificates with the subject '%2'.")
                      .arg(sameSubject)
                      .arg(subject),
                  {},
                  ErrorCode::CaLimit};
}

} // namespace iotca::model
