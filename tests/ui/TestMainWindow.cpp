#include "MainWindowTestBase.h"
#include "UiScriptedPrompter.h"
#include "UiTestWorkspace.h"

#include "ui/MainWindow.h"
#include "ui/actions/MainActions.h"
#include "ui/dialogs/AuditLogDialog.h"
#include "ui/dialogs/ConfirmCascadeDialog.h"
#include "ui/dialogs/CsvImportDialog.h"
#include "ui/dialogs/CsvPreviewModel.h"
#include "ui/dialogs/JobProgressDialog.h"
#include "ui/panes/CaDetailsPane.h"
#include "ui/panes/CaListPane.h"
#include "ui/panes/DeviceAssociationPane.h"
#include "ui/widgets/ErrorBanner.h"

#include "crypto/DistinguishedName.h"
#include "model/ca/CaCreator.h"
#include "model/ca/CaKeyAccess.h"
#include "model/ca/NewCaParameters.h"
#include "model/secrets/KeychainSecretStore.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRecord.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/PlatformAccountRecord.h"
#include "model/workspace/PlatformAccountRepository.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>

using iotca::test::clickButton;
using iotca::test::MainWindowTestBase;
using iotca::test::typeInto;
using iotca::test::UiScriptedPrompter;
using iotca::test::UiTestWorkspace;
using namespace iotca;
using ui::MainActions;
using ui::MainWindow;

namespace {
const auto passphrase = QStringLiteral("correct-Horse-battery-9");

qint64 createCa(model::Workspace& workspace, const QString& name)
{
    model::NewCaParameters parameters;
    parameters.name = name;
    parameters.subject = crypto::DistinguishedName::parse(QStringLiteral("CN=%1,O=Example").arg(name)).value();
    parameters.algorithm = crypto::KeyAlgorithm::EcP256;
    parameters.validityDays = 365;
    const auto id = model::CaCreator::createRoot(workspace, parameters, crypto::SecureBuffer::fromString(passphrase));
    if (!id)
        qFatal("createRoot failed: %s", qPrintable(id.error().fullText()));
    return id.value();
}

/// Fills the Issue dialog: two generated names into `output`.
void enqueueIssueDialog(UiScriptedPrompter& prompter, const QString& output)
{
    prompter.dialogs.enqueue([output](QDialog& dialog) {
        typeInto(&dialog, QStringLiteral("productEdit"), QStringLiteral("a1B2c3D4e5"));
        auto* names = dialog.findChild<QPlainTextEdit*>(QStringLiteral("namesEdit"));
        QVERIFY(names);
        names->setPlainText(QStringLiteral("sensor-0001\nsensor-0002"));
        typeInto(&dialog, QStringLiteral("outputFolderEdit"), output);
        clickButton(&dialog, QStringLiteral("okButton"));
    });
}

void dropFile(QWidget* target, const QString& path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}
} // namespace

