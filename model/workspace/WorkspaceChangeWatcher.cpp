#include "WorkspaceChangeWatcher.h"

#include "Workspace.h"
#include "WorkspaceConnections.h"

#include <QSqlDatabase>
#include <QVariant>

namespace iotca::model {

WorkspaceChangeWatcher::WorkspaceChangeWatcher(Workspace& workspace, QObject* parent)
    : QObject(parent)
{
    if (!workspace.m_connections->isPostgres()) {
        return; // see the class comment: nothing else writes an embedded workspace while it is open
    }
    auto database = workspace.connection();
    if (!database) {
        return;
    }
    QSqlDriver* driver = database->driver();
    const QString channel = QString::fromLatin1(WorkspaceConnections::changeChannel);
    // Several watchers on one connection share one LISTEN (the driver keeps one subscription per name).
    if (!driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel)) {
        return;
    }
    m_ownToken = workspace.m_connections->changeToken();
    m_driver = driver;
    connect(driver, &QSqlDriver::notification, this, &WorkspaceChangeWatcher::onNotification);
}

WorkspaceChangeWatcher::~WorkspaceChangeWatcher() = default;

void WorkspaceChangeWatcher::onNotification(const QString& name, QSqlDriver::NotificationSource /*source*/,
                                            const QVariant& payload)
{
    // The source (this connection or another) does not tell: a worker thread of this process commits on its own
    // connection. The payload names the Workspace that committed.
    if (name != QLatin1String(WorkspaceConnections::changeChannel) || payload.toString() == m_ownToken) {
        return;
    }
    Q_EMIT changed();
}

} // namespace iotca::model
