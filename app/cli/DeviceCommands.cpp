#include "DeviceCommands.h"

#include "BlockingPlatformConnection.h"
#include "Console.h"
#include "DeviceCertificateCommands.h"
#include "DeviceConnectionCommand.h"
#include "DeviceJobRunner.h"
#include "DeviceRegisterCommand.h"
#include "DeviceReissueCommand.h"
#include "DeviceSerialSelection.h"
#include "ExitCode.h"
#include "ExpiryFilter.h"
#include "JsonOutput.h"
#include "RemoteDeviceCommands.h"
#include "WorkspaceCommand.h"

#include "crypto/Certificate.h"
#include "model/input/InputFile.h"
#include "model/jobs/DeviceNameRules.h"
#include "model/jobs/DeviceValidity.h"
#include "model/jobs/IssueDeviceCertificatesJob.h"
#include "model/jobs/SignCsrJob.h"
#include "model/platform/DeviceConnectionDetails.h"
#include "model/registration/DeviceRegistrationPrecheck.h"
#include "model/workspace/DeviceCertificateHistory.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/RevocationRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace iotca::app {

namespace {

using model::Workspace;

QString profileList()
{
    QStringList names;
    for (const model::DeviceProfile& profile : model::DeviceProfile::all())
        names.append(profile.name());
    return names.join(QLatin1Char('|'));
}

/// The options `device issue` and `device sign-csr` share.
struct CommonOptions
{
    QCommandLineOption ca {QStringLiteral("ca"), DeviceCommands::tr("The issuing CA's name."),
                           DeviceCommands::tr("name")};
    QCommandLineOption product {QStringLiteral("product"),
                                DeviceCommands::tr("The product key (Alibaba) or product ID (Tencent)."),
                                DeviceCommands::tr("product")};
    QCommandLineOption profile {
        QStringLiteral("profile"),
        DeviceCommands::tr("File names and subject rules: %1 (default generic).").arg(profileList()),
        DeviceCommands::tr("profile")};
    QCommandLineOption out {QStringLiteral("out"),
                            DeviceCommands::tr("The output folder (created owner-only; must not hold files of the "
                                               "same names)."),
                            DeviceCommands::tr("dir")};
    QCommandLineOption csv {QStringLiteral("csv"),
                            DeviceCommands::tr("Also writes the association CSV (split per 10,000 devices)."),
                            DeviceCommands::tr("file")};
    QCommandLineOption days {QStringLiteral("days"),
                             DeviceCommands::tr("Validity in days (default %1).").arg(model::defaultDeviceValidityDays),
                             DeviceCommands::tr("n")};
    QCommandLineOption jobs {QStringLiteral("jobs"), DeviceCommands::tr("Worker threads (default: one per core)."),
                             DeviceCommands::tr("n")};
    QCommandLineOption batchSize {QStringLiteral("batch-size"),
                                  DeviceCommands::tr("Devices per transaction (default 512)."),
                                  DeviceCommands::tr("n")};
    QCommandLineOption passphraseFile {QStringLiteral("passphrase-file"),
                                       DeviceCommands::tr("Reads the CA's passphrase from the first line of <file>."),
                                       DeviceCommands::tr("file")};
    QCommandLineOption json = CliCommand::jsonOption();

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({ca, product, profile, out, csv, days, jobs, batchSize, passphraseFile, json});
    }

