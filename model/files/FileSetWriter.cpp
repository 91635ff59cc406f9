#include "FileSetWriter.h"

#include "OwnerOnlyDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>
#include <vector>

namespace iotca::model {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

Error writeError(const QString& path, const QString& reason)
{
    //: %1 is a file name
    return Error {FileSetWriter::tr("The file '%1' could not be written.").arg(native(path)), reason,
                  QStringLiteral("WriteFailed")};
}

} // namespace

Result<QStringList> FileSetWriter::write(const QString& folder, const QList<File>& files, Existing existing,
                                         const BeforeCommit& beforeCommit)
{
    const QDir dir(folder);
    QStringList paths;
    QList<bool> created;
    for (const File& file : files) {
        const QString path = dir.filePath(file.fileName);
        const QFileInfo info(path);
        // exists() is false for a dangling link, and QSaveFile would write through a link: both count as taken.
        const bool taken = info.exists() || info.isSymLink();
        if (taken && (existing == Existing::Refuse || !info.isFile() || info.isSymLink())) {
            //: %1 is a file name
            return Error {tr("'%1' already exists; nothing was written. Choose an empty folder.").arg(native(path)),
                          {},
                          QStringLiteral("FileExists")};
        }
        paths.append(path);
        created.append(!taken);
    }
    auto madeFolders = OwnerOnlyDirectory::ensureCreating(folder);
    if (!madeFolders)
        return madeFolders.error();

    std::vector<std::unique_ptr<QSaveFile>> pending;
    const auto undo = [&](qsizetype committed) {
        pending.clear(); // uncommitted QSaveFiles remove their temporary files
        for (qsizetype i = 0; i < committed; ++i) {
            if (created.at(i))
                QFile::remove(paths.at(i));
        }
        for (auto made = madeFolders->crbegin(); made != madeFolders->crend(); ++made)
            QDir().rmdir(*made);
    };
    for (qsizetype i = 0; i < files.size(); ++i) {
        auto file = std::make_unique<QSaveFile>(paths.at(i));
        const QByteArray& content = files.at(i).content;
        if (!file->open(QIODevice::WriteOnly) || file->write(content) != content.size()) {
            const Error error = writeError(paths.at(i), file->errorString());
            file.reset(); // its temporary file too, before the folder goes
            undo(0);
            return error;
        }
        pending.push_back(std::move(file));
    }
    if (beforeCommit) {
        if (Status ready = beforeCommit(); !ready) {
            undo(0);
            return ready.error();
        }
    }
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (!pending.at(std::size_t(i))->commit()) {
            const Error error = writeError(paths.at(i), pending.at(std::size_t(i))->errorString());
            undo(i);
            return error;
        }
    }
    return paths;
}

} // namespace iotca::model
