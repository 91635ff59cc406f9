#pragma once

#include "crypto/Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

class QSocketNotifier;

namespace iotca::model {
class Job;
}

namespace iotca::app {

/// Runs a model::Job to its end for the command line: a progress line on standard error when it is a terminal
/// (nothing when piped), and Ctrl-C (SIGINT) or SIGTERM asks the job to cancel so it stops at a consistent point.
/// A second Ctrl-C while cancelling is left to the default action (the workspace is transactional, so even that
/// leaves it consistent).
///
/// Only one ConsoleProgress exists at a time (it owns the process's SIGINT handler while it lives).
class ConsoleProgress : public QObject
{
    Q_OBJECT
public:
    /// `label` prefixes the progress line ("Issuing device certificates").
    explicit ConsoleProgress(QString label, QObject* parent = nullptr);
    ~ConsoleProgress() override;

    /// Starts `job`, spins a local event loop until it finishes and returns its status.
    [[nodiscard]] Status run(model::Job& job);

    /// Whether a progress line is drawn (standard error is a terminal).
    [[nodiscard]] static bool isEnabled();

private Q_SLOTS:
    void showProgress(qint64 done, qint64 total);
    void handleSignal();

private:
    void endLine();

    QString m_label;
    QPointer<model::Job> m_job;
    QSocketNotifier* m_notifier = nullptr;
    QElapsedTimer m_sinceLastDraw;
    bool m_enabled = false;
    bool m_lineOpen = false;
    bool m_cancelling = false;
};

} // namespace iotca::app
