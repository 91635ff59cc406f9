#include "CsvCommands.h"

#include "CliWorkspace.h"
#include "Console.h"
#include "CsvExportCommand.h"
#include "ExitCode.h"
#include "JsonOutput.h"
#include "WorkspaceDeviceLookup.h"

#include "model/csv/AssociationCsvSplitter.h"
#include "model/csv/AssociationCsvValidator.h"
#include "model/csv/AssociationCsvWriter.h"

#include <QDir>
#include <QFileInfo>

#include <memory>

namespace iotca::app {

namespace {

QJsonObject reportJson(const QString& file, const model::AssociationCsvReport& report)
{
    QJsonArray diagnostics;
    for (const model::CsvDiagnostic& diagnostic : report.diagnostics)
        diagnostics.append(JsonOutput::diagnostic(diagnostic));
    QJsonArray warnings;
    for (const model::CsvDiagnostic& warning : report.warnings)
        warnings.append(JsonOutput::diagnostic(warning));
    return QJsonObject {
        {QStringLiteral("file"), file},
        {QStringLiteral("valid"), report.isValid()},
        {QStringLiteral("productKey"), report.productKey},
        {QStringLiteral("rowCount"), report.rowCount},
        {QStringLiteral("tooManyRows"), report.tooManyRows},
        {QStringLiteral("problemCount"), report.problemCount()},
        {QStringLiteral("suppressedDiagnostics"), report.suppressedDiagnostics},
        {QStringLiteral("diagnostics"), diagnostics},
        {QStringLiteral("warnings"), warnings},
        {QStringLiteral("suppressedWarnings"), report.suppressedWarnings},
    };
}

void printWarnings(const QString& file, const model::AssociationCsvReport& report)
{
    const QString name = QDir::toNativeSeparators(file);
    for (const model::CsvDiagnostic& warning : report.warnings)
        Console::printWarning(name + QLatin1Char(':') + warning.text());
    if (report.suppressedWarnings > 0)
        //: %n further warnings that were not listed
        Console::printWarning(CsvCommands::tr("%n more warning(s) not shown.", nullptr, report.suppressedWarnings));
}

void printReport(const QString& file, const model::AssociationCsvReport& report)
{
    printWarnings(file, report);
    const QString name = QDir::toNativeSeparators(file);
    if (report.isValid()) {
        //: %1 is a file, %n the number of rows
        Console::out() << CsvCommands::tr("%1: valid, %n row(s).", nullptr, report.rowCount).arg(name) << Qt::endl;
        return;
    }
    // One problem per line, like a compiler: "file:line: column CertSN: message".
    for (const model::CsvDiagnostic& diagnostic : report.diagnostics)
        Console::out() << Console::escaped(name + QLatin1Char(':') + diagnostic.text()) << Qt::endl;
    if (report.suppressedDiagnostics > 0)
        //: %n further problems that were not listed
        Console::out() << CsvCommands::tr("%n more problem(s) not shown.", nullptr, report.suppressedDiagnostics)
                       << Qt::endl;
    //: %1 is a file, %n the number of problems
    Console::printError(CsvCommands::tr("%1 has %n problem(s).", nullptr, report.problemCount()).arg(name));
}

} // namespace

CsvCommands::CsvCommands()
    : CliCommandGroup(QStringLiteral("csv"), tr("Checks, creates and splits device-association CSV files."))
{
    addCommand(QStringLiteral("validate"), tr("Checks an association CSV before the platform sees it."), &validate);
    addCommand(QStringLiteral("template"), tr("Writes an empty association CSV with its header."), &writeTemplate);
    addCommand(QStringLiteral("split"), tr("Splits an association CSV into files of at most 10,000 rows."), &split);
    addCommand(QStringLiteral("export"), tr("Writes the association CSV of the devices a CA has recorded."),
               &CsvExportCommand::run);
}

int CsvCommands::validate(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption ca(QStringLiteral("ca"),
                                tr("Also checks that every CertSN is a device certificate this CA issued for the "
                                   "row's product and device."),
                                tr("name"));
    parser.addOptions({json, ca});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file."), QStringLiteral("FILE"));
    if (const auto stop = parse(parser, path, arguments,
                                tr("Checks an association CSV (ProductKey,DeviceName,CertSN). Exit code 0 when it is "
                                   "valid, 1 when it has problems."),
                                1, 1))
        return *stop;
    const QString file = parser.positionalArguments().constFirst();

    model::AssociationCsvValidator::Options options;
    std::unique_ptr<model::Workspace> workspace;
    std::unique_ptr<WorkspaceDeviceLookup> lookup;
    if (parser.isSet(ca)) {
        auto opened = CliWorkspace::open(workspacePath(parser), model::Workspace::OpenMode::ReadOnly);
        if (!opened)
            return failure(opened.error());
        workspace = std::move(*opened);
        auto record = CliWorkspace::findCa(*workspace, parser.value(ca));
        if (!record)
            return failure(record.error());
        lookup = std::make_unique<WorkspaceDeviceLookup>(*workspace);
        options.lookup = lookup.get();
        options.caName = record->name;
    }
    const auto report = model::AssociationCsvValidator(options).validateFile(file);
    if (!report)
        return failure(report.error());
    if (parser.isSet(json))
        JsonOutput::print(reportJson(file, *report));
    else
        printReport(file, *report);
    return report->isValid() ? ExitSuccess : ExitFailure;
}

int CsvCommands::writeTemplate(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), tr("The CSV file to write (or give it as FILE)."), tr("file"));
    parser.addOption(out);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file to write (or use --out)."),
                                 QStringLiteral("[FILE]"));
    if (const auto stop = parse(parser, path, arguments,
                                tr("Writes an association CSV with only its header row, ready to fill in."), 0, 1))
        return *stop;
    const bool positional = !parser.positionalArguments().isEmpty();
    if (positional == parser.isSet(out))
        return usageError(path, tr("Give the file to write either with --out or as FILE, not both."));
    const QString file = positional ? parser.positionalArguments().constFirst() : parser.value(out);
    if (QFileInfo::exists(file))
        //: %1 is a file
        return failure(Error {tr("'%1' already exists.").arg(QDir::toNativeSeparators(file))});
    if (Status written = model::AssociationCsvWriter::writeTemplate(file); !written)
        return failure(written.error());
    Console::out() << tr("Wrote the template '%1'.").arg(QDir::toNativeSeparators(file)) << Qt::endl;
    return ExitSuccess;
}

