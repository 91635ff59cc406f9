#pragma once

#include "CliCommandGroup.h"

namespace iotca::app {

/// `iotca ca create|import|list|show|export|verification-cert|delete|remember-passphrase|forget-passphrase`, and the
/// platform side (RemoteCaCommands): `register|activate|deactivate|remote-list|sync` and `delete --account`.
class CaCommands : public CliCommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(CaCommands)

public:
    CaCommands();

private:
    [[nodiscard]] static int create(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int importCa(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int list(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int show(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int exportCa(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int verificationCertificate(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int remove(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int rememberPassphrase(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int forgetPassphrase(const QString& path, const QStringList& arguments);
};

} // namespace iotca::app
