#include "UiScriptedPrompter.h"

#include "ui/dialogs/IssueDevicesDialog.h"
#include "ui/widgets/KeyAlgorithmCombo.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using iotca::crypto::KeyAlgorithm;
using iotca::test::clickButton;
using iotca::test::typeInto;
using iotca::test::UiScriptedPrompter;
using iotca::ui::AccountChoice;
using iotca::ui::IssueDevicesDialog;

class TestIssueDevicesDialog : public QObject
{
    Q_OBJECT
private:
    QList<AccountChoice> accounts() const
    {
        AccountChoice alibaba;
        alibaba.id = QStringLiteral("1");
        alibaba.displayName = QStringLiteral("Production (Alibaba Cloud IoT Platform)");
        alibaba.deviceKeyAlgorithms = {KeyAlgorithm::Rsa2048, KeyAlgorithm::Rsa3072, KeyAlgorithm::Rsa4096};
        alibaba.deviceNamePattern = QStringLiteral("^[A-Za-z0-9_@.:-]{4,32}$");
        alibaba.deviceNameRule = QStringLiteral("4 to 32 characters");
        alibaba.productKey = QStringLiteral("a1B2c3D4e5");
        AccountChoice mqtt;
        mqtt.id = QStringLiteral("2");
        mqtt.displayName = QStringLiteral("Broker (ApsaraMQ for MQTT)");
        mqtt.deviceKeyAlgorithms = iotca::ui::KeyAlgorithmCombo::everyAlgorithm();
        return {alibaba, mqtt};
    }

    std::unique_ptr<IssueDevicesDialog> shown()
    {
        auto dialog = std::make_unique<IssueDevicesDialog>(m_prompter, QStringLiteral("Fleet Root"), accounts(),
                                                           QList<IssueDevicesDialog::Profile> {});
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            qWarning("not exposed");
        return dialog;
    }

    static QList<KeyAlgorithm> offered(const IssueDevicesDialog& dialog)
    {
        return dialog.findChild<iotca::ui::KeyAlgorithmCombo*>(QStringLiteral("keyAlgorithmCombo"))
            ->allowedAlgorithms();
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void keyTypesFollowTheAccountsPlatform()
    {
        auto dialog = shown();
        QCOMPARE(offered(*dialog),
                 (QList<KeyAlgorithm> {KeyAlgorithm::Rsa2048, KeyAlgorithm::Rsa3072, KeyAlgorithm::Rsa4096}));
        auto* combo = dialog->findChild<iotca::ui::KeyAlgorithmCombo*>(QStringLiteral("keyAlgorithmCombo"));
        QCOMPARE(combo->findData(static_cast<int>(KeyAlgorithm::EcP256)), -1);
        // The account's default product is filled in.
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("productEdit"))->text(), QStringLiteral("a1B2c3D4e5"));

        dialog->findChild<QComboBox*>(QStringLiteral("accountCombo"))->setCurrentIndex(1);
        QCOMPARE(offered(*dialog).size(), 5);
        combo->setAlgorithm(KeyAlgorithm::EcP384);
        dialog->findChild<QComboBox*>(QStringLiteral("accountCombo"))->setCurrentIndex(0);
        QVERIFY(isRsa(combo->algorithm()));
    }

    void namesFromAListAreChecked()
    {
        auto dialog = shown();
        auto* names = dialog->findChild<QPlainTextEdit*>(QStringLiteral("namesEdit"));
        names->setPlainText(QStringLiteral("sensor-0001\n\nsensor-0002\nab\n"));
        typeInto(dialog.get(), QStringLiteral("outputFolderEdit"), m_dir.path());
        clickButton(dialog.get(), QStringLiteral("okButton"));
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->validationMessage().contains(QStringLiteral("Device name 3, 'ab'")),
                 qPrintable(dialog->validationMessage()));

        names->setPlainText(QStringLiteral("sensor-0001\nsensor-0002\nsensor-0001"));
        clickButton(dialog.get(), QStringLiteral("okButton"));
        QVERIFY2(dialog->validationMessage().contains(QStringLiteral("appears twice, at 1 and 3")),
                 qPrintable(dialog->validationMessage()));

        names->setPlainText(QStringLiteral("sensor-0001\nsensor-0002"));
        clickButton(dialog.get(), QStringLiteral("okButton"));
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        const auto request = dialog->request();
        QCOMPARE(request.accountId, QStringLiteral("1"));
        QCOMPARE(request.productKey, QStringLiteral("a1B2c3D4e5"));
        QCOMPARE(request.deviceNames, (QStringList {QStringLiteral("sensor-0001"), QStringLiteral("sensor-0002")}));
        QVERIFY(isRsa(request.algorithm));
        QCOMPARE(request.outputFolder, QDir::cleanPath(m_dir.path()));
    }

    void namesFromAFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("names.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("meter-a001\r\nmeter-a002\n  meter-a003  \n");
        file.close();
        auto dialog = shown();
        QTest::mouseClick(dialog->findChild<QRadioButton*>(QStringLiteral("fileSourceRadio")), Qt::LeftButton, {},
                          QPoint(4, 4));
        m_prompter.files.enqueue(path);
        clickButton(dialog.get(), QStringLiteral("namesFileEditButton"));
        typeInto(dialog.get(), QStringLiteral("outputFolderEdit"), m_dir.path());
        clickButton(dialog.get(), QStringLiteral("okButton"));
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(
            dialog->request().deviceNames,
            (QStringList {QStringLiteral("meter-a001"), QStringLiteral("meter-a002"), QStringLiteral("meter-a003")}));
    }

    void numberedNames()
    {
        auto dialog = shown();
        QTest::mouseClick(dialog->findChild<QRadioButton*>(QStringLiteral("generatedSourceRadio")), Qt::LeftButton, {},
                          QPoint(4, 4));
        dialog->findChild<QSpinBox*>(QStringLiteral("countSpin"))->setValue(12345);
        // A plural form with the number formatted for the locale.
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text(),
                 QStringLiteral("12,345 device certificates will be issued."));
        typeInto(dialog.get(), QStringLiteral("outputFolderEdit"), m_dir.path());
        clickButton(dialog.get(), QStringLiteral("okButton"));
        QVERIFY(dialog->validationMessage().contains(QStringLiteral("prefix")));
        typeInto(dialog.get(), QStringLiteral("prefixEdit"), QStringLiteral("lamp-"));
        clickButton(dialog.get(), QStringLiteral("okButton"));
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        const QStringList names = dialog->request().deviceNames;
        QCOMPARE(names.size(), 12345);
        QCOMPARE(names.first(), QStringLiteral("lamp-00001"));
        QCOMPARE(names.last(), QStringLiteral("lamp-12345"));
    }

    void outputFolderIsRequired()
    {
        auto dialog = shown();
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("namesEdit"))->setPlainText(QStringLiteral("sensor-0001"));
        clickButton(dialog.get(), QStringLiteral("okButton"));
        QVERIFY(dialog->validationMessage().contains(QStringLiteral("folder")));
        QVERIFY(dialog->focusWidget());
        QCOMPARE(dialog->focusWidget()->objectName(), QStringLiteral("outputFolderEdit"));
    }

private:
    QTemporaryDir m_dir;
    UiScriptedPrompter m_prompter;
};

QTEST_MAIN(TestIssueDevicesDialog)
#include "TestIssueDevicesDialog.moc"
