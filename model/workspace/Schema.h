#pragma once

#include "crypto/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace iotca::model {

/// The workspace database schema: an ordered list of forward migrations, recorded in `PRAGMA user_version`, and
/// the SQLite `application_id` that marks a file as one of our workspaces. Each migration step runs in its own
/// transaction, so an interrupted upgrade leaves the database at the previous version.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)
public:
    /// 'IOTC'
    static constexpr int applicationId = 0x494F5443;

    [[nodiscard]] static int currentVersion();
    /// The version whose step added device certificate history (generation, supersedes_serial): tests build the
    /// schema just before it.
    [[nodiscard]] static int deviceHistoryVersion();
    /// The version recorded in the database (0 for a new, empty one).
    [[nodiscard]] static Result<int> version(const QSqlDatabase& database);
    /// Whether `database` is one of our workspaces (or empty) with a version this build can open.
    [[nodiscard]] static Status checkCompatible(const QSqlDatabase& database);
    /// Applies the migrations after the database's version, up to `targetVersion` (tests build older schemas with
    /// a smaller target).
    [[nodiscard]] static Status migrate(QSqlDatabase& database, int targetVersion = currentVersion());
};

} // namespace iotca::model
