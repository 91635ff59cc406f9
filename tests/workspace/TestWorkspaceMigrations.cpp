#include "WorkspaceFixtures.h"
#include "model/audit/AuditLog.h"
#include "model/models/DeviceCertificateModel.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Schema.h"
#include "model/workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace iotca;
using namespace iotca::model;

namespace {

/// (ca_id, status) -> count, as a scan of device_certificates says and as device_certificate_counts says.
QMap<QPair<qint64, QString>, qint64> countsFrom(const QSqlDatabase& database, const QString& statement)
{
    QMap<QPair<qint64, QString>, qint64> counts;
    QSqlQuery query(database);
    if (!query.exec(statement)) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return counts;
    }
    while (query.next()) {
        counts.insert({query.value(0).toLongLong(), query.value(1).toString()}, query.value(2).toLongLong());
    }
    return counts;
}

QMap<QPair<qint64, QString>, qint64> scannedCounts(const QSqlDatabase& database)
{
    return countsFrom(database,
                      QStringLiteral("SELECT ca_id, status, COUNT(*) FROM device_certificates "
                                     "GROUP BY ca_id, status"));
}

QMap<QPair<qint64, QString>, qint64> keptCounts(const QSqlDatabase& database)
{
    return countsFrom(database, QStringLiteral("SELECT ca_id, status, count FROM device_certificate_counts"));
}

/// rowid -> (name, CA) of the trigram index, and the same from device_certificates.
QMap<qint64, QPair<QString, qint64>> namesFrom(const QSqlDatabase& database, const QString& statement)
{
    QMap<qint64, QPair<QString, qint64>> names;
    QSqlQuery query(database);
    if (!query.exec(statement)) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return names;
    }
    while (query.next()) {
        names.insert(query.value(0).toLongLong(), {query.value(1).toString(), query.value(2).toLongLong()});
    }
    return names;
}

bool searchIndexMatchesTable(const QSqlDatabase& database)
{
    return namesFrom(database, QStringLiteral("SELECT rowid, device_name, ca_id FROM device_name_search"))
        == namesFrom(database, QStringLiteral("SELECT id, device_name, ca_id FROM device_certificates"));
}

QList<qint64> searchIndexIds(const QSqlDatabase& database, const QString& glob)
{
    QList<qint64> ids;
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT rowid FROM device_name_search WHERE device_name GLOB ? ORDER BY rowid"));
    query.addBindValue(glob);
    if (!query.exec()) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return ids;
    }
    while (query.next()) {
        ids << query.value(0).toLongLong();
    }
    return ids;
}

/// Every row of `model` (fetched to the end) as "serial device" strings, in the model's order.
QStringList shownRows(DeviceCertificateModel& model)
{
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        rows << model.index(row, DeviceCertificateModel::Serial).data().toString() + QLatin1Char(' ')
                + model.index(row, DeviceCertificateModel::Device).data().toString();
    }
    return rows;
}

} // namespace

class TestWorkspaceMigrations : public QObject
{
    Q_OBJECT

private:
    /// Runs `body` on a connection of its own to `path`, removed afterwards.
    template<class Body>
    static void withDatabase(const QString& path, Body body)
    {
        const QString name = QStringLiteral("migration-test");
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            database.setDatabaseName(path);
            QVERIFY(database.open());
            body(database);
        }
        QSqlDatabase::removeDatabase(name);
    }

    static void exec(QSqlDatabase& database, const QString& statement, const QVariantList& values = {})
    {
        QSqlQuery query(database);
        QVERIFY2(query.prepare(statement), qPrintable(query.lastError().text()));
        for (const QVariant& value : values) {
            query.addBindValue(value);
        }
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }

