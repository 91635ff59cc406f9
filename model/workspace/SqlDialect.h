#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

/// The two SQL dialects a workspace is written in, and every difference between them, in one place: the embedded
/// default (SQLite through Qt's QSQLITE driver) and a team workspace (PostgreSQL 15 through Qt's QPSQL driver).
/// Statements are written once, in the SQLite form the embedded workspace has always used; translate() rewrites the
/// few constructs PostgreSQL spells differently. The SQLite text is returned unchanged, so an embedded workspace
/// behaves byte for byte as before. Private to model/.
namespace iotca::model::sql {

enum class Backend { Sqlite, Postgres };

/// The back end of an open connection (its Qt driver name).
[[nodiscard]] Backend backendOf(const QSqlDatabase& database);

/// The Qt SQL driver of a back end ("QSQLITE" or "QPSQL").
[[nodiscard]] QString driverName(Backend backend);

/// `statement` in `backend`'s dialect (unchanged for SQLite).
[[nodiscard]] QString translate(Backend backend, const QString& statement);
[[nodiscard]] QString translate(const QSqlDatabase& database, const QString& statement);

/// How an INTEGER is stored in the key/value table workspace_meta (SQLite: an integer in a BLOB-affinity column;
/// PostgreSQL: its decimal digits as bytea, since a bytea column takes no integer).
[[nodiscard]] QVariant metaInteger(Backend backend, qint64 value);

/// The bound value of `LIMIT ?` that means "no limit": SQLite takes a negative number
/// (https://www.sqlite.org/lang_select.html#limitoffset), PostgreSQL a NULL ("LIMIT ALL ... is the same as omitting
/// the LIMIT clause, as is LIMIT with a NULL argument", PostgreSQL 15 docs, 7.6 "LIMIT and OFFSET").
[[nodiscard]] QVariant noLimit(Backend backend);

/// Whether a failed statement broke a FOREIGN KEY constraint (a row that names a missing parent), on either back end:
/// SQLite's extended code SQLITE_CONSTRAINT_FOREIGNKEY, 787
/// (https://www.sqlite.org/rescode.html#constraint_foreignkey), or its text "FOREIGN KEY constraint failed" when the
/// driver reports only the primary code; PostgreSQL's SQLSTATE 23503 foreign_key_violation, which QPSQL reports as the
/// native code (PostgreSQL 15 docs, Appendix A "PostgreSQL Error Codes", class 23).
[[nodiscard]] bool isForeignKeyViolation(const QSqlError& sqlError);

/// Keys of PostgreSQL advisory locks (two int4 keys; the first is the application id 'IOTC'). PostgreSQL 15 docs,
/// 13.3.5 "Advisory Locks" and 9.27.10 "Advisory Lock Functions".
inline constexpr int advisoryLockSpace = 0x494F5443;
inline constexpr int advisoryLockAuditChain = 1;
inline constexpr int advisoryLockMigration = 2;
/// Job locks use their own first key, the second being hashtext(job id).
inline constexpr int advisoryLockJobSpace = 0x494F5444;

} // namespace iotca::model::sql
