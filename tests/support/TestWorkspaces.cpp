#include "TestWorkspaces.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace iotca::test {

namespace {

const char* const backendVariable = "IOTCA_TEST_WORKSPACE_BACKEND";

/// Runs one statement on the server's maintenance database; the server's message when it failed, else empty.
/// CREATE/DROP DATABASE cannot run inside a transaction (PostgreSQL 15 docs, CREATE DATABASE "Notes"), so each gets
/// its own short session.
QString runOnServer(const QUrl& server, const QString& statement)
{
    const QString connection = QStringLiteral("iotca-test-workspaces-%1").arg(QUuid::createUuid().toString());
    QString failure;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        database.setHostName(server.host());
        database.setPort(server.port(5432));
        database.setUserName(server.userName());
        database.setDatabaseName(server.path().mid(1));
        if (database.open()) {
            QSqlQuery query(database);
            if (!query.exec(statement))
                failure = query.lastError().text();
        } else {
            failure = database.lastError().text();
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return failure;
}

} // namespace

TestWorkspaces::~TestWorkspaces()
{
    dropAll();
}

bool TestWorkspaces::postgres()
{
    const QString backend = qEnvironmentVariable(backendVariable);
    if (backend.isEmpty() || backend == QLatin1String("sqlite"))
        return false;
    if (backend != QLatin1String("postgresql"))
        qFatal("%s=%s: expected sqlite or postgresql", backendVariable, qPrintable(backend));
    return true;
}

QString TestWorkspaces::location(const QString& folder)
{
    if (!postgres())
        return folder;
    if (m_server.isEmpty()) {
        const QString server = qEnvironmentVariable("IOTCA_TEST_POSTGRES_URL");
        if (server.isEmpty()) {
            QTest::qFail("IOTCA_TEST_POSTGRES_URL is not set: run the tests through scripts/with-test-session (it "
                         "starts a throwaway PostgreSQL 15 server)",
                         __FILE__, __LINE__);
            return {};
        }
        m_server = QUrl(server);
    }
    const QString name = QStringLiteral("iotca_test_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(20));
    const QString failure = runOnServer(m_server, QStringLiteral("CREATE DATABASE %1").arg(name));
    if (!failure.isEmpty()) {
        QTest::qFail(qPrintable(QStringLiteral("CREATE DATABASE on %1: %2").arg(m_server.toString(), failure)),
                     __FILE__, __LINE__);
        return {};
    }
    m_databases.append(name);
    QUrl url = m_server;
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

QSqlDatabase TestWorkspaces::addDirectConnection(const QString& location, const QString& connection)
{
    const QUrl url(location);
    if (url.scheme() == QLatin1String("postgresql")) {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        database.setHostName(url.host());
        database.setPort(url.port(5432));
        database.setUserName(url.userName());
        database.setDatabaseName(url.path().mid(1));
        return database;
    }
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    database.setDatabaseName(QDir(location).filePath(QStringLiteral("workspace.db")));
    database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    return database;
}

void TestWorkspaces::dropAll()
{
    for (const QString& name : std::as_const(m_databases)) {
        // WITH (FORCE), PostgreSQL 13+: ends any session a test left open on it.
        const QString failure =
            runOnServer(m_server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        if (!failure.isEmpty())
            qWarning("DROP DATABASE %s: %s", qPrintable(name), qPrintable(failure));
    }
    m_databases.clear();
}

} // namespace iotca::test