private Q_SLOTS:
    void opensAVersion1DatabaseAndMigratesItForward()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("old"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(Workspace::databaseFileName());

        // A workspace as the first release wrote it: schema 1 only, with data.
        withDatabase(path, [](QSqlDatabase& database) {
            QVERIFY(Schema::migrate(database, 1).ok());
            QCOMPARE(*Schema::version(database), 1);
            exec(database,
                 QStringLiteral("INSERT INTO cas (id, name, certificate_der, encrypted_key_pem, serial_hex, subject, "
                                "issuer, not_before, not_after, key_algorithm, created) "
                                "VALUES (1, 'Legacy Root', x'3082', 'PEM', '0A', 'CN=Legacy', 'CN=Legacy', 0, "
                                "1900000000000, 'RSA 2048-bit', 0)"));
            exec(database,
                 QStringLiteral("INSERT INTO device_certificates (ca_id, serial_hex, product_key, device_name, "
                                "certificate_der, status, not_after, created) "
                                "VALUES (1, '01', 'a1P', 'dev1', x'3082', 'Issued', 1900000000000, 0)"));
            // The v1 table has no exported_path yet.
            QSqlQuery query(database);
            QVERIFY(!query.exec(QStringLiteral("SELECT exported_path FROM device_certificates")));
        });

        auto opened = Workspace::open(folder);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().fullText()));
        Workspace& workspace = **opened;
        auto database = workspace.connection();
        QCOMPARE(*Schema::version(*database), Schema::currentVersion());
        QVERIFY(Schema::currentVersion() > 1);

        // The data survived, and the new column and tables are usable.
        QCOMPARE(workspace.cas().get(1)->name, QStringLiteral("Legacy Root"));
        auto device = workspace.devices().find(1, QStringLiteral("01"));
        QVERIFY(device->has_value());
        QCOMPARE((*device)->exportedPath, QString());
        QVERIFY(workspace.devices().markExported(1, {{QStringLiteral("01"), QStringLiteral("/tmp/x.cer")}}).ok());
        QCOMPARE((*workspace.devices().find(1, QStringLiteral("01")))->exportedPath, QStringLiteral("/tmp/x.cer"));
        QVERIFY(workspace.audit().verify()->intact());
        QVERIFY(workspace.checkIntegrity().ok());
    }

    void eachStepIsAtomic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("step.db"));
        withDatabase(path, [](QSqlDatabase& database) {
            QVERIFY(Schema::migrate(database, 1).ok());
            // Make step 2 fail half-way: its first statement adds a column that already exists.
            exec(database,
                 QStringLiteral("CREATE INDEX device_certificates_device ON device_certificates "
                                "(device_name)"));
            auto failed = Schema::migrate(database);
            QVERIFY(!failed.ok());
            QCOMPARE(*Schema::version(database), 1);
            QSqlQuery query(database);
            QVERIFY(!query.exec(QStringLiteral("SELECT exported_path FROM device_certificates")));
        });
    }

    void refusesNewerSchemasAndForeignDatabases()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("future"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(Workspace::databaseFileName());
        withDatabase(path, [](QSqlDatabase& database) {
            QVERIFY(Schema::migrate(database).ok());
            exec(database, QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion() + 1));
        });
        auto future = Workspace::open(folder);
        QVERIFY(!future.ok());
        QCOMPARE(future.error().code, QStringLiteral("SchemaTooNew"));

        const QString otherFolder = dir.filePath(QStringLiteral("other"));
        QVERIFY(QDir().mkpath(otherFolder));
        withDatabase(QDir(otherFolder).filePath(Workspace::databaseFileName()),
                     [](QSqlDatabase& database) { exec(database, QStringLiteral("CREATE TABLE notes (x)")); });
        auto foreign = Workspace::open(otherFolder);
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.error().code, QStringLiteral("NotAWorkspace"));
    }

    void version3GetsTheNameIndexAndTheCountsAndTheTriggersKeepThem()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("v3"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(Workspace::databaseFileName());

        // Schema 3 with certificates of two CAs, in two statuses.
        withDatabase(path, [](QSqlDatabase& database) {
            QVERIFY(Schema::migrate(database, 3).ok());
            QCOMPARE(*Schema::version(database), 3);
            for (int ca = 1; ca <= 2; ++ca) {
                exec(database,
                     QStringLiteral("INSERT INTO cas (id, name, certificate_der, encrypted_key_pem, serial_hex, "
                                    "subject, issuer, not_before, not_after, key_algorithm, created) VALUES (?, ?, "
                                    "x'3082', 'PEM', '0A', 'CN=Old', 'CN=Old', 0, 1900000000000, 'EC', 0)"),
                     {ca, QStringLiteral("Old %1").arg(ca)});
            }
            exec(database,
                 QStringLiteral(
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                     "INSERT INTO device_certificates (ca_id, serial_hex, product_key, device_name, "
                     "certificate_der, status, not_after, created) SELECT 1 + i % 2, printf('%04X', 8192 + i), "
                     "'a1P', printf('meter-%03d', i), x'3082', CASE WHEN i % 3 = 0 THEN 'Associated' "
                     "ELSE 'Issued' END, 1900000000000, 0 FROM n"));
            QSqlQuery query(database);
            QVERIFY(!query.exec(QStringLiteral("SELECT count FROM device_certificate_counts")));
        });

        auto opened = Workspace::open(folder);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().fullText()));
        Workspace& workspace = **opened;
        const QSqlDatabase database = *workspace.connection();
        QCOMPARE(*Schema::version(database), Schema::currentVersion());
        QVERIFY(Schema::currentVersion() >= 4);

        // The migration filled both from the rows already there.
        QCOMPARE(keptCounts(database), scannedCounts(database));
        QCOMPARE(scannedCounts(database).size(), 4);
        QVERIFY(searchIndexMatchesTable(database));
        QCOMPARE(searchIndexIds(database, QStringLiteral("*ter-29*")).size(), 10); // meter-290 .. meter-299
        QCOMPARE(*workspace.devices().count(), qint64(300));
        QCOMPARE(*workspace.devices().count(1), qint64(150));
        QCOMPARE(*workspace.devices().count(0, DeviceCertificateStatus::Associated), qint64(100));
        QCOMPARE(workspace.devices().countByStatus(2)->value(DeviceCertificateStatus::Issued), qint64(100));

        // Every write keeps them: add, status changes (some, all of a CA), delete, a CA deleted with its devices.
        QVERIFY(workspace.devices().add(1, test::sampleDevices(40, 0x1000, QStringLiteral("a1P"))).ok());
        QVERIFY(workspace.devices()
                    .setStatus(1, {QStringLiteral("1000"), QStringLiteral("1001")}, DeviceCertificateStatus::Associated)
                    .ok());
        QCOMPARE(keptCounts(database), scannedCounts(database));
        QVERIFY(searchIndexMatchesTable(database));
        QCOMPARE(searchIndexIds(database, QStringLiteral("*device-004*")).size(), 40); // device-004096 .. device-004135
        QVERIFY(workspace.devices().setStatusForCa(2, DeviceCertificateStatus::Inactivated).ok());
        QCOMPARE(keptCounts(database), scannedCounts(database));
        QVERIFY(workspace.devices().remove(1, {QStringLiteral("1000"), QStringLiteral("2002")}).ok());
        QCOMPARE(keptCounts(database), scannedCounts(database));
        QVERIFY(searchIndexMatchesTable(database));
        QCOMPARE(*workspace.devices().count(1), qint64(150 + 40 - 2));
        const QMap<DeviceCertificateStatus, qint64> byStatus = *workspace.devices().countByStatus(2);
        QCOMPARE(byStatus.size(), 1); // statuses with no certificate left are absent
        QCOMPARE(byStatus.value(DeviceCertificateStatus::Inactivated), qint64(150));
        QVERIFY(workspace.cas().remove(2, CaRemoval::Cascade).ok());
        QCOMPARE(keptCounts(database), scannedCounts(database));
        QVERIFY(searchIndexMatchesTable(database));
        QVERIFY(workspace.devices().countByStatus(2)->isEmpty());
        QCOMPARE(*workspace.devices().count(), qint64(188));

        QVERIFY(workspace.audit().verify()->intact());
        QVERIFY(workspace.checkIntegrity().ok());
    }

    void deviceModelTextFilterGivesTheSameRowsFromTheIndexesAsFromAScan()
    {
        QTemporaryDir dir;
        auto opened = Workspace::open(dir.filePath(QStringLiteral("ws")));
        QVERIFY(opened.ok());
        Workspace& workspace = **opened;
        const qint64 first = *workspace.cas().add(test::sampleCa(QStringLiteral("First")));
        const qint64 second = *workspace.cas().add(test::sampleCa(QStringLiteral("Second")));
        QVERIFY(workspace.devices().add(first, test::sampleDevices(1000)).ok());
        QVERIFY(workspace.devices()
                    .add(second, test::sampleDevices(700, 0x3E0, QStringLiteral("b2Other"), QStringLiteral("sensor-")))
                    .ok());
        // Names with GLOB's wildcards in them, and one whose name looks like a serial.
        QList<DeviceCertificateRecord> odd = test::sampleDevices(4, 0xAB000, QStringLiteral("c3Odd"));
        odd[0].deviceName = QStringLiteral("box[1]");
        odd[1].deviceName = QStringLiteral("box*2");
        odd[2].deviceName = QStringLiteral("box?3");
        odd[3].deviceName = QStringLiteral("3e8-lookalike");
        QVERIFY(workspace.devices().add(first, odd).ok());

        // The same filter three ways: the trigram index (threshold 0), the CA's names scanned (threshold above
        // every CA), and the expected rows computed here. Sparse and dense matches, serial prefixes, overlaps.
        DeviceCertificateModel indexed(&workspace);
        indexed.setIndexedSearchThreshold(0);
        indexed.setBatchSize(97);
        QAbstractItemModelTester tester(&indexed, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DeviceCertificateModel scanned(&workspace);
        scanned.setIndexedSearchThreshold(1'000'000'000);

        const auto expected = [&](qint64 caId, const QString& text) {
            qint64 matches = 0;
            QString prefix;
            for (const QChar c : text) {
                if (c != QLatin1Char(':') && c != QLatin1Char(' ')) {
                    prefix += c.toUpper();
                }
            }
            const bool hex = !prefix.isEmpty() && std::all_of(prefix.cbegin(), prefix.cend(), [](QChar c) {
                return c.isDigit() || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
            });
            for (const qint64 ca : {first, second}) {
                if (caId != 0 && ca != caId) {
                    continue;
                }
                const QList<DeviceCertificateRecord> devices = workspace.devices().listForCa(ca).value();
                for (const DeviceCertificateRecord& device : devices) {
                    const bool serial = hex
                        && (device.serialHex.startsWith(prefix)
                            || device.serialHex.startsWith(QLatin1Char('0') + prefix));
                    if (serial || device.deviceName.contains(text)) {
                        ++matches;
                    }
                }
            }
            return matches;
        };

        const QStringList texts {QStringLiteral("3e8"),       QStringLiteral("03:e"),
                                 QStringLiteral("0"),         QStringLiteral("00"),
                                 QStringLiteral("1"),         QStringLiteral("device-00099"),
                                 QStringLiteral("device-"),   QStringLiteral("sensor-001"),
                                 QStringLiteral("box[1]"),    QStringLiteral("box*"),
                                 QStringLiteral("x?3"),       QStringLiteral("[1"),
                                 QStringLiteral("lookalike"), QStringLiteral("nothing-at-all"),
                                 QStringLiteral("AB0")};
        for (const qint64 caId : {qint64(0), first, second}) {
            for (const int column : {int(DeviceCertificateModel::Serial), int(DeviceCertificateModel::NotAfter)}) {
                indexed.sort(column, Qt::DescendingOrder);
                scanned.sort(column, Qt::DescendingOrder);
                for (const QString& text : texts) {
                    const DeviceCertificateFilter filter {caId, {}, text};
                    indexed.setFilter(filter);
                    scanned.setFilter(filter);
                    const QStringList rows = shownRows(indexed);
                    const QString what = QStringLiteral("CA %1, column %2, text '%3'").arg(caId).arg(column).arg(text);
                    QVERIFY2(rows == shownRows(scanned), qPrintable(what));
                    QVERIFY2(
                        rows.size() == expected(caId, text),
                        qPrintable(
                            what
                            + QStringLiteral(": %1 rows, %2 expected").arg(rows.size()).arg(expected(caId, text))));
                    QVERIFY2(indexed.totalCount() == rows.size(), qPrintable(what));
                    QVERIFY2(scanned.totalCount() == rows.size(), qPrintable(what));
                }
            }
        }

        // The counts and the id lists follow changes: a new matching device appears, in place.
        indexed.sort(DeviceCertificateModel::Serial, Qt::AscendingOrder);
        indexed.setFilter({first, {}, QStringLiteral("lookalike")});
        QCOMPARE(shownRows(indexed), QStringList {QStringLiteral("0AB003 3e8-lookalike")});
        QList<DeviceCertificateRecord> late = test::sampleDevices(1, 0x0A0000, QStringLiteral("c3Odd"));
        late[0].deviceName = QStringLiteral("late-lookalike");
        QVERIFY(workspace.devices().add(first, late).ok());
        QCOMPARE(indexed.rowCount(), 2);
        QCOMPARE(indexed.index(0, DeviceCertificateModel::Device).data().toString(), QStringLiteral("late-lookalike"));
        QCOMPARE(indexed.totalCount(), qint64(2));
    }

    void deviceModelKeptUpToDateShowsWhatAFreshOneShows()
    {
        // Additions are merged in place (only the new rows are read): after any mix of additions and deletions,
        // here and in another CA, the rows shown are exactly the first rows a freshly loaded model shows.
        QTemporaryDir dir;
        auto opened = Workspace::open(dir.filePath(QStringLiteral("ws")));
        QVERIFY(opened.ok());
        Workspace& workspace = **opened;
        const qint64 first = *workspace.cas().add(test::sampleCa(QStringLiteral("First")));
        const qint64 second = *workspace.cas().add(test::sampleCa(QStringLiteral("Second")));
        QVERIFY(workspace.devices().add(first, test::sampleDevices(300, 1)).ok());

        for (const DeviceCertificateFilter& filter :
             {DeviceCertificateFilter {first, {}, {}}, DeviceCertificateFilter {first, {}, QStringLiteral("device-0")},
              DeviceCertificateFilter {0, {}, {}}}) {
            for (const bool toTheEnd : {false, true}) {
                DeviceCertificateModel kept(&workspace);
                kept.setBatchSize(40);
                kept.sort(DeviceCertificateModel::NotAfter, Qt::DescendingOrder);
                kept.setFilter(filter);
                QAbstractItemModelTester tester(&kept, QAbstractItemModelTester::FailureReportingMode::QtTest);
                for (int page = 0; page < 3 || (toTheEnd && kept.canFetchMore({})); ++page) {
                    kept.fetchMore({});
                }
                const auto check = [&](const char* step) {
                    DeviceCertificateModel fresh(&workspace);
                    fresh.setBatchSize(1000);
                    fresh.sort(DeviceCertificateModel::NotAfter, Qt::DescendingOrder);
                    fresh.setFilter(filter);
                    QStringList expected = shownRows(fresh);
                    QStringList rows;
                    for (int row = 0; row < kept.rowCount(); ++row) {
                        rows << kept.index(row, DeviceCertificateModel::Serial).data().toString() + QLatin1Char(' ')
                                + kept.index(row, DeviceCertificateModel::Device).data().toString();
                    }
                    if (!toTheEnd) {
                        expected = expected.mid(0, rows.size());
                    }
                    QVERIFY2(rows == expected, step);
                    QCOMPARE(kept.totalCount(), fresh.totalCount());
                };
                static int round = 0;
                const int base = 0x10000 * ++round;
                QVERIFY(workspace.devices().add(first, test::sampleDevices(30, base)).ok());
                check("after an addition");
                // The other CA's certificates become the newest, this model reads again (a status change here),
                // then the other CA loses them: the next ids are given out again, and must count as new here.
                QVERIFY(workspace.devices()
                            .add(second, test::sampleDevices(5, base + 100, QStringLiteral("b2"), QStringLiteral("s-")))
                            .ok());
                QVERIFY(workspace.devices()
                            .setStatus(first, {QStringLiteral("%1").arg(base + 1, 0, 16)},
                                       DeviceCertificateStatus::Associated)
                            .ok());
                QVERIFY(workspace.devices()
                            .remove(second,
                                    {QStringLiteral("%1").arg(base + 104, 0, 16),
                                     QStringLiteral("%1").arg(base + 103, 0, 16)})
                            .ok());
                QVERIFY(workspace.devices().add(first, test::sampleDevices(7, base + 200)).ok());
                check("after another CA lost its newest certificates");
                QVERIFY(workspace.devices().remove(first, {QStringLiteral("%1").arg(base + 206, 0, 16)}).ok());
                QVERIFY(workspace.devices().add(first, test::sampleDevices(3, base + 300)).ok());
                check("after this CA lost its newest certificate");
            }
        }
    }

    void readOnlyOpenOfAnOldSchemaAsksForAnUpgrade()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("old"));
        QVERIFY(QDir().mkpath(folder));
        withDatabase(QDir(folder).filePath(Workspace::databaseFileName()),
                     [](QSqlDatabase& database) { QVERIFY(Schema::migrate(database, 1).ok()); });
        auto readOnly = Workspace::open(folder, Workspace::OpenMode::ReadOnly);
        QVERIFY(!readOnly.ok());
        QCOMPARE(readOnly.error().code, QStringLiteral("SchemaTooOld"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceMigrations)
#include "TestWorkspaceMigrations.moc"
