#include "WorkspaceConnections.h"

#include "SqlSupport.h"
#include "model/ModelErrorCode.h"

#include <QAtomicInteger>
#include <QMutexLocker>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <QUuid>

namespace iotca::model {

namespace {
QAtomicInteger<quint64> s_instanceCounter;
}

WorkspaceConnections::WorkspaceConnections(QString databasePath, bool readOnly)
    : m_databasePath(std::move(databasePath))
    , m_readOnly(readOnly)
    , m_prefix(QStringLiteral("iotca-workspace-%1-").arg(s_instanceCounter.fetchAndAddOrdered(1)))
{ }

WorkspaceConnections::WorkspaceConnections(const PostgresLocation& location, QString password, bool readOnly)
    : m_databasePath(location.displayUrl())
    , m_postgres(location)
    , m_password(std::move(password))
    , m_readOnly(readOnly)
    , m_prefix(QStringLiteral("iotca-workspace-%1-").arg(s_instanceCounter.fetchAndAddOrdered(1)))
    , m_changeToken(QUuid::createUuid().toString(QUuid::Id128))
{ }

WorkspaceConnections::~WorkspaceConnections()
{
    closeAll();
}

WorkspaceConnections::ThreadState& WorkspaceConnections::threadState()
{
    QMutexLocker locker(&m_mutex);
    return m_threads[QThread::currentThread()];
}

Result<QSqlDatabase> WorkspaceConnections::connection()
{
    ThreadState& state = threadState();
    if (!state.connectionName.isEmpty()) {
        QSqlDatabase existing = QSqlDatabase::database(state.connectionName, false);
        if (existing.isOpen()) {
            return existing;
        }
    }

    const QString name = m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16); // NOLINT
    auto opened = m_postgres ? openPostgres(name) : openSqlite(name);
    if (!opened) {
        return opened.error();
    }
    QSqlDatabase database = *opened;
    state.connectionName = name;
    QThread* thread = QThread::currentThread();
    if (thread != m_hookContext.thread()) {
        // A worker thread's connection goes when the thread ends (finished is emitted in that thread).
        QObject::connect(
            thread, &QThread::finished, &m_hookContext, [this, thread] { release(thread); }, Qt::DirectConnection);
    }
    return database;
}

Result<QSqlDatabase> WorkspaceConnections::openSqlite(const QString& name)
{
    QSqlDatabase database = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                         : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    database.setDatabaseName(m_databasePath);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (m_readOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    database.setConnectOptions(options);
    if (!database.open()) {
        const Error error =
            sql::error(tr("Could not open the workspace database '%1'.").arg(m_databasePath), database.lastError());
        database = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return error;
    }
    // A 32 MiB page cache per connection keeps a 10,000-certificate batch (about 8 MB of pages with its indexes)
    // in memory until the commit instead of spilling it to the WAL half-way.
    const QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"),
                                 QStringLiteral("PRAGMA synchronous = NORMAL"),
                                 QStringLiteral("PRAGMA cache_size = -32768")};
    for (const QString& pragma : pragmas) {
        QSqlQuery query(database);
        if (!query.exec(pragma)) {
            const Error error =
                sql::error(tr("Could not set up the workspace database '%1'.").arg(m_databasePath), query.lastError());
            query = QSqlQuery();
            database.close();
            database = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return error;
        }
    }
    return database;
}

bool WorkspaceConnections::isAuthenticationFailure(const QString& libpqMessage)
{
    // libpq has no SQLSTATE for a failed connection (QPSQL passes PQerrorMessage() on, Qt's qsql_psql.cpp qMakeError),
    // so the two texts are recognised: the server's "password authentication failed for user" (and "... authentication
    // failed for user" of the other methods; PostgreSQL 15 src/backend/libpq/auth.c, auth_failed()) and libpq's own
    // "fe_sendauth: no password supplied" when the server asks for a password and none was given
    // (src/interfaces/libpq/fe-auth.c, PQnoPasswordSupplied). A server or libpq that translates its messages makes
    // this a plain connection failure, which still names the server and carries libpq's text.
    return libpqMessage.contains(QLatin1String("authentication failed for user"))
        || libpqMessage.contains(QLatin1String("no password supplied"));
}

Result<QSqlDatabase> WorkspaceConnections::openPostgres(const QString& name)
{
    // Qt docs, "SQL Database Drivers" - QPSQL: host, port, user and database as QSqlDatabase properties, any libpq
    // keyword through setConnectOptions() (PostgresLocation::connectOptions(): sslmode=verify-full off loopback).
    QSqlDatabase database = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                         : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    database.setHostName(m_postgres->host);
    database.setPort(m_postgres->port);
    database.setUserName(m_postgres->user);
    database.setDatabaseName(m_postgres->database);
    if (!m_password.isEmpty()) {
        database.setPassword(m_password);
    }
    database.setConnectOptions(m_postgres->connectOptions());
    if (!database.open()) {
        const QSqlError failure = database.lastError();
        const Error error = isAuthenticationFailure(failure.databaseText())
            //: %1 is a role (user) name, %2 a host, %3 a port number, %4 a URL
            ? Error {tr("The PostgreSQL server %2:%3 did not accept the role '%1' (a missing or wrong password) for "
                        "the team workspace '%4'.")
                         .arg(m_postgres->user, m_postgres->host)
                         .arg(m_postgres->port)
                         .arg(m_databasePath),
                     failure.databaseText().trimmed(), ErrorCode::TeamAuthentication}
            : sql::error(tr("Could not connect to the team workspace '%1'.").arg(m_databasePath), failure);
        database = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return error;
    }
    // Notices (e.g. "relation already exists, skipping") are not errors; a read-only open is read-only on the
    // server too (PostgreSQL 15 docs, SET TRANSACTION: "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY").
    QStringList settings = {QStringLiteral("SET client_min_messages = warning")};
    if (m_readOnly) {
        settings << QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    }
    for (const QString& setting : std::as_const(settings)) {
        QSqlQuery query(database);
        if (!query.exec(setting)) {
            const Error error =
                sql::error(tr("Could not set up the team workspace '%1'.").arg(m_databasePath), query.lastError());
            query = QSqlQuery();
            database.close();
            database = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return error;
        }
    }
    return database;
}

void WorkspaceConnections::release(QThread* thread)
{
    QString name;
    {
        QMutexLocker locker(&m_mutex);
        const auto it = m_threads.find(thread);
        if (it == m_threads.end()) {
            return;
        }
        name = it->second.connectionName;
        m_threads.erase(it);
    }
    if (!name.isEmpty() && QSqlDatabase::contains(name)) {
        QSqlDatabase::removeDatabase(name);
    }
}

void WorkspaceConnections::closeAll()
{
    QStringList names;
    {
        QMutexLocker locker(&m_mutex);
        for (const auto& [thread, state] : m_threads) {
            if (!state.connectionName.isEmpty()) {
                names << state.connectionName;
            }
        }
        m_threads.clear();
    }
    for (const QString& name : std::as_const(names)) {
        // Removing the connection destroys its driver, which closes the SQLite handle.
        if (QSqlDatabase::contains(name)) {
            QSqlDatabase::removeDatabase(name);
        }
    }
}

} // namespace iotca::model
