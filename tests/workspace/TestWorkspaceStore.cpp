#include "WorkspaceFixtures.h"
#include "model/audit/AuditEntry.h"
#include "model/audit/AuditLog.h"
#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/PlatformAccountRepository.h"
#include "model/workspace/Schema.h"
#include "model/workspace/Transaction.h"
#include "model/workspace/Workspace.h"
#include "tests/support/TestWorkspaces.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace iotca;
using namespace iotca::model;

class TestWorkspaceStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    test::TestWorkspaces m_workspaces; // a folder, or a database under IOTCA_TEST_WORKSPACE_BACKEND=postgresql
    std::unique_ptr<Workspace> m_workspace;

    static void exec(const Workspace& workspace, const QString& statement)
    {
        auto database = workspace.connection();
        QVERIFY(database.ok());
        QSqlQuery query(*database);
        QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
    }

    /// A trigger that makes every insert into `table` where `condition` holds (empty: every insert) fail with
    /// `message`: SQLite's RAISE(ABORT) (https://www.sqlite.org/lang_createtrigger.html, "The RAISE() function"), or
    /// on PostgreSQL a PL/pgSQL function that raises (PostgreSQL 15 docs, CREATE TRIGGER and 43.9 "Errors and
    /// Messages").
    void addFailingTrigger(const QString& name, const QString& table, const QString& condition, const QString& message)
    {
        if (m_workspace->connection()->driverName() == QLatin1String("QPSQL")) {
            exec(*m_workspace,
                 QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS "
                                "$$ BEGIN RAISE EXCEPTION '%2'; END $$")
                     .arg(name, message));
            exec(*m_workspace,
                 QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 FOR EACH ROW %3 EXECUTE FUNCTION %1()")
                     .arg(name, table, condition.isEmpty() ? QString() : QStringLiteral("WHEN (%1)").arg(condition)));
            return;
        }
        exec(
            *m_workspace,
            QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 %3 BEGIN SELECT RAISE(ABORT, '%4'); END")
                .arg(name, table, condition.isEmpty() ? QString() : QStringLiteral("WHEN %1").arg(condition), message));
    }

    void dropTrigger(const QString& name, const QString& table)
    {
        if (m_workspace->connection()->driverName() == QLatin1String("QPSQL")) {
            exec(*m_workspace, QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table));
            exec(*m_workspace, QStringLiteral("DROP FUNCTION %1()").arg(name));
            return;
        }
        exec(*m_workspace, QStringLiteral("DROP TRIGGER %1").arg(name));
    }

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
        auto opened = Workspace::open(m_workspaces.location(m_dir->filePath(QStringLiteral("ws"))));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().fullText()));
        m_workspace = std::move(opened).value();
    }

    void cleanup()
    {
        m_workspace.reset();
        m_workspaces.dropAll();
        m_dir.reset();
    }

    void caCrudAndSignals()
    {
        QSignalSpy added(m_workspace.get(), &Workspace::caAdded);
        QSignalSpy changed(m_workspace.get(), &Workspace::caChanged);
        QSignalSpy removed(m_workspace.get(), &Workspace::caRemoved);
        const qint64 id = addCa(QStringLiteral("Fleet Root"));
        QVERIFY(id > 0);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).toLongLong(), id);

        auto ca = m_workspace->cas().get(id);
        QVERIFY(ca.ok());
        QCOMPARE(ca->name, QStringLiteral("Fleet Root"));
        QCOMPARE(ca->serialHex, QStringLiteral("0A1B"));
        QCOMPARE(ca->notAfter, QDateTime(QDate(2036, 1, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(ca->created.isValid());
        QVERIFY(ca->hasStoredKey());

        auto duplicate = m_workspace->cas().add(test::sampleCa(QStringLiteral("Fleet Root")));
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().code, QStringLiteral("NameTaken"));
        QVERIFY(duplicate.error().message.contains(QStringLiteral("Fleet Root")));
        QCOMPARE(added.count(), 1);

        QVERIFY(m_workspace->cas().rename(id, QStringLiteral("Fleet Root 2026")).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_workspace->cas().get(id)->name, QStringLiteral("Fleet Root 2026"));
        QVERIFY(m_workspace->cas().findByName(QStringLiteral("Fleet Root 2026"))->has_value());
        QVERIFY(!m_workspace->cas().findByName(QStringLiteral("Fleet Root"))->has_value());

        QVERIFY(m_workspace->cas().setNotes(id, QStringLiteral("kept in safe 3")).ok());
        QCOMPARE(m_workspace->cas().get(id)->notes, QStringLiteral("kept in safe 3"));

        QVERIFY(m_workspace->cas().remove(id).ok());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(m_workspace->cas().get(id).error().code, QStringLiteral("NotFound"));
        QVERIFY(m_workspace->cas().list()->isEmpty());
    }

    void caNeedsKeyOrReference()
    {
        CaRecord ca = test::sampleCa(QStringLiteral("No key"));
        ca.encryptedKeyPem.clear();
        QVERIFY(!m_workspace->cas().add(ca).ok());
        ca.keyReference = QStringLiteral("offline");
        QVERIFY(m_workspace->cas().add(ca).ok());
    }

    void removeRefusesWhileInUseUnlessCascade()
    {
        const qint64 caId = addCa(QStringLiteral("Busy"));
        const qint64 accountId = *m_workspace->accounts().add(test::sampleAccount(QStringLiteral("prod")));
        CaRegistrationRecord registration {
            caId, accountId, QStringLiteral("remote-1"), RegistrationStatus::Activated, QStringLiteral("code"), {}, {}};
        QVERIFY(m_workspace->registrations().upsert(registration).ok());
        QCOMPARE(*m_workspace->devices().add(caId, test::sampleDevices(3)), 3);

        auto refused = m_workspace->cas().remove(caId);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("InUse"));
        QVERIFY(m_workspace->cas().get(caId).ok());

        QVERIFY(m_workspace->cas().remove(caId, CaRemoval::Cascade).ok());
        QCOMPARE(*m_workspace->devices().count(), qint64(0));
        QVERIFY(m_workspace->registrations().forAccount(accountId)->isEmpty());
        QVERIFY(m_workspace->checkIntegrity().ok());
    }

    void accountsAndRegistrations()
    {
        QSignalSpy accountsChanged(m_workspace.get(), &Workspace::accountsChanged);
        QSignalSpy registrationChanged(m_workspace.get(), &Workspace::registrationChanged);
        const qint64 caId = addCa(QStringLiteral("Root"));
        auto accountId = m_workspace->accounts().add(test::sampleAccount(QStringLiteral("prod")));
        QVERIFY(accountId.ok());
        QCOMPARE(accountsChanged.count(), 1);
        auto account = m_workspace->accounts().get(*accountId);
        QCOMPARE(account->credentialKey, QStringLiteral("account/prod"));
        QCOMPARE(account->region, QStringLiteral("cn-shanghai"));
        account->region = QStringLiteral("ap-southeast-1");
        QVERIFY(m_workspace->accounts().update(*account).ok());
        QCOMPARE(m_workspace->accounts().get(*accountId)->region, QStringLiteral("ap-southeast-1"));
        QCOMPARE(m_workspace->accounts().add(test::sampleAccount(QStringLiteral("prod"))).error().code,
                 QStringLiteral("NameTaken"));

        CaRegistrationRecord registration {
            caId, *accountId, QStringLiteral("cert-1"), RegistrationStatus::Activated, QStringLiteral("reg-code-123"),
            {},   {}};
        QVERIFY(m_workspace->registrations().upsert(registration).ok());
        QCOMPARE(registrationChanged.count(), 1);
        QCOMPARE(registrationChanged.at(0).at(0).toLongLong(), caId);
        QCOMPARE(registrationChanged.at(0).at(1).toLongLong(), *accountId);
        auto stored = m_workspace->registrations().get(caId, *accountId);
        QVERIFY(stored->has_value());
        QCOMPARE((*stored)->registrationCode, QStringLiteral("reg-code-123"));
        QVERIFY((*stored)->registeredAt.isValid());

        const QDateTime synced(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
        QVERIFY(m_workspace->registrations().setStatus(caId, *accountId, RegistrationStatus::Inactivated, synced).ok());
        stored = m_workspace->registrations().get(caId, *accountId);
        QCOMPARE((*stored)->status, RegistrationStatus::Inactivated);
        QCOMPARE((*stored)->lastSynced, synced);
        QCOMPARE(m_workspace->registrations().forCa(caId)->size(), 1);

        auto unknown = m_workspace->registrations().upsert({caId, 9999, {}, RegistrationStatus::Activated, {}, {}, {}});
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, QStringLiteral("NotFound"));

        QVERIFY(m_workspace->accounts().remove(*accountId).ok());
        QVERIFY(m_workspace->registrations().forCa(caId)->isEmpty());
        QVERIFY(m_workspace->checkIntegrity().ok());
    }

    void deviceBatchIsOneTransactionAndFast()
    {
        const qint64 caId = addCa(QStringLiteral("Devices"));
        QSignalSpy added(m_workspace.get(), &Workspace::deviceCertificatesAdded);
        QSignalSpy audited(m_workspace.get(), &Workspace::auditAppended);
        const auto devices = test::sampleDevices(10000);
        QElapsedTimer timer;
        timer.start();
        auto count = m_workspace->devices().add(caId, devices);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(count.ok(), count.ok() ? "" : qPrintable(count.error().fullText()));
        QCOMPARE(*count, 10000);
        // A figure for the report, not an assertion (speed belongs in benchmarks).
        qInfo("10,000 device certificates added in one transaction in %lld ms", elapsed);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).toLongLong(), caId);
        QCOMPARE(added.at(0).at(1).toInt(), 10000);
        QCOMPARE(audited.count(), 1);
        QCOMPARE(*m_workspace->devices().count(caId), qint64(10000));
        QCOMPARE(*m_workspace->devices().count(caId, DeviceCertificateStatus::Issued), qint64(10000));

        // Serials are normalised: "00000001" is stored and found as "01", whatever spelling the caller uses.
        auto first = m_workspace->devices().find(caId, QStringLiteral("0x0001"));
        QVERIFY(first.ok() && first->has_value());
        QCOMPARE((*first)->serialHex, QStringLiteral("01"));
        QCOMPARE((*first)->deviceName, QStringLiteral("device-000001"));
        QCOMPARE((*first)->certificateDer, devices.at(0).certificateDer);
        auto byDevice =
            m_workspace->devices().findByDevice(QStringLiteral("a1Product"), QStringLiteral("device-000100"));
        QVERIFY(byDevice->has_value());
        QCOMPARE((*byDevice)->serialHex, QStringLiteral("64"));
        QVERIFY(!m_workspace->devices().find(caId, QStringLiteral("FFFFFF"))->has_value());
    }

    void serialNormalisation_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("0A1B") << QStringLiteral("0A1B");
        QTest::newRow("lower, colons") << QStringLiteral("0a:1b:2c") << QStringLiteral("0A1B2C");
        QTest::newRow("odd length") << QStringLiteral("123") << QStringLiteral("0123");
        QTest::newRow("leading zeros") << QStringLiteral("000001") << QStringLiteral("01");
        QTest::newRow("0x prefix") << QStringLiteral("0xABCDEF") << QStringLiteral("ABCDEF");
        QTest::newRow("zero") << QStringLiteral("0000") << QStringLiteral("00");
        QTest::newRow("not hex") << QStringLiteral("XYZ") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void serialNormalisation()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(DeviceCertificateRepository::normaliseSerial(input), expected);
    }

    void uniqueSerialPerCaAndDevicePerProduct()
    {
        const qint64 first = addCa(QStringLiteral("First"));
        const qint64 second = addCa(QStringLiteral("Second"));
        QCOMPARE(*m_workspace->devices().add(first, test::sampleDevices(5)), 5);

        // The same serials under another CA are fine, if the devices differ.
        QCOMPARE(*m_workspace->devices().add(
                     second, test::sampleDevices(5, 1, QStringLiteral("a1Product"), QStringLiteral("other-"))),
                 5);

        // A serial taken for this CA: nothing of the batch is added, the message names the offending record.
        auto taken = m_workspace->devices().add(
            first, test::sampleDevices(3, 5, QStringLiteral("a1Product"), QStringLiteral("third-")));
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error().code, QStringLiteral("SerialTaken"));
        QVERIFY2(taken.error().message.contains(QStringLiteral("05")), qPrintable(taken.error().message));
        QCOMPARE(*m_workspace->devices().count(first), qint64(5));

        // A device name taken for this product.
        auto deviceTaken = m_workspace->devices().add(
            first, test::sampleDevices(2, 100, QStringLiteral("a1Product"), QStringLiteral("device-")));
        QVERIFY(deviceTaken.ok());
        auto duplicateDevice = m_workspace->devices().add(second, test::sampleDevices(1, 100));
        QVERIFY(!duplicateDevice.ok());
        QCOMPARE(duplicateDevice.error().code, QStringLiteral("DeviceNameTaken"));

        // Duplicates inside one batch are caught too.
        auto batch = test::sampleDevices(2, 500);
        batch[1].serialHex = batch[0].serialHex;
        auto inBatch = m_workspace->devices().add(first, batch);
        QVERIFY(!inBatch.ok());
        QCOMPARE(inBatch.error().code, QStringLiteral("SerialTaken"));

        // Not hexadecimal.
        auto invalid = test::sampleDevices(1, 900);
        invalid[0].serialHex = QStringLiteral("not-hex");
        QCOMPARE(m_workspace->devices().add(first, invalid).error().code, QStringLiteral("InvalidSerial"));
        QCOMPARE(*m_workspace->devices().count(first), qint64(7));
    }

    void deviceStatusChanges()
    {
        const qint64 caId = addCa(QStringLiteral("Status"));
        QCOMPARE(*m_workspace->devices().add(caId, test::sampleDevices(10)), 10);
        QSignalSpy changed(m_workspace.get(), &Workspace::deviceCertificatesChanged);

        auto associated = m_workspace->devices().setStatus(caId, {QStringLiteral("01"), QStringLiteral("0x02")},
                                                           DeviceCertificateStatus::Associated);
        QCOMPARE(*associated, 2);
        QCOMPARE(changed.count(), 1);
        // The signal names the certificates that changed.
        const auto changedIds = changed.at(0).at(1).value<QList<qint64>>();
        QCOMPARE(changedIds.size(), 2);
        for (const QString& serial : {QStringLiteral("01"), QStringLiteral("02")})
            QVERIFY(changedIds.contains((*m_workspace->devices().find(caId, serial))->id));
        auto counts = m_workspace->devices().countByStatus(caId);
        QCOMPARE(counts->value(DeviceCertificateStatus::Associated), qint64(2));
        QCOMPARE(counts->value(DeviceCertificateStatus::Issued), qint64(8));

        // An unknown serial fails the whole call.
        auto unknown = m_workspace->devices().setStatus(caId, {QStringLiteral("03"), QStringLiteral("FFFF")},
                                                        DeviceCertificateStatus::Associated);
        QVERIFY(!unknown.ok());
        QCOMPARE(*m_workspace->devices().count(caId, DeviceCertificateStatus::Associated), qint64(2));

        // The cascade of a CA deactivation: too many to list, so no ids.
        changed.clear();
        QCOMPARE(*m_workspace->devices().setStatusForCa(caId, DeviceCertificateStatus::Inactivated), 10);
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.at(0).at(1).value<QList<qint64>>().isEmpty());
        QCOMPARE(*m_workspace->devices().count(caId, DeviceCertificateStatus::Inactivated), qint64(10));
        QCOMPARE(*m_workspace->devices().setStatusForCa(caId, DeviceCertificateStatus::Inactivated), 0);

        const QString path = m_dir->filePath(QStringLiteral("out/a1Product_device-000001_01.cer"));
        QVERIFY(m_workspace->devices().markExported(caId, {{QStringLiteral("01"), path}}).ok());
        QCOMPARE((*m_workspace->devices().find(caId, QStringLiteral("01")))->exportedPath, path);
        QCOMPARE(m_workspace->devices().listForCa(caId)->size(), 10);
    }

    void deleteDevicesIsAllOrNothing()
    {
        const qint64 caId = addCa(QStringLiteral("Delete"));
        const qint64 otherCaId = addCa(QStringLiteral("Other"));
        QCOMPARE(*m_workspace->devices().add(caId, test::sampleDevices(5)), 5);
        QCOMPARE(*m_workspace->devices().add(otherCaId, test::sampleDevices(2, 1, QStringLiteral("a1Other"))), 2);
        QSignalSpy changed(m_workspace.get(), &Workspace::deviceCertificatesChanged);
        const qint64 auditBefore = *m_workspace->audit().count();

        // An unknown serial (or one of another CA, or not a serial at all) fails the whole call and names them all.
        for (const QStringList& serials :
             {QStringList {QStringLiteral("01"), QStringLiteral("FFFF"), QStringLiteral("zz")},
              QStringList {QStringLiteral("02")} << QStringLiteral("0x0000000A")}) {
            auto refused = m_workspace->devices().remove(caId, serials);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, QStringLiteral("NotFound"));
            for (const QString& serial : serials.mid(1))
                QVERIFY2(refused.error().message.contains(serial), qPrintable(refused.error().message));
        }
        QCOMPARE(*m_workspace->devices().count(caId), qint64(5));
        QCOMPARE(*m_workspace->audit().count(), auditBefore);
        QCOMPARE(changed.count(), 0);

        // Serials are normalised; a repeated one counts once; other CAs keep theirs.
        auto removed = m_workspace->devices().remove(
            caId, {QStringLiteral("0x01"), QStringLiteral("00:00:00:03"), QStringLiteral("3"), QStringLiteral("5")});
        QVERIFY2(removed.ok(), removed.ok() ? "" : qPrintable(removed.error().fullText()));
        QCOMPARE(*removed, 3);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toLongLong(), caId);
        QCOMPARE(*m_workspace->devices().count(caId), qint64(2));
        QCOMPARE(*m_workspace->devices().count(otherCaId), qint64(2));
        QVERIFY(!m_workspace->devices().find(caId, QStringLiteral("03"))->has_value());
        QVERIFY(m_workspace->devices().find(caId, QStringLiteral("02"))->has_value());
        QVERIFY(m_workspace->devices().find(otherCaId, QStringLiteral("01"))->has_value());

        // One audit entry naming the CA, the count and the serials.
        QCOMPARE(*m_workspace->audit().count(), auditBefore + 1);
        const auto entries = m_workspace->audit().entries();
        QVERIFY(entries.ok());
        const AuditEntry& entry = entries->constLast();
        QCOMPARE(entry.action, QStringLiteral("devices.deleted"));
        QCOMPARE(entry.objectId, QString::number(caId));
        QCOMPARE(entry.details.value(QStringLiteral("count")).toInteger(), qint64(3));
        QCOMPARE(entry.details.value(QStringLiteral("serials")).toArray().size(), 3);
        QVERIFY(m_workspace->audit().verify()->intact());

        // The names of deleted devices are free again.
        QCOMPARE(*m_workspace->devices().add(caId, test::sampleDevices(1)), 1);
        QCOMPARE(*m_workspace->devices().remove(caId, {}), 0);
    }

    void failureInTheMiddleRollsBackEverything()
    {
        const qint64 caId = addCa(QStringLiteral("Rollback"));
        QSignalSpy added(m_workspace.get(), &Workspace::deviceCertificatesAdded);
        QSignalSpy audited(m_workspace.get(), &Workspace::auditAppended);
        const qint64 auditBefore = *m_workspace->audit().count();
        // Inject a failure at the 5,000th row of the batch.
        addFailingTrigger(QStringLiteral("inject_failure"), QStringLiteral("device_certificates"),
                          QStringLiteral("NEW.device_name = 'device-005000'"), QStringLiteral("injected failure"));
        auto result = m_workspace->devices().add(caId, test::sampleDevices(10000));
        QVERIFY(!result.ok());
        QVERIFY(result.error().detail.contains(QStringLiteral("injected failure")));
        QCOMPARE(*m_workspace->devices().count(caId), qint64(0));
        QCOMPARE(*m_workspace->audit().count(), auditBefore);
        QCOMPARE(added.count(), 0);
        QCOMPARE(audited.count(), 0);
        dropTrigger(QStringLiteral("inject_failure"), QStringLiteral("device_certificates"));

        // A failure when writing the audit entry rolls back the change it records.
        addFailingTrigger(QStringLiteral("inject_audit_failure"), QStringLiteral("audit_log"), {},
                          QStringLiteral("audit failure"));
        QSignalSpy caAdded(m_workspace.get(), &Workspace::caAdded);
        QVERIFY(!m_workspace->cas().add(test::sampleCa(QStringLiteral("Never"))).ok());
        QVERIFY(!m_workspace->cas().findByName(QStringLiteral("Never"))->has_value());
        QCOMPARE(caAdded.count(), 0);
        QVERIFY(!m_workspace->cas().remove(caId).ok());
        QVERIFY(m_workspace->cas().get(caId).ok());
        dropTrigger(QStringLiteral("inject_audit_failure"), QStringLiteral("audit_log"));
        QVERIFY(m_workspace->audit().verify()->intact());
    }

    void nestedTransactionsCommitTogether()
    {
        const qint64 caId = addCa(QStringLiteral("Nested"));
        QSignalSpy added(m_workspace.get(), &Workspace::deviceCertificatesAdded);
        {
            auto outer = Transaction::begin(*m_workspace);
            QVERIFY(outer.ok());
            QVERIFY(m_workspace->devices().add(caId, test::sampleDevices(10)).ok());
            QVERIFY(m_workspace->devices().add(caId, test::sampleDevices(10, 11)).ok());
            QCOMPARE(added.count(), 0); // not before the outer commit
            // The outer transaction is dropped: nothing of it stays, and no signal was emitted.
        }
        QCOMPARE(*m_workspace->devices().count(caId), qint64(0));
        QCOMPARE(added.count(), 0);
        {
            auto outer = Transaction::begin(*m_workspace);
            QVERIFY(outer.ok());
            QVERIFY(m_workspace->devices().add(caId, test::sampleDevices(10)).ok());
            // A failing inner step rolls back only itself.
            QVERIFY(!m_workspace->devices().add(caId, test::sampleDevices(10)).ok());
            QVERIFY(outer->commit().ok());
        }
        QCOMPARE(*m_workspace->devices().count(caId), qint64(10));
        QCOMPARE(added.count(), 1);
        QVERIFY(m_workspace->audit().verify()->intact());
    }

    void readOnlyOpensAlongsideAndRefusesWrites()
    {
        const qint64 caId = addCa(QStringLiteral("Shared"));
        auto reader = Workspace::open(m_workspace->folder(), Workspace::OpenMode::ReadOnly);
        QVERIFY2(reader.ok(), reader.ok() ? "" : qPrintable(reader.error().fullText()));
        QCOMPARE((*reader)->cas().get(caId)->name, QStringLiteral("Shared"));
        auto write = (*reader)->cas().add(test::sampleCa(QStringLiteral("Other")));
        QVERIFY(!write.ok());
        QCOMPARE(write.error().code, QStringLiteral("ReadOnly"));
        // The reader sees what the writer commits later (WAL).
        QVERIFY(m_workspace->cas().add(test::sampleCa(QStringLiteral("Later"))).ok());
        QCOMPARE((*reader)->cas().list()->size(), 2);
    }

    void workerThreadsGetTheirOwnConnection()
    {
        const qint64 caId = addCa(QStringLiteral("Threads"));
        QCOMPARE(*m_workspace->devices().add(caId, test::sampleDevices(50)), 50);
        qint64 seen = -1;
        QString connectionName;
        QThread* thread = QThread::create([&] {
            seen = m_workspace->devices().count(caId).valueOr(-1);
            connectionName = m_workspace->connection()->connectionName();
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QCOMPARE(seen, qint64(50));
        QVERIFY(connectionName != m_workspace->connection()->connectionName());
        // The finished thread's connection was released.
        QVERIFY(!QSqlDatabase::contains(connectionName));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceStore)
#include "TestWorkspaceStore.moc"
