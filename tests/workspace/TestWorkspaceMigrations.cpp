#include "model/audit/AuditLog.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Schema.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace iotca;
using namespace iotca::model;

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
