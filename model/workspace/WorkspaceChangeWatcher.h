#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDriver>
#include <QString>

namespace iotca::model {

class Workspace;

/// Tells a window that another session changed the workspace, so it can show what the others did.
///
/// A team workspace (PostgreSQL): every committed Transaction that changes what a window shows sends NOTIFY on one
/// channel (Transaction::commit), and this watcher LISTENs on it through the calling thread's connection
/// (QSqlDriver::subscribeToNotification; Qt 6 docs, "QSqlDriver::subscribeToNotification" — QPSQL supports it, and
/// the driver delivers QSqlDriver::notification from the event loop of the connection's thread). changed() is
/// emitted for each change another session (another process, or another Workspace object) committed; this
/// Workspace's own changes are not repeated (the Workspace signals those already).
///
/// An embedded workspace (SQLite) is not watched: a read-write open holds the workspace lock, so no other process
/// can write while the window has it open (WorkspaceLock), and polling `PRAGMA data_version` would find nothing.
///
/// Create it on the thread whose event loop should deliver changed() (the GUI thread); it must not outlive the
/// Workspace.
class WorkspaceChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceChangeWatcher(Workspace& workspace, QObject* parent = nullptr);
    ~WorkspaceChangeWatcher() override;
    WorkspaceChangeWatcher(const WorkspaceChangeWatcher&) = delete;
    WorkspaceChangeWatcher& operator=(const WorkspaceChangeWatcher&) = delete;

    /// Whether changes of other sessions are reported (a team workspace whose subscription succeeded).
    [[nodiscard]] bool isWatching() const { return m_driver != nullptr; }

Q_SIGNALS:
    /// Another session committed a change to the workspace (a burst of them comes as several signals).
    void changed();

private:
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);

    QString m_ownToken;
    QPointer<QSqlDriver> m_driver;
};

} // namespace iotca::model
