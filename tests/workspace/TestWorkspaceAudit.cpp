#include "WorkspaceFixtures.h"
#include "crypto/Digest.h"
#include "model/audit/AuditAction.h"
#include "model/audit/AuditLog.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Workspace.h"
#include "tests/support/TestWorkspaces.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace iotca;
using namespace iotca::model;

class TestWorkspaceAudit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    test::TestWorkspaces m_workspaces; // a folder, or a database under IOTCA_TEST_WORKSPACE_BACKEND=postgresql
    std::unique_ptr<Workspace> m_workspace;

    void exec(const QString& statement)
    {
        auto database = m_workspace->connection();
        QVERIFY(database.ok());
        QSqlQuery query(*database);
        QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
    }

    /// Five entries: CA created, renamed, 3 devices issued, devices associated, an export.
    void writeSomeHistory()
    {
        const qint64 caId = *m_workspace->cas().add(test::sampleCa(QStringLiteral("Root")));
        QVERIFY(m_workspace->cas().rename(caId, QStringLiteral("Root 2")).ok());
        QVERIFY(m_workspace->devices().add(caId, test::sampleDevices(3)).ok());
        QVERIFY(
            m_workspace->devices().setStatus(caId, {QStringLiteral("01")}, DeviceCertificateStatus::Associated).ok());
        QVERIFY(m_workspace->audit()
                    .append(AuditAction::CaExported, QStringLiteral("ca"), QString::number(caId),
                            {{QStringLiteral("format"), QStringLiteral("PEM")}})
                    .ok());
        QCOMPARE(*m_workspace->audit().count(), qint64(5));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = Workspace::open(m_workspaces.location(m_dir->filePath(QStringLiteral("ws"))));
        QVERIFY(opened.ok());
        m_workspace = std::move(opened).value();
    }

    void cleanup()
    {
        m_workspace.reset();
        m_workspaces.dropAll();
        m_dir.reset();
    }

    void everyChangeIsRecorded()
    {
        QSignalSpy appended(m_workspace.get(), &Workspace::auditAppended);
        writeSomeHistory();
        QCOMPARE(appended.count(), 5);
        auto entries = m_workspace->audit().entries();
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 5);
        QStringList actions;
        for (const AuditEntry& entry : *entries) {
            actions << entry.action;
            QCOMPARE(entry.hash.size(), 32);
            QVERIFY(entry.time.isValid());
        }
        QCOMPARE(actions,
                 QStringList({QString(AuditAction::CaCreated), QString(AuditAction::CaRenamed),
                              QString(AuditAction::DevicesIssued), QString(AuditAction::DevicesAssociated),
                              QString(AuditAction::CaExported)}));
        QCOMPARE(entries->at(1).details.value(QStringLiteral("from")).toString(), QStringLiteral("Root"));
        QCOMPARE(entries->at(2).details.value(QStringLiteral("count")).toInt(), 3);
        QCOMPARE(entries->at(2).details.value(QStringLiteral("serials")).toArray().size(), 3);
        QCOMPARE(appended.at(4).at(0).toLongLong(), entries->at(4).id);
        // Paging.
        QCOMPARE(m_workspace->audit().entries(2, 2)->size(), 2);
        QCOMPARE(m_workspace->audit().entries(2, 2)->at(0).id, qint64(3));
    }

    void chainVerifiesAndHashesAreLinked()
    {
        writeSomeHistory();
        auto verification = m_workspace->audit().verify();
        QVERIFY(verification.ok());
        QVERIFY2(verification->intact(), qPrintable(verification->description));
        QCOMPARE(verification->entriesChecked, qint64(5));
        // Each hash covers the previous one: recompute the chain independently.
        QByteArray previous(32, '\0');
        const auto entries = m_workspace->audit().entries();
        QVERIFY(entries.ok());
        for (const AuditEntry& entry : *entries) {
            QCOMPARE(entry.hash, crypto::sha256(previous + entry.canonicalBytes()));
            previous = entry.hash;
        }
    }

    void detectsAnEditedEntry_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("details") << QStringLiteral("UPDATE audit_log SET details = '{\"count\":300}' WHERE id = 3");
        QTest::newRow("action") << QStringLiteral("UPDATE audit_log SET action = 'ca.created' WHERE id = 3");
        QTest::newRow("time") << QStringLiteral("UPDATE audit_log SET time = time + 1 WHERE id = 3");
        QTest::newRow("object") << QStringLiteral("UPDATE audit_log SET object_id = '99' WHERE id = 3");
    }

    void detectsAnEditedEntry()
    {
        QFETCH(QString, statement);
        writeSomeHistory();
        exec(statement);
        auto verification = m_workspace->audit().verify();
        QVERIFY(verification.ok());
        QCOMPARE(verification->problem, AuditVerification::Problem::Tampered);
        QCOMPARE(verification->firstBadEntryId, qint64(3));
        QVERIFY(verification->description.contains(QStringLiteral("3")));
    }

    void detectsAnEditedEntryWhoseHashWasRecomputedLocally()
    {
        writeSomeHistory();
        // The attacker edits entry 2 and fixes its own hash: entry 3's link no longer matches.
        auto entries = *m_workspace->audit().entries();
        AuditEntry edited = entries.at(1);
        edited.details.insert(QStringLiteral("to"), QStringLiteral("Evil"));
        const QByteArray newHash = crypto::sha256(entries.at(0).hash + edited.canonicalBytes());
        auto database = m_workspace->connection();
        QSqlQuery query(*database);
        QVERIFY(query.prepare(QStringLiteral("UPDATE audit_log SET details = ?, hash = ? WHERE id = 2")));
        query.addBindValue(QString::fromUtf8(QJsonDocument(edited.details).toJson(QJsonDocument::Compact)));
        query.addBindValue(newHash);
        QVERIFY(query.exec());
        auto verification = m_workspace->audit().verify();
        QCOMPARE(verification->problem, AuditVerification::Problem::Tampered);
        QCOMPARE(verification->firstBadEntryId, qint64(3));
    }

    void detectsAMissingEntry()
    {
        writeSomeHistory();
        exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2"));
        auto verification = m_workspace->audit().verify();
        QCOMPARE(verification->problem, AuditVerification::Problem::Missing);
        QCOMPARE(verification->firstBadEntryId, qint64(2));
    }

    void detectsTruncation()
    {
        writeSomeHistory();
        exec(QStringLiteral("DELETE FROM audit_log WHERE id >= 4"));
        auto verification = m_workspace->audit().verify();
        QCOMPARE(verification->problem, AuditVerification::Problem::Truncated);
        QCOMPARE(verification->firstBadEntryId, qint64(3));
    }

    void appendsContinueTheChainAfterReopening()
    {
        writeSomeHistory();
        const QString folder = m_workspace->folder();
        m_workspace.reset();
        auto reopened = Workspace::open(folder);
        QVERIFY(reopened.ok());
        m_workspace = std::move(reopened).value();
        QVERIFY(m_workspace->cas().add(test::sampleCa(QStringLiteral("Second"))).ok());
        auto verification = m_workspace->audit().verify();
        QVERIFY2(verification->intact(), qPrintable(verification->description));
        QCOMPARE(verification->entriesChecked, qint64(6));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceAudit)
#include "TestWorkspaceAudit.moc"
