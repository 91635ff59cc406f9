#include "RootCommand.h"

#include "AccountCommands.h"
#include "AuditCommands.h"
#include "BundleCommands.h"
#include "CaCommands.h"
#include "CeremonyCommands.h"
#include "Console.h"
#include "CsvCommands.h"
#include "DeviceCommands.h"
#include "ExitCode.h"
#include "KeyCommands.h"
#include "WorkspaceCommands.h"

#include "crypto/RuntimeVersions.h"

namespace iotca::app {

namespace {

QCommandLineOption versionOption()
{
    return QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                              RootCommand::tr("Shows the version of iotca."));
}

} // namespace

RootCommand::RootCommand()
    : CliCommandGroup(QStringLiteral("iotca"),
                      tr("IoT CA Desk on the command line: private CAs and device certificates for IoT fleets."))
{
    addCommand(std::make_unique<CaCommands>());
    addCommand(std::make_unique<KeyCommands>());
    addCommand(std::make_unique<DeviceCommands>());
    addCommand(std::make_unique<AccountCommands>());
    addCommand(std::make_unique<CsvCommands>());
    addCommand(std::make_unique<AuditCommands>());
    addCommand(std::make_unique<WorkspaceCommands>());
    addCommand(std::make_unique<BundleCommands>());
    addCommand(std::make_unique<CeremonyCommands>());
}

void RootCommand::addLevelOptions(QCommandLineParser& parser)
{
    parser.addOption(versionOption());
}

std::optional<int> RootCommand::handleLevelOptions(const QCommandLineParser& parser)
{
    if (!parser.isSet(versionOption()))
        return std::nullopt;
    // First line "iotca VERSION" (help2man and scripts read it), then the libraries this process runs on.
    Console::out() << QCoreApplication::applicationName() << QLatin1Char(' ') << QCoreApplication::applicationVersion()
                   << Qt::endl
                   << crypto::runtimeLibraryVersions() << Qt::endl;
    return int(ExitSuccess);
}

} // namespace iotca::app
