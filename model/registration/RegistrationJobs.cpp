#include "RegistrationJobs.h"

#include <memory>
#include <utility>

namespace iotca::model {

RegisterCaJob::RegisterCaJob(AccountAccess access, RegisterCaRequest request, QObject* parent)
    : RegistrationResultJob(
        access,
        // The request (with the CA key) goes to the operation, which drops the key once the verification
        // certificate is signed.
        [request = std::make_shared<RegisterCaRequest>(std::move(request))](CaRegistrationService& service, auto done) {
            service.registerCa(std::move(*request), std::move(done));
        },
        parent)
{ }

CaStatusJob::CaStatusJob(AccountAccess access, qint64 caId, RegistrationStatus status, QObject* parent)
    : RegistrationResultJob(
        access,
        [caId, status](CaRegistrationService& service, auto done) {
            service.setCaStatus(caId, status, std::move(done));
        },
        parent)
{ }

DeleteCaJob::DeleteCaJob(AccountAccess access, qint64 caId, QObject* parent)
    : RegistrationResultJob(
        access, [caId](CaRegistrationService& service, auto done) { service.deleteCa(caId, std::move(done)); }, parent)
{ }

DeviceStatusJob::DeviceStatusJob(AccountAccess access, qint64 caId, QStringList serials, DeviceCertificateStatus target,
                                 QObject* parent)
    : RegistrationResultJob(
        access,
        [caId, serials = std::move(serials), target](CaRegistrationService& service, auto done) {
            service.setDeviceStatus(caId, serials, target, std::move(done));
        },
        parent)
{ }

DeleteDevicesJob::DeleteDevicesJob(AccountAccess access, qint64 caId, QStringList serials, QObject* parent)
    : RegistrationResultJob(
        access,
        [caId, serials = std::move(serials)](CaRegistrationService& service, auto done) {
            service.deleteDevices(caId, serials, std::move(done));
        },
        parent)
{ }

RegisterDevicesJob::RegisterDevicesJob(AccountAccess access, qint64 caId, QStringList serials, bool activate,
                                       QObject* parent)
    : RegistrationResultJob(
        access,
        [caId, serials = std::move(serials), activate](CaRegistrationService& service, auto done) {
            service.registerDevices(caId, serials, activate, std::move(done));
        },
        parent)
{ }

SyncJob::SyncJob(AccountAccess access, QObject* parent)
    : RegistrationResultJob(
        access, [](CaRegistrationService& service, auto done) { service.sync(std::move(done)); }, parent)
{ }

} // namespace iotca::model
