// What the main window remembers and shows across restarts (issue 18, items 3, 7 and 9): Work Offline, the
// toolbar's account box, the title, the first-start hints and the column widths.
#include "MainWindowTestBase.h"

#include "ui/MainWindow.h"
#include "ui/actions/MainActions.h"
#include "ui/dialogs/ValidatingDialog.h"
#include "ui/panes/CaDetailsPane.h"
#include "ui/panes/CaListPane.h"
#include "ui/panes/DeviceAssociationPane.h"
#include "ui/widgets/ErrorBanner.h"

#include "crypto/DistinguishedName.h"
#include "model/ca/CaCreator.h"
#include "model/ca/NewCaParameters.h"

#include "model/workspace/PlatformAccountRecord.h"
#include "model/workspace/PlatformAccountRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

using namespace iotca;
using ui::MainActions;

class TestWindowState : public test::MainWindowTestBase
{
    Q_OBJECT

    /// Closes the window as the user would and opens a new one on the same workspace and settings.
    void restart()
    {
        m_window->close();
        m_window.reset();
        m_window =
            std::make_unique<ui::MainWindow>(m_workspace->path(), &m_workspace->workspace(), m_secrets, *m_prompter);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    [[nodiscard]] QAction* workOffline() const { return m_window->actions()->action(MainActions::WorkOffline); }

    qint64 addAccount(const QString& name)
    {
        model::PlatformAccountRecord record;
        record.name = name;
        record.platformId = QStringLiteral("aws-iot");
        record.region = QStringLiteral("us-east-1");
        const auto id = m_workspace->workspace().accounts().add(record);
        if (!id)
            qFatal("add account: %s", qPrintable(id.error().fullText()));
        return id.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString settings = useThrowawaySettings(QStringLiteral("tst_ui_windowstate"));
        QVERIFY2(settings.isEmpty(), qPrintable(settings));
    }

    void init()
    {
        const QString opened = openWindow();
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
    }

    void cleanup()
    {
        const QString closed = closeWindow();
        QVERIFY2(closed.isEmpty(), qPrintable(closed));
    }

    void startsOfflineWithoutAnAccountAndSaysSo()
    {
        QVERIFY(workOffline()->isChecked());
        QVERIFY2(m_window->windowTitle().contains(QStringLiteral("(offline)")), qPrintable(m_window->windowTitle()));
        auto* network = m_window->findChild<QLabel*>(QStringLiteral("networkLabel"));
        QVERIFY2(network->text().startsWith(QStringLiteral("Offline")), qPrintable(network->text()));
        // The first account ends the automatic offline state (the user never chose it).
        addAccount(QStringLiteral("Demo"));
        QTRY_VERIFY(!workOffline()->isChecked());
        QVERIFY(!m_window->windowTitle().contains(QStringLiteral("offline")));
        QCOMPARE(network->text(), QStringLiteral("Platform: not contacted yet"));
    }

    void workOfflineSurvivesARestart()
    {
        addAccount(QStringLiteral("Demo"));
        QTRY_VERIFY(!workOffline()->isChecked());
        workOffline()->trigger();
        QVERIFY(workOffline()->isChecked());
        restart();
        QVERIFY(workOffline()->isChecked());
        QVERIFY2(m_window->windowTitle().contains(QStringLiteral("(offline)")), qPrintable(m_window->windowTitle()));
        QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("networkLabel"))->text(),
                 QStringLiteral("Offline (by choice)"));
        workOffline()->trigger();
        restart();
        QVERIFY(!workOffline()->isChecked());
    }

    void titleNamesTheWorkspaceOnce()
    {
        addAccount(QStringLiteral("Demo"));
        QTRY_VERIFY(!workOffline()->isChecked());
        // The platform appends the application's display name; the title itself must not carry it too.
        QCOMPARE(m_window->windowTitle(), QDir(m_workspace->path()).dirName());
    }

    void accountBoxIsLabelledFilledAndStaysOnTheToolbarAt1200Px()
    {
        auto* combo = m_window->findChild<QComboBox*>(QStringLiteral("accountCombo"));
        auto* label = m_window->findChild<QLabel*>(QStringLiteral("accountComboLabel"));
        QVERIFY(combo && label);
        QCOMPARE(label->buddy(), combo);
        QVERIFY(!label->text().isEmpty());
        // First start: no account, and the box says where to add one instead of being blank.
        QCOMPARE(combo->count(), 0);
        QVERIFY(!combo->placeholderText().isEmpty());
        addAccount(QStringLiteral("Production account (cn-shanghai)"));
        QTRY_COMPARE(combo->count(), 1);
        QCOMPARE(combo->currentText(), QStringLiteral("Production account (cn-shanghai)"));

        m_window->resize(1200, 800);
        QTRY_COMPARE(m_window->width(), 1200);
        auto* toolBar = m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        QTRY_VERIFY(combo->isVisible());
        QVERIFY(label->isVisible());
        const QRect inToolBar(combo->mapTo(toolBar, QPoint(0, 0)), combo->size());
        QVERIFY2(toolBar->rect().contains(inToolBar), "the account box is cut off by the toolbar's edge");
    }

    void firstStartExplainsWhatToDo()
    {
        auto* hint = m_window->caListPane()->findChild<QLabel*>(QStringLiteral("emptyListHint"));
        QVERIFY(hint);
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("File → New CA…")), qPrintable(hint->text()));
        // Nothing to select yet, so nothing asks for a selection.
        for (QLabel* label : m_window->findChildren<QLabel*>()) {
            if (label->isVisible())
                QVERIFY2(!label->text().contains(QStringLiteral("Select a certificate authority")),
                         qPrintable(label->objectName() + QStringLiteral(": ") + label->text()));
        }
        // A filter that matches nothing is not a first start; a CA ends the hint.
        model::NewCaParameters parameters;
        parameters.name = QStringLiteral("Fleet Root");
        parameters.subject = crypto::DistinguishedName::parse(QStringLiteral("CN=Fleet Root")).value();
        parameters.algorithm = crypto::KeyAlgorithm::EcP256;
        parameters.validityDays = 365;
        QVERIFY(model::CaCreator::createRoot(m_workspace->workspace(), parameters,
                                             crypto::SecureBuffer::fromString(QStringLiteral("a-long-pass-phrase-1"))));
        QTRY_VERIFY(!hint->isVisible());
        m_window->caListPane()->filterEdit()->setText(QStringLiteral("no such CA"));
        QVERIFY(!hint->isVisible());
    }

    void fileMenuBacksUpRestoresAndOpensWorkspaces()
    {
        auto* file = m_window->findChild<QMenu*>(QStringLiteral("fileMenu"));
        QStringList names;
        for (const QAction* action : file->actions())
            names << action->objectName();
        for (const char* name : {"openWorkspaceAction", "backupWorkspaceAction", "restoreWorkspaceAction"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        const auto action = [file](const char* name) {
            for (QAction* candidate : file->actions()) {
                if (candidate->objectName() == QLatin1String(name))
                    return candidate;
            }
            return static_cast<QAction*>(nullptr);
        };

        // Back up: a consistent copy that restore accepts.
        const QString backup = m_workspace->scratch(QStringLiteral("backups")) + QStringLiteral("/ws.sqlite");
        m_prompter->saveFiles.enqueue(backup);
        QSignalSpy finished(m_window.get(), &ui::MainWindow::commandFinished);
        action("backupWorkspaceAction")->trigger();
        QVERIFY(finished.count() > 0 || finished.wait(30000));
        QVERIFY2(m_window->errorBanner()->isHidden(), qPrintable(m_window->errorBanner()->message()));
        QVERIFY(QFileInfo::exists(backup));
        QVERIFY(model::Workspace::checkBackup(backup));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("ws.sqlite")));

        // Restore asks first (No is the default) and hands the file to the application.
        QSignalSpy restore(m_window.get(), &ui::MainWindow::restoreWorkspaceRequested);
        m_prompter->files.enqueue(backup);
        m_prompter->answers.enqueue(ui::Prompter::Answer::No);
        action("restoreWorkspaceAction")->trigger();
        QCOMPARE(restore.count(), 0);
        m_prompter->files.enqueue(backup);
        m_prompter->answers.enqueue(ui::Prompter::Answer::Yes);
        action("restoreWorkspaceAction")->trigger();
        QCOMPARE(restore.count(), 1);
        QCOMPARE(restore.first().first().toString(), backup);
        // A file that is no workspace backup is refused with a reason, before any question.
        const QString notABackup = m_workspace->scratch(QStringLiteral("backups")) + QStringLiteral("/notes.txt");
        QFile notes(notABackup);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a database\n");
        notes.close();
        m_prompter->files.enqueue(notABackup);
        action("restoreWorkspaceAction")->trigger();
        QCOMPARE(restore.count(), 1);
        QVERIFY(m_window->errorBanner()->isVisible());

        QSignalSpy open(m_window.get(), &ui::MainWindow::openWorkspaceRequested);
        m_prompter->folders.enqueue(m_workspace->scratch(QStringLiteral("other")));
        action("openWorkspaceAction")->trigger();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), m_workspace->scratch(QStringLiteral("other")));

        // File → Open Team Workspace… (issue 23): a URL with a password or without a user is refused in the dialog,
        // with the reason; so is "Remember in keychain" without a password. A good one goes to the application with
        // the password typed (the keyboard: Alt+P to the password field, Alt+R ticks the check box).
        QSignalSpy openTeam(m_window.get(), &ui::MainWindow::openTeamWorkspaceRequested);
        const QString team = QStringLiteral("postgresql://ops@db.example.com:5432/fleet");
        m_prompter->dialogs.enqueue([team](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("teamWorkspaceDialog"));
            // Typing starts in the URL, not on the default button.
            QCOMPARE(dialog.focusWidget(), dialog.findChild<QLineEdit*>(QStringLiteral("teamWorkspaceUrl")));
            auto& validating = static_cast<ui::ValidatingDialog&>(dialog);
            test::typeInto(&dialog, QStringLiteral("teamWorkspaceUrl"), QStringLiteral("postgresql://ops:pw@db/fleet"));
            test::clickButton(&dialog, QStringLiteral("okButton"));
            QVERIFY(dialog.isVisible());
            QVERIFY(validating.validationMessage().contains(QStringLiteral("password")));
            QVERIFY(!validating.validationMessage().contains(QStringLiteral("pw@")));
            test::typeInto(&dialog, QStringLiteral("teamWorkspaceUrl"), QStringLiteral("postgresql://db/fleet"));
            test::clickButton(&dialog, QStringLiteral("okButton"));
            QVERIFY(dialog.isVisible());
            test::typeInto(&dialog, QStringLiteral("teamWorkspaceUrl"), team);
            auto* remember = dialog.findChild<QCheckBox*>(QStringLiteral("teamWorkspaceRemember"));
            QVERIFY(remember);
            QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
            QTRY_VERIFY(remember->isChecked()); // a mnemonic "animates" the click: it lands on the next turns
            test::clickButton(&dialog, QStringLiteral("okButton"));
            QVERIFY(dialog.isVisible()); // nothing to remember yet
            auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("teamWorkspacePassword"));
            QVERIFY(password);
            QCOMPARE(password->echoMode(), QLineEdit::Password);
            QTest::keyClick(&dialog, Qt::Key_P, Qt::AltModifier);
            QTRY_VERIFY(password->hasFocus());
            QTest::keyClicks(password, QStringLiteral("s3cret pw"));
            test::clickButton(&dialog, QStringLiteral("okButton"));
        });
        action("openTeamWorkspaceAction")->trigger();
        QCOMPARE(open.count(), 1);
        QCOMPARE(openTeam.count(), 1);
        QCOMPARE(openTeam.last().at(0).toString(), team);
        QCOMPARE(openTeam.last().at(1).toString(), QStringLiteral("s3cret pw"));
        QCOMPARE(openTeam.last().at(2).toBool(), true);
        // No password typed: the keychain's is used, nothing is remembered.
        m_prompter->dialogs.enqueue([team](QDialog& dialog) {
            test::typeInto(&dialog, QStringLiteral("teamWorkspaceUrl"), team);
            test::clickButton(&dialog, QStringLiteral("okButton"));
        });
        action("openTeamWorkspaceAction")->trigger();
        QCOMPARE(openTeam.count(), 2);
        QCOMPARE(openTeam.last().at(1).toString(), QString());
        QCOMPARE(openTeam.last().at(2).toBool(), false);
    }

    void columnWidthsSurviveARestart()
    {
        auto* header = m_window->caListPane()->view()->header();
        QVERIFY(header->count() > 1);
        header->resizeSection(0, 321);
        restart();
        QCOMPARE(m_window->caListPane()->view()->header()->sectionSize(0), 321);
    }
};

QTEST_MAIN(TestWindowState)
#include "TestWindowState.moc"
