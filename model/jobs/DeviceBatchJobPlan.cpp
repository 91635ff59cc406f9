// DeviceBatchJob::issuingCa(): the first step IssueDeviceCertificatesJob and SignCsrJob plan alike.
#include "DeviceBatchJob.h"

#include "crypto/Certificate.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

namespace iotca::model {

Result<CaRecord> DeviceBatchJob::issuingCa(const Workspace& workspace, const DeviceBatchParameters& parameters)
{
    auto ca = workspace.cas().get(parameters.caId);
    if (!ca)
        return ca.error();
    auto caCertificate = crypto::Certificate::fromDer(ca->certificateDer);
    if (!caCertificate)
        return caCertificate.error();
    if (Status signable = parameters.profile.checkIssuingCa(*caCertificate); !signable)
        return signable.error();
    return ca;
}

} // namespace iotca::model
