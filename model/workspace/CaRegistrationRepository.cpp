#include "CaRegistrationRepository.h"

#include "SqlDialect.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "Workspace.h"
#include "model/audit/AuditAction.h"
#include "model/audit/AuditLog.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace iotca::model {

namespace {

const QString registrationColumns = QStringLiteral("SELECT ca_id, account_id, remote_id, status, registration_code, "
                                                   "registered_at, last_synced FROM ca_registrations ");

CaRegistrationRecord registrationFromQuery(const QSqlQuery& query)
{
    CaRegistrationRecord registration;
    registration.caId = query.value(0).toLongLong();
    registration.accountId = query.value(1).toLongLong();
    registration.remoteId = query.value(2).toString();
    if (!registrationStatusFromName(query.value(3).toString(), &registration.status)) {
        registration.status = RegistrationStatus::Inactivated;
    }
    registration.registrationCode = query.value(4).toString();
    registration.registeredAt = sql::toDateTime(query.value(5));
    registration.lastSynced = sql::toDateTime(query.value(6));
    return registration;
}

QString objectId(qint64 caId, qint64 accountId)
{
    return QStringLiteral("%1/%2").arg(caId).arg(accountId);
}

QString actionFor(RegistrationStatus status)
{
    switch (status) {
    case RegistrationStatus::Activated:
        return AuditAction::CaActivated;
    case RegistrationStatus::Inactivated:
        return AuditAction::CaDeactivated;
    case RegistrationStatus::Deleted:
        return AuditAction::CaDeletedRemote;
    }
    return {};
}

} // namespace

CaRegistrationRepository::CaRegistrationRepository(Workspace& workspace)
    : m_workspace(workspace)
{ }

Status CaRegistrationRepository::upsert(const CaRegistrationRecord& record)
{
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction) {
        return transaction.error();
    }
    auto previous = get(record.caId, record.accountId);
    if (!previous) {
        return previous.error();
    }
    const QString failure = tr("Could not record the registration of CA %1 with platform account %2.")
                                .arg(record.caId)
                                .arg(record.accountId);
    auto write =
        sql::prepare(transaction->database(),
                     QStringLiteral("INSERT INTO ca_registrations (ca_id, account_id, remote_id, status, "
                                    "registration_code, registered_at, last_synced) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                    "ON CONFLICT (ca_id, account_id) DO UPDATE SET remote_id = excluded.remote_id, "
                                    "status = excluded.status, registration_code = excluded.registration_code, "
                                    "registered_at = excluded.registered_at, last_synced = excluded.last_synced"),
                     failure);
    if (!write) {
        return write.error();
    }
    for (const QVariant& value :
         {QVariant(record.caId), QVariant(record.accountId), sql::text(record.remoteId),
          QVariant(registrationStatusName(record.status)), sql::text(record.registrationCode),
          sql::fromDateTime(record.registeredAt.isValid() ? record.registeredAt : QDateTime::currentDateTimeUtc()),
          sql::fromDateTime(record.lastSynced)}) {
        write->addBindValue(value);
    }
    if (!write->exec()) {
        // The server's error code, not its words: SQLite and PostgreSQL word a missing parent differently.
        if (sql::isForeignKeyViolation(write->lastError())) {
            return Error {tr("The CA %1 or the platform account %2 does not exist in this workspace.")
                              .arg(record.caId)
                              .arg(record.accountId),
                          write->lastError().databaseText(), QStringLiteral("NotFound")};
        }
        return sql::error(failure, write->lastError());
    }
    const bool isNew = !previous->has_value();
    if (isNew || (*previous)->status != record.status) {
        const QJsonObject details {{QStringLiteral("accountId"), record.accountId},
                                   {QStringLiteral("remoteId"), record.remoteId},
                                   {QStringLiteral("status"), registrationStatusName(record.status)},
                                   {QStringLiteral("registrationCode"), record.registrationCode}};
        auto audited = m_workspace.audit().append(
            *transaction, isNew ? QString(AuditAction::CaRegistered) : actionFor(record.status),
            QStringLiteral("registration"), objectId(record.caId, record.accountId), details);
        if (!audited) {
            return audited.error();
        }
    }
    Workspace* workspace = &m_workspace;
    const qint64 caId = record.caId;
    const qint64 accountId = record.accountId;
    transaction->afterCommit([workspace, caId, accountId] { Q_EMIT workspace->registrationChanged(caId, accountId); });
    return transaction->commit();
}

