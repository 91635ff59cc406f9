#pragma once

#include "crypto/Result.h"

#include <QList>
#include <QString>

#include <functional>

class QSqlQuery;

namespace iotca::model {
class Workspace;
}

// Generated workspace content shared by the workspace and GUI sections.

namespace iotca::bench {

/// The product every generated device belongs to.
QString benchProductKey();

/// One SQL statement through `query`; the statement's start and the driver's text on failure.
Status execBenchSql(QSqlQuery& query, const QString& statement);

/// What differs between the back ends when device_certificates is filled in bulk (sections 4, 5 and 7).
struct DeviceBulkFill
{
    /// SELECT of the table's plain (not UNIQUE) indexes: name, then the statement that makes it again. They are
    /// cheaper built once afterwards than kept row by row; the UNIQUE ones and the primary key stay.
    QString listPlainIndexes;
    /// Inserts rows first..last (0-based, inclusive) through `fill`, inside the chunk's transaction.
    std::function<Status(QSqlQuery& fill, qint64 first, qint64 last)> insertRows;
    /// Runs once after the indexes are back (SQLite: a WAL checkpoint; PostgreSQL: ANALYZE).
    QString finish;
};

/// Drops the plain indexes, inserts `rows` in transactions of 100,000, makes the indexes again, runs `finish`.
Status fillDeviceCertificates(model::Workspace& workspace, qint64 rows, const DeviceBulkFill& dialect);

/// Adds `count` CAs as stored records (placeholder certificate and key bytes: enough for the store and the lists,
/// not for issuing). Returns their ids, consecutive in a fresh workspace.
Result<QList<qint64>> addPlaceholderCas(model::Workspace& workspace, int count, const QString& namePrefix);

/// Inserts `rows` device certificates the fast way (SQL in 100,000-row transactions, the secondary indexes dropped
/// and rebuilt around it; the schema's triggers keep the name index and the counts as usual): every other row
/// to `bigCaId`, the rest spread over the consecutive ids `firstOtherCaId` .. +`otherCaCount`-1. Rows look like
/// issued ones: 16-byte random serials, "sensor-0000001", 500-byte certificates, 30 % Associated, an export path
/// on the Issued ones.
Status bulkInsertDevices(model::Workspace& workspace, qint64 bigCaId, qint64 firstOtherCaId, int otherCaCount,
                         qint64 rows, const QString& namePrefix = QStringLiteral("sensor-"));

} // namespace iotca::bench