int CsvCommands::split(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), tr("The folder for the parts (default: the file's folder)."),
                                 tr("dir"));
    const QCommandLineOption rows(QStringLiteral("rows"), tr("Rows per part (default 10000)."), tr("n"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({out, rows, json});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file to split."), QStringLiteral("FILE"));
    if (const auto stop = parse(parser, path, arguments,
                                tr("Splits an association CSV into parts of at most 10,000 rows (FILE-part-001.csv, "
                                   "...). Writes nothing when the rows have problems."),
                                1, 1))
        return *stop;
    const QString file = parser.positionalArguments().constFirst();
    const auto rowsPerFile = positiveNumber(parser, rows, model::AssociationCsvValidator::platformRowLimit, path);
    if (!rowsPerFile)
        return ExitUsage;
    if (*rowsPerFile > model::AssociationCsvValidator::platformRowLimit)
        return usageError(path, tr("The platform accepts at most 10,000 rows per file."));
    const QString folder = parser.isSet(out) ? parser.value(out) : QFileInfo(file).absolutePath();

    const auto result = model::AssociationCsvSplitter(*rowsPerFile).split(file, folder);
    if (!result)
        return failure(result.error());
    if (parser.isSet(json)) {
        QJsonObject object = reportJson(file, result->report);
        object.insert(QStringLiteral("files"), QJsonArray::fromStringList(result->files));
        JsonOutput::print(object);
    } else if (!result->files.isEmpty()) {
        for (const QString& part : result->files)
            Console::out() << QDir::toNativeSeparators(part) << Qt::endl;
    }
    if (result->files.isEmpty()) {
        if (!parser.isSet(json))
            printReport(file, result->report);
        return ExitFailure;
    }
    return ExitSuccess;
}

} // namespace iotca::app
