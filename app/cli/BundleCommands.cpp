#include "BundleCommands.h"

#include "CliWorkspace.h"
#include "Console.h"
#include "ExitCode.h"
#include "JsonOutput.h"

#include "model/bundle/TransferBundleImporter.h"
#include "model/bundle/TransferBundleReader.h"
#include "model/bundle/TransferBundleWriter.h"
#include "model/ca/CaChain.h"
#include "model/input/InputFile.h"
#include "model/workspace/VerificationCertificateLedger.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QJsonArray>

namespace iotca::app {

namespace {

using model::Workspace;

QJsonObject manifestJson(const model::TransferBundleManifest& manifest)
{
    QJsonArray registrations;
    for (const model::BundleRegistration& registration : manifest.registrations)
        registrations.append(QJsonObject {{QStringLiteral("platform"), registration.platform},
                                          {QStringLiteral("registrationCode"), registration.registrationCode},
                                          {QStringLiteral("file"), registration.file}});
    QJsonArray files;
    for (const model::BundleFile& file : manifest.files)
        files.append(QJsonObject {{QStringLiteral("name"), file.name}, {QStringLiteral("sha256"), file.sha256}});
    return {{QStringLiteral("ca"), manifest.caName},
            {QStringLiteral("caSha256Fingerprint"), manifest.caSha256Fingerprint},
            {QStringLiteral("caSubject"), manifest.caSubject},
            {QStringLiteral("caSerial"), manifest.caSerial},
            {QStringLiteral("registrations"), registrations},
            {QStringLiteral("files"), files}};
}

} // namespace

BundleCommands::BundleCommands()
    : CliCommandGroup(QStringLiteral("bundle"),
                      tr("Carries a CA from an air-gapped machine to an online one: a signed transfer bundle."))
{
    addCommand(QStringLiteral("export"),
               tr("Writes a CA's transfer bundle (certificates, verification certificates, CSVs, signed manifest)."),
               &exportBundle);
    addCommand(QStringLiteral("import"),
               tr("Checks a transfer bundle and records its CA (key held offline) and pending registrations."),
               &importBundle);
}

int BundleCommands::exportBundle(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption ca(QStringLiteral("ca"), tr("The CA's name."), tr("name"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The bundle folder: new or empty."), tr("dir"));
    const QCommandLineOption code(QStringLiteral("registration-code"),
                                  tr("A platform's registration code: a verification certificate is made for it with "
                                     "the CA key (repeatable; each with its --platform)."),
                                  tr("code"));
    const QCommandLineOption verification(QStringLiteral("verification-cert"),
                                          tr("A verification certificate made before (e.g. by `ca verification-cert`); "
                                             "its Common Name is the code (repeatable; each with its --platform)."),
                                          tr("file"));
    const QCommandLineOption platform(QStringLiteral("platform"),
                                      tr("The platform of each --registration-code, then of each --verification-cert, "
                                         "in order: aws-iot, tencent-iothub, apsaramq-mqtt, alibaba-iot."),
                                      tr("id"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("An association CSV to carry along (repeatable)."),
                                 tr("file"));
    const QCommandLineOption record(QStringLiteral("record"), tr("The ceremony record to carry along."), tr("file"));
    const QCommandLineOption passphraseFile(QStringLiteral("passphrase-file"),
                                            tr("Reads the CA's passphrase from the first line of <file>."), tr("file"));
    const QCommandLineOption json = CliCommand::jsonOption();
    parser.addOptions({ca, out, code, verification, platform, csv, record, passphraseFile, json});
    if (const auto stop = CliCommand::parse(parser, path, arguments,
                                            tr("Writes the transfer bundle of a CA into a new folder, all or nothing: "
                                               "ca.pem, chain.pem (for an intermediate), verification certificates, "
                                               "association CSVs, the ceremony record, manifest.json with the SHA-256 "
                                               "of each file and manifest.json.sig, the manifest signed with the CA "
                                               "key. A file holding a private key is refused.")))
        return *stop;
    const auto values = CliCommand::requiredValues(parser, path, ca, out);
    if (!values)
        return ExitUsage;
    const auto& [caName, folder] = *values;
    const QStringList codes = parser.values(code);
    const QStringList verificationFiles = parser.values(verification);
    const QStringList platforms = parser.values(platform);
    if (platforms.size() != codes.size() + verificationFiles.size())
        return CliCommand::usageError(path,
                                      tr("Give one --platform for each --registration-code and each "
                                         "--verification-cert, in that order."));

    // A verification certificate made here for a code is recorded (brief rule 1), so that needs write access.
    const Workspace::OpenMode mode = codes.isEmpty() ? Workspace::OpenMode::ReadOnly : Workspace::OpenMode::ReadWrite;
    auto workspace = CliWorkspace::open(CliCommand::workspacePath(parser), mode);
    if (!workspace)
        return CliCommand::failure(workspace.error());
    auto caRecord = CliWorkspace::findCa(**workspace, caName);
    if (!caRecord)
        return CliCommand::failure(caRecord.error());
    model::TransferBundleRequest request;
    request.folder = folder;
    request.caName = caRecord->name;
    auto chainPath = model::CaChain::pathOf(**workspace, caRecord->id);
    if (!chainPath)
        return CliCommand::failure(chainPath.error());
    if (!chainPath->complete)
        //: %1 is a CA name
        return CliCommand::failure(Error {tr("The issuers of the CA '%1' up to its root are not all in this workspace; "
                                             "the bundle carries the whole chain.")
                                              .arg(caRecord->name)});
    request.caCertificate = chainPath->certificates.value(0);
    request.chain = chainPath->certificates.mid(1);
    for (qsizetype i = 0; i < codes.size(); ++i)
        request.registrations.append({platforms.at(i), codes.at(i), {}, {}});
    for (qsizetype i = 0; i < verificationFiles.size(); ++i) {
        auto bytes = model::InputFile::read(verificationFiles.at(i), model::InputKind::Certificate);
        if (!bytes)
            return CliCommand::failure(bytes.error());
        auto certificate = crypto::Certificate::fromData(*bytes);
        if (!certificate)
            //: %1 is a file, %2 the reason
            return CliCommand::failure(Error {
                tr("%1: %2").arg(model::InputFile::displayPath(verificationFiles.at(i)), certificate.error().message)});
        request.registrations.append(
            {platforms.at(codes.size() + i), certificate->commonName(), *bytes, verificationFiles.at(i)});
    }
    request.associationCsvPaths = parser.values(csv);
    request.recordPath = parser.value(record);
    request.recordVerificationCertificate =
        model::VerificationCertificateLedger(**workspace)
            .recorder(caRecord->id, model::VerificationCertificatePurpose::TransferBundle);
    request.reserveVerificationSerial = model::VerificationCertificateLedger(**workspace).serialReserver(caRecord->id);
    // The key signs the manifest (and new verification certificates) and is dropped with the request.
    auto key = CliWorkspace::unlockCaKey(**workspace, *caRecord, parser.value(passphraseFile));
    if (!key)
        return CliCommand::failure(key.error());
    request.caKey = std::move(*key);
    auto written = model::TransferBundleWriter::write(request);
    request.caKey = crypto::PrivateKey();
    if (!written)
        return CliCommand::failure(written.error());

    if (parser.isSet(json)) {
        QJsonObject object = manifestJson(written->manifest);
        object.insert(QStringLiteral("folder"), folder);
        JsonOutput::print(object);
        return ExitSuccess;
    }
    //: %1 is a CA name, %2 a folder, %n the number of files
    Console::out() << tr("Wrote the transfer bundle of the CA '%1' to '%2' (%n file(s) and the signed manifest).",
                         nullptr, int(written->manifest.files.size()))
                          .arg(Console::escaped(caRecord->name), Console::escaped(QDir::toNativeSeparators(folder)))
                   << Qt::endl;
    //: %1 is a SHA-256 fingerprint
    Console::out() << tr("CA certificate SHA-256: %1").arg(written->manifest.caSha256Fingerprint) << Qt::endl;
    return ExitSuccess;
}

int BundleCommands::importBundle(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"),
                                  tr("The CA's name in this workspace (default: its name in the bundle)."), tr("name"));
    const QCommandLineOption json = CliCommand::jsonOption();
    parser.addOptions({name, json});
    parser.addPositionalArgument(QStringLiteral("dir"), tr("The bundle folder."), QStringLiteral("DIR"));
    if (const auto stop = CliCommand::parse(parser, path, arguments,
                                            tr("Checks every file of a transfer bundle against the signed manifest "
                                               "and the CA certificate, then records the CA (certificate only, key "
                                               "held offline) and its verification certificates as pending "
                                               "registrations; `ca register` uploads them. Importing the same bundle "
                                               "again changes nothing."),
                                            1, 1))
        return *stop;
    const QString folder = parser.positionalArguments().constFirst();
    // Checked before the workspace is opened for writing: a refused bundle leaves the workspace untouched.
    auto bundle = model::TransferBundleReader::read(folder);
    if (!bundle)
        return CliCommand::failure(bundle.error());
    auto workspace = CliWorkspace::open(CliCommand::workspacePath(parser), Workspace::OpenMode::ReadWrite);
    if (!workspace)
        return CliCommand::failure(workspace.error());
    auto imported = model::TransferBundleImporter::import(**workspace, *bundle, parser.value(name));
    if (!imported)
        return CliCommand::failure(imported.error());

    if (parser.isSet(json)) {
        QJsonObject object = manifestJson(bundle->manifest);
        object.insert(QStringLiteral("workspaceCa"), imported->caName);
        object.insert(QStringLiteral("manifestSha256"), bundle->manifestSha256);
        object.insert(QStringLiteral("caAdded"), imported->caAdded);
        object.insert(QStringLiteral("registrationsAdded"), imported->registrationsAdded);
        object.insert(QStringLiteral("unchanged"), imported->unchanged());
        JsonOutput::print(object);
        return ExitSuccess;
    }
    //: %1 is a SHA-256 fingerprint; compare it with the ceremony record
    Console::out() << tr("CA certificate SHA-256: %1 (compare it with the ceremony record)")
                          .arg(bundle->manifest.caSha256Fingerprint)
                   << Qt::endl;
    if (imported->unchanged()) {
        //: %1 is a CA name
        Console::out() << tr("The bundle was imported before: the CA '%1' and its pending registrations are already "
                             "recorded; nothing changed.")
                              .arg(Console::escaped(imported->caName))
                       << Qt::endl;
        return ExitSuccess;
    }
    if (imported->caAdded)
        //: %1 is a CA name
        Console::out() << tr("Recorded the CA '%1' (certificate only; its key is held offline).")
                              .arg(Console::escaped(imported->caName))
                       << Qt::endl;
    //: %n pending registrations; %1 is a CA name
    Console::out() << tr("Recorded %n pending registration(s) of the CA '%1'; upload with `iotca ca register "
                         "--account ACCOUNT '%1'`.",
                         nullptr, imported->registrationsAdded)
                          .arg(Console::escaped(imported->caName))
                   << Qt::endl;
    return ExitSuccess;
}

} // namespace iotca::app
