#pragma once

#include "crypto/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace iotca::model {

class Workspace;

/// One SQLite transaction on the calling thread's connection, rolled back on destruction unless commit() succeeded.
///
/// The outermost Transaction on a thread runs `BEGIN IMMEDIATE` (the write lock is taken up front, so a busy
/// database fails here and not half-way). A Transaction begun while another is open on the same thread becomes a
/// SAVEPOINT inside it; nothing is durable until the outermost one commits. This lets a job combine several
/// repository calls (and its own file writes) into one atomic unit:
///
/// ```
/// auto tx = Transaction::begin(workspace);
/// if (!tx) return tx.error();
/// if (auto added = workspace.devices().add(caId, records); !added) return added.error();   // nested: savepoint
/// // ... write and sync the exported files ...
/// return tx->commit();
/// ```
///
/// Work registered with afterCommit() (the Workspace signals) runs when the outermost transaction commits and is
/// dropped when the part of the transaction that registered it is rolled back.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    /// Fails on a read-only workspace, or when the database stays locked by another writer past the busy timeout.
    [[nodiscard]] static Result<Transaction> begin(const Workspace& workspace);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    /// The connection the transaction runs on; use it for the statements that belong to the transaction.
    [[nodiscard]] QSqlDatabase database() const { return m_database; }
    [[nodiscard]] bool isOutermost() const { return m_savepoint.isEmpty(); }
    [[nodiscard]] bool isOpen() const { return m_open; }

    [[nodiscard]] Status commit();
    /// Rolls back now; the destructor does the same for a transaction that was not committed.
    void rollback();

    /// Runs `work` once the outermost transaction has committed.
    void afterCommit(std::function<void()> work);

private:
    Transaction(const Workspace* workspace, QSqlDatabase database, QString savepoint, qsizetype pendingMark);

    const Workspace* m_workspace = nullptr;
    QSqlDatabase m_database;
    QString m_savepoint;
    qsizetype m_pendingMark = 0;
    bool m_open = false;
};

} // namespace iotca::model
