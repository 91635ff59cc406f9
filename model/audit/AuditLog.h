#pragma once

#include "AuditEntry.h"
#include "AuditVerification.h"
#include "crypto/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace iotca::model {

class Transaction;
class Workspace;

/// The workspace's append-only, hash-chained audit trail. Get it from Workspace::audit().
///
/// Each entry's hash is SHA-256(previous hash || AuditEntry::canonicalBytes()); the head of the chain (last id and
/// hash) is also recorded in the database, so deleting, editing or truncating entries is found by verify().
/// Workspace::auditAppended(entryId) is emitted after the transaction holding the entry commits.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    explicit AuditLog(Workspace& workspace);

    /// Appends an entry inside `transaction` (the caller's change and its entry commit or roll back together).
    /// `details` must never hold secrets. Returns the new entry's id.
    [[nodiscard]] Result<qint64> append(Transaction& transaction, const QString& action, const QString& objectType,
                                        const QString& objectId, const QJsonObject& details = {});
    /// Appends an entry in a transaction of its own (for actions that change nothing else, such as an export).
    [[nodiscard]] Result<qint64> append(const QString& action, const QString& objectType, const QString& objectId,
                                        const QJsonObject& details = {});

    /// Entries with id > `afterId`, oldest first, at most `limit` (all when negative).
    [[nodiscard]] Result<QList<AuditEntry>> entries(qint64 afterId = 0, int limit = -1) const;
    [[nodiscard]] Result<qint64> count() const;

    /// Walks the whole chain and reports the first tampered or missing entry.
    [[nodiscard]] Result<AuditVerification> verify() const;

private:
    Workspace& m_workspace;
};

} // namespace iotca::model
