#pragma once

#include "CliCommandGroup.h"

namespace iotca::app {

/// `iotca workspace password set URL [--password-file FILE]` and `iotca workspace password forget URL`: the password
/// of a team workspace's PostgreSQL role in the OS keychain (model::TeamWorkspacePasswords), where every command that
/// opens that workspace finds it. Never an argument: from a file or a no-echo prompt (PassphraseSource).
class WorkspacePasswordCommands : public CliCommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(WorkspacePasswordCommands)

public:
    WorkspacePasswordCommands();

private:
    [[nodiscard]] static int set(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int forget(const QString& path, const QStringList& arguments);
};

} // namespace iotca::app
