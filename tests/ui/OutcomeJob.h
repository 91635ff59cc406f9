#pragma once

#include "model/jobs/Job.h"

#include <QTimer>

#include <utility>

namespace iotca::test {

/// A model::Job that does nothing but finish with a given outcome on the next event-loop turn: for tests of what
/// JobProgressDialog shows when a job ends.
class OutcomeJob final : public model::Job
{
public:
    explicit OutcomeJob(Status outcome, QObject* parent = nullptr)
        : Job(parent)
        , m_outcome(std::move(outcome))
    { }

protected:
    void doStart() override
    {
        QTimer::singleShot(0, this, [this] { finish(m_outcome); });
    }

private:
    Status m_outcome;
};

} // namespace iotca::test
