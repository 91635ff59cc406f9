#include "UiScriptedPrompter.h"

#include "ui/dialogs/ConfirmCascadeDialog.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTest>

using iotca::test::clickButton;
using iotca::test::typeInto;
using iotca::ui::ConfirmCascadeDialog;
using Operation = ConfirmCascadeDialog::Operation;
using Target = ConfirmCascadeDialog::Target;

class TestConfirmCascadeDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void statesTheCascadeWithItsCount()
    {
        ConfirmCascadeDialog dialog(Operation::Deactivate, Target::CaRegistration, QStringLiteral("Fleet Root"), 2345,
                                    QStringLiteral("Production"));
        QVERIFY(dialog.consequence().startsWith(
            QStringLiteral("Deactivating this CA deactivates its 2,345 device certificates")));
        QVERIFY(dialog.consequence().contains(QStringLiteral("Production")));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("consequenceLabel"))->text(), dialog.consequence());
        QVERIFY(!dialog.requiresTypedName());
        dialog.show();
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("okButton"))->isEnabled());
        clickButton(&dialog, QStringLiteral("okButton"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void deviceSelectionCountsTheSelection()
    {
        const QString text = ConfirmCascadeDialog::consequenceText(Operation::Delete, Target::DeviceCertificates,
                                                                   QStringLiteral("Fleet Root"), 3, {});
        QVERIFY2(text.contains(QStringLiteral("3 device certificate")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("cannot be undone")));
    }

    void deletingACaRequiresItsNameTyped()
    {
        ConfirmCascadeDialog dialog(Operation::Delete, Target::CaRegistration, QStringLiteral("Fleet Root"), 12,
                                    QStringLiteral("Production"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.requiresTypedName());
        QVERIFY(dialog.consequence().contains(QStringLiteral("12 device certificates")));
        auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("okButton"));
        QVERIFY(!ok->isEnabled());
        typeInto(&dialog, QStringLiteral("typedNameEdit"), QStringLiteral("fleet root"));
        QVERIFY(!ok->isEnabled());
        // Enter in the field must not delete while the name is wrong.
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        typeInto(&dialog, QStringLiteral("typedNameEdit"), QStringLiteral("Fleet Root"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestConfirmCascadeDialog)
#include "TestConfirmCascadeDialog.moc"
