#pragma once

#include "model/jobs/Job.h"

#include <functional>

namespace iotca::ui {

/// A model::Job over an asynchronous call that reports through a callback (a CaRegistrationService operation), so
/// JobProgressDialog can show it with its progress and Cancel button like any other job. The call, its progress and
/// its cancellation are the caller's functions; this class only adapts the life cycle.
class CallbackJob : public model::Job
{
    Q_OBJECT
public:
    using Done = std::function<void(Status)>;
    /// Starts the call; it must invoke `done` exactly once, on this thread.
    using Starter = std::function<void(Done done)>;

    CallbackJob(Starter starter, std::function<void()> canceller, QObject* parent = nullptr);
    ~CallbackJob() override;

    /// Forwards a progress report of the call (for example CaRegistrationService::progress).
    void setProgress(qint64 done, qint64 total);

protected:
    void doStart() override;
    void doCancel() override;

private:
    Starter m_starter;
    std::function<void()> m_canceller;
};

} // namespace iotca::ui
