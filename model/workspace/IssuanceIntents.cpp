#include "IssuanceIntents.h"

#include "SerialSource.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "Workspace.h"
#include "model/ModelErrorCode.h"

#include <QDateTime>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <numeric>
#include <optional>

namespace iotca::model {

namespace {

/// Rows per multi-row statement (10 bound values each) and values per IN (...) list. Small on purpose: QtSql turns
/// every "?" into a named placeholder (":fN", QSqlResult::savePrepare), and SQLite looks names up linearly at prepare
/// (sqlite3VListNameToNum) and Qt once per bound value at exec (sqlite3_bind_parameter_name), so a statement of n
/// values costs O(n²): 500 rows of 8 were 1-2 s of CPU per 20,000 devices (perf, issue 21). A full chunk's statement
/// is prepared once per call and reused.
constexpr qsizetype rowsPerInsert = 32;
constexpr qsizetype valuesPerDelete = 64;
/// Serials per look-up of the certificates a CA signed (three IN lists of this many values each).
constexpr qsizetype serialsPerLookup = 32;

QString placeholders(qsizetype count, const QString& one)
{
    QStringList list;
    list.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        list.append(one);
    return list.join(QLatin1Char(','));
}

/// Inserts intents[rows] with their serials, rowsPerInsert rows per statement. A row whose (ca_id, serial_hex) an
/// intent holds already is skipped, not an error: ON CONFLICT DO NOTHING (https://www.sqlite.org/lang_upsert.html;
/// PostgreSQL 15 docs, INSERT, "ON CONFLICT Clause"), which also waits for a concurrent inserter of the same key to
/// finish. Returns the rows skipped: a statement that inserted fewer rows than it had (numRowsAffected: SQLite's
/// sqlite3_changes(), PostgreSQL's command tag) has its rows looked up by serial.
Result<QList<qsizetype>> insertRows(const QSqlDatabase& database, const QList<IssuanceIntent>& intents,
                                    const QList<qsizetype>& rows, const QString& failure)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto statement = [](qsizetype count) {
        return QStringLiteral("INSERT INTO issuance_intents (job, ca_id, product_key, device_name, certificate_path, "
                              "key_path, created, supersedes_serial, serial_hex, certificate_kind) VALUES ")
            + placeholders(count, QStringLiteral("(?,?,?,?,?,?,?,?,?,?)")) + QStringLiteral(" ON CONFLICT DO NOTHING");
    };
    QList<qsizetype> skipped;
    std::optional<QSqlQuery> full;
    for (qsizetype from = 0; from < rows.size(); from += rowsPerInsert) {
        const qsizetype to = std::min(rows.size(), from + rowsPerInsert);
        std::optional<QSqlQuery> last;
        std::optional<QSqlQuery>& query = to - from == rowsPerInsert ? full : last;
        if (!query) {
            auto prepared = sql::prepare(database, statement(to - from), failure);
            if (!prepared)
                return prepared.error();
            query.emplace(std::move(*prepared));
        }
        int index = 0;
        for (qsizetype i = from; i < to; ++i) {
            const IssuanceIntent& intent = intents.at(rows.at(i));
            for (const QVariant& value :
                 {QVariant(intent.job), QVariant(intent.caId), sql::text(intent.productKey),
                  sql::text(intent.deviceName), sql::text(intent.certificatePath), sql::text(intent.keyPath),
                  QVariant(now), sql::text(intent.supersedesSerial), QVariant(intent.serial.toHex()),
                  QVariant(IssuanceIntents::kindName(intent.kind))})
                query->bindValue(index++, value);
        }
        if (!query->exec())
            return sql::error(failure, query->lastError());
        if (query->numRowsAffected() == to - from)
            continue;
        for (qsizetype i = from; i < to; ++i) {
            const IssuanceIntent& intent = intents.at(rows.at(i));
            auto holder = sql::run(database,
                                   QStringLiteral("SELECT job, device_name FROM issuance_intents WHERE ca_id = ? AND "
                                                  "serial_hex = ?"),
                                   {intent.caId, intent.serial.toHex()}, failure);
            if (!holder)
                return holder.error();
            if (!holder->next() || holder->value(0).toString() != intent.job
                || holder->value(1).toString() != intent.deviceName)
                skipped.append(rows.at(i));
        }
    }
    return skipped;
}

/// The rows of intents[rows] whose serial a certificate the workspace records for their CA carries already: a device
/// certificate (UNIQUE (ca_id, serial_hex)), a verification certificate, or a CA certificate it issued (or its own,
/// when it is self-issued). RFC 5280 4.1.2.2: unique for each certificate a given CA issues.
Result<QList<qsizetype>> takenByCertificates(const QSqlDatabase& database, const QList<IssuanceIntent>& intents,
                                             const QList<qsizetype>& rows, const QString& failure)
{
    QMap<qint64, QList<qsizetype>> byCa;
    for (const qsizetype row : rows)
        byCa[intents.at(row).caId].append(row);
    QList<qsizetype> taken;
    for (auto ca = byCa.cbegin(); ca != byCa.cend(); ++ca) {
        const QList<qsizetype>& caRows = ca.value();
        std::optional<QSqlQuery> full;
        for (qsizetype from = 0; from < caRows.size(); from += serialsPerLookup) {
            const qsizetype to = std::min(caRows.size(), from + serialsPerLookup);
            std::optional<QSqlQuery> last;
            std::optional<QSqlQuery>& query = to - from == serialsPerLookup ? full : last;
            if (!query) {
                const QString list = placeholders(to - from, QStringLiteral("?"));
                auto prepared = sql::prepare(
                    database,
                    QStringLiteral("SELECT serial_hex FROM device_certificates WHERE ca_id = ? AND serial_hex IN (%1) "
                                   "UNION ALL SELECT serial_hex FROM verification_certificates WHERE ca_id = ? AND "
                                   "serial_hex IN (%1) "
                                   "UNION ALL SELECT serial_hex FROM cas WHERE (id = ? OR parent_ca_id = ?) AND "
                                   "serial_hex IN (%1)")
                        .arg(list),
                    failure);
                if (!prepared)
                    return prepared.error();
                query.emplace(std::move(*prepared));
            }
            QStringList serials;
            serials.reserve(to - from);
            for (qsizetype i = from; i < to; ++i)
                serials.append(intents.at(caRows.at(i)).serial.toHex());
            int index = 0;
            for (int list = 0; list < 3; ++list) {
                query->bindValue(index++, ca.key());
                if (list == 2)
                    query->bindValue(index++, ca.key());
                for (const QString& serial : std::as_const(serials))
                    query->bindValue(index++, serial);
            }
            if (!query->exec())
                return sql::error(failure, query->lastError());
            QSet<QString> found;
            while (query->next())
                found.insert(query->value(0).toString());
            query->finish();
            if (found.isEmpty())
                continue;
            for (qsizetype i = from; i < to; ++i) {
                if (found.contains(serials.at(i - from)))
                    taken.append(caRows.at(i));
            }
        }
    }
    return taken;
}

/// Runs `statement` (its `%1` an IN list) for `job` and each chunk of `deviceNames` (valuesPerDelete names a
/// chunk): one statement prepared for the full chunks and one for the rest, as QtSql turns each `?` into a named
/// placeholder that SQLite looks up linearly when preparing. `eachRow(query)` reads a SELECT's rows.
template<class EachRow>
Status forNameChunks(const QSqlDatabase& database, const QString& statement, const QString& job,
                     const QStringList& deviceNames, const QString& failure, EachRow eachRow)
{
    std::optional<QSqlQuery> full;
    for (qsizetype from = 0; from < deviceNames.size(); from += valuesPerDelete) {
        const qsizetype to = std::min(deviceNames.size(), from + valuesPerDelete);
        std::optional<QSqlQuery> last;
        std::optional<QSqlQuery>& query = to - from == valuesPerDelete ? full : last;
        if (!query) {
            auto prepared =
                sql::prepare(database, statement.arg(placeholders(to - from, QStringLiteral("?"))), failure);
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
        while (query->isSelect() && query->next()) {
            if (Status read = eachRow(*query); !read)
                return read;
        }
    }
    return {};
}
} // namespace

QString IssuanceIntents::newJobId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString IssuanceIntents::kindName(IssuedCertificateKind kind)
{
    switch (kind) {
    case IssuedCertificateKind::Ca:
        return QStringLiteral("ca");
    case IssuedCertificateKind::Verification:
        return QStringLiteral("verification");
    case IssuedCertificateKind::Device:
        break;
    }
    return QStringLiteral("device");
}

Result<QList<IssuanceIntent>> IssuanceIntents::record(const Workspace& workspace, QList<IssuanceIntent> intents)
{
    if (intents.isEmpty())
        return intents;
    auto transaction = Transaction::begin(workspace);
    if (!transaction)
        return transaction.error();
    if (Status inserted = insert(*transaction, intents); !inserted)
        return inserted.error();
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return intents;
}

Status IssuanceIntents::insert(Transaction& transaction, QList<IssuanceIntent>& intents)
{
    // A team workspace: the job is live while this connection lasts (claimJob()), so another operator's
    // IssuanceRecovery leaves its intents alone.
    if (!intents.isEmpty()) {
        QStringList jobs;
        for (const IssuanceIntent& intent : std::as_const(intents)) {
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
    const QSqlDatabase& database = transaction.database();
    QList<qsizetype> pending(intents.size());
    std::iota(pending.begin(), pending.end(), qsizetype(0));
    // Each round draws a serial for every intent not reserved yet. An intent whose serial another intent holds (of
    // any job or operator: the unique index) is not inserted; one whose serial a recorded certificate of the CA
    // carries is deleted again. Both draw anew in the next round.
    for (int attempt = 0; attempt < serialAttempts && !pending.isEmpty(); ++attempt) {
        QList<qsizetype> drawn;
        QList<qsizetype> unusable;
        drawn.reserve(pending.size());
        for (const qsizetype row : std::as_const(pending)) {
            crypto::SerialNumber& serial = intents[row].serial;
            serial = SerialSource::draw();
            // RFC 5280 4.1.2.2: a positive integer of at most 20 octets.
            if (serial.isZero() || serial.isNegative() || serial.byteLength() > 20)
                unusable.append(row);
            else
                drawn.append(row);
        }
        auto skipped = insertRows(database, intents, drawn, failure);
        if (!skipped)
            return skipped.error();
        QList<qsizetype> inserted;
        if (skipped->isEmpty()) {
            inserted = std::move(drawn);
        } else {
            const QSet<qsizetype> refused(skipped->cbegin(), skipped->cend());
            for (const qsizetype row : std::as_const(drawn)) {
                if (!refused.contains(row))
                    inserted.append(row);
            }
        }
        auto taken = takenByCertificates(database, intents, inserted, failure);
        if (!taken)
            return taken.error();
        for (const qsizetype row : std::as_const(*taken)) {
            auto removed =
                sql::run(database, QStringLiteral("DELETE FROM issuance_intents WHERE ca_id = ? AND serial_hex = ?"),
                         {intents.at(row).caId, intents.at(row).serial.toHex()}, failure);
            if (!removed)
                return removed.error();
        }
        pending = unusable + *skipped + *taken;
        std::sort(pending.begin(), pending.end());
    }
    if (!pending.isEmpty()) {
        const IssuanceIntent& first = intents.at(pending.constFirst());
        for (const qsizetype row : std::as_const(pending))
            intents[row].serial = crypto::SerialNumber();
        QString message;
        switch (first.kind) {
        case IssuedCertificateKind::Ca:
            //: %1 is the name of a CA, %2 a number of attempts
            message = tr("Could not find an unused serial number for the certificate of the CA '%1' in %2 attempts; "
                         "nothing was signed.");
            break;
        case IssuedCertificateKind::Verification:
            //: %1 is a registration code, %2 a number of attempts
            message = tr("Could not find an unused serial number for the verification certificate for '%1' in %2 "
                         "attempts; nothing was signed.");
            break;
        case IssuedCertificateKind::Device:
            //: %1 is a device name, %2 a number of attempts
            message = tr("Could not find an unused serial number for the certificate of the device '%1' in %2 "
                         "attempts; nothing was signed.");
            break;
        }
        return Error {message.arg(first.deviceName).arg(serialAttempts), {}, ErrorCode::SerialsExhausted};
    }
    return {};
}

Result<QHash<QString, crypto::SerialNumber>>
IssuanceIntents::reservedSerials(const Workspace& workspace, const QString& job, const QStringList& deviceNames)
{
    const QString failure = tr("Could not read the serial numbers reserved for the devices about to be issued.");
    auto database = workspace.connection();
    if (!database)
        return database.error();
    QHash<QString, crypto::SerialNumber> serials;
    serials.reserve(deviceNames.size());
    // The index issuance_intents_job (job, device_name) answers each lookup.
    Status read = forNameChunks(*database,
                                QStringLiteral("SELECT device_name, serial_hex FROM issuance_intents WHERE job = ? AND "
                                               "device_name IN (%1)"),
                                job, deviceNames, failure, [&serials, &failure](const QSqlQuery& query) -> Status {
                                    auto serial = crypto::SerialNumber::fromHex(query.value(1).toString());
                                    if (!serial)
                                        return Error {failure, serial.error().message};
                                    serials.insert(query.value(0).toString(), *serial);
                                    return {};
                                });
    if (!read)
        return read.error();
    return serials;
}

Status IssuanceIntents::clear(Transaction& transaction, const QString& job, const QStringList& deviceNames)
{
    return forNameChunks(transaction.database(),
                         QStringLiteral("DELETE FROM issuance_intents WHERE job = ? AND device_name IN (%1)"), job,
                         deviceNames, tr("Could not update the devices about to be issued in the workspace."),
                         [](const QSqlQuery&) { return Status {}; });
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

void IssuanceIntents::releaseJob(const QSqlDatabase& database, const QString& job)
{
    if (sql::backendOf(database) != sql::Backend::Postgres)
        return;
    // A session-level advisory lock is released as often as it was taken (PostgreSQL 15 docs, 9.27.10); a failure
    // only keeps the claim until the connection ends.
    (void)sql::run(database, QStringLiteral("SELECT pg_advisory_unlock(?, hashtext(?))"),
                   {sql::advisoryLockJobSpace, job}, tr("Could not mark the issuing job as finished."));
}

Result<QList<IssuanceIntent>> IssuanceIntents::pending(const Workspace& workspace)
{
    auto database = workspace.connection();
    if (!database)
        return database.error();
    auto query = sql::run(*database,
                          QStringLiteral("SELECT id, job, ca_id, product_key, device_name, certificate_path, key_path, "
                                         "supersedes_serial, serial_hex, certificate_kind FROM issuance_intents "
                                         "ORDER BY id"),
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
        if (!query->value(8).isNull()) {
            if (auto serial = crypto::SerialNumber::fromHex(query->value(8).toString()))
                intent.serial = *serial;
        }
        const QString kind = query->value(9).toString();
        for (const IssuedCertificateKind candidate : {IssuedCertificateKind::Ca, IssuedCertificateKind::Verification}) {
            if (kind == kindName(candidate))
                intent.kind = candidate;
        }
        intents.append(std::move(intent));
    }
    return intents;
}

} // namespace iotca::model
