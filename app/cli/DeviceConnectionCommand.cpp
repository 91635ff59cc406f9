#include "DeviceConnectionCommand.h"

#include "BlockingPlatformConnection.h"
#include "CliCommand.h"
#include "Console.h"
#include "ExitCode.h"
#include "JsonOutput.h"
#include "WorkspaceCommand.h"

#include "crypto/Certificate.h"
#include "model/platform/DeviceConnectionDetails.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace iotca::app {

int DeviceConnectionCommand::run(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption ca(QStringLiteral("ca"), tr("The CA whose devices connect."), tr("name"));
    const QCommandLineOption account(QStringLiteral("account"), tr("The platform account's name."), tr("name"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("Folder for connection.json and CONNECTION-README.txt (e.g. beside the device "
                                    "files)."),
                                 tr("dir"));
    const QCommandLineOption json = CliCommand::jsonOption();
    parser.addOptions({ca, account, out, json});
    if (const auto stop = CliCommand::parse(parser, path, arguments,
                                            tr("Writes what a device needs to connect to the account's platform with "
                                               "a certificate of the CA: broker host and port, the server chain to "
                                               "trust, client id and user name rules, each with its source. Nothing "
                                               "is sent.")))
        return *stop;
    const auto required = CliCommand::requiredValues(parser, path, ca, account, out);
    if (!required)
        return ExitUsage;
    const auto& [caName, accountName, folder] = *required;
    return WorkspaceCommand::onCa(parser, model::Workspace::OpenMode::ReadOnly, caName, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        model::CaRecord& record = opened.ca();
        auto accountRecord = BlockingPlatformConnection::findAccount(workspace, accountName);
        if (!accountRecord)
            return CliCommand::failure(accountRecord.error());
        const auto details = model::DeviceConnectionDetails::forAccountRecord(*accountRecord);
        if (!details)
            return CliCommand::failure(details.error());
        auto certificate = crypto::Certificate::fromDer(record.certificateDer);
        if (!certificate)
            return CliCommand::failure(certificate.error());
        auto written = details->write(folder, *certificate);
        if (!written)
            return CliCommand::failure(written.error());
        if (parser.isSet(json)) {
            QJsonObject object = details->toJson(*certificate);
            object.insert(QStringLiteral("files"), QJsonArray::fromStringList(*written));
            JsonOutput::print(object);
            return ExitSuccess;
        }
        //: %1 is a folder
        Console::out() << tr("Wrote the connection details to '%1':").arg(QDir::toNativeSeparators(folder)) << Qt::endl;
        for (const QString& file : std::as_const(*written))
            Console::out() << QStringLiteral("  ") << QDir::toNativeSeparators(file) << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace iotca::app
