#pragma once

#include "crypto/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace iotca::model {

/// Fast atomic file writes for bulk jobs, with one sync per batch instead of one per file.
///
/// writeFile() has QSaveFile's guarantee that a reader never sees a partial file (it writes an unnamed O_TMPFILE in
/// the target's folder and links it into place; where the file system has no O_TMPFILE, a hidden temporary file
/// next to the target) but skips QSaveFile's fsync of every file; it also never replaces an existing file. A batch then
/// calls syncFolder() once, before it commits its database rows, so a committed row never points at a file that a power
/// loss could take back.
class BatchFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(BatchFileWriter)

public:
    enum class Access { Public, OwnerOnly };

    /// Thread-safe. Fails (and leaves nothing behind) when `path` exists or cannot be written.
    [[nodiscard]] static Status writeFile(const QString& path, QByteArrayView data, Access access);
    /// Flushes everything written to the file system holding `folder` to disk (syncfs on Linux, else fsync of
    /// the folder).
    [[nodiscard]] static Status syncFolder(const QString& folder);

private:
    [[nodiscard]] static Status writeError(const QString& path, int error);
};

} // namespace iotca::model
