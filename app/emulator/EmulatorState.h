#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

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
    /// ApsaraMQ: the instance (MqttInstanceId) the CA was registered with; its device certificates are that
    /// instance's too.
    QString instanceId;
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
    /// AWS: REVOKED, a status that cannot be changed again (Developer Guide, platform-tencent-aws.md §3.3).
    bool revoked = false;
    /// AWS: things and policies attached to the certificate (AttachThingPrincipal / AttachPolicy); the emulator has
    /// no API for them, tests set them.
    QStringList attachments;
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
    /// Tencent: the private CA (CertName) each product is bound to (UpdateProductPrivateCA; one per product).
    QHash<QString, QString> productCa;
    /// Nonces seen (ApsaraMQ SignatureNonce).
    QSet<QString> nonces;
    /// ApsaraMQ: the account's instances. Empty = any MqttInstanceId is taken as an existing instance (the demo's
    /// and most tests' setting); otherwise another id gets MqttInstanceNotFound.
    QSet<QString> mqttInstances;

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
