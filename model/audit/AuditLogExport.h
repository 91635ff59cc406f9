#pragma once

#include "crypto/Result.h"

#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;

namespace iotca::model {

/// Writes the audit entries an AuditLogModel (or a filter over it) shows to a CSV or JSON file, atomically
/// (QSaveFile: the file is complete or untouched). Each row carries both the record (UTC time, action name, object
/// type and id, details JSON, chain hash) and how it read on screen (local time, action and object in words,
/// summary).
class AuditLogExport
{
    Q_DECLARE_TR_FUNCTIONS(AuditLogExport)
public:
    enum class Format { Csv, Json };

    /// JSON for a ".json" file name, CSV otherwise.
    [[nodiscard]] static Format formatFor(const QString& path);
    /// Writes every row of `rows` (column 0 carries AuditLogModel's roles) to `path`.
    [[nodiscard]] static Status write(const QAbstractItemModel& rows, const QString& path, Format format);
};

} // namespace iotca::model
