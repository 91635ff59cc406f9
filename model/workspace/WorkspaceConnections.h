#pragma once

#include "crypto/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <unordered_map>

class QThread;

namespace iotca::model {

/// The per-thread SQLite connections of one Workspace, and each thread's transaction state (nesting depth and the
/// work to run after the outermost commit). Private to model/workspace.
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

    WorkspaceConnections(QString databasePath, bool readOnly);
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

    /// How long a writer waits for another one before BEGIN IMMEDIATE fails.
    static constexpr int busyTimeoutMs = 10000;

private:
    QString m_databasePath;
    bool m_readOnly;
    QString m_prefix;
    QMutex m_mutex;
    // Node-based, so references returned by threadState() stay valid while other threads are added.
    std::unordered_map<QThread*, ThreadState> m_threads;
    // Context of the QThread::finished hooks; declared last, so it goes (and the hooks with it) first.
    QObject m_hookContext;
};

} // namespace iotca::model
