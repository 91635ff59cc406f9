#pragma once

#include "crypto/Result.h"

#include <QList>
#include <QString>

namespace iotca::model {
class Workspace;
}

// Generated workspace content shared by the workspace and GUI sections.

namespace iotca::bench {

/// The product every generated device belongs to.
QString benchProductKey();

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
