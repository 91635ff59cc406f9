#include "ManualRegistration.h"

#include "RegistrationRecorder.h"
#include "crypto/Certificate.h"
#include "model/ModelErrorCode.h"
#include "model/audit/AuditAction.h"
#include "model/audit/AuditLog.h"
#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/PendingRegistrationRepository.h"
#include "model/workspace/Transaction.h"
#include "model/workspace/Workspace.h"

#include <QJsonObject>

namespace iotca::model {

Status ManualRegistration::matches(const CaRecord& ca, const RemoteCaCertificate& remote)
{
    if (!remote.certificatePem.isEmpty()) {
        const auto certificate = crypto::Certificate::fromPem(remote.certificatePem);
        if (certificate && certificate->toDer() == ca.certificateDer)
            return {};
        //: %1 is the platform's id of a CA, %2 a CA name
        return Error {tr("The platform holds another certificate as '%1' than that of the CA '%2'; nothing was "
                         "recorded.")
                          .arg(remote.remoteId, ca.name),
                      {},
                      QStringLiteral("RegistrationDiffers")};
    }
    if (!remote.serialHex.isEmpty() && remote.serialHex.compare(ca.serialHex, Qt::CaseInsensitive) == 0)
        return {};
    //: %1 is the platform's id of a CA, %2 its serial number as the platform reports it, %3 a CA name, %4 its serial
    return Error {tr("The platform reports '%1' with the serial number %2, not that of the CA '%3' (%4); nothing was "
                     "recorded.")
                      .arg(remote.remoteId, remote.serialHex.isEmpty() ? QStringLiteral("-") : remote.serialHex,
                           ca.name, ca.serialHex),
                  {},
                  QStringLiteral("RegistrationDiffers")};
}

Result<CaRegistrationRecord> ManualRegistration::confirm(Workspace& workspace, const CaRecord& ca,
                                                         const PlatformAccountRecord& account,
                                                         const RemoteCaCertificate& remote)
{
    if (Status same = matches(ca, remote); !same)
        return same.error();
    auto existing = workspace.registrations().get(ca.id, account.id);
    if (!existing)
        return existing.error();
    if (existing->has_value() && (*existing)->status != RegistrationStatus::Deleted) {
        if ((*existing)->remoteId.compare(remote.remoteId, Qt::CaseInsensitive) == 0)
            return **existing; // already recorded as exactly this: nothing to do
        //: %1 is a CA name, %2 an account name, %3 the platform's id of the CA
        return Error {tr("The CA '%1' is already recorded as registered with the platform account '%2' (as '%3').")
                          .arg(ca.name, account.name, (*existing)->remoteId),
                      {},
                      ErrorCode::AlreadyRegistered};
    }
    auto transaction = Transaction::begin(workspace);
    if (!transaction)
        return transaction.error();
    CaRegistrationRecord record;
    record.caId = ca.id;
    record.accountId = account.id;
    record.remoteId = remote.remoteId;
    record.status =
        remote.status == RemoteStatus::Active ? RegistrationStatus::Activated : RegistrationStatus::Inactivated;
    record.registrationCode = remote.registrationCode;
    record.registeredAt = QDateTime::currentDateTimeUtc();
    record.lastSynced = record.registeredAt;
    auto recorded = RegistrationRecorder(workspace, account.id).recordRegistration(record);
    if (!recorded)
        return recorded.error();
    if (Status removed = PendingRegistrationRepository(workspace).removeUnconfirmed(ca.id, account.id); !removed)
        return removed.error();
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return recorded;
}

Status ManualRegistration::recordUnconfirmed(Workspace& workspace, const CaRecord& ca,
                                             const PlatformAccountRecord& account, const QString& remoteId)
{
    if (remoteId.trimmed().isEmpty())
        return Error {tr("The platform's id of the CA is empty."), {}, ErrorCode::RemoteId};
    auto transaction = Transaction::begin(workspace);
    if (!transaction)
        return transaction.error();
    const UnconfirmedRegistrationRecord record {ca.id, account.id, remoteId.trimmed(), QDateTime::currentDateTimeUtc()};
    if (Status stored = PendingRegistrationRepository(workspace).putUnconfirmed(*transaction, record); !stored)
        return stored;
    auto audited = workspace.audit().append(*transaction, AuditAction::CaMarkedRegistered, QStringLiteral("ca"),
                                            QString::number(ca.id),
                                            QJsonObject {{QStringLiteral("account"), account.name},
                                                         {QStringLiteral("remoteId"), record.remoteId},
                                                         {QStringLiteral("confirmed"), false}});
    if (!audited)
        return audited.error();
    return transaction->commit();
}

} // namespace iotca::model
