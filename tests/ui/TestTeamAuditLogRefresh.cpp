#include "../cli/CliRunner.h"
#include "../workspace/PostgresTestDatabase.h"

#include "model/models/AuditLogModel.h"
#include "model/workspace/Workspace.h"
#include "ui/dialogs/AuditLogDialog.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace iotca;
using iotca::test::args;
using iotca::test::CliRun;
using iotca::test::runCli;

/// Issue 23, "a change by another operator reaches an open window": Tools → Audit Log open on a team workspace, and
/// another operator (`iotca ca create`, a separate process) appends entries. The dialog shows them with no user
/// action, as new rows at the end: the selected entry stays selected, the count follows, and the new CA joins the CA
/// filter.
class TestTeamAuditLogRefresh : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::PostgresTestDatabase m_database;
    QString m_passphrase;

    CliRun createCa(const QString& name) const
    {
        return runCli(args("ca", "create", "--name", name, "--key", "ec:P-256", "--subject",
                           QStringLiteral("CN=%1,O=Example,C=CN").arg(name), "--passphrase-file", m_passphrase,
                           "--workspace", m_database.url()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString failure = m_database.create();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_passphrase = m_dir.filePath(QStringLiteral("pass.txt"));
        QVERIFY(test::writeText(m_passphrase, "team audit passphrase\n"));
        const CliRun created = createCa(QStringLiteral("Fleet"));
        QVERIFY2(created.exitCode == 0, created.transcript().constData());
    }

    void anotherOperatorsEntriesAppear()
    {
        auto opened = model::Workspace::open(m_database.url());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
        std::unique_ptr<model::Workspace> workspace = std::move(opened).value();
        ui::AuditLogDialog dialog(*workspace);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* view = dialog.findChild<QTableView*>(QStringLiteral("auditLogView"));
        auto* caFilter = dialog.findChild<QComboBox*>(QStringLiteral("caFilterCombo"));
        auto* count = dialog.findChild<QLabel*>(QStringLiteral("entryCountLabel"));
        QVERIFY(view && caFilter && count);
        const int before = view->model()->rowCount();
        QVERIFY(before >= 1);
        // "…intact: N entries checked." (the singular comes from the en translation, not loaded here)
        const auto checked = [&dialog](int entries) {
            return dialog.verificationText().startsWith(
                QStringLiteral("The audit log is intact: %1 entr").arg(QLocale().toString(entries)));
        };
        QTRY_VERIFY_WITH_TIMEOUT(checked(before), 10000);
        QCOMPARE(caFilter->findText(QStringLiteral("Depot")), -1);

        view->selectRow(0);
        const qint64 selectedId =
            view->currentIndex().siblingAtColumn(0).data(model::AuditLogModel::IdRole).toLongLong();
        QVERIFY(selectedId > 0);
        const QString countBefore = count->text();

        // Another operator's process creates a CA: its entry appears here, at the end.
        const CliRun created = createCa(QStringLiteral("Depot"));
        QVERIFY2(created.exitCode == 0, created.transcript().constData());
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > before, 10000);
        const QModelIndex last = view->model()->index(view->model()->rowCount() - 1, 0);
        QCOMPARE(last.data(model::AuditLogModel::ActionRole).toString(), QStringLiteral("ca.created"));
        QVERIFY(last.data(model::AuditLogModel::DetailsRole).toMap().value(QStringLiteral("name"))
                == QStringLiteral("Depot"));
        // Merged, not reset: the same entry is still the selected one, and the count and the CA filter follow.
        QCOMPARE(view->currentIndex().siblingAtColumn(0).data(model::AuditLogModel::IdRole).toLongLong(), selectedId);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QVERIFY(count->text() != countBefore);
        QVERIFY(caFilter->findText(QStringLiteral("Depot")) > 0);
        // The hash chain's sentence speaks for every entry shown, the new ones included.
        QTRY_VERIFY2_WITH_TIMEOUT(checked(view->model()->rowCount()), qPrintable(dialog.verificationText()), 10000);
    }
};

QTEST_MAIN(TestTeamAuditLogRefresh)
#include "TestTeamAuditLogRefresh.moc"
