#pragma once

#include "CliCommandGroup.h"

namespace iotca::app {

/// `iotca workspace backup FILE`, `iotca workspace restore FILE [--yes]` and `iotca workspace copy --to TARGET`.
class WorkspaceCommands : public CliCommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCommands)

public:
    WorkspaceCommands();

private:
    [[nodiscard]] static int backup(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int restore(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int copy(const QString& path, const QStringList& arguments);
};

} // namespace iotca::app
