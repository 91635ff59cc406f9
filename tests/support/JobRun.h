#pragma once

#include "crypto/Result.h"
#include "model/jobs/Job.h"

#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <functional>

namespace iotca::test {

/// Starts `job` and runs an event loop until it finished (its status) or `timeoutMs` passed (an error saying the job
/// did not finish). `onProgress(done)` may act on the job while it runs (cancel it, make trouble).
inline Status runJob(model::Job& job, int timeoutMs, const std::function<void(qint64)>& onProgress = {})
{
    Status outcome = Error {QStringLiteral("the job did not finish")};
    QEventLoop loop;
    if (onProgress)
        QObject::connect(&job, &model::Job::progress, &job, [&](qint64 done, qint64) { onProgress(done); });
    QObject::connect(&job, &model::Job::finished, &loop, [&](const Status& status) {
        outcome = status;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return outcome;
}

} // namespace iotca::test
