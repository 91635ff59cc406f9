#include "BatchFileWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace iotca::model {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

Status BatchFileWriter::writeFile(const QString& path, QByteArrayView data, Access access)
{
    const QFileInfo target(path);
    const QByteArray finalName = QFile::encodeName(path);
    const QByteArray temporaryName =
        QFile::encodeName(target.dir().filePath(QLatin1Char('.') + target.fileName() + QStringLiteral(".part")));
    const mode_t mode = access == Access::OwnerOnly ? 0600 : 0644;

    const int fd = ::open(temporaryName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) {
        const int error = errno;
        //: %1 is a file name, %2 the system's reason
        return Error {tr("Cannot write '%1': %2.").arg(QDir::toNativeSeparators(path), systemError(error))};
    }
    qsizetype written = 0;
    int writeError = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.data() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            writeError = n < 0 ? errno : ENOSPC;
            break;
        }
        written += n;
    }
    if (::close(fd) != 0 && writeError == 0)
        writeError = errno;
    if (writeError == 0 && ::link(temporaryName.constData(), finalName.constData()) != 0) {
        writeError = errno; // link() never replaces: EEXIST when the target appeared
        if (writeError == EPERM || writeError == EOPNOTSUPP || writeError == ENOSYS) {
            // A file system without hard links (FAT, some network shares): check, then rename.
            struct stat existing
            { };
            if (::lstat(finalName.constData(), &existing) == 0)
                writeError = EEXIST;
            else
                writeError = ::rename(temporaryName.constData(), finalName.constData()) == 0 ? 0 : errno;
        }
    }
    ::unlink(temporaryName.constData());
    if (writeError != 0)
        return Error {tr("Cannot write '%1': %2.").arg(QDir::toNativeSeparators(path), systemError(writeError))};
    return {};
}

Status BatchFileWriter::syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        //: %1 is a folder, %2 the system's reason
        return Error {tr("Cannot flush the files in '%1' to disk: %2.")
                          .arg(QDir::toNativeSeparators(folder), systemError(error))};
    }
#ifdef Q_OS_LINUX
    const int result = ::syncfs(fd);
#else
    const int result = ::fsync(fd);
#endif
    const int error = errno;
    ::close(fd);
    if (result != 0)
        return Error {tr("Cannot flush the files in '%1' to disk: %2.")
                          .arg(QDir::toNativeSeparators(folder), systemError(error))};
    return {};
}

} // namespace iotca::model
