#include "DeviceCertificateRepository.h"

#include "SqlDialect.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "Workspace.h"
#include "model/audit/AuditAction.h"
#include "model/audit/AuditLog.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace iotca::model {

namespace {

/// Audit entries name at most this many serials; the count is always there.
constexpr int maxSerialsInAudit = 100;

QJsonArray serialSample(const QStringList& serials)
{
    QJsonArray sample;
    for (qsizetype i = 0; i < serials.size() && i < maxSerialsInAudit; ++i) {
        sample.append(serials.at(i));
    }
    return sample;
}

QString actionFor(DeviceCertificateStatus status)
{
    return status == DeviceCertificateStatus::Associated ? QString(AuditAction::DevicesAssociated)
                                                         : QString(AuditAction::DevicesStatusChanged);
}

Status checkCaExists(const QSqlDatabase& database, qint64 caId)
{
    auto query = sql::run(database, QStringLiteral("SELECT 1 FROM cas WHERE id = ?"), {caId},
                          DeviceCertificateRepository::tr("Could not read the CA %1.").arg(caId));
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Error {DeviceCertificateRepository::tr("There is no CA with id %1 in this workspace.").arg(caId),
                      {},
                      QStringLiteral("NotFound")};
    }
    return {};
}

} // namespace

DeviceCertificateRepository::DeviceCertificateRepository(Workspace& workspace)
    : m_workspace(workspace)
{ }

