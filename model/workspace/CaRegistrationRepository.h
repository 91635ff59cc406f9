#pragma once

#include "CaRegistrationRecord.h"
#include "crypto/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace iotca::model {

class Workspace;

/// Which CAs are registered with which platform accounts, and their remote status. Writes emit
/// Workspace::registrationChanged(caId, accountId) after the commit. Get it from Workspace::registrations().
///
/// Cascading a CA's deactivation or deletion to its device certificates is DeviceCertificateRepository's
/// setStatusForCa(); a job that does both wraps them in one Transaction.
class CaRegistrationRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaRegistrationRepository)
public:
    explicit CaRegistrationRepository(Workspace& workspace);

    /// Inserts or replaces the registration of (record.caId, record.accountId). Audited as "ca.registered" when new,
    /// else as the status change.
    [[nodiscard]] Status upsert(const CaRegistrationRecord& record);
    /// Changes the remote status (audited as "ca.activated", "ca.deactivated" or "ca.deleted_remote") and sets
    /// lastSynced to `syncedAt`.
    [[nodiscard]] Status setStatus(qint64 caId, qint64 accountId, RegistrationStatus status,
                                   const QDateTime& syncedAt = QDateTime::currentDateTimeUtc());
    /// Records a successful sync that found the status unchanged (not audited: nothing changed).
    [[nodiscard]] Status markSynced(qint64 caId, qint64 accountId,
                                    const QDateTime& syncedAt = QDateTime::currentDateTimeUtc());
    /// Forgets the registration row (the CA was unregistered); audited as "ca.unregistered".
    [[nodiscard]] Status remove(qint64 caId, qint64 accountId);

    [[nodiscard]] Result<std::optional<CaRegistrationRecord>> get(qint64 caId, qint64 accountId) const;
    [[nodiscard]] Result<QList<CaRegistrationRecord>> forCa(qint64 caId) const;
    [[nodiscard]] Result<QList<CaRegistrationRecord>> forAccount(qint64 accountId) const;

private:
    Workspace& m_workspace;
};

} // namespace iotca::model
