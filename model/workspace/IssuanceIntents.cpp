#include "IssuanceIntents.h"

#include "SqlDialect.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "Workspace.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace iotca::model {

namespace {

/// Rows per multi-row statement (8 bound values each) and values per IN (...) list. Small on purpose: QtSql turns
/// every "?" into a named placeholder (":fN", QSqlResult::savePrepare), and SQLite looks names up linearly at prepare
/// (sqlite3VListNameToNum) and Qt once per bound value at exec (sqlite3_bind_parameter_name), so a statement of n
/// values costs O(n²): 500 rows of 8 were 1-2 s of CPU per 20,000 devices (perf, issue 21). A full chunk's statement
/// is prepared once per call and reused.
constexpr qsizetype rowsPerInsert = 32;
constexpr qsizetype valuesPerDelete = 64;

QString placeholders(qsizetype count, const QString& one)
{
    QStringList list;
    list.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        list.append(one);
    return list.join(QLatin1Char(','));
}

} // namespace

QString IssuanceIntents::newJobId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Status IssuanceIntents::record(const Workspace& workspace, const QList<IssuanceIntent>& intents)
{
    if (intents.isEmpty())
        return {};
    auto transaction = Transaction::begin(workspace);
    if (!transaction)
        return transaction.error();
    if (Status inserted = insert(*transaction, intents); !inserted)
        return inserted;
    return transaction->commit();
}

Status IssuanceIntents::insert(Transaction& transaction, const QList<IssuanceIntent>& intents)
{
    // A team workspace: the job is live while this connection lasts (claimJob()), so another operator's
    // IssuanceRecovery leaves its intents alone.
    if (!intents.isEmpty()) {
        QStringList jobs;
        for (const IssuanceIntent& intent : intents) {
            if (!jobs.contains(intent.job)) {
                jobs << intent.job;
            }
        }
        for (const QString& job : std::as_const(jobs)) {
            auto claimed = claimJob(transaction.database(), job, true);
            if (!claimed) {
                return claimed.error();
            }
        }
    }
    const QString failure = tr("Could not record the devices about to be issued in the workspace.");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto statement = [](qsizetype rows) {
        return QStringLiteral("INSERT INTO issuance_intents (job, ca_id, product_key, device_name, certificate_path, "
                              "key_path, created, supersedes_serial) VALUES ")
            + placeholders(rows, QStringLiteral("(?,?,?,?,?,?,?,?)"));
    };
    std::optional<QSqlQuery> full;
    for (qsizetype from = 0; from < intents.size(); from += rowsPerInsert) {
        const qsizetype to = std::min(intents.size(), from + rowsPerInsert);
        std::optional<QSqlQuery> last;
        std::optional<QSqlQuery>& query = to - from == rowsPerInsert ? full : last;
        if (!query) {
            auto prepared = sql::prepare(transaction.database(), statement(to - from), failure);
            if (!prepared)
                return prepared.error();
            query.emplace(std::move(*prepared));
        }
        int index = 0;
        for (qsizetype i = from; i < to; ++i) {
            const IssuanceIntent& intent = intents.at(i);
            for (const QVariant& value : {QVariant(intent.job), QVariant(intent.caId), sql::text(intent.productKey),
                                          sql::text(intent.deviceName), sql::text(intent.certificatePath),
                                          sql::text(intent.keyPath), QVariant(now), sql::text(intent.supersedesSerial)})
                query->bindValue(index++, value);
        }
        if (!query->exec())
            return sql::error(failure, query->lastError());
    }
    return {};
}

