#include "BenchData.h"

#include "model/workspace/CaRepository.h"
#include "model/workspace/SqlSupport.h"
#include "model/workspace/Transaction.h"
#include "model/workspace/Workspace.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace iotca::bench {

QString benchProductKey()
{
    return QStringLiteral("a1BcDeFgHiJ");
}

Status execBenchSql(QSqlQuery& query, const QString& statement)
{
    if (!query.exec(statement))
        return Error {QStringLiteral("SQL failed: ") + statement.left(120), query.lastError().text()};
    return {};
}

Status fillDeviceCertificates(model::Workspace& workspace, qint64 rows, const DeviceBulkFill& dialect)
{
    auto database = workspace.connection();
    if (!database)
        return database.error();
    QSqlQuery query(*database);
    QStringList names;
    QStringList definitions;
    if (!query.exec(dialect.listPlainIndexes))
        return Error {QStringLiteral("Cannot list the indexes."), query.lastError().text()};
    while (query.next()) {
        names << query.value(0).toString();
        definitions << query.value(1).toString();
    }
    query.finish();
    for (const QString& name : std::as_const(names)) {
        if (Status dropped = execBenchSql(query, QStringLiteral("DROP INDEX %1").arg(name)); !dropped)
            return dropped;
    }
    constexpr qint64 chunk = 100'000;
    for (qint64 start = 0; start < rows; start += chunk) {
        const qint64 end = std::min(rows, start + chunk);
        auto transaction = model::Transaction::begin(workspace);
        if (!transaction)
            return transaction.error();
        QSqlQuery fill(transaction->database());
        if (Status inserted = dialect.insertRows(fill, start, end - 1); !inserted)
            return inserted;
        fill.finish();
        if (Status committed = transaction->commit(); !committed)
            return committed;
    }
    for (const QString& definition : std::as_const(definitions)) {
        if (Status created = execBenchSql(query, definition); !created)
            return created;
    }
    return execBenchSql(query, dialect.finish);
}

Result<QList<qint64>> addPlaceholderCas(model::Workspace& workspace, int count, const QString& namePrefix)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        model::CaRecord ca;
        ca.name = QStringLiteral("%1 %2").arg(namePrefix).arg(i + 1, 3, 10, QLatin1Char('0'));
        ca.certificateDer = QByteArray(480, char(i));
        ca.encryptedKeyPem = QByteArrayLiteral("-----BEGIN ENCRYPTED PRIVATE KEY-----\n(placeholder)\n");
        ca.serialHex = QStringLiteral("%1").arg(0x1000 + i, 4, 16, QLatin1Char('0')).toUpper();
        ca.subject = QStringLiteral("CN=%1,O=Bench").arg(ca.name);
        ca.issuer = ca.subject;
        ca.notBefore = QDateTime::currentDateTimeUtc();
        ca.notAfter = ca.notBefore.addYears(10);
        ca.keyAlgorithm = QStringLiteral("EC P-256");
        auto id = workspace.cas().add(ca);
        if (!id)
            return id.error();
        ids << *id;
    }
    return ids;
}

Status bulkInsertDevices(model::Workspace& workspace, qint64 bigCaId, qint64 firstOtherCaId, int otherCaCount,
                         qint64 rows, const QString& namePrefix)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Bound values only (each name once): the statement's printf() formats must not meet QString::arg().
    const QString statement = QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT :first UNION ALL SELECT i + 1 FROM n WHERE i < :last) "
        "INSERT INTO device_certificates (ca_id, serial_hex, product_key, device_name, certificate_der, status, "
        "not_after, exported_path, created) "
        "SELECT CASE WHEN i % 2 = 0 OR :others = 0 THEN :big ELSE :firstOther + (i / 2) % MAX(:others2, 1) END, "
        "printf('%02X', 1 + abs(random()) % 127) || upper(hex(randomblob(15))), :product, "
        "printf('%s%07d', :prefix, i + 1), zeroblob(500), "
        "CASE WHEN i % 10 < 3 THEN 'Associated' ELSE 'Issued' END, :notAfter + (i * 7919 % 31536000) * 1000, "
        "CASE WHEN i % 10 < 3 THEN '' ELSE printf('/home/operator/fleet/%s%07d.crt', :prefix2, i + 1) END, "
        ":created FROM n");
    DeviceBulkFill sqlite;
    sqlite.listPlainIndexes = QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                                             "tbl_name = 'device_certificates' AND sql IS NOT NULL");
    sqlite.insertRows = [&](QSqlQuery& fill, qint64 first, qint64 last) -> Status {
        if (!fill.prepare(statement))
            return Error {QStringLiteral("Cannot prepare the bulk insert."), fill.lastError().text()};
        fill.bindValue(QStringLiteral(":first"), first);
        fill.bindValue(QStringLiteral(":last"), last);
        fill.bindValue(QStringLiteral(":others"), otherCaCount);
        fill.bindValue(QStringLiteral(":others2"), otherCaCount);
        fill.bindValue(QStringLiteral(":big"), bigCaId);
        fill.bindValue(QStringLiteral(":firstOther"), firstOtherCaId);
        fill.bindValue(QStringLiteral(":product"), benchProductKey());
        fill.bindValue(QStringLiteral(":prefix"), namePrefix);
        fill.bindValue(QStringLiteral(":prefix2"), namePrefix);
        fill.bindValue(QStringLiteral(":notAfter"), now + 86'400'000LL * 30);
        fill.bindValue(QStringLiteral(":created"), now);
        if (!fill.exec())
            return Error {QStringLiteral("The bulk insert failed."), fill.lastError().text()};
        return {};
    };
    sqlite.finish = QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)");
    return fillDeviceCertificates(workspace, rows, sqlite);
}

} // namespace iotca::bench
