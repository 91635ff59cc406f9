#include "Workspace.h"

#include "CaRegistrationRepository.h"
#include "CaRepository.h"
#include "DeviceCertificateRepository.h"
#include "PlatformAccountRepository.h"
#include "PostgresLocation.h"
#include "Schema.h"
#include "SqlSupport.h"
#include "WorkspaceConnections.h"
#include "WorkspaceLock.h"
#include "model/audit/AuditLog.h"
#include "model/input/InputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUuid>

#include <filesystem>
#include <system_error>

namespace iotca::model {

namespace {

constexpr QFileDevice::Permissions ownerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

Status createOwnerOnlyFolder(const QString& folder)
{
    if (QFileInfo(folder).isDir()) {
        return {};
    }
    const QString parent = QFileInfo(folder).absolutePath();
    if (!QDir().mkpath(parent) || !QDir().mkdir(folder, ownerOnlyFolder)) {
        return Error {Workspace::tr("Cannot create the workspace folder '%1'.").arg(nativePath(folder))};
    }
    return {};
}

/// Atomic replace (rename(2) on POSIX, MoveFileEx with replace on Windows).
Status replaceFile(const QString& from, const QString& to)
{
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()),
                            error);
    if (error) {
        QFile::remove(from);
        return Error {Workspace::tr("Cannot replace the file '%1'.").arg(nativePath(to)),
                      QString::fromStdString(error.message())};
    }
    return {};
}

/// A connection of its own to a database file outside any Workspace (backup validation, restore).
class ScopedConnection
{
public:
    ScopedConnection(const QString& path, bool readOnly)
        : m_name(QStringLiteral("iotca-scoped-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        database.setDatabaseName(path);
        if (readOnly) {
            database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        m_open = database.open();
        m_lastError = database.lastError();
    }
    ~ScopedConnection() { QSqlDatabase::removeDatabase(m_name); }
    ScopedConnection(const ScopedConnection&) = delete;
    ScopedConnection& operator=(const ScopedConnection&) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QSqlError lastError() const { return m_lastError; }
    [[nodiscard]] QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QSqlError m_lastError;
};

Status integrityOf(const QSqlDatabase& database, const QString& what)
{
    QSqlQuery integrity(database);
    if (!integrity.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return sql::error(Workspace::tr("Could not check the workspace database '%1'.").arg(what),
                          integrity.lastError());
    }
    QStringList problems;
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QLatin1String("ok")) {
            problems << line;
        }
    }
    if (!problems.isEmpty()) {
        return Error {Workspace::tr("The workspace database '%1' is damaged.").arg(what),
                      problems.join(QStringLiteral("; ")), QStringLiteral("Corrupt")};
    }
    QSqlQuery foreignKeys(database);
    if (!foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        return sql::error(Workspace::tr("Could not check the workspace database '%1'.").arg(what),
                          foreignKeys.lastError());
    }
    if (foreignKeys.next()) {
        return Error {
            Workspace::tr("The workspace database '%1' has rows that refer to missing rows.").arg(what),
            QStringLiteral("table %1, row %2").arg(foreignKeys.value(0).toString(), foreignKeys.value(1).toString()),
            QStringLiteral("Corrupt")};
    }
    return {};
}

