#include "RevocationRepository.h"

#include "DeviceCertificateRepository.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "Workspace.h"
#include "model/audit/AuditAction.h"
#include "model/audit/AuditLog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace iotca::model {

namespace {

RevocationRecord revocationFromQuery(const QSqlQuery& query)
{
    RevocationRecord record;
    record.caId = query.value(0).toLongLong();
    record.serialHex = query.value(1).toString();
    record.revokedAt = sql::toDateTime(query.value(2));
    record.reason =
        crypto::revocationReasonFromCode(query.value(3).toInt()).value_or(crypto::RevocationReason::Unspecified);
    return record;
}

const QString revocationColumns = QStringLiteral("SELECT ca_id, serial_hex, revoked_at, reason FROM revocations ");

} // namespace

RevocationRepository::RevocationRepository(Workspace& workspace)
    : m_workspace(workspace)
{ }

Result<int> RevocationRepository::revoke(qint64 caId, const QStringList& serials, crypto::RevocationReason reason,
                                         const QDateTime& when)
{
    QStringList normalised;
    QStringList invalid;
    for (const QString& serial : serials) {
        const QString value = DeviceCertificateRepository::normaliseSerial(serial);
        if (value.isEmpty())
            invalid.append(serial);
        else if (!normalised.contains(value))
            normalised.append(value);
    }
    if (!invalid.isEmpty()) {
        //: %1 is a list of serial numbers
        return Error {tr("Not hexadecimal serial numbers: %1.").arg(invalid.join(QStringLiteral(", "))),
                      {},
                      QStringLiteral("InvalidSerial")};
    }
    if (normalised.isEmpty())
        return Error {tr("No serial number to revoke was given."), {}, QStringLiteral("InvalidSerial")};

    auto transaction = Transaction::begin(m_workspace);
    if (!transaction)
        return transaction.error();
    const QSqlDatabase database = transaction->database();
    const QString failure = tr("Could not revoke the certificates.");
    QStringList unknown;
    QStringList already;
    QList<qint64> revokedCaIds;
    for (const QString& serial : std::as_const(normalised)) {
        auto owner = sql::run(database,
                              QStringLiteral("SELECT 0 FROM device_certificates WHERE ca_id = ? AND serial_hex = ? "
                                             "UNION ALL SELECT id FROM cas WHERE parent_ca_id = ? AND serial_hex = ?"),
                              {caId, serial, caId, serial}, failure);
        if (!owner)
            return owner.error();
        if (!owner->next()) {
            unknown.append(serial);
            continue;
        }
        if (const qint64 childCaId = owner->value(0).toLongLong(); childCaId > 0)
            revokedCaIds.append(childCaId);
        auto existing =
            sql::run(database, QStringLiteral("SELECT 1 FROM revocations WHERE ca_id = ? AND serial_hex = ?"),
                     {caId, serial}, failure);
        if (!existing)
            return existing.error();
        if (existing->next())
            already.append(serial);
    }
    if (!unknown.isEmpty()) {
        //: %1 is a list of serial numbers
        return Error {tr("The CA issued no certificate recorded in this workspace with the serial numbers %1; nothing "
                         "was revoked.")
                          .arg(unknown.join(QStringLiteral(", "))),
                      {},
                      QStringLiteral("NotFound")};
    }
    if (!already.isEmpty()) {
        //: %1 is a list of serial numbers
        return Error {tr("Already revoked: %1; nothing was revoked.").arg(already.join(QStringLiteral(", "))),
                      {},
                      QStringLiteral("AlreadyRevoked")};
    }
    const QDateTime revokedAt = QDateTime::fromSecsSinceEpoch(
        (when.isValid() ? when : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch(), Qt::UTC);
    for (const QString& serial : std::as_const(normalised)) {
        auto insert = sql::run(database,
                               QStringLiteral("INSERT INTO revocations (ca_id, serial_hex, revoked_at, reason) "
                                              "VALUES (?, ?, ?, ?)"),
                               {caId, serial, sql::fromDateTime(revokedAt), static_cast<int>(reason)}, failure);
        if (!insert)
            return insert.error();
    }
    QJsonArray serialArray;
    for (const QString& serial : std::as_const(normalised))
        serialArray.append(serial);
    const QJsonObject details {{QStringLiteral("serials"), serialArray},
                               {QStringLiteral("reason"), crypto::revocationReasonName(reason)},
                               {QStringLiteral("revokedAt"), revokedAt.toString(Qt::ISODate)}};
    auto audited = m_workspace.audit().append(*transaction, AuditAction::CertificatesRevoked, QStringLiteral("ca"),
                                              QString::number(caId), details);
    if (!audited)
        return audited.error();
    Workspace* workspace = &m_workspace;
    transaction->afterCommit([workspace, caId, revokedCaIds] {
        Q_EMIT workspace->deviceCertificatesChanged(caId, {});
        for (const qint64 child : revokedCaIds)
            Q_EMIT workspace->caChanged(child);
    });
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return static_cast<int>(normalised.size());
}

Result<QList<RevocationRecord>> RevocationRepository::listForCa(qint64 caId) const
{
    auto database = m_workspace.connection();
    if (!database)
        return database.error();
    auto query = sql::run(*database, revocationColumns + QStringLiteral("WHERE ca_id = ? ORDER BY serial_hex"), {caId},
                          tr("Could not read the revocations of the CA %1.").arg(caId));
    if (!query)
        return query.error();
    QList<RevocationRecord> result;
    while (query->next())
        result.append(revocationFromQuery(*query));
    return result;
}

Result<QSet<QString>> RevocationRepository::revokedSerials(qint64 caId) const
{
    auto records = listForCa(caId);
    if (!records)
        return records.error();
    QSet<QString> serials;
    for (const RevocationRecord& record : std::as_const(*records))
        serials.insert(record.serialHex);
    return serials;
}

Result<std::optional<RevocationRecord>> RevocationRepository::find(qint64 caId, const QString& serial) const
{
    auto database = m_workspace.connection();
    if (!database)
        return database.error();
    auto query = sql::run(*database, revocationColumns + QStringLiteral("WHERE ca_id = ? AND serial_hex = ?"),
                          {caId, DeviceCertificateRepository::normaliseSerial(serial)},
                          tr("Could not read the revocations of the CA %1.").arg(caId));
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<RevocationRecord>();
    return std::optional<RevocationRecord>(revocationFromQuery(*query));
}

Result<qint64> RevocationRepository::takeNextCrlNumber(Transaction& transaction, qint64 caId)
{
    const QString failure = tr("Could not count the CRLs of the CA %1.").arg(caId);
    // The existing row's column named by its table: PostgreSQL finds a bare `last_number` ambiguous beside
    // EXCLUDED.last_number (PostgreSQL 15 docs, INSERT, "ON CONFLICT Clause": "use the table's name (or an alias)"),
    // and SQLite takes the qualified name as well (https://www.sqlite.org/lang_upsert.html).
    auto upsert = sql::run(transaction.database(),
                           QStringLiteral("INSERT INTO crl_numbers (ca_id, last_number) VALUES (?, 1) ON CONFLICT "
                                          "(ca_id) DO UPDATE SET last_number = crl_numbers.last_number + 1"),
                           {caId}, failure);
    if (!upsert)
        return upsert.error();
    auto query = sql::run(transaction.database(), QStringLiteral("SELECT last_number FROM crl_numbers WHERE ca_id = ?"),
                          {caId}, failure);
    if (!query)
        return query.error();
    if (!query->next())
        return sql::error(failure, query->lastError());
    return query->value(0).toLongLong();
}

Result<qint64> RevocationRepository::lastCrlNumber(qint64 caId) const
{
    auto database = m_workspace.connection();
    if (!database)
        return database.error();
    auto query = sql::run(*database, QStringLiteral("SELECT last_number FROM crl_numbers WHERE ca_id = ?"), {caId},
                          tr("Could not count the CRLs of the CA %1.").arg(caId));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : qint64 {0};
}

} // namespace iotca::model