    /// The parameters, or nothing after a usage error was printed.
    std::optional<model::DeviceBatchParameters> read(const QCommandLineParser& parser, const QString& path,
                                                     const QCommandLineOption* archive = nullptr) const
    {
        model::DeviceBatchParameters parameters;
        const auto productValue = CliCommand::requiredValue(parser, product, path);
        if (!productValue)
            return std::nullopt;
        if (archive && parser.isSet(*archive)) {
            if (parser.isSet(out) || parser.isSet(csv)) {
                (void)CliCommand::usageError(
                    path, DeviceCommands::tr("--archive holds the files and the CSV: give neither --out nor --csv."));
                return std::nullopt;
            }
            parameters.archivePath = QDir::cleanPath(QFileInfo(parser.value(*archive)).absoluteFilePath());
        }
        const auto outValue = parameters.archivePath.isEmpty()
            ? CliCommand::requiredValue(parser, out, path)
            : std::optional(QFileInfo(parameters.archivePath).path());
        if (!outValue)
            return std::nullopt;
        const auto profileValue =
            model::DeviceProfile::fromName(parser.isSet(profile) ? parser.value(profile) : QStringLiteral("generic"));
        if (!profileValue) {
            //: %1 is what the user typed, %2 the list of profiles
            (void)CliCommand::usageError(
                path,
                DeviceCommands::tr("Unknown profile '%1'; use one of %2.").arg(parser.value(profile), profileList()));
            return std::nullopt;
        }
        const auto daysValue = CliCommand::positiveNumber(parser, days, model::defaultDeviceValidityDays, path);
        const auto jobsValue = daysValue ? CliCommand::positiveNumber(parser, jobs, 0, path) : std::nullopt;
        const auto batchValue = jobsValue ? CliCommand::positiveNumber(parser, batchSize, 512, path) : std::nullopt;
        if (!batchValue)
            return std::nullopt;
        parameters.productKey = *productValue;
        parameters.profile = *profileValue;
        // Recorded with the devices: absolute, not relative to the shell's folder of the moment.
        parameters.outputFolder = QDir::cleanPath(QFileInfo(*outValue).absoluteFilePath());
        parameters.csvPath =
            parser.isSet(csv) ? QDir::cleanPath(QFileInfo(parser.value(csv)).absoluteFilePath()) : QString();
        parameters.validityDays = *daysValue;
        parameters.threads = *jobsValue;
        parameters.batchSize = *batchValue;
        return parameters;
    }
};

/// --names a,b,c | --names-file F | --count N --name-prefix P; nothing after a usage error was printed.
std::optional<model::DeviceNameSequence> deviceNames(const QCommandLineParser& parser, const QCommandLineOption& names,
                                                     const QCommandLineOption& namesFile,
                                                     const QCommandLineOption& count, const QCommandLineOption& prefix,
                                                     const QString& path)
{
    const int given = int(parser.isSet(names)) + int(parser.isSet(namesFile)) + int(parser.isSet(count));
    if (given != 1) {
        (void)CliCommand::usageError(path,
                                     DeviceCommands::tr("Give exactly one of --names, --names-file and --count."));
        return std::nullopt;
    }
    if (parser.isSet(names))
        return parser.value(names).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(namesFile)) {
        // Bounded (InputKind::DeviceNames): a link to /dev/zero or a huge file is refused before it is read.
        const auto data = model::InputFile::read(parser.value(namesFile), model::InputKind::DeviceNames);
        if (!data) {
            (void)CliCommand::failure(data.error());
            return std::nullopt;
        }
        // Each name is checked here, so that a bad one is reported with the file and its line.
        const QString shown = model::InputFile::displayPath(parser.value(namesFile));
        QStringList list;
        QHash<QString, int> firstLine;
        int lineNumber = 0;
        for (const QByteArray& rawLine : data->split('\n')) {
            ++lineNumber;
            const QString line = QString::fromUtf8(rawLine).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            Status valid = model::DeviceNameRules::checkDeviceName(line);
            if (valid && firstLine.contains(line))
                //: %1 is a device name, %2 a line number
                valid = Error {DeviceCommands::tr("the device name '%1' is already on line %2")
                                   .arg(line)
                                   .arg(firstLine.value(line))};
            if (!valid) {
                //: %1 is a file, %2 a line number, %3 what is wrong (a sentence)
                (void)CliCommand::failure(
                    Error {DeviceCommands::tr("%1:%2: %3").arg(shown).arg(lineNumber).arg(valid.error().message),
                           {},
                           valid.error().code});
                return std::nullopt;
            }
            firstLine.insert(line, lineNumber);
            list.append(line);
        }
        if (list.isEmpty()) {
            //: %1 is a file
            (void)CliCommand::failure(
                Error {DeviceCommands::tr("The names file '%1' lists no device name.").arg(shown)});
            return std::nullopt;
        }
        return list;
    }
    const auto countValue = CliCommand::positiveNumber(parser, count, 0, path);
    if (!countValue)
        return std::nullopt;
    const auto prefixValue = CliCommand::requiredValue(parser, prefix, path);
    if (!prefixValue)
        return std::nullopt;
    // Made on demand: `--count 1000000` holds no list of a million names (issue 21).
    return model::DeviceNameSequence::numbered(*prefixValue, *countValue);
}

} // namespace

