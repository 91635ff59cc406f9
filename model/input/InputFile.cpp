#include "InputFile.h"

#include "InputErrorCode.h"

#include <QDir>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace iotca::model {

namespace {

/// Owns a file descriptor.
class Descriptor
{
public:
    explicit Descriptor(int fd) noexcept
        : m_fd(fd)
    { }
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;

    [[nodiscard]] int get() const noexcept { return m_fd; }
    [[nodiscard]] int release() noexcept { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

Error inputError(const QString& message, QLatin1String code, const QString& detail = {})
{
    return Error {message, detail, QString(code)};
}

/// Why a file of this type cannot be read as `kind`, or nothing when it can.
std::optional<Error> refuseType(const QString& path, InputKind kind, mode_t mode)
{
    const QString noun = InputKinds::noun(kind);
    const QString shown = InputFile::displayPath(path);
    if (S_ISREG(mode))
        return std::nullopt;
    if (S_ISFIFO(mode)) {
        if (InputKinds::acceptsPipe(kind))
            return std::nullopt;
        //: %1 is a kind of file ("certificate file"), %2 a path
        return inputError(InputFile::tr("The %1 '%2' is a named pipe (FIFO), not a regular file.").arg(noun, shown),
                          InputErrorCode::NotAFile);
    }
    if (S_ISDIR(mode))
        return inputError(InputFile::tr("The %1 '%2' is a folder, not a file.").arg(noun, shown),
                          InputErrorCode::NotAFile);
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return inputError(InputFile::tr("The %1 '%2' is a device, not a regular file.").arg(noun, shown),
                          InputErrorCode::NotAFile);
    if (S_ISSOCK(mode))
        return inputError(InputFile::tr("The %1 '%2' is a socket, not a regular file.").arg(noun, shown),
                          InputErrorCode::NotAFile);
    return inputError(InputFile::tr("The %1 '%2' is not a regular file.").arg(noun, shown), InputErrorCode::NotAFile);
}

/// `size` is the file's size as text, or empty when it is not known (a pipe, a file that grew while it was read).
Error tooLarge(const QString& path, InputKind kind, const QString& size)
{
    const QString limit = InputKinds::sizeText(InputKinds::sizeLimit(kind));
    if (size.isEmpty())
        //: %1 is a kind of file, %2 a path, %3 a size limit ("1 MiB")
        return inputError(InputFile::tr("The %1 '%2' is larger than %3; it cannot be what is expected here.")
                              .arg(InputKinds::noun(kind), InputFile::displayPath(path), limit),
                          InputErrorCode::TooLarge);
    //: %1 is a kind of file, %2 a path, %3 a size limit ("1 MiB"), %4 the file's size
    return inputError(InputFile::tr("The %1 '%2' is larger than %3 (%4); it cannot be what is expected here.")
                          .arg(InputKinds::noun(kind), InputFile::displayPath(path), limit, size),
                      InputErrorCode::TooLarge);
}

/// Opens `path` for reading after the checks; the descriptor is blocking again when it is returned.
Result<int> openChecked(const QString& path, InputKind kind, qint64* regularSize)
{
    const QByteArray name = QFile::encodeName(path);
    const QString noun = InputKinds::noun(kind);
    const QString shown = InputFile::displayPath(path);
    if (path.isEmpty())
        return inputError(InputFile::tr("No %1 was given.").arg(noun), InputErrorCode::Missing);

    struct stat linkInfo
    { };
    if (::lstat(name.constData(), &linkInfo) != 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR)
            //: %1 is a kind of file, %2 a path
            return inputError(InputFile::tr("The %1 '%2' does not exist.").arg(noun, shown), InputErrorCode::Missing);
        return inputError(InputFile::tr("Cannot read the %1 '%2': %3.").arg(noun, shown, systemReason(error)),
                          InputErrorCode::Unreadable);
    }
    struct stat info
    { };
    if (::stat(name.constData(), &info) != 0) {
        const int error = errno;
        if (error == ENOENT)
            return inputError(InputFile::tr("The %1 '%2' is a link to something that does not exist.").arg(noun, shown),
                              InputErrorCode::Missing);
        return inputError(InputFile::tr("Cannot read the %1 '%2': %3.").arg(noun, shown, systemReason(error)),
                          InputErrorCode::Unreadable);
    }
    if (auto refused = refuseType(path, kind, info.st_mode))
        return *refused;
    if (S_ISREG(info.st_mode) && info.st_size > InputKinds::sizeLimit(kind))
        return tooLarge(path, kind, InputKinds::sizeText(info.st_size));

    Descriptor fd(::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0) {
        const int error = errno;
        return inputError(InputFile::tr("Cannot read the %1 '%2': %3.").arg(noun, shown, systemReason(error)),
                          InputErrorCode::Unreadable);
    }
    // The file may have been swapped between stat and open: check what was opened.
    struct stat opened
    { };
    if (::fstat(fd.get(), &opened) != 0) {
        const int error = errno;
        return inputError(InputFile::tr("Cannot read the %1 '%2': %3.").arg(noun, shown, systemReason(error)),
                          InputErrorCode::Unreadable);
    }
    if (auto refused = refuseType(path, kind, opened.st_mode))
        return *refused;
    if (S_ISREG(opened.st_mode) && opened.st_size > InputKinds::sizeLimit(kind))
        return tooLarge(path, kind, InputKinds::sizeText(opened.st_size));
    // A pipe is read blocking: its writer (`<(echo pw)`) may not have written yet. Without any writer, read()
    // returns end of file at once.
    const int flags = ::fcntl(fd.get(), F_GETFL);
    if (flags >= 0)
        (void)::fcntl(fd.get(), F_SETFL, flags & ~O_NONBLOCK);
    if (regularSize != nullptr)
        *regularSize = S_ISREG(opened.st_mode) ? qint64(opened.st_size) : -1;
    return fd.release();
}

/// Reads at most limit + 1 bytes into `buffer` (grown by `grow`); the number read, or an error.
template<class Buffer, class Grow>
Result<qsizetype> readBounded(int fd, const QString& path, InputKind kind, Buffer& buffer, Grow grow)
{
    const qint64 limit = InputKinds::sizeLimit(kind);
    qsizetype length = 0;
    for (;;) {
        if (length == buffer.size()) {
            if (qint64(length) > limit)
                break;
            grow(buffer, qsizetype(std::min<qint64>(limit + 1, std::max<qint64>(4096, qint64(length) * 2))));
        }
        const ssize_t n = ::read(fd, buffer.data() + length, size_t(buffer.size() - length));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int error = errno;
            return inputError(InputFile::tr("Cannot read the %1 '%2': %3.")
                                  .arg(InputKinds::noun(kind), InputFile::displayPath(path), systemReason(error)),
                              InputErrorCode::Unreadable);
        }
        if (n == 0)
            break;
        length += qsizetype(n);
    }
    if (qint64(length) > limit)
        return tooLarge(path, kind, QString());
    if (length == 0)
        //: %1 is a kind of file, %2 a path
        return inputError(
            InputFile::tr("The %1 '%2' is empty.").arg(InputKinds::noun(kind), InputFile::displayPath(path)),
            InputErrorCode::Empty);
    return length;
}

} // namespace