Status CaRegistrationRepository::setStatus(qint64 caId, qint64 accountId, RegistrationStatus status,
                                           const QDateTime& syncedAt)
{
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction) {
        return transaction.error();
    }
    auto previous = get(caId, accountId);
    if (!previous) {
        return previous.error();
    }
    if (!previous->has_value()) {
        return Error {tr("The CA %1 is not registered with the platform account %2.").arg(caId).arg(accountId),
                      {},
                      QStringLiteral("NotFound")};
    }
    auto update = sql::run(transaction->database(),
                           QStringLiteral("UPDATE ca_registrations SET status = ?, last_synced = ? "
                                          "WHERE ca_id = ? AND account_id = ?"),
                           {registrationStatusName(status), sql::fromDateTime(syncedAt), caId, accountId},
                           tr("Could not record the status of CA %1 on platform account %2.").arg(caId).arg(accountId));
    if (!update) {
        return update.error();
    }
    if ((*previous)->status != status) {
        const QJsonObject details {{QStringLiteral("accountId"), accountId},
                                   {QStringLiteral("from"), registrationStatusName((*previous)->status)},
                                   {QStringLiteral("to"), registrationStatusName(status)}};
        auto audited = m_workspace.audit().append(*transaction, actionFor(status), QStringLiteral("registration"),
                                                  objectId(caId, accountId), details);
        if (!audited) {
            return audited.error();
        }
    }
    Workspace* workspace = &m_workspace;
    transaction->afterCommit([workspace, caId, accountId] { Q_EMIT workspace->registrationChanged(caId, accountId); });
    return transaction->commit();
}

Status CaRegistrationRepository::markSynced(qint64 caId, qint64 accountId, const QDateTime& syncedAt)
{
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction) {
        return transaction.error();
    }
    auto update = sql::run(transaction->database(),
                           QStringLiteral("UPDATE ca_registrations SET last_synced = ? WHERE ca_id = ? AND "
                                          "account_id = ?"),
                           {sql::fromDateTime(syncedAt), caId, accountId},
                           tr("Could not record the sync of CA %1 on platform account %2.").arg(caId).arg(accountId));
    if (!update) {
        return update.error();
    }
    if (update->numRowsAffected() != 1) {
        return Error {tr("The CA %1 is not registered with the platform account %2.").arg(caId).arg(accountId),
                      {},
                      QStringLiteral("NotFound")};
    }
    Workspace* workspace = &m_workspace;
    transaction->afterCommit([workspace, caId, accountId] { Q_EMIT workspace->registrationChanged(caId, accountId); });
    return transaction->commit();
}

Status CaRegistrationRepository::remove(qint64 caId, qint64 accountId)
{
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction) {
        return transaction.error();
    }
    auto deleted =
        sql::run(transaction->database(),
                 QStringLiteral("DELETE FROM ca_registrations WHERE ca_id = ? AND account_id = ?"), {caId, accountId},
                 tr("Could not remove the registration of CA %1 with platform account %2.").arg(caId).arg(accountId));
    if (!deleted) {
        return deleted.error();
    }
    if (deleted->numRowsAffected() != 1) {
        return Error {tr("The CA %1 is not registered with the platform account %2.").arg(caId).arg(accountId),
                      {},
                      QStringLiteral("NotFound")};
    }
    auto audited = m_workspace.audit().append(*transaction, AuditAction::CaUnregistered, QStringLiteral("registration"),
                                              objectId(caId, accountId), {{QStringLiteral("accountId"), accountId}});
    if (!audited) {
        return audited.error();
    }
    Workspace* workspace = &m_workspace;
    transaction->afterCommit([workspace, caId, accountId] { Q_EMIT workspace->registrationChanged(caId, accountId); });
    return transaction->commit();
}

Result<std::optional<CaRegistrationRecord>> CaRegistrationRepository::get(qint64 caId, qint64 accountId) const
{
    auto database = m_workspace.connection();
    if (!database) {
        return database.error();
    }
    auto query = sql::run(*database, registrationColumns + QStringLiteral("WHERE ca_id = ? AND account_id = ?"),
                          {caId, accountId}, tr("Could not read the registrations of CA %1.").arg(caId));
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<CaRegistrationRecord>();
    }
    return std::optional<CaRegistrationRecord>(registrationFromQuery(*query));
}

Result<QList<CaRegistrationRecord>> CaRegistrationRepository::forCa(qint64 caId) const
{
    auto database = m_workspace.connection();
    if (!database) {
        return database.error();
    }
    auto query = sql::run(*database, registrationColumns + QStringLiteral("WHERE ca_id = ? ORDER BY account_id"),
                          {caId}, tr("Could not read the registrations of CA %1.").arg(caId));
    if (!query) {
        return query.error();
    }
    QList<CaRegistrationRecord> result;
    while (query->next()) {
        result.append(registrationFromQuery(*query));
    }
    return result;
}

Result<QList<CaRegistrationRecord>> CaRegistrationRepository::forAccount(qint64 accountId) const
{
    auto database = m_workspace.connection();
    if (!database) {
        return database.error();
    }
    auto query = sql::run(*database, registrationColumns + QStringLiteral("WHERE account_id = ? ORDER BY ca_id"),
                          {accountId}, tr("Could not read the registrations of platform account %1.").arg(accountId));
    if (!query) {
        return query.error();
    }
    QList<CaRegistrationRecord> result;
    while (query->next()) {
        result.append(registrationFromQuery(*query));
    }
    return result;
}

} // namespace iotca::model
