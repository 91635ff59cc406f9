#pragma once

#include "ArchiveFileDigest.h"
#include "StoredZipWriter.h"

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
/// Streamed in constant memory (StoredZipWriter, which says why not minizip or libzip): each entry goes to disk as it
/// is added, stored (PEM hardly pays for a compressor's CPU), its central directory record to an unnamed spill file;
/// the CSV rows and the manifest lines are spilled the same way and copied into the archive at finish(). Every entry
/// carries the time open() was called (one clock and time-zone lookup per archive, not two per device). The CRC-32
/// and SHA-256 of each device file come from the caller (ArchiveFileDigest, computed by the job's workers).
/// docs/architecture.md R14.
///
/// All or nothing, like QSaveFile: everything is written to `.<name>.part` beside the archive (owner-only: it holds
/// keys), and commit() moves it into place without replacing anything; destroyed or cancelled before that, nothing
/// remains. IssuanceRecovery removes a `.part` file an interrupted job left (it is BatchFileWriter's temporary name).
class DeviceArchiveWriter
{
    Q_DECLARE_TR_FUNCTIONS(DeviceArchiveWriter)
public:
    /// `bufferBytes`: the archive's output buffer (BufferedFileOutput; tests make it small to cross its edges).
    explicit DeviceArchiveWriter(QString path, qsizetype bufferBytes = BufferedFileOutput::defaultCapacity);
    ~DeviceArchiveWriter();
    DeviceArchiveWriter(const DeviceArchiveWriter&) = delete;
    DeviceArchiveWriter& operator=(const DeviceArchiveWriter&) = delete;

    /// The temporary file the archive is written to until commit().
    [[nodiscard]] static QString temporaryPath(const QString& path);
    /// The manifest's entry name.
    [[nodiscard]] static QString manifestName();

    /// Creates the temporary archive; fails when the archive or its temporary file exists.
    [[nodiscard]] Status open();
    /// Adds one file; `digest` is ArchiveFileDigest::of(data) (computed by the caller, off the writing thread).
    [[nodiscard]] Status addFile(const QString& name, QByteArrayView data, const ArchiveFileDigest& digest,
                                 bool ownerOnly);
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

private:
    [[nodiscard]] Status addStream(const QString& name, QFile& source, qint64 from, qint64 length,
                                   QByteArrayView prefix);
    [[nodiscard]] Status appendManifestLine(QByteArrayView sha256Hex, const QByteArray& utf8Name);
    [[nodiscard]] Error writeError(int error) const;
    /// An unnamed temporary file beside the archive: its descriptor, or -1 (errno set).
    [[nodiscard]] int openSpill() const;
    [[nodiscard]] Status openSpill(QFile& file);

    QString m_path;
    QString m_temporary;
    qsizetype m_bufferBytes = BufferedFileOutput::defaultCapacity;
    std::unique_ptr<StoredZipWriter> m_zip;
    QFile m_csv;
    QFile m_manifest;
    qint64 m_csvRows = 0;
    bool m_created = false;
    bool m_finished = false;
};

} // namespace iotca::model
