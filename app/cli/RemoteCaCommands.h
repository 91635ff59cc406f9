#pragma once

#include "crypto/Error.h"
#include "model/workspace/CaRegistrationRecord.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace iotca::app {

/// The platform side of `iotca ca`: register, activate, deactivate, delete --account, remote-list and sync, over
/// CaRegistrationService. CaCommands lists them; every platform change is recorded in the workspace only after the
/// platform said yes.
class RemoteCaCommands
{
    Q_DECLARE_TR_FUNCTIONS(RemoteCaCommands)

public:
    [[nodiscard]] static int registerCa(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int activate(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int deactivate(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int remoteList(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int sync(const QString& path, const QStringList& arguments);
    /// `ca delete NAME --account A [--yes]`: deletes the CA on the platform (cascading to its device certificates
    /// there); the workspace keeps the CA and marks the registration and the device certificates Deleted.
    [[nodiscard]] static int deleteOnPlatform(const QString& path, const QString& workspaceFolder,
                                              const QString& caName, const QString& accountName, bool yes);

    /// What to do about a refused name on the platform (error codes Preflight.CaName and Preflight.CaNameTaken): use
    /// --remote-name. Empty for any other error. The model's message names the rule; the option is the CLI's.
    [[nodiscard]] static QString remoteNameHint(const Error& error);

private:
    [[nodiscard]] static int setStatus(const QString& path, const QStringList& arguments,
                                       model::RegistrationStatus target);
};

} // namespace iotca::app
