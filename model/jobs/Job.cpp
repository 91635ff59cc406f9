#include "Job.h"

#include "model/ModelErrorCode.h"

namespace iotca::model {

Job::Job(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<iotca::Status>();
}

Job::~Job() = default;

QString Job::cancelledCode()
{
    return ErrorCode::Cancelled;
}

void Job::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    doStart();
}

void Job::cancel()
{
    if (m_finished)
        return;
    const bool wasRequested = m_cancelRequested.exchange(true, std::memory_order_acq_rel);
    if (wasRequested)
        return;
    // Direct call on the job's own thread, queued from any other (a signal handler's notifier, a GUI thread).
    QMetaObject::invokeMethod(this, [this] {
        if (m_running)
            doCancel();
    });
}

void Job::reportProgress(qint64 done, qint64 total)
{
    Q_EMIT progress(done, total);
}

void Job::finish(Status status)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_status = std::move(status);
    Q_EMIT finished(m_status);
}

} // namespace iotca::model
