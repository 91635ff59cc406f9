#pragma once

#include "crypto/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace iotca::model {

class Transaction;
class Workspace;

/// One device a bulk job is about to issue: the files it will write. Recorded before any key is made.
struct IssuanceIntent
{
    qint64 id = 0;
    /// The job that recorded it (IssuanceIntents::newJobId()).
    QString job;
    qint64 caId = 0;
    QString productKey;
    QString deviceName;
    /// Absolute paths.
    QString certificatePath;
    /// Empty when the device keeps its own key (signed from a CSR, or re-issued for the same key).
    QString keyPath;
    /// A re-issue: the serial (same CA) of the certificate the new one supersedes (schema step 8); else empty.
    QString supersedesSerial;
};

/// "Record first": the table `issuance_intents` (schema step 5). A bulk job commits one row per device it is about to
/// issue BEFORE it generates a key or signs anything, and deletes a device's row in the transaction that records the
/// device; at its end it deletes what is left of its rows. So a row outlives its job only when the process died, and
/// it names the files that may hold a certificate the CA signed but the workspace does not record yet. The next
/// read-write open adopts or removes them (IssuanceRecovery).
class IssuanceIntents
{
    Q_DECLARE_TR_FUNCTIONS(IssuanceIntents)

public:
    /// A new job id (a random UUID).
    [[nodiscard]] static QString newJobId();
    /// Records `intents` as ONE committed transaction (no audit entry: an intent is not yet an action).
    [[nodiscard]] static Status record(const Workspace& workspace, const QList<IssuanceIntent>& intents);
    /// Adds `intents` inside the caller's `transaction` (a job adds a large run chunk by chunk, then commits once).
    [[nodiscard]] static Status insert(Transaction& transaction, const QList<IssuanceIntent>& intents);
    /// Deletes the intents of `job` for `deviceNames` inside the caller's `transaction`.
    [[nodiscard]] static Status clear(Transaction& transaction, const QString& job, const QStringList& deviceNames);
    /// Deletes the intents with `ids` inside the caller's `transaction`.
    [[nodiscard]] static Status clearIds(Transaction& transaction, const QList<qint64>& ids);
    /// Deletes every intent of `job` (its own transaction).
    [[nodiscard]] static Status clearJob(const Workspace& workspace, const QString& job);
    /// Team workspace (PostgreSQL): marks `job` as live for as long as this connection lasts (a session-level advisory
    /// lock, PostgreSQL 15 docs 9.27.10 "Advisory Lock Functions": pg_advisory_lock / pg_try_advisory_lock; a
    /// session's locks go when it ends, also when its process is killed). insert() claims its job. With `wait` false
    /// it answers whether the claim was free: IssuanceRecovery leaves the intents of a job another live operator's
    /// process holds alone. Always true on SQLite, where the workspace lock already excludes other writers.
    [[nodiscard]] static Result<bool> claimJob(const QSqlDatabase& database, const QString& job, bool wait);
    /// Every intent in the workspace, oldest first.
    [[nodiscard]] static Result<QList<IssuanceIntent>> pending(const Workspace& workspace);
};

} // namespace iotca::model
