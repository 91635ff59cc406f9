#include "AuditLog.h"

#include "crypto/Digest.h"
#include "model/workspace/SqlDialect.h"
#include "model/workspace/SqlSupport.h"
#include "model/workspace/Transaction.h"
#include "model/workspace/Workspace.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace iotca::model {

namespace {

constexpr qsizetype hashSize = 32;

QByteArray chainHash(const QByteArray& previousHash, const AuditEntry& entry)
{
    return crypto::sha256(previousHash + entry.canonicalBytes());
}

AuditEntry entryFromQuery(const QSqlQuery& query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.time = sql::toDateTime(query.value(1));
    entry.action = query.value(2).toString();
    entry.objectType = query.value(3).toString();
    entry.objectId = query.value(4).toString();
    entry.details = QJsonDocument::fromJson(query.value(5).toByteArray()).object();
    entry.hash = query.value(6).toByteArray();
    entry.operatorName = query.value(7).toString();
    return entry;
}

const QString selectColumns = QStringLiteral("SELECT id, time, action, object_type, object_id, details, hash, "
                                             "operator FROM audit_log ");

} // namespace

AuditLog::AuditLog(Workspace& workspace)
    : m_workspace(workspace)
{ }

Result<qint64> AuditLog::append(Transaction& transaction, const QString& action, const QString& objectType,
                                const QString& objectId, const QJsonObject& details)
{
    const QSqlDatabase database = transaction.database();
    const QString failure = tr("Could not write the audit log entry for '%1'.").arg(action);
    auto head = sql::run(database,
                         QStringLiteral("SELECT (SELECT value FROM workspace_meta WHERE key = 'audit_head_id'), "
                                        "(SELECT value FROM workspace_meta WHERE key = 'audit_head_hash')"),
                         {}, failure);
    if (!head) {
        return head.error();
    }
    if (!head->next()) {
        return sql::error(failure, head->lastError());
    }
    AuditEntry entry;
    entry.id = head->value(0).toLongLong() + 1;
    QByteArray previousHash = head->value(1).toByteArray();
    if (previousHash.size() != hashSize) {
        previousHash = QByteArray(hashSize, '\0');
    }
    head->finish();
    // Millisecond precision, as stored, so the hash covers exactly what verify() will read back.
    entry.time = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    entry.action = action;
    entry.objectType = objectType;
    entry.objectId = objectId;
    entry.details = details;
    entry.operatorName = m_workspace.operatorName();
    entry.hash = chainHash(previousHash, entry);

    auto insert = sql::run(database,
                           QStringLiteral("INSERT INTO audit_log (id, time, action, object_type, object_id, details, "
                                          "hash, operator) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                           {entry.id, sql::fromDateTime(entry.time), entry.action, entry.objectType, entry.objectId,
                            QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)), entry.hash,
                            sql::text(entry.operatorName)},
                           failure);
    if (!insert) {
        return insert.error();
    }
    // The head is read and written inside the transaction, which on a team workspace holds the advisory lock
    // that serialises writers (Transaction::begin), so two operators never link to the same head.
    // INSERT OR REPLACE (https://www.sqlite.org/lang_replace.html) is PostgreSQL's INSERT ... ON CONFLICT (key)
    // DO UPDATE (PostgreSQL 15 docs, INSERT, "ON CONFLICT Clause").
    const sql::Backend backend = sql::backendOf(database);
    const QString upsertHead = backend == sql::Backend::Postgres
        ? QStringLiteral("INSERT INTO workspace_meta (key, value) VALUES ('audit_head_id', ?), ('audit_head_hash', ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value")
        : QStringLiteral("INSERT OR REPLACE INTO workspace_meta (key, value) VALUES "
                         "('audit_head_id', ?), ('audit_head_hash', ?)");
    auto updateHead = sql::run(database, upsertHead, {sql::metaInteger(backend, entry.id), entry.hash}, failure);
    if (!updateHead) {
        return updateHead.error();
    }
    const qint64 id = entry.id;
    Workspace* workspace = &m_workspace;
    transaction.afterCommit([workspace, id] { Q_EMIT workspace->auditAppended(id); });
    return id;
}

