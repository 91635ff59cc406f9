#pragma once

#include "IssuanceRecovery.h"
#include "crypto/Result.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace iotca::model {

class AuditLog;
class CaRegistrationRepository;
class CaRepository;
class DeviceCertificateRepository;
class PlatformAccountRepository;
class WorkspaceLock;
struct WorkspaceConnections;

/// Everything the app knows: one folder holding one SQLite database (`workspace.db`) and a lock file.
///
/// Opened by the GUI and the CLI alike with open(). A read-write open holds `workspace.lock` (QLockFile), so one
/// process at a time writes; read-only opens work alongside it. The database runs in WAL mode with foreign keys on
/// and `synchronous=NORMAL`: a commit is atomic and survives a crash of the process (kill -9), and WAL keeps readers
/// and the writer out of each other's way. A batch writer that must also survive power loss writes and syncs its
/// files first (QSaveFile::commit() syncs), then commits its rows; a lost commit then only leaves orphan files,
/// never rows that point at missing files.
///
/// Threads: every thread gets its own QSqlDatabase connection through connection(); repositories use it, so a worker
/// thread can read (and write, one transaction at a time) while the GUI thread reads. The Workspace object itself
/// must outlive every thread that uses it.
///
/// Writes go through the repositories (cas(), accounts(), registrations(), devices()) and the audit log. Each
/// write that touches several rows is one Transaction that also appends its audit entry. The signals below are
/// emitted after the outermost transaction commits (never for a rollback), in the thread that committed.
class Workspace : public QObject
{
    Q_OBJECT
public:
    enum class OpenMode { ReadWrite, ReadOnly };
    Q_ENUM(OpenMode)

    /// Opens (and on first ReadWrite open creates, owner-only) the workspace in `folder`, migrating an older schema
    /// forward. Fails with a message naming the holder (process id, host, application) when another process has
    /// it open for writing, or when the database is newer than this build understands.
    ///
    /// `folder` may instead be a team workspace URL `postgresql://user@host:port/database` (PostgresLocation): the
    /// same schema on a PostgreSQL server through QPSQL, with no lock file (the server's row locks and an advisory
    /// lock per write transaction keep several operators' writes and the audit chain consistent, see Transaction).
    /// `password` is for such a URL (empty: libpq's PGPASSWORD or ~/.pgpass).
    [[nodiscard]] static Result<std::unique_ptr<Workspace>>
    open(const QString& folder, OpenMode mode = OpenMode::ReadWrite, const QString& password = {});

    ~Workspace() override;

    /// The folder, or the team workspace's URL (without password).
    [[nodiscard]] QString folder() const { return m_folder; }
    /// Whether this is a team workspace on a PostgreSQL server.
    [[nodiscard]] bool isTeamWorkspace() const { return m_team; }
    /// Who the audit log names for this process's changes: IOTCA_OPERATOR when set, else the OS user; settable.
    [[nodiscard]] QString operatorName() const { return m_operatorName; }
    void setOperatorName(const QString& name) { m_operatorName = name; }
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] OpenMode mode() const { return m_mode; }
    [[nodiscard]] bool isReadOnly() const { return m_mode == OpenMode::ReadOnly; }

    /// The connection for the calling thread, opened (WAL, foreign keys, busy timeout) on first use.
    [[nodiscard]] Result<QSqlDatabase> connection() const;

    [[nodiscard]] CaRepository& cas() const { return *m_cas; }
    [[nodiscard]] PlatformAccountRepository& accounts() const { return *m_accounts; }
    [[nodiscard]] CaRegistrationRepository& registrations() const { return *m_registrations; }
    [[nodiscard]] DeviceCertificateRepository& devices() const { return *m_devices; }
    [[nodiscard]] AuditLog& audit() const { return *m_audit; }

    /// Writes a consistent copy of the whole workspace database to `filePath` (SQLite `VACUUM INTO`), replacing the
    /// file atomically if it exists. Works on a read-only workspace too.
    [[nodiscard]] Status backup(const QString& filePath) const;

    /// What this open recovered from a bulk issue that was interrupted (IssuanceRecovery runs at every read-write
    /// open, before anything else writes); empty when there was nothing to recover, and for a read-only open.
    /// Front ends tell the user its messages().
    [[nodiscard]] const IssuanceRecoveryReport& recoveryReport() const noexcept { return m_recoveryReport; }

    /// `PRAGMA integrity_check` and `PRAGMA foreign_key_check`; an Error with the first problem found.
    [[nodiscard]] Status checkIntegrity() const;

    /// Whether `backupFile` is a workspace backup restore() accepts: a readable file, one of our workspaces, intact,
    /// with a schema this build can open. Nothing is changed.
    [[nodiscard]] static Status checkBackup(const QString& backupFile);

    /// Replaces the workspace in `folder` with the backup in `backupFile`, atomically: afterwards the folder holds
    /// either the old workspace or the restored one. Validates first that the file is one of our workspaces with a
    /// schema this build can open. The workspace must not be open for writing (this takes its lock); close any
    /// Workspace object on the folder first and open it again afterwards.
    [[nodiscard]] static Status restore(const QString& backupFile, const QString& folder);

    /// Database and lock file names inside the folder.
    [[nodiscard]] static QString databaseFileName();
    [[nodiscard]] static QString lockFileName();

Q_SIGNALS:
    void caAdded(qint64 caId);
    void caChanged(qint64 caId);
    void caRemoved(qint64 caId);
    void deviceCertificatesAdded(qint64 caId, int count);
    /// The certificates `ids` of `caId` changed their status or export path, were superseded by a re-issue, or were
    /// deleted (their serial, product, device name and validity never change). `ids` is empty when any of the CA's
    /// certificates may have changed (a cascade over the whole CA). The ids let a view that shows thousands of rows
    /// read just those again.
    void deviceCertificatesChanged(qint64 caId, const QList<qint64>& ids);
    void registrationChanged(qint64 caId, qint64 accountId);
    void accountsChanged();
    void auditAppended(qint64 entryId);

private:
    friend class Transaction;
    friend class WorkspaceChangeWatcher;

    Workspace(QString folder, OpenMode mode, std::unique_ptr<WorkspaceLock> lock,
              std::unique_ptr<WorkspaceConnections> connections, bool team);
    [[nodiscard]] Status initialise();
    [[nodiscard]] Status prepareLocalDatabase(QSqlDatabase& database) const;

    QString m_folder;
    OpenMode m_mode;
    bool m_team = false;
    QString m_operatorName;
    std::unique_ptr<WorkspaceLock> m_lock;
    std::unique_ptr<WorkspaceConnections> m_connections;
    std::unique_ptr<CaRepository> m_cas;
    std::unique_ptr<PlatformAccountRepository> m_accounts;
    std::unique_ptr<CaRegistrationRepository> m_registrations;
    std::unique_ptr<DeviceCertificateRepository> m_devices;
    std::unique_ptr<AuditLog> m_audit;
    IssuanceRecoveryReport m_recoveryReport;
};

} // namespace iotca::model
