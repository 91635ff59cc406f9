#pragma once

#include "CliCommandGroup.h"

namespace iotca::app {

/// `iotca account add|list|remove|test`: the cloud platform accounts of the workspace. The credentials live in the
/// system keychain; the workspace holds only the name of their keychain entry, and no command prints them.
class AccountCommands : public CliCommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommands)

public:
    AccountCommands();

private:
    [[nodiscard]] static int add(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int list(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int remove(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int test(const QString& path, const QStringList& arguments);
};

} // namespace iotca::app
