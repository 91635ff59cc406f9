#pragma once

#include <QObject>

class QSocketNotifier;

namespace iotca::app {

/// Turns Ctrl-C (SIGINT) and SIGTERM into the interrupted() signal on the event loop while it lives, so a command
/// waiting for a platform can cancel the request in flight and report a consistent state. A second Ctrl-C gets the
/// default action (the workspace is transactional, so even that leaves it consistent).
///
/// Like ConsoleProgress it owns the process's SIGINT handler while it lives: only one of them exists at a time.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject* parent = nullptr);
    ~InterruptWatcher() override;

    [[nodiscard]] bool wasInterrupted() const noexcept { return m_interrupted; }

Q_SIGNALS:
    /// Emitted once, for the first signal.
    void interrupted();

private Q_SLOTS:
    void handleSignal();

private:
    QSocketNotifier* m_notifier = nullptr;
    bool m_interrupted = false;
};

} // namespace iotca::app
