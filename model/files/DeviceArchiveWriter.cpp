#include "DeviceArchiveWriter.h"

#include "BatchFileWriter.h"

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

constexpr qint64 copyChunk = 64 * 1024;
constexpr quint32 ownerOnlyMode = 0600;
constexpr quint32 readableMode = 0644;

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
    // The writer's own failure (the first errno it met) names the cause better than what errno holds now.
    if (m_zip && m_zip->error() != 0)
        error = m_zip->error();
    //: %1 is the archive, %2 the system's reason
    return Error {tr("Cannot write the archive '%1': %2.").arg(native(m_path), systemError(error != 0 ? error : EIO))};
}

int DeviceArchiveWriter::openSpill() const
{
    // Unnamed once created: nothing is left behind, whatever happens to the process. Beside the archive, on its file
    // system: the spills are as large as what they hold (the central directory: about 90 bytes an entry).
    QByteArray pattern = QFile::encodeName(QFileInfo(m_path).dir().filePath(QStringLiteral(".iotca-spill-XXXXXX")));
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd >= 0)
        ::unlink(pattern.constData());
    return fd;
}

Status DeviceArchiveWriter::openSpill(QFile& file)
{
    const int fd = openSpill();
    if (fd < 0)
        return writeError(errno);
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
    const int directory = openSpill();
    if (directory < 0) {
        const int error = errno;
        ::close(fd);
        return writeError(error);
    }
    m_zip = std::make_unique<StoredZipWriter>(fd, 0, directory, m_bufferBytes);
    m_zip->setEntryTime(QDateTime::currentDateTime());
    if (Status spilled = openSpill(m_csv); !spilled)
        return spilled;
    return openSpill(m_manifest);
}

Status DeviceArchiveWriter::appendManifestLine(QByteArrayView sha256Hex, const QByteArray& utf8Name)
{
    // sha256sum's format: the hex digest, two spaces (text mode), the name.
    QByteArray line;
    line.reserve(sha256Hex.size() + 3 + utf8Name.size());
    line.append(sha256Hex);
    line.append("  ");
    line.append(utf8Name);
    line.append('\n');
    if (m_manifest.write(line) != line.size())
        return writeError(errno);
    return {};
}

Status DeviceArchiveWriter::addFile(const QString& name, QByteArrayView data, const ArchiveFileDigest& digest,
                                    bool ownerOnly)
{
    if (!m_zip)
        return writeError(EBADF);
    const QByteArray utf8Name = name.toUtf8();
    if (!m_zip->add(utf8Name, data, digest.crc32, ownerOnly ? ownerOnlyMode : readableMode))
        return writeError(0);
    return appendManifestLine(digest.sha256Hex, utf8Name);
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
    // Two passes over the spilled bytes: the CRC-32 (and the manifest's SHA-256) go in the local header, before the
    // data (no data descriptor, no header patched afterwards); the second pass copies them.
    QByteArray chunk(copyChunk, Qt::Uninitialized);
    const auto eachChunk = [&](const auto& use) -> Status {
        if (!source.seek(from))
            return writeError(errno);
        for (qint64 left = length; left > 0;) {
            const qint64 got = source.read(chunk.data(), std::min(left, copyChunk));
            if (got <= 0)
                return writeError(errno);
            if (!use(QByteArrayView(chunk.constData(), got)))
                return writeError(0);
            left -= got;
        }
        return {};
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prefix);
    quint32 crc = StoredZipWriter::crc32(prefix);
    if (Status read = eachChunk([&](QByteArrayView bytes) {
            hash.addData(bytes);
            crc = StoredZipWriter::crc32(bytes, crc);
            return true;
        });
        !read)
        return read;
    const QByteArray utf8Name = name.toUtf8();
    if (!m_zip->begin(utf8Name, quint64(prefix.size() + length), crc, readableMode) || !m_zip->append(prefix))
        return writeError(0);
    if (Status copied = eachChunk([this](QByteArrayView bytes) { return m_zip->append(bytes); }); !copied)
        return copied;
    if (!m_zip->end())
        return writeError(0);
    return appendManifestLine(hash.result().toHex(), utf8Name);
}

Status DeviceArchiveWriter::finish(const QString& csvName, int rowsPerFile)
{
    if (!m_zip)
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
    // The central directory, the end records, and the archive durable before commit() names it.
    const bool finished = m_zip->finish();
    if (!finished)
        return writeError(0);
    m_zip.reset();
    m_csv.close();
    m_manifest.close();
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
    m_zip.reset();
    m_csv.close();
    m_manifest.close();
    // Only the file open() created: never another run's.
    if (m_created)
        ::unlink(QFile::encodeName(m_temporary).constData());
    m_created = false;
    m_finished = false;
}

} // namespace iotca::model
