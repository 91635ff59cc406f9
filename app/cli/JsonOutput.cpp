#include "JsonOutput.h"

#include "Console.h"

#include "crypto/Certificate.h"
#include "model/audit/AuditEntry.h"
#include "model/csv/CsvDiagnostic.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/DeviceCertificateRecord.h"

#include <QJsonDocument>

namespace iotca::app {

void JsonOutput::print(const QJsonObject& value)
{
    Console::out() << QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Indented)) << Qt::flush;
}

void JsonOutput::print(const QJsonArray& value)
{
    Console::out() << QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Indented)) << Qt::flush;
}

QString JsonOutput::time(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject JsonOutput::ca(const model::CaRecord& record, const crypto::Certificate& certificate, qint64 deviceCount)
{
    QJsonObject object {
        {QStringLiteral("id"), record.id},
        {QStringLiteral("name"), record.name},
        {QStringLiteral("subject"), certificate.subjectString()},
        {QStringLiteral("issuer"), certificate.issuerString()},
        {QStringLiteral("serial"), certificate.serialNumberHex()},
        {QStringLiteral("notBefore"), time(certificate.notBefore())},
        {QStringLiteral("notAfter"), time(certificate.notAfter())},
        {QStringLiteral("keyAlgorithm"),
         certificate.keyAlgorithm() ? crypto::keyAlgorithmName(*certificate.keyAlgorithm()) : QString()},
        {QStringLiteral("keyDescription"), certificate.keyDescription()},
        {QStringLiteral("signatureAlgorithm"), certificate.signatureAlgorithm()},
        {QStringLiteral("sha256Fingerprint"), crypto::Certificate::fingerprintText(certificate.sha256Fingerprint())},
        {QStringLiteral("selfSigned"), certificate.isSelfSigned()},
        {QStringLiteral("keyStored"), record.hasStoredKey()},
        {QStringLiteral("keyReference"), record.keyReference},
        {QStringLiteral("passphraseRemembered"), !record.passphraseKeychainKey.isEmpty()},
        {QStringLiteral("parentCaId"), record.parentCaId},
        {QStringLiteral("created"), time(record.created)},
    };
    const crypto::BasicConstraints constraints = certificate.basicConstraints();
    object.insert(QStringLiteral("pathLength"),
                  constraints.pathLength ? QJsonValue(*constraints.pathLength) : QJsonValue(QJsonValue::Null));
    if (deviceCount >= 0)
        object.insert(QStringLiteral("deviceCount"), deviceCount);
    return object;
}

QJsonObject JsonOutput::device(const model::DeviceCertificateRecord& record)
{
    return QJsonObject {
        {QStringLiteral("serial"), record.serialHex},
        {QStringLiteral("productKey"), record.productKey},
        {QStringLiteral("deviceName"), record.deviceName},
        {QStringLiteral("status"), model::deviceCertificateStatusName(record.status)},
        {QStringLiteral("notAfter"), time(record.notAfter)},
        {QStringLiteral("exportedPath"), record.exportedPath},
        {QStringLiteral("created"), time(record.created)},
        // What the platform said at the last read-back ("" = never read) and whether the record disagrees with it.
        {QStringLiteral("platformState"), model::platformDeviceStateName(record.platformState)},
        {QStringLiteral("differsFromPlatform"), record.differsFromPlatform},
        // The device's certificate history: 1 for its first certificate; a re-issue names the serial it supersedes.
        {QStringLiteral("generation"), record.generation},
        {QStringLiteral("supersedesSerial"), record.supersedesSerial},
    };
}

QJsonObject JsonOutput::auditEntry(const model::AuditEntry& entry)
{
    return QJsonObject {
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("action"), entry.action},
        {QStringLiteral("objectType"), entry.objectType},
        {QStringLiteral("objectId"), entry.objectId},
        {QStringLiteral("details"), entry.details},
        {QStringLiteral("operator"), entry.operatorName},
        {QStringLiteral("hash"), QString::fromLatin1(entry.hash.toHex())},
    };
}

QJsonObject JsonOutput::diagnostic(const model::CsvDiagnostic& diagnostic)
{
    return QJsonObject {
        {QStringLiteral("line"), diagnostic.line},
        {QStringLiteral("column"), diagnostic.column},
        {QStringLiteral("message"), diagnostic.message},
    };
}

} // namespace iotca::app
