#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace iotca::model {

/// What DeviceArchiveWriter needs of a file's bytes besides the bytes: the SHA-256 (hex) for SHA256SUMS and the
/// CRC-32 for the ZIP headers. The job's workers compute it, in parallel, so that the one thread writing the archive
/// only copies bytes.
struct ArchiveFileDigest
{
    QByteArray sha256Hex;
    quint32 crc32 = 0;

    [[nodiscard]] static ArchiveFileDigest of(QByteArrayView data);
};

} // namespace iotca::model
