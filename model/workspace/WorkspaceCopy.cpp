#include "WorkspaceCopy.h"

#include "SqlDialect.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "Workspace.h"
#include "crypto/Digest.h"
#include "model/audit/AuditLog.h"

#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace iotca::model {

namespace {

struct TableCopy
{
    QString name;
    /// ORDER BY for reading, so both sides digest the rows in the same order.
    QString order;
    /// Whether `id` is an identity column whose sequence must follow the copied ids (PostgreSQL).
    bool identity = false;
};

// Parents before children (foreign keys are checked at each insert on both back ends). device_certificate_counts is
// not copied: the target's triggers rebuild it from the inserted certificates. device_name_search likewise.
const QList<TableCopy>& tables()
{
    static const QList<TableCopy> list = {
        {QStringLiteral("cas"), QStringLiteral("id"), true},
        // Every verification certificate a CA signed (schema step 11): the record is the truth (brief rule 1).
        {QStringLiteral("verification_certificates"), QStringLiteral("id"), true},
        {QStringLiteral("platform_accounts"), QStringLiteral("id"), true},
        {QStringLiteral("ca_registrations"), QStringLiteral("ca_id, account_id"), false},
        {QStringLiteral("device_certificates"), QStringLiteral("id"), true},
        {QStringLiteral("audit_log"), QStringLiteral("id"), true},
        {QStringLiteral("workspace_meta"), QStringLiteral("key"), false},
        {QStringLiteral("issuance_intents"), QStringLiteral("id"), true},
        {QStringLiteral("revocations"), QStringLiteral("ca_id, serial_hex"), false},
        {QStringLiteral("crl_numbers"), QStringLiteral("ca_id"), false},
        {QStringLiteral("pending_ca_keys"), QStringLiteral("id"), true},
        {QStringLiteral("pending_ca_registrations"), QStringLiteral("id"), true},
        {QStringLiteral("unconfirmed_ca_registrations"), QStringLiteral("ca_id, account_id"), false},
    };
    return list;
}

/// One value in a back-end-neutral form for the digest: NULL, an integer, text or bytes (both drivers answer
/// integers as numbers, TEXT as strings and BLOB/bytea as QByteArray).
QByteArray canonical(const QVariant& value)
{
    if (value.isNull()) {
        return QByteArrayLiteral("N");
    }
    if (value.typeId() == QMetaType::QByteArray) {
        return "B" + value.toByteArray().toHex();
    }
    if (value.typeId() == QMetaType::QString) {
        return "S" + value.toString().toUtf8().toHex();
    }
    return "I" + QByteArray::number(value.toLongLong());
}

/// workspace_meta keeps audit_head_id as an integer on SQLite and as its digits on PostgreSQL (sql::metaInteger()).
QVariant metaValue(const QString& key, const QVariant& value, sql::Backend target)
{
    if (key == QLatin1String("audit_head_id")) {
        return sql::metaInteger(target, value.toLongLong());
    }
    return value;
}

QByteArray rowDigestPart(const QSqlRecord& record, const QString& table)
{
    QByteArray row;
    for (int column = 0; column < record.count(); ++column) {
        QVariant value = record.value(column);
        if (table == QLatin1String("workspace_meta") && record.fieldName(column) == QLatin1String("value")
            && record.value(0).toString() == QLatin1String("audit_head_id")) {
            value = QVariant(value.toLongLong());
        }
        row += canonical(value) + '|';
    }
    return row;
}

/// The table's rows as one SHA-256 (and how many), read in `order`, over `columns`.
Result<std::pair<qint64, QByteArray>> digest(const QSqlDatabase& database, const TableCopy& table,
                                             const QStringList& columns)
{
    auto query = sql::run(database,
                          QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                              .arg(columns.join(QStringLiteral(", ")), table.name, table.order),
                          {}, WorkspaceCopy::tr("Could not read the table '%1'.").arg(table.name));
    if (!query) {
        return query.error();
    }
    QByteArray all;
    qint64 rows = 0;
    while (query->next()) {
        all += crypto::sha256(rowDigestPart(query->record(), table.name));
        ++rows;
    }
    return std::pair<qint64, QByteArray> {rows, crypto::sha256(all)};
}

} // namespace

