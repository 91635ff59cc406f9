#include "PendingRegistrationRepository.h"

#include "SqlDialect.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "Workspace.h"

namespace iotca::model {

namespace {

const QString pendingColumns =
    QStringLiteral("SELECT id, ca_id, platform_id, registration_code, verification_der, bundle_manifest_sha256, "
                   "imported_at, uploaded_account_id, uploaded_at FROM pending_ca_registrations ");

PendingRegistrationRecord pendingFromQuery(const QSqlQuery& query)
{
    PendingRegistrationRecord record;
    record.id = query.value(0).toLongLong();
    record.caId = query.value(1).toLongLong();
    record.platformId = query.value(2).toString();
    record.registrationCode = query.value(3).toString();
    record.verificationDer = query.value(4).toByteArray();
    record.bundleManifestSha256 = query.value(5).toString();
    record.importedAt = sql::toDateTime(query.value(6));
    record.uploadedAccountId = query.value(7).toLongLong();
    record.uploadedAt = sql::toDateTime(query.value(8));
    return record;
}

const QString unconfirmedColumns =
    QStringLiteral("SELECT ca_id, account_id, remote_id, recorded_at FROM unconfirmed_ca_registrations ");

UnconfirmedRegistrationRecord unconfirmedFromQuery(const QSqlQuery& query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
            sql::toDateTime(query.value(3))};
}

template<class Record, class Convert>
Result<QList<Record>> select(const Workspace& workspace, const QString& statement, const QVariantList& values,
                             Convert convert)
{
    auto database = workspace.connection();
    if (!database)
        return database.error();
    const QString failure = PendingRegistrationRepository::tr("Could not read the pending registrations.");
    auto query = sql::run(*database, statement, values, failure);
    if (!query)
        return query.error();
    QList<Record> records;
    while (query->next())
        records.append(convert(*query));
    return records;
}

} // namespace

PendingRegistrationRepository::PendingRegistrationRepository(const Workspace& workspace)
    : m_workspace(workspace)
{ }

Result<bool> PendingRegistrationRepository::addPending(Transaction& transaction,
                                                       const PendingRegistrationRecord& record)
{
    // INSERT OR IGNORE on the UNIQUE verification certificate: the second import of a bundle changes nothing.
    auto inserted =
        sql::run(transaction.database(),
                 sql::translate(transaction.database(),
                                QStringLiteral("INSERT OR IGNORE INTO pending_ca_registrations (ca_id, platform_id, "
                                               "registration_code, verification_der, bundle_manifest_sha256, "
                                               "imported_at) VALUES (?, ?, ?, ?, ?, ?)")),
                 {record.caId, record.platformId, record.registrationCode, record.verificationDer,
                  record.bundleManifestSha256, sql::fromDateTime(record.importedAt)},
                 tr("Could not record the pending registration."));
    if (!inserted)
        return inserted.error();
    return inserted->numRowsAffected() > 0;
}

Result<QList<PendingRegistrationRecord>> PendingRegistrationRepository::pendingForCa(qint64 caId) const
{
    return select<PendingRegistrationRecord>(
        m_workspace, pendingColumns + QStringLiteral("WHERE ca_id = ? ORDER BY id"), {caId}, pendingFromQuery);
}

Result<std::optional<PendingRegistrationRecord>>
PendingRegistrationRepository::nextPending(qint64 caId, const QString& platformId) const
{
    auto found = select<PendingRegistrationRecord>(
        m_workspace,
        pendingColumns
            + QStringLiteral("WHERE ca_id = ? AND platform_id = ? AND uploaded_at IS NULL ORDER BY id DESC LIMIT 1"),
        {caId, platformId}, pendingFromQuery);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<PendingRegistrationRecord>();
    return std::optional<PendingRegistrationRecord>(found->constFirst());
}

Status PendingRegistrationRepository::markUploaded(qint64 pendingId, qint64 accountId)
{
    auto database = m_workspace.connection();
    if (!database)
        return database.error();
    auto updated = sql::run(*database,
                            QStringLiteral("UPDATE pending_ca_registrations SET uploaded_account_id = ?, "
                                           "uploaded_at = ? WHERE id = ?"),
                            {accountId, sql::fromDateTime(QDateTime::currentDateTimeUtc()), pendingId},
                            tr("Could not record that the pending registration was uploaded."));
    if (!updated)
        return updated.error();
    return {};
}

Status PendingRegistrationRepository::putUnconfirmed(Transaction& transaction,
                                                     const UnconfirmedRegistrationRecord& record)
{
    // INSERT OR REPLACE (https://www.sqlite.org/lang_replace.html); PostgreSQL: INSERT ... ON CONFLICT DO UPDATE
    // (PostgreSQL 15 docs, INSERT, "ON CONFLICT Clause").
    const bool postgres = sql::backendOf(transaction.database()) == sql::Backend::Postgres;
    const QString statement = postgres
        ? QStringLiteral("INSERT INTO unconfirmed_ca_registrations (ca_id, account_id, remote_id, recorded_at) "
                         "VALUES (?, ?, ?, ?) ON CONFLICT (ca_id, account_id) DO UPDATE SET "
                         "remote_id = EXCLUDED.remote_id, recorded_at = EXCLUDED.recorded_at")
        : QStringLiteral("INSERT OR REPLACE INTO unconfirmed_ca_registrations (ca_id, account_id, "
                         "remote_id, recorded_at) VALUES (?, ?, ?, ?)");
    auto stored = sql::run(transaction.database(), statement,
                           {record.caId, record.accountId, record.remoteId, sql::fromDateTime(record.recordedAt)},
                           tr("Could not record the registration."));
    if (!stored)
        return stored.error();
    return {};
}

Result<QList<UnconfirmedRegistrationRecord>> PendingRegistrationRepository::unconfirmedForCa(qint64 caId) const
{
    return select<UnconfirmedRegistrationRecord>(m_workspace, unconfirmedColumns + QStringLiteral("WHERE ca_id = ?"),
                                                 {caId}, unconfirmedFromQuery);
}

Result<QList<UnconfirmedRegistrationRecord>>
PendingRegistrationRepository::unconfirmedForAccount(qint64 accountId) const
{
    return select<UnconfirmedRegistrationRecord>(
        m_workspace, unconfirmedColumns + QStringLiteral("WHERE account_id = ?"), {accountId}, unconfirmedFromQuery);
}

Status PendingRegistrationRepository::removeUnconfirmed(qint64 caId, qint64 accountId)
{
    auto database = m_workspace.connection();
    if (!database)
        return database.error();
    auto removed = sql::run(*database,
                            QStringLiteral("DELETE FROM unconfirmed_ca_registrations WHERE ca_id = ? AND "
                                           "account_id = ?"),
                            {caId, accountId}, tr("Could not update the registration."));
    if (!removed)
        return removed.error();
    return {};
}

} // namespace iotca::model
