#pragma once

#include "CaRegistrationOperation.h"

#include <QCoreApplication>

namespace iotca::model {

/// CaRegistrationService::setCaStatus(): activates or deactivates a registered CA on the platform, then records the
/// status with its cascade to the CA's device certificates where the platform cascades too.
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
    [[nodiscard]] QString stepText() const;

    qint64 m_caId;
    RegistrationStatus m_status;
};

} // namespace iotca::model
