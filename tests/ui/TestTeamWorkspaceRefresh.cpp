#include "../cli/CliRunner.h"
#include "../workspace/PostgresTestDatabase.h"
#include "UiScriptedPrompter.h"

#include "model/secrets/KeychainSecretStore.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/panes/CaListPane.h"
#include "ui/panes/DeviceAssociationPane.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace iotca;
using iotca::test::args;
using iotca::test::CliRun;
using iotca::test::runCli;

/// Issue 23, "a change by another operator reaches an open window within a few seconds": the main window open on a
/// team workspace, `iotca device issue` run as a separate process (another operator), and the device list shows the
/// new devices without any user action, the selected CA and device still selected.
class TestTeamWorkspaceRefresh : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::PostgresTestDatabase m_database;
    QString m_passphrase;

    QStringList ws(QStringList arguments) const
    {
        return arguments << QStringLiteral("--workspace") << m_database.url();
    }
    CliRun issue(const QString& prefix, int count) const
    {
        return runCli(ws(args("device", "issue", "--ca", "Fleet", "--product", "pq", "--count", QString::number(count),
                              "--name-prefix", prefix, "--key", "ec:P-256", "--profile", "generic", "--out",
                              m_dir.filePath(prefix), "--passphrase-file", m_passphrase)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through scripts/with-test-session, which provides the keychain and the PostgreSQL server");
        QCoreApplication::setOrganizationName(QStringLiteral("IoT CA Desk tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_team_workspace_refresh"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        const QString failure = m_database.create();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_passphrase = m_dir.filePath(QStringLiteral("pass.txt"));
        QVERIFY(test::writeText(m_passphrase, "team refresh passphrase\n"));
        const CliRun created = runCli(ws(args("ca", "create", "--name", "Fleet", "--key", "ec:P-256", "--subject",
                                              "CN=Fleet,O=Example,C=CN", "--passphrase-file", m_passphrase)));
        QVERIFY2(created.exitCode == 0, created.transcript().constData());
    }

    void anotherOperatorsDevicesAppear()
    {
        auto opened = model::Workspace::open(m_database.url());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
        std::unique_ptr<model::Workspace> workspace = std::move(opened).value();
        model::KeychainSecretStore secrets(QStringLiteral("iotca-test-team-refresh"));
        test::UiScriptedPrompter prompter;
        ui::MainWindow window(m_database.url(), workspace.get(), secrets, prompter);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const auto fleet = workspace->cas().findByName(QStringLiteral("Fleet"));
        QVERIFY(fleet && *fleet);
        const qint64 fleetId = (*fleet)->id;
        QVERIFY(window.caListPane()->selectCa(fleetId));
        QTableView* devices = window.deviceAssociationPane()->view();
        QCOMPARE(devices->model()->rowCount(), 0);

        // Another operator issues three devices: they appear with no action here.
        CliRun run = issue(QStringLiteral("alpha-"), 3);
        QVERIFY2(run.exitCode == 0, run.transcript().constData());
        QTRY_COMPARE_WITH_TIMEOUT(devices->model()->rowCount(), 3, 10000);

        // A device selected here stays selected (and the CA too) when more arrive.
        devices->selectRow(0);
        const QStringList selected = window.deviceAssociationPane()->selectedSerials();
        QCOMPARE(selected.size(), 1);
        run = issue(QStringLiteral("beta-"), 2);
        QVERIFY2(run.exitCode == 0, run.transcript().constData());
        QTRY_COMPARE_WITH_TIMEOUT(devices->model()->rowCount(), 5, 10000);
        QCOMPARE(window.deviceAssociationPane()->selectedSerials(), selected);
        QCOMPARE(window.caListPane()->currentCaId(), fleetId);
        QVERIFY(prompter.stuckDialogs.isEmpty());
    }
};

QTEST_MAIN(TestTeamWorkspaceRefresh)
#include "TestTeamWorkspaceRefresh.moc"
