#include "TeamWorkspacePasswords.h"

#include "WorkspaceConnections.h"
#include "model/ModelErrorCode.h"
#include "model/secrets/SecretStore.h"

namespace iotca::model {

QString TeamWorkspacePasswords::keychainKeyFor(const PostgresLocation& location)
{
    return QStringLiteral("iotca/postgres/") + location.displayUrl();
}

Status TeamWorkspacePasswords::remember(const QString& url, QByteArrayView password, SecretStore& secrets)
{
    auto location = PostgresLocation::parse(url);
    if (!location) {
        return location.error();
    }
    if (password.isEmpty()) {
        return Error {tr("The password is empty; nothing was stored.")};
    }
    {
        // A read-only session that only connects: the server checks the password, nothing is created.
        WorkspaceConnections probe(*location, QString::fromUtf8(password), true);
        auto connected = probe.connection();
        if (!connected) {
            //: %1 is the reason (the server's answer)
            return Error {tr("The password was not stored: %1").arg(connected.error().message),
                          connected.error().detail, connected.error().code};
        }
    }
    if (Status written = secrets.writeBlocking(keychainKeyFor(*location), password); !written) {
        //: %1 is a URL, %2 the keychain's reason
        return Error {tr("The password for '%1' could not be stored in the keychain: %2")
                          .arg(location->displayUrl(), written.error().message),
                      written.error().detail, written.error().code};
    }
    return {};
}

Status TeamWorkspacePasswords::forget(const QString& url, SecretStore& secrets)
{
    auto location = PostgresLocation::parse(url);
    if (!location) {
        return location.error();
    }
    return secrets.removeBlocking(keychainKeyFor(*location));
}

bool TeamWorkspacePasswords::isRemembered(const QString& url, SecretStore& secrets)
{
    auto location = PostgresLocation::parse(url);
    return location && secrets.readBlocking(keychainKeyFor(*location)).ok();
}

Result<std::unique_ptr<Workspace>> TeamWorkspacePasswords::open(const QString& location, Workspace::OpenMode mode,
                                                                SecretStore& secrets,
                                                                const std::optional<QString>& password)
{
    if (!PostgresLocation::isPostgresUrl(location)) {
        return Workspace::open(location, mode);
    }
    auto parsed = PostgresLocation::parse(location);
    if (!parsed) {
        return parsed.error();
    }
    QString secret;
    bool stored = false;
    QString keychainProblem;
    if (password) {
        secret = *password;
    } else if (auto read = secrets.readBlocking(keychainKeyFor(*parsed))) {
        secret = QString::fromUtf8(read->view());
        stored = true;
    } else if (read.error().code != ErrorCode::NotFound) {
        // No keychain (a server, CI): libpq's own sources may still have it; say so only if the server refuses.
        keychainProblem = read.error().message;
    }
    auto opened = Workspace::open(location, mode, secret);
    if (opened || opened.error().code != ErrorCode::TeamAuthentication) {
        return opened;
    }
    Error error = opened.error();
    if (password) {
        error.message += QLatin1Char(' ') + tr("The password entered was refused.");
    } else if (stored) {
        error.message += QLatin1Char(' ') + tr("The password stored in the keychain was refused.");
    } else if (!keychainProblem.isEmpty()) {
        //: %1 is the keychain's reason
        error.message +=
            QLatin1Char(' ') + tr("The keychain could not be read (%1), so no password was sent.").arg(keychainProblem);
    } else {
        error.message += QLatin1Char(' ') + tr("No password for it is stored in the keychain.");
    }
    return error;
}

} // namespace iotca::model
