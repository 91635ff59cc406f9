#include "DeviceArchiveWriter.h"

#include "BatchFileWriter.h"
#include "Zip64EndRecords.h"

#include "model/csv/AssociationCsvSplitter.h"
#include "model/csv/AssociationCsvWriter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

namespace iotca::model {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// "Version made by": UNIX (3), so readers take the permissions from the external attributes.
constexpr uLong madeByUnix = (3U << 8U) | 30U;
/// General purpose flag bit 11: names are UTF-8 (APPNOTE.TXT 4.4.4).
constexpr uLong utf8Names = 1U << 11U;
constexpr qint64 copyChunk = 64 * 1024;

} // namespace

DeviceArchiveWriter::DeviceArchiveWriter(QString path, qsizetype bufferBytes)
    : m_path(std::move(path))
    , m_temporary(temporaryPath(m_path))
    , m_bufferBytes(bufferBytes)
{ }

DeviceArchiveWriter::~DeviceArchiveWriter()
{
    cancel();
}

QString DeviceArchiveWriter::temporaryPath(const QString& path)
{
    const QFileInfo target(path);
    return target.dir().filePath(QLatin1Char('.') + target.fileName() + QStringLiteral(".part"));
}

QString DeviceArchiveWriter::manifestName()
{
    return QStringLiteral("SHA256SUMS");
}

Error DeviceArchiveWriter::writeError(int error) const
{
    // The file's own failure (BufferedZipOutput keeps the first errno) names the cause better than what errno holds
    // after minizip returned.
    if (m_output && m_output->error() != 0)
        error = m_output->error();
    //: %1 is the archive, %2 the system's reason
    return Error {tr("Cannot write the archive '%1': %2.")
                      .arg(native(m_path), error != 0 ? systemError(error) : tr("the ZIP library reported an error"))};
}

Status DeviceArchiveWriter::openSpill(QFile& file)
{
    // Unnamed once created: nothing is left behind, whatever happens to the process.
    QByteArray pattern = QFile::encodeName(QFileInfo(m_path).dir().filePath(QStringLiteral(".iotca-spill-XXXXXX")));
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0)
        return writeError(errno);
    ::unlink(pattern.constData());
    if (!file.open(fd, QIODevice::ReadWrite, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return writeError(0);
    }
    return {};
}

Status DeviceArchiveWriter::open()
{
    if (QFileInfo(m_path).exists() || QFileInfo(m_path).isSymLink())
        //: %1 is a file
        return Error {tr("The archive '%1' already exists; it is never overwritten.").arg(native(m_path)),
                      {},
                      QStringLiteral("OutputConflict")};
    const QByteArray temporary = QFile::encodeName(m_temporary);
    // Owner-only from the start: the archive holds the devices' private keys.
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        const int error = errno;
        if (error == EEXIST)
            //: %1 is a file
            return Error {tr("The temporary file '%1' exists: another run may be writing this archive. Remove it if "
                             "none is.")
                              .arg(native(m_temporary)),
                          {},
                          QStringLiteral("OutputConflict")};
        return writeError(error);
    }
    m_created = true;
    m_output = std::make_unique<BufferedZipOutput>(fd, m_bufferBytes);
    zlib_filefunc64_def functions {};
    m_output->fillFunctions(&functions);
    errno = 0;
    m_zip = zipOpen2_64(temporary.constData(), APPEND_STATUS_CREATE, nullptr, &functions);
    if (m_zip == nullptr)
        return writeError(errno);
    const QDateTime now = QDateTime::currentDateTime();
    m_entryTime =
        EntryTime {unsigned(now.time().second()), unsigned(now.time().minute()),    unsigned(now.time().hour()),
                   unsigned(now.date().day()),    unsigned(now.date().month() - 1), unsigned(now.date().year())};
    if (Status spilled = openSpill(m_csv); !spilled)
        return spilled;
    return openSpill(m_manifest);
}

Status DeviceArchiveWriter::openEntry(const QString& name, bool ownerOnly)
{
    zip_fileinfo info {};
    info.tmz_date.tm_sec = m_entryTime.second;
    info.tmz_date.tm_min = m_entryTime.minute;
    info.tmz_date.tm_hour = m_entryTime.hour;
    info.tmz_date.tm_mday = m_entryTime.day;
    info.tmz_date.tm_mon = m_entryTime.month;
    info.tmz_date.tm_year = m_entryTime.year;
    const uLong mode = S_IFREG | (ownerOnly ? 0600U : 0644U);
    info.external_fa = mode << 16U;
    const QByteArray encoded = name.toUtf8();
    errno = 0;
    const int opened =
        zipOpenNewFileInZip4_64(m_zip, encoded.constData(), &info, nullptr, 0, nullptr, 0, nullptr, 0 /* stored */, 0,
                                0, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr, 0, madeByUnix, utf8Names, 0);
    return opened == ZIP_OK ? Status {} : Status(writeError(errno));
}

Status DeviceArchiveWriter::closeEntry()
{
    errno = 0;
    if (zipCloseFileInZip(m_zip) != ZIP_OK)
        return writeError(errno);
    ++m_fileCount;
    return {};
}

Status DeviceArchiveWriter::addFile(const QString& name, QByteArrayView data, QByteArrayView sha256Hex, bool ownerOnly)
{
    if (m_zip == nullptr)
        return writeError(EBADF);
    if (Status opened = openEntry(name, ownerOnly); !opened)
        return opened;
    errno = 0;
    if (!data.isEmpty() && zipWriteInFileInZip(m_zip, data.data(), unsigned(data.size())) != ZIP_OK)
        return writeError(errno);
    if (Status closed = closeEntry(); !closed)
        return closed;
    // sha256sum's format: the hex digest, two spaces (text mode), the name.
    QByteArray line;
    line.reserve(sha256Hex.size() + 3 + name.size());
    line.append(sha256Hex);
    line.append("  ");
    line.append(name.toUtf8());
    line.append('\n');
    if (m_manifest.write(line) != line.size())
        return writeError(errno);
    return {};
}

