#include "CsvExportCommand.h"

#include "CliCommand.h"
#include "CliWorkspace.h"
#include "Console.h"
#include "ExitCode.h"
#include "JsonOutput.h"

#include "model/csv/AssociationCsvExport.h"

#include <QDir>

namespace iotca::app {

int CsvExportCommand::run(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption ca(QStringLiteral("ca"), tr("The CA whose recorded devices to list."), tr("name"));
    const QCommandLineOption product(QStringLiteral("product"),
                                     tr("Only the devices of this product (needed when the CA's devices belong to "
                                        "several products)."),
                                     tr("product"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("The CSV file to write (must not exist; above 10,000 devices FILE-part-001.csv, "
                                    "...)."),
                                 tr("file"));
    const QCommandLineOption json = CliCommand::jsonOption();
    parser.addOptions({ca, product, out, json});
    if (const auto stop = CliCommand::parse(parser, path, arguments,
                                            tr("Writes the association CSV (ProductKey,DeviceName,CertSN) of the "
                                               "device certificates a CA has recorded in the workspace: all files or "
                                               "none.")))
        return *stop;
    const auto required = CliCommand::requiredValues(parser, path, ca, out);
    if (!required)
        return ExitUsage;
    const auto& [caName, outValue] = *required;

    // Read-write first, so that what an interrupted issue left is recovered (and exported) first; read-only while
    // another process writes (the export reads one consistent snapshot).
    const QString folder = CliCommand::workspacePath(parser);
    auto workspace = CliWorkspace::open(folder, model::Workspace::OpenMode::ReadWrite);
    if (!workspace && workspace.error().code == QLatin1String("WorkspaceLocked"))
        workspace = CliWorkspace::open(folder, model::Workspace::OpenMode::ReadOnly);
    if (!workspace)
        return CliCommand::failure(workspace.error());
    auto record = CliWorkspace::findCa(**workspace, caName);
    if (!record)
        return CliCommand::failure(record.error());
    const auto exported = model::AssociationCsvExport::write(**workspace, record->id, parser.value(product), outValue);
    if (!exported)
        return CliCommand::failure(exported.error());
    if (parser.isSet(json)) {
        JsonOutput::print(QJsonObject {
            {QStringLiteral("ca"), record->name},
            {QStringLiteral("product"), exported->productKey},
            {QStringLiteral("rowCount"), exported->rowCount},
            {QStringLiteral("files"), QJsonArray::fromStringList(exported->files)},
        });
        return ExitSuccess;
    }
    //: %n devices, %1 a product, %2 a CA name
    Console::out() << tr("Wrote the association CSV of %n device(s) of the product '%1' from the CA '%2':", nullptr,
                         exported->rowCount)
                          .arg(exported->productKey, record->name)
                   << Qt::endl;
    for (const QString& file : exported->files)
        Console::out() << QDir::toNativeSeparators(file) << Qt::endl;
    return ExitSuccess;
}

} // namespace iotca::app
