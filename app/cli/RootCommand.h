#pragma once

#include "CliCommandGroup.h"

namespace iotca::app {

/// `iotca` itself: the command groups, --help and --version.
class RootCommand : public CliCommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(RootCommand)

public:
    RootCommand();

protected:
    void addLevelOptions(QCommandLineParser& parser) override;
    std::optional<int> handleLevelOptions(const QCommandLineParser& parser) override;
};

} // namespace iotca::app
