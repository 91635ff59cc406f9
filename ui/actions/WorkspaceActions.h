#pragma once

#include <QObject>

class QAction;

namespace iotca::ui {

/// File menu's workspace commands: Open Workspace…, Open Team Workspace…, Back Up Workspace…, Restore Workspace…. Their
/// own class (not MainActions) because they act on the workspace as a whole: opening another one or restoring a backup
/// replaces the window's workspace, which only the application (app/gui) can do.
class WorkspaceActions : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceActions(QObject* parent = nullptr);

    [[nodiscard]] QAction* open() const { return m_open; }
    [[nodiscard]] QAction* openTeam() const { return m_openTeam; }
    [[nodiscard]] QAction* backup() const { return m_backup; }
    [[nodiscard]] QAction* restore() const { return m_restore; }

    /// Re-reads every text; called on QEvent::LanguageChange.
    void retranslate();
    /// Backup needs an open workspace; restore a writable one (or none, to restore into the folder).
    void update(bool workspaceOpen, bool writable);

private:
    QAction* m_open;
    QAction* m_openTeam;
    QAction* m_backup;
    QAction* m_restore;
};

} // namespace iotca::ui
