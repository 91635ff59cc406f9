#include "RemoteListOperations.h"

namespace iotca::model {

void ListRemoteCasOperation::start()
{
    if (Status supported = rules().checkOperation(PlatformCapabilities::Operation::ListCas); !supported)
        return fail(supported.error());
    progress(0, 1, tr("Reading the CA certificates of the account"));
    track(connector().listCas(step<Result<QList<RemoteCaCertificate>>>([this](auto listed) {
        if (!listed)
            return fail(inStep(tr("Reading the CA certificates of the account"), listed.error()));
        progress(1, 1, tr("Done"));
        finish(std::move(listed));
    })));
}

ListRemoteDevicesOperation::ListRemoteDevicesOperation(
    CaRegistrationService& service, qint64 caId, CaRegistrationService::Callback<QList<RemoteDeviceCertificate>> done)
    : ReportingOperation(service, std::move(done))
    , m_caId(caId)
{ }

void ListRemoteDevicesOperation::start()
{
    auto registration = liveRegistration(m_caId);
    if (!registration)
        return fail(registration.error());
    if (Status supported = rules().checkOperation(PlatformCapabilities::Operation::ListDevices); !supported)
        return fail(supported.error());
    const QString what = tr("Reading the device certificates of the CA '%1'").arg(caName(m_caId));
    progress(0, 1, what);
    track(connector().listDeviceCertificates(registration->remoteId,
                                             step<Result<QList<RemoteDeviceCertificate>>>([this, what](auto listed) {
                                                 if (!listed)
                                                     return fail(inStep(what, listed.error()));
                                                 progress(1, 1, tr("Done"));
                                                 finish(std::move(listed));
                                             })));
}

ListCaProductsOperation::ListCaProductsOperation(CaRegistrationService& service, qint64 caId,
                                                 CaRegistrationService::Callback<QList<RemoteProduct>> done)
    : ReportingOperation(service, std::move(done))
    , m_caId(caId)
{ }

void ListCaProductsOperation::start()
{
    auto registration = liveRegistration(m_caId);
    if (!registration)
        return fail(registration.error());
    if (Status supported = rules().checkOperation(PlatformCapabilities::Operation::ListCaProducts); !supported)
        return fail(supported.error());
    //: %1 is a CA name
    const QString what = tr("Reading the products bound to the CA '%1'").arg(caName(m_caId));
    progress(0, 1, what);
    track(connector().listCaProducts(registration->remoteId,
                                     step<Result<QList<RemoteProduct>>>([this, what](auto listed) {
                                         if (!listed)
                                             return fail(inStep(what, listed.error()));
                                         progress(1, 1, tr("Done"));
                                         finish(std::move(listed));
                                     })));
}

} // namespace iotca::model
