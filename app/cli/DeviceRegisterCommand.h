#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

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
};

} // namespace iotca::app
