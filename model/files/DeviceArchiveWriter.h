#pragma once

#include "BufferedZipOutput.h"

#include "crypto/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

namespace iotca::model {

struct AssociationRow;

/// Writes the one ZIP archive of `iotca device issue --archive`: every device's files under the names the platform
/// gives them, the association CSV and a manifest of SHA-256 sums (`SHA256SUMS`, in `sha256sum` format, so
/// `sha256sum -c SHA256SUMS` verifies the unpacked files).
///
/// Streamed: each entry goes to disk as it is added (minizip, stored, no compression: PEM hardly pays for the CPU),
/// through BufferedZipOutput (one pwrite() a MiB instead of minizip's stdio flush and seeks per entry). Every entry
/// carries the time open() was called (one clock and time-zone lookup per archive, not two per device).
/// The CSV rows and the manifest lines are spilled to unnamed temporary files and copied into the archive at finish(),
/// so memory stays constant except for the ZIP central directory, which every ZIP writer keeps until the end (about
/// 110 bytes an entry; the format puts it after the data).
///
/// Why minizip (Debian libminizip-dev) and not libzip: libzip (1.7) writes an archive only in zip_close(), reading
/// every entry's zip_source then, so all entries (or callbacks that can produce them again) must stay alive until the
/// end; minizip's zipOpenNewFileInZip/zipWriteInFileInZip write each entry through to the file at once. Both are
/// maintained C libraries in Debian (minizip ships with zlib upstream). docs/architecture.md R14.
///
/// All or nothing, like QSaveFile: everything is written to `.<name>.part` beside the archive (owner-only: it holds
/// keys), and commit() moves it into place without replacing anything; destroyed or cancelled before that, nothing
/// remains. IssuanceRecovery removes a `.part` file an interrupted job left (it is BatchFileWriter's temporary name).
class DeviceArchiveWriter
{
    Q_DECLARE_TR_FUNCTIONS(DeviceArchiveWriter)
public:
    /// `bufferBytes`: BufferedZipOutput's buffer (tests make it small to cross its edges).
    explicit DeviceArchiveWriter(QString path, qsizetype bufferBytes = BufferedZipOutput::defaultCapacity);
    ~DeviceArchiveWriter();
    DeviceArchiveWriter(const DeviceArchiveWriter&) = delete;
    DeviceArchiveWriter& operator=(const DeviceArchiveWriter&) = delete;

    /// The temporary file the archive is written to until commit().
    [[nodiscard]] static QString temporaryPath(const QString& path);
    /// The manifest's entry name.
    [[nodiscard]] static QString manifestName();

    /// Creates the temporary archive; fails when the archive or its temporary file exists.
    [[nodiscard]] Status open();
    /// Adds one file; `sha256Hex` is its SHA-256 (computed by the caller, off the writing thread).
    [[nodiscard]] Status addFile(const QString& name, QByteArrayView data, QByteArrayView sha256Hex, bool ownerOnly);
    /// Appends one association row to the CSV that finish() adds.
    [[nodiscard]] Status appendCsvRow(const AssociationRow& row);
    /// Adds the association CSV as `csvName` (split into parts of `rowsPerFile` rows like AssociationCsvSplitter) and
    /// the manifest, closes the archive and flushes it to disk. Still at the temporary path.
    [[nodiscard]] Status finish(const QString& csvName, int rowsPerFile);
    /// Moves the finished archive into place (never over an existing file) and syncs the folder.
    [[nodiscard]] Status commit();
    /// Removes the temporary archive.
    void cancel();
    /// Leaves the temporary archive where it is (its rows were committed but commit() failed): the only copy.
    void keepTemporary() noexcept { m_created = false; }

    [[nodiscard]] const QString& path() const noexcept { return m_path; }
    [[nodiscard]] qint64 fileCount() const noexcept { return m_fileCount; }

private:
    [[nodiscard]] Status addStream(const QString& name, QFile& source, qint64 from, qint64 length,
                                   QByteArrayView prefix);
    [[nodiscard]] Status openEntry(const QString& name, bool ownerOnly);
    [[nodiscard]] Status closeEntry();
    [[nodiscard]] Error writeError(int error) const;
    [[nodiscard]] Status openSpill(QFile& file);

    /// The entries' modification time (ZIP's local date and time fields; minizip's tm_zip).
    struct EntryTime
    {
        unsigned second = 0, minute = 0, hour = 0, day = 1, month = 0, year = 1980;
    };

    QString m_path;
    QString m_temporary;
    qsizetype m_bufferBytes = BufferedZipOutput::defaultCapacity;
    EntryTime m_entryTime;
    std::unique_ptr<BufferedZipOutput> m_output;
    void* m_zip = nullptr; ///< minizip's zipFile
    QFile m_csv;
    QFile m_manifest;
    qint64 m_csvRows = 0;
    qint64 m_fileCount = 0;
    bool m_created = false;
    bool m_finished = false;
};

} // namespace iotca::model
