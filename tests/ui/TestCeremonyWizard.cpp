// Issue 19, "the GUI wizard is driven through its widgets": File → Key Ceremony… builds the script the CLI runs,
// shows it for review with the validator's problems (Next blocked while there are any), then runs it step by step,
// each step started by the officer, the new CA's passphrase typed into its dialog. A small ceremony (a root EC P-256,
// one verification certificate, 3 devices, a 2-of-3 backup, a bundle) in a temporary workspace writes every output,
// and its record's signature verifies with the openssl CLI (an independent implementation).
#include "MainWindowTestBase.h"
#include "UiScriptedPrompter.h"
#include "UiTestWorkspace.h"

#include "tests/support/OpenSslCli.h"
#include "ui/ceremony/CeremonyWizard.h"
#include "ui/widgets/KeyAlgorithmCombo.h"

#include "crypto/DistinguishedName.h"
#include "model/ca/CaCreator.h"
#include "model/ca/NewCaParameters.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using iotca::test::clickButton;
using iotca::test::MainWindowTestBase;
using iotca::test::typeInto;
using namespace iotca;

namespace {

const QString passphrase = QStringLiteral("correct horse battery staple 42");

void typeIntoSpin(QWidget* parent, const QString& objectName, int value)
{
    auto* spin = parent->findChild<QSpinBox*>(objectName);
    QVERIFY2(spin, qPrintable(objectName));
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Tab);
    QCOMPARE(spin->value(), value);
}

