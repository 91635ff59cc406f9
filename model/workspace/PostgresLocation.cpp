#include "PostgresLocation.h"

#include "model/ModelErrorCode.h"

#include <QHostAddress>
#include <QUrl>

namespace iotca::model {

bool PostgresLocation::isPostgresUrl(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

namespace {

/// Whether the user-info part of a postgresql:// URL (before the last '@' of the authority) has a ':' — a
/// password, even in a URL QUrl does not accept.
bool userInfoHasPassword(const QString& url)
{
    const qsizetype start = url.indexOf(QLatin1String("://")) + 3;
    qsizetype end = url.indexOf(QLatin1Char('/'), start);
    if (end < 0) {
        end = url.size();
    }
    const QStringView authority = QStringView(url).mid(start, end - start);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    return at > 0 && authority.left(at).contains(QLatin1Char(':'));
}

} // namespace

Result<PostgresLocation> PostgresLocation::parse(const QString& url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    // Checked first, so no message below ever repeats a password.
    if (!parsed.password().isEmpty() || (isPostgresUrl(url) && userInfoHasPassword(url))) {
        return Error {tr("The workspace URL must not contain a password: it would end up in the shell history and in "
                         "logs. Keep the password in the keychain instead."),
                      {},
                      ErrorCode::TeamPasswordInUrl};
    }
    //: %1 is a URL such as postgresql://user@host:5432/database
    const QString invalid = tr("'%1' is not a PostgreSQL workspace URL (postgresql://user@host:port/database).");
    if (!isPostgresUrl(url) || !parsed.isValid()) {
        return Error {invalid.arg(url), parsed.errorString(), QStringLiteral("InvalidLocation")};
    }
    PostgresLocation location;
    location.user = parsed.userName();
    location.host = parsed.host();
    location.port = parsed.port(5432);
    location.database = parsed.path().mid(1);
    if (location.user.isEmpty() || location.host.isEmpty() || location.database.isEmpty()
        || location.database.contains(QLatin1Char('/')) || !parsed.query().isEmpty()) {
        return Error {invalid.arg(url), {}, QStringLiteral("InvalidLocation")};
    }
    return location;
}

QString PostgresLocation::displayUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

bool PostgresLocation::isLoopback() const
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString PostgresLocation::connectOptions() const
{
    // 34.19.2 "SSL Mode Descriptions": verify-full is the only mode that protects against eavesdropping and a server
    // that impersonates another; on loopback the default (prefer) applies.
    return isLoopback() ? QString() : QStringLiteral("sslmode=verify-full");
}

} // namespace iotca::model
