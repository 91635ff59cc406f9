#include "DeviceRegisterCommand.h"

#include "BlockingPlatformConnection.h"
#include "CliCommand.h"
#include "Console.h"
#include "DeviceSerialSelection.h"
#include "ExitCode.h"
#include "JsonOutput.h"
#include "WorkspaceCommand.h"

#include "model/registration/DeviceRegistrationPrecheck.h"
#include "model/registration/RegistrationJobs.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace iotca::app {

int DeviceRegisterCommand::run(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption ca(QStringLiteral("ca"), tr("The issuing CA's name."), tr("name"));
    const QCommandLineOption account(QStringLiteral("account"), tr("The platform account's name."), tr("name"));
    const QCommandLineOption serial(QStringLiteral("serial"),
                                    tr("A device certificate's serial number (repeat the option or separate with "
                                       "commas)."),
                                    tr("serial"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 tr("The CertSN of every row of this association CSV (each row must match a device "
                                    "certificate of the CA)."),
                                 tr("file"));
    const QCommandLineOption all(QStringLiteral("all"), tr("Every device certificate of the CA."));
    const QCommandLineOption inactive(QStringLiteral("inactive"),
                                      tr("Register them inactive (AWS IoT; default: active)."));
    const QCommandLineOption json = CliCommand::jsonOption();
    parser.addOptions({ca, account, serial, csv, all, inactive, json});
    if (const auto stop = CliCommand::parse(
            parser, path, arguments,
            tr("Registers device certificates of a registered CA on a platform account (Tencent Cloud IoT Hub: "
               "CreateDevice with the certificate; AWS IoT Core: RegisterCertificate with the CA). Safe to run "
               "again: a device certificate already on the platform is recorded, not sent again.")))
        return *stop;
    const auto required = CliCommand::requiredValues(parser, path, ca, account);
    if (!required)
        return ExitUsage;
    const auto& [caName, accountName] = *required;
    const int chosen = int(parser.isSet(serial)) + int(parser.isSet(csv)) + int(parser.isSet(all));
    if (chosen != 1)
        return CliCommand::usageError(path,
                                      tr("Name the device certificates with exactly one of --serial, --csv or "
                                         "--all."));

    return WorkspaceCommand::onCa(parser, model::Workspace::OpenMode::ReadWrite, caName, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        model::CaRecord& record = opened.ca();
        int exitCode = ExitSuccess;
        QStringList serials;
        if (parser.isSet(all)) {
            auto devices = workspace.devices().listForCa(record.id);
            if (!devices)
                return CliCommand::failure(devices.error());
            for (const model::DeviceCertificateRecord& device : std::as_const(*devices)) {
                if (device.status != model::DeviceCertificateStatus::Deleted)
                    serials.append(device.serialHex);
            }
        } else {
            const auto selected = DeviceSerialSelection::select(workspace, record, parser, serial, csv, path,
                                                                DeviceSerialSelection::Purpose::ChangeStatus, exitCode);
            if (!selected)
                return exitCode;
            serials = *selected;
        }
        QJsonObject report;
        const int registered = registerSerials(workspace, record, accountName, serials, !parser.isSet(inactive),
                                               parser.isSet(json) ? &report : nullptr);
        if (parser.isSet(json) && !report.isEmpty())
            JsonOutput::print(report);
        return registered;
    });
}

int DeviceRegisterCommand::registerSerials(model::Workspace& workspace, const model::CaRecord& ca,
                                           const QString& accountName, const QStringList& serials, bool active,
                                           QJsonObject* json)
{
    auto accountRecord = BlockingPlatformConnection::findAccount(workspace, accountName);
    if (!accountRecord)
        return CliCommand::failure(accountRecord.error());
    if (Status ready = model::DeviceRegistrationPrecheck::check(workspace, ca.id, *accountRecord); !ready)
        return CliCommand::failure(ready.error());
    auto session = BlockingPlatformConnection::open(workspace, *accountRecord);
    if (!session)
        return BlockingPlatformConnection::failure(session.error());

    model::RegisterDevicesJob job(model::AccountAccess::openedAs((*session)->service()), ca.id, serials, active);
    auto outcome = (*session)->run(job);
    if (!outcome)
        return BlockingPlatformConnection::failure(outcome.error());

    if (json) {
        QJsonArray failed;
        for (const auto& [failedSerial, error] : outcome->failed)
            failed.append(QJsonObject {{QStringLiteral("serial"), failedSerial},
                                       {QStringLiteral("message"), error.message},
                                       {QStringLiteral("code"), error.code}});
        *json =
            QJsonObject {{QStringLiteral("ca"), ca.name},
                         {QStringLiteral("account"), (*session)->account().name},
                         {QStringLiteral("registered"), QJsonArray::fromStringList(outcome->succeeded)},
                         {QStringLiteral("alreadyOnPlatform"), QJsonArray::fromStringList(outcome->alreadyOnPlatform)},
                         {QStringLiteral("failed"), failed}};
    } else {
        //: %1 is a CA name, %2 an account name, %n the number of device certificates registered, %3 how many were
        //: already there
        Console::out() << tr("Registered %n device certificate(s) of the CA '%1' on the platform account '%2'; %3 "
                             "already there.",
                             nullptr, int(outcome->succeeded.size()))
                              .arg(ca.name, (*session)->account().name)
                              .arg(outcome->alreadyOnPlatform.size())
                       << Qt::endl;
    }
    for (const auto& [failedSerial, error] : outcome->failed) {
        //: %1 is a serial number, %2 why it was not registered
        QString line = tr("%1: %2").arg(failedSerial, error.message);
        if (!error.code.isEmpty())
            //: Appended to a refused serial's line; %1 is the platform's error code
            line += QLatin1Char(' ') + tr("(error code: %1)").arg(error.code);
        Console::printError(line);
    }
    if (outcome->failed.isEmpty())
        return ExitSuccess;
    //: %n is the number of device certificates not registered
    Console::printError(tr("%n device certificate(s) were not registered; the workspace records only what the "
                           "platform holds.",
                           nullptr, int(outcome->failed.size())));
    return ExitFailure;
}

} // namespace iotca::app
