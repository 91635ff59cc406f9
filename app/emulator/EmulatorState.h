#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace iotca::app {

/// A CA certificate registered with an emulated platform.
struct EmulatedCa
{
    /// ApsaraMQ Sn (lower-case hex), Tencent CertName, AWS certificateId.
    QString id;
    QString name;
    /// Upper-case hex as `openssl x509 -serial` prints it.
    QString serialHex;
    QString subject;
    QByteArray pem;
    QByteArray verificationPem;
    QString registrationCode;
    bool active = true;
    QDateTime created;
    QDateTime notBefore;
    QDateTime notAfter;
};

/// A device certificate known to an emulated platform.
struct EmulatedDevice
{
    /// ApsaraMQ DeviceSn (lower-case hex), AWS certificateId, Tencent DeviceName.
    QString id;
    QString caId;
    QString name;
    QString product;
    QString serialHex;
    QByteArray pem;
    bool active = true;
    /// Inactivated because its CA was (ApsaraMQ): reactivating the CA brings it back, unlike a device inactivated
    /// on its own.
    bool heldByCa = false;
    QDateTime notBefore;
    QDateTime notAfter;
};

/// One account (one AccessKey ID) of one emulated platform.
struct EmulatedAccount
{
    QList<EmulatedCa> cas;
    QList<EmulatedDevice> devices;
    /// ApsaraMQ: codes handed out by GetRegisterCode and codes already used.
    QSet<QString> issuedCodes;
    QSet<QString> usedCodes;
    /// AWS: the account's registration code (stable until deleted).
    QString awsRegistrationCode;
    /// Tencent: products that exist.
    QSet<QString> products;
    /// Nonces seen (ApsaraMQ SignatureNonce).
    QSet<QString> nonces;

    [[nodiscard]] EmulatedCa* findCa(const QString& id)
    {
        for (EmulatedCa& ca : cas) {
            if (ca.id == id)
                return &ca;
        }
        return nullptr;
    }
    [[nodiscard]] EmulatedDevice* findDevice(const QString& caId, const QString& id)
    {
        for (EmulatedDevice& device : devices) {
            if (device.id == id && (caId.isEmpty() || device.caId == caId))
                return &device;
        }
        return nullptr;
    }
};

/// Credentials the emulator accepts: AccessKey ID -> secret. The same pairs serve every emulated platform.
using EmulatorCredentials = QHash<QString, QByteArray>;

} // namespace iotca::app
