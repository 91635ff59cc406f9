// Simplified Chinese all the way down (issue 18, item 8): Qt's own buttons and file dialog, dates and numbers
// through QLocale, key descriptions translated when shown, and no English error left behind by a language switch.
#include "MainWindowTestBase.h"

#include "app/common/Bootstrap.h"
#include "crypto/DistinguishedName.h"
#include "model/ca/CaCreator.h"
#include "model/ca/NewCaParameters.h"
#include "ui/dialogs/NewCaDialog.h"
#include "ui/panes/CaDetailsPane.h"
#include "ui/panes/CaListPane.h"
#include "ui/widgets/ErrorBanner.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QWizard>

using namespace iotca;

namespace {
const QStringList englishMonths {QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"),
                                 QStringLiteral("April"),   QStringLiteral("May"),      QStringLiteral("June"),
                                 QStringLiteral("July"),    QStringLiteral("August"),   QStringLiteral("September"),
                                 QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December")};

bool namesAnEnglishMonth(const QString& text)
{
    return std::any_of(englishMonths.cbegin(), englishMonths.cend(),
                       [&text](const QString& month) { return text.contains(month); });
}
} // namespace

class TestChineseUi : public test::MainWindowTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString settings = useThrowawaySettings(QStringLiteral("tst_ui_chineseui"));
        QVERIFY2(settings.isEmpty(), qPrintable(settings));
    }

    void init() { app::replaceTranslators(*qApp, QLocale(QStringLiteral("zh_CN"))); }

    void cleanup()
    {
        if (m_window) {
            const QString closed = closeWindow();
            QVERIFY2(closed.isEmpty(), qPrintable(closed));
        }
        app::replaceTranslators(*qApp, QLocale(QStringLiteral("en")));
    }

    void qtStandardButtonsAndFileDialogAreChinese()
    {
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
        QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), QStringLiteral("确定"));
        QWizard wizard;
        QVERIFY2(!wizard.buttonText(QWizard::NextButton).contains(QStringLiteral("Next")),
                 qPrintable(wizard.buttonText(QWizard::NextButton)));
        QVERIFY2(!wizard.buttonText(QWizard::BackButton).contains(QStringLiteral("Back")),
                 qPrintable(wizard.buttonText(QWizard::BackButton)));
        QFileDialog files;
        files.setOption(QFileDialog::DontUseNativeDialog);
        auto* lookIn = files.findChild<QLabel*>(QStringLiteral("lookInLabel"));
        QVERIFY(lookIn);
        QVERIFY2(!lookIn->text().contains(QStringLiteral("Look in")), qPrintable(lookIn->text()));
    }

    void datesAndNumbersFollowTheLanguage()
    {
        QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
        const QString date = QLocale().toString(QDate(2036, 12, 2), QLocale::LongFormat);
        QVERIFY2(!namesAnEnglishMonth(date) && !date.contains(QStringLiteral("Tuesday")), qPrintable(date));
        ui::NewCaDialog dialog;
        dialog.show();
        auto* validUntil = dialog.findChild<QLabel*>(QStringLiteral("validUntilLabel"));
        QVERIFY(validUntil);
        QVERIFY2(!validUntil->text().isEmpty(), "no validity shown");
        QVERIFY2(!namesAnEnglishMonth(validUntil->text()), qPrintable(validUntil->text()));
        QVERIFY2(!validUntil->text().contains(QStringLiteral("Valid until")), qPrintable(validUntil->text()));
    }

    void keyDescriptionIsTranslatedWhenShown()
    {
        // Created under English: the record keeps "RSA 2048-bit", the details pane must not.
        app::replaceTranslators(*qApp, QLocale(QStringLiteral("en")));
        const QString opened = openWindow();
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        model::NewCaParameters parameters;
        parameters.name = QStringLiteral("Fleet Root");
        parameters.subject = crypto::DistinguishedName::parse(QStringLiteral("CN=Fleet Root")).value();
        parameters.algorithm = crypto::KeyAlgorithm::Rsa2048;
        parameters.validityDays = 365;
        const auto id =
            model::CaCreator::createRoot(m_workspace->workspace(), parameters,
                                         crypto::SecureBuffer::fromString(QStringLiteral("a-long-pass-phrase-1")));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().fullText()));
        QTRY_VERIFY(m_window->caListPane()->selectCa(id.value()));
        auto* key = m_window->caDetailsPane()->findChild<QLabel*>(QStringLiteral("keyAlgorithmValue"));
        QVERIFY(key);
        QCOMPARE(key->text(), QStringLiteral("RSA 2048-bit"));

        app::replaceTranslators(*qApp, QLocale(QStringLiteral("zh_CN")));
        QTRY_COMPARE(key->text(), QStringLiteral("RSA 2048 位"));
    }

    void anErrorShownBeforeTheSwitchDoesNotStayEnglish()
    {
        app::replaceTranslators(*qApp, QLocale(QStringLiteral("en")));
        const QString opened = openWindow();
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        m_window->showError(Error {QStringLiteral("The platform did not answer.")});
        QVERIFY(m_window->errorBanner()->isVisible());
        app::replaceTranslators(*qApp, QLocale(QStringLiteral("zh_CN")));
        QTRY_VERIFY(!m_window->errorBanner()->isVisible());
        QVERIFY(m_window->errorBanner()->message().isEmpty());
    }
};

QTEST_MAIN(TestChineseUi)
#include "TestChineseUi.moc"