Status IssuanceIntents::clear(Transaction& transaction, const QString& job, const QStringList& deviceNames)
{
    const QString failure = tr("Could not update the devices about to be issued in the workspace.");
    std::optional<QSqlQuery> full;
    for (qsizetype from = 0; from < deviceNames.size(); from += valuesPerDelete) {
        const qsizetype to = std::min(deviceNames.size(), from + valuesPerDelete);
        std::optional<QSqlQuery> last;
        std::optional<QSqlQuery>& query = to - from == valuesPerDelete ? full : last;
        if (!query) {
            auto prepared = sql::prepare(transaction.database(),
                                         QStringLiteral("DELETE FROM issuance_intents WHERE job = ? AND device_name "
                                                        "IN (%1)")
                                             .arg(placeholders(to - from, QStringLiteral("?"))),
                                         failure);
            if (!prepared)
                return prepared.error();
            query.emplace(std::move(*prepared));
        }
        query->bindValue(0, job);
        int index = 1;
        for (qsizetype i = from; i < to; ++i)
            query->bindValue(index++, deviceNames.at(i));
        if (!query->exec())
            return sql::error(failure, query->lastError());
    }
    return {};
}

Status IssuanceIntents::clearIds(Transaction& transaction, const QList<qint64>& ids)
{
    const QString failure = tr("Could not update the devices about to be issued in the workspace.");
    for (qsizetype from = 0; from < ids.size(); from += valuesPerDelete) {
        const qsizetype to = std::min(ids.size(), from + valuesPerDelete);
        QVariantList values;
        for (qsizetype i = from; i < to; ++i)
            values << ids.at(i);
        auto removed = sql::run(transaction.database(),
                                QStringLiteral("DELETE FROM issuance_intents WHERE id IN (%1)")
                                    .arg(placeholders(to - from, QStringLiteral("?"))),
                                values, failure);
        if (!removed)
            return removed.error();
    }
    return {};
}

Status IssuanceIntents::clearJob(const Workspace& workspace, const QString& job)
{
    auto transaction = Transaction::begin(workspace);
    if (!transaction)
        return transaction.error();
    auto removed = sql::run(transaction->database(), QStringLiteral("DELETE FROM issuance_intents WHERE job = ?"),
                            {job}, tr("Could not update the devices about to be issued in the workspace."));
    if (!removed)
        return removed.error();
    return transaction->commit();
}

Result<bool> IssuanceIntents::claimJob(const QSqlDatabase& database, const QString& job, bool wait)
{
    if (sql::backendOf(database) != sql::Backend::Postgres) {
        return true;
    }
    // hashtext() gives the second int4 key; two jobs sharing a hash only make recovery wait for the other one.
    auto claimed = sql::run(database,
                            wait ? QStringLiteral("SELECT pg_advisory_lock(?, hashtext(?)), true")
                                 : QStringLiteral("SELECT 1, pg_try_advisory_lock(?, hashtext(?))"),
                            {sql::advisoryLockJobSpace, job}, tr("Could not mark the issuing job as running."));
    if (!claimed) {
        return claimed.error();
    }
    if (!claimed->next()) {
        return sql::error(tr("Could not mark the issuing job as running."), claimed->lastError());
    }
    return claimed->value(1).toBool();
}

Result<QList<IssuanceIntent>> IssuanceIntents::pending(const Workspace& workspace)
{
    auto database = workspace.connection();
    if (!database)
        return database.error();
    auto query = sql::run(*database,
                          QStringLiteral("SELECT id, job, ca_id, product_key, device_name, certificate_path, key_path, "
                                         "supersedes_serial FROM issuance_intents ORDER BY id"),
                          {}, tr("Could not read the devices about to be issued from the workspace."));
    if (!query)
        return query.error();
    QList<IssuanceIntent> intents;
    while (query->next()) {
        IssuanceIntent intent;
        intent.id = query->value(0).toLongLong();
        intent.job = query->value(1).toString();
        intent.caId = query->value(2).toLongLong();
        intent.productKey = query->value(3).toString();
        intent.deviceName = query->value(4).toString();
        intent.certificatePath = query->value(5).toString();
        intent.keyPath = query->value(6).toString();
        intent.supersedesSerial = query->value(7).toString();
        intents.append(std::move(intent));
    }
    return intents;
}

} // namespace iotca::model
