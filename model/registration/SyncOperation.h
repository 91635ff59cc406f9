#pragma once

#include "CaRegistrationOperation.h"

#include <QCoreApplication>

namespace iotca::model {

/// CaRegistrationService::sync(): lists the account's CAs; adopts a listed CA whose certificate is a workspace CA the
/// workspace has no live registration of (a registration whose answer was lost); records what changed for the
/// registrations the workspace holds (RegistrationRecorder::recordSync()); then reads each live registration's
/// device certificates (paged) and records their statuses as the platform lists them (DeviceStatusReconciler).
class SyncOperation : public ReportingOperation<SyncOutcome>
{
    Q_DECLARE_TR_FUNCTIONS(CaRegistrationService)
public:
    using ReportingOperation::ReportingOperation;

protected:
    void start() override;

private:
    void onListed(Result<QList<RemoteCaCertificate>> listed);
    /// AWS lists no certificate: describe the CAs no registration knows, one by one, before adopting.
    void describeNext();
    void adoptAndRecord();
    void syncNextDevices();

    QList<RemoteCaCertificate> m_remote;
    qsizetype m_describeIndex = 0;
    QList<CaRegistrationRecord> m_live;
    qsizetype m_deviceIndex = 0;
    SyncOutcome m_outcome;
};

} // namespace iotca::model
