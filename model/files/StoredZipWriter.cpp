#include "StoredZipWriter.h"

#include <QtEndian>

#include <array>
#include <cerrno>
#include <limits>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

namespace iotca::model {

namespace {

// APPNOTE.TXT 6.3.10: the signatures (4.3.7, 4.3.12, 4.3.14-4.3.16) and the ZIP64 extra field's tag (4.5.3).
constexpr quint32 localHeaderSignature = 0x04034b50;
constexpr quint32 centralHeaderSignature = 0x02014b50;
constexpr quint32 zip64EndSignature = 0x06064b50;
constexpr quint32 zip64LocatorSignature = 0x07064b50;
constexpr quint32 endSignature = 0x06054b50;
constexpr quint16 zip64ExtraTag = 0x0001;
// 4.4.3.2: 2.0 is what readers expect of a plain entry (minizip and python write it for stored entries too), 4.5 an
// entry or an archive with ZIP64 fields. 4.4.2: the upper byte of "version made by" 3 = UNIX, so readers take the
// permissions from the external attributes' upper half.
constexpr quint16 plainVersion = 20;
constexpr quint16 zip64Version = 45;
constexpr quint16 madeByUnix = 3U << 8U;
// 4.4.4: bit 11, the name is UTF-8.
constexpr quint16 utf8NameFlag = 1U << 11U;
constexpr quint16 storedMethod = 0;
constexpr quint32 overflow32 = 0xffffffffU;
constexpr quint16 overflow16 = 0xffffU;
constexpr qsizetype copyChunk = qsizetype(1) << 20;

/// Little-endian fields appended to a record (every ZIP field is little-endian, 4.4.1.1).
class Record
{
public:
    explicit Record(qsizetype reserve) { m_bytes.reserve(reserve); }
    template<typename T>
    Record& put(T value)
    {
        std::array<char, sizeof(T)> little {};
        qToLittleEndian(value, little.data());
        m_bytes.append(little.data(), qsizetype(little.size()));
        return *this;
    }
    Record& put(QByteArrayView bytes)
    {
        m_bytes.append(bytes);
        return *this;
    }
    [[nodiscard]] const QByteArray& bytes() const noexcept { return m_bytes; }

private:
    QByteArray m_bytes;
};

bool writeRecord(BufferedFileOutput& output, const Record& record)
{
    return output.write(record.bytes().constData(), record.bytes().size());
}

/// From "version needed to extract" to "file name length": the same in an entry's local header (4.3.7) and its
/// central directory header (4.3.12). Stored, so the compressed size is the size.
void putSharedFields(Record& record, quint16 version, quint16 dosTime, quint16 dosDate, quint32 crc32, quint32 size32,
                     qsizetype nameLength)
{
    record.put(version)
        .put(utf8NameFlag)
        .put(storedMethod)
        .put(dosTime)
        .put(dosDate)
        .put(crc32)
        .put(size32)
        .put(size32)
        .put(quint16(nameLength));
}

} // namespace

StoredZipWriter::StoredZipWriter(int archiveFd, quint64 startOffset, int directoryFd, qsizetype bufferBytes)
    : m_archive(std::make_unique<BufferedFileOutput>(archiveFd, startOffset, bufferBytes))
    , m_directory(std::make_unique<BufferedFileOutput>(directoryFd, 0, std::min<qsizetype>(bufferBytes, 64 * 1024)))
{ }

StoredZipWriter::~StoredZipWriter() = default;

quint32 StoredZipWriter::crc32(QByteArrayView data, quint32 crc)
{
    return quint32(::crc32_z(uLong(crc), reinterpret_cast<const Bytef*>(data.data()), z_size_t(data.size())));
}

int StoredZipWriter::error() const noexcept
{
    if (m_error != 0)
        return m_error;
    if (m_archive->error() != 0)
        return m_archive->error();
    return m_directory->error();
}

bool StoredZipWriter::fail(int error)
{
    if (m_error == 0)
        m_error = error;
    return false;
}

void StoredZipWriter::setEntryTime(const QDateTime& local)
{
    // 4.4.6: MS-DOS time and date; the format starts in 1980 and has 7 bits of years.
    const QDate date = local.date();
    const QTime time = local.time();
    if (!date.isValid() || date.year() < 1980 || date.year() > 2107)
        return;
    m_dosTime =
        quint16((unsigned(time.hour()) << 11U) | (unsigned(time.minute()) << 5U) | (unsigned(time.second()) / 2U));
    m_dosDate = quint16((unsigned(date.year() - 1980) << 9U) | (unsigned(date.month()) << 5U) | unsigned(date.day()));
}

bool StoredZipWriter::add(QByteArrayView utf8Name, QByteArrayView data, quint32 crc32, quint32 unixMode)
{
    return begin(utf8Name, quint64(data.size()), crc32, unixMode) && append(data) && end();
}

bool StoredZipWriter::begin(QByteArrayView utf8Name, quint64 size, quint32 crc32, quint32 unixMode)
{
    if (m_inEntry || utf8Name.isEmpty() || utf8Name.size() > overflow16)
        return fail(EINVAL);
    const quint64 offset = m_archive->position();
    const bool bigSize = size >= overflow32;
    const bool bigOffset = offset >= overflow32;
    const quint16 version = bigSize || bigOffset ? zip64Version : plainVersion;
    const auto size32 = bigSize ? overflow32 : quint32(size);

    // 4.3.7; with a ZIP64 size, the extra field holds both sizes (4.5.3: "MUST include BOTH").
    Record local(30 + utf8Name.size() + 20);
    local.put(localHeaderSignature);
    putSharedFields(local, version, m_dosTime, m_dosDate, crc32, size32, utf8Name.size());
    local.put(quint16(bigSize ? 20 : 0)).put(utf8Name);
    if (bigSize)
        local.put(zip64ExtraTag).put(quint16(16)).put(size).put(size);
    if (!writeRecord(*m_archive, local))
        return false;

    // 4.3.12; the ZIP64 extra field holds just the fields set to 0xFFFFFFFF, in the order 4.5.3 lists them.
    const quint16 extraLength = quint16((bigSize ? 16 : 0) + (bigOffset ? 8 : 0));
    Record central(46 + utf8Name.size() + 28);
    central.put(centralHeaderSignature).put(quint16(madeByUnix | version));
    putSharedFields(central, version, m_dosTime, m_dosDate, crc32, size32, utf8Name.size());
    central.put(quint16(extraLength == 0 ? 0 : extraLength + 4))
        .put(quint16(0)) // comment length
        .put(quint16(0)) // disk number start
        .put(quint16(0)) // internal attributes
        .put(quint32((S_IFREG | (unixMode & 07777U)) << 16U))
        .put(bigOffset ? overflow32 : quint32(offset))
        .put(utf8Name);
    if (extraLength != 0) {
        central.put(zip64ExtraTag).put(extraLength);
        if (bigSize)
            central.put(size).put(size);
        if (bigOffset)
            central.put(offset);
    }
    if (!writeRecord(*m_directory, central))
        return false;
    m_inEntry = true;
    m_entrySize = size;
    m_entryWritten = 0;
    return true;
}

bool StoredZipWriter::append(QByteArrayView data)
{
    if (!m_inEntry || quint64(data.size()) > m_entrySize - m_entryWritten)
        return fail(EINVAL);
    if (!data.isEmpty() && !m_archive->write(data.data(), data.size()))
        return false;
    m_entryWritten += quint64(data.size());
    return true;
}

bool StoredZipWriter::end()
{
    if (!m_inEntry || m_entryWritten != m_entrySize)
        return fail(EINVAL);
    m_inEntry = false;
    ++m_entries;
    return true;
}

bool StoredZipWriter::copyDirectory()
{
    if (!m_directory->flush())
        return false;
    const quint64 length = m_directory->position();
    QByteArray chunk(copyChunk, Qt::Uninitialized);
    for (quint64 at = 0; at < length;) {
        const auto want = std::size_t(std::min<quint64>(quint64(chunk.size()), length - at));
        const ssize_t got = ::pread(m_directory->fd(), chunk.data(), want, off_t(at));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return fail(got < 0 ? errno : EIO);
        if (!m_archive->write(chunk.constData(), qsizetype(got)))
            return false;
        at += quint64(got);
    }
    return true;
}

bool StoredZipWriter::finish()
{
    if (m_inEntry)
        return fail(EINVAL);
    const quint64 directoryOffset = m_archive->position();
    if (!copyDirectory())
        return false;
    const quint64 directorySize = m_directory->position();
    m_directory->discard();
    const bool zip64 = m_entries >= overflow16 || directorySize >= overflow32 || directoryOffset >= overflow32;
    if (zip64) {
        const quint64 recordOffset = m_archive->position();
        // 4.3.14: the size field counts the record without its signature and itself (56 - 12).
        Record record(56 + 20);
        record.put(zip64EndSignature)
            .put(quint64(44))
            .put(quint16(madeByUnix | zip64Version))
            .put(zip64Version)
            .put(quint32(0)) // this disk
            .put(quint32(0)) // the disk the central directory starts on
            .put(m_entries) // entries on this disk
            .put(m_entries) // entries in all
            .put(directorySize)
            .put(directoryOffset);
        // 4.3.15
        record.put(zip64LocatorSignature).put(quint32(0)).put(recordOffset).put(quint32(1));
        if (!writeRecord(*m_archive, record))
            return false;
    }
    const auto entries16 = m_entries >= overflow16 ? overflow16 : quint16(m_entries);
    Record end(22);
    end.put(endSignature)
        .put(quint16(0))
        .put(quint16(0))
        .put(entries16)
        .put(entries16)
        .put(directorySize >= overflow32 ? overflow32 : quint32(directorySize))
        .put(directoryOffset >= overflow32 ? overflow32 : quint32(directoryOffset))
        .put(quint16(0)); // comment length
    return writeRecord(*m_archive, end) && m_archive->syncAndClose();
}

} // namespace iotca::model
