#pragma once

#include "InputKind.h"

#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

namespace iotca::model {

/// The one way a file named by the user is read (every CLI input path and the GUI's imports).
///
/// Before reading: lstat and stat (a link is followed, but what it points to is checked), then open with
/// O_NONBLOCK (a FIFO without a writer cannot block the open) and fstat again on the descriptor (the file checked is
/// the file read). Folders, devices (a link to /dev/zero), sockets and, except for the kinds that accept a pipe
/// (InputKinds::acceptsPipe), FIFOs are refused; so is a regular file over the kind's size limit. Reading stops
/// at limit + 1 bytes, so a file that grows while it is read (or a pipe that never ends) is still refused as too
/// large. Every message names the file.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    /// The whole file.
    [[nodiscard]] static Result<QByteArray> read(const QString& path, InputKind kind);
    /// The whole file, in wiped-on-destruction memory (keys, passphrases, secrets).
    [[nodiscard]] static Result<crypto::SecureBuffer> readSecret(const QString& path, InputKind kind);
    /// An open device for streamed reading (large CSV files): a regular file within the kind's limit.
    [[nodiscard]] static Result<std::unique_ptr<QFile>> openStream(const QString& path, InputKind kind);
    /// The checks without reading: the path names a regular file within the limit (a backup SQLite opens itself).
    [[nodiscard]] static Status check(const QString& path, InputKind kind);

    /// "'/path/file'" for messages: native separators.
    [[nodiscard]] static QString displayPath(const QString& path);
};

} // namespace iotca::model
