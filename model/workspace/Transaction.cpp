#include "Transaction.h"

#include "SqlDialect.h"
#include "SqlSupport.h"
#include "Workspace.h"
#include "WorkspaceConnections.h"

#include <QSqlQuery>

namespace iotca::model {

namespace {

bool execute(const QSqlDatabase& database, const QString& statement, QSqlError* failure = nullptr)
{
    QSqlQuery query(database);
    if (query.exec(statement)) {
        return true;
    }
    if (failure) {
        *failure = query.lastError();
    }
    return false;
}

} // namespace

Transaction::Transaction(const Workspace* workspace, QSqlDatabase database, QString savepoint, qsizetype pendingMark)
    : m_workspace(workspace)
    , m_database(std::move(database))
    , m_savepoint(std::move(savepoint))
    , m_pendingMark(pendingMark)
    , m_open(true)
{ }

Transaction::Transaction(Transaction&& other) noexcept
    : m_workspace(other.m_workspace)
    , m_database(std::move(other.m_database))
    , m_savepoint(std::move(other.m_savepoint))
    , m_pendingMark(other.m_pendingMark)
    , m_open(std::exchange(other.m_open, false))
{ }

Transaction::~Transaction()
{
    rollback();
}

Result<Transaction> Transaction::begin(const Workspace& workspace)
{
    if (workspace.isReadOnly()) {
        return Error {tr("The workspace '%1' is open read-only; nothing can be changed.").arg(workspace.folder()),
                      {},
                      QStringLiteral("ReadOnly")};
    }
    auto database = workspace.connection();
    if (!database) {
        return database.error();
    }
    WorkspaceConnections::ThreadState& state = workspace.m_connections->threadState();
    QSqlError failure;
    if (state.depth == 0) {
        const bool postgres = sql::backendOf(*database) == sql::Backend::Postgres;
        // SQLite: BEGIN IMMEDIATE takes the write lock up front (https://www.sqlite.org/lang_transaction.html).
        // PostgreSQL has row-level locks and no BEGIN IMMEDIATE; the writers of a team workspace take one
        // transaction-level advisory lock first (PostgreSQL 15 docs, 13.3.5 "Advisory Locks" and 9.27.10
        // "Advisory Lock Functions": pg_advisory_xact_lock waits, and is released at COMMIT or ROLLBACK). So audit
        // chain appends are serialised (each entry links to the head the previous commit left; the chain verifies
        // with any number of operators), and since every writer takes it before any row lock, writers never
        // deadlock on the per-CA count rows. Readers take no lock (MVCC, 13.1).
        const QString begin = postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
        if (!execute(*database, begin, &failure)) {
            return sql::error(tr("Could not start a change in the workspace '%1'; another program may be writing to "
                                 "it.")
                                  .arg(workspace.folder()),
                              failure);
        }
        if (postgres
            && !execute(*database,
                        QStringLiteral("SELECT pg_advisory_xact_lock(%1, %2)")
                            .arg(sql::advisoryLockSpace)
                            .arg(sql::advisoryLockAuditChain),
                        &failure)) {
            (void)execute(*database, QStringLiteral("ROLLBACK"));
            return sql::error(tr("Could not start a change in the workspace '%1'.").arg(workspace.folder()), failure);
        }
        ++state.depth;
        return Transaction(&workspace, *database, QString(), state.afterCommit.size());
    }
    const QString savepoint = QStringLiteral("iotca_sp%1").arg(state.depth);
    if (!execute(*database, QStringLiteral("SAVEPOINT %1").arg(savepoint), &failure)) {
        return sql::error(tr("Could not start a change in the workspace '%1'.").arg(workspace.folder()), failure);
    }
    ++state.depth;
    return Transaction(&workspace, *database, savepoint, state.afterCommit.size());
}

Status Transaction::commit()
{
    if (!m_open) {
        return Error {tr("The change was already finished.")};
    }
    WorkspaceConnections::ThreadState& state = m_workspace->m_connections->threadState();
    QSqlError failure;
    if (!isOutermost()) {
        if (!execute(m_database, QStringLiteral("RELEASE %1").arg(m_savepoint), &failure)) {
            rollback();
            return sql::error(tr("Could not save the change in the workspace '%1'.").arg(m_workspace->folder()),
                              failure);
        }
        m_open = false;
        --state.depth;
        return {};
    }
    // A team workspace announces every committed change that the Workspace signals (what a window shows: CAs,
    // devices, registrations, accounts, audit) to the other sessions' WorkspaceChangeWatcher. Sent inside the
    // transaction, so it is delivered at COMMIT and never for a rollback (PostgreSQL 15 docs, NOTIFY: "if a NOTIFY
    // is executed inside a transaction, the notify events are not delivered until and unless the transaction is
    // committed"). The payload is this Workspace's token, so its own watcher can skip what it already signalled.
    if (!state.afterCommit.isEmpty() && m_workspace->m_connections->isPostgres()) {
        QSqlQuery notify(m_database);
        notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
        notify.addBindValue(QString::fromLatin1(WorkspaceConnections::changeChannel));
        notify.addBindValue(m_workspace->m_connections->changeToken());
        if (!notify.exec()) {
            failure = notify.lastError();
            notify = QSqlQuery();
            rollback();
            return sql::error(tr("Could not save the change in the workspace '%1'.").arg(m_workspace->folder()),
                              failure);
        }
    }
    if (!execute(m_database, QStringLiteral("COMMIT"), &failure)) {
        rollback();
        return sql::error(tr("Could not save the change in the workspace '%1'.").arg(m_workspace->folder()), failure);
    }
    m_open = false;
    --state.depth;
    // Run the after-commit work (signals) once the state is consistent; a slot may start a new transaction.
    const QList<std::function<void()>> work = std::exchange(state.afterCommit, {});
    for (const auto& item : work) {
        item();
    }
    return {};
}

void Transaction::rollback()
{
    if (!m_open) {
        return;
    }
    m_open = false;
    WorkspaceConnections::ThreadState& state = m_workspace->m_connections->threadState();
    if (isOutermost()) {
        (void)execute(m_database, QStringLiteral("ROLLBACK"));
        state.afterCommit.clear();
    } else {
        (void)execute(m_database, QStringLiteral("ROLLBACK TO %1").arg(m_savepoint));
        (void)execute(m_database, QStringLiteral("RELEASE %1").arg(m_savepoint));
        if (state.afterCommit.size() > m_pendingMark) {
            state.afterCommit.resize(m_pendingMark);
        }
    }
    --state.depth;
}

void Transaction::afterCommit(std::function<void()> work)
{
    m_workspace->m_connections->threadState().afterCommit.append(std::move(work));
}

} // namespace iotca::model
