#pragma once

#include "model/workspace/CaRecord.h"
#include "model/workspace/DeviceCertificateRecord.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace iotca::model {
class Workspace;
}

namespace iotca::app {

/// The platform side of `iotca device`: activate, deactivate, remote-list and `delete --account`, over
/// CaRegistrationService. DeviceCommands lists them.
class RemoteDeviceCommands
{
    Q_DECLARE_TR_FUNCTIONS(RemoteDeviceCommands)

public:
    [[nodiscard]] static int activate(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int deactivate(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int remoteList(const QString& path, const QStringList& arguments);
    /// `device delete --ca N --account A ...` once the serials are known to be the CA's: asks (unless `yes`),
    /// deletes them on the platform and marks them Deleted in the workspace.
    [[nodiscard]] static int deleteOnPlatform(const QString& path, model::Workspace& workspace,
                                              const model::CaRecord& ca, const QString& accountName,
                                              const QStringList& serials, bool yes);

private:
    [[nodiscard]] static int setStatus(const QString& path, const QStringList& arguments,
                                       model::DeviceCertificateStatus target);
};

} // namespace iotca::app