void check(QWidget* parent, const QString& objectName)
{
    auto* box = parent->findChild<QCheckBox*>(objectName);
    QVERIFY2(box, qPrintable(objectName));
    if (!box->isChecked())
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
    QVERIFY(box->isChecked());
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCeremonyWizard : public MainWindowTestBase
{
    Q_OBJECT

    QTemporaryDir m_scratch;

    /// With IOTCA_SCREENSHOT_DIR set, each page as shown goes there as a PNG (for looking at the layout by eye).
    static void screenshot(QWizard& wizard, const QString& name)
    {
        const QString folder = qEnvironmentVariable("IOTCA_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            wizard.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }

    void next(QWizard& wizard)
    {
        screenshot(wizard, wizard.currentPage()->objectName());
        QAbstractButton* button = wizard.button(QWizard::NextButton);
        QVERIFY(button->isVisible());
        QVERIFY2(button->isEnabled(), qPrintable(wizard.currentPage()->objectName()));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    /// Fills every page for the small ceremony, up to the review page; `officer` and the shares as given.
    void fillPages(QWizard& wizard, const QString& officer, int threshold, int shares, const QString& out)
    {
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("ceremonyPeoplePage"));
        typeInto(&wizard, QStringLiteral("titleEdit"), QStringLiteral("Pilot <b>ceremony</b>"));
        if (!officer.isEmpty())
            typeInto(&wizard, QStringLiteral("officerEdit"), officer);
        auto* witnesses = wizard.findChild<QPlainTextEdit*>(QStringLiteral("witnessesEdit"));
        QVERIFY(witnesses);
        witnesses->setFocus();
        QTest::keyClicks(witnesses, QStringLiteral("Zhang Min"));
        QTest::keyClick(witnesses, Qt::Key_Return);
        QTest::keyClicks(witnesses, QStringLiteral("Anna Schmidt"));
        next(wizard);

        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("ceremonyRootPage"));
        typeInto(&wizard, QStringLiteral("rootNameEdit"), QStringLiteral("Wizard Root"));
        typeInto(&wizard, QStringLiteral("rootCommonNameEdit"), QStringLiteral("Wizard Root"));
        typeInto(&wizard, QStringLiteral("rootOrganizationEdit"), QStringLiteral("Example Devices"));
        typeInto(&wizard, QStringLiteral("rootCountryEdit"), QStringLiteral("cn"));
        auto* key = wizard.findChild<ui::KeyAlgorithmCombo*>(QStringLiteral("rootKeyCombo"));
        QVERIFY(key);
        key->setFocus();
        // Up through the list to EC P-256 with the keyboard, as a user would choose it.
        for (int i = 0; i < key->count() && key->algorithm() != crypto::KeyAlgorithm::EcP256; ++i)
            QTest::keyClick(key, Qt::Key_Up);
        for (int i = 0; i < key->count() && key->algorithm() != crypto::KeyAlgorithm::EcP256; ++i)
            QTest::keyClick(key, Qt::Key_Down);
        QCOMPARE(key->algorithm(), crypto::KeyAlgorithm::EcP256);
        next(wizard);

        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("ceremonyIntermediatePage"));
        next(wizard);

        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("ceremonyVerificationPage"));
        typeInto(&wizard, QStringLiteral("tencent-iothubCodeEdit"), QStringLiteral("0123456789abcdef0123456789abcdef"));
        next(wizard);

        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("ceremonyDevicesPage"));
        check(&wizard, QStringLiteral("devicesCheck"));
        typeInto(&wizard, QStringLiteral("productEdit"), QStringLiteral("a1B2c3D4e5"));
        typeIntoSpin(&wizard, QStringLiteral("countSpin"), 3);
        typeInto(&wizard, QStringLiteral("prefixEdit"), QStringLiteral("sensor-"));
        next(wizard);

        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("ceremonyBackupPage"));
        check(&wizard, QStringLiteral("backupCheck"));
        typeInto(&wizard, QStringLiteral("backupFolderEdit"), QDir(out).filePath(QStringLiteral("usb-backup")));
        typeInto(&wizard, QStringLiteral("sharesFolderEdit"), QDir(out).filePath(QStringLiteral("print-shares")));
        typeIntoSpin(&wizard, QStringLiteral("sharesSpin"), shares);
        typeIntoSpin(&wizard, QStringLiteral("thresholdSpin"), threshold);
        next(wizard);

        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("ceremonyOutputsPage"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no folder yet
        typeInto(&wizard, QStringLiteral("outputFolderEdit"), QDir(out).filePath(QStringLiteral("ceremony")));
        next(wizard);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("ceremonyReviewPage"));
    }

    static QString textOf(QWidget* parent, const QString& objectName)
    {
        if (auto* edit = parent->findChild<QPlainTextEdit*>(objectName))
            return edit->toPlainText();
        if (auto* label = parent->findChild<QLabel*>(objectName))
            return label->text();
        return QStringLiteral("<no %1>").arg(objectName);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString settings = useThrowawaySettings(QStringLiteral("tst_ui_ceremonywizard"));
        QVERIFY2(settings.isEmpty(), qPrintable(settings));
        QVERIFY(m_scratch.isValid());
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

    void theFileMenuOpensTheWizard()
    {
        auto* action = m_window->findChild<QAction*>(QStringLiteral("keyCeremonyAction"));
        QVERIFY(action);
        QTRY_VERIFY(action->isEnabled());
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("ceremonyWizard"));
            dialog.reject(); // before the ceremony started: closes at once
        });
        action->trigger();
        QCOMPARE(m_prompter->dialogsRun, QStringList {QStringLiteral("ceremonyWizard")});
        QVERIFY(m_prompter->stuckDialogs.isEmpty());
    }

    void aSmallCeremonyRunsStepByStepAndItsRecordVerifies()
    {
        const QString out = m_scratch.filePath(QStringLiteral("run"));
        model::Workspace& workspace = m_workspace->workspace();
        ui::CeremonyWizard wizard(workspace, m_secrets, *m_prompter, m_window.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillPages(wizard, QStringLiteral("Li Wei"), 2, 3, out);

        // The review shows the script as the file has it, typed text as text, and no problem.
        const QString script = textOf(&wizard, QStringLiteral("reviewScriptEdit"));
        QVERIFY2(script.contains(QStringLiteral("\"format\": \"iotca-ceremony-1\"")), qPrintable(script));
        QVERIFY(script.contains(QStringLiteral("\"officer\": \"Li Wei\"")));
        QVERIFY(script.contains(QStringLiteral("\"witnesses\": [\"Zhang Min\", \"Anna Schmidt\"]")));
        QVERIFY(script.contains(QStringLiteral("\"title\": \"Pilot <b>ceremony</b>\"")));
        QVERIFY(script.contains(QStringLiteral("\"subject\": \"CN=Wizard Root,O=Example Devices,C=CN\"")));
        QVERIFY(script.contains(QStringLiteral("\"threshold\": 2")));
        QVERIFY2(textOf(&wizard, QStringLiteral("reviewProblemsEdit")).isEmpty(),
                 qPrintable(textOf(&wizard, QStringLiteral("reviewProblemsEdit"))));
        QAbstractButton* start = wizard.button(QWizard::CommitButton);
        QVERIFY(start->isVisible() && start->isEnabled());
        screenshot(wizard, QStringLiteral("ceremonyReviewPage"));
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("ceremonyRunPage"));
        const QString scriptFile = QDir(out).filePath(QStringLiteral("ceremony/ceremony-script.json"));
        QCOMPARE(QString::fromUtf8(readAll(scriptFile)), script); // what runs is what was reviewed

        // Step 1 creates the root: its passphrase is typed into the dialog that step opens.
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("newCaPassphraseDialog"));
            typeInto(&dialog, QStringLiteral("passphraseEdit"), passphrase);
            typeInto(&dialog, QStringLiteral("passphraseRepeatEdit"), passphrase);
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        auto* run = wizard.findChild<QPushButton*>(QStringLiteral("runStepButton"));
        QVERIFY(run);
        const QStringList expected {
            QStringLiteral("&Run Step 1 of 6"), QStringLiteral("&Run Step 2 of 6"),
            QStringLiteral("&Run Step 3 of 6"), QStringLiteral("&Run Step 4 of 6"),
            QStringLiteral("&Run Step 5 of 6"), QStringLiteral("&Write the Record (Step 6 of 6)")};
        for (const QString& text : expected) {
            QCOMPARE(run->text(), text);
            QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
            QTest::mouseClick(run, Qt::LeftButton);
            QVERIFY2(m_prompter->errors.isEmpty(), qPrintable(m_prompter->errors.value(0).fullText()));
        }
        QVERIFY(m_prompter->stuckDialogs.isEmpty());
        QCOMPARE(m_prompter->dialogsRun, QStringList {QStringLiteral("newCaPassphraseDialog")});
        QVERIFY(run->isHidden());
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        screenshot(wizard, QStringLiteral("ceremonyRunPage"));

        // Everything the script names was written, and the page says where.
        const QDir ceremony(QDir(out).filePath(QStringLiteral("ceremony")));
        const QString record = ceremony.filePath(QStringLiteral("record/ceremony-record.json"));
        for (const QString& file : {record, ceremony.filePath(QStringLiteral("record/ceremony-record.json.sig")),
                                    ceremony.filePath(QStringLiteral("record/ceremony-record.pdf")),
                                    ceremony.filePath(QStringLiteral("verification/tencent-iothub.pem")),
                                    ceremony.filePath(QStringLiteral("association.csv")),
                                    ceremony.filePath(QStringLiteral("transfer-bundle/manifest.json")),
                                    ceremony.filePath(QStringLiteral("transfer-bundle/manifest.json.sig")),
                                    QDir(out).filePath(QStringLiteral("usb-backup/ca-key.pem")),
                                    QDir(out).filePath(QStringLiteral("print-shares/shares.pdf"))})
            QVERIFY2(QFile::exists(file), qPrintable(file));
        const QString outputs = textOf(&wizard, QStringLiteral("outputsEdit"));
        QVERIFY2(outputs.contains(QDir::toNativeSeparators(record)), qPrintable(outputs));
        QVERIFY(outputs.contains(QDir::toNativeSeparators(ceremony.filePath(QStringLiteral("transfer-bundle")))));
        QCOMPARE(workspace.cas().list().value().size(), 1);

        // The record: every step done, the script's SHA-256, and a signature openssl accepts.
        const QJsonObject json = QJsonDocument::fromJson(readAll(record)).object();
        const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 6);
        for (const QJsonValue& step : steps)
            QCOMPARE(step.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QVERIFY(QString::fromUtf8(QJsonDocument(json).toJson())
                    .contains(QString::fromLatin1(
                        QCryptographicHash::hash(readAll(scriptFile), QCryptographicHash::Sha256).toHex())));
        const QString publicKey = m_scratch.filePath(QStringLiteral("signer.pub"));
        const auto extracted =
            test::runOpenSsl({QStringLiteral("x509"), QStringLiteral("-in"),
                              ceremony.filePath(QStringLiteral("record/ceremony-signer.pem")),
                              QStringLiteral("-pubkey"), QStringLiteral("-noout"), QStringLiteral("-out"), publicKey});
        QVERIFY2(extracted.ok(), extracted.transcript().constData());
        const auto verified =
            test::runOpenSsl({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-verify"), publicKey,
                              QStringLiteral("-signature"), record + QStringLiteral(".sig"), record});
        QVERIFY2(verified.ok(), verified.transcript().constData());
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(!wizard.isVisible());
    }

    /// An existing CA whose passphrase the officer does not give: PassphraseDialog (through CaKeyUnlock) says the
    /// typed one is wrong, the officer cancels; the step fails with its message shown, the ceremony stops there,
    /// and the record is still written, saying which step failed and which were not run.
    void aFailedStepIsShownStopsTheRunAndTheRecordSaysSo()
    {
        model::Workspace& workspace = m_workspace->workspace();
        model::NewCaParameters parameters;
        parameters.name = QStringLiteral("Old Root");
        parameters.subject = crypto::DistinguishedName::parse(QStringLiteral("CN=Old Root")).value();
        parameters.algorithm = crypto::KeyAlgorithm::EcP256;
        QVERIFY(model::CaCreator::createRoot(workspace, parameters, crypto::SecureBuffer::fromString(passphrase)));

        const QString out = m_scratch.filePath(QStringLiteral("stopped"));
        ui::CeremonyWizard wizard(workspace, m_secrets, *m_prompter, m_window.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        typeInto(&wizard, QStringLiteral("titleEdit"), QStringLiteral("Verification only"));
        typeInto(&wizard, QStringLiteral("officerEdit"), QStringLiteral("Li Wei"));
        auto* witnesses = wizard.findChild<QPlainTextEdit*>(QStringLiteral("witnessesEdit"));
        witnesses->setFocus();
        QTest::keyClicks(witnesses, QStringLiteral("Zhang Min"));
        next(wizard);
        auto* existing = wizard.findChild<QAbstractButton*>(QStringLiteral("existingCaRadio"));
        QVERIFY(existing && existing->isEnabled());
        QTest::mouseClick(existing, Qt::LeftButton, {}, QPoint(4, existing->height() / 2));
        QVERIFY(existing->isChecked());
        next(wizard);
        next(wizard); // no intermediate
        typeInto(&wizard, QStringLiteral("aws-iotCodeEdit"), QStringLiteral("0123456789abcdef0123456789abcdef"));
        for (int i = 0; i < 3; ++i) // verification, devices (none), backup (none)
            next(wizard);
        typeInto(&wizard, QStringLiteral("outputFolderEdit"), out);
        next(wizard);
        QVERIFY2(textOf(&wizard, QStringLiteral("reviewProblemsEdit")).isEmpty(),
                 qPrintable(textOf(&wizard, QStringLiteral("reviewProblemsEdit"))));
        QVERIFY(textOf(&wizard, QStringLiteral("reviewScriptEdit"))
                    .contains(QStringLiteral("\"existingCas\": [\"Old Root\"]")));
        QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("ceremonyRunPage"));

        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("passphraseDialog"));
            typeInto(&dialog, QStringLiteral("passphraseEdit"), QStringLiteral("not the passphrase"));
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        m_prompter->dialogs.enqueue([](QDialog& dialog) { // asked again after the wrong one: the officer gives up
            QCOMPARE(dialog.objectName(), QStringLiteral("passphraseDialog"));
            clickButton(&dialog, QStringLiteral("cancelButton"));
        });
        auto* run = wizard.findChild<QPushButton*>(QStringLiteral("runStepButton"));
        QCOMPARE(run->text(), QStringLiteral("&Run Step 1 of 3"));
        QTest::mouseClick(run, Qt::LeftButton);
        QCOMPARE(m_prompter->dialogsRun,
                 QStringList({QStringLiteral("passphraseDialog"), QStringLiteral("passphraseDialog")}));
        QCOMPARE(m_prompter->errors.size(), 1);
        QVERIFY2(m_prompter->errors.first().message.startsWith(QStringLiteral("Step 1 failed: ")),
                 qPrintable(m_prompter->errors.first().message));
        QVERIFY(textOf(&wizard, QStringLiteral("runLogEdit")).contains(QStringLiteral("Step 1 failed: ")));
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());

        // Stopped: the only step left is the record (the bundle is not run).
        QCOMPARE(run->text(), QStringLiteral("&Write the Record (Step 3 of 3)"));
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(textOf(&wizard, QStringLiteral("nextStepLabel")).contains(QStringLiteral("stopped at step 1")));
        const QString record = QDir(out).filePath(QStringLiteral("record/ceremony-record.json"));
        const QJsonObject json = QJsonDocument::fromJson(readAll(record)).object();
        const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(steps.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("not-run"));
        QCOMPARE(steps.at(2).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("verification/aws-iot.pem"))));
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("transfer-bundle"))));
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    }

    void badInputIsShownOnReviewAndBlocksTheStart()
    {
        const QString out = m_scratch.filePath(QStringLiteral("bad"));
        ui::CeremonyWizard wizard(m_workspace->workspace(), m_secrets, *m_prompter, m_window.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillPages(wizard, QString(), 4, 3, out); // no officer, M > N

        const QString problems = textOf(&wizard, QStringLiteral("reviewProblemsEdit"));
        QVERIFY2(problems.contains(QStringLiteral("$.officer: ")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("$.custody.threshold: ")), qPrintable(problems));
        QVERIFY(textOf(&wizard, QStringLiteral("reviewProblemsLabel")).contains(QStringLiteral("finds 2 problem")));
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        screenshot(wizard, QStringLiteral("ceremonyReviewPageWithProblems"));

        // Back, the officer typed: the officer's problem is gone, the shares' stays, Start still blocked.
        for (int i = 0; i < 7; ++i)
            QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("ceremonyPeoplePage"));
        typeInto(&wizard, QStringLiteral("officerEdit"), QStringLiteral("Li Wei"));
        for (int i = 0; i < 7; ++i)
            next(wizard);
        const QString remaining = textOf(&wizard, QStringLiteral("reviewProblemsEdit"));
        QVERIFY2(!remaining.contains(QStringLiteral("$.officer")), qPrintable(remaining));
        QVERIFY(remaining.contains(QStringLiteral("$.custody.threshold")));
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("ceremony")))); // nothing written
        wizard.reject();
        QVERIFY(m_workspace->workspace().cas().list().value().isEmpty());
    }
};

QTEST_MAIN(TestCeremonyWizard)
#include "TestCeremonyWizard.moc"
