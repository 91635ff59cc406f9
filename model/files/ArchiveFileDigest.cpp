#include "ArchiveFileDigest.h"

#include "StoredZipWriter.h"

#include <QCryptographicHash>

namespace iotca::model {

ArchiveFileDigest ArchiveFileDigest::of(QByteArrayView data)
{
    return {QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex(), StoredZipWriter::crc32(data)};
}

} // namespace iotca::model
