#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace iotca::app {

/// `iotca device connection --ca CA --account A --out DIR [--json]`: writes connection.json and
/// CONNECTION-README.txt (DeviceConnectionDetails) for the devices of a CA on an account's platform: broker host and
/// port, the server chain to trust, client id / user name rules, each with its source. Nothing is sent.
class DeviceConnectionCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeviceConnectionCommand)

public:
    [[nodiscard]] static int run(const QString& path, const QStringList& arguments);
};

} // namespace iotca::app