Result<WorkspaceCopyReport> WorkspaceCopy::run(const Workspace& source, Workspace& target)
{
    auto from = source.connection();
    if (!from) {
        return from.error();
    }
    const QString notEmpty = tr("The workspace '%1' is not empty; copy into a new workspace.").arg(target.folder());
    auto transaction = Transaction::begin(target);
    if (!transaction) {
        return transaction.error();
    }
    const QSqlDatabase to = transaction->database();
    const sql::Backend targetBackend = sql::backendOf(to);
    for (const QString& table : {QStringLiteral("cas"), QStringLiteral("platform_accounts"),
                                 QStringLiteral("device_certificates"), QStringLiteral("audit_log")}) {
        auto count = sql::run(to, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table), {}, notEmpty);
        if (!count) {
            return count.error();
        }
        if (!count->next() || count->value(0).toLongLong() != 0) {
            return Error {notEmpty, {}, QStringLiteral("NotEmpty")};
        }
    }
    // The target's own bookkeeping rows (the audit head of a new workspace) give way to the source's.
    if (auto cleared = sql::run(to, QStringLiteral("DELETE FROM workspace_meta"), {}, notEmpty); !cleared) {
        return cleared.error();
    }

    WorkspaceCopyReport report;
    for (const TableCopy& table : tables()) {
        const QString failure = tr("Could not copy the table '%1'.").arg(table.name);
        auto rows =
            sql::run(*from, QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table.name, table.order), {}, failure);
        if (!rows) {
            return rows.error();
        }
        const QSqlRecord shape = rows->record();
        QStringList columns;
        for (int column = 0; column < shape.count(); ++column) {
            columns << shape.fieldName(column);
        }
        QStringList marks(columns.size(), QStringLiteral("?"));
        auto insert =
            sql::prepare(to,
                         QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                             .arg(table.name, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                         failure);
        if (!insert) {
            return insert.error();
        }
        while (rows->next()) {
            for (int column = 0; column < columns.size(); ++column) {
                QVariant value = rows->value(column);
                if (table.name == QLatin1String("workspace_meta") && columns.at(column) == QLatin1String("value")) {
                    value = metaValue(rows->value(0).toString(), value, targetBackend);
                }
                insert->bindValue(column, value);
            }
            if (Status inserted = sql::exec(*insert, failure); !inserted) {
                return inserted.error();
            }
            ++report.rows;
        }
        rows->finish();
        if (table.identity && targetBackend == sql::Backend::Postgres) {
            // Explicit ids do not advance an identity column's sequence (PostgreSQL 15 docs, 9.17 "Sequence
            // Manipulation Functions": setval; pg_get_serial_sequence names an identity column's sequence too).
            auto advanced = sql::run(to,
                                     QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                    "COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                                         .arg(table.name),
                                     {}, failure);
            if (!advanced) {
                return advanced.error();
            }
        }
        // Row for row: the same rows on both sides.
        auto before = digest(*from, table, columns);
        if (!before) {
            return before.error();
        }
        auto after = digest(to, table, columns);
        if (!after) {
            return after.error();
        }
        if (*before != *after) {
            return Error {
                tr("The copy of the table '%1' does not match the original; nothing was copied.").arg(table.name),
                {},
                QStringLiteral("CopyMismatch")};
        }
        ++report.tables;
    }
    // The chain must verify in the target before anything is kept.
    auto verification = target.audit().verify();
    if (!verification) {
        return verification.error();
    }
    if (!verification->intact()) {
        return Error {tr("The copied audit log does not verify: %1").arg(verification->description),
                      {},
                      QStringLiteral("CopyMismatch")};
    }
    report.auditEntries = verification->entriesChecked;
    if (Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return report;
}

} // namespace iotca::model