DeviceCommands::DeviceCommands()
    : CliCommandGroup(QStringLiteral("device"), tr("Issues and lists device certificates."))
{
    addCommand(QStringLiteral("issue"), tr("Issues device keys and certificates in bulk."), &issue);
    addCommand(QStringLiteral("sign-csr"), tr("Signs the devices' own certificate requests in bulk."), &signCsr);
    addCommand(QStringLiteral("list"), tr("Lists the device certificates of a CA."), &list);
    DeviceCertificateCommands::addTo(*this);
    addCommand(QStringLiteral("reissue"), tr("Issues a new certificate for a device (same or new key)."),
               &DeviceReissueCommand::run);
    addCommand(QStringLiteral("delete"),
               tr("Deletes device certificates from the workspace, or with --account on the platform."), &remove);
    addCommand(QStringLiteral("register"), tr("Registers device certificates on a platform account (Tencent, AWS)."),
               &DeviceRegisterCommand::run);
    addCommand(QStringLiteral("activate"), tr("Activates device certificates on a platform account."),
               &RemoteDeviceCommands::activate);
    addCommand(QStringLiteral("deactivate"), tr("Deactivates device certificates on a platform account."),
               &RemoteDeviceCommands::deactivate);
    addCommand(QStringLiteral("remote-list"), tr("Lists the device certificates a platform knows for a CA."),
               &RemoteDeviceCommands::remoteList);
    addCommand(QStringLiteral("connection"), tr("Writes what devices need to connect (connection.json, README)."),
               &DeviceConnectionCommand::run);
}

