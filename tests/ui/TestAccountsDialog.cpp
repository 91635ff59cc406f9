// Tools → Platform Accounts through the main window: add (with the local-emulator preset and a real connection
// test against an in-process emulator), edit, test, and remove with confirmation; the keychain is the real one of the
// test session.
#include "EmulatorWindowTestBase.h"
#include "UiEmulator.h"
#include "UiScriptedPrompter.h"
#include "UiTestWorkspace.h"

#include "ui/MainWindow.h"
#include "ui/actions/MainActions.h"
#include "ui/dialogs/AccountDialog.h"
#include "ui/dialogs/AccountsDialog.h"
#include "ui/widgets/ErrorBanner.h"

#include "model/registration/PlatformAccountService.h"
#include "model/secrets/KeychainSecretStore.h"
#include "model/workspace/PlatformAccountRecord.h"
#include "model/workspace/PlatformAccountRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>

using iotca::test::clickButton;
using iotca::test::EmulatorWindowTestBase;
using iotca::test::typeInto;
using iotca::test::UiEmulator;
using iotca::test::UiScriptedPrompter;
using iotca::test::UiTestWorkspace;
using namespace iotca;
using ui::MainActions;
using ui::MainWindow;

class TestAccountsDialog : public EmulatorWindowTestBase
{
    Q_OBJECT

    ui::EmulatorPreset preset() const
    {
        ui::EmulatorPreset preset;
        preset.url = m_emulator.url();
        preset.caBundlePath = m_emulator.caBundlePath();
        preset.accessKeyId = UiEmulator::accessKeyId();
        preset.secret = crypto::SecureBuffer::fromBytes(UiEmulator::secret());
        return preset;
    }

    qint64 addAccount(const QString& name)
    {
        model::PlatformAccountRecord record;
        record.name = name;
        record.platformId = QStringLiteral("apsaramq-mqtt");
        record.region = QStringLiteral("cn-hangzhou");
        record.endpoint = m_emulator.url();
        record.instanceId = QStringLiteral("post-cn-emulator");
        record.caBundlePath = m_emulator.caBundlePath();
        model::PlatformAccountService accounts(m_workspace->workspace(), m_secrets);
        const auto id =
            accounts.add(record, UiEmulator::accessKeyId(), crypto::SecureBuffer::fromBytes(UiEmulator::secret()));
        if (!id)
            qFatal("add account: %s", qPrintable(id.error().fullText()));
        return id.value();
    }