Result<qint64> AuditLog::append(const QString& action, const QString& objectType, const QString& objectId,
                                const QJsonObject& details)
{
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction) {
        return transaction.error();
    }
    auto id = append(*transaction, action, objectType, objectId, details);
    if (!id) {
        return id.error();
    }
    if (Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return id;
}

Result<QList<AuditEntry>> AuditLog::entries(qint64 afterId, int limit) const
{
    auto database = m_workspace.connection();
    if (!database) {
        return database.error();
    }
    auto query = sql::run(*database, selectColumns + QStringLiteral("WHERE id > ? ORDER BY id LIMIT ?"),
                          {afterId, limit < 0 ? sql::noLimit(sql::backendOf(*database)) : QVariant(qint64(limit))},
                          tr("Could not read the audit log."));
    if (!query) {
        return query.error();
    }
    QList<AuditEntry> result;
    while (query->next()) {
        result.append(entryFromQuery(*query));
    }
    return result;
}

Result<qint64> AuditLog::count() const
{
    auto database = m_workspace.connection();
    if (!database) {
        return database.error();
    }
    auto query =
        sql::run(*database, QStringLiteral("SELECT COUNT(*) FROM audit_log"), {}, tr("Could not read the audit log."));
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

Result<AuditVerification> AuditLog::verify() const
{
    auto database = m_workspace.connection();
    if (!database) {
        return database.error();
    }
    const QString failure = tr("Could not read the audit log.");
    AuditVerification result;
    QByteArray previousHash(hashSize, '\0');
    qint64 previousId = 0;
    {
        auto query = sql::run(*database, selectColumns + QStringLiteral("ORDER BY id"), {}, failure);
        if (!query) {
            return query.error();
        }
        while (query->next()) {
            const AuditEntry entry = entryFromQuery(*query);
            ++result.entriesChecked;
            if (entry.id != previousId + 1) {
                result.problem = AuditVerification::Problem::Missing;
                result.firstBadEntryId = previousId + 1;
                //: %1 and %2 are audit log entry numbers
                result.description = entry.id - previousId == 2
                    ? tr("Audit log entry %1 is missing.").arg(previousId + 1)
                    : tr("Audit log entries %1 to %2 are missing.").arg(previousId + 1).arg(entry.id - 1);
                return result;
            }
            if (chainHash(previousHash, entry) != entry.hash) {
                result.problem = AuditVerification::Problem::Tampered;
                result.firstBadEntryId = entry.id;
                result.description = tr("Audit log entry %1 was changed after it was written.").arg(entry.id);
                return result;
            }
            previousHash = entry.hash;
            previousId = entry.id;
        }
    }
    auto head = sql::run(*database,
                         QStringLiteral("SELECT (SELECT value FROM workspace_meta WHERE key = 'audit_head_id'), "
                                        "(SELECT value FROM workspace_meta WHERE key = 'audit_head_hash')"),
                         {}, failure);
    if (!head) {
        return head.error();
    }
    if (!head->next()) {
        return sql::error(failure, head->lastError());
    }
    const qint64 headId = head->value(0).toLongLong();
    const QByteArray headHash = head->value(1).toByteArray();
    const bool headMatches = headId == previousId && (previousId == 0 || headHash == previousHash);
    if (!headMatches) {
        result.problem = AuditVerification::Problem::Truncated;
        result.firstBadEntryId = previousId;
        if (headId > previousId) {
            //: %1 and %2 are audit log entry numbers
            result.description =
                tr("The audit log ends at entry %1, but entries up to %2 were written.").arg(previousId).arg(headId);
        } else {
            result.description = tr("The audit log's recorded end does not match its last entry %1.").arg(previousId);
        }
        return result;
    }
    return result;
}

} // namespace iotca::model
