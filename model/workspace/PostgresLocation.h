#pragma once

#include "crypto/Result.h"

#include <QCoreApplication>
#include <QString>

namespace iotca::model {

/// A team workspace on a PostgreSQL server, named by a URL `postgresql://user@host:port/database` (the libpq
/// connection URI form, PostgreSQL 15 docs, 34.1.1.2 "Connection URIs"; `postgres://` is accepted too).
/// A password is never part of the URL (parse() refuses one, code ErrorCode::TeamPasswordInUrl): it comes from the
/// OS keychain (TeamWorkspacePasswords), else libpq takes it from PGPASSWORD or ~/.pgpass (34.16 "The Password
/// File").
struct PostgresLocation
{
    Q_DECLARE_TR_FUNCTIONS(PostgresLocation)
public:
    QString user;
    QString host;
    int port = 5432;
    QString database;

    /// Whether `location` names a PostgreSQL workspace (rather than a folder).
    [[nodiscard]] static bool isPostgresUrl(const QString& location);
    /// Parses `url`; an Error names what is wrong with it.
    [[nodiscard]] static Result<PostgresLocation> parse(const QString& url);

    /// The URL without any password, for messages and the audit log.
    [[nodiscard]] QString displayUrl() const;
    /// Whether the server is this machine (a loopback address or "localhost"), where TLS is not required.
    [[nodiscard]] bool isLoopback() const;
    /// QPSQL connect options: `sslmode=verify-full` (the server certificate is checked against the trusted roots and
    /// its name against the host; 34.19.1 "Client Verification of Server Certificates") unless isLoopback().
    /// Qt QPSQL: QSqlDatabase::setConnectOptions() takes libpq keywords (Qt docs, "QSqlDatabase::setConnectOptions",
    /// PostgreSQL: "connect_timeout", "options", "tty", "requiressl", "service" and any PQconnectdb keyword).
    [[nodiscard]] QString connectOptions() const;
};

} // namespace iotca::model
