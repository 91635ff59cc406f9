#pragma once

#include "crypto/Result.h"
#include "model/platform/PlatformId.h"
#include "model/platform/RemoteCertificate.h"
#include "model/workspace/DeviceCertificateRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace iotca::model {

class Workspace;

/// What a platform's device-certificate list said about the recorded device certificates of one CA.
struct DeviceReconcileOutcome
{
    /// Recorded device certificates the platform lists.
    int onPlatform = 0;
    /// Recorded device certificates whose status changed to what the platform says.
    int changed = 0;
    /// Recorded as on the platform (Associated or Inactivated) but not listed any more: now Deleted.
    int vanished = 0;
    /// Listed by the platform under this CA but not recorded in the workspace.
    int unknown = 0;
    /// Serials the platform holds with another certificate than the recorded one: left as they are, reported.
    QStringList differs;
};

/// Brings the statuses of one CA's recorded device certificates in line with the platform's own list of them
/// (ApsaraMQ ListDeviceCertificateByCaSn, AWS ListCertificatesByCA, Tencent DescribeDevices): the platform is the
/// truth (brief rule 1), so nothing is derived locally.
///
/// A listed certificate is matched to a record by its content (the PEM the platform returns: same serial AND same
/// DER), else by the platform's id where the list carries no certificate (AWS: certificateId, see DeviceRemoteId).
/// Active -> Associated, Inactive -> Inactivated; a record the platform should hold (Associated or Inactivated) that
/// it no longer lists -> Deleted; Issued records not listed stay Issued. Where the platform holds a different
/// certificate under the same serial, the record is left alone and reported in `differs`: never guessed.
/// Every record the list covers also gets the platform's state recorded beside its status
/// (DeviceCertificateRepository::recordPlatformReadings), with the differing ones marked.
class DeviceStatusReconciler
{
    Q_DECLARE_TR_FUNCTIONS(DeviceStatusReconciler)
public:
    /// `listedProduct` (Tencent): the list is of this one product; records of other products are not judged by it.
    DeviceStatusReconciler(Workspace& workspace, PlatformId platform, qint64 caId, QString caRemoteId,
                           QString listedProduct = {});

    /// Matches `remote` to the CA's records: serial -> the platform's entry (and the serials that differ).
    struct Match
    {
        QHash<QString, RemoteDeviceCertificate> bySerial;
        QStringList differs;
        int unknown = 0;
    };
    [[nodiscard]] Result<Match> match(const QList<RemoteDeviceCertificate>& remote) const;

    /// Records the statuses found (inside the caller's Transaction, or in its own). Returns what changed.
    [[nodiscard]] Result<DeviceReconcileOutcome> record(const QList<RemoteDeviceCertificate>& remote);

private:
    [[nodiscard]] bool coveredByList(const DeviceCertificateRecord& record) const;

    Workspace& m_workspace;
    PlatformId m_platform;
    qint64 m_caId;
    QString m_caRemoteId;
    QString m_listedProduct;
};

} // namespace iotca::model
