#include "CeremonyRecordWriter.h"

namespace iotca::app {

bool CeremonyRecordWriter::canSign()
{
    return false;
}

Result<QByteArray> CeremonyRecordWriter::sign(const crypto::PrivateKey&, const QByteArray&)
{
    return Error {tr("Signing the record is not available in this build.")};
}

} // namespace iotca::app
