#pragma once

#include "crypto/Result.h"

#include <QObject>
#include <QtGlobal>

#include <atomic>

namespace iotca::model {

/// A long operation with start/cancel/progress/finished (docs/architecture.md R7), driven by the event loop of the
/// thread that owns it: the CLI runs it under a local QEventLoop, the GUI under a progress dialog with a Cancel button.
///
/// Life cycle: start() once; then any number of progress() signals; then exactly one finished(). A cancelled job
/// finishes with an Error whose code is cancelledCode(); what it did before the cancel is described by the
/// subclass (see IssueDeviceCertificatesJob). cancel() is safe from any thread and idempotent.
class Job : public QObject
{
    Q_OBJECT
public:
    explicit Job(QObject* parent = nullptr);
    ~Job() override;

    /// Error::code of a job that stopped because cancel() was called.
    [[nodiscard]] static QString cancelledCode();

    [[nodiscard]] bool isRunning() const noexcept { return m_running; }
    [[nodiscard]] bool isFinished() const noexcept { return m_finished; }
    /// True once cancel() was called; subclasses poll it between units of work (thread-safe).
    [[nodiscard]] bool isCancelRequested() const noexcept { return m_cancelRequested.load(std::memory_order_acquire); }
    /// The outcome, valid once isFinished().
    [[nodiscard]] const Status& status() const noexcept { return m_status; }

public Q_SLOTS:
    /// Starts the work; returns at once. A second call does nothing.
    void start();
    /// Asks the job to stop at its next consistent point. Does nothing once the job finished.
    void cancel();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const iotca::Status& status);

protected:
    virtual void doStart() = 0;
    /// Called on the job's thread after the cancel flag was set; the default does nothing more.
    virtual void doCancel() { }

    /// Emits progress() (call from the job's thread).
    void reportProgress(qint64 done, qint64 total);
    /// Records the outcome and emits finished() once (call from the job's thread).
    void finish(Status status);

private:
    Status m_status;
    std::atomic<bool> m_cancelRequested {false};
    bool m_running = false;
    bool m_finished = false;
};

} // namespace iotca::model

Q_DECLARE_METATYPE(iotca::Status)
