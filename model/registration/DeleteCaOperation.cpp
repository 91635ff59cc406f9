#include "DeleteCaOperation.h"

#include "RegistrationRecorder.h"

#include "model/ModelErrorCode.h"

namespace iotca::model {

DeleteCaOperation::DeleteCaOperation(CaRegistrationService& service, qint64 caId,
                                     CaRegistrationService::Callback<CascadeOutcome> done)
    : ReportingOperation(service, std::move(done))
    , m_caId(caId)
{ }

void DeleteCaOperation::start()
{
    if (Status writable = checkWritable(); !writable)
        return fail(writable.error());
    auto registration = liveRegistration(m_caId);
    if (!registration)
        return fail(registration.error());
    m_name = caName(m_caId);
    m_remoteId = registration->remoteId;
    if (Status supported = rules().checkOperation(PlatformCapabilities::Operation::DeleteCa); !supported)
        return fail(supported.error());
    if (capabilities().supports(PlatformCapabilities::Operation::ListCaProducts))
        return checkBoundProducts();
    if (!capabilities().deleteRequiresInactiveCa)
        return sendDelete();
    // The platform deletes only inactive CAs: ask for the live status rather than trusting the record.
    m_total = 4;
    progress(m_step++, m_total, tr("Reading the status of the CA '%1'").arg(m_name));
    track(connector().getCa(m_remoteId,
                            step<Result<RemoteCaCertificate>>([this](auto current) { onStatus(std::move(current)); })));
}

void DeleteCaOperation::checkBoundProducts()
{
    // Tencent: DeletePrivateCA fails with LimitExceeded.CAAlreadyBindProduct while the CA is bound to a product
    // (tencentcloud-sdk-go iotcloud/v20210408 client.go): ask which products first, so the message can name them.
    m_total = 2;
    progress(m_step++, m_total, tr("Reading the products bound to the CA '%1'").arg(m_name));
    track(connector().listCaProducts(
        m_remoteId, step<Result<QList<RemoteProduct>>>([this](auto products) {
            if (!products)
                return fail(inStep(tr("Reading the products bound to the CA '%1'").arg(m_name), products.error()));
            if (stopIfCancelled())
                return;
            if (products->isEmpty())
                return sendDelete();
            QStringList names;
            for (const RemoteProduct& product : std::as_const(*products))
                names << (product.productName.isEmpty() || product.productName == product.productId
                              ? product.productId
                              : QStringLiteral("%1 (%2)").arg(product.productId, product.productName));
            //: %1 is a CA name, %2 a list of products such as "U58ABC2YLJ (fleet)", %n how many products
            fail(Error {
                tr("The CA '%1' is still bound to %n product(s): %2. Unbind it from them (or delete them) on the "
                   "platform first; nothing was deleted.",
                   nullptr, int(names.size()))
                    .arg(m_name, names.join(QStringLiteral(", "))),
                {},
                ErrorCode::CaBoundToProducts});
        })));
}

void DeleteCaOperation::onStatus(Result<RemoteCaCertificate> current)
{
    if (!current)
        return fail(inStep(tr("Reading the status of the CA '%1'").arg(m_name), current.error()));
    if (stopIfCancelled())
        return;
    const Status deletable = rules().checkDelete(current->status);
    if (deletable)
        return sendDelete();
    if (!capabilities().supports(PlatformCapabilities::Operation::DeactivateCa))
        return fail(deletable.error());
    progress(m_step++, m_total, tr("Deactivating the CA '%1' before deleting it").arg(m_name));
    track(connector().setCaStatus(m_remoteId, RemoteStatus::Inactive,
                                  step<Status>([this](Status deactivated) { onDeactivated(std::move(deactivated)); })));
}

void DeleteCaOperation::onDeactivated(Status deactivated)
{
    if (!deactivated)
        return fail(inStep(tr("Deactivating the CA '%1' before deleting it").arg(m_name), deactivated.error()));
    m_deactivatedFirst = true;
    if (isCancelled())
        return restore(cancelledError());
    sendDelete();
}

void DeleteCaOperation::sendDelete()
{
    progress(m_step++, m_total, tr("Deleting the CA '%1' on the platform").arg(m_name));
    track(connector().deleteCa(m_remoteId, step<Status>([this](Status deleted) { onDeleted(std::move(deleted)); })));
}

void DeleteCaOperation::onDeleted(Status deleted)
{
    if (!deleted) {
        const Error failure = inStep(tr("Deleting the CA '%1' on the platform").arg(m_name), deleted.error());
        return m_deactivatedFirst ? restore(failure) : fail(failure);
    }
    // Deleted on the platform: record it even if cancel() came too late to stop the request.
    progress(m_step++, m_total, tr("Recording the deletion"));
    auto recorded = RegistrationRecorder(workspace(), accountId())
                        .recordCaDeletion(m_caId, capabilities().caStatusCascadesToDevices);
    if (!recorded) {
        //: %1 is a CA name, %2 the reason
        return fail(Error {tr("The CA '%1' was deleted on the platform, but the workspace could not record it: %2")
                               .arg(m_name, recorded.error().message),
                           recorded.error().detail, QStringLiteral("NotRecorded")});
    }
    progress(m_total, m_total, tr("Deleted"));
    finish(*recorded);
}

void DeleteCaOperation::restore(Error failure)
{
    if (isAbandoned()) {
        //: %1 is why the deletion failed
        failure.message = tr("%1 The CA had been deactivated first and may still be inactive: sync the account to "
                             "record its state.")
                              .arg(failure.message);
        return fail(failure);
    }
    progress(m_step, m_total, tr("Activating the CA '%1' again").arg(m_name));
    // Not tracked: the restoring request undoes what the failed operation did, so cancel() leaves it alone.
    connector().setCaStatus(
        m_remoteId, RemoteStatus::Active, step<Status>([this, failure](Status restored) {
            Error reported = failure;
            if (restored) {
                //: %1 is why the deletion failed
                reported.message = tr("%1 The CA had been deactivated first and is active again.").arg(failure.message);
            } else {
                //: %1 is why the deletion failed, %2 why the CA could not be activated again
                reported.message =
                    tr("%1 The CA had been deactivated first and could not be activated again (%2): sync "
                       "the account to record its state.")
                        .arg(failure.message, restored.error().message);
            }
            fail(reported);
        }));
}

} // namespace iotca::model
