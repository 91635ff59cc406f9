#pragma once

#include <QObject>

#include <functional>

class QTimer;

namespace iotca::model {
class Workspace;
class WorkspaceChangeWatcher;
} // namespace iotca::model

namespace iotca::ui {

/// Shows in a window what other operators change in its team workspace: model::WorkspaceChangeWatcher reports each
/// change another session committed, and `refresh` runs once for a burst of them (the first change starts a short
/// timer; the changes until it fires are folded into that one refresh), so a 5,000-device issue by someone else or a
/// stream of small changes never refreshes the window more than a few times a second. `refresh` must keep what the
/// user is doing (the models merge instead of resetting: selection, scroll position and open dialogs stay).
class OtherSessionsRefresh : public QObject
{
    Q_OBJECT
public:
    /// How long the changes of a burst are collected before the one refresh.
    static constexpr int foldMs = 300;

    OtherSessionsRefresh(model::Workspace& workspace, std::function<void()> refresh, QObject* parent);
    ~OtherSessionsRefresh() override;

    /// Whether the workspace reports other sessions' changes (a team workspace; an embedded one has none).
    [[nodiscard]] bool isWatching() const;

private:
    model::WorkspaceChangeWatcher* m_watcher;
    QTimer* m_timer;
    std::function<void()> m_refresh;
};

} // namespace iotca::ui
