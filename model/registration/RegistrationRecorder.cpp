#include "RegistrationRecorder.h"

#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Transaction.h"
#include "model/workspace/Workspace.h"

#include <QDateTime>

namespace iotca::model {

RegistrationRecorder::RegistrationRecorder(Workspace& workspace, qint64 accountId)
    : m_workspace(workspace)
    , m_accountId(accountId)
{ }

Result<CaRegistrationRecord> RegistrationRecorder::registration(qint64 caId) const
{
    auto stored = m_workspace.registrations().get(caId, m_accountId);
    if (!stored)
        return stored.error();
    if (!stored->has_value()) {
        return Error {tr("The CA %1 is not registered with the platform account %2.").arg(caId).arg(m_accountId),
                      {},
                      QStringLiteral("NotFound")};
    }
    return **stored;
}

Result<CaRegistrationRecord> RegistrationRecorder::recordRegistration(const CaRegistrationRecord& record)
{
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction)
        return transaction.error();
    auto previous = m_workspace.registrations().get(record.caId, record.accountId);
    if (!previous)
        return previous.error();
    // A CA registered again after its deletion: the old row is forgotten, so the log says "registered" afresh.
    if (previous->has_value() && (*previous)->status == RegistrationStatus::Deleted) {
        if (Status removed = m_workspace.registrations().remove(record.caId, record.accountId); !removed)
            return removed.error();
    }
    if (Status stored = m_workspace.registrations().upsert(record); !stored)
        return stored.error();
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return registration(record.caId);
}

Result<CascadeOutcome> RegistrationRecorder::recordCaStatus(qint64 caId, RegistrationStatus status, bool cascade)
{
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction)
        return transaction.error();
    if (Status stored = m_workspace.registrations().setStatus(caId, m_accountId, status); !stored)
        return stored.error();
    CascadeOutcome outcome;
    if (cascade) {
        const bool deactivating = status == RegistrationStatus::Inactivated;
        const auto from = deactivating ? DeviceCertificateStatus::Associated : DeviceCertificateStatus::Inactivated;
        const auto to = deactivating ? DeviceCertificateStatus::Inactivated : DeviceCertificateStatus::Associated;
        auto devices = m_workspace.devices().listForCa(caId, from);
        if (!devices)
            return devices.error();
        QStringList serials;
        serials.reserve(devices->size());
        for (const DeviceCertificateRecord& device : std::as_const(*devices))
            serials.append(device.serialHex);
        auto changed = m_workspace.devices().setStatus(caId, serials, to);
        if (!changed)
            return changed.error();
        outcome.devicesChanged = *changed;
    }
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    auto stored = registration(caId);
    if (!stored)
        return stored.error();
    outcome.registration = *stored;
    return outcome;
}

Result<CascadeOutcome> RegistrationRecorder::recordCaDeletion(qint64 caId, bool cascade)
{
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction)
        return transaction.error();
    if (Status stored = m_workspace.registrations().setStatus(caId, m_accountId, RegistrationStatus::Deleted); !stored)
        return stored.error();
    CascadeOutcome outcome;
    if (cascade) {
        // The platform deletes the device certificates it holds (Associated or Inactivated here); one it never
        // held (Issued) is not deleted by it.
        QStringList held;
        for (const auto status : {DeviceCertificateStatus::Associated, DeviceCertificateStatus::Inactivated}) {
            auto devices = m_workspace.devices().listForCa(caId, status);
            if (!devices)
                return devices.error();
            for (const DeviceCertificateRecord& device : std::as_const(*devices))
                held.append(device.serialHex);
        }
        auto changed = m_workspace.devices().setStatus(caId, held, DeviceCertificateStatus::Deleted);
        if (!changed)
            return changed.error();
        outcome.devicesChanged = *changed;
    }
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    auto stored = registration(caId);
    if (!stored)
        return stored.error();
    outcome.registration = *stored;
    return outcome;
}

Result<SyncOutcome> RegistrationRecorder::recordSync(const QList<RemoteCaCertificate>& remoteCas,
                                                     bool caseInsensitiveIds)
{
    auto recorded = m_workspace.registrations().forAccount(m_accountId);
    if (!recorded)
        return recorded.error();
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction)
        return transaction.error();
    const Qt::CaseSensitivity sensitivity = caseInsensitiveIds ? Qt::CaseInsensitive : Qt::CaseSensitive;
    const QDateTime syncedAt = QDateTime::currentDateTimeUtc();
    SyncOutcome outcome;
    for (const CaRegistrationRecord& registration : std::as_const(*recorded)) {
        if (registration.status == RegistrationStatus::Deleted)
            continue;
        ++outcome.checked;
        const auto remote = std::find_if(remoteCas.cbegin(), remoteCas.cend(), [&](const RemoteCaCertificate& ca) {
            return ca.remoteId.compare(registration.remoteId, sensitivity) == 0;
        });
        RegistrationStatus found = RegistrationStatus::Deleted;
        if (remote != remoteCas.cend())
            found = remote->status == RemoteStatus::Active ? RegistrationStatus::Activated
                                                           : RegistrationStatus::Inactivated;
        Status stored;
        if (found == registration.status) {
            stored = m_workspace.registrations().markSynced(registration.caId, m_accountId, syncedAt);
        } else {
            stored = m_workspace.registrations().setStatus(registration.caId, m_accountId, found, syncedAt);
            if (found == RegistrationStatus::Deleted)
                ++outcome.vanished;
            else
                ++outcome.changed;
        }
        if (!stored)
            return stored.error();
    }
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return outcome;
}

Status RegistrationRecorder::recordDevices(qint64 caId, const QStringList& serials, DeviceCertificateStatus status,
                                           const QStringList& alsoInactivated)
{
    if (serials.isEmpty() && alsoInactivated.isEmpty())
        return {};
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction)
        return transaction.error();
    if (auto changed = m_workspace.devices().setStatus(caId, serials, status); !changed)
        return changed.error();
    if (auto changed = m_workspace.devices().setStatus(caId, alsoInactivated, DeviceCertificateStatus::Inactivated);
        !changed)
        return changed.error();
    return transaction->commit();
}

} // namespace iotca::model
