#include "AccountCommands.h"

#include "BlockingPlatformConnection.h"
#include "Console.h"
#include "ExitCode.h"
#include "JsonOutput.h"
#include "PlatformJsonOutput.h"
#include "WorkspaceCommand.h"

#include "crypto/SecureBuffer.h"
#include "model/input/InputFile.h"
#include "model/platform/PlatformId.h"
#include "model/platform/RemoteCertificate.h"
#include "model/registration/PlatformAccountService.h"
#include "model/secrets/KeychainSecretStore.h"
#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/PlatformAccountRepository.h"

#include <QDir>

#include <algorithm>

namespace iotca::app {

namespace {

using model::Workspace;

/// The platforms `--platform` accepts, as the help and the errors name them.
QString platformChoices()
{
    return QStringLiteral("apsaramq|tencent-iothub|aws-iot|alibaba-iot");
}

/// The whole file without its trailing line break(s), read straight into wiped memory.
Result<crypto::SecureBuffer> readSecretFile(const QString& path)
{
    auto read = model::InputFile::readSecret(path, model::InputKind::Secret);
    if (!read)
        return read.error();
    crypto::SecureBuffer buffer = std::move(*read);
    qsizetype length = buffer.size();
    while (length > 0 && (buffer.data()[length - 1] == '\n' || buffer.data()[length - 1] == '\r'))
        --length;
    buffer.truncate(length);
    if (buffer.isEmpty())
        return Error {AccountCommands::tr("The secret file '%1' is empty.").arg(QDir::toNativeSeparators(path))};
    return buffer;
}

/// Registrations of the account that still exist on the platform as far as the workspace knows.
Result<qint64> liveRegistrations(const Workspace& workspace, qint64 accountId)
{
    auto registrations = workspace.registrations().forAccount(accountId);
    if (!registrations)
        return registrations.error();
    return qint64(std::count_if(registrations->cbegin(), registrations->cend(),
                                [](const model::CaRegistrationRecord& registration) {
                                    return registration.status != model::RegistrationStatus::Deleted;
                                }));
}

} // namespace

AccountCommands::AccountCommands()
    : CliCommandGroup(QStringLiteral("account"),
                      tr("Adds, lists, tests and removes cloud platform accounts (credentials in the keychain)."))
{
    addCommand(QStringLiteral("add"), tr("Adds a platform account; its credentials go to the system keychain."), &add);
    addCommand(QStringLiteral("list"), tr("Lists the platform accounts of the workspace (never their credentials)."),
               &list);
    addCommand(QStringLiteral("remove"), tr("Removes a platform account and its credentials."), &remove);
    addCommand(QStringLiteral("test"), tr("Checks an account's credentials with a read-only request."), &test);
}

int AccountCommands::add(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption platform(QStringLiteral("platform"), tr("The platform: %1.").arg(platformChoices()),
                                      tr("platform"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("The region id (cn-hangzhou, ap-guangzhou, us-east-1, ...)."), tr("region"));
    const QCommandLineOption instance(QStringLiteral("instance"),
                                      tr("The instance id (required for ApsaraMQ for MQTT; the IoT Platform "
                                         "instance for alibaba-iot)."),
                                      tr("id"));
    const QCommandLineOption product(QStringLiteral("product"),
                                     tr("The product key (Alibaba) or product ID (Tencent) the account works with."),
                                     tr("id"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"),
                                      tr("Talks to <url> instead of the platform's public host (a private endpoint, "
                                         "the local emulator)."),
                                      tr("url"));
    const QCommandLineOption caBundle(QStringLiteral("ca-bundle"),
                                      tr("Also trusts the PEM certificates in <file>, for this account's endpoint "
                                         "only."),
                                      tr("file"));
    const QCommandLineOption accessKeyId(QStringLiteral("access-key-id"),
                                         tr("The AccessKey ID (Alibaba), SecretId (Tencent) or access key id (AWS)."),
                                         tr("id"));
    const QCommandLineOption secretFile(QStringLiteral("secret-file"),
                                        tr("Reads the matching secret from <file> (its content, without the trailing "
                                           "line break)."),
                                        tr("file"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({platform, region, instance, product, endpoint, caBundle, accessKeyId, secretFile, json});
    parser.addPositionalArgument(QStringLiteral("name"), tr("The account's name in the workspace."),
                                 QStringLiteral("NAME"));
    if (const auto stop = parse(parser, path, arguments,
                                tr("Adds a cloud platform account. The AccessKey ID and its secret are stored in the "
                                   "system keychain; the workspace keeps only the name of the keychain entry."),
                                1, 1))
        return *stop;
    const auto platformValue = requiredValue(parser, platform, path);
    if (!platformValue)
        return ExitUsage;
    const auto platformId = model::parsePlatformId(*platformValue);
    if (!platformId)
        //: %1 is what the user typed, %2 the list of platforms
        return usageError(path, tr("Unknown platform '%1'; use one of %2.").arg(*platformValue, platformChoices()));
    const auto regionValue = requiredValue(parser, region, path);
    if (!regionValue)
        return ExitUsage;
    // Alibaba Cloud IoT Platform has no CA API: its accounts may go without credentials.
    const bool credentialsOptional = *platformId == model::PlatformId::AliyunIot;
    if (!credentialsOptional || parser.isSet(accessKeyId) || parser.isSet(secretFile)) {
        if (!requiredValue(parser, accessKeyId, path) || !requiredValue(parser, secretFile, path))
            return ExitUsage;
    }

    crypto::SecureBuffer secret;
    if (parser.isSet(secretFile)) {
        auto read = readSecretFile(parser.value(secretFile));
        if (!read)
            return failure(read.error());
        secret = std::move(*read);
    }

    return WorkspaceCommand::onWorkspace(parser, Workspace::OpenMode::ReadWrite, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        model::PlatformAccountRecord record;
        record.name = parser.positionalArguments().constFirst();
        record.platformId = model::platformIdName(*platformId);
        record.region = *regionValue;
        record.instanceId = parser.value(instance);
        record.product = parser.value(product);
        record.endpoint = parser.value(endpoint);
        record.caBundlePath = parser.value(caBundle);
        model::KeychainSecretStore secrets;
        model::PlatformAccountService accounts(workspace, secrets);
        auto id = accounts.add(record, parser.value(accessKeyId), secret);
        if (!id)
            return failure(id.error());
        auto added = workspace.accounts().get(*id);
        if (!added)
            return failure(added.error());

        if (parser.isSet(json)) {
            JsonOutput::print(PlatformJsonOutput::account(*added, 0));
            return ExitSuccess;
        }
        //: %1 is an account name, %2 a platform such as "AWS IoT Core", %3 a region
        Console::out() << tr("Added the platform account '%1' (%2, %3); its credentials are in the system keychain.")
                              .arg(added->name, model::platformDisplayName(*platformId), added->region)
                       << Qt::endl;
        return ExitSuccess;
    });
}

int AccountCommands::list(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (const auto stop = parse(parser, path, arguments,
                                tr("Lists the platform accounts of the workspace: platform, region, endpoint and "
                                   "registered CAs. Credentials are never shown.")))
        return *stop;
    return WorkspaceCommand::onWorkspace(parser, Workspace::OpenMode::ReadOnly, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        auto accounts = workspace.accounts().list();
        if (!accounts)
            return failure(accounts.error());

        QJsonArray array;
        for (const model::PlatformAccountRecord& account : std::as_const(*accounts)) {
            auto registered = liveRegistrations(workspace, account.id);
            if (!registered)
                return failure(registered.error());
            if (parser.isSet(json)) {
                array.append(PlatformJsonOutput::account(account, *registered));
                continue;
            }
            //: Shown instead of an endpoint URL when the account uses the platform's public host
            const QString endpoint = account.endpoint.isEmpty() ? tr("(public endpoint)") : account.endpoint;
            QString line = account.name.leftJustified(20) + QLatin1Char(' ') + account.platformId.leftJustified(15)
                + QLatin1Char(' ') + account.region.leftJustified(14) + QLatin1Char(' ') + endpoint;
            if (!account.instanceId.isEmpty()) {
                //: %1 is an instance id
                line += QStringLiteral("  ") + tr("instance %1").arg(account.instanceId);
            }
            if (!account.product.isEmpty()) {
                //: %1 is a product key or id
                line += QStringLiteral("  ") + tr("product %1").arg(account.product);
            }
            //: %n is the number of CAs registered with the account
            line += QStringLiteral("  ") + tr("%n registered CA(s)", nullptr, int(*registered));
            Console::out() << Console::escaped(line) << Qt::endl;
        }
        if (parser.isSet(json))
            JsonOutput::print(QJsonObject {{QStringLiteral("accounts"), array}});
        return ExitSuccess;
    });
}

int AccountCommands::remove(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption yes = yesOption();
    parser.addOption(yes);
    parser.addPositionalArgument(QStringLiteral("name"), tr("The account's name."), QStringLiteral("NAME"));
    if (const auto stop = parse(parser, path, arguments,
                                tr("Removes a platform account from the workspace and its credentials from the "
                                   "keychain. Nothing changes on the platform. When CAs are registered with it, asks "
                                   "first on a terminal (without one, needs --yes)."),
                                1, 1))
        return *stop;
    return WorkspaceCommand::onWorkspace(parser, Workspace::OpenMode::ReadWrite, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        model::KeychainSecretStore secrets;
        model::PlatformAccountService accounts(workspace, secrets);
        auto account = accounts.findByName(parser.positionalArguments().constFirst());
        if (!account)
            return failure(account.error());
        auto registered = liveRegistrations(workspace, account->id);
        if (!registered)
            return failure(registered.error());

        if (*registered > 0 && !parser.isSet(yes)) {
            //: %1 is an account name, %n the number of CAs registered with it
            const QString question =
                tr("The platform account '%1' has %n registered CA(s); the workspace forgets those "
                   "registrations (the platform keeps them). Remove the account?",
                   nullptr, int(*registered))
                    .arg(account->name);
            switch (Console::confirm(question)) {
            case Console::Answer::Yes:
                break;
            case Console::Answer::No:
                Console::printError(tr("The platform account '%1' was not removed.").arg(account->name));
                return ExitFailure;
            case Console::Answer::NoTerminal:
                return usageError(path,
                                  tr("Refusing to remove the platform account '%1' with registered CAs without "
                                     "confirmation; pass --yes.")
                                      .arg(account->name));
            }
        }
        if (Status removed = accounts.remove(account->id); !removed)
            return failure(removed.error());
        Console::out() << tr("Removed the platform account '%1' and its credentials.").arg(account->name) << Qt::endl;
        return ExitSuccess;
    });
}

int AccountCommands::test(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("name"), tr("The account's name."), QStringLiteral("NAME"));
    if (const auto stop = parse(parser, path, arguments,
                                tr("Checks the account's endpoint and credentials with a read-only request (it lists "
                                   "the account's CAs). Prints OK, or the platform's error and exits 1."),
                                1, 1))
        return *stop;
    return WorkspaceCommand::onWorkspace(parser, Workspace::OpenMode::ReadOnly, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        auto account = BlockingPlatformConnection::findAccount(workspace, parser.positionalArguments().constFirst());
        if (!account)
            return failure(account.error());
        auto session = BlockingPlatformConnection::open(workspace, *account);
        if (!session)
            return BlockingPlatformConnection::failure(session.error());
        auto cas = (*session)->await<QList<model::RemoteCaCertificate>>(
            [&session](auto done) { (*session)->service().listRemoteCas(std::move(done)); });
        if (!cas)
            return BlockingPlatformConnection::failure(cas.error());
        //: %1 is an account name, %n the number of CA certificates the platform listed
        Console::out() << tr("OK: the platform account '%1' answered; it has %n CA certificate(s).", nullptr,
                             int(cas->size()))
                              .arg(account->name)
                       << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace iotca::app
