#include "CallbackJob.h"

#include <QPointer>

#include <utility>

namespace iotca::ui {

CallbackJob::CallbackJob(Starter starter, std::function<void()> canceller, QObject* parent)
    : model::Job(parent)
    , m_starter(std::move(starter))
    , m_canceller(std::move(canceller))
{ }

CallbackJob::~CallbackJob() = default;

void CallbackJob::setProgress(qint64 done, qint64 total)
{
    if (!isFinished())
        reportProgress(done, total);
}

void CallbackJob::doStart()
{
    QPointer<CallbackJob> self(this);
    m_starter([self](Status status) {
        if (self)
            self->finish(std::move(status));
    });
}

void CallbackJob::doCancel()
{
    if (m_canceller)
        m_canceller();
}

} // namespace iotca::ui
