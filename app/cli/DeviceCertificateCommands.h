#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace iotca::app {

class CliCommandGroup;

/// One device certificate at a time, and revocation: `iotca device show|export|revoke`.
class DeviceCertificateCommands
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCertificateCommands)

public:
    /// Registers the commands on the `device` group.
    static void addTo(CliCommandGroup& group);

private:
    [[nodiscard]] static int show(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int exportCertificate(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int revoke(const QString& path, const QStringList& arguments);
};

} // namespace iotca::app
