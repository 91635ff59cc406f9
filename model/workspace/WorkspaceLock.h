#pragma once

#include "crypto/Result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

namespace iotca::model {

/// The one-writer-at-a-time lock of a workspace folder (`workspace.lock`, a QLockFile with stale-lock detection:
/// a lock left by a process that died is taken over).
class WorkspaceLock
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLock)
public:
    /// Takes the lock or fails with a message naming the holder (process id, host name and application).
    [[nodiscard]] static Result<std::unique_ptr<WorkspaceLock>> acquire(const QString& folder);

    ~WorkspaceLock();
    WorkspaceLock(const WorkspaceLock&) = delete;
    WorkspaceLock& operator=(const WorkspaceLock&) = delete;

private:
    explicit WorkspaceLock(std::unique_ptr<QLockFile> lockFile);

    std::unique_ptr<QLockFile> m_lockFile;
};

} // namespace iotca::model
