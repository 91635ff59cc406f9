#include "UiScriptedPrompter.h"

#include "ui/dialogs/AccountDialog.h"
#include "ui/widgets/ErrorBanner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using iotca::Error;
using iotca::Status;
using iotca::test::clickButton;
using iotca::test::typeInto;
using iotca::test::UiScriptedPrompter;
using iotca::ui::AccountDialog;
using iotca::ui::EmulatorPreset;
using iotca::ui::PlatformAccountInput;

class TestAccountDialog : public QObject
{
    Q_OBJECT
private:
    static void fillValid(QDialog& dialog)
    {
        typeInto(&dialog, QStringLiteral("accountNameEdit"), QStringLiteral("Production"));
        typeInto(&dialog, QStringLiteral("accessKeyIdEdit"), QStringLiteral("LTAI5tExampleKeyId"));
        typeInto(&dialog, QStringLiteral("secretEdit"), QStringLiteral("s3cr3t-value"));
    }

private Q_SLOTS:
    void validatesAndReturnsTheInput()
    {
        AccountDialog dialog(m_prompter, PlatformAccountInput {}, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.isEdit());
        clickButton(&dialog, QStringLiteral("okButton"));
        QVERIFY(dialog.validationMessage().contains(QStringLiteral("name")));
        fillValid(dialog);
        typeInto(&dialog, QStringLiteral("endpointEdit"), QStringLiteral("http://iot.example.com"));
        clickButton(&dialog, QStringLiteral("okButton"));
        QVERIFY2(dialog.validationMessage().contains(QStringLiteral("https://")),
                 qPrintable(dialog.validationMessage()));
        // The connectors speak TLS only, the local emulator included.
        typeInto(&dialog, QStringLiteral("endpointEdit"), QStringLiteral("http://127.0.0.1:8443"));
        clickButton(&dialog, QStringLiteral("okButton"));
        QVERIFY(dialog.validationMessage().contains(QStringLiteral("https://")));
        typeInto(&dialog, QStringLiteral("endpointEdit"), QStringLiteral("https://127.0.0.1:8443"));
        auto* platform = dialog.findChild<QComboBox*>(QStringLiteral("platformCombo"));
        platform->setCurrentIndex(platform->findData(QStringLiteral("apsaramq-mqtt")));
        clickButton(&dialog, QStringLiteral("okButton"));
        QVERIFY(dialog.validationMessage().contains(QStringLiteral("instance ID")));
        typeInto(&dialog, QStringLiteral("instanceEdit"), QStringLiteral("mqtt-cn-0pp12345"));
        clickButton(&dialog, QStringLiteral("okButton"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const PlatformAccountInput input = dialog.input();
        QCOMPARE(input.platform, QStringLiteral("apsaramq-mqtt"));
        QCOMPARE(input.displayName, QStringLiteral("Production"));
        QCOMPARE(input.region, QStringLiteral("cn-shanghai"));
        QCOMPARE(input.endpoint, QStringLiteral("https://127.0.0.1:8443"));
        QCOMPARE(input.secret.view(), QByteArrayView("s3cr3t-value"));
    }

    void editingKeepsTheSecretUnlessRetyped()
    {
        PlatformAccountInput existing;
        existing.platform = QStringLiteral("tencent-iothub");
        existing.displayName = QStringLiteral("Staging");
        existing.region = QStringLiteral("ap-guangzhou");
        existing.accessKeyId = QStringLiteral("AKIDexample");
        AccountDialog dialog(m_prompter, existing, {});
        dialog.show();
        QVERIFY(dialog.isEdit());
        QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("platformCombo"))->isEnabled());
        clickButton(&dialog, QStringLiteral("okButton"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.input().secret.isEmpty());
        QCOMPARE(dialog.input().region, QStringLiteral("ap-guangzhou"));
    }

    void aNewAccessKeyIdNeedsItsSecret()
    {
        PlatformAccountInput existing;
        existing.platform = QStringLiteral("aws-iot");
        existing.displayName = QStringLiteral("Fleet");
        existing.region = QStringLiteral("us-east-1");
        existing.accessKeyId = QStringLiteral("AKIAOLD");
        AccountDialog dialog(m_prompter, existing, {});
        dialog.show();
        typeInto(&dialog, QStringLiteral("accessKeyIdEdit"), QStringLiteral("AKIANEW"));
        clickButton(&dialog, QStringLiteral("okButton"));
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.validationMessage().contains(QStringLiteral("secret")), qPrintable(dialog.validationMessage()));
        typeInto(&dialog, QStringLiteral("secretEdit"), QStringLiteral("new-secret"));
        clickButton(&dialog, QStringLiteral("okButton"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void alibabaIotNeedsNoCredentialsAndHasNothingToTest()
    {
        AccountDialog dialog(m_prompter, PlatformAccountInput {},
                             [](const PlatformAccountInput&, std::function<void(Status)> done) { done({}); });
        dialog.show();
        auto* platform = dialog.findChild<QComboBox*>(QStringLiteral("platformCombo"));
        platform->setCurrentIndex(platform->findData(QStringLiteral("aliyun-iot")));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("testConnectionButton"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("localEmulatorButton"))->isEnabled());
        typeInto(&dialog, QStringLiteral("accountNameEdit"), QStringLiteral("Console"));
        clickButton(&dialog, QStringLiteral("okButton"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.input().platform, QStringLiteral("aliyun-iot"));
        QVERIFY(dialog.input().accessKeyId.isEmpty());
    }

    void localEmulatorPresetFillsEndpointBundleAndCredentials()
    {
        AccountDialog dialog(m_prompter, PlatformAccountInput {}, {});
        EmulatorPreset none;
        dialog.setEmulatorPreset(std::move(none));
        dialog.show();
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("localEmulatorButton"));
        QVERIFY(!button->isEnabled()); // no emulator announced: nothing to fill in
        QVERIFY(!button->toolTip().isEmpty());

        const QString bundle = QCoreApplication::applicationFilePath(); // any existing file
        EmulatorPreset preset;
        preset.url = QStringLiteral("https://127.0.0.1:18443");
        preset.caBundlePath = bundle;
        preset.accessKeyId = QStringLiteral("demo-access-key");
        preset.secret = iotca::crypto::SecureBuffer::fromBytes("demo-access-secret");
        dialog.setEmulatorPreset(std::move(preset));
        auto* platform = dialog.findChild<QComboBox*>(QStringLiteral("platformCombo"));
        platform->setCurrentIndex(platform->findData(QStringLiteral("apsaramq-mqtt")));
        QVERIFY(button->isEnabled());
        clickButton(&dialog, QStringLiteral("localEmulatorButton"));
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("endpointEdit"))->text(),
                 QStringLiteral("https://127.0.0.1:18443"));
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("caBundleEdit"))->text(), bundle);
        QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("instanceEdit"))->text().isEmpty());
        QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("accountNameEdit"))
                    ->text()
                    .contains(QStringLiteral("emulator")));
        clickButton(&dialog, QStringLiteral("okButton"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const PlatformAccountInput input = dialog.input();
        QCOMPARE(input.accessKeyId, QStringLiteral("demo-access-key"));
        QCOMPARE(input.secret.view(), QByteArrayView("demo-access-secret"));
        QCOMPARE(input.caBundlePath, bundle);
    }

    void aFailingSaverKeepsTheDialogOpen()
    {
        AccountDialog dialog(m_prompter, PlatformAccountInput {}, {});
        int saves = 0;
        dialog.setSaver([&saves](const PlatformAccountInput&) -> Status {
            return ++saves == 1 ? Status(Error {QStringLiteral("There is already an account named 'Production'.")})
                                : Status();
        });
        dialog.show();
        fillValid(dialog);
        typeInto(&dialog, QStringLiteral("instanceEdit"), QStringLiteral("mqtt-cn-0pp12345"));
        clickButton(&dialog, QStringLiteral("okButton"));
        QCOMPARE(saves, 1);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<iotca::ui::ErrorBanner*>()->message().contains(QStringLiteral("already")));
        clickButton(&dialog, QStringLiteral("okButton"));
        QCOMPARE(saves, 2);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void testConnectionShowsTheAnswerInTheDialog()
    {
        int calls = 0;
        QString testedKey;
        AccountDialog dialog(m_prompter, PlatformAccountInput {},
                             [&](const PlatformAccountInput& input, std::function<void(Status)> done) {
                                 ++calls;
                                 testedKey = input.accessKeyId;
                                 // Answers later, as a network request would.
                                 QTimer::singleShot(10, [done] {
                                     done(Error {QStringLiteral("The access key is not valid."),
                                                 QStringLiteral("InvalidAccessKeyId.NotFound")});
                                 });
                             });
        dialog.show();
        clickButton(&dialog, QStringLiteral("testConnectionButton"));
        QCOMPARE(calls, 0); // nothing is sent before the fields are valid
        fillValid(dialog);
        typeInto(&dialog, QStringLiteral("instanceEdit"), QStringLiteral("mqtt-cn-0pp12345"));
        clickButton(&dialog, QStringLiteral("testConnectionButton"));
        QCOMPARE(calls, 1);
        QCOMPARE(testedKey, QStringLiteral("LTAI5tExampleKeyId"));
        auto* result = dialog.findChild<QLabel*>(QStringLiteral("testResultLabel"));
        QTRY_COMPARE(result->text(), QStringLiteral("Not connected."));
        auto* banner = dialog.findChild<iotca::ui::ErrorBanner*>();
        QCOMPARE(banner->message(), QStringLiteral("The access key is not valid."));
        QCOMPARE(banner->detail(), QStringLiteral("InvalidAccessKeyId.NotFound"));
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("testConnectionButton"))->isEnabled());
    }

private:
    UiScriptedPrompter m_prompter;
};

QTEST_MAIN(TestAccountDialog)
#include "TestAccountDialog.moc"
