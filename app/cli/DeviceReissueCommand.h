#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace iotca::app {

/// `iotca device reissue --ca CA --serial S --out DIR [--new-key [--key T]] [--revoke-old]`: a new certificate for the
/// same device (model::DeviceReissue).
class DeviceReissueCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeviceReissueCommand)

public:
    [[nodiscard]] static int run(const QString& path, const QStringList& arguments);
};

} // namespace iotca::app
