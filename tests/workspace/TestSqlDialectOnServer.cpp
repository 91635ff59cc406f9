#include "WorkspaceFixtures.h"
#include "model/workspace/CaRegistrationRecord.h"
#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/RevocationRepository.h"
#include "model/workspace/SqlDialect.h"
#include "model/workspace/Transaction.h"
#include "model/workspace/Workspace.h"
#include "tests/support/TestWorkspaces.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace iotca;
using namespace iotca::model;

/// The SQL that SqlDialect rewrites or classifies, run on a real workspace of each back end (this test runs again as
/// tst_workspace_sql_dialect_postgres): what the PostgreSQL run found missing in the dialect (issue 23).
class TestSqlDialectOnServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    test::TestWorkspaces m_workspaces;
    std::unique_ptr<Workspace> m_workspace;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened = Workspace::open(m_workspaces.location(m_dir->filePath(QStringLiteral("ws"))));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().fullText()));
        m_workspace = std::move(opened).value();
        QCOMPARE(m_workspace->connection()->driverName(),
                 test::TestWorkspaces::postgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"));
    }

    void cleanup()
    {
        m_workspace.reset();
        m_workspaces.dropAll();
        m_dir.reset();
    }

    /// SQLite words a missing parent "FOREIGN KEY constraint failed", PostgreSQL "violates foreign key constraint";
    /// the codes decide.
    void aMissingParentIsAForeignKeyViolation()
    {
        const qint64 caId = *m_workspace->cas().add(test::sampleCa(QStringLiteral("Root")));
        QSqlQuery insert(*m_workspace->connection());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO ca_registrations (ca_id, account_id, remote_id, status, "
                                              "registration_code, registered_at) VALUES (?, 9999, '', 'Activated', "
                                              "'', 0)")));
        insert.addBindValue(caId);
        QVERIFY(!insert.exec());
        QVERIFY2(sql::isForeignKeyViolation(insert.lastError()), qPrintable(insert.lastError().text()));

        QSqlQuery duplicate(*m_workspace->connection());
        QVERIFY(!duplicate.exec(QStringLiteral("INSERT INTO cas (id, name) VALUES (%1, 'x')").arg(caId)));
        QVERIFY2(!sql::isForeignKeyViolation(duplicate.lastError()), qPrintable(duplicate.lastError().text()));

        // Through the repository: the code the callers see.
        auto unknown = m_workspace->registrations().upsert({caId, 9999, {}, RegistrationStatus::Activated, {}, {}, {}});
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, QStringLiteral("NotFound"));
    }

    /// A JSON array of ids as a table (json_each), joined the way the device model reads listed rows.
    void idListsAsTables()
    {
        const qint64 caId = *m_workspace->cas().add(test::sampleCa(QStringLiteral("Root")));
        QVERIFY(m_workspace->devices().add(caId, test::sampleDevices(5)).ok());
        auto database = m_workspace->connection();
        QSqlQuery ids(*database);
        QVERIFY(ids.exec(QStringLiteral("SELECT id FROM device_certificates ORDER BY id")));
        QList<qint64> all;
        while (ids.next())
            all.append(ids.value(0).toLongLong());
        QCOMPARE(all.size(), 5);
        const QString wanted = QStringLiteral("[%1,%2]").arg(all.at(1)).arg(all.at(3));

        const auto names = [&](const QString& statement) {
            QSqlQuery query(*database);
            QStringList found;
            if (!query.prepare(sql::translate(*database, statement))) {
                return QStringList {query.lastError().text()};
            }
            query.addBindValue(wanted);
            if (!query.exec()) {
                return QStringList {query.lastError().text()};
            }
            while (query.next())
                found.append(query.value(0).toString());
            return found;
        };
        const QStringList expected {QStringLiteral("device-000002"), QStringLiteral("device-000004")};
        QCOMPARE(names(QStringLiteral("SELECT d.device_name FROM json_each(?) AS m CROSS JOIN device_certificates AS d "
                                      "ON d.id = m.value ORDER BY d.id")),
                 expected);
        QCOMPARE(names(QStringLiteral("SELECT d.device_name FROM device_certificates AS d WHERE d.id IN "
                                      "(SELECT value FROM json_each(?)) ORDER BY d.id")),
                 expected);
        QCOMPARE(names(QStringLiteral("SELECT COUNT(*) FROM json_each(?) AS m CROSS JOIN device_certificates AS d "
                                      "ON d.id = m.value")),
                 QStringList {QStringLiteral("2")});
    }

    /// The CRL number upsert names the existing row's column by its table (a bare name is ambiguous on PostgreSQL).
    void crlNumbersCountUp()
    {
        const qint64 caId = *m_workspace->cas().add(test::sampleCa(QStringLiteral("Root")));
        for (qint64 expected = 1; expected <= 3; ++expected) {
            auto transaction = Transaction::begin(*m_workspace);
            QVERIFY(transaction.ok());
            auto number = RevocationRepository(*m_workspace).takeNextCrlNumber(*transaction, caId);
            QVERIFY2(number.ok(), number.ok() ? "" : qPrintable(number.error().fullText()));
            QCOMPARE(*number, expected);
            QVERIFY(transaction->commit().ok());
        }
    }
};

QTEST_GUILESS_MAIN(TestSqlDialectOnServer)
#include "TestSqlDialectOnServer.moc"
