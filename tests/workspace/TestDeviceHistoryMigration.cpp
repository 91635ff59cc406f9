// Schema step "device certificate history" (pki, step 8): a workspace written before it, with data, opens with every
// row, index and trigger intact, keeps refusing a second FIRST certificate for a device, and accepts a re-issue as the
// next generation; the current / superseded rules of DeviceCertificateHistory on top.
#include "WorkspaceFixtures.h"
#include "model/ModelErrorCode.h"
#include "model/audit/AuditLog.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateHistory.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/IssuanceIntents.h"
#include "model/workspace/RevocationRepository.h"
#include "model/workspace/Schema.h"
#include "model/workspace/Transaction.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace iotca;
using namespace iotca::model;

namespace {

QStringList rowsOf(const QSqlDatabase& database, const QString& statement)
{
    QStringList rows;
    QSqlQuery query(database);
    if (!query.exec(statement)) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return {QStringLiteral("failed: ") + statement};
    }
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << query.value(i).toString();
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

const QString deviceRows = QStringLiteral(
    "SELECT id, ca_id, serial_hex, product_key, device_name, hex(certificate_der), status, not_after, created, "
    "exported_path, platform_state, differs_from_platform, remote_id FROM device_certificates ORDER BY id");
// The indexes and triggers on the table (sql is NULL for the UNIQUE constraints' automatic indexes).
const QString tableObjects = QStringLiteral(
    "SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = 'device_certificates' AND type IN ('index', "
    "'trigger') AND name NOT LIKE 'sqlite_autoindex%' ORDER BY name");
const QString scannedCounts =
    QStringLiteral("SELECT ca_id, status, COUNT(*) FROM device_certificates GROUP BY ca_id, status ORDER BY 1, 2");
const QString keptCounts =
    QStringLiteral("SELECT ca_id, status, count FROM device_certificate_counts WHERE count > 0 ORDER BY 1, 2");
const QString searchRows = QStringLiteral("SELECT rowid, device_name, ca_id FROM device_name_search ORDER BY rowid");
const QString tableRows = QStringLiteral("SELECT id, device_name, ca_id FROM device_certificates ORDER BY id");

void exec(QSqlDatabase& database, const QString& statement)
{
    QSqlQuery query(database);
    QVERIFY2(query.exec(statement), qPrintable(query.lastError().text() + QLatin1Char(' ') + statement));
}

DeviceCertificateRecord reissueOf(const DeviceCertificateRecord& old, const QString& serial)
{
    DeviceCertificateRecord record;
    record.caId = old.caId;
    record.serialHex = serial;
    record.productKey = old.productKey;
    record.deviceName = old.deviceName;
    record.certificateDer = QByteArray(600, 'r');
    record.notAfter = old.notAfter.addDays(365);
    return record;
}

} // namespace

class TestDeviceHistoryMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWorkspaceFromBeforeTheStepKeepsItsDataAndGainsHistory()
    {
        QVERIFY(Schema::deviceHistoryVersion() > 1);
        QVERIFY(Schema::deviceHistoryVersion() <= Schema::currentVersion());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("old"));
        QVERIFY(QDir().mkpath(folder));
        QStringList rowsBefore;
        QStringList objectsBefore;
        QStringList searchBefore;
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            database.setDatabaseName(QDir(folder).filePath(Workspace::databaseFileName()));
            QVERIFY(database.open());
            QVERIFY(Schema::migrate(database, Schema::deviceHistoryVersion() - 1).ok());
            QCOMPARE(*Schema::version(database), Schema::deviceHistoryVersion() - 1);
            for (int ca = 1; ca <= 2; ++ca) {
                exec(database,
                     QStringLiteral("INSERT INTO cas (id, name, certificate_der, encrypted_key_pem, serial_hex, "
                                    "subject, issuer, not_before, not_after, key_algorithm, created) VALUES (%1, "
                                    "'Old %1', x'3082', 'PEM', '0A', 'CN=Old', 'CN=Old', 0, 1900000000000, 'EC', 0)")
                         .arg(ca));
            }
            // 120 certificates of two CAs in every status, some read back from a platform, exported, with remote ids.
            exec(database,
                 QStringLiteral(
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120) "
                     "INSERT INTO device_certificates (ca_id, serial_hex, product_key, device_name, certificate_der, "
                     "status, not_after, created, exported_path, platform_state, differs_from_platform, remote_id) "
                     "SELECT 1 + i % 2, printf('%04X', 4096 + i), 'a1P', printf('meter-%03d', i), "
                     "randomblob(40), CASE i % 4 WHEN 0 THEN 'Issued' WHEN 1 THEN 'Associated' WHEN 2 THEN "
                     "'Inactivated' ELSE 'Deleted' END, 1900000000000 + i, 1700000000000 + i, "
                     "printf('/exports/meter-%03d.crt', i), CASE WHEN i % 3 = 0 THEN 'Active' ELSE '' END, "
                     "i % 5 = 0, CASE WHEN i % 7 = 0 THEN printf('aws-%d', i) ELSE '' END FROM n"));
            exec(database,
                 QStringLiteral("INSERT INTO revocations (ca_id, serial_hex, revoked_at, reason) "
                                "VALUES (1, '1002', 1800000000000, 1)"));
            exec(database,
                 QStringLiteral("INSERT INTO issuance_intents (job, ca_id, product_key, device_name, "
                                "certificate_path, key_path, created) VALUES ('job-1', 1, 'a1P', 'meter-999', "
                                "'/nowhere/meter-999.crt', '', 0)"));
            // Before the step, the database itself refuses a second certificate for a device.
            QSqlQuery second(database);
            QVERIFY(!second.exec(QStringLiteral(
                "INSERT INTO device_certificates (ca_id, serial_hex, product_key, device_name, certificate_der, "
                "status, not_after, created) VALUES (1, 'FFFF', 'a1P', 'meter-001', x'30', 'Issued', 0, 0)")));
            rowsBefore = rowsOf(database, deviceRows);
            objectsBefore = rowsOf(database, tableObjects);
            searchBefore = rowsOf(database, searchRows);
            QCOMPARE(rowsBefore.size(), 120);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        auto opened = Workspace::open(folder);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().fullText()));
        Workspace& workspace = **opened;
        QSqlDatabase database = *workspace.connection();
        QCOMPARE(*Schema::version(database), Schema::currentVersion());

        // Every row, index, trigger, count and search entry as it was; each certificate is its device's first.
        QCOMPARE(rowsOf(database, deviceRows), rowsBefore);
        QCOMPARE(rowsOf(database, tableObjects), objectsBefore);
        QCOMPARE(rowsOf(database, searchRows), searchBefore);
        QCOMPARE(rowsOf(database, searchRows), rowsOf(database, tableRows));
        QCOMPARE(rowsOf(database, keptCounts), rowsOf(database, scannedCounts));
        QCOMPARE(rowsOf(database,
                        QStringLiteral("SELECT DISTINCT generation, supersedes_serial FROM "
                                       "device_certificates")),
                 QStringList {QStringLiteral("1|")});
        QCOMPARE(rowsOf(database, QStringLiteral("SELECT serial_hex, reason FROM revocations")),
                 QStringList {QStringLiteral("1002|1")});
        // The interrupted issue's intent was read after the step (its new column included): IssuanceRecovery ran at
        // this open, found no file and dropped it.
        QCOMPARE(rowsOf(database, QStringLiteral("SELECT COUNT(*) FROM issuance_intents")),
                 QStringList {QStringLiteral("0")});
        QVERIFY(workspace.checkIntegrity().ok());
        QVERIFY(workspace.audit().verify()->intact());

        // A second FIRST certificate for a device is still refused by the database.
        QList<DeviceCertificateRecord> duplicate = test::sampleDevices(1, 0xFFF0, QStringLiteral("a1P"));
        duplicate[0].deviceName = QStringLiteral("meter-001");
        auto refused = workspace.devices().add(1, duplicate);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("DeviceNameTaken"));

        // A re-issue is the next generation; the triggers keep the counts and the name index.
        // meter-001 (i = 1) is a certificate of CA 2.
        const auto found = workspace.devices().find(2, QStringLiteral("1001"));
        QVERIFY(found.ok() && found->has_value());
        const DeviceCertificateRecord old = **found;
        QCOMPARE(old.deviceName, QStringLiteral("meter-001"));
        {
            auto transaction = Transaction::begin(workspace);
            QVERIFY(transaction.ok());
            auto added = DeviceCertificateHistory::addReissue(*transaction, workspace,
                                                              reissueOf(old, QStringLiteral("AB01")), old.serialHex);
            QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().fullText()));
            QCOMPARE(added->generation, 2);
            QCOMPARE(added->supersedesSerial, QStringLiteral("1001"));
            QVERIFY(transaction->commit().ok());
        }
        QCOMPARE(rowsOf(database, keptCounts), rowsOf(database, scannedCounts));
        QCOMPARE(rowsOf(database, searchRows), rowsOf(database, tableRows));
        QCOMPARE((*workspace.devices().findByDevice(QStringLiteral("a1P"), QStringLiteral("meter-001")))->serialHex,
                 QStringLiteral("AB01"));
        QCOMPARE(
            DeviceCertificateHistory::ofDevice(workspace, QStringLiteral("a1P"), QStringLiteral("meter-001"))->size(),
            2);
        QCOMPARE(*DeviceCertificateHistory::supersededSerials(workspace, 2), QSet<QString> {QStringLiteral("1001")});

        // Only the newest certificate is superseded by a re-issue.
        {
            auto transaction = Transaction::begin(workspace);
            QVERIFY(transaction.ok());
            auto stale = DeviceCertificateHistory::addReissue(*transaction, workspace,
                                                              reissueOf(old, QStringLiteral("AB02")), old.serialHex);
            QVERIFY(!stale.ok());
            QCOMPARE(stale.error().code, QString(ErrorCode::NotNewest));
        }

        // Current = newest not revoked: revoking the re-issue makes the old one current again.
        const auto serialsOf = [&workspace](qint64 caId) {
            QStringList serials;
            // Kept in a variable: a range-for over a temporary Result's value() would outlive the Result.
            const auto records = DeviceCertificateHistory::currentForCa(workspace, caId);
            for (const DeviceCertificateRecord& record : records.value())
                serials << record.serialHex;
            return serials;
        };
        const QStringList current = serialsOf(2);
        QVERIFY(current.contains(QStringLiteral("AB01")));
        QVERIFY(!current.contains(QStringLiteral("1001")));
        QCOMPARE(current.size(), 60);
        QVERIFY(!serialsOf(1).contains(QStringLiteral("1002"))); // revoked before the migration
        QCOMPARE(serialsOf(1).size(), 59);
        QVERIFY(RevocationRepository(workspace)
                    .revoke(2, {QStringLiteral("AB01")}, crypto::RevocationReason::KeyCompromise)
                    .ok());
        QVERIFY(DeviceCertificateHistory::supersededSerials(workspace, 2)->isEmpty());
        const QStringList afterRevocation = serialsOf(2);
        QVERIFY(afterRevocation.contains(QStringLiteral("1001")));
        QVERIFY(!afterRevocation.contains(QStringLiteral("AB01")));
        QVERIFY(workspace.checkIntegrity().ok());
        QVERIFY(workspace.audit().verify()->intact());
    }
};

QTEST_GUILESS_MAIN(TestDeviceHistoryMigration)
#include "TestDeviceHistoryMigration.moc"
