#pragma once

#include "PostgresLocation.h"
#include "crypto/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>
#include <unordered_map>

class QThread;

namespace iotca::model {

/// The per-thread SQLite (or PostgreSQL) connections of one Workspace, and each thread's transaction state (nesting
/// depth and the work to run after the outermost commit). Private to model/workspace.
struct WorkspaceConnections
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceConnections)
public:
    struct ThreadState
    {
        QString connectionName;
        int depth = 0;
        QList<std::function<void()>> afterCommit;
    };

    /// SQLite: the database file.
    WorkspaceConnections(QString databasePath, bool readOnly);
    /// PostgreSQL: the server and database (QPSQL); `password` empty lets libpq use PGPASSWORD or ~/.pgpass.
    WorkspaceConnections(const PostgresLocation& location, QString password, bool readOnly);
    ~WorkspaceConnections();
    WorkspaceConnections(const WorkspaceConnections&) = delete;
    WorkspaceConnections& operator=(const WorkspaceConnections&) = delete;

    /// Opens the calling thread's connection on first use (WAL, foreign keys, synchronous=NORMAL, busy timeout).
    [[nodiscard]] Result<QSqlDatabase> connection();
    /// The calling thread's state; valid until the thread finishes.
    [[nodiscard]] ThreadState& threadState();
    /// Closes and removes the connection of a thread that finished.
    void release(QThread* thread);
    void closeAll();

    /// Whether a failed QPSQL connect's text says the server refused the credentials.
    [[nodiscard]] static bool isAuthenticationFailure(const QString& libpqMessage);

    /// PostgreSQL: the channel every committed change is announced on (Transaction, WorkspaceChangeWatcher).
    static constexpr const char* changeChannel = "iotca_workspace_changed";
    /// PostgreSQL: this Workspace's payload on changeChannel, so its own watcher can tell its own changes (already
    /// signalled by the Workspace) from other sessions'.
    [[nodiscard]] const QString& changeToken() const { return m_changeToken; }
    [[nodiscard]] bool isPostgres() const { return m_postgres.has_value(); }

    /// How long a writer waits for another one before BEGIN IMMEDIATE fails.
    static constexpr int busyTimeoutMs = 10000;

private:
    [[nodiscard]] Result<QSqlDatabase> openSqlite(const QString& name);
    [[nodiscard]] Result<QSqlDatabase> openPostgres(const QString& name);

    QString m_databasePath;
    std::optional<PostgresLocation> m_postgres;
    QString m_password;
    bool m_readOnly;
    QString m_prefix;
    QString m_changeToken;
    QMutex m_mutex;
    // Node-based, so references returned by threadState() stay valid while other threads are added.
    std::unordered_map<QThread*, ThreadState> m_threads;
    // Context of the QThread::finished hooks; declared last, so it goes (and the hooks with it) first.
    QObject m_hookContext;
};

} // namespace iotca::model
