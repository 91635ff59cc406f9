#pragma once

#include "crypto/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

/// Helpers private to model/: running SQL on the workspace connection and mapping values. Not part of the public API.
namespace iotca::model::sql {

/// An Error with `message` for people and the SQL error text as detail.
[[nodiscard]] Error error(const QString& message, const QSqlError& sqlError);

/// Prepares `statement` (forward-only) on `database`.
[[nodiscard]] Result<QSqlQuery> prepare(const QSqlDatabase& database, const QString& statement,
                                        const QString& failureMessage);
/// Prepares, binds `values` positionally and runs `statement`.
[[nodiscard]] Result<QSqlQuery> run(const QSqlDatabase& database, const QString& statement, const QVariantList& values,
                                    const QString& failureMessage);
/// Runs an INSERT of one row into a table with an `id` key and returns the new row's id: SQLite's last_insert_rowid()
/// (QSqlQuery::lastInsertId()); PostgreSQL: `RETURNING id` (PostgreSQL 15 docs, 6.4 "Returning Data from Modified
/// Rows"), since QPSQL's lastInsertId() answers the row's OID, which tables have not had since PostgreSQL 12.
[[nodiscard]] Result<qint64> runInsert(const QSqlDatabase& database, const QString& statement,
                                       const QVariantList& values, const QString& failureMessage);
/// Runs a prepared query with its bound values.
[[nodiscard]] Status exec(QSqlQuery& query, const QString& failureMessage);

/// Times are stored as milliseconds since the epoch (UTC); NULL for an invalid QDateTime.
[[nodiscard]] QVariant fromDateTime(const QDateTime& time);
[[nodiscard]] QDateTime toDateTime(const QVariant& value);
/// Empty strings are stored as '' (not NULL), so NOT NULL columns accept them.
[[nodiscard]] QVariant text(const QString& value);
/// A blob; NULL when empty.
[[nodiscard]] QVariant blobOrNull(const QByteArray& value);

/// Whether the failure was a UNIQUE / PRIMARY KEY constraint violation.
[[nodiscard]] bool isUniqueViolation(const QSqlError& sqlError);

} // namespace iotca::model::sql