    /// Opens Tools → Platform Accounts and runs `handler` inside it; returns when the command finished.
    void openManager(UiScriptedPrompter::DialogHandler handler)
    {
        m_prompter->dialogs.enqueue(std::move(handler));
        QSignalSpy finished(m_window.get(), &MainWindow::commandFinished);
        m_window->actions()->action(MainActions::Accounts)->trigger();
        QVERIFY(finished.count() > 0 || finished.wait(30000));
        QVERIFY(m_prompter->dialogsRun.contains(QStringLiteral("accountsDialog")));
    }

private Q_SLOTS:
    void addWithTheEmulatorPresetTestAndRemove()
    {
        QString credentialKey;
        m_prompter->answers.enqueue(ui::Prompter::Answer::Yes); // the removal's confirmation
        openManager([&](QDialog& dialog) {
            auto* manager = qobject_cast<ui::AccountsDialog*>(&dialog);
            QVERIFY(manager);
            QCOMPARE(manager->accountCount(), 0);
            QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("removeAccountButton"))->isEnabled());

            // Add: the account dialog, filled by the preset, tested against the emulator, then stored.
            m_prompter->dialogs.enqueue([&](QDialog& accountDialog) {
                auto* add = qobject_cast<ui::AccountDialog*>(&accountDialog);
                QVERIFY(add);
                add->setEmulatorPreset(preset());
                auto* platform = accountDialog.findChild<QComboBox*>(QStringLiteral("platformCombo"));
                platform->setCurrentIndex(platform->findData(QStringLiteral("apsaramq-mqtt")));
                clickButton(&accountDialog, QStringLiteral("localEmulatorButton"));
                QCOMPARE(accountDialog.findChild<QLineEdit*>(QStringLiteral("endpointEdit"))->text(), m_emulator.url());
                typeInto(&accountDialog, QStringLiteral("accountNameEdit"), QStringLiteral("Demo"));
                clickButton(&accountDialog, QStringLiteral("testConnectionButton"));
                auto* result = accountDialog.findChild<QLabel*>(QStringLiteral("testResultLabel"));
                QTRY_COMPARE_WITH_TIMEOUT(result->text(), QStringLiteral("Connected: the credentials work."), 20000);
                clickButton(&accountDialog, QStringLiteral("okButton"));
            });
            clickButton(&dialog, QStringLiteral("addAccountButton"));
            QCOMPARE(manager->accountCount(), 1);
            const qint64 id = manager->currentAccountId();
            QVERIFY(id != 0);
            const auto record = m_workspace->workspace().accounts().get(id);
            QVERIFY(record);
            QCOMPARE(record->name, QStringLiteral("Demo"));
            QCOMPARE(record->endpoint, m_emulator.url());
            QVERIFY(!record->credentialKey.isEmpty());
            credentialKey = record->credentialKey;
            // The keychain holds the credentials, the workspace only the entry's name.
            model::PlatformAccountService accounts(m_workspace->workspace(), m_secrets);
            const auto loaded = accounts.load(id);
            QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().fullText()));
            QCOMPARE(loaded->account.accessKeyId, UiEmulator::accessKeyId());
            QCOMPARE(loaded->secret.secret.view(), QByteArrayView(UiEmulator::secret()));

            // Test connection from the list.
            clickButton(&dialog, QStringLiteral("testAccountButton"));
            auto* tested = dialog.findChild<QLabel*>(QStringLiteral("testResultLabel"));
            QTRY_VERIFY_WITH_TIMEOUT(tested->text().contains(QStringLiteral("connected, the platform accepted")),
                                     20000);

            // Remove, confirmed by the scripted Yes.
            clickButton(&dialog, QStringLiteral("removeAccountButton"));
            QCOMPARE(manager->accountCount(), 0);
            clickButton(&dialog, QStringLiteral("closeButton"));
        });
        QVERIFY(m_workspace->workspace().accounts().list()->isEmpty());
        const auto gone = m_secrets.readBlocking(credentialKey);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, QStringLiteral("NotFound"));
        QVERIFY2(m_window->errorBanner()->isHidden(), qPrintable(m_window->errorBanner()->message()));
        // The window's account chooser followed, and the status bar says only what was checked.
        QCOMPARE(m_window->findChild<QComboBox*>(QStringLiteral("accountCombo"))->count(), 0);
        QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("accountLabel"))->text(),
                 QStringLiteral("No platform account"));
    }

    void testFromTheListUpdatesTheStatusBar()
    {
        const qint64 id = addAccount(QStringLiteral("Demo"));
        QTRY_VERIFY(m_window->selectAccount(id));
        auto* network = m_window->findChild<QLabel*>(QStringLiteral("networkLabel"));
        QCOMPARE(network->text(), QStringLiteral("Platform: not contacted yet"));
        QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("accountLabel"))->text(),
                 QStringLiteral("Account: Demo (ApsaraMQ for MQTT)"));
        openManager([&](QDialog& dialog) {
            auto* manager = qobject_cast<ui::AccountsDialog*>(&dialog);
            QVERIFY(manager->selectAccount(id));
            clickButton(&dialog, QStringLiteral("testAccountButton"));
            auto* tested = dialog.findChild<QLabel*>(QStringLiteral("testResultLabel"));
            QTRY_VERIFY_WITH_TIMEOUT(tested->text().contains(QStringLiteral("connected")), 20000);
            clickButton(&dialog, QStringLiteral("closeButton"));
        });
        QVERIFY2(network->text().startsWith(QStringLiteral("Platform answered at")), qPrintable(network->text()));

        // A platform that does not answer is reported as such (the emulator's port, closed).
        model::PlatformAccountRecord record = m_workspace->workspace().accounts().get(id).value();
        record.endpoint = QStringLiteral("https://127.0.0.1:1");
        QVERIFY(model::PlatformAccountService(m_workspace->workspace(), m_secrets).update(record));
        openManager([&](QDialog& dialog) {
            auto* manager = qobject_cast<ui::AccountsDialog*>(&dialog);
            QVERIFY(manager->selectAccount(id));
            clickButton(&dialog, QStringLiteral("testAccountButton"));
            auto* tested = dialog.findChild<QLabel*>(QStringLiteral("testResultLabel"));
            QTRY_VERIFY_WITH_TIMEOUT(tested->text().contains(QStringLiteral("not connected")), 20000);
            QVERIFY(!dialog.findChild<ui::ErrorBanner*>()->message().isEmpty());
            clickButton(&dialog, QStringLiteral("closeButton"));
        });
        QVERIFY2(network->text().startsWith(QStringLiteral("Platform did not answer")), qPrintable(network->text()));
        QVERIFY(!network->toolTip().isEmpty());
    }

    void statusBarFollowsTheAccountJustUsed()
    {
        // Issue 18, item 7: the toolbar says "Alpha", the call goes through "Beta": the status bar reports Beta.
        const qint64 alpha = addAccount(QStringLiteral("Alpha"));
        const qint64 beta = addAccount(QStringLiteral("Beta"));
        QTRY_VERIFY(m_window->selectAccount(alpha));
        auto* account = m_window->findChild<QLabel*>(QStringLiteral("accountLabel"));
        auto* network = m_window->findChild<QLabel*>(QStringLiteral("networkLabel"));
        QCOMPARE(account->text(), QStringLiteral("Account: Alpha (ApsaraMQ for MQTT)"));
        openManager([&](QDialog& dialog) {
            auto* manager = qobject_cast<ui::AccountsDialog*>(&dialog);
            QVERIFY(manager->selectAccount(beta));
            clickButton(&dialog, QStringLiteral("testAccountButton"));
            auto* tested = dialog.findChild<QLabel*>(QStringLiteral("testResultLabel"));
            QTRY_VERIFY_WITH_TIMEOUT(tested->text().contains(QStringLiteral("connected")), 20000);
            clickButton(&dialog, QStringLiteral("closeButton"));
        });
        QCOMPARE(m_window->currentAccountId(), alpha);
        QCOMPARE(m_window->statusAccountId(), beta);
        QCOMPARE(account->text(), QStringLiteral("Account: Beta (ApsaraMQ for MQTT)"));
        QVERIFY2(network->text().startsWith(QStringLiteral("Platform answered at")), qPrintable(network->text()));
    }

    void editKeepsTheSecretAndRemoveAsksFirst()
    {
        const qint64 id = addAccount(QStringLiteral("Demo"));
        openManager([&](QDialog& dialog) {
            auto* manager = qobject_cast<ui::AccountsDialog*>(&dialog);
            QVERIFY(manager->selectAccount(id));
            m_prompter->dialogs.enqueue([&](QDialog& accountDialog) {
                QVERIFY(qobject_cast<ui::AccountDialog*>(&accountDialog)->isEdit());
                // The stored key ID is shown; the secret is not.
                QCOMPARE(accountDialog.findChild<QLineEdit*>(QStringLiteral("accessKeyIdEdit"))->text(),
                         UiEmulator::accessKeyId());
                QVERIFY(accountDialog.findChild<QLineEdit*>(QStringLiteral("secretEdit"))->text().isEmpty());
                // Testing with the secret unchanged uses the stored one.
                clickButton(&accountDialog, QStringLiteral("testConnectionButton"));
                auto* result = accountDialog.findChild<QLabel*>(QStringLiteral("testResultLabel"));
                QTRY_COMPARE_WITH_TIMEOUT(result->text(), QStringLiteral("Connected: the credentials work."), 20000);
                typeInto(&accountDialog, QStringLiteral("accountNameEdit"), QStringLiteral("Demo renamed"));
                clickButton(&accountDialog, QStringLiteral("okButton"));
            });
            clickButton(&dialog, QStringLiteral("editAccountButton"));
            QCOMPARE(m_workspace->workspace().accounts().get(id)->name, QStringLiteral("Demo renamed"));

            // Remove, answered No: the account stays.
            m_prompter->answers.enqueue(ui::Prompter::Answer::No);
            clickButton(&dialog, QStringLiteral("removeAccountButton"));
            QCOMPARE(manager->accountCount(), 1);
            clickButton(&dialog, QStringLiteral("closeButton"));
        });
        model::PlatformAccountService accounts(m_workspace->workspace(), m_secrets);
        const auto loaded = accounts.load(id);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().fullText()));
        QCOMPARE(loaded->record.name, QStringLiteral("Demo renamed"));
        QCOMPARE(loaded->secret.secret.view(), QByteArrayView(UiEmulator::secret()));
    }
};

QTEST_MAIN(TestAccountsDialog)
#include "TestAccountsDialog.moc"
