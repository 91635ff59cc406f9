#include "CaRegistrationService.h"

#include "CaRegistrationOperation.h"
#include "CaStatusOperation.h"
#include "DeleteCaOperation.h"
#include "DeviceBatchOperation.h"
#include "RegisterCaOperation.h"
#include "RegisterDevicesOperation.h"
#include "RemoteListOperations.h"
#include "SyncOperation.h"

namespace iotca::model {

CaRegistrationService::CaRegistrationService(Workspace& workspace, PlatformConnector& connector, qint64 accountId,
                                             QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_connector(connector)
    , m_accountId(accountId)
{ }

CaRegistrationService::~CaRegistrationService()
{
    // The operation in flight reports "Cancelled" now: its callback must not outlive the service.
    if (const std::shared_ptr<Operation> operation = m_operation)
        operation->abandon();
}

bool CaRegistrationService::isBusy() const noexcept
{
    return m_busy;
}

void CaRegistrationService::registerCa(RegisterCaRequest request, Callback<CaRegistrationRecord> done)
{
    Operation::launch(*this, std::make_shared<RegisterCaOperation>(*this, std::move(request), std::move(done)));
}

void CaRegistrationService::setCaStatus(qint64 caId, RegistrationStatus status, Callback<CascadeOutcome> done)
{
    Operation::launch(*this, std::make_shared<CaStatusOperation>(*this, caId, status, std::move(done)));
}

void CaRegistrationService::deleteCa(qint64 caId, Callback<CascadeOutcome> done)
{
    Operation::launch(*this, std::make_shared<DeleteCaOperation>(*this, caId, std::move(done)));
}

void CaRegistrationService::sync(Callback<SyncOutcome> done)
{
    Operation::launch(*this, std::make_shared<SyncOperation>(*this, std::move(done)));
}

void CaRegistrationService::listRemoteCas(Callback<QList<RemoteCaCertificate>> done)
{
    Operation::launch(*this, std::make_shared<ListRemoteCasOperation>(*this, std::move(done)));
}

void CaRegistrationService::listRemoteDevices(qint64 caId, Callback<QList<RemoteDeviceCertificate>> done)
{
    Operation::launch(*this, std::make_shared<ListRemoteDevicesOperation>(*this, caId, std::move(done)));
}

void CaRegistrationService::listCaProducts(qint64 caId, Callback<QList<RemoteProduct>> done)
{
    Operation::launch(*this, std::make_shared<ListCaProductsOperation>(*this, caId, std::move(done)));
}

void CaRegistrationService::setDeviceStatus(qint64 caId, const QStringList& serials, DeviceCertificateStatus target,
                                            Callback<DeviceBatchOutcome> done)
{
    Operation::launch(*this, std::make_shared<DeviceBatchOperation>(*this, caId, serials, target, std::move(done)));
}

void CaRegistrationService::deleteDevices(qint64 caId, const QStringList& serials, Callback<DeviceBatchOutcome> done)
{
    Operation::launch(*this,
                      std::make_shared<DeviceBatchOperation>(*this, caId, serials, std::nullopt, std::move(done)));
}

void CaRegistrationService::registerDevices(qint64 caId, const QStringList& serials, bool activate,
                                            Callback<DeviceBatchOutcome> done)
{
    Operation::launch(*this,
                      std::make_shared<RegisterDevicesOperation>(*this, caId, serials, activate, std::move(done)));
}

void CaRegistrationService::cancel()
{
    if (const std::shared_ptr<Operation> operation = m_operation)
        operation->cancel();
}

} // namespace iotca::model
