#include "WorkspaceFixtures.h"
#include "model/audit/AuditLog.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Schema.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace iotca;
using namespace iotca::model;

/// What only the embedded workspace has: its owner-only folder, the SQLite file's pragmas, the lock file that keeps
/// a second writer out, and file backups. SQLite only (a team workspace has no folder, no lock file and is backed up on
/// its server); the rest of the store's behaviour is TestWorkspaceStore, on both back ends.
class TestWorkspaceFolder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;

    qint64 addCa(const QString& name)
    {
        auto id = m_workspace->cas().add(test::sampleCa(name));
        if (!id) {
            qWarning("%s", qPrintable(id.error().fullText()));
            return 0;
        }
        return *id;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened = Workspace::open(m_dir->filePath(QStringLiteral("ws")));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().fullText()));
        m_workspace = std::move(opened).value();
    }

    void cleanup()
    {
        m_workspace.reset();
        m_dir.reset();
    }

    void createsOwnerOnlyFolderWithWalAndForeignKeys()
    {
        const QFileInfo folder(m_workspace->folder());
        QVERIFY(folder.isDir());
        QCOMPARE(folder.permissions()
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                        | QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
        auto database = m_workspace->connection();
        QVERIFY(database.ok());
        QSqlQuery query(*database);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1); // NORMAL
        QCOMPARE(*Schema::version(*database), Schema::currentVersion());
        QVERIFY(m_workspace->checkIntegrity().ok());
    }

    void secondWriterIsRefusedWithTheHolder()
    {
        auto second = Workspace::open(m_workspace->folder());
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, QStringLiteral("WorkspaceLocked"));
        QVERIFY2(second.error().message.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(second.error().message));
        QVERIFY2(second.error().message.contains(QCoreApplication::applicationName()),
                 qPrintable(second.error().message));
    }

    void readOnlyNeedsAnExistingWorkspace()
    {
        auto missing = Workspace::open(m_dir->filePath(QStringLiteral("nothing")), Workspace::OpenMode::ReadOnly);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("NoWorkspace"));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("nothing"))));
    }

    void staleLockIsTakenOver()
    {
        const QString folder = m_workspace->folder();
        m_workspace.reset();
        // A lock file left by a process that no longer exists on this host.
        QFile lock(QDir(folder).filePath(Workspace::lockFileName()));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(2147483) + "\niotca\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        auto reopened = Workspace::open(folder);
        QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().fullText()));
    }

    void backupAndRestoreRoundTrip()
    {
        const qint64 caId = addCa(QStringLiteral("Backed up"));
        QCOMPARE(*m_workspace->devices().add(caId, test::sampleDevices(100)), 100);
        const QString backupFile = m_dir->filePath(QStringLiteral("backups/ws.iotcabackup"));
        QVERIFY(m_workspace->backup(backupFile).ok());
        QVERIFY(QFileInfo(backupFile).isFile());
        // Overwriting an existing backup works (atomic replace).
        QVERIFY(m_workspace->backup(backupFile).ok());

        // Change the workspace after the backup, then restore.
        QVERIFY(m_workspace->cas().remove(caId, CaRemoval::Cascade).ok());
        QVERIFY(m_workspace->cas().add(test::sampleCa(QStringLiteral("After backup"))).ok());
        const QString folder = m_workspace->folder();

        // Restoring needs the workspace lock.
        auto busy = Workspace::restore(backupFile, folder);
        QVERIFY(!busy.ok());
        QCOMPARE(busy.error().code, QStringLiteral("WorkspaceLocked"));

        m_workspace.reset();
        auto restored = Workspace::restore(backupFile, folder);
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().fullText()));
        auto reopened = Workspace::open(folder);
        QVERIFY(reopened.ok());
        m_workspace = std::move(reopened).value();
        QVERIFY(m_workspace->cas().findByName(QStringLiteral("Backed up"))->has_value());
        QVERIFY(!m_workspace->cas().findByName(QStringLiteral("After backup"))->has_value());
        QCOMPARE(*m_workspace->devices().count(), qint64(100));
        QVERIFY(m_workspace->checkIntegrity().ok());
        QVERIFY(m_workspace->audit().verify()->intact());

        // Restoring into a new folder works as well.
        const QString elsewhere = m_dir->filePath(QStringLiteral("restored"));
        QVERIFY(Workspace::restore(backupFile, elsewhere).ok());
        auto copy = Workspace::open(elsewhere, Workspace::OpenMode::ReadOnly);
        QVERIFY(copy.ok());
        QCOMPARE(*(*copy)->devices().count(), qint64(100));
    }

    void restoreRejectsForeignFilesAndLeavesTheWorkspace()
    {
        QVERIFY(m_workspace->cas().add(test::sampleCa(QStringLiteral("Keep me"))).ok());
        const QString folder = m_workspace->folder();
        m_workspace.reset();

        const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a database at all, just some text that is long enough to look like a header\n");
        file.close();
        QVERIFY(!Workspace::restore(text, folder).ok());

        // Another application's SQLite database.
        const QString foreign = m_dir->filePath(QStringLiteral("other.sqlite"));
        {
            const QString name = QStringLiteral("foreign");
            {
                QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                database.setDatabaseName(foreign);
                QVERIFY(database.open());
                QSqlQuery query(database);
                QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x)")));
            }
            QSqlDatabase::removeDatabase(name);
        }
        auto rejected = Workspace::restore(foreign, folder);
        QVERIFY(!rejected.ok());
        QCOMPARE(rejected.error().code, QStringLiteral("NotAWorkspace"));

        auto reopened = Workspace::open(folder);
        QVERIFY(reopened.ok());
        QVERIFY((*reopened)->cas().findByName(QStringLiteral("Keep me"))->has_value());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceFolder)
#include "TestWorkspaceFolder.moc"