int DeviceCommands::issue(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const CommonOptions common;
    const QCommandLineOption names(QStringLiteral("names"), tr("Comma-separated device names."), tr("list"));
    const QCommandLineOption namesFile(QStringLiteral("names-file"), tr("Device names, one per line."), tr("file"));
    const QCommandLineOption count(QStringLiteral("count"), tr("Number of devices to name with --name-prefix."),
                                   tr("n"));
    const QCommandLineOption prefix(QStringLiteral("name-prefix"), tr("Prefix of numbered device names."),
                                    tr("prefix"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 tr("The device key type (default ec:P-256; rsa:2048 for "
                                    "alibaba-iot)."),
                                 tr("type"));
    const QCommandLineOption registerOption(QStringLiteral("register"),
                                            tr("Then registers the new device certificates on --account (Tencent, "
                                               "AWS: like device register)."));
    const QCommandLineOption account(QStringLiteral("account"),
                                     tr("The platform account the devices connect to: connection.json and "
                                        "CONNECTION-README.txt are written beside the device files."),
                                     tr("name"));
    const QCommandLineOption archive(QStringLiteral("archive"),
                                     tr("Writes one ZIP archive instead of --out and --csv: every device's files, the "
                                        "association CSV and SHA256SUMS. All or nothing."),
                                     tr("file.zip"));
    common.addTo(parser);
    parser.addOptions({names, namesFile, count, prefix, key, registerOption, account, archive});
    if (const auto stop = parse(parser, path, arguments,
                                tr("Issues a key and a certificate for each device, writes them with the profile's "
                                   "file names, records them in the workspace and writes the association CSV. With "
                                   "--account A, also writes what the devices need to connect to A's platform; with "
                                   "--register, then registers them on A.")))
        return *stop;
    if (parser.isSet(registerOption) && !parser.isSet(account))
        return usageError(path, tr("--register needs --account."));
    if (parser.isSet(archive) && parser.isSet(account))
        return usageError(path,
                          tr("--account writes files beside the device files: it cannot be combined with "
                             "--archive."));
    auto parameters = common.read(parser, path, &archive);
    if (!parameters)
        return ExitUsage;
    const auto caName = requiredValue(parser, common.ca, path);
    if (!caName)
        return ExitUsage;
    const auto list = deviceNames(parser, names, namesFile, count, prefix, path);
    if (!list)
        return ExitUsage;
    const QString keyText = parser.isSet(key)                              ? parser.value(key)
        : parameters->profile.id() == model::DeviceProfile::Id::AlibabaIot ? QStringLiteral("rsa:2048")
                                                                           : QStringLiteral("ec:P-256");
    const auto algorithm = crypto::parseKeyAlgorithm(keyText);
    if (!algorithm)
        return usageError(path, tr("Unknown key type '%1'.").arg(keyText));

    return WorkspaceCommand::onCa(parser, Workspace::OpenMode::ReadWrite, *caName, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        model::CaRecord& ca = opened.ca();
        parameters->caId = ca.id;
        // Everything is checked before the passphrase is asked for and before any key is generated.
        if (Status valid = model::IssueDeviceCertificatesJob::validate(workspace, *parameters, *list, *algorithm);
            !valid)
            return failure(valid.error());
        std::optional<model::DeviceConnectionDetails> connection;
        if (parser.isSet(account)) {
            auto accountRecord = BlockingPlatformConnection::findAccount(workspace, parser.value(account));
            if (!accountRecord)
                return failure(accountRecord.error());
            auto details = model::DeviceConnectionDetails::forAccountRecord(*accountRecord);
            if (!details)
                return failure(details.error());
            connection = std::move(*details);
            if (parser.isSet(registerOption)) {
                if (Status ready = model::DeviceRegistrationPrecheck::check(workspace, ca.id, *accountRecord); !ready)
                    return failure(ready.error());
            }
        }
        auto caKey = opened.unlockCaKey(parser.value(common.passphraseFile));
        if (!caKey)
            return failure(caKey.error());

        model::IssueDeviceCertificatesJob job(workspace, *parameters, *list, *algorithm, std::move(*caKey));
        const bool json = parser.isSet(common.json);
        if (!connection)
            return DeviceJobRunner::run(job, ca, tr("Issuing device certificates"),
                                        crypto::keyAlgorithmName(*algorithm), json);
        // Issue, then write the connection details beside the files and register what was issued: the certificates
        // stay issued and recorded whatever follows (`device connection` and `device register` take it up again).
        QJsonObject issued;
        const int issueExit =
            DeviceJobRunner::run(job, ca, tr("Issuing device certificates"), crypto::keyAlgorithmName(*algorithm), json,
                                 json ? &issued : nullptr);
        if (issueExit != ExitSuccess) {
            if (json)
                JsonOutput::print(issued);
            return issueExit;
        }
        const auto caCertificate = crypto::Certificate::fromDer(ca.certificateDer);
        auto written = caCertificate ? connection->write(parameters->outputFolder, *caCertificate, true)
                                     : Result<QStringList>(caCertificate.error());
        if (!written) {
            if (json)
                JsonOutput::print(issued);
            return failure(written.error());
        }
        if (json) {
            issued.insert(QStringLiteral("connectionFiles"), QJsonArray::fromStringList(*written));
        } else {
            //: %1 is a list of files
            Console::out() << tr("Connection details: %1").arg(written->join(QStringLiteral(", "))) << Qt::endl;
        }
        if (!parser.isSet(registerOption)) {
            if (json)
                JsonOutput::print(issued);
            return ExitSuccess;
        }
        QStringList serials;
        for (const model::IssuedDeviceFiles& files : job.issued())
            serials << files.serialHex;
        QJsonObject registration;
        const int registerExit = DeviceRegisterCommand::registerSerials(workspace, ca, parser.value(account), serials,
                                                                        true, json ? &registration : nullptr);
        if (json) {
            issued.insert(QStringLiteral("registration"), registration);
            JsonOutput::print(issued);
        }
        return registerExit;
    });
}

