#include "OwnerOnlyDirectory.h"

#include <QDir>
#include <QFileInfo>

namespace iotca::model {

Status OwnerOnlyDirectory::ensure(const QString& path)
{
    if (auto created = ensureCreating(path); !created)
        return created.error();
    return {};
}

Result<QStringList> OwnerOnlyDirectory::ensureCreating(const QString& path)
{
    // cleanPath drops a trailing slash ("devices/", as users type folders): with it, the last level was listed twice
    // below and the second mkdir failed on the folder the first had just made; and a file "devices" was not seen.
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QFileInfo info(absolute);
    if (info.isDir())
        return QStringList();
    if (info.exists()) {
        return Error {tr("'%1' is a file, not a folder.").arg(QDir::toNativeSeparators(path)),
                      {},
                      QStringLiteral("NotADirectory")};
    }
    // Create the missing levels one by one, so that each new one is owner-only from the start.
    QStringList missing;
    QString current = absolute;
    while (!QFileInfo::exists(current)) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).absolutePath();
        if (parent == current)
            break;
        current = parent;
    }
    QStringList created;
    for (const QString& folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
            // Nothing half-done: the levels made so far go again (rmdir only takes empty folders).
            for (auto made = created.crbegin(); made != created.crend(); ++made)
                QDir().rmdir(*made);
            return Error {tr("The folder '%1' could not be created.").arg(QDir::toNativeSeparators(folder)),
                          {},
                          QStringLiteral("CreateFolderFailed")};
        }
        created.append(folder);
    }
    return created;
}

} // namespace iotca::model
