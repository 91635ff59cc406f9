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
using iotca::ui::AccountDialog;
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
        AccountDialog dialog(PlatformAccountInput {}, {});
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
        typeInto(&dialog, QStringLiteral("endpointEdit"), QStringLiteral("http://127.0.0.1:8443"));
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
        QCOMPARE(input.endpoint, QStringLiteral("http://127.0.0.1:8443"));
        QCOMPARE(input.secret.view(), QByteArrayView("s3cr3t-value"));
    }

    void editingKeepsTheSecretUnlessRetyped()
    {
        PlatformAccountInput existing;
        existing.platform = QStringLiteral("tencent-iothub");
        existing.displayName = QStringLiteral("Staging");
        existing.region = QStringLiteral("ap-guangzhou");
        existing.accessKeyId = QStringLiteral("AKIDexample");
        AccountDialog dialog(existing, {});
        dialog.show();
        QVERIFY(dialog.isEdit());
        QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("platformCombo"))->isEnabled());
        clickButton(&dialog, QStringLiteral("okButton"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.input().secret.isEmpty());
        QCOMPARE(dialog.input().region, QStringLiteral("ap-guangzhou"));
    }

    void testConnectionShowsTheAnswerInTheDialog()
    {
        int calls = 0;
        QString testedKey;
        AccountDialog dialog(PlatformAccountInput {},
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
};

QTEST_MAIN(TestAccountDialog)
#include "TestAccountDialog.moc"