int DeviceCommands::signCsr(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const CommonOptions common;
    const QCommandLineOption csrDir(QStringLiteral("csr-dir"),
                                    tr("Folder of certificate requests (*.csr, *.req, *.pem, *.der); each file's base "
                                       "name is the device name."),
                                    tr("dir"));
    common.addTo(parser);
    parser.addOption(csrDir);
    if (const auto stop = parse(parser, path, arguments,
                                tr("Signs a certificate for each request in a folder after verifying its signature, "
                                   "records them in the workspace and writes the association CSV.")))
        return *stop;
    auto parameters = common.read(parser, path);
    if (!parameters)
        return ExitUsage;
    const auto required = requiredValues(parser, path, common.ca, csrDir);
    if (!required)
        return ExitUsage;
    const auto& [caName, folder] = *required;

    return WorkspaceCommand::onCa(parser, Workspace::OpenMode::ReadWrite, caName, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        model::CaRecord& ca = opened.ca();
        parameters->caId = ca.id;
        if (Status valid = model::SignCsrJob::validate(workspace, *parameters, folder); !valid)
            return failure(valid.error());
        auto caKey = opened.unlockCaKey(parser.value(common.passphraseFile));
        if (!caKey)
            return failure(caKey.error());

        model::SignCsrJob job(workspace, *parameters, folder, std::move(*caKey));
        return DeviceJobRunner::run(job, ca, tr("Signing device certificates"), QString(), parser.isSet(common.json));
    });
}

int DeviceCommands::list(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption ca(QStringLiteral("ca"), tr("The CA's name."), tr("name"));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption expiring = ExpiryFilter::option();
    parser.addOptions({ca, json, expiring});
    if (const auto stop = parse(parser, path, arguments,
                                tr("Lists the device certificates of a CA, by serial, with their state: revoked, "
                                   "expired, expiring (within 30 days, or --expiring days) or valid; then what the "
                                   "platform said at the last sync (platform:STATE), or DIFFERS:STATE where the "
                                   "workspace and the platform disagree; last 'superseded' where a newer, unrevoked "
                                   "certificate of the same device (a re-issue) replaced it.")))
        return *stop;
    const auto caName = requiredValue(parser, ca, path);
    if (!caName)
        return ExitUsage;
    int exitCode = ExitSuccess;
    const auto filter = ExpiryFilter::read(parser, expiring, path, exitCode);
    if (!filter)
        return exitCode;
    return WorkspaceCommand::onCa(parser, Workspace::OpenMode::ReadOnly, *caName, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        model::CaRecord& record = opened.ca();
        auto devices = workspace.devices().listForCa(record.id);
        if (!devices)
            return failure(devices.error());
        auto revoked = model::RevocationRepository(workspace).revokedSerials(record.id);
        if (!revoked)
            return failure(revoked.error());
        // Every certificate is listed; one a newer, unrevoked certificate of its device replaced is marked
        // superseded.
        auto superseded = model::DeviceCertificateHistory::supersededSerials(workspace, record.id);
        if (!superseded)
            return failure(superseded.error());

        QJsonArray array;
        for (const model::DeviceCertificateRecord& device : *devices) {
            if (!filter->accepts(device.notAfter))
                continue;
            const bool isRevoked = revoked->contains(device.serialHex);
            const QString state = filter->state(device.notAfter, isRevoked);
            if (parser.isSet(json)) {
                QJsonObject object = JsonOutput::device(device);
                object.insert(QStringLiteral("revoked"), isRevoked);
                object.insert(QStringLiteral("state"), state);
                object.insert(QStringLiteral("superseded"), superseded->contains(device.serialHex));
                array.append(object);
                continue;
            }
            Console::out() << Console::escaped(device.productKey) << QLatin1Char(' ')
                           << Console::escaped(device.deviceName).leftJustified(32) << QLatin1Char(' ')
                           << device.serialHex << QLatin1Char(' ') << model::deviceCertificateStatusName(device.status)
                           << QLatin1Char(' ') << JsonOutput::time(device.notAfter) << QLatin1Char(' ') << state;
            // The platform's word at the last read-back, marked where the record disagrees with it.
            if (device.platformState != model::PlatformDeviceState::Unread || device.differsFromPlatform) {
                Console::out() << QLatin1Char(' ') << (device.differsFromPlatform ? "DIFFERS:" : "platform:")
                               << model::platformDeviceStateName(device.platformState);
            }
            if (superseded->contains(device.serialHex))
                Console::out() << " superseded";
            Console::out() << Qt::endl;
        }
        if (parser.isSet(json))
            JsonOutput::print(QJsonObject {{QStringLiteral("ca"), record.name}, {QStringLiteral("devices"), array}});
        return ExitSuccess;
    });
}

