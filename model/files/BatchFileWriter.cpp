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

/// 0, or the errno of the failed write.
int writeAll(int fd, QByteArrayView data)
{
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.data() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? errno : ENOSPC;
        written += n;
    }
    return 0;
}

/// For file systems without O_TMPFILE: a hidden temporary file, linked to the target (never replacing it), then
/// removed. 0, or the errno of the failure; nothing is left behind either way.
int writeThroughHiddenFile(const QString& path, QByteArrayView data, mode_t mode)
{
    const QFileInfo target(path);
    const QByteArray finalName = QFile::encodeName(path);
    const QByteArray temporaryName =
        QFile::encodeName(target.dir().filePath(QLatin1Char('.') + target.fileName() + QStringLiteral(".part")));
    const int fd = ::open(temporaryName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return errno;
    int error = writeAll(fd, data);
    if (::close(fd) != 0 && error == 0)
        error = errno;
    if (error == 0 && ::link(temporaryName.constData(), finalName.constData()) != 0) {
        error = errno;
        if (error == EPERM || error == EOPNOTSUPP || error == ENOSYS) {
            // A file system without hard links (FAT, some network shares): check, then rename.
            struct stat existing
            { };
            if (::lstat(finalName.constData(), &existing) == 0)
                error = EEXIST;
            else
                error = ::rename(temporaryName.constData(), finalName.constData()) == 0 ? 0 : errno;
        }
    }
    ::unlink(temporaryName.constData());
    return error;
}

} // namespace

Status BatchFileWriter::writeError(const QString& path, int error)
{
    //: %1 is a file name, %2 the system's reason
    return Error {tr("Cannot write '%1': %2.").arg(QDir::toNativeSeparators(path), systemError(error))};
}

Status BatchFileWriter::writeFile(const QString& path, QByteArrayView data, Access access)
{
    const QByteArray finalName = QFile::encodeName(path);
    const mode_t mode = access == Access::OwnerOnly ? 0600 : 0644;
    int error = 0;
#ifdef O_TMPFILE
    // An unnamed file in the target folder, named only once it is complete: one directory operation per file.
    // The hidden-temporary-then-link-then-unlink way costs three, and measured 4-15 times the CPU time per file on
    // ext4 with two writer threads (they queue on the folder's lock).
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    if (const int fd = ::open(folder.constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, mode); fd >= 0) {
        error = writeAll(fd, data);
        if (error == 0) {
            // linkat() never replaces: EEXIST when the target appeared. The /proc path needs no privilege, unlike
            // AT_EMPTY_PATH.
            const QByteArray procPath = "/proc/self/fd/" + QByteArray::number(fd);
            if (::linkat(AT_FDCWD, procPath.constData(), AT_FDCWD, finalName.constData(), AT_SYMLINK_FOLLOW) != 0)
                error = errno;
        }
        ::close(fd);
        if (error == 0)
            return {};
        if (error != ENOENT || QFileInfo::exists(QStringLiteral("/proc/self/fd")))
            return writeError(path, error);
        // No /proc (a chroot): the way below works without it.
    } else if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL) {
        return writeError(path, errno); // EISDIR/EINVAL/EOPNOTSUPP: no O_TMPFILE in this kernel or file system
    }
#endif
    error = writeThroughHiddenFile(path, data, mode);
    return error == 0 ? Status {} : writeError(path, error);
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
