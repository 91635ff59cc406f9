#pragma once

#include "crypto/Result.h"
#include "crypto/SerialNumber.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace iotca::model {

class Transaction;
class Workspace;

/// What an intent reserves a serial for (schema step 13, issuance_intents.certificate_kind).
enum class IssuedCertificateKind {
    /// A device certificate: the intent also names the files the job writes (IssuanceRecovery adopts them).
    Device,
    /// A CA certificate a CA of the workspace signs: a sub-CA (made here or signed from a CSR) or a renewal.
    Ca,
    /// A verification certificate (VerificationCertificateLedger).
    Verification,
};

/// One certificate about to be signed. A device's names the files a bulk job will write, recorded before any key is
/// made; every other kind only reserves its serial (SerialReservation).
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
    /// The serial the certificate will carry, reserved by insert() (schema step 12): the job signs with exactly this
    /// serial. Zero in intents written before step 12.
    crypto::SerialNumber serial;
    /// Device unless the intent only reserves the serial of another certificate (schema step 13).
    IssuedCertificateKind kind = IssuedCertificateKind::Device;
};

/// "Record first": the table `issuance_intents` (schema step 5). A bulk job commits one row per device it is about to
/// issue BEFORE it generates a key or signs anything, and deletes a device's row in the transaction that records the
/// device; at its end it deletes what is left of its rows. So a row outlives its job only when the process died, and
/// it names the files that may hold a certificate the CA signed but the workspace does not record yet. The next
/// read-write open adopts or removes them (IssuanceRecovery).
///
/// An intent also reserves the serial of its certificate (schema step 12): serials are unique per CA across every
/// operator of a team workspace, and a collision is found before anything is signed, so no signed certificate is
/// ever thrown away over a duplicate serial (brief rule 1).
class IssuanceIntents
{
    Q_DECLARE_TR_FUNCTIONS(IssuanceIntents)

public:
    /// A new job id (a random UUID).
    [[nodiscard]] static QString newJobId();
    /// The stored name of `kind` (never changes): "device", "ca", "verification".
    [[nodiscard]] static QString kindName(IssuedCertificateKind kind);
    /// Releases the claim claimJob() took for `job` on this connection (PostgreSQL; nothing on SQLite).
    static void releaseJob(const QSqlDatabase& database, const QString& job);
    /// How many serials insert() draws for one intent before it gives up. Each draw is 16 random bytes
    /// (SerialSource): a second collision in a row does not happen unless the serial source is broken.
    static constexpr int serialAttempts = 8;

    /// Records `intents` as ONE committed transaction (no audit entry: an intent is not yet an action). Returns them
    /// with their reserved serials.
    [[nodiscard]] static Result<QList<IssuanceIntent>> record(const Workspace& workspace,
                                                              QList<IssuanceIntent> intents);
    /// Adds `intents` inside the caller's `transaction` (a job adds a large run chunk by chunk, then commits once),
    /// each with a newly reserved serial written into `intents`. A serial is reserved when its row is in under the
    /// unique index (ca_id, serial_hex) of the intents and no certificate the workspace records for the CA (device,
    /// verification or CA certificate) has it; a serial taken either way is drawn again (SerialSource), up to
    /// serialAttempts times, then the error SerialsExhausted. The reservation holds for other operators once the
    /// caller commits: sign only after that.
    [[nodiscard]] static Status insert(Transaction& transaction, QList<IssuanceIntent>& intents);
    /// The serials insert() reserved for `deviceNames` of `job` (committed intents), by device name; a name without an
    /// intent is not in the answer. A bulk job reads them when a batch starts, so that it holds no serial per device
    /// for the whole run (issue 21, constant memory).
    [[nodiscard]] static Result<QHash<QString, crypto::SerialNumber>>
    reservedSerials(const Workspace& workspace, const QString& job, const QStringList& deviceNames);
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