int DeviceCommands::remove(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption ca(QStringLiteral("ca"), tr("The CA's name."), tr("name"));
    const QCommandLineOption serial(QStringLiteral("serial"),
                                    tr("A serial number to delete (repeat the option or separate with commas)."),
                                    tr("serial"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 tr("Deletes the CertSN of every row of this association CSV (each row must match a "
                                    "device certificate of the CA)."),
                                 tr("file"));
    const QCommandLineOption account(QStringLiteral("account"),
                                     tr("Deletes them on this platform account instead; the workspace keeps them, "
                                        "marked Deleted."),
                                     tr("name"));
    const QCommandLineOption yes = yesOption();
    parser.addOptions({ca, serial, csv, account, yes});
    if (const auto stop = parse(parser, path, arguments,
                                tr("Deletes device certificates from the workspace (not from a platform), all or "
                                   "none. With --account, deletes them on that platform account instead and marks "
                                   "them Deleted in the workspace. Asks first on a terminal; without one, needs "
                                   "--yes.")))
        return *stop;
    const auto caName = requiredValue(parser, ca, path);
    if (!caName)
        return ExitUsage;
    if (!DeviceSerialSelection::checkExactlyOne(parser, serial, csv, path))
        return ExitUsage;

    return WorkspaceCommand::onCa(parser, Workspace::OpenMode::ReadWrite, *caName, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        model::CaRecord& record = opened.ca();
        int exitCode = ExitSuccess;
        const auto serials = DeviceSerialSelection::select(workspace, record, parser, serial, csv, path,
                                                           DeviceSerialSelection::Purpose::Delete, exitCode);
        if (!serials)
            return exitCode;
        if (parser.isSet(account))
            return RemoteDeviceCommands::deleteOnPlatform(path, workspace, record, parser.value(account), *serials,
                                                          parser.isSet(yes));

        if (!parser.isSet(yes)) {
            //: %1 is a CA name, %n the number of device certificates
            const QString question =
                tr("Delete %n device certificate(s) of the CA '%1' from the workspace? This cannot "
                   "be undone.",
                   nullptr, static_cast<int>(serials->size()))
                    .arg(record.name);
            switch (Console::confirm(question)) {
            case Console::Answer::Yes:
                break;
            case Console::Answer::No:
                Console::printError(tr("No device certificate was deleted."));
                return ExitFailure;
            case Console::Answer::NoTerminal:
                return usageError(path,
                                  tr("Refusing to delete device certificates of the CA '%1' without "
                                     "confirmation; pass --yes.")
                                      .arg(record.name));
            }
        }
        const auto deleted = workspace.devices().remove(record.id, *serials);
        if (!deleted)
            return failure(deleted.error());
        //: %1 is a CA name, %n the number of device certificates
        Console::out() << tr("Deleted %n device certificate(s) of the CA '%1'.", nullptr, *deleted).arg(record.name)
                       << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace iotca::app
