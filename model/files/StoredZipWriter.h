#pragma once

#include "BufferedFileOutput.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>

#include <memory>

namespace iotca::model {

/// A ZIP archive of stored (uncompressed) entries, written front to back in constant memory: each entry's local
/// header and data go to the archive when it is added, its central directory record to a spill file; finish() copies
/// the spilled directory behind the entries and writes the end records.
///
/// The format is PKWARE's APPNOTE.TXT 6.3.10: local file header 4.3.7, central directory header 4.3.12, end of central
/// directory 4.3.16; ZIP64 (4.5.3 extra field, 4.3.14 record, 4.3.15 locator) wherever a size, an offset or the entry
/// count does not fit the classic fields, set there to 0xFFFF / 0xFFFFFFFF (4.4.1.4). Names are UTF-8 with general
/// purpose bit 11 (4.4.4, appendix D). Sizes and CRC-32 (zlib's) are known before an entry is written, so no data
/// descriptor follows any entry and no header is patched.
///
/// Why not a library (issue 21, "streamed (constant memory)"): the ZIP writers Debian 12 offers keep the whole
/// central directory in memory until the end — minizip 1.1 (about 130 bytes a device: a million devices peaked at
/// 231 MiB of RSS, 123 MiB with this writer) and KArchive's KZip (an object an entry; KF5 only, Qt 5) — and libzip
/// writes nothing before zip_close(). Stored entries need no compressor; the CRC-32 is zlib's.
///
/// Readers independent of this code check it (tst_files_stored_zip_writer): Info-ZIP `unzip -t` and python's
/// `zipfile`, for small archives, more than 65,535 entries and offsets past 4 GiB.
class StoredZipWriter
{
public:
    /// Writes the archive into `archiveFd` from its offset `startOffset` on (0 for a new file) and the central
    /// directory into `directoryFd` (an unnamed temporary file); both descriptors are owned.
    StoredZipWriter(int archiveFd, quint64 startOffset, int directoryFd,
                    qsizetype bufferBytes = BufferedFileOutput::defaultCapacity);
    ~StoredZipWriter();
    StoredZipWriter(const StoredZipWriter&) = delete;
    StoredZipWriter& operator=(const StoredZipWriter&) = delete;

    /// The time every entry carries (ZIP stores local time in MS-DOS format, 4.4.6: two-second steps, 1980-2107).
    void setEntryTime(const QDateTime& local);

    /// One whole entry; `crc32` is zlib's crc32 of `data` (computed by the caller, off the writing thread);
    /// `unixMode` its permission bits (external attributes, made by UNIX).
    bool add(QByteArrayView utf8Name, QByteArrayView data, quint32 crc32, quint32 unixMode);
    /// An entry written in parts: begin() with its size and CRC-32, append() exactly `size` bytes, end().
    bool begin(QByteArrayView utf8Name, quint64 size, quint32 crc32, quint32 unixMode);
    bool append(QByteArrayView data);
    bool end();
    /// The central directory and the end records; flushed and synced to disk. Closes both files.
    bool finish();

    [[nodiscard]] quint64 entryCount() const noexcept { return m_entries; }
    /// The errno of the first failure (EINVAL for a misuse: an entry's bytes not matching its size), 0 if none.
    [[nodiscard]] int error() const noexcept;

    /// zlib's CRC-32 (ISO 3309, as ZIP wants it, 4.4.7) of `data`, continuing `crc`.
    [[nodiscard]] static quint32 crc32(QByteArrayView data, quint32 crc = 0);

private:
    bool fail(int error);
    bool copyDirectory();

    std::unique_ptr<BufferedFileOutput> m_archive;
    std::unique_ptr<BufferedFileOutput> m_directory;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = (1U << 5U) | 1U; // 1980-01-01
    quint64 m_entries = 0;
    /// The entry begin() opened: its declared size and what append() wrote of it so far.
    bool m_inEntry = false;
    quint64 m_entrySize = 0;
    quint64 m_entryWritten = 0;
    int m_error = 0;
};

} // namespace iotca::model