Status DeviceArchiveWriter::appendCsvRow(const AssociationRow& row)
{
    const QByteArray line = AssociationCsvWriter::encodeRow(row);
    if (m_csv.write(line) != line.size())
        return writeError(errno);
    ++m_csvRows;
    return {};
}

Status DeviceArchiveWriter::addStream(const QString& name, QFile& source, qint64 from, qint64 length,
                                      QByteArrayView prefix)
{
    if (Status opened = openEntry(name, false); !opened)
        return opened;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prefix);
    errno = 0;
    if (!prefix.isEmpty() && zipWriteInFileInZip(m_zip, prefix.data(), unsigned(prefix.size())) != ZIP_OK)
        return writeError(errno);
    if (!source.seek(from))
        return writeError(errno);
    QByteArray chunk(copyChunk, Qt::Uninitialized);
    for (qint64 left = length; left > 0;) {
        const qint64 got = source.read(chunk.data(), std::min(left, copyChunk));
        if (got <= 0)
            return writeError(errno);
        hash.addData(QByteArrayView(chunk.constData(), got));
        if (zipWriteInFileInZip(m_zip, chunk.constData(), unsigned(got)) != ZIP_OK)
            return writeError(errno);
        left -= got;
    }
    if (Status closed = closeEntry(); !closed)
        return closed;
    const QByteArray line = hash.result().toHex() + "  " + name.toUtf8() + '\n';
    if (m_manifest.write(line) != line.size())
        return writeError(errno);
    return {};
}

Status DeviceArchiveWriter::finish(const QString& csvName, int rowsPerFile)
{
    if (m_zip == nullptr)
        return writeError(EBADF);
    if (!m_csv.flush() || !m_manifest.flush())
        return writeError(errno);
    // The CSV: whole rows per part. The spill holds rows only; each part gets the header.
    const QByteArray header = AssociationCsvWriter::headerLine();
    const qint64 rows = m_csvRows;
    const int parts = rows <= rowsPerFile ? 1 : int((rows + rowsPerFile - 1) / rowsPerFile);
    qint64 offset = 0;
    if (!m_csv.seek(0))
        return writeError(errno);
    for (int part = 1; part <= parts; ++part) {
        // Find where this part's rows end: rows never hold a raw line break outside quotes, but a quoted field may,
        // so count CRLF line ends (AssociationCsvWriter ends each row with CRLF and quotes never hold CRLF pairs we
        // wrote: device names, product keys and serials have no line breaks, DeviceNameRules).
        qint64 end = offset;
        if (part == parts) {
            end = m_csv.size();
        } else {
            if (!m_csv.seek(offset))
                return writeError(errno);
            for (int row = 0; row < rowsPerFile; ++row) {
                const QByteArray line = m_csv.readLine();
                if (line.isEmpty())
                    break;
                end += line.size();
            }
        }
        const QString name = parts == 1 ? csvName : AssociationCsvSplitter::partFileName(csvName, part, parts);
        if (Status added = addStream(name, m_csv, offset, end - offset, header); !added)
            return added;
        offset = end;
    }
    if (!m_manifest.flush())
        return writeError(errno);
    const qint64 manifestSize = m_manifest.size();
    if (Status added = addStream(manifestName(), m_manifest, 0, manifestSize, {}); !added)
        return added;
    errno = 0;
    const int closed = zipClose(m_zip, nullptr);
    m_zip = nullptr;
    if (closed != ZIP_OK)
        return writeError(errno);
    m_output.reset();
    if (Status counted = Zip64EndRecords::addWhereNeeded(m_temporary); !counted)
        return counted;
    m_csv.close();
    m_manifest.close();
    // Durable before commit() names it.
    const int fd = ::open(QFile::encodeName(m_temporary).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int error = errno;
        if (fd >= 0)
            ::close(fd);
        return writeError(error);
    }
    ::close(fd);
    m_finished = true;
    return {};
}

Status DeviceArchiveWriter::commit()
{
    if (!m_finished)
        return writeError(EBADF);
    const QByteArray temporary = QFile::encodeName(m_temporary);
    const QByteArray target = QFile::encodeName(m_path);
    // link() never replaces an existing file, unlike rename().
    if (::link(temporary.constData(), target.constData()) != 0) {
        const int error = errno;
        if (error == EEXIST)
            //: %1 is a file
            return Error {
                tr("The archive '%1' appeared while it was written; it is never overwritten.").arg(native(m_path)),
                {},
                QStringLiteral("OutputConflict")};
        if (error != EPERM && error != EOPNOTSUPP && error != EXDEV)
            return writeError(error);
        // A file system without hard links: rename, after checking again that nothing is there.
        if (QFileInfo::exists(m_path) || ::rename(temporary.constData(), target.constData()) != 0)
            return writeError(errno);
    } else {
        ::unlink(temporary.constData());
    }
    m_finished = false;
    m_created = false;
    return BatchFileWriter::syncFolder(QFileInfo(m_path).absolutePath());
}

void DeviceArchiveWriter::cancel()
{
    if (m_zip != nullptr) {
        zipClose(m_zip, nullptr);
        m_zip = nullptr;
    }
    m_output.reset();
    m_csv.close();
    m_manifest.close();
    // Only the file open() created: never another run's.
    if (m_created)
        ::unlink(QFile::encodeName(m_temporary).constData());
    m_created = false;
    m_finished = false;
}

} // namespace iotca::model
