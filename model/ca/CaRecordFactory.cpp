#include "CaRecordFactory.h"

namespace iotca::model {

CaRecord caRecordFromCertificate(const crypto::Certificate& certificate, const QString& name, const QString& notes)
{
    CaRecord record;
    record.name = name.trimmed();
    record.certificateDer = certificate.toDer();
    record.serialHex = certificate.serialNumberHex();
    record.subject = certificate.subjectString();
    record.issuer = certificate.issuerString();
    record.notBefore = certificate.notBefore();
    record.notAfter = certificate.notAfter();
    record.keyAlgorithm = certificate.keyDescription();
    record.notes = notes;
    return record;
}

} // namespace iotca::model