class TestMainWindow : public MainWindowTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString settings = useThrowawaySettings(QStringLiteral("tst_ui_mainwindow"));
        QVERIFY2(settings.isEmpty(), qPrintable(settings));
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

    void showsTheThreePanesWithNames()
    {
        auto* splitter = m_window->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        QCOMPARE(splitter->count(), 3);
        QCOMPARE(splitter->widget(0)->objectName(), QStringLiteral("caListPane"));
        QCOMPARE(splitter->widget(1)->objectName(), QStringLiteral("caDetailsPane"));
        QCOMPARE(splitter->widget(2)->objectName(), QStringLiteral("deviceAssociationPane"));
        for (int i = 0; i < splitter->count(); ++i) {
            QVERIFY(splitter->widget(i)->isVisible());
            QVERIFY(!splitter->widget(i)->accessibleName().isEmpty());
        }
        for (const char* name : {"caListView", "deviceView", "caFilterEdit", "deviceFilterEdit", "accountCombo"}) {
            auto* widget = m_window->findChild<QWidget*>(QString::fromLatin1(name));
            QVERIFY2(widget, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
    }

    void statusBarShowsWorkspaceAccountAndNetwork()
    {
        auto* workspace = m_window->findChild<QLabel*>(QStringLiteral("workspaceLabel"));
        QVERIFY(workspace);
        QVERIFY(workspace->text().contains(QDir::toNativeSeparators(m_workspace->path())));
        auto* account = m_window->findChild<QLabel*>(QStringLiteral("accountLabel"));
        QVERIFY(account);
        QCOMPARE(account->text(), QStringLiteral("No platform account"));
        auto* network = m_window->findChild<QLabel*>(QStringLiteral("networkLabel"));
        QVERIFY(network);
        // Nothing is claimed about connectivity that was not checked; without an account the app starts offline.
        QCOMPARE(network->text(), QStringLiteral("Offline: no platform account yet"));
        model::PlatformAccountRecord record;
        record.name = QStringLiteral("Demo");
        record.platformId = QStringLiteral("aws-iot");
        record.region = QStringLiteral("us-east-1");
        QVERIFY(m_workspace->workspace().accounts().add(record));
        QTRY_COMPARE(account->text(), QStringLiteral("Account: Demo (AWS IoT Core)"));
        QCOMPARE(network->text(), QStringLiteral("Platform: not contacted yet"));
        m_window->actions()->action(MainActions::WorkOffline)->trigger();
        QCOMPARE(network->text(), QStringLiteral("Offline (by choice)"));
    }

    void actionsHaveShortcutsAndEnableFromSelection()
    {
        auto* actions = m_window->actions();
        QCOMPARE(actions->action(MainActions::NewCa)->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(actions->action(MainActions::IssueDevices)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
        for (int i = 0; i < MainActions::IdCount; ++i) {
            auto* action = actions->action(static_cast<MainActions::Id>(i));
            QVERIFY(!action->objectName().isEmpty());
            QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
        }
        QVERIFY(actions->action(MainActions::NewCa)->isEnabled());
        QVERIFY(!actions->action(MainActions::IssueDevices)->isEnabled());
        QVERIFY(!actions->action(MainActions::DeleteCa)->isEnabled());

        const qint64 caId = createCa(m_workspace->workspace(), QStringLiteral("Fleet Root"));
        QTRY_COMPARE(m_window->caListPane()->view()->model()->rowCount(), 1);
        QVERIFY(m_window->caListPane()->selectCa(caId));
        QVERIFY(actions->action(MainActions::IssueDevices)->isEnabled());
        QVERIFY(actions->action(MainActions::DeleteCa)->isEnabled());
        QVERIFY(!actions->action(MainActions::DeleteDevices)->isEnabled());
    }

    void remembersSplitterSizes()
    {
        auto* splitter = m_window->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
        splitter->setSizes({300, 500, 600});
        const QList<int> sizes = splitter->sizes();
        m_window->close();
        MainWindow second(m_workspace->path(), &m_workspace->workspace(), m_secrets, *m_prompter);
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QCOMPARE(second.findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    }

    void languageMenuSavesTheChoice()
    {
        QSignalSpy requested(m_window.get(), &MainWindow::languageChangeRequested);
        m_window->actions()->action(MainActions::LanguageChinese)->trigger();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("zh_CN"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
        m_window->actions()->action(MainActions::LanguageSystem)->trigger();
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
        // A LanguageChange event re-reads every text without losing state.
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(m_window.get(), &change);
        QCOMPARE(m_window->actions()->action(MainActions::NewCa)->text(), QStringLiteral("&New CA…"));
    }

    void newCaFlowCreatesAndSelectsTheCa()
    {
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            typeInto(&dialog, QStringLiteral("nameEdit"), QStringLiteral("Fleet Root 2026"));
            typeInto(&dialog, QStringLiteral("organizationEdit"), QStringLiteral("Example IoT"));
            typeInto(&dialog, QStringLiteral("countryEdit"), QStringLiteral("cn"));
            typeInto(&dialog, QStringLiteral("passphraseEdit"), passphrase);
            typeInto(&dialog, QStringLiteral("passphraseRepeatEdit"), passphrase + QLatin1Char('x'));
            clickButton(&dialog, QStringLiteral("okButton"));
            // Validation keeps the dialog open and says why.
            QVERIFY(dialog.isVisible());
            QVERIFY(dialog.findChild<iotca::ui::ErrorBanner*>()->message().contains(QStringLiteral("not the same")));
            typeInto(&dialog, QStringLiteral("passphraseRepeatEdit"), passphrase);
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        QSignalSpy finished(m_window.get(), &MainWindow::commandFinished);
        m_window->actions()->action(MainActions::NewCa)->trigger();
        QVERIFY(finished.wait(30000));
        QVERIFY(m_prompter->dialogsRun.contains(QStringLiteral("newCaDialog")));
        QVERIFY2(m_window->errorBanner()->isHidden(), qPrintable(m_window->errorBanner()->message()));

        const auto cas = m_workspace->workspace().cas().list();
        QVERIFY(cas);
        QCOMPARE(cas->size(), 1);
        const model::CaRecord ca = cas->first();
        QCOMPARE(ca.name, QStringLiteral("Fleet Root 2026"));
        QVERIFY(ca.subject.contains(QStringLiteral("CN=Fleet Root 2026")));
        QVERIFY(ca.subject.contains(QStringLiteral("C=CN")));

        // The list shows it, selected; the details pane shows its fingerprint and can copy it.
        QTRY_COMPARE(m_window->caListPane()->currentCaId(), ca.id);
        auto* details = m_window->caDetailsPane();
        const QString expected = iotca::ui::CaDetailsPane::formatFingerprint(
            QCryptographicHash::hash(ca.certificateDer, QCryptographicHash::Sha256));
        QCOMPARE(details->fingerprint(QStringLiteral("SHA-256")), expected);
        QCOMPARE(details->findChild<QLabel*>(QStringLiteral("caNameLabel"))->text(), ca.name);
        clickButton(details, QStringLiteral("sha256CopyButton"));
        QCOMPARE(QApplication::clipboard()->text(), expected);
        // The certificate's extensions, as a root CA has them.
        const QString basic = details->findChild<QLabel*>(QStringLiteral("basicConstraintsValue"))->text();
        QVERIFY2(basic.startsWith(QStringLiteral("CA")) && basic.contains(QStringLiteral("critical")),
                 qPrintable(basic));
        const QString usage = details->findChild<QLabel*>(QStringLiteral("keyUsageValue"))->text();
        QVERIFY2(usage.contains(QStringLiteral("Certificate Sign")) && usage.contains(QStringLiteral("CRL Sign")),
                 qPrintable(usage));
        QVERIFY(details->findChild<QLabel*>(QStringLiteral("subjectKeyIdValue"))->text().contains(QLatin1Char(':')));
        QVERIFY(!details->findChild<QLabel*>(QStringLiteral("subjectAltNamesValue"))->text().isEmpty());
        // Not registered anywhere: nothing to sync.
        QVERIFY(!details->findChild<QPushButton*>(QStringLiteral("syncButton"))->isEnabled());
    }

    void caListFilters()
    {
        createCa(m_workspace->workspace(), QStringLiteral("Fleet Root"));
        createCa(m_workspace->workspace(), QStringLiteral("Lab Root"));
        auto* view = m_window->caListPane()->view();
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QTest::keyClicks(m_window->caListPane()->filterEdit(), QStringLiteral("lab"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Lab Root"));
    }

    void issueDevicesThenAssociateByDroppingTheCsv()
    {
        const qint64 caId = createCa(m_workspace->workspace(), QStringLiteral("Fleet Root"));
        QTRY_VERIFY(m_window->caListPane()->selectCa(caId));
        const QString output = m_workspace->scratch(QStringLiteral("devices"));

        m_prompter->dialogs.enqueue([output](QDialog& dialog) {
            typeInto(&dialog, QStringLiteral("productEdit"), QStringLiteral("a1B2c3D4e5"));
            auto* names = dialog.findChild<QPlainTextEdit*>(QStringLiteral("namesEdit"));
            QVERIFY(names);
            names->setPlainText(QStringLiteral("sensor-0001\nsensor-0002\nsensor-0003"));
            typeInto(&dialog, QStringLiteral("outputFolderEdit"), output);
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("passphraseDialog"));
            typeInto(&dialog, QStringLiteral("passphraseEdit"), passphrase);
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            auto* progress = qobject_cast<iotca::ui::JobProgressDialog*>(&dialog);
            QVERIFY(progress);
            QTRY_VERIFY_WITH_TIMEOUT(progress->isJobFinished(), 60000);
            QVERIFY2(progress->outcome().ok(), qPrintable(progress->outcome().error().fullText()));
            clickButton(&dialog, QStringLiteral("closeButton"));
        });
        QSignalSpy finished(m_window.get(), &MainWindow::commandFinished);
        m_window->actions()->action(MainActions::IssueDevices)->trigger();
        QVERIFY(finished.count() > 0 || finished.wait(60000));
        QVERIFY2(m_window->errorBanner()->isHidden(), qPrintable(m_window->errorBanner()->message()));
        QCOMPARE(m_workspace->workspace().devices().count(caId).value(), 3);
        auto* deviceView = m_window->deviceAssociationPane()->view();
        QTRY_COMPARE(deviceView->model()->rowCount(), 3);
        // Counts in plural forms (the source text here: the tests load no translation).
        QCOMPARE(m_window->deviceAssociationPane()->findChild<QLabel*>(QStringLiteral("deviceCountLabel"))->text(),
                 QStringLiteral("3 device certificates"));
        QTRY_VERIFY(m_window->findChild<QLabel*>(QStringLiteral("deviceCountsLabel"))
                        ->text()
                        .startsWith(QStringLiteral("3 device certificates")));

        const QStringList csvs = QDir(output).entryList({QStringLiteral("*.csv")}, QDir::Files);
        QCOMPARE(csvs.size(), 1);
        const QString csv = QDir(output).filePath(csvs.first());

        // A bad file: its cell is marked and nothing is imported.
        const QString bad = QDir(m_workspace->scratch(QStringLiteral("in"))).filePath(QStringLiteral("bad.csv"));
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("ProductKey,DeviceName,CertSN\na1B2c3D4e5,sensor-0001,XYZ\n");
        }
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            auto* importDialog = qobject_cast<iotca::ui::CsvImportDialog*>(&dialog);
            QVERIFY(importDialog);
            QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
            QVERIFY(dialog.findChild<QListWidget*>(QStringLiteral("csvProblemsList"))->count() >= 1);
            const QModelIndex cell = importDialog->previewModel()->index(0, iotca::ui::CsvPreviewModel::CertSN);
            QVERIFY(cell.data(iotca::ui::CsvPreviewModel::ProblemRole).toBool());
            QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
            clickButton(&dialog, QStringLiteral("cancelButton"));
        });
        finished.clear();
        dropFile(m_window->deviceAssociationPane(), bad);
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_workspace->workspace().devices().count(caId, model::DeviceCertificateStatus::Associated).value(), 0);

        // The file the issue wrote: valid, imported on a click.
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            auto* button = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
            QVERIFY(button->isEnabled());
            clickButton(&dialog, QStringLiteral("importButton"));
        });
        finished.clear();
        dropFile(m_window->deviceAssociationPane(), csv);
        QVERIFY(finished.wait(30000));
        QVERIFY2(m_window->errorBanner()->isHidden(), qPrintable(m_window->errorBanner()->message()));
        QCOMPARE(m_workspace->workspace().devices().count(caId, model::DeviceCertificateStatus::Associated).value(), 3);
    }

    void issueDevicesUnlocksTheRememberedKeyOffTheGuiThread()
    {
        const qint64 caId = createCa(m_workspace->workspace(), QStringLiteral("Remembered Root"));
        const Status remembered = model::CaKeyAccess::remember(m_workspace->workspace(), caId,
                                                               crypto::SecureBuffer::fromString(passphrase), m_secrets);
        QVERIFY2(remembered.ok(), qPrintable(remembered.error().fullText()));
        QTRY_VERIFY(m_window->caListPane()->selectCa(caId));
        const QString output = m_workspace->scratch(QStringLiteral("devices"));
        enqueueIssueDialog(*m_prompter, output);
        // No passphrase dialog: the keychain has it.
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            auto* progress = qobject_cast<iotca::ui::JobProgressDialog*>(&dialog);
            QVERIFY(progress);
            QTRY_VERIFY_WITH_TIMEOUT(progress->isJobFinished(), 60000);
            clickButton(&dialog, QStringLiteral("closeButton"));
        });
        QSignalSpy finished(m_window.get(), &MainWindow::commandFinished);
        m_window->actions()->action(MainActions::IssueDevices)->trigger();
        // The keychain read and the decryption are under way: the action returned to the event loop meanwhile.
        QCOMPARE(finished.count(), 0);
        QCOMPARE(m_prompter->dialogsRun, QStringList {QStringLiteral("issueDevicesDialog")});
        QVERIFY(finished.wait(60000));
        QVERIFY2(m_window->errorBanner()->isHidden(), qPrintable(m_window->errorBanner()->message()));
        QCOMPARE(m_workspace->workspace().devices().count(caId).value(), 2);
        QVERIFY(model::CaKeyAccess::forget(m_workspace->workspace(), caId, m_secrets).ok());
    }

    void closingTheWindowMidUnlockDropsTheKey()
    {
        const qint64 caId = createCa(m_workspace->workspace(), QStringLiteral("Closing Root"));
        QVERIFY(model::CaKeyAccess::remember(m_workspace->workspace(), caId,
                                             crypto::SecureBuffer::fromString(passphrase), m_secrets)
                    .ok());
        QTRY_VERIFY(m_window->caListPane()->selectCa(caId));
        const QString output = m_workspace->scratch(QStringLiteral("devices"));
        enqueueIssueDialog(*m_prompter, output);
        QSignalSpy finished(m_window.get(), &MainWindow::commandFinished);
        m_window->actions()->action(MainActions::IssueDevices)->trigger();
        QCOMPARE(finished.count(), 0);
        // The window closes while the key is being unlocked: the command and its unlock go with it, and the
        // keychain's answer and the decrypted key reach nobody.
        m_window.reset();
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(300);
        QCOMPARE(m_workspace->workspace().devices().count(caId).value(), 0);
        QVERIFY(QDir(output).entryList(QDir::Files).isEmpty());
        QVERIFY(model::CaKeyAccess::forget(m_workspace->workspace(), caId, m_secrets).ok());
    }

    void deleteCaRequiresTheTypedName()
    {
        const qint64 caId = createCa(m_workspace->workspace(), QStringLiteral("Old Root"));
        QTRY_VERIFY(m_window->caListPane()->selectCa(caId));
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            auto* confirm = qobject_cast<iotca::ui::ConfirmCascadeDialog*>(&dialog);
            QVERIFY(confirm);
            QVERIFY(confirm->consequence().contains(QStringLiteral("'Old Root'")));
            auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("okButton"));
            QVERIFY(!ok->isEnabled());
            typeInto(&dialog, QStringLiteral("typedNameEdit"), QStringLiteral("Old Roo"));
            QVERIFY(!ok->isEnabled());
            typeInto(&dialog, QStringLiteral("typedNameEdit"), QStringLiteral("Old Root"));
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QSignalSpy finished(m_window.get(), &MainWindow::commandFinished);
        m_window->actions()->action(MainActions::DeleteCa)->trigger();
        QVERIFY(finished.wait(30000));
        QVERIFY(m_workspace->workspace().cas().list()->isEmpty());
        QTRY_COMPARE(m_window->caListPane()->view()->model()->rowCount(), 0);
        QCOMPARE(m_window->caListPane()->currentCaId(), 0);
    }

    void auditLogVerifies()
    {
        createCa(m_workspace->workspace(), QStringLiteral("Fleet Root"));
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            QCOMPARE(dialog.objectName(), QStringLiteral("auditLogDialog"));
            auto* view = dialog.findChild<QTableView*>(QStringLiteral("auditLogView"));
            QTRY_VERIFY(view->model()->rowCount() >= 1);
            auto* audit = qobject_cast<iotca::ui::AuditLogDialog*>(&dialog);
            QVERIFY(audit);
            QSignalSpy verified(audit, &iotca::ui::AuditLogDialog::verified);
            clickButton(&dialog, QStringLiteral("verifyButton"));
            QVERIFY(verified.wait(30000));
            QCOMPARE(verified.first().first().toBool(), true);
            QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("verificationLabel"))
                        ->text()
                        .contains(QStringLiteral("intact")));
            dialog.accept();
        });
        m_window->actions()->action(MainActions::AuditLog)->trigger();
    }

private:
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
