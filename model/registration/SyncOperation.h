#pragma once

#include "CaRegistrationOperation.h"

#include <QCoreApplication>

namespace iotca::model {

/// CaRegistrationService::sync(): lists the account's CAs and records what changed for the registrations the
/// workspace holds (RegistrationRecorder::recordSync()).
class SyncOperation : public ReportingOperation<SyncOutcome>
{
    Q_DECLARE_TR_FUNCTIONS(CaRegistrationService)
public:
    using ReportingOperation::ReportingOperation;

protected:
    void start() override;

private:
    void onListed(Result<QList<RemoteCaCertificate>> listed);
};

} // namespace iotca::model
