#include "SyncOperation.h"

#include "RegistrationRecorder.h"

namespace iotca::model {

void SyncOperation::start()
{
    if (Status writable = checkWritable(); !writable)
        return fail(writable.error());
    if (Status supported = rules().checkOperation(PlatformCapabilities::Operation::ListCas); !supported)
        return fail(supported.error());
    progress(0, 2, tr("Reading the CA certificates of the account"));
    track(connector().listCas(
        step<Result<QList<RemoteCaCertificate>>>([this](auto listed) { onListed(std::move(listed)); })));
}

void SyncOperation::onListed(Result<QList<RemoteCaCertificate>> listed)
{
    if (!listed)
        return fail(inStep(tr("Reading the CA certificates of the account"), listed.error()));
    if (stopIfCancelled())
        return;
    progress(1, 2, tr("Recording the statuses found"));
    // Tencent names CAs (case matters); ApsaraMQ serials and AWS certificate ids are hexadecimal.
    const bool hexIds = capabilities().platform != PlatformId::TencentIotHub;
    auto recorded = RegistrationRecorder(workspace(), accountId()).recordSync(*listed, hexIds);
    if (!recorded)
        return fail(inStep(tr("Recording the statuses found"), recorded.error()));
    progress(2, 2, tr("Done"));
    finish(*recorded);
}

} // namespace iotca::model
