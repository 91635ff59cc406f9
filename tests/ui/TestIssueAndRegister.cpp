// Issue Device Certificates → "Register on <platform> after issuing", driven through the real dialog against the
// in-process emulator: offered only where the CA is registered on the chosen account and the platform registers
// device certificates one by one (AWS here; not ApsaraMQ), then the new certificates are issued, recorded and put on
// the platform under their own progress dialog, and the workspace records what the platform holds.
#include "EmulatorWindowTestBase.h"
#include "UiEmulator.h"
#include "UiPlatformSetup.h"

#include "app/emulator/EmulatorState.h"
#include "model/workspace/DeviceCertificateRecord.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "ui/MainWindow.h"
#include "ui/actions/MainActions.h"
#include "ui/dialogs/JobProgressDialog.h"
#include "ui/panes/CaDetailsPane.h"
#include "ui/panes/CaListPane.h"
#include "ui/widgets/ErrorBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using iotca::test::clickButton;
using iotca::test::EmulatorWindowTestBase;
using iotca::test::typeInto;
using iotca::test::UiEmulator;
namespace setup = iotca::test::UiPlatformSetup;
using namespace iotca;
using ui::MainActions;
using ui::MainWindow;

class TestIssueAndRegister : public EmulatorWindowTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void issueThenRegisterOnAws()
    {
        model::Workspace& workspace = m_workspace->workspace();
        const auto caId = setup::createCa(workspace, QStringLiteral("Fleet Root"));
        QVERIFY2(caId, qPrintable(caId ? QString() : caId.error().fullText()));
        const auto aws =
            setup::addAccount(workspace, m_secrets, m_emulator, QStringLiteral("Cloud"), QStringLiteral("aws-iot"));
        QVERIFY2(aws, qPrintable(aws ? QString() : aws.error().fullText()));
        const auto mqtt = setup::addAccount(workspace, m_secrets, m_emulator, QStringLiteral("Broker"),
                                            QStringLiteral("apsaramq-mqtt"));
        QVERIFY2(mqtt, qPrintable(mqtt ? QString() : mqtt.error().fullText()));
        const auto registered = setup::registerCa(workspace, m_secrets, *caId, *aws, QStringLiteral("Fleet"));
        QVERIFY2(registered, qPrintable(registered ? QString() : registered.error().fullText()));
        const auto onBroker = setup::registerCa(workspace, m_secrets, *caId, *mqtt, QStringLiteral("Fleet"));
        QVERIFY2(onBroker, qPrintable(onBroker ? QString() : onBroker.error().fullText()));

        QTRY_VERIFY(m_window->caListPane()->selectCa(*caId));
        QTRY_VERIFY(m_window->selectAccount(*aws));
        const QString output = m_workspace->scratch(QStringLiteral("devices"));

        m_prompter->dialogs.enqueue([output](QDialog& dialog) {
            auto* account = dialog.findChild<QComboBox*>(QStringLiteral("accountCombo"));
            auto* registerBox = dialog.findChild<QCheckBox*>(QStringLiteral("registerAfterIssuingCheck"));
            QVERIFY(account && registerBox);
            // ApsaraMQ registers a device on its first connection: nothing to offer there.
            account->setCurrentIndex(account->findText(QStringLiteral("Broker"), Qt::MatchStartsWith));
            QVERIFY(registerBox->isHidden());
            account->setCurrentIndex(account->findText(QStringLiteral("Cloud"), Qt::MatchStartsWith));
            QVERIFY(registerBox->isVisible());
            QCOMPARE(registerBox->text().remove(QLatin1Char('&')),
                     QStringLiteral("Register on AWS IoT Core after issuing"));
            QVERIFY(!registerBox->isChecked());
            QTest::keyClick(registerBox, Qt::Key_Space);
            QVERIFY(registerBox->isChecked());
            typeInto(&dialog, QStringLiteral("productEdit"), QStringLiteral("thing"));
            auto* names = dialog.findChild<QPlainTextEdit*>(QStringLiteral("namesEdit"));
            QVERIFY(names);
            names->setPlainText(QStringLiteral("sensor-0001\nsensor-0002"));
            typeInto(&dialog, QStringLiteral("outputFolderEdit"), output);
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("passphraseDialog"));
            typeInto(&dialog, QStringLiteral("passphraseEdit"), setup::passphrase());
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            auto* progress = qobject_cast<ui::JobProgressDialog*>(&dialog);
            QVERIFY(progress);
            QTRY_VERIFY_WITH_TIMEOUT(progress->isJobFinished(), 60000);
            QVERIFY2(progress->outcome().ok(), qPrintable(progress->outcome().error().fullText()));
            clickButton(&dialog, QStringLiteral("closeButton"));
        });
        // The registration, under its own progress dialog with Cancel.
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            auto* progress = qobject_cast<ui::JobProgressDialog*>(&dialog);
            QVERIFY(progress);
            QTRY_VERIFY_WITH_TIMEOUT(progress->isJobFinished(), 60000);
            QVERIFY2(progress->outcome().ok(), qPrintable(progress->outcome().error().fullText()));
            const QString summary = dialog.findChild<QLabel*>(QStringLiteral("jobResultLabel"))->text();
            QVERIFY2(summary.contains(QStringLiteral("Registered 2 device certificate(s) on Cloud")),
                     qPrintable(summary));
            clickButton(&dialog, QStringLiteral("closeButton"));
        });
        QSignalSpy finished(m_window.get(), &MainWindow::commandFinished);
        m_window->actions()->action(MainActions::IssueDevices)->trigger();
        QVERIFY(finished.count() > 0 || finished.wait(60000));
        QVERIFY2(m_window->errorBanner()->isHidden(), qPrintable(m_window->errorBanner()->message()));

        // What the devices need to connect, beside their files; and in the CA details for each registration.
        QVERIFY(QFile::exists(QDir(output).filePath(QStringLiteral("connection.json"))));
        QVERIFY(QFile::exists(QDir(output).filePath(QStringLiteral("CONNECTION-README.txt"))));
        auto* connection = m_window->caDetailsPane()->findChild<QLabel*>(QStringLiteral("connectionDetailsLabel"));
        QVERIFY(connection && connection->isVisible());
        QVERIFY2(connection->text().contains(QStringLiteral(".iot.us-east-1.amazonaws.com, port 8883")),
                 qPrintable(connection->text()));
        QVERIFY2(connection->text().contains(QStringLiteral("Cloud (AWS IoT Core)")), qPrintable(connection->text()));
        QVERIFY2(connection->text().contains(QStringLiteral("Broker (ApsaraMQ for MQTT)")),
                 qPrintable(connection->text()));

        // Issued, recorded, and on the platform: the workspace says what the platform holds.
        const auto devices = workspace.devices().listForCa(*caId);
        QVERIFY(devices);
        QCOMPARE(devices->size(), 2);
        const auto& remote = m_emulator.server().awsIot().account(UiEmulator::accessKeyId()).devices;
        QCOMPARE(remote.size(), 2);
        for (const model::DeviceCertificateRecord& device : *devices) {
            QCOMPARE(device.status, model::DeviceCertificateStatus::Associated);
            QCOMPARE(device.platformState, model::PlatformDeviceState::Active);
            const bool held = std::any_of(remote.cbegin(), remote.cend(), [&](const app::EmulatedDevice& entry) {
                return model::DeviceCertificateRepository::normaliseSerial(entry.serialHex) == device.serialHex
                    && entry.active;
            });
            QVERIFY2(held, qPrintable(device.serialHex));
        }
    }

    void withoutTheOptionNothingReachesThePlatform()
    {
        model::Workspace& workspace = m_workspace->workspace();
        const auto caId = setup::createCa(workspace, QStringLiteral("Fleet Root"));
        QVERIFY(caId);
        const auto aws =
            setup::addAccount(workspace, m_secrets, m_emulator, QStringLiteral("Cloud"), QStringLiteral("aws-iot"));
        QVERIFY(aws);
        QVERIFY(setup::registerCa(workspace, m_secrets, *caId, *aws, QStringLiteral("Fleet")));
        QTRY_VERIFY(m_window->caListPane()->selectCa(*caId));
        QTRY_VERIFY(m_window->selectAccount(*aws));
        const QString output = m_workspace->scratch(QStringLiteral("devices"));
        m_prompter->dialogs.enqueue([output](QDialog& dialog) {
            QVERIFY(dialog.findChild<QCheckBox*>(QStringLiteral("registerAfterIssuingCheck"))->isVisible());
            typeInto(&dialog, QStringLiteral("productEdit"), QStringLiteral("thing"));
            dialog.findChild<QPlainTextEdit*>(QStringLiteral("namesEdit"))->setPlainText(QStringLiteral("sensor-9"));
            typeInto(&dialog, QStringLiteral("outputFolderEdit"), output);
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            typeInto(&dialog, QStringLiteral("passphraseEdit"), setup::passphrase());
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            auto* progress = qobject_cast<ui::JobProgressDialog*>(&dialog);
            QVERIFY(progress);
            QTRY_VERIFY_WITH_TIMEOUT(progress->isJobFinished(), 60000);
            clickButton(&dialog, QStringLiteral("closeButton"));
        });
        QSignalSpy finished(m_window.get(), &MainWindow::commandFinished);
        m_window->actions()->action(MainActions::IssueDevices)->trigger();
        QVERIFY(finished.count() > 0 || finished.wait(60000));
        QCOMPARE(workspace.devices().count(*caId, model::DeviceCertificateStatus::Issued).value(), 1);
        QVERIFY(m_emulator.server().awsIot().account(UiEmulator::accessKeyId()).devices.isEmpty());
    }
};

QTEST_MAIN(TestIssueAndRegister)
#include "TestIssueAndRegister.moc"
