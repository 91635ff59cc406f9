#include "DeviceReissueCommand.h"

#include "CliCommand.h"
#include "CliWorkspace.h"
#include "Console.h"
#include "ExitCode.h"
#include "JsonOutput.h"
#include "OutputFile.h"

#include "model/jobs/DeviceReissue.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace iotca::app {

namespace {

QString profileList()
{
    QStringList names;
    for (const model::DeviceProfile& profile : model::DeviceProfile::all())
        names.append(profile.name());
    return names.join(QLatin1Char('|'));
}

} // namespace

int DeviceReissueCommand::run(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption ca(QStringLiteral("ca"), tr("The issuing CA's name."), tr("name"));
    const QCommandLineOption serial(QStringLiteral("serial"), tr("The serial number of the certificate to re-issue."),
                                    tr("serial"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("The folder for the new certificate (and key); its files must not exist yet."),
                                 tr("dir"));
    const QCommandLineOption newKey(QStringLiteral("new-key"),
                                    tr("Makes a new key pair for the device (default: the same public key; the device "
                                       "keeps its key)."));
    const QCommandLineOption key(QStringLiteral("key"),
                                 tr("The new key's type (with --new-key; default: the old key's type)."), tr("type"));
    const QCommandLineOption revokeOld(QStringLiteral("revoke-old"),
                                       tr("Also revokes the old certificate (reason superseded)."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("File names and key format: %1 (default generic).").arg(profileList()),
                                     tr("profile"));
    const QCommandLineOption days(QStringLiteral("days"),
                                  tr("Validity in days (default %1).").arg(model::defaultDeviceValidityDays), tr("n"));
    const QCommandLineOption passphraseFile(QStringLiteral("passphrase-file"),
                                            tr("Reads the CA's passphrase from the first line of <file>."), tr("file"));
    const QCommandLineOption yes = CliCommand::yesOption();
    const QCommandLineOption json = CliCommand::jsonOption();
    parser.addOptions({ca, serial, out, newKey, key, revokeOld, profile, days, passphraseFile, yes, json});
    if (const auto stop = CliCommand::parse(
            parser, path, arguments,
            tr("Issues a new certificate for the device of a certificate: the same subject, a new serial and "
               "validity, for the same public key (or with --new-key a new key, written like 'device issue' writes "
               "keys). The old certificate stays valid until it expires or is revoked; the new one supersedes it as "
               "the device's current certificate. --revoke-old revokes the old one too (reason superseded); it asks "
               "first on a terminal and, without one, needs --yes.")))
        return *stop;
    const auto required = CliCommand::requiredValues(parser, path, ca, serial, out);
    if (!required)
        return ExitUsage;
    const auto& [caName, serialValue, outValue] = *required;
    if (parser.isSet(key) && !parser.isSet(newKey))
        return CliCommand::usageError(path, tr("--key goes with --new-key: the same key keeps its type."));
    model::DeviceReissueRequest request;
    request.serial = serialValue;
    request.newKey = parser.isSet(newKey);
    request.revokeOld = parser.isSet(revokeOld);
    // Recorded with the certificate: absolute, not relative to the shell's folder of the moment.
    request.outputFolder = QDir::cleanPath(QFileInfo(outValue).absoluteFilePath());
    if (parser.isSet(key)) {
        request.keyAlgorithm = crypto::parseKeyAlgorithm(parser.value(key));
        if (!request.keyAlgorithm)
            return CliCommand::usageError(path, tr("Unknown key type '%1'.").arg(terminalSafe(parser.value(key))));
    }
    const auto profileValue =
        model::DeviceProfile::fromName(parser.isSet(profile) ? parser.value(profile) : QStringLiteral("generic"));
    if (!profileValue)
        //: %1 is what the user typed, %2 the list of profiles
        return CliCommand::usageError(
            path, tr("Unknown profile '%1'; use one of %2.").arg(terminalSafe(parser.value(profile)), profileList()));
    request.profile = *profileValue;
    const auto daysValue = CliCommand::positiveNumber(parser, days, model::defaultDeviceValidityDays, path);
    if (!daysValue)
        return ExitUsage;
    request.validityDays = *daysValue;

    auto workspace = CliWorkspace::open(CliCommand::workspacePath(parser), model::Workspace::OpenMode::ReadWrite);
    if (!workspace)
        return CliCommand::failure(workspace.error());
    auto caRecord = CliWorkspace::findCa(**workspace, caName);
    if (!caRecord)
        return CliCommand::failure(caRecord.error());
    request.caId = caRecord->id;
    // Everything is checked before the passphrase is asked for.
    const auto plan = model::DeviceReissue::plan(**workspace, request);
    if (!plan)
        return CliCommand::failure(plan.error());
    if (request.revokeOld && !parser.isSet(yes)) {
        //: %1 is a serial number, %2 a device name
        const QString question = tr("Re-issue the certificate of the device '%2' and revoke the old certificate %1 "
                                    "(reason superseded)? A device still using it is refused once the CA's next "
                                    "CRL is published.")
                                     .arg(plan->old.serialHex, plan->old.deviceName);
        switch (Console::confirm(question)) {
        case Console::Answer::Yes:
            break;
        case Console::Answer::No:
            Console::printError(tr("Nothing was re-issued or revoked."));
            return ExitFailure;
        case Console::Answer::NoTerminal:
            return CliCommand::usageError(path,
                                          tr("Refusing to revoke the old certificate without confirmation; pass "
                                             "--yes."));
        }
    }
    auto caKey = CliWorkspace::unlockCaKey(**workspace, *caRecord, parser.value(passphraseFile));
    if (!caKey)
        return CliCommand::failure(caKey.error());
    const auto result = model::DeviceReissue::run(**workspace, request, *caKey);
    if (!result)
        return CliCommand::failure(result.error());

    if (!result->warning.isEmpty())
        Console::printWarning(result->warning);
    if (parser.isSet(json)) {
        QJsonObject object = JsonOutput::device(result->record);
        object.insert(QStringLiteral("ca"), caRecord->name);
        object.insert(QStringLiteral("supersededSerial"), result->oldSerial);
        object.insert(QStringLiteral("newKey"), request.newKey);
        object.insert(QStringLiteral("revokedOld"), result->revokedOld);
        object.insert(QStringLiteral("certificateFile"), QDir::toNativeSeparators(result->certificatePath));
        object.insert(QStringLiteral("keyFile"), QDir::toNativeSeparators(result->keyPath));
        JsonOutput::print(object);
        return ExitSuccess;
    }
    const QString device = result->record.productKey + QLatin1Char('/') + result->record.deviceName;
    //: %1 is product/device, %2 the new serial number, %3 the old one
    Console::out() << terminalSafe(
        tr("Re-issued %1: the certificate %2 supersedes %3.").arg(device, result->record.serialHex, result->oldSerial))
                   << Qt::endl;
    //: %1 is a file
    Console::out() << terminalSafe(tr("Certificate: %1").arg(QDir::toNativeSeparators(result->certificatePath)))
                   << Qt::endl;
    if (!result->keyPath.isEmpty())
        //: %1 is a file
        Console::out() << terminalSafe(tr("New key: %1").arg(QDir::toNativeSeparators(result->keyPath))) << Qt::endl;
    else
        Console::out() << tr("Same key: the device keeps its private key.") << Qt::endl;
    if (result->revokedOld)
        //: %1 is a serial number, %2 a CA name
        Console::out() << terminalSafe(tr("Revoked %1 (superseded); publish a new CRL (iotca ca crl --ca \"%2\").")
                                           .arg(result->oldSerial, caRecord->name))
                       << Qt::endl;
    else
        //: %1 is a serial number, %2 a CA name
        Console::out() << terminalSafe(tr("%1 stays valid until it expires or is revoked (iotca device revoke --ca "
                                          "\"%2\" --serial %1 --reason superseded).")
                                           .arg(result->oldSerial, caRecord->name))
                       << Qt::endl;
    return ExitSuccess;
}

} // namespace iotca::app
