#pragma once

#include "CaRegistrationService.h"
#include "crypto/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace iotca::model {

class Workspace;

/// Writes what a platform accepted into the workspace: each call is ONE Transaction holding the registration change,
/// its cascade to the CA's device certificates and their audit entries, so it lands whole or not at all.
/// Private to model/registration (CaRegistrationService).
class RegistrationRecorder
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationRecorder)
public:
    RegistrationRecorder(Workspace& workspace, qint64 accountId);

    /// Records a new registration (or a re-registration after a deletion) and returns it as stored.
    [[nodiscard]] Result<CaRegistrationRecord> recordRegistration(const CaRegistrationRecord& record);
    /// The CA is now `status` (Activated or Inactivated). With `cascade`, deactivating moves the CA's Associated
    /// device certificates to Inactivated and activating moves its Inactivated ones back to Associated.
    [[nodiscard]] Result<CascadeOutcome> recordCaStatus(qint64 caId, RegistrationStatus status, bool cascade);
    /// The CA is deleted on the platform; with `cascade` the CA's device certificates the platform held (Associated or
    /// Inactivated) are marked Deleted.
    [[nodiscard]] Result<CascadeOutcome> recordCaDeletion(qint64 caId, bool cascade);
    /// Compares the account's recorded registrations with `remoteCas` (matched by remote id; case-insensitively when
    /// `caseInsensitiveIds`) and records the statuses found: changed ones, vanished ones as Deleted, unchanged ones
    /// as synced. Registrations already Deleted are left alone.
    [[nodiscard]] Result<SyncOutcome> recordSync(const QList<RemoteCaCertificate>& remoteCas, bool caseInsensitiveIds);
    /// Device certificates of `caId` the platform accepted: `serials` are now `status`; `alsoInactivated` (device
    /// certificates deactivated before a deletion that then failed) are now Inactivated.
    [[nodiscard]] Status recordDevices(qint64 caId, const QStringList& serials, DeviceCertificateStatus status,
                                       const QStringList& alsoInactivated = {});

private:
    [[nodiscard]] Result<CaRegistrationRecord> registration(qint64 caId) const;

    Workspace& m_workspace;
    qint64 m_accountId;
};

} // namespace iotca::model
