#include "RemoteCaCommands.h"

#include "BlockingPlatformConnection.h"
#include "CliCommand.h"
#include "CliWorkspace.h"
#include "Console.h"
#include "ExitCode.h"
#include "JsonOutput.h"
#include "OfflineBundleCommand.h"
#include "PendingVerification.h"
#include "PlatformJsonOutput.h"
#include "WorkspaceCommand.h"

#include "model/ModelErrorCode.h"
#include "model/platform/PlatformConnector.h"
#include "model/registration/CaRegistrationPrecheck.h"
#include "model/registration/RegistrationJobs.h"
#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/PlatformAccountRepository.h"

#include <QHash>
#include <QJsonArray>

namespace iotca::app {

namespace {

using model::Workspace;

QCommandLineOption accountOption()
{
    return QCommandLineOption(QStringLiteral("account"), RemoteCaCommands::tr("The platform account's name."),
                              RemoteCaCommands::tr("name"));
}

/// What the commands on one registered CA share: the workspace, the CA and the account's session.
struct Target
{
    std::unique_ptr<Workspace> workspace;
    model::CaRecord ca;
    std::unique_ptr<BlockingPlatformConnection> session;
};

/// Opens the workspace, finds the CA and the account and opens the session; ExitSuccess, else the exit code after
/// the error was printed.
int openTarget(const QString& folder, Workspace::OpenMode mode, const QString& caName, const QString& accountName,
               Target& target)
{
    auto workspace = CliWorkspace::open(folder, mode);
    if (!workspace)
        return CliCommand::failure(workspace.error());
    target.workspace = std::move(*workspace);
    if (!caName.isEmpty()) {
        auto ca = CliWorkspace::findCa(*target.workspace, caName);
        if (!ca)
            return CliCommand::failure(ca.error());
        target.ca = std::move(*ca);
    }
    auto account = BlockingPlatformConnection::findAccount(*target.workspace, accountName);
    if (!account)
        return CliCommand::failure(account.error());
    auto session = BlockingPlatformConnection::open(*target.workspace, *account);
    if (!session)
        return BlockingPlatformConnection::failure(session.error());
    target.session = std::move(*session);
    return ExitSuccess;
}

/// Workspace CA names by the platform's remote id (from the account's registrations) and by serial.
QHash<QString, QString> workspaceCaNames(const Workspace& workspace, qint64 accountId)
{
    QHash<QString, QString> names;
    if (auto cas = workspace.cas().list()) {
        for (const model::CaRecord& ca : std::as_const(*cas))
            names.insert(QStringLiteral("serial:") + ca.serialHex.toUpper(), ca.name);
    }
    if (auto registrations = workspace.registrations().forAccount(accountId)) {
        for (const model::CaRegistrationRecord& registration : std::as_const(*registrations)) {
            if (auto ca = workspace.cas().get(registration.caId))
                names.insert(QStringLiteral("remote:") + registration.remoteId, ca->name);
        }
    }
    return names;
}

} // namespace

QString RemoteCaCommands::remoteNameHint(const Error& error)
{
    if (error.code != model::ErrorCode::CaName && error.code != model::ErrorCode::CaNameTaken)
        return {};
    return tr("pass --remote-name NAME to register the CA under a name the platform accepts (the workspace keeps "
              "its own name).");
}

int RemoteCaCommands::registerCa(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption account = accountOption();
    const QCommandLineOption code(QStringLiteral("code"),
                                  tr("The registration code (default: fetched from the platform; required for "
                                     "tencent-iothub and alibaba-iot, whose consoles show it, and with --out)."),
                                  tr("code"));
    const QCommandLineOption remoteName(QStringLiteral("remote-name"),
                                        tr("The CA's name on the platform (default: its name in the workspace)."),
                                        tr("name"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("Sends nothing: writes the upload bundle (CA certificate, verification certificate "
                                    "for --code, README with the steps) to <dir> instead. Required for alibaba-iot."),
                                 tr("dir"));
    const QCommandLineOption passphraseFile(QStringLiteral("passphrase-file"),
                                            tr("Reads the CA's passphrase from the first line of <file>."), tr("file"));
    const QCommandLineOption json = CliCommand::jsonOption();
    parser.addOptions({account, code, remoteName, out, passphraseFile, json});
    parser.addPositionalArgument(QStringLiteral("name"), tr("The CA's name."), QStringLiteral("NAME"));
    if (const auto stop =
            CliCommand::parse(parser, path, arguments,
                              tr("Registers a CA with a platform account: fetches the registration code (unless "
                                 "--code), makes the verification certificate with the CA's key, uploads both and "
                                 "records the registration. With --out (offline, e.g. on an air-gapped machine), and "
                                 "always for an alibaba-iot account (no API), writes the upload bundle to finish the "
                                 "registration with instead."),
                              1, 1))
        return *stop;
    const auto accountName = CliCommand::requiredValue(parser, account, path);
    if (!accountName)
        return ExitUsage;

    return WorkspaceCommand::onNamedCa(parser, Workspace::OpenMode::ReadWrite, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        model::CaRecord& ca = opened.ca();
        auto accountRecord = BlockingPlatformConnection::findAccount(workspace, *accountName);
        if (!accountRecord)
            return CliCommand::failure(accountRecord.error());
        if (parser.isSet(out) || model::parsePlatformId(accountRecord->platformId) == model::PlatformId::AliyunIot) {
            OfflineBundleCommand::Request request {parser.value(code), parser.value(remoteName), parser.value(out),
                                                   parser.value(passphraseFile), parser.isSet(json)};
            return OfflineBundleCommand::run(path, workspace, ca, *accountRecord, request);
        }

        auto session = BlockingPlatformConnection::open(workspace, *accountRecord);
        if (!session)
            return BlockingPlatformConnection::failure(session.error());
        const model::PlatformConnector& connector = (*session)->connector();
        if (!connector.capabilities().registrationCodeFromApi && parser.value(code).isEmpty() && ca.hasStoredKey()) {
            //: %1 is a platform such as "Tencent Cloud IoT Hub"
            return CliCommand::usageError(path,
                                          tr("%1 shows the registration code only in its console: pass it with "
                                             "--code.")
                                              .arg(model::platformDisplayName(connector.account().platform)));
        }

        // A CA whose key is held offline registers with the verification certificate its transfer bundle brought.
        auto pending = PendingVerification::find(workspace, ca, *accountRecord, parser.value(code));
        if (!pending)
            return CliCommand::failure(pending.error());
        const QString givenCode = pending->has_value() ? (*pending)->registrationCode : parser.value(code);
        // Everything that can be checked here is, before the passphrase is asked for (the same checks as the
        // wizard's).
        if (Status checked = model::CaRegistrationPrecheck::check(workspace, ca, *accountRecord,
                                                                  parser.value(remoteName), givenCode,
                                                                  pending->has_value());
            !checked)
            return BlockingPlatformConnection::failure(checked.error(), remoteNameHint(checked.error()));

        model::RegisterCaRequest request;
        request.caId = ca.id;
        request.registrationCode = givenCode;
        request.remoteName = parser.value(remoteName);
        if (pending->has_value()) {
            request.recordedVerificationPem = (*pending)->verificationPem;
        } else {
            auto caKey = opened.unlockCaKey(parser.value(passphraseFile));
            if (!caKey)
                return CliCommand::failure(caKey.error());
            request.caKey = std::move(*caKey);
        }
        model::RegisterCaJob job(model::AccountAccess::openedAs((*session)->service()), std::move(request));
        auto registered = (*session)->run(job);
        if (!registered)
            return BlockingPlatformConnection::failure(registered.error(), remoteNameHint(registered.error()));
        if (pending->has_value())
            PendingVerification::markUsed(workspace, **pending, accountRecord->id);
        if (parser.isSet(json)) {
            JsonOutput::print(PlatformJsonOutput::registration(*registered, ca.name, accountRecord->name));
            return ExitSuccess;
        }
        //: %1 is a CA name, %2 an account name, %3 the platform's id of the CA, %4 a status such as "Activated"
        Console::out() << tr("Registered the CA '%1' with the platform account '%2' as '%3' (%4).")
                              .arg(ca.name, accountRecord->name, registered->remoteId,
                                   model::registrationStatusDisplayName(registered->status))
                       << Qt::endl;
        return ExitSuccess;
    });
}

int RemoteCaCommands::activate(const QString& path, const QStringList& arguments)
{
    return setStatus(path, arguments, model::RegistrationStatus::Activated);
}

int RemoteCaCommands::deactivate(const QString& path, const QStringList& arguments)
{
    return setStatus(path, arguments, model::RegistrationStatus::Inactivated);
}

int RemoteCaCommands::setStatus(const QString& path, const QStringList& arguments, model::RegistrationStatus target)
{
    const bool activating = target == model::RegistrationStatus::Activated;
    QCommandLineParser parser;
    const QCommandLineOption account = accountOption();
    parser.addOption(account);
    parser.addPositionalArgument(QStringLiteral("name"), tr("The CA's name."), QStringLiteral("NAME"));
    const QString description = activating
        ? tr("Activates a registered CA on the platform; its recorded device certificates that were deactivated with "
             "it become Associated again.")
        : tr("Deactivates a registered CA on the platform; its Associated device certificates are deactivated with "
             "it (the platform does the same).");
    if (const auto stop = CliCommand::parse(parser, path, arguments, description, 1, 1))
        return *stop;
    const auto accountName = CliCommand::requiredValue(parser, account, path);
    if (!accountName)
        return ExitUsage;
    Target opened;
    if (const int exitCode = openTarget(CliCommand::workspacePath(parser), Workspace::OpenMode::ReadWrite,
                                        parser.positionalArguments().constFirst(), *accountName, opened);
        exitCode != ExitSuccess)
        return exitCode;

    model::CaStatusJob job(model::AccountAccess::openedAs(opened.session->service()), opened.ca.id, target);
    auto outcome = opened.session->run(job);
    if (!outcome)
        return BlockingPlatformConnection::failure(outcome.error());
    if (activating)
        //: %1 is a CA name, %2 an account name, %n the number of device certificates
        Console::out() << tr("Activated the CA '%1' on the platform account '%2'; %n device certificate(s) "
                             "reactivated.",
                             nullptr, outcome->devicesChanged)
                              .arg(opened.ca.name, opened.session->account().name)
                       << Qt::endl;
    else
        //: %1 is a CA name, %2 an account name, %n the number of device certificates
        Console::out() << tr("Deactivated the CA '%1' on the platform account '%2'; %n device certificate(s) "
                             "deactivated.",
                             nullptr, outcome->devicesChanged)
                              .arg(opened.ca.name, opened.session->account().name)
                       << Qt::endl;
    return ExitSuccess;
}

int RemoteCaCommands::deleteOnPlatform(const QString& path, const QString& workspaceFolder, const QString& caName,
                                       const QString& accountName, bool yes)
{
    Target opened;
    if (const int exitCode = openTarget(workspaceFolder, Workspace::OpenMode::ReadWrite, caName, accountName, opened);
        exitCode != ExitSuccess)
        return exitCode;
    const QString& account = opened.session->account().name;
    if (!yes) {
        //: %1 is a CA name, %2 an account name
        const QString question = tr("Delete the CA '%1' on the platform account '%2'? The platform deletes its device "
                                    "certificates with it. This cannot be undone.")
                                     .arg(opened.ca.name, account);
        switch (Console::confirm(question)) {
        case Console::Answer::Yes:
            break;
        case Console::Answer::No:
            Console::printError(tr("The CA '%1' was not deleted on the platform.").arg(opened.ca.name));
            return ExitFailure;
        case Console::Answer::NoTerminal:
            return CliCommand::usageError(path,
                                          tr("Refusing to delete the CA '%1' on the platform account '%2' "
                                             "without confirmation; pass --yes.")
                                              .arg(opened.ca.name, account));
        }
    }
    model::DeleteCaJob job(model::AccountAccess::openedAs(opened.session->service()), opened.ca.id);
    auto outcome = opened.session->run(job);
    if (!outcome)
        return BlockingPlatformConnection::failure(outcome.error());
    //: %1 is a CA name, %2 an account name, %n the number of device certificates
    Console::out() << tr("Deleted the CA '%1' on the platform account '%2'; %n device certificate(s) deleted. The "
                         "workspace keeps the CA.",
                         nullptr, outcome->devicesChanged)
                          .arg(opened.ca.name, account)
                   << Qt::endl;
    return ExitSuccess;
}

int RemoteCaCommands::remoteList(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption account = accountOption();
    const QCommandLineOption json = CliCommand::jsonOption();
    parser.addOptions({account, json});
    if (const auto stop = CliCommand::parse(parser, path, arguments,
                                            tr("Lists the CA certificates of a platform account as the platform "
                                               "reports them (nothing is recorded).")))
        return *stop;
    const auto accountName = CliCommand::requiredValue(parser, account, path);
    if (!accountName)
        return ExitUsage;
    Target opened;
    if (const int exitCode =
            openTarget(CliCommand::workspacePath(parser), Workspace::OpenMode::ReadOnly, {}, *accountName, opened);
        exitCode != ExitSuccess)
        return exitCode;
    auto cas = opened.session->await<QList<model::RemoteCaCertificate>>(
        [&](auto done) { opened.session->service().listRemoteCas(std::move(done)); });
    if (!cas)
        return BlockingPlatformConnection::failure(cas.error());

    const QHash<QString, QString> names = workspaceCaNames(*opened.workspace, opened.session->account().id);
    QJsonArray array;
    for (const model::RemoteCaCertificate& ca : std::as_const(*cas)) {
        const QJsonObject object =
            PlatformJsonOutput::remoteCa(ca,
                                         names.value(QStringLiteral("remote:") + ca.remoteId,
                                                     names.value(QStringLiteral("serial:") + ca.serialHex.toUpper())));
        if (parser.isSet(json)) {
            array.append(object);
            continue;
        }
        const QString workspaceCa = object.value(QStringLiteral("workspaceCa")).toString();
        Console::out() << Console::escaped(ca.remoteId) << QLatin1Char(' ')
                       << Console::escaped(ca.name).leftJustified(24) << QLatin1Char(' ')
                       << Console::escaped(object.value(QStringLiteral("serial")).toString()) << QLatin1Char(' ')
                       << object.value(QStringLiteral("status")).toString().leftJustified(8) << QLatin1Char(' ')
                       << JsonOutput::time(ca.notAfter) << QLatin1Char(' ')
                       << (workspaceCa.isEmpty() ? QStringLiteral("-") : Console::escaped(workspaceCa)) << Qt::endl;
    }
    if (parser.isSet(json))
        JsonOutput::print(QJsonObject {{QStringLiteral("account"), opened.session->account().name},
                                       {QStringLiteral("platform"), opened.session->account().platformId},
                                       {QStringLiteral("cas"), array}});
    return ExitSuccess;
}

int RemoteCaCommands::sync(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption account(QStringLiteral("account"),
                                     tr("Syncs only this platform account (default: every account with an API)."),
                                     tr("name"));
    const QCommandLineOption json = CliCommand::jsonOption();
    parser.addOptions({account, json});
    if (const auto stop = CliCommand::parse(parser, path, arguments,
                                            tr("Reads the CAs of the platform accounts and updates the recorded "
                                               "registrations' statuses; a registration the platform no longer "
                                               "knows is marked Deleted.")))
        return *stop;
    return WorkspaceCommand::onWorkspace(parser, Workspace::OpenMode::ReadWrite, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        QList<model::PlatformAccountRecord> accounts;
        if (parser.isSet(account)) {
            auto found = BlockingPlatformConnection::findAccount(workspace, parser.value(account));
            if (!found)
                return CliCommand::failure(found.error());
            accounts.append(*found);
        } else {
            auto all = workspace.accounts().list();
            if (!all)
                return CliCommand::failure(all.error());
            for (const model::PlatformAccountRecord& record : std::as_const(*all)) {
                if (model::parsePlatformId(record.platformId) != model::PlatformId::AliyunIot)
                    accounts.append(record);
            }
        }

        int exitCode = ExitSuccess;
        QJsonArray results;
        for (const model::PlatformAccountRecord& record : std::as_const(accounts)) {
            QJsonObject result {{QStringLiteral("account"), record.name}};
            Result<model::SyncOutcome> outcome = Error {};
            if (auto session = BlockingPlatformConnection::open(workspace, record)) {
                model::SyncJob job(model::AccountAccess::openedAs((*session)->service()));
                outcome = (*session)->run(job);
            } else
                outcome = session.error();
            if (!outcome) {
                Error named = outcome.error();
                //: %1 is an account name, %2 why syncing it failed
                named.message = tr("%1: %2").arg(record.name, named.message);
                exitCode = BlockingPlatformConnection::failure(named);
                result.insert(QStringLiteral("error"),
                              QJsonObject {{QStringLiteral("message"), outcome.error().message},
                                           {QStringLiteral("code"), outcome.error().code}});
                results.append(result);
                if (outcome.error().code == model::ErrorCode::Cancelled)
                    break;
                continue;
            }
            result.insert(QStringLiteral("checked"), outcome->checked);
            result.insert(QStringLiteral("changed"), outcome->changed);
            result.insert(QStringLiteral("vanished"), outcome->vanished);
            result.insert(QStringLiteral("adopted"), outcome->adopted);
            result.insert(QStringLiteral("confirmed"), outcome->confirmed);
            result.insert(QStringLiteral("devices"),
                          QJsonObject {{QStringLiteral("onPlatform"), outcome->devicesOnPlatform},
                                       {QStringLiteral("changed"), outcome->devicesChanged},
                                       {QStringLiteral("vanished"), outcome->devicesVanished},
                                       {QStringLiteral("unknown"), outcome->devicesUnknown},
                                       {QStringLiteral("differ"), QJsonArray::fromStringList(outcome->devicesDiffer)}});
            result.insert(QStringLiteral("error"), QJsonValue::Null);
            results.append(result);
            if (!parser.isSet(json)) {
                //: %1 is an account name, %n registrations checked, %2 changed, %3 no longer on the platform
                Console::out() << tr("%1: %n registration(s) checked, %2 changed, %3 no longer on the platform.",
                                     nullptr, outcome->checked)
                                      .arg(record.name)
                                      .arg(outcome->changed)
                                      .arg(outcome->vanished)
                               << Qt::endl;
                if (outcome->adopted > 0) {
                    //: %1 is an account name, %n the number of CAs recorded from the platform
                    Console::out() << tr("%1: %n CA registration(s) found on the platform and recorded.", nullptr,
                                         outcome->adopted)
                                          .arg(record.name)
                                   << Qt::endl;
                }
                if (outcome->confirmed > 0) {
                    //: %1 is an account name, %n the number of registrations recorded by hand
                    Console::out() << tr("%1: %n registration(s) recorded by hand now confirmed by the platform.",
                                         nullptr, outcome->confirmed)
                                          .arg(record.name)
                                   << Qt::endl;
                }
                //: %1 is an account name; %n device certificates the platform lists, %2 changed, %3 gone, %4
                //: unknown
                Console::out() << tr("%1: %n device certificate(s) on the platform, %2 changed, %3 no longer on the "
                                     "platform, %4 on the platform but not in the workspace.",
                                     nullptr, outcome->devicesOnPlatform)
                                      .arg(record.name)
                                      .arg(outcome->devicesChanged)
                                      .arg(outcome->devicesVanished)
                                      .arg(outcome->devicesUnknown)
                               << Qt::endl;
                for (const QString& serial : std::as_const(outcome->devicesDiffer)) {
                    //: %1 is an account name, %2 a serial number
                    Console::printError(
                        tr("%1: the device certificate %2 differs from the platform (the platform holds "
                           "another certificate with this serial number); left as it is.")
                            .arg(record.name, serial));
                }
            }
        }
        if (parser.isSet(json))
            JsonOutput::print(QJsonObject {{QStringLiteral("accounts"), results}});
        else if (accounts.isEmpty())
            Console::out() << tr("No platform account with an API to sync.") << Qt::endl;
        return exitCode;
    });
}

} // namespace iotca::app
