// Passphrase fields as people expect them (issue 18, item 10): a show/hide toggle, the 12-character rule stated
// before anything is typed, no stale error once the text changes, a new passphrase typed twice in Import CA, and
// "remember until quit" for a CA whose passphrase is not in the keychain.
#include "UiScriptedPrompter.h"
#include "UiTestWorkspace.h"

#include "tests/support/OpenSslCli.h"
#include "ui/actions/CaKeyUnlock.h"
#include "ui/actions/ImportCaCommand.h"
#include "ui/dialogs/ImportCaDialog.h"
#include "ui/dialogs/NewCaDialog.h"
#include "ui/dialogs/PassphraseDialog.h"
#include "ui/widgets/ErrorBanner.h"

#include "crypto/DistinguishedName.h"
#include "model/ca/CaCreator.h"
#include "model/ca/NewCaParameters.h"
#include "model/secrets/KeychainSecretStore.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using iotca::test::clickButton;
using iotca::test::typeInto;
using namespace iotca;

class TestPassphrases : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // An encrypted key (PKCS#8 with a passphrase) and an unencrypted one, each with its certificate.
        for (const auto& [name, protect] :
             {std::pair {QStringLiteral("locked"), true}, std::pair {QStringLiteral("open"), false}}) {
            QStringList arguments {QStringLiteral("req"),      QStringLiteral("-x509"),
                                   QStringLiteral("-newkey"),  QStringLiteral("ec"),
                                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                                   QStringLiteral("-keyout"),  name + QStringLiteral(".key"),
                                   QStringLiteral("-out"),     name + QStringLiteral(".crt"),
                                   QStringLiteral("-days"),    QStringLiteral("365"),
                                   QStringLiteral("-subj"),    QStringLiteral("/CN=%1 Root").arg(name)};
            arguments << (protect ? QStringList {QStringLiteral("-passout"), QStringLiteral("pass:import-passphrase-1")}
                                  : QStringList {QStringLiteral("-noenc")});
            const auto made = test::runOpenSsl(arguments, m_dir.path());
            QVERIFY2(made.ok(), made.transcript().constData());
        }
    }

    void everyPassphraseFieldCanBeShown()
    {
        ui::PassphraseDialog dialog(QStringLiteral("Fleet Root"), false);
        dialog.show();
        auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        auto* show = dialog.findChild<QCheckBox*>(QStringLiteral("showPassphraseCheck"));
        QVERIFY(edit && show);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        show->click();
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
        show->click();
        QCOMPARE(edit->echoMode(), QLineEdit::Password);

        ui::NewCaDialog newCa;
        newCa.show();
        auto* toggle = newCa.findChild<QCheckBox*>(QStringLiteral("showPassphraseCheck"));
        QVERIFY(toggle);
        toggle->click();
        QCOMPARE(newCa.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->echoMode(), QLineEdit::Normal);
        QCOMPARE(newCa.findChild<QLineEdit*>(QStringLiteral("passphraseRepeatEdit"))->echoMode(), QLineEdit::Normal);
    }

    void theRuleComesFirstAndAStaleErrorGoes()
    {
        ui::NewCaDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* rule = dialog.findChild<QLabel*>(QStringLiteral("passphraseRuleLabel"));
        QVERIFY(rule);
        QVERIFY(rule->isVisible());
        QVERIFY2(rule->text().contains(QStringLiteral("12")), qPrintable(rule->text()));

        typeInto(&dialog, QStringLiteral("nameEdit"), QStringLiteral("Fleet Root"));
        typeInto(&dialog, QStringLiteral("passphraseEdit"), QStringLiteral("short"));
        clickButton(&dialog, QStringLiteral("okButton"));
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.validationMessage().contains(QStringLiteral("12")), qPrintable(dialog.validationMessage()));
        // Typing on: the old complaint goes instead of staying beside the new strength.
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit")),
                         QStringLiteral("-and-much-longer-Now-9"));
        QVERIFY(dialog.findChild<ui::ErrorBanner*>()->isHidden());
        QVERIFY(dialog.validationMessage().isEmpty());
    }

    void importAsksANewPassphraseTwice()
    {
        test::UiScriptedPrompter prompter;
        ui::ImportCaDialog dialog(prompter, &ui::ImportCaCommand::checkFiles);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* repeat = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseRepeatEdit"));
        QVERIFY(repeat);

        // The key's own passphrase: once.
        typeInto(&dialog, QStringLiteral("certificatePathEdit"), m_dir.filePath(QStringLiteral("locked.crt")));
        typeInto(&dialog, QStringLiteral("keyPathEdit"), m_dir.filePath(QStringLiteral("locked.key")));
        QVERIFY(!repeat->isVisible());

        // An unencrypted key gets a new passphrase: twice, and by the rule.
        typeInto(&dialog, QStringLiteral("certificatePathEdit"), m_dir.filePath(QStringLiteral("open.crt")));
        typeInto(&dialog, QStringLiteral("keyPathEdit"), m_dir.filePath(QStringLiteral("open.key")));
        QVERIFY(repeat->isVisible());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("passphraseRuleLabel"))->isVisible());
        typeInto(&dialog, QStringLiteral("passphraseEdit"), QStringLiteral("a-new-pass-phrase-7"));
        typeInto(&dialog, QStringLiteral("passphraseRepeatEdit"), QStringLiteral("a-new-pass-phrase-8"));
        clickButton(&dialog, QStringLiteral("okButton"));
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.validationMessage().contains(QStringLiteral("not the same")),
                 qPrintable(dialog.validationMessage()));
        typeInto(&dialog, QStringLiteral("passphraseRepeatEdit"), QStringLiteral("a-new-pass-phrase-7"));
        clickButton(&dialog, QStringLiteral("okButton"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.request().keyPassphrase.view(), QByteArrayView("a-new-pass-phrase-7"));
    }

    void aPassphraseCanBeKeptUntilQuit()
    {
        test::UiTestWorkspace workspace;
        QVERIFY2(workspace.isValid(), qPrintable(workspace.error()));
        model::NewCaParameters parameters;
        parameters.name = QStringLiteral("Fleet Root");
        parameters.subject = crypto::DistinguishedName::parse(QStringLiteral("CN=Fleet Root")).value();
        parameters.algorithm = crypto::KeyAlgorithm::EcP256;
        parameters.validityDays = 365;
        const auto ca =
            model::CaCreator::createRoot(workspace.workspace(), parameters,
                                         crypto::SecureBuffer::fromString(QStringLiteral("a-long-pass-phrase-1")));
        QVERIFY(ca);
        model::KeychainSecretStore secrets;
        test::UiScriptedPrompter prompter;

        const auto unlock = [&] {
            ui::CaKeyUnlock unlocker(workspace.workspace(), secrets, prompter, ca.value());
            std::optional<Result<crypto::PrivateKey>> result;
            unlocker.start([&result](Result<crypto::PrivateKey> key) { result = std::move(key); });
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
            QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().fullText()));
        };

        // Not in the keychain: asked, with the offer to keep it until quit, which the user takes.
        prompter.dialogs.enqueue([](QDialog& dialog) {
            auto* keep = dialog.findChild<QCheckBox*>(QStringLiteral("rememberForSessionCheck"));
            QVERIFY(keep);
            QVERIFY(keep->isVisible());
            keep->setChecked(true);
            typeInto(&dialog, QStringLiteral("passphraseEdit"), QStringLiteral("a-long-pass-phrase-1"));
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        unlock();
        QCOMPARE(prompter.dialogsRun.size(), 1);
        // The next operation does not ask.
        unlock();
        QCOMPARE(prompter.dialogsRun.size(), 1);
        QVERIFY(prompter.dialogs.isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPassphrases)
#include "TestPassphrases.moc"
