#include "PostgresLocation.h"

#include <QHostAddress>
#include <QUrl>

namespace iotca::model {

bool PostgresLocation::isPostgresUrl(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<PostgresLocation> PostgresLocation::parse(const QString& url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    //: %1 is a URL such as postgresql://user@host:5432/database
    const QString invalid = tr("'%1' is not a PostgreSQL workspace URL (postgresql://user@host:port/database).");
    if (!isPostgresUrl(url) || !parsed.isValid()) {
        return Error {invalid.arg(url), parsed.errorString(), QStringLiteral("InvalidLocation")};
    }
    if (!parsed.password().isEmpty()) {
        return Error {tr("The workspace URL must not hold a password; keep it in PGPASSWORD or ~/.pgpass."),
                      {},
                      QStringLiteral("InvalidLocation")};
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
