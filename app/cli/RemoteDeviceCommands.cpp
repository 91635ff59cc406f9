#include "RemoteDeviceCommands.h"

#include "BlockingPlatformConnection.h"
#include "CliCommand.h"
#include "Console.h"
#include "DeviceSerialSelection.h"
#include "ExitCode.h"
#include "JsonOutput.h"
#include "PlatformJsonOutput.h"
#include "WorkspaceCommand.h"

#include "model/platform/RemoteCertificate.h"
#include "model/registration/RegistrationJobs.h"
#include "model/workspace/Workspace.h"

namespace iotca::app {

namespace {

using model::Workspace;

QCommandLineOption caOption()
{
    return QCommandLineOption(QStringLiteral("ca"), RemoteDeviceCommands::tr("The issuing CA's name."),
                              RemoteDeviceCommands::tr("name"));
}

QCommandLineOption accountOption()
{
    return QCommandLineOption(QStringLiteral("account"), RemoteDeviceCommands::tr("The platform account's name."),
                              RemoteDeviceCommands::tr("name"));
}

/// Opens the account's session; nothing after the error was printed (`exitCode` says how to exit).
std::unique_ptr<BlockingPlatformConnection> openSession(Workspace& workspace, const QString& accountName, int& exitCode)
{
    auto account = BlockingPlatformConnection::findAccount(workspace, accountName);
    if (!account) {
        exitCode = CliCommand::failure(account.error());
        return nullptr;
    }
    auto session = BlockingPlatformConnection::open(workspace, *account);
    if (!session) {
        exitCode = BlockingPlatformConnection::failure(session.error());
        return nullptr;
    }
    return std::move(*session);
}

/// One line per serial the platform refused; returns the exit code of the whole batch.
int reportRefused(const model::DeviceBatchOutcome& outcome)
{
    for (const auto& [serial, error] : outcome.failed) {
        //: %1 is a serial number, %2 why the platform refused it
        QString line = RemoteDeviceCommands::tr("%1: %2").arg(serial, error.message);
        if (!error.code.isEmpty())
            //: Appended to a refused serial's line; %1 is the platform's error code
            line += QLatin1Char(' ') + RemoteDeviceCommands::tr("(error code: %1)").arg(error.code);
        Console::printError(line);
    }
    if (outcome.failed.isEmpty())
        return ExitSuccess;
    //: %n is the number of device certificates the platform refused
    Console::printError(RemoteDeviceCommands::tr("The platform refused %n device certificate(s); the workspace records "
                                                 "only the accepted ones.",
                                                 nullptr, int(outcome.failed.size())));
    return ExitFailure;
}

} // namespace

int RemoteDeviceCommands::activate(const QString& path, const QStringList& arguments)
{
    return setStatus(path, arguments, model::DeviceCertificateStatus::Associated);
}

int RemoteDeviceCommands::deactivate(const QString& path, const QStringList& arguments)
{
    return setStatus(path, arguments, model::DeviceCertificateStatus::Inactivated);
}

int RemoteDeviceCommands::setStatus(const QString& path, const QStringList& arguments,
                                    model::DeviceCertificateStatus target)
{
    const bool activating = target == model::DeviceCertificateStatus::Associated;
    QCommandLineParser parser;
    const QCommandLineOption ca = caOption();
    const QCommandLineOption account = accountOption();
    const QCommandLineOption serial(QStringLiteral("serial"),
                                    tr("A device certificate's serial number (repeat the option or separate with "
                                       "commas)."),
                                    tr("serial"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 tr("The CertSN of every row of this association CSV (each row must match a device "
                                    "certificate of the CA)."),
                                 tr("file"));
    parser.addOptions({ca, account, serial, csv});
    const QString description = activating
        ? tr("Activates device certificates of a CA on a platform account and records them as Associated.")
        : tr("Deactivates device certificates of a CA on a platform account and records them as Inactivated.");
    if (const auto stop = CliCommand::parse(parser, path, arguments, description))
        return *stop;
    const auto caName = CliCommand::requiredValue(parser, ca, path);
    if (!caName)
        return ExitUsage;
    const auto accountName = CliCommand::requiredValue(parser, account, path);
    if (!accountName)
        return ExitUsage;
    if (!DeviceSerialSelection::checkExactlyOne(parser, serial, csv, path))
        return ExitUsage;

    return WorkspaceCommand::onCa(parser, Workspace::OpenMode::ReadWrite, *caName, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        model::CaRecord& record = opened.ca();
        int exitCode = ExitSuccess;
        const auto serials = DeviceSerialSelection::select(workspace, record, parser, serial, csv, path,
                                                           DeviceSerialSelection::Purpose::ChangeStatus, exitCode);
        if (!serials)
            return exitCode;
        const auto session = openSession(workspace, *accountName, exitCode);
        if (!session)
            return exitCode;

        model::DeviceStatusJob job(model::AccountAccess::openedAs(session->service()), record.id, *serials, target);
        auto outcome = session->run(job);
        if (!outcome)
            return BlockingPlatformConnection::failure(outcome.error());
        const int succeeded = int(outcome->succeeded.size());
        if (activating) {
            //: %1 is a CA name, %2 an account name, %n the number of device certificates
            Console::out() << tr("Activated %n device certificate(s) of the CA '%1' on the platform account '%2'.",
                                 nullptr, succeeded)
                                  .arg(record.name, session->account().name)
                           << Qt::endl;
        } else {
            //: %1 is a CA name, %2 an account name, %n the number of device certificates
            Console::out() << tr("Deactivated %n device certificate(s) of the CA '%1' on the platform account '%2'.",
                                 nullptr, succeeded)
                                  .arg(record.name, session->account().name)
                           << Qt::endl;
        }
        return reportRefused(*outcome);
    });
}

int RemoteDeviceCommands::deleteOnPlatform(const QString& path, Workspace& workspace, const model::CaRecord& ca,
                                           const QString& accountName, const QStringList& serials, bool yes)
{
    int exitCode = ExitSuccess;
    const auto session = openSession(workspace, accountName, exitCode);
    if (!session)
        return exitCode;
    const QString& account = session->account().name;
    if (!yes) {
        //: %1 is a CA name, %2 an account name, %n the number of device certificates
        const QString question = tr("Delete %n device certificate(s) of the CA '%1' on the platform account '%2'? "
                                    "This cannot be undone.",
                                    nullptr, int(serials.size()))
                                     .arg(ca.name, account);
        switch (Console::confirm(question)) {
        case Console::Answer::Yes:
            break;
        case Console::Answer::No:
            Console::printError(tr("No device certificate was deleted on the platform."));
            return ExitFailure;
        case Console::Answer::NoTerminal:
            return CliCommand::usageError(path,
                                          tr("Refusing to delete device certificates of the CA '%1' on the "
                                             "platform account '%2' without confirmation; pass --yes.")
                                              .arg(ca.name, account));
        }
    }
    model::DeleteDevicesJob job(model::AccountAccess::openedAs(session->service()), ca.id, serials);
    auto outcome = session->run(job);
    if (!outcome)
        return BlockingPlatformConnection::failure(outcome.error());
    //: %1 is a CA name, %2 an account name, %n the number of device certificates
    Console::out() << tr("Deleted %n device certificate(s) of the CA '%1' on the platform account '%2'; the "
                         "workspace keeps them, marked Deleted.",
                         nullptr, int(outcome->succeeded.size()))
                          .arg(ca.name, account)
                   << Qt::endl;
    return reportRefused(*outcome);
}

int RemoteDeviceCommands::remoteList(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption ca = caOption();
    const QCommandLineOption account = accountOption();
    const QCommandLineOption json = CliCommand::jsonOption();
    parser.addOptions({ca, account, json});
    if (const auto stop = CliCommand::parse(parser, path, arguments,
                                            tr("Lists the device certificates a platform account knows for a "
                                               "registered CA, as the platform reports them (nothing is recorded).")))
        return *stop;
    const auto caName = CliCommand::requiredValue(parser, ca, path);
    if (!caName)
        return ExitUsage;
    const auto accountName = CliCommand::requiredValue(parser, account, path);
    if (!accountName)
        return ExitUsage;
    return WorkspaceCommand::onCa(parser, Workspace::OpenMode::ReadOnly, *caName, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        model::CaRecord& record = opened.ca();
        int exitCode = ExitSuccess;
        const auto session = openSession(workspace, *accountName, exitCode);
        if (!session)
            return exitCode;
        auto devices = session->await<QList<model::RemoteDeviceCertificate>>(
            [&](auto done) { session->service().listRemoteDevices(record.id, std::move(done)); });
        if (!devices)
            return BlockingPlatformConnection::failure(devices.error());

        if (parser.isSet(json)) {
            QJsonArray array;
            for (const model::RemoteDeviceCertificate& device : std::as_const(*devices))
                array.append(PlatformJsonOutput::remoteDevice(device));
            JsonOutput::print(QJsonObject {{QStringLiteral("ca"), record.name},
                                           {QStringLiteral("account"), session->account().name},
                                           {QStringLiteral("devices"), array}});
            return ExitSuccess;
        }
        for (const model::RemoteDeviceCertificate& device : std::as_const(*devices)) {
            const QString serial = PlatformJsonOutput::serialOf(device.certificatePem);
            Console::out() << (serial.isEmpty() ? QStringLiteral("-") : Console::escaped(serial)) << QLatin1Char(' ')
                           << Console::escaped(device.deviceName).leftJustified(32) << QLatin1Char(' ')
                           << PlatformJsonOutput::remoteStatusName(device.status).leftJustified(8) << QLatin1Char(' ')
                           << Console::escaped(device.remoteId) << QLatin1Char(' ') << JsonOutput::time(device.notAfter)
                           << Qt::endl;
        }
        return ExitSuccess;
    });
}

} // namespace iotca::app
