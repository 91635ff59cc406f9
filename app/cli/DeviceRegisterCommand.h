#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace iotca::model {
class Workspace;
struct CaRecord;
} // namespace iotca::model

namespace iotca::app {

/// `iotca device register --ca CA --account A [--serial SN...|--csv FILE|--all] [--inactive] [--json]`: puts recorded
/// device certificates on a platform that registers them through its API (Tencent Cloud IoT Hub CreateDevice, AWS IoT
/// Core RegisterCertificate) over CaRegistrationService::registerDevices(): paced, with progress on a terminal and
/// Ctrl-C to stop between requests, safe to run again (a device certificate already there is recorded, not sent).
class DeviceRegisterCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeviceRegisterCommand)
public:
    [[nodiscard]] static int run(const QString& path, const QStringList& arguments);
    /// Registers `serials` of `ca` on the account named `accountName` (DeviceRegistrationPrecheck first), prints the
    /// outcome (or, with `json`, fills it in instead of printing it) and each refusal, and returns the exit code. Also
    /// the second half of `device issue --register`.
    [[nodiscard]] static int registerSerials(model::Workspace& workspace, const model::CaRecord& ca,
                                             const QString& accountName, const QStringList& serials, bool active,
                                             QJsonObject* json);
};

} // namespace iotca::app
