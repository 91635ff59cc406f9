#include "SqlSupport.h"

#include "SqlDialect.h"

namespace iotca::model::sql {

Error error(const QString& message, const QSqlError& sqlError)
{
    QString detail = sqlError.databaseText();
    if (detail.isEmpty()) {
        detail = sqlError.text();
    }
    return Error {message, detail};
}

Result<QSqlQuery> prepare(const QSqlDatabase& database, const QString& statement, const QString& failureMessage)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        return error(failureMessage, query.lastError());
    }
    return query;
}

Result<QSqlQuery> run(const QSqlDatabase& database, const QString& statement, const QVariantList& values,
                      const QString& failureMessage)
{
    auto query = prepare(database, statement, failureMessage);
    if (!query) {
        return query.error();
    }
    for (const QVariant& value : values) {
        query->addBindValue(value);
    }
    if (!query->exec()) {
        return error(failureMessage, query->lastError());
    }
    return std::move(query).value();
}

Result<qint64> runInsert(const QSqlDatabase& database, const QString& statement, const QVariantList& values,
                         const QString& failureMessage)
{
    const bool postgres = backendOf(database) == Backend::Postgres;
    auto query =
        run(database, postgres ? statement + QStringLiteral(" RETURNING id") : statement, values, failureMessage);
    if (!query) {
        return query.error();
    }
    if (!postgres) {
        return query->lastInsertId().toLongLong();
    }
    if (!query->next()) {
        return error(failureMessage, query->lastError());
    }
    return query->value(0).toLongLong();
}

Status exec(QSqlQuery& query, const QString& failureMessage)
{
    if (!query.exec()) {
        return error(failureMessage, query.lastError());
    }
    return {};
}

QVariant fromDateTime(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime toDateTime(const QVariant& value)
{
    if (value.isNull()) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant text(const QString& value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

QVariant blobOrNull(const QByteArray& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(value);
}

bool isUniqueViolation(const QSqlError& sqlError)
{
    // PostgreSQL: QPSQL reports the SQLSTATE as the native code; 23505 is unique_violation (PostgreSQL 15 docs,
    // Appendix A "PostgreSQL Error Codes", class 23 "Integrity Constraint Violation").
    if (sqlError.nativeErrorCode() == QLatin1String("23505")) {
        return true;
    }
    // SQLite's extended codes: SQLITE_CONSTRAINT_UNIQUE (2067), SQLITE_CONSTRAINT_PRIMARYKEY (1555); the driver
    // may report the primary code SQLITE_CONSTRAINT (19), so the text decides then.
    const QString code = sqlError.nativeErrorCode();
    if (code == QLatin1String("2067") || code == QLatin1String("1555")) {
        return true;
    }
    return sqlError.databaseText().contains(QLatin1String("UNIQUE constraint failed"))
        || sqlError.databaseText().contains(QLatin1String("PRIMARY KEY"));
}

} // namespace iotca::model::sql
