#pragma once

#include "PlatformDeviceState.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace iotca::model {

/// Where a device certificate is in its life.
enum class DeviceCertificateStatus {
    /// Issued (or imported) locally, not yet associated with a device on a platform.
    Issued,
    /// Associated with its device on a platform (CSV upload or API).
    Associated,
    /// Inactivated on the platform, usually because its CA was deactivated.
    Inactivated,
    /// Deleted on the platform, usually because its CA was deleted.
    Deleted,
};

/// Stable text for the database and JSON ("Issued", "Associated", "Inactivated", "Deleted").
[[nodiscard]] QString deviceCertificateStatusName(DeviceCertificateStatus status);
[[nodiscard]] bool deviceCertificateStatusFromName(const QString& name, DeviceCertificateStatus* status);
/// Translated text for people.
[[nodiscard]] QString deviceCertificateStatusDisplayName(DeviceCertificateStatus status);

/// One device certificate issued by (or imported under) a CA of the workspace.
///
/// (caId, serialHex) is unique, and so is (productKey, deviceName, generation): a device's first certificate is
/// generation 1, each re-issue the next (DeviceCertificateHistory).
struct DeviceCertificateRecord
{
    qint64 id = 0;
    qint64 caId = 0;
    /// Upper-case hexadecimal without separators; DeviceCertificateRepository normalises what it is given.
    QString serialHex;
    /// Product key (Alibaba) or product id (Tencent); AWS uses the thing type or an empty string.
    QString productKey;
    QString deviceName;
    QByteArray certificateDer;
    DeviceCertificateStatus status = DeviceCertificateStatus::Issued;
    QDateTime notAfter;
    /// Where the certificate (and key) files were last exported; empty when never exported.
    QString exportedPath;
    QDateTime created;
    /// What the platform said at the last read-back (schema step 7), and whether that disagrees with `status`.
    PlatformDeviceState platformState = PlatformDeviceState::Unread;
    bool differsFromPlatform = false;
    /// The id the platform answered when the certificate was registered (AWS certificateId); empty otherwise.
    QString remoteId;
    /// 1 for the device's first certificate, n + 1 for the re-issue of generation n (schema step 8).
    int generation = 1;
    /// The serial (same CA) of the certificate this re-issue superseded; empty for a first certificate.
    QString supersedesSerial;
};

} // namespace iotca::model

Q_DECLARE_METATYPE(iotca::model::DeviceCertificateStatus)
