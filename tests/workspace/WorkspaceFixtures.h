#pragma once

#include "model/workspace/CaRecord.h"
#include "model/workspace/DeviceCertificateRecord.h"
#include "model/workspace/PlatformAccountRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

/// Plain records for store-level tests (the store keeps DER and PEM bytes as given and does not parse them; the CA
/// operations tests use real certificates).
namespace iotca::test {

inline model::CaRecord sampleCa(const QString& name, const QString& serial = QStringLiteral("0A1B"))
{
    model::CaRecord ca;
    ca.name = name;
    ca.certificateDer = QByteArray("DER of ") + name.toUtf8();
    ca.encryptedKeyPem = QByteArrayLiteral("-----BEGIN ENCRYPTED PRIVATE KEY-----\n...\n");
    ca.serialHex = serial;
    ca.subject = QStringLiteral("CN=%1,O=Example").arg(name);
    ca.issuer = ca.subject;
    ca.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    ca.notAfter = QDateTime(QDate(2036, 1, 1), QTime(0, 0), Qt::UTC);
    ca.keyAlgorithm = QStringLiteral("RSA 2048-bit");
    return ca;
}

inline model::PlatformAccountRecord sampleAccount(const QString& name)
{
    model::PlatformAccountRecord account;
    account.name = name;
    account.platformId = QStringLiteral("aliyun-iot");
    account.displayName = name;
    account.region = QStringLiteral("cn-shanghai");
    account.endpoint = QStringLiteral("https://iot.cn-shanghai.aliyuncs.com");
    account.instanceId = QStringLiteral("iot-123");
    account.product = QStringLiteral("a1Product");
    account.credentialKey = QStringLiteral("account/%1").arg(name);
    return account;
}

/// `count` device certificates with serials first, first+1, ... (hex) for `product`, devices "<prefix>0001"...
inline QList<model::DeviceCertificateRecord> sampleDevices(int count, int first = 1,
                                                           const QString& product = QStringLiteral("a1Product"),
                                                           const QString& prefix = QStringLiteral("device-"))
{
    QList<model::DeviceCertificateRecord> devices;
    devices.reserve(count);
    const QDateTime notAfter(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        model::DeviceCertificateRecord device;
        const int number = first + i;
        device.serialHex = QStringLiteral("%1").arg(number, 8, 16, QLatin1Char('0'));
        device.productKey = product;
        device.deviceName = prefix + QStringLiteral("%1").arg(number, 6, 10, QLatin1Char('0'));
        device.certificateDer = QByteArray(600, char(number % 251));
        device.notAfter = notAfter.addDays(number % 365);
        devices.append(device);
    }
    return devices;
}

} // namespace iotca::test
