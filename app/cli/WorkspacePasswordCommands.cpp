#include "WorkspacePasswordCommands.h"

#include "Console.h"
#include "ExitCode.h"
#include "PassphraseSource.h"

#include "model/secrets/KeychainSecretStore.h"
#include "model/workspace/PostgresLocation.h"
#include "model/workspace/TeamWorkspacePasswords.h"

namespace iotca::app {

WorkspacePasswordCommands::WorkspacePasswordCommands()
    : CliCommandGroup(QStringLiteral("password"), tr("Keeps a team workspace's password in the keychain."))
{
    addCommand(QStringLiteral("set"), tr("Checks a team workspace's password and stores it in the keychain."), &set);
    addCommand(QStringLiteral("forget"), tr("Removes a team workspace's password from the keychain."), &forget);
}

int WorkspacePasswordCommands::set(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          tr("Read the password from the first line of FILE instead of asking."),
                                          QStringLiteral("FILE"));
    parser.addOption(passwordFile);
    parser.addPositionalArgument(QStringLiteral("url"), tr("The team workspace: postgresql://user@host:port/database."),
                                 QStringLiteral("URL"));
    if (const auto stop = parse(parser, path, arguments,
                                tr("Asks for the password of the PostgreSQL role in URL (or reads it from "
                                   "--password-file), checks it with the server and stores it in the OS keychain. "
                                   "Every command that opens URL uses it from then on."),
                                1, 1))
        return *stop;
    const QString url = parser.positionalArguments().constFirst();
    // The URL first: a password in it is refused before anything is asked.
    const auto location = model::PostgresLocation::parse(url);
    if (!location)
        return failure(location.error());
    if (parser.value(passwordFile).isEmpty() && !PassphraseSource::canPrompt())
        return failure(Error {
            tr("No password to store: use --password-file, or run on a terminal."), {}, QStringLiteral("NoTerminal")});
    //: Prompt on the terminal; %1 is a role name, %2 a URL
    auto password = PassphraseSource::obtain(
        parser.value(passwordFile), tr("Password of the role '%1' for %2:").arg(location->user, location->displayUrl()),
        false);
    if (!password)
        return failure(password.error());
    model::KeychainSecretStore secrets;
    if (const Status stored = model::TeamWorkspacePasswords::remember(url, password->view(), secrets); !stored)
        return failure(stored.error());
    //: %1 is a URL
    Console::out() << tr("Stored the password for '%1' in the keychain.").arg(Console::escaped(location->displayUrl()))
                   << Qt::endl;
    return ExitSuccess;
}

int WorkspacePasswordCommands::forget(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("url"), tr("The team workspace: postgresql://user@host:port/database."),
                                 QStringLiteral("URL"));
    if (const auto stop =
            parse(parser, path, arguments, tr("Removes the password stored for URL from the OS keychain."), 1, 1))
        return *stop;
    const QString url = parser.positionalArguments().constFirst();
    const auto location = model::PostgresLocation::parse(url);
    if (!location)
        return failure(location.error());
    model::KeychainSecretStore secrets;
    if (const Status removed = model::TeamWorkspacePasswords::forget(url, secrets); !removed)
        return failure(removed.error());
    //: %1 is a URL
    Console::out()
        << tr("No password for '%1' is stored in the keychain any more.").arg(Console::escaped(location->displayUrl()))
        << Qt::endl;
    return ExitSuccess;
}

} // namespace iotca::app
