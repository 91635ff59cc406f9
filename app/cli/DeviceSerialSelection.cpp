#include "DeviceSerialSelection.h"

#include "CliCommand.h"
#include "Console.h"
#include "DeviceCommands.h"
#include "ExitCode.h"
#include "WorkspaceDeviceLookup.h"

#include "model/csv/AssociationCsvValidator.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QSet>

#include <limits>

namespace iotca::app {

namespace {

using Purpose = DeviceSerialSelection::Purpose;

/// The CertSN column of an association CSV whose rows are all device certificates `ca` issued for the row's
/// product and device; nothing after the problems were printed.
std::optional<QStringList> serialsFromCsv(model::Workspace& workspace, const model::CaRecord& ca, const QString& file,
                                          Purpose purpose)
{
    WorkspaceDeviceLookup lookup(workspace);
    model::AssociationCsvValidator::Options options;
    options.keepRows = true;
    options.maxRows = std::numeric_limits<int>::max();
    options.lookup = &lookup;
    options.caName = ca.name;
    const auto report = model::AssociationCsvValidator(options).validateFile(file);
    if (!report) {
        Console::printError(report.error());
        return std::nullopt;
    }
    const QString name = QDir::toNativeSeparators(file);
    if (!report->isValid()) {
        for (const model::CsvDiagnostic& diagnostic : report->diagnostics)
            Console::err() << Console::escaped(name + QLatin1Char(':') + diagnostic.text()) << Qt::endl;
        if (purpose == Purpose::Delete)
            //: %1 is a file, %n the number of problems
            Console::printError(DeviceCommands::tr("%1 has %n problem(s); no device certificate was deleted.", nullptr,
                                                   report->problemCount())
                                    .arg(name));
        else
            //: %1 is a file, %n the number of problems
            Console::printError(DeviceCommands::tr("%1 has %n problem(s); no device certificate was changed.", nullptr,
                                                   report->problemCount())
                                    .arg(name));
        return std::nullopt;
    }
    QStringList serials;
    serials.reserve(report->rows.size());
    for (const model::AssociationRow& row : report->rows)
        serials.append(row.certSn);
    return serials;
}

} // namespace

bool DeviceSerialSelection::checkExactlyOne(const QCommandLineParser& parser, const QCommandLineOption& serial,
                                            const QCommandLineOption& csv, const QString& path)
{
    if (parser.isSet(serial) != parser.isSet(csv))
        return true;
    (void)CliCommand::usageError(path, DeviceCommands::tr("Give either --serial or --csv."));
    return false;
}

std::optional<QStringList> DeviceSerialSelection::select(model::Workspace& workspace, const model::CaRecord& ca,
                                                         const QCommandLineParser& parser,
                                                         const QCommandLineOption& serial,
                                                         const QCommandLineOption& csv, const QString& path,
                                                         Purpose purpose, int& exitCode)
{
    exitCode = ExitFailure;
    QStringList given;
    if (parser.isSet(serial)) {
        for (const QString& value : parser.values(serial))
            for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (const QString trimmed = part.trimmed(); !trimmed.isEmpty())
                    given.append(trimmed);
        if (given.isEmpty()) {
            exitCode = CliCommand::usageError(path, DeviceCommands::tr("--serial needs at least one serial number."));
            return std::nullopt;
        }
    } else {
        auto fromCsv = serialsFromCsv(workspace, ca, parser.value(csv), purpose);
        if (!fromCsv)
            return std::nullopt;
        given = std::move(*fromCsv);
    }

    // Name every unknown serial before anything happens; the repositories check again inside their transactions.
    model::DeviceCertificateRepository& devices = workspace.devices();
    QStringList serials;
    QStringList unknown;
    QSet<QString> seen;
    for (const QString& text : std::as_const(given)) {
        const QString normalised = model::DeviceCertificateRepository::normaliseSerial(text);
        if (normalised.isEmpty()) {
            unknown.append(text);
            continue;
        }
        if (seen.contains(normalised))
            continue;
        seen.insert(normalised);
        const auto found = devices.find(ca.id, normalised);
        if (!found) {
            Console::printError(found.error());
            return std::nullopt;
        }
        if (found->has_value())
            serials.append(normalised);
        else
            unknown.append(text);
    }
    if (!unknown.isEmpty()) {
        if (purpose == Purpose::Delete)
            //: %1 is a CA name, %2 the list of serial numbers, %n how many
            Console::printError(DeviceCommands::tr("The CA '%1' has no device certificate with serial number(s) %2; "
                                                   "nothing was deleted.",
                                                   nullptr, static_cast<int>(unknown.size()))
                                    .arg(ca.name, unknown.join(QStringLiteral(", "))));
        else
            //: %1 is a CA name, %2 the list of serial numbers, %n how many
            Console::printError(DeviceCommands::tr("The CA '%1' has no device certificate with serial number(s) %2; "
                                                   "nothing was changed.",
                                                   nullptr, static_cast<int>(unknown.size()))
                                    .arg(ca.name, unknown.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    exitCode = ExitSuccess;
    return serials;
}

} // namespace iotca::app
