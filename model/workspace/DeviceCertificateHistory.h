#pragma once

#include "DeviceCertificateRecord.h"
#include "crypto/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace iotca::model {

class Transaction;
class Workspace;

/// A device's certificates over time (schema step 8). A re-issue records a new certificate for the same product and
/// device name beside the old one, as the next generation, naming the serial it supersedes; the old one stays as it
/// was (valid until it expires or is revoked).
///
/// A device's CURRENT certificate is its newest one that is not revoked. A certificate is SUPERSEDED when a newer
/// certificate of the same device is not revoked. What goes to a platform (association CSV export, `device register
/// --all`) is the current certificate of each device; the lists show every certificate and mark the superseded ones.
class DeviceCertificateHistory
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCertificateHistory)

public:
    /// An SQL condition on the device_certificates row named `alias`: it is its device's current certificate.
    [[nodiscard]] static QString currentCondition(const QString& alias);
    /// An SQL condition on the device_certificates row named `alias`: a newer, unrevoked certificate supersedes it.
    [[nodiscard]] static QString supersededCondition(const QString& alias);

    /// The serials of `caId` that a newer, unrevoked certificate of the same device supersedes.
    [[nodiscard]] static Result<QSet<QString>> supersededSerials(const Workspace& workspace, qint64 caId);
    /// The current certificates of `caId` (not revoked, not superseded), ordered by serial.
    [[nodiscard]] static Result<QList<DeviceCertificateRecord>> currentForCa(const Workspace& workspace, qint64 caId);
    /// Every certificate of one device, oldest generation first.
    [[nodiscard]] static Result<QList<DeviceCertificateRecord>>
    ofDevice(const Workspace& workspace, const QString& productKey, const QString& deviceName);

    /// Records `record` (its caId, serial, product, device, certificate, notAfter, exportedPath) inside the caller's
    /// `transaction` as the next generation of its device, superseding `supersededSerial` of the same CA, which must
    /// be the device's newest certificate (else code "NotNewest": another re-issue came first), with one
    /// "devices.reissued" audit entry (device, both serials, the generation, and `auditDetails`). Returns the record
    /// as stored (id, generation).
    [[nodiscard]] static Result<DeviceCertificateRecord> addReissue(Transaction& transaction, Workspace& workspace,
                                                                    DeviceCertificateRecord record,
                                                                    const QString& supersededSerial,
                                                                    const QJsonObject& auditDetails = {});
};

} // namespace iotca::model
