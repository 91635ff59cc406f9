#include "CeremonyRecordWriter.h"

#include "crypto/DetachedSignature.h"

namespace iotca::model {

bool CeremonyRecordWriter::canSign()
{
    return true;
}

Result<QByteArray> CeremonyRecordWriter::sign(const crypto::PrivateKey& key, const QByteArray& data)
{
    return crypto::DetachedSignature::sign(key, data);
}

} // namespace iotca::model
