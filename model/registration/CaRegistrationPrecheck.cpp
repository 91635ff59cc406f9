#include "CaRegistrationPrecheck.h"

#include "crypto/Certificate.h"
#include "model/ModelErrorCode.h"
#include "model/platform/PlatformCapabilities.h"
#include "model/platform/PreflightChecker.h"
#include "model/workspace/CaRegistrationRecord.h"
#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/DeviceCertificateRecord.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Workspace.h"

#include <QDateTime>

namespace iotca::model {

QString CaRegistrationPrecheck::nameOnPlatform(const CaRecord& ca, const QString& remoteName)
{
    return remoteName.isEmpty() ? ca.name : remoteName;
}

Status CaRegistrationPrecheck::check(const Workspace& workspace, const CaRecord& ca,
                                     const PlatformAccountRecord& account, const QString& remoteName,
                                     const QString& registrationCode, bool verificationRecorded)
{
    const auto platform = parsePlatformId(account.platformId);
    if (!platform)
        //: %1 is an account name, %2 the stored platform id
        return Error {
            tr("The platform account '%1' names an unknown platform '%2'.").arg(account.name, account.platformId),
            {},
            QStringLiteral("UnknownPlatform")};
    const PreflightChecker rules(PlatformCapabilities::forPlatform(*platform));
    const bool hasApi = rules.capabilities().supports(PlatformCapabilities::Operation::RegisterCa);
    if (Status operation = rules.checkOperation(hasApi ? PlatformCapabilities::Operation::RegisterCa
                                                       : PlatformCapabilities::Operation::ExportBundle);
        !operation)
        return operation;
    if (!ca.hasStoredKey() && !verificationRecorded)
        //: %1 is a CA name, %2 where its key is kept
        return Error {tr("The private key of the CA '%1' is not in the workspace (%2): the verification certificate "
                         "cannot be made here.")
                          .arg(ca.name, ca.keyReference),
                      {},
                      ErrorCode::CaKey};
    // Even for a bundle: one for a CA the workspace knows as registered would only meet "already registered" online.
    if (hasApi) {
        const auto existing = workspace.registrations().get(ca.id, account.id);
        if (!existing)
            return existing.error();
        if (existing->has_value() && (*existing)->status != RegistrationStatus::Deleted)
            //: %1 is a CA name, %2 an account name, %3 the platform's id of the CA, %4 a status such as "Activated"
            return Error {tr("The CA '%1' is already registered with the platform account '%2' (as '%3', %4).")
                              .arg(ca.name, account.name, (*existing)->remoteId,
                                   registrationStatusDisplayName((*existing)->status)),
                          {},
                          ErrorCode::AlreadyRegistered};
    }
    const auto certificate = crypto::Certificate::fromDer(ca.certificateDer);
    if (!certificate)
        return certificate.error();
    if (Status isCa = certificate->checkIsCa(); !isCa)
        //: %1 is a CA name, %2 the reason
        return Error {tr("The certificate of '%1' cannot be registered as a CA: %2").arg(ca.name, isCa.error().message),
                      isCa.error().detail, ErrorCode::NotACa};
    if (!certificate->isValidAt(QDateTime::currentDateTimeUtc()))
        //: %1 is a CA name, %2 and %3 dates
        return Error {tr("The CA '%1' is not valid now (valid from %2 to %3); platforms refuse it.")
                          .arg(ca.name, certificate->notBefore().toString(Qt::ISODate),
                               certificate->notAfter().toString(Qt::ISODate)),
                      {},
                      ErrorCode::CaValidity};
    const auto algorithm = certificate->keyAlgorithm();
    if (!algorithm)
        //: %1 is a CA name, %2 a key description such as "RSA 1024-bit"
        return Error {tr("The key of the CA '%1' (%2) is not one the platforms accept.")
                          .arg(ca.name, certificate->keyDescription()),
                      {},
                      ErrorCode::KeyAlgorithm};
    if (Status key = rules.checkCaKeyAlgorithm(*algorithm); !key)
        return key;
    if (Status name = rules.checkCaName(nameOnPlatform(ca, remoteName)); !name)
        return name;
    if (Status serial = rules.checkSerial(certificate->serialNumberHex()); !serial)
        return serial;
    if (!registrationCode.isEmpty())
        return rules.checkRegistrationCode(registrationCode);
    return {};
}

Result<QList<AssociationRow>> CaRegistrationPrecheck::bundleAssociations(const Workspace& workspace, qint64 caId,
                                                                         const PlatformAccountRecord& account)
{
    QList<AssociationRow> rows;
    if (parsePlatformId(account.platformId) != PlatformId::AliyunIot)
        return rows;
    const auto devices = workspace.devices().listForCa(caId, DeviceCertificateStatus::Issued);
    if (!devices)
        return devices.error();
    for (const DeviceCertificateRecord& device : *devices) {
        if (!device.productKey.isEmpty())
            rows.append(AssociationRow {0, device.productKey, device.deviceName, device.serialHex});
    }
    return rows;
}

} // namespace iotca::model
