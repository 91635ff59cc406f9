#pragma once

#include "CaRegistrationOperation.h"

#include <QCoreApplication>

namespace iotca::model {

/// CaRegistrationService::setCaStatus(): activates or deactivates a registered CA on the platform, then reads the CA's
/// device certificates back from the platform (where it lists them) and records the CA's status together with the
/// device statuses the platform answered (DeviceStatusReconciler): what the platform did, not what we expect of it.
class CaStatusOperation : public ReportingOperation<CascadeOutcome>
{
    Q_DECLARE_TR_FUNCTIONS(CaRegistrationService)
public:
    CaStatusOperation(CaRegistrationService& service, qint64 caId, RegistrationStatus status,
                      CaRegistrationService::Callback<CascadeOutcome> done);

protected:
    void start() override;

private:
    void onChanged(Status changed);
    void onDevicesListed(Result<QList<RemoteDeviceCertificate>> listed);
    [[nodiscard]] QString stepText() const;

    qint64 m_caId;
    RegistrationStatus m_status;
    QString m_remoteId;
};

} // namespace iotca::model
