#pragma once

#include "CliCommandGroup.h"

namespace iotca::app {

/// `iotca device issue|sign-csr|list|delete`, and the platform side (RemoteDeviceCommands):
/// `activate|deactivate|remote-list` and `delete --account`.
class DeviceCommands : public CliCommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCommands)

public:
    DeviceCommands();

private:
    [[nodiscard]] static int issue(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int signCsr(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int list(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int remove(const QString& path, const QStringList& arguments);
};

} // namespace iotca::app
