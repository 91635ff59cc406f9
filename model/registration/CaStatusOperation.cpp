#include "CaStatusOperation.h"

#include "DeviceStatusReconciler.h"
#include "RegistrationRecorder.h"
#include "model/workspace/Transaction.h"
#include "model/workspace/Workspace.h"

namespace iotca::model {

CaStatusOperation::CaStatusOperation(CaRegistrationService& service, qint64 caId, RegistrationStatus status,
                                     CaRegistrationService::Callback<CascadeOutcome> done)
    : ReportingOperation(service, std::move(done))
    , m_caId(caId)
    , m_status(status)
{ }

QString CaStatusOperation::stepText() const
{
    return m_status == RegistrationStatus::Activated ? tr("Activating the CA '%1'").arg(caName(m_caId))
                                                     : tr("Deactivating the CA '%1'").arg(caName(m_caId));
}

void CaStatusOperation::start()
{
    if (m_status == RegistrationStatus::Deleted) {
        return fail(Error {tr("A CA is deleted from a platform with deleteCa(), not by a status change."),
                           {},
                           QStringLiteral("InvalidStatus")});
    }
    if (Status writable = checkWritable(); !writable)
        return fail(writable.error());
    auto registration = liveRegistration(m_caId);
    if (!registration)
        return fail(registration.error());
    const bool activate = m_status == RegistrationStatus::Activated;
    // Tencent Cloud IoT Hub has no such action: the checker's message says so before anything is sent.
    if (Status supported = rules().checkOperation(activate ? PlatformCapabilities::Operation::ActivateCa
                                                           : PlatformCapabilities::Operation::DeactivateCa);
        !supported) {
        return fail(supported.error());
    }
    m_remoteId = registration->remoteId;
    progress(0, 3, stepText());
    track(connector().setCaStatus(registration->remoteId, activate ? RemoteStatus::Active : RemoteStatus::Inactive,
                                  step<Status>([this](Status changed) { onChanged(std::move(changed)); })));
}

void CaStatusOperation::onChanged(Status changed)
{
    if (!changed)
        return fail(inStep(stepText(), changed.error()));
    if (!capabilities().supports(PlatformCapabilities::Operation::ListDevices))
        return onDevicesListed(QList<RemoteDeviceCertificate> {});
    // Read the device certificates back: ApsaraMQ changes them with the CA (seed 004: "after you deregister a CA
    // certificate, all device certificates that are issued by the CA certificate ... are deregistered. Similarly,
    // after you activate a CA certificate, all device certificates issued by the CA certificate are activated"),
    // AWS does not; either way the workspace records what the platform now lists.
    progress(1, 3, tr("Reading the device certificates of the CA '%1' back").arg(caName(m_caId)));
    // Not tracked: the CA's status has changed on the platform, so a cancel() must not lose recording it.
    connector().listDeviceCertificates(m_remoteId, step<Result<QList<RemoteDeviceCertificate>>>([this](auto listed) {
                                           onDevicesListed(std::move(listed));
                                       }));
}

void CaStatusOperation::onDevicesListed(Result<QList<RemoteDeviceCertificate>> listed)
{
    progress(2, 3, tr("Recording the new status"));
    auto transaction = Transaction::begin(workspace());
    Result<CascadeOutcome> recorded = transaction
        ? RegistrationRecorder(workspace(), accountId()).recordCaStatus(m_caId, m_status, /*cascade=*/false)
        : Result<CascadeOutcome>(transaction.error());
    // The outcome and its failure apart, not one Result assigned over a default: GCC 12 at -O2 cannot see through
    // the variant's reassignment and warns (-Wmaybe-uninitialized) in the release build.
    DeviceReconcileOutcome devices;
    Status reconciled;
    if (recorded && listed && capabilities().supports(PlatformCapabilities::Operation::ListDevices)) {
        Result<DeviceReconcileOutcome> read = DeviceStatusReconciler(workspace(), capabilities().platform, m_caId,
                                                                     m_remoteId, connector().account().product)
                                                  .record(*listed);
        if (read)
            devices = *read;
        else
            reconciled = Status(read.error());
    }
    Status committed = !recorded ? Status(recorded.error()) : !reconciled ? reconciled : transaction->commit();
    if (!committed) {
        //: %1 says what was done ("Deactivating the CA 'Fleet Root'"), %2 the reason
        return fail(Error {tr("%1 succeeded on the platform, but the workspace could not record it: %2")
                               .arg(stepText(), committed.error().message),
                           committed.error().detail, QStringLiteral("NotRecorded")});
    }
    if (!listed) {
        //: %1 says what was done ("Deactivating the CA 'Fleet Root'"), %2 the reason
        Error error = inStep(tr("%1 succeeded and is recorded, but reading its device certificates back failed; run "
                                "'ca sync' to record their statuses")
                                 .arg(stepText()),
                             listed.error());
        error.code =
            listed.error().code == QLatin1String("Cancelled") ? listed.error().code : QStringLiteral("DevicesNotRead");
        return fail(error);
    }
    recorded->devicesChanged = devices.changed + devices.vanished;
    progress(3, 3, tr("Done"));
    finish(*recorded);
}

} // namespace iotca::model
