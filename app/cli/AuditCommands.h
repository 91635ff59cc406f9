#pragma once

#include "CliCommandGroup.h"

namespace iotca::app {

/// `iotca audit show [--json]` and `iotca audit verify [--json]`.
class AuditCommands : public CliCommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)

public:
    AuditCommands();

private:
    [[nodiscard]] static int show(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int verify(const QString& path, const QStringList& arguments);
};

} // namespace iotca::app
