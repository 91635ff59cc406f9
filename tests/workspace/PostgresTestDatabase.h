#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QUuid>

/// A fresh PostgreSQL database per test on the throwaway cluster scripts/lib/postgres.sh starts
/// (IOTCA_TEST_POSTGRES_URL), dropped again at the end. Without the variable, create() fails: a team-workspace test
/// never skips (scripts/test always provides the server).
namespace iotca::test {

class PostgresTestDatabase
{
public:
    PostgresTestDatabase() = default;
    PostgresTestDatabase(const PostgresTestDatabase&) = delete;
    PostgresTestDatabase& operator=(const PostgresTestDatabase&) = delete;
    ~PostgresTestDatabase() { drop(); }

    /// Creates the database (owned by the role `owner` when given, so that role may create the workspace's tables);
    /// an error text when it could not (empty on success).
    QString create(const QString& owner = {})
    {
        const QString admin = qEnvironmentVariable("IOTCA_TEST_POSTGRES_URL");
        if (admin.isEmpty()) {
            return QStringLiteral("IOTCA_TEST_POSTGRES_URL is not set: run the tests through scripts/with-test-session "
                                  "(it starts a throwaway PostgreSQL 15 server)");
        }
        m_adminUrl = QUrl(admin);
        m_name = QStringLiteral("iotca_test_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
        QString failure;
        const QString statement = owner.isEmpty() ? QStringLiteral("CREATE DATABASE %1").arg(m_name)
                                                  : QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(m_name, owner);
        if (!runAdmin(statement, &failure)) {
            m_name.clear();
            return failure;
        }
        return {};
    }

    /// postgresql://user@host:port/<the fresh database>
    [[nodiscard]] QString url() const
    {
        QUrl url = m_adminUrl;
        url.setPath(QLatin1Char('/') + m_name);
        return url.toString();
    }

    /// How many tables the database has (the superuser's view), -1 when it cannot be read: "nothing created".
    [[nodiscard]] int tableCount() const
    {
        const QString connection = QStringLiteral("iotca-test-count-%1").arg(QUuid::createUuid().toString());
        int count = -1;
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            database.setHostName(m_adminUrl.host());
            database.setPort(m_adminUrl.port(5432));
            database.setUserName(m_adminUrl.userName());
            database.setDatabaseName(m_name);
            if (database.open()) {
                QSqlQuery query(database);
                if (query.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
                    && query.next()) {
                    count = query.value(0).toInt();
                }
            }
            database.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return count;
    }

    void drop()
    {
        if (!m_name.isEmpty()) {
            // WITH (FORCE): PostgreSQL 13+ (DROP DATABASE) ends any session a test left open.
            (void)runAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name), nullptr);
            m_name.clear();
        }
    }

private:
    bool runAdmin(const QString& statement, QString* failure) const
    {
        const QString connection = QStringLiteral("iotca-test-admin-%1").arg(QUuid::createUuid().toString());
        bool ok = false;
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            database.setHostName(m_adminUrl.host());
            database.setPort(m_adminUrl.port(5432));
            database.setUserName(m_adminUrl.userName());
            database.setDatabaseName(m_adminUrl.path().mid(1));
            if (database.open()) {
                QSqlQuery query(database);
                ok = query.exec(statement);
                if (!ok && failure) {
                    *failure = query.lastError().text();
                }
            } else if (failure) {
                *failure = database.lastError().text();
            }
            database.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

    QUrl m_adminUrl;
    QString m_name;
};

} // namespace iotca::test
