#include "UiScriptedPrompter.h"

#include "ui/dialogs/NewCaDialog.h"
#include "ui/widgets/ErrorBanner.h"
#include "ui/widgets/PassphraseStrengthHint.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <memory>

using iotca::crypto::KeyAlgorithm;
using iotca::test::clickButton;
using iotca::test::typeInto;
using iotca::ui::NewCaDialog;
using iotca::ui::PassphraseStrengthHint;

class TestNewCaDialog : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<NewCaDialog> shown()
    {
        auto dialog = std::make_unique<NewCaDialog>();
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            qWarning("dialog not exposed");
        return dialog;
    }

    static QString problem(const NewCaDialog& dialog) { return dialog.validationMessage(); }

private Q_SLOTS:
    void everyFieldIsNamedForAssistiveTools()
    {
        auto dialog = shown();
        for (const char* name :
             {"nameEdit", "keyAlgorithmCombo", "validityDaysSpin", "commonNameEdit", "organizationEdit",
              "organizationalUnitEdit", "localityEdit", "stateEdit", "countryEdit", "passphraseEdit",
              "passphraseRepeatEdit", "rememberPassphraseCheck", "okButton", "cancelButton"}) {
            auto* widget = dialog->findChild<QWidget*>(QString::fromLatin1(name));
            QVERIFY2(widget, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
    }

    void validatesEachFieldBeforeClosing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("repeat");
        QTest::addColumn<QString>("expected");
        const QString good = QStringLiteral("correct-Horse-battery-9");
        QTest::newRow("no name") << QString() << QString() << good << good << QStringLiteral("Enter a name");
        QTest::newRow("taken name") << QStringLiteral("lab root") << QString() << good << good
                                    << QStringLiteral("already exists");
        QTest::newRow("bad country") << QStringLiteral("Fleet") << QStringLiteral("C1") << good << good
                                     << QStringLiteral("two-letter");
        QTest::newRow("short passphrase") << QStringLiteral("Fleet") << QString() << QStringLiteral("abc")
                                          << QStringLiteral("abc") << QStringLiteral("at least 12");
        QTest::newRow("weak passphrase") << QStringLiteral("Fleet") << QString() << QStringLiteral("aaaaaaaaaaaaaaaa")
                                         << QStringLiteral("aaaaaaaaaaaaaaaa") << QStringLiteral("too easy");
        QTest::newRow("mismatch") << QStringLiteral("Fleet") << QString() << good << good + QLatin1Char('!')
                                  << QStringLiteral("not the same");
    }

    void validatesEachFieldBeforeClosing()
    {
        QFETCH(QString, name);
        QFETCH(QString, country);
        QFETCH(QString, passphrase);
        QFETCH(QString, repeat);
        QFETCH(QString, expected);
        auto dialog = shown();
        dialog->setExistingNames({QStringLiteral("Lab Root")});
        if (!name.isEmpty())
            typeInto(dialog.get(), QStringLiteral("nameEdit"), name);
        if (!country.isEmpty())
            typeInto(dialog.get(), QStringLiteral("countryEdit"), country);
        typeInto(dialog.get(), QStringLiteral("passphraseEdit"), passphrase);
        typeInto(dialog.get(), QStringLiteral("passphraseRepeatEdit"), repeat);
        clickButton(dialog.get(), QStringLiteral("okButton"));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QVERIFY2(problem(*dialog).contains(expected), qPrintable(problem(*dialog)));
        QVERIFY(dialog->findChild<iotca::ui::ErrorBanner*>()->isVisible());
    }

    void returnsTheRequest()
    {
        auto dialog = shown();
        typeInto(dialog.get(), QStringLiteral("nameEdit"), QStringLiteral("Fleet Root"));
        // The common name follows the name until edited.
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("commonNameEdit"))->text(), QStringLiteral("Fleet Root"));
        typeInto(dialog.get(), QStringLiteral("commonNameEdit"), QStringLiteral("Fleet Root CA, 2026"));
        typeInto(dialog.get(), QStringLiteral("organizationEdit"), QStringLiteral("Example"));
        typeInto(dialog.get(), QStringLiteral("countryEdit"), QStringLiteral("cn"));
        auto* algorithm = dialog->findChild<QComboBox*>(QStringLiteral("keyAlgorithmCombo"));
        algorithm->setCurrentIndex(algorithm->findData(static_cast<int>(KeyAlgorithm::Rsa3072)));
        auto* days = dialog->findChild<QSpinBox*>(QStringLiteral("validityDaysSpin"));
        days->setValue(730);
        typeInto(dialog.get(), QStringLiteral("passphraseEdit"), QStringLiteral("correct-Horse-battery-9"));
        typeInto(dialog.get(), QStringLiteral("passphraseRepeatEdit"), QStringLiteral("correct-Horse-battery-9"));
        QTest::mouseClick(dialog->findChild<QCheckBox*>(QStringLiteral("rememberPassphraseCheck")), Qt::LeftButton, {},
                          QPoint(5, 5));
        clickButton(dialog.get(), QStringLiteral("okButton"));
        QCOMPARE(dialog->result(), int(QDialog::Accepted));

        const auto request = dialog->request();
        QCOMPARE(request.name, QStringLiteral("Fleet Root"));
        QCOMPARE(request.algorithm, KeyAlgorithm::Rsa3072);
        QCOMPARE(request.validityDays, 730);
        QCOMPARE(request.subject.country, QStringLiteral("CN"));
        QCOMPARE(request.subject.toRfc4514(), QStringLiteral("CN=Fleet Root CA\\, 2026,O=Example,C=CN"));
        QCOMPARE(request.passphrase.view(), QByteArrayView("correct-Horse-battery-9"));
        QVERIFY(request.rememberPassphrase);
    }

    void strengthHintGrowsWithThePassphrase()
    {
        using S = PassphraseStrengthHint::Strength;
        QCOMPARE(PassphraseStrengthHint::classify(PassphraseStrengthHint::estimateBits(u"")), S::Empty);
        QCOMPARE(PassphraseStrengthHint::classify(PassphraseStrengthHint::estimateBits(u"password")), S::Weak);
        QCOMPARE(PassphraseStrengthHint::classify(PassphraseStrengthHint::estimateBits(u"abcdefghijklmnop")), S::Weak);
        QVERIFY(PassphraseStrengthHint::estimateBits(u"correct-Horse-battery-9")
                > PassphraseStrengthHint::estimateBits(u"correcthorse"));
        QCOMPARE(PassphraseStrengthHint::classify(PassphraseStrengthHint::estimateBits(u"Tr0ub4dor&3-purple-Otter!")),
                 S::VeryStrong);

        auto dialog = shown();
        auto* hint = dialog->findChild<PassphraseStrengthHint*>(QStringLiteral("passphraseStrengthHint"));
        QVERIFY(hint);
        typeInto(dialog.get(), QStringLiteral("passphraseEdit"), QStringLiteral("abc"));
        QCOMPARE(hint->strength(), S::Weak);
        typeInto(dialog.get(), QStringLiteral("passphraseEdit"), QStringLiteral("Tr0ub4dor&3-purple-Otter!"));
        QCOMPARE(hint->strength(), S::VeryStrong);
        QVERIFY(hint->accessibleName().contains(QStringLiteral("Very strong")));
    }
};

QTEST_MAIN(TestNewCaDialog)
#include "TestNewCaDialog.moc"