QString InputFile::displayPath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

Result<QByteArray> InputFile::read(const QString& path, InputKind kind)
{
    qint64 size = -1;
    auto opened = openChecked(path, kind, &size);
    if (!opened)
        return opened.error();
    const Descriptor fd(*opened);
    QByteArray data;
    data.resize(qsizetype(std::clamp<qint64>(size + 1, 1, InputKinds::sizeLimit(kind) + 1)));
    auto length =
        readBounded(fd.get(), path, kind, data, [](QByteArray& buffer, qsizetype newSize) { buffer.resize(newSize); });
    if (!length)
        return length.error();
    data.truncate(*length);
    return data;
}

Result<crypto::SecureBuffer> InputFile::readSecret(const QString& path, InputKind kind)
{
    qint64 size = -1;
    auto opened = openChecked(path, kind, &size);
    if (!opened)
        return opened.error();
    const Descriptor fd(*opened);
    crypto::SecureBuffer data(qsizetype(std::clamp<qint64>(size + 1, 1, InputKinds::sizeLimit(kind) + 1)));
    // Growing copies into a new wiped buffer; the old one wipes itself.
    auto length = readBounded(fd.get(), path, kind, data, [](crypto::SecureBuffer& buffer, qsizetype newSize) {
        crypto::SecureBuffer bigger(newSize);
        std::memcpy(bigger.data(), buffer.data(), size_t(buffer.size()));
        buffer = std::move(bigger);
    });
    if (!length)
        return length.error();
    data.truncate(*length);
    return data;
}

Result<std::unique_ptr<QFile>> InputFile::openStream(const QString& path, InputKind kind)
{
    auto opened = openChecked(path, kind, nullptr);
    if (!opened)
        return opened.error();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(*opened, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(*opened);
        return inputError(
            tr("Cannot read the %1 '%2': %3.").arg(InputKinds::noun(kind), displayPath(path), file->errorString()),
            InputErrorCode::Unreadable);
    }
    return file;
}

Status InputFile::check(const QString& path, InputKind kind)
{
    auto opened = openChecked(path, kind, nullptr);
    if (!opened)
        return opened.error();
    ::close(*opened);
    return {};
}

} // namespace iotca::model