QString defaultOperatorName()
{
    const QString named = qEnvironmentVariable("IOTCA_OPERATOR");
    if (!named.isEmpty()) {
        return named;
    }
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace

Workspace::Workspace(QString folder, OpenMode mode, std::unique_ptr<WorkspaceLock> lock,
                     std::unique_ptr<WorkspaceConnections> connections, bool team)
    : m_folder(std::move(folder))
    , m_mode(mode)
    , m_team(team)
    , m_operatorName(defaultOperatorName())
    , m_lock(std::move(lock))
    , m_connections(std::move(connections))
    , m_cas(std::make_unique<CaRepository>(*this))
    , m_accounts(std::make_unique<PlatformAccountRepository>(*this))
    , m_registrations(std::make_unique<CaRegistrationRepository>(*this))
    , m_devices(std::make_unique<DeviceCertificateRepository>(*this))
    , m_audit(std::make_unique<AuditLog>(*this))
{ }

Workspace::~Workspace()
{
    // Close every connection (the last one checkpoints the WAL) before the lock goes.
    m_connections->closeAll();
}

QString Workspace::databaseFileName()
{
    return QStringLiteral("workspace.db");
}

QString Workspace::lockFileName()
{
    return QStringLiteral("workspace.lock");
}

QString Workspace::databasePath() const
{
    return QDir(m_folder).filePath(databaseFileName());
}

Result<QSqlDatabase> Workspace::connection() const
{
    return m_connections->connection();
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& folder, OpenMode mode, const QString& password)
{
    if (folder.isEmpty()) {
        return Error {tr("No workspace folder was given.")};
    }
    if (PostgresLocation::isPostgresUrl(folder)) {
        auto location = PostgresLocation::parse(folder);
        if (!location) {
            return location.error();
        }
        // No WorkspaceLock: the server serialises writers (Transaction), so several operators write at once.
        auto connections = std::make_unique<WorkspaceConnections>(*location, password, mode == OpenMode::ReadOnly);
        std::unique_ptr<Workspace> workspace(
            new Workspace(location->displayUrl(), mode, nullptr, std::move(connections), true));
        if (Status ready = workspace->initialise(); !ready) {
            return ready.error();
        }
        return workspace;
    }
    const QString absolute = QDir::cleanPath(QDir(folder).absolutePath());
    std::unique_ptr<WorkspaceLock> lock;
    if (mode == OpenMode::ReadWrite) {
        if (Status created = createOwnerOnlyFolder(absolute); !created) {
            return created.error();
        }
        auto acquired = WorkspaceLock::acquire(absolute);
        if (!acquired) {
            return acquired.error();
        }
        lock = std::move(acquired).value();
    } else if (!QFileInfo::exists(QDir(absolute).filePath(databaseFileName()))) {
        return Error {
            tr("There is no workspace in '%1'.").arg(nativePath(absolute)), {}, QStringLiteral("NoWorkspace")};
    }
    auto connections =
        std::make_unique<WorkspaceConnections>(QDir(absolute).filePath(databaseFileName()), mode == OpenMode::ReadOnly);
    std::unique_ptr<Workspace> workspace(new Workspace(absolute, mode, std::move(lock), std::move(connections), false));
    if (Status ready = workspace->initialise(); !ready) {
        return ready.error();
    }
    return workspace;
}

Status Workspace::initialise()
{
    auto database = connection();
    if (!database) {
        return database.error();
    }
    if (isReadOnly()) {
        if (Status compatible = Schema::checkCompatible(*database); !compatible) {
            return compatible;
        }
        const auto version = Schema::version(*database);
        if (!version) {
            return version.error();
        }
        if (*version != Schema::currentVersion()) {
            return Error {tr("The workspace '%1' must be upgraded before it can be opened read-only; open it once "
                             "for writing.")
                              .arg(nativePath(m_folder)),
                          {},
                          QStringLiteral("SchemaTooOld")};
        }
        return {};
    }
    if (!m_team) {
        if (Status local = prepareLocalDatabase(*database); !local) {
            return local;
        }
    }
    if (Status migrated = Schema::migrate(*database); !migrated) {
        return migrated;
    }
    // Record first, recover at the next open: certificates a killed bulk issue signed are recorded or their files
    // removed before anyone can write (we hold the lock; on a team workspace, IssuanceRecovery leaves the jobs of
    // other live sessions alone).
    auto recovered = IssuanceRecovery::run(*this);
    if (!recovered) {
        return recovered.error();
    }
    m_recoveryReport = std::move(*recovered);
    return {};
}

Status Workspace::prepareLocalDatabase(QSqlDatabase& database) const
{
    QSqlQuery journal(database);
    if (!journal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !journal.next()
        || journal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return sql::error(
            tr("Could not switch the workspace database '%1' to write-ahead logging.").arg(nativePath(databasePath())),
            journal.lastError());
    }
    journal.finish();
    QFile::setPermissions(databasePath(), ownerOnlyFile);
    return {};
}

Status Workspace::checkIntegrity() const
{
    auto database = connection();
    if (!database) {
        return database.error();
    }
    if (m_team) {
        // The server keeps its own storage consistent (WAL, checksums if enabled); foreign keys are enforced on
        // every write, so there is nothing to check from here.
        return {};
    }
    return integrityOf(*database, nativePath(databasePath()));
}

Status Workspace::backup(const QString& filePath) const
{
    auto database = connection();
    if (!database) {
        return database.error();
    }
    if (m_team) {
        return Error {tr("A team workspace is backed up on its server (pg_dump); use `iotca workspace copy` to copy it "
                         "into a folder."),
                      {},
                      QStringLiteral("NotSupported")};
    }
    const QFileInfo target(filePath);
    if (!QDir().mkpath(target.absolutePath())) {
        return Error {tr("Cannot create the folder '%1' for the backup.").arg(nativePath(target.absolutePath()))};
    }
    // VACUUM INTO writes a fresh file, so write next to the target and rename over it: the target is either the
    // old file or the complete new backup.
    const QString temporary =
        QDir(target.absolutePath())
            .filePath(QStringLiteral(".%1.%2.tmp")
                          .arg(target.fileName(), QUuid::createUuid().toString(QUuid::WithoutBraces)));
    QSqlQuery vacuum(*database);
    if (!vacuum.prepare(QStringLiteral("VACUUM INTO ?"))) {
        return sql::error(tr("Could not back up the workspace to '%1'.").arg(nativePath(filePath)), vacuum.lastError());
    }
    vacuum.addBindValue(temporary);
    if (!vacuum.exec()) {
        QFile::remove(temporary);
        return sql::error(tr("Could not back up the workspace to '%1'.").arg(nativePath(filePath)), vacuum.lastError());
    }
    QFile::setPermissions(temporary, ownerOnlyFile);
    return replaceFile(temporary, target.absoluteFilePath());
}

Status Workspace::checkBackup(const QString& backupFile)
{
    const QString backupPath = QFileInfo(backupFile).absoluteFilePath();
    // Missing, a folder, a FIFO, a device: each said as it is (InputFile), not "does not exist".
    if (Status usable = InputFile::check(backupPath, InputKind::WorkspaceBackup); !usable) {
        return usable;
    }
    // The file must be one of our workspaces, intact, with a schema we can open (and migrate).
    ScopedConnection backup(backupPath, true);
    if (!backup.isOpen()) {
        return sql::error(tr("Cannot open the backup file '%1'.").arg(nativePath(backupPath)), backup.lastError());
    }
    const QSqlDatabase database = backup.database();
    const auto version = Schema::version(database);
    if (!version) {
        return Error {tr("The file '%1' is not an IoT CA Desk workspace backup.").arg(nativePath(backupPath)),
                      version.error().detail, QStringLiteral("NotAWorkspace")};
    }
    if (Status compatible = Schema::checkCompatible(database); !compatible) {
        return compatible;
    }
    if (*version < 1) {
        return Error {tr("The file '%1' is not an IoT CA Desk workspace backup.").arg(nativePath(backupPath)),
                      {},
                      QStringLiteral("NotAWorkspace")};
    }
    return integrityOf(database, nativePath(backupPath));
}

Status Workspace::restore(const QString& backupFile, const QString& folder)
{
    if (PostgresLocation::isPostgresUrl(folder)) {
        return Error {tr("A team workspace is restored on its server (pg_restore), not from a workspace backup file."),
                      {},
                      QStringLiteral("NotSupported")};
    }
    const QString backupPath = QFileInfo(backupFile).absoluteFilePath();
    // 1. The file must be one of our workspaces, intact, with a schema we can open (and migrate).
    if (Status usable = checkBackup(backupPath); !usable) {
        return usable;
    }

    // 2. Hold the workspace's lock, so no writer has it open while the file is swapped.
    const QString absolute = QDir::cleanPath(QDir(folder).absolutePath());
    if (Status created = createOwnerOnlyFolder(absolute); !created) {
        return created;
    }
    auto lock = WorkspaceLock::acquire(absolute);
    if (!lock) {
        return lock.error();
    }
    const QString databasePath = QDir(absolute).filePath(databaseFileName());

    // 3. Copy the backup next to the database, then fold any WAL of the current database into it so that no log
    //    of the old database is left to be replayed onto the new one, and rename the copy over the database.
    const QString temporary =
        QDir(absolute).filePath(QStringLiteral(".restore.%1.tmp").arg(QUuid::createUuid().toString(QUuid::Id128)));
    if (!QFile::copy(backupPath, temporary)) {
        return Error {tr("Cannot copy the backup file '%1' into the workspace '%2'.")
                          .arg(nativePath(backupPath), nativePath(absolute))};
    }
    QFile::setPermissions(temporary, ownerOnlyFile);
    if (QFileInfo::exists(databasePath)) {
        ScopedConnection current(databasePath, false);
        if (current.isOpen()) {
            QSqlQuery checkpoint(current.database());
            if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !checkpoint.next()
                || checkpoint.value(0).toInt() != 0) {
                QFile::remove(temporary);
                return Error {tr("The workspace '%1' is in use by another program; close it before restoring.")
                                  .arg(nativePath(absolute)),
                              checkpoint.lastError().text(), QStringLiteral("WorkspaceBusy")};
            }
        }
    }
    if (Status replaced = replaceFile(temporary, databasePath); !replaced) {
        return replaced;
    }
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
    return {};
}

} // namespace iotca::model
