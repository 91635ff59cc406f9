#include "CaStatusOperation.h"

#include "RegistrationRecorder.h"

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
    progress(0, 2, stepText());
    track(connector().setCaStatus(registration->remoteId, activate ? RemoteStatus::Active : RemoteStatus::Inactive,
                                  step<Status>([this](Status changed) { onChanged(std::move(changed)); })));
}

void CaStatusOperation::onChanged(Status changed)
{
    if (!changed)
        return fail(inStep(stepText(), changed.error()));
    progress(1, 2, tr("Recording the new status"));
    auto recorded = RegistrationRecorder(workspace(), accountId())
                        .recordCaStatus(m_caId, m_status, capabilities().caStatusCascadesToDevices);
    if (!recorded) {
        //: %1 says what was done ("Deactivating the CA 'Fleet Root'"), %2 the reason
        return fail(Error {tr("%1 succeeded on the platform, but the workspace could not record it: %2")
                               .arg(stepText(), recorded.error().message),
                           recorded.error().detail, QStringLiteral("NotRecorded")});
    }
    progress(2, 2, tr("Done"));
    finish(*recorded);
}

} // namespace iotca::model
