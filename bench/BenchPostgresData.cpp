#include "BenchPostgresData.h"

#include "BenchData.h"

#include "model/workspace/Workspace.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace iotca::bench {

QString benchPostgresUrl()
{
    return qEnvironmentVariable("IOTCA_BENCH_POSTGRES_URL");
}

BenchPostgresDatabase::~BenchPostgresDatabase()
{
    if (!m_name.isEmpty())
        (void)runAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name), nullptr);
}

QString BenchPostgresDatabase::create(const QString& adminUrl)
{
    m_adminUrl = QUrl(adminUrl);
    m_name = QStringLiteral("iotca_bench_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
    QString failure;
    if (!runAdmin(QStringLiteral("CREATE DATABASE %1").arg(m_name), &failure)) {
        m_name.clear();
        return failure;
    }
    return {};
}

QString BenchPostgresDatabase::url() const
{
    QUrl url = m_adminUrl;
    url.setPath(QLatin1Char('/') + m_name);
    return url.toString();
}

bool BenchPostgresDatabase::runAdmin(const QString& statement, QString* failure) const
{
    const QString connection = QStringLiteral("iotca-bench-admin-%1").arg(QUuid::createUuid().toString());
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
            if (!ok && failure)
                *failure = query.lastError().text();
        } else if (failure) {
            *failure = database.lastError().text();
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

Status bulkInsertDevicesPostgres(model::Workspace& workspace, qint64 bigCaId, qint64 firstOtherCaId, int otherCaCount,
                                 qint64 rows, const QString& namePrefix)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The values are this function's own numbers and the bench's fixed name prefix (letters, digits, '-'); a serial
    // is a first byte 01..7F and 15 bytes of md5() (PostgreSQL 15 docs, 9.4 "String Functions and Operators").
    const QString prefix = QString(namePrefix).remove(QLatin1Char('\''));
    const QString statement =
        QStringLiteral(
            "INSERT INTO device_certificates (ca_id, serial_hex, product_key, device_name, certificate_der, status, "
            "not_after, exported_path, created) "
            "SELECT CASE WHEN i %% 2 = 0 OR %1 = 0 THEN %2 ELSE %3 + (i / 2) %% GREATEST(%1, 1) END, "
            "upper(lpad(to_hex(1 + floor(random() * 127)::int), 2, '0') || substr(md5(random()::text || i::text), "
            "1, 30)), '%4', '%5' || lpad((i + 1)::text, 7, '0'), decode(repeat('00', 500), 'hex'), "
            "CASE WHEN i %% 10 < 3 THEN 'Associated' ELSE 'Issued' END, %6 + (i * 7919 %% 31536000) * 1000, "
            "CASE WHEN i %% 10 < 3 THEN '' ELSE '/home/operator/fleet/%5' || lpad((i + 1)::text, 7, '0') || '.crt' "
            "END, %7 FROM generate_series(FIRST::bigint, LAST::bigint) AS i")
            .arg(otherCaCount)
            .arg(bigCaId)
            .arg(firstOtherCaId)
            .arg(benchProductKey(), prefix)
            .arg(now + 86'400'000LL * 30)
            .arg(now)
            .replace(QStringLiteral("%%"), QStringLiteral("%"));
    DeviceBulkFill postgres;
    postgres.listPlainIndexes =
        QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                       "AND tablename = 'device_certificates' AND indexdef NOT LIKE 'CREATE UNIQUE%'");
    postgres.insertRows = [&](QSqlQuery& fill, qint64 first, qint64 last) -> Status {
        QString range = statement;
        range.replace(QStringLiteral("FIRST::"), QString::number(first) + QStringLiteral("::"))
            .replace(QStringLiteral("LAST::"), QString::number(last) + QStringLiteral("::"));
        if (!fill.exec(range))
            return Error {QStringLiteral("The bulk insert failed."), fill.lastError().text()};
        return {};
    };
    postgres.finish = QStringLiteral("ANALYZE");
    return fillDeviceCertificates(workspace, rows, postgres);
}

} // namespace iotca::bench
