#include "WorkspaceLock.h"

#include "Workspace.h"

#include <QDir>

namespace iotca::model {

WorkspaceLock::WorkspaceLock(std::unique_ptr<QLockFile> lockFile)
    : m_lockFile(std::move(lockFile))
{ }

WorkspaceLock::~WorkspaceLock()
{
    m_lockFile->unlock();
}

Result<std::unique_ptr<WorkspaceLock>> WorkspaceLock::acquire(const QString& folder)
{
    auto lockFile = std::make_unique<QLockFile>(QDir(folder).filePath(Workspace::lockFileName()));
    // A lock whose process is gone is stale at once (QLockFile checks the pid on this host); a lock from another
    // host is only taken over after a day, since we cannot see that host's processes.
    lockFile->setStaleLockTime(24 * 60 * 60 * 1000);
    if (lockFile->tryLock(0)) {
        return std::unique_ptr<WorkspaceLock>(new WorkspaceLock(std::move(lockFile)));
    }
    switch (lockFile->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString hostName;
        QString application;
        if (lockFile->getLockInfo(&pid, &hostName, &application)) {
            //: %1 is the workspace folder, %2 a program name, %3 a process id, %4 a computer name
            return Error {tr("The workspace '%1' is open in %2 (process %3 on %4). Close it there, or open the "
                             "workspace read-only.")
                              .arg(QDir::toNativeSeparators(folder),
                                   application.isEmpty() ? tr("another program") : application, QString::number(pid),
                                   hostName.isEmpty() ? tr("an unknown host") : hostName),
                          {},
                          QStringLiteral("WorkspaceLocked")};
        }
        return Error {tr("The workspace '%1' is open in another program. Close it there, or open the workspace "
                         "read-only.")
                          .arg(QDir::toNativeSeparators(folder)),
                      {},
                      QStringLiteral("WorkspaceLocked")};
    }
    case QLockFile::PermissionError:
        return Error {tr("Cannot create the lock file in the workspace '%1': permission denied.")
                          .arg(QDir::toNativeSeparators(folder))};
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return Error {tr("Cannot lock the workspace '%1'.").arg(QDir::toNativeSeparators(folder))};
}

} // namespace iotca::model
