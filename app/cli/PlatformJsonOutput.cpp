#include "PlatformJsonOutput.h"

#include "JsonOutput.h"

#include "crypto/Certificate.h"
#include "model/platform/PlatformId.h"
#include "model/platform/RemoteCertificate.h"
#include "model/workspace/CaRegistrationRecord.h"
#include "model/workspace/PlatformAccountRecord.h"

namespace iotca::app {

QString PlatformJsonOutput::remoteStatusName(model::RemoteStatus status)
{
    return status == model::RemoteStatus::Active ? QStringLiteral("Active") : QStringLiteral("Inactive");
}

QString PlatformJsonOutput::serialOf(const QByteArray& certificatePem)
{
    if (certificatePem.isEmpty())
        return {};
    const auto certificate = crypto::Certificate::fromPem(certificatePem);
    return certificate ? certificate->serialNumberHex() : QString();
}

QJsonObject PlatformJsonOutput::account(const model::PlatformAccountRecord& record, qint64 registrations)
{
    const auto platform = model::parsePlatformId(record.platformId);
    QJsonObject object {
        {QStringLiteral("id"), record.id},
        {QStringLiteral("name"), record.name},
        {QStringLiteral("platform"), record.platformId},
        {QStringLiteral("platformName"), platform ? model::platformDisplayName(*platform) : QString()},
        {QStringLiteral("region"), record.region},
        {QStringLiteral("endpoint"), record.endpoint},
        {QStringLiteral("instanceId"), record.instanceId},
        {QStringLiteral("product"), record.product},
        {QStringLiteral("caBundle"), record.caBundlePath},
        {QStringLiteral("hasCredentials"), !record.credentialKey.isEmpty()},
    };
    if (registrations >= 0)
        object.insert(QStringLiteral("registrations"), registrations);
    return object;
}

QJsonObject PlatformJsonOutput::registration(const model::CaRegistrationRecord& record, const QString& caName,
                                             const QString& accountName)
{
    return QJsonObject {
        {QStringLiteral("ca"), caName},
        {QStringLiteral("account"), accountName},
        {QStringLiteral("remoteId"), record.remoteId},
        {QStringLiteral("status"), model::registrationStatusName(record.status)},
        {QStringLiteral("registrationCode"), record.registrationCode},
        {QStringLiteral("registeredAt"), JsonOutput::time(record.registeredAt)},
        {QStringLiteral("lastSynced"), JsonOutput::time(record.lastSynced)},
    };
}

QJsonObject PlatformJsonOutput::remoteCa(const model::RemoteCaCertificate& ca, const QString& workspaceCa)
{
    QString serial = ca.serialHex.toUpper();
    if (serial.isEmpty())
        serial = serialOf(ca.certificatePem);
    return QJsonObject {
        {QStringLiteral("remoteId"), ca.remoteId},
        {QStringLiteral("name"), ca.name},
        {QStringLiteral("serial"), serial},
        {QStringLiteral("status"), remoteStatusName(ca.status)},
        {QStringLiteral("notBefore"), JsonOutput::time(ca.notBefore)},
        {QStringLiteral("notAfter"), JsonOutput::time(ca.notAfter)},
        {QStringLiteral("arn"), ca.arn},
        {QStringLiteral("registrationCode"), ca.registrationCode},
        {QStringLiteral("workspaceCa"), workspaceCa.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(workspaceCa)},
    };
}

QJsonObject PlatformJsonOutput::remoteDevice(const model::RemoteDeviceCertificate& device)
{
    return QJsonObject {
        {QStringLiteral("remoteId"), device.remoteId},
        {QStringLiteral("caRemoteId"), device.caRemoteId},
        {QStringLiteral("deviceName"), device.deviceName},
        {QStringLiteral("serial"), serialOf(device.certificatePem)},
        {QStringLiteral("status"), remoteStatusName(device.status)},
        {QStringLiteral("notBefore"), JsonOutput::time(device.notBefore)},
        {QStringLiteral("notAfter"), JsonOutput::time(device.notAfter)},
    };
}

} // namespace iotca::app
