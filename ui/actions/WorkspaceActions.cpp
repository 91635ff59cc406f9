#include "WorkspaceActions.h"

#include <QAction>

namespace iotca::ui {

WorkspaceActions::WorkspaceActions(QObject* parent)
    : QObject(parent)
    , m_open(new QAction(this))
    , m_openTeam(new QAction(this))
    , m_backup(new QAction(this))
    , m_restore(new QAction(this))
{
    m_open->setObjectName(QStringLiteral("openWorkspaceAction"));
    m_open->setShortcut(QKeySequence::Open);
    m_openTeam->setObjectName(QStringLiteral("openTeamWorkspaceAction"));
    m_backup->setObjectName(QStringLiteral("backupWorkspaceAction"));
    m_restore->setObjectName(QStringLiteral("restoreWorkspaceAction"));
    retranslate();
}

void WorkspaceActions::retranslate()
{
    m_open->setText(tr("&Open Workspace…"));
    m_open->setToolTip(tr("Open the workspace in another folder"));
    m_openTeam->setText(tr("Open &Team Workspace…"));
    m_openTeam->setToolTip(tr("Open a workspace that several operators share on a PostgreSQL server"));
    m_backup->setText(tr("&Back Up Workspace…"));
    m_backup->setToolTip(tr("Write a consistent copy of the whole workspace to a file"));
    m_restore->setText(tr("&Restore Workspace…"));
    m_restore->setToolTip(tr("Replace this workspace with a backup"));
}

void WorkspaceActions::update(bool workspaceOpen, bool writable)
{
    m_backup->setEnabled(workspaceOpen);
    m_restore->setEnabled(!workspaceOpen || writable);
}

} // namespace iotca::ui