QString DeviceCertificateRepository::normaliseSerial(const QString& serial)
{
    QString digits;
    digits.reserve(serial.size());
    QStringView text = QStringView(serial).trimmed();
    if (text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        text = text.mid(2);
    }
    for (const QChar c : text) {
        if (c == QLatin1Char(':') || c == QLatin1Char(' ') || c == QLatin1Char('-')) {
            continue;
        }
        const bool hex = (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        if (!hex) {
            return {};
        }
        digits.append(c.toUpper());
    }
    if (digits.isEmpty()) {
        return {};
    }
    // As `openssl x509 -serial` prints it: two digits per byte of the minimal magnitude, "00" for zero.
    qsizetype firstNonZero = 0;
    while (firstNonZero < digits.size() && digits.at(firstNonZero) == QLatin1Char('0')) {
        ++firstNonZero;
    }
    digits = digits.mid(firstNonZero);
    if (digits.isEmpty()) {
        return QStringLiteral("00");
    }
    if (digits.size() % 2 != 0) {
        digits.prepend(QLatin1Char('0'));
    }
    return digits;
}

Result<int> DeviceCertificateRepository::add(qint64 caId, const QList<DeviceCertificateRecord>& records,
                                             DeviceCertificateOrigin origin)
{
    if (records.isEmpty()) {
        return 0;
    }
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction) {
        return transaction.error();
    }
    const QSqlDatabase database = transaction->database();
    if (Status exists = checkCaExists(database, caId); !exists) {
        return exists.error();
    }
    const QString failure = tr("Could not add the device certificates to the workspace.");
    // The records up to the first unusable one are inserted (a taken serial or name among them is reported
    // first, as the first offending record); then the unusable one is reported. Either way nothing is committed.
    QStringList serials;
    serials.reserve(records.size());
    QSet<QString> products;
    std::optional<Error> unusable;
    for (qsizetype i = 0; i < records.size() && !unusable; ++i) {
        const DeviceCertificateRecord& record = records.at(i);
        const QString serial = normaliseSerial(record.serialHex);
        if (serial.isEmpty()) {
            //: %1 is a position in a list, %2 the text given as serial number, %3 a device name
            unusable = Error {tr("Certificate %1 (device '%3'): '%2' is not a hexadecimal serial number.")
                                  .arg(i + 1)
                                  .arg(record.serialHex, record.deviceName),
                              {},
                              QStringLiteral("InvalidSerial")};
        } else if (record.deviceName.isEmpty() || record.certificateDer.isEmpty() || !record.notAfter.isValid()) {
            unusable =
                Error {tr("Certificate %1 (serial %2) lacks a device name, the certificate or its end of validity.")
                           .arg(i + 1)
                           .arg(serial),
                       {},
                       QStringLiteral("InvalidRecord")};
        } else {
            serials.append(serial);
            products.insert(record.productKey);
        }
    }
    // Many rows per INSERT: each statement that fires the schema's triggers keeps a statement journal of every page
    // it changes, so one row per statement would copy the same index pages once per row (about 3x the cost).
    const QVariant created = sql::fromDateTime(QDateTime::currentDateTimeUtc());
    const auto prepareInsert = [&database, &failure](qsizetype rows) {
        QStringList tuples;
        for (qsizetype row = 0; row < rows; ++row) {
            tuples << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        return sql::prepare(
            database,
            QStringLiteral("INSERT INTO device_certificates (ca_id, serial_hex, product_key, device_name, "
                           "certificate_der, status, not_after, exported_path, created) VALUES ")
                + tuples.join(QStringLiteral(", ")),
            failure);
    };
    const auto bindRecord = [&](QSqlQuery& query, int offset, qsizetype i) {
        const DeviceCertificateRecord& record = records.at(i);
        query.bindValue(offset + 0, caId);
        query.bindValue(offset + 1, serials.at(i));
        query.bindValue(offset + 2, sql::text(record.productKey));
        query.bindValue(offset + 3, record.deviceName);
        query.bindValue(offset + 4, record.certificateDer);
        query.bindValue(offset + 5, deviceCertificateStatusName(record.status));
        query.bindValue(offset + 6, sql::fromDateTime(record.notAfter));
        query.bindValue(offset + 7, sql::text(record.exportedPath));
        query.bindValue(offset + 8, created);
    };
    // A failed statement leaves SQLite's transaction as it was, but aborts PostgreSQL's until a ROLLBACK TO SAVEPOINT
    // (PostgreSQL 15 docs, 3.4 "Transactions"; SAVEPOINT): on a team workspace each attempt runs under a savepoint,
    // so a UNIQUE failure can be examined and named like on SQLite.
    const bool postgres = sql::backendOf(database) == sql::Backend::Postgres;
    const auto attempt = [&database, postgres](QSqlQuery& query) {
        if (!postgres) {
            return query.exec();
        }
        QSqlQuery savepoint(database);
        (void)savepoint.exec(QStringLiteral("SAVEPOINT iotca_insert"));
        const bool done = query.exec();
        if (!done) {
            (void)savepoint.exec(QStringLiteral("ROLLBACK TO SAVEPOINT iotca_insert"));
        }
        (void)savepoint.exec(QStringLiteral("RELEASE SAVEPOINT iotca_insert"));
        return done;
    };
    // Names the first record of [from, to) that cannot be inserted, row by row; called after a chunk failed on a
    // UNIQUE constraint (the failed statement left nothing behind).
    const auto findTaken = [&](qsizetype from, qsizetype to, const QSqlError& chunkError) -> Error {
        auto single = prepareInsert(1);
        if (!single) {
            return single.error();
        }
        for (qsizetype i = from; i < to; ++i) {
            bindRecord(*single, 0, i);
            if (attempt(*single)) {
                continue;
            }
            const QSqlError sqlError = single->lastError();
            if (!sql::isUniqueViolation(sqlError)) {
                return sql::error(failure, sqlError);
            }
            auto taken = sql::run(
                database, QStringLiteral("SELECT 1 FROM device_certificates WHERE ca_id = ? AND serial_hex = ?"),
                {caId, serials.at(i)}, failure);
            if (taken && taken->next()) {
                return Error {tr("Certificate %1: the CA already has a certificate with serial number %2.")
                                  .arg(i + 1)
                                  .arg(serials.at(i)),
                              sqlError.databaseText(), QStringLiteral("SerialTaken")};
            }
            //: %2 is a product key, %3 a device name
            return Error {tr("Certificate %1: product '%2' already has a device named '%3'.")
                              .arg(i + 1)
                              .arg(records.at(i).productKey, records.at(i).deviceName),
                          sqlError.databaseText(), QStringLiteral("DeviceNameTaken")};
        }
        return sql::error(failure, chunkError);
    };
    constexpr qsizetype rowsPerInsert = 64; // 576 bound values, below every SQLite's limit
    std::optional<QSqlQuery> fullInsert;
    const qsizetype usable = serials.size();
    for (qsizetype from = 0; from < usable; from += rowsPerInsert) {
        const qsizetype to = std::min(usable, from + rowsPerInsert);
        std::optional<QSqlQuery> lastInsert;
        QSqlQuery* insert = nullptr;
        if (to - from == rowsPerInsert) {
            if (!fullInsert) {
                auto prepared = prepareInsert(rowsPerInsert);
                if (!prepared) {
                    return prepared.error();
                }
                fullInsert.emplace(std::move(*prepared));
            }
            insert = &*fullInsert;
        } else {
            auto prepared = prepareInsert(to - from);
            if (!prepared) {
                return prepared.error();
            }
            lastInsert.emplace(std::move(*prepared));
            insert = &*lastInsert;
        }
        for (qsizetype i = from; i < to; ++i) {
            bindRecord(*insert, static_cast<int>((i - from) * 9), i);
        }
        if (!attempt(*insert)) {
            const QSqlError sqlError = insert->lastError();
            if (!sql::isUniqueViolation(sqlError)) {
                return sql::error(failure, sqlError);
            }
            return findTaken(from, to, sqlError);
        }
    }
    if (unusable) {
        return *unusable;
    }
    QStringList productList(products.cbegin(), products.cend());
    productList.sort();
    const QJsonObject details {{QStringLiteral("count"), static_cast<qint64>(records.size())},
                               {QStringLiteral("products"), QJsonArray::fromStringList(productList)},
                               {QStringLiteral("firstSerial"), serials.constFirst()},
                               {QStringLiteral("lastSerial"), serials.constLast()},
                               {QStringLiteral("serials"), serialSample(serials)}};
    const QString action = origin == DeviceCertificateOrigin::CsvImport ? QString(AuditAction::CsvImported)
        : origin == DeviceCertificateOrigin::Recovered                  ? QString(AuditAction::DevicesRecovered)
                                                                        : QString(AuditAction::DevicesIssued);
    auto audited =
        m_workspace.audit().append(*transaction, action, QStringLiteral("ca"), QString::number(caId), details);
    if (!audited) {
        return audited.error();
    }
    const int count = static_cast<int>(records.size());
    Workspace* workspace = &m_workspace;
    transaction->afterCommit([workspace, caId, count] { Q_EMIT workspace->deviceCertificatesAdded(caId, count); });
    if (Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return count;
}

Result<int> DeviceCertificateRepository::setStatusForCa(qint64 caId, DeviceCertificateStatus status)
{
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction) {
        return transaction.error();
    }
    if (Status exists = checkCaExists(transaction->database(), caId); !exists) {
        return exists.error();
    }
    auto update = sql::run(transaction->database(),
                           QStringLiteral("UPDATE device_certificates SET status = ? WHERE ca_id = ? AND status != ?"),
                           {deviceCertificateStatusName(status), caId, deviceCertificateStatusName(status)},
                           tr("Could not change the status of the device certificates of CA %1.").arg(caId));
    if (!update) {
        return update.error();
    }
    const int changed = update->numRowsAffected();
    if (changed == 0) {
        return 0;
    }
    auto audited =
        m_workspace.audit().append(*transaction, actionFor(status), QStringLiteral("ca"), QString::number(caId),
                                   {{QStringLiteral("status"), deviceCertificateStatusName(status)},
                                    {QStringLiteral("count"), changed},
                                    {QStringLiteral("allOfCa"), true}});
    if (!audited) {
        return audited.error();
    }
    Workspace* workspace = &m_workspace;
    // Too many to list (a whole CA): no ids, so listeners read what they show again.
    transaction->afterCommit([workspace, caId] { Q_EMIT workspace->deviceCertificatesChanged(caId, {}); });
    if (Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return changed;
}

Result<int> DeviceCertificateRepository::setStatus(qint64 caId, const QStringList& serials,
                                                   DeviceCertificateStatus status)
{
    if (serials.isEmpty()) {
        return 0;
    }
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction) {
        return transaction.error();
    }
    const QSqlDatabase database = transaction->database();
    const QString failure = tr("Could not change the status of device certificates of CA %1.").arg(caId);
    auto lookup = sql::prepare(
        database, QStringLiteral("SELECT id, status FROM device_certificates WHERE ca_id = ? AND serial_hex = ?"),
        failure);
    auto update =
        sql::prepare(database, QStringLiteral("UPDATE device_certificates SET status = ? WHERE id = ?"), failure);
    if (!lookup || !update) {
        return !lookup ? lookup.error() : update.error();
    }
    const QString statusName = deviceCertificateStatusName(status);
    QStringList changedSerials;
    QList<qint64> changedIds;
    for (const QString& given : serials) {
        const QString serial = normaliseSerial(given);
        lookup->bindValue(0, caId);
        lookup->bindValue(1, serial);
        if (Status ran = sql::exec(*lookup, failure); !ran) {
            return ran.error();
        }
        if (!lookup->next()) {
            return Error {tr("The CA %1 has no device certificate with serial number '%2'.").arg(caId).arg(given),
                          {},
                          QStringLiteral("NotFound")};
        }
        const qint64 id = lookup->value(0).toLongLong();
        const bool same = lookup->value(1).toString() == statusName;
        lookup->finish();
        if (same) {
            continue;
        }
        update->bindValue(0, statusName);
        update->bindValue(1, id);
        if (Status ran = sql::exec(*update, failure); !ran) {
            return ran.error();
        }
        changedSerials << serial;
        changedIds << id;
    }
    if (changedSerials.isEmpty()) {
        return 0;
    }
    auto audited =
        m_workspace.audit().append(*transaction, actionFor(status), QStringLiteral("ca"), QString::number(caId),
                                   {{QStringLiteral("status"), statusName},
                                    {QStringLiteral("count"), static_cast<qint64>(changedSerials.size())},
                                    {QStringLiteral("serials"), serialSample(changedSerials)}});
    if (!audited) {
        return audited.error();
    }
    Workspace* workspace = &m_workspace;
    transaction->afterCommit(
        [workspace, caId, changedIds] { Q_EMIT workspace->deviceCertificatesChanged(caId, changedIds); });
    if (Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return static_cast<int>(changedSerials.size());
}

Result<int> DeviceCertificateRepository::remove(qint64 caId, const QStringList& serials)
{
    if (serials.isEmpty()) {
        return 0;
    }
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction) {
        return transaction.error();
    }
    const QSqlDatabase database = transaction->database();
    const QString failure = tr("Could not delete device certificates of CA %1.").arg(caId);
    auto lookup = sql::prepare(
        database, QStringLiteral("SELECT id FROM device_certificates WHERE ca_id = ? AND serial_hex = ?"), failure);
    auto deletion = sql::prepare(database, QStringLiteral("DELETE FROM device_certificates WHERE id = ?"), failure);
    if (!lookup || !deletion) {
        return !lookup ? lookup.error() : deletion.error();
    }
    // Check every serial first so that the message can name all unknown ones and nothing is deleted.
    QStringList known;
    QList<qint64> knownIds;
    QStringList unknown;
    QSet<QString> seen;
    for (const QString& given : serials) {
        const QString serial = normaliseSerial(given);
        if (serial.isEmpty()) {
            unknown << given;
            continue;
        }
        if (seen.contains(serial)) {
            continue;
        }
        seen.insert(serial);
        lookup->bindValue(0, caId);
        lookup->bindValue(1, serial);
        if (Status ran = sql::exec(*lookup, failure); !ran) {
            return ran.error();
        }
        const bool found = lookup->next();
        const qint64 id = found ? lookup->value(0).toLongLong() : 0;
        lookup->finish();
        if (found) {
            known << serial;
            knownIds << id;
        } else {
            unknown << given;
        }
    }
    if (!unknown.isEmpty()) {
        //: %1 is a CA id, %2 the list of serial numbers, %n how many
        return Error {tr("The CA %1 has no device certificate with serial number(s) %2; nothing was deleted.", nullptr,
                         static_cast<int>(unknown.size()))
                          .arg(caId)
                          .arg(unknown.join(QStringLiteral(", "))),
                      {},
                      QStringLiteral("NotFound")};
    }
    for (const qint64 id : std::as_const(knownIds)) {
        deletion->bindValue(0, id);
        if (Status ran = sql::exec(*deletion, failure); !ran) {
            return ran.error();
        }
    }
    auto audited = m_workspace.audit().append(*transaction, AuditAction::DevicesDeleted, QStringLiteral("ca"),
                                              QString::number(caId),
                                              {{QStringLiteral("count"), static_cast<qint64>(known.size())},
                                               {QStringLiteral("serials"), serialSample(known)}});
    if (!audited) {
        return audited.error();
    }
    Workspace* workspace = &m_workspace;
    transaction->afterCommit(
        [workspace, caId, knownIds] { Q_EMIT workspace->deviceCertificatesChanged(caId, knownIds); });
    if (Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return static_cast<int>(known.size());
}

Status DeviceCertificateRepository::markExported(qint64 caId, const QHash<QString, QString>& exportedPathBySerial)
{
    if (exportedPathBySerial.isEmpty()) {
        return {};
    }
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction) {
        return transaction.error();
    }
    const QString failure = tr("Could not record the export of device certificates of CA %1.").arg(caId);
    auto lookup =
        sql::prepare(transaction->database(),
                     QStringLiteral("SELECT id FROM device_certificates WHERE ca_id = ? AND serial_hex = ?"), failure);
    auto update =
        sql::prepare(transaction->database(),
                     QStringLiteral("UPDATE device_certificates SET exported_path = ? WHERE id = ?"), failure);
    if (!lookup || !update) {
        return !lookup ? lookup.error() : update.error();
    }
    QStringList serials;
    QList<qint64> ids;
    QSet<QString> folders;
    for (auto it = exportedPathBySerial.cbegin(); it != exportedPathBySerial.cend(); ++it) {
        const QString serial = normaliseSerial(it.key());
        lookup->bindValue(0, caId);
        lookup->bindValue(1, serial);
        if (Status ran = sql::exec(*lookup, failure); !ran) {
            return ran;
        }
        const bool found = lookup->next();
        const qint64 id = found ? lookup->value(0).toLongLong() : 0;
        lookup->finish();
        if (!found) {
            return Error {tr("The CA %1 has no device certificate with serial number '%2'.").arg(caId).arg(it.key()),
                          {},
                          QStringLiteral("NotFound")};
        }
        update->bindValue(0, it.value());
        update->bindValue(1, id);
        if (Status ran = sql::exec(*update, failure); !ran) {
            return ran;
        }
        serials << serial;
        ids << id;
        folders.insert(QFileInfo(it.value()).absolutePath());
    }
    serials.sort();
    QStringList folderList(folders.cbegin(), folders.cend());
    folderList.sort();
    auto audited = m_workspace.audit().append(*transaction, AuditAction::DevicesExported, QStringLiteral("ca"),
                                              QString::number(caId),
                                              {{QStringLiteral("count"), static_cast<qint64>(serials.size())},
                                               {QStringLiteral("folders"), QJsonArray::fromStringList(folderList)},
                                               {QStringLiteral("serials"), serialSample(serials)}});
    if (!audited) {
        return audited.error();
    }
    Workspace* workspace = &m_workspace;
    transaction->afterCommit([workspace, caId, ids] { Q_EMIT workspace->deviceCertificatesChanged(caId, ids); });
    return transaction->commit();
}

} // namespace iotca::model
