#pragma once

#include "RegistrationJob.h"

#include <QStringList>

namespace iotca::model {

// The platform flows a front end starts, one job class each (docs/architecture.md R7, "Background work"). Each runs
// one CaRegistrationService operation (see there for what it does and records) and offers its outcome as result().

/// Registers a CA: pre-flight, registration code, verification certificate, upload, record (RegisterCaOperation).
class RegisterCaJob final : public RegistrationResultJob<CaRegistrationRecord>
{
public:
    RegisterCaJob(AccountAccess access, RegisterCaRequest request, QObject* parent = nullptr);
};

/// Activates (`Activated`) or deactivates (`Inactivated`) a registered CA, with the platform's cascade.
class CaStatusJob final : public RegistrationResultJob<CascadeOutcome>
{
public:
    CaStatusJob(AccountAccess access, qint64 caId, RegistrationStatus status, QObject* parent = nullptr);
};

/// Deletes a registered CA on its platform, with the platform's cascade.
class DeleteCaJob final : public RegistrationResultJob<CascadeOutcome>
{
public:
    DeleteCaJob(AccountAccess access, qint64 caId, QObject* parent = nullptr);
};

/// Activates (`Associated`) or deactivates (`Inactivated`) device certificates on the platform.
class DeviceStatusJob final : public RegistrationResultJob<DeviceBatchOutcome>
{
public:
    DeviceStatusJob(AccountAccess access, qint64 caId, QStringList serials, DeviceCertificateStatus target,
                    QObject* parent = nullptr);
};

/// Deletes device certificates on the platform.
class DeleteDevicesJob final : public RegistrationResultJob<DeviceBatchOutcome>
{
public:
    DeleteDevicesJob(AccountAccess access, qint64 caId, QStringList serials, QObject* parent = nullptr);
};

/// Registers recorded device certificates on the platform (RegisterDevicesOperation).
class RegisterDevicesJob final : public RegistrationResultJob<DeviceBatchOutcome>
{
public:
    RegisterDevicesJob(AccountAccess access, qint64 caId, QStringList serials, bool activate,
                       QObject* parent = nullptr);
};

/// Brings the account's recorded registrations and device certificates up to date with the platform.
class SyncJob final : public RegistrationResultJob<SyncOutcome>
{
public:
    explicit SyncJob(AccountAccess access, QObject* parent = nullptr);
};

} // namespace iotca::model
