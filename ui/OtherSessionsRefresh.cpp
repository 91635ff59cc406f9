#include "OtherSessionsRefresh.h"

#include "model/workspace/WorkspaceChangeWatcher.h"

#include <QTimer>

namespace iotca::ui {

OtherSessionsRefresh::OtherSessionsRefresh(model::Workspace& workspace, std::function<void()> refresh, QObject* parent)
    : QObject(parent)
    , m_watcher(new model::WorkspaceChangeWatcher(workspace, this))
    , m_timer(new QTimer(this))
    , m_refresh(std::move(refresh))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(foldMs);
    // Not restarted by later changes: a steady stream still refreshes every foldMs instead of never.
    connect(m_watcher, &model::WorkspaceChangeWatcher::changed, this, [this] {
        if (!m_timer->isActive())
            m_timer->start();
    });
    connect(m_timer, &QTimer::timeout, this, [this] { m_refresh(); });
}

OtherSessionsRefresh::~OtherSessionsRefresh() = default;

bool OtherSessionsRefresh::isWatching() const
{
    return m_watcher->isWatching();
}

} // namespace iotca::ui
