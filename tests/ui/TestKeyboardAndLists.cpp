// Issue 18, items 1, 4, 5, 6 and 11, each as a user meets it: the CA and Devices menus own Alt+C and Alt+D, Tab
// leaves the tables, the lists have context menus, Activate/Deactivate follow the registration state and have
// shortcuts, destructive confirmations default to Cancel, Ctrl+End reaches the real last device, the filter counts
// "N of M", the CSV preview shows and selects short rows, long job results fold into a details area, a failed
// registration offers Retry, and the GUI and CLI share one default device validity.
#include "MainWindowTestBase.h"
#include "OutcomeJob.h"
#include "UiScriptedPrompter.h"

#include "ui/MainWindow.h"
#include "ui/actions/MainActions.h"
#include "ui/dialogs/ConfirmCascadeDialog.h"
#include "ui/dialogs/CsvImportDialog.h"
#include "ui/dialogs/CsvPreviewModel.h"
#include "ui/dialogs/IssueDevicesDialog.h"
#include "ui/dialogs/JobProgressDialog.h"
#include "ui/dialogs/RegisterCaBackend.h"
#include "ui/dialogs/RegisterCaWizard.h"
#include "ui/panes/CaListPane.h"
#include "ui/panes/DeviceAssociationPane.h"

#include "crypto/DistinguishedName.h"
#include "model/ca/CaCreator.h"
#include "model/ca/NewCaParameters.h"
#include "model/csv/AssociationCsvValidator.h"
#include "model/jobs/DeviceBatchParameters.h"
#include "model/jobs/DeviceValidity.h"
#include "model/models/DeviceCertificateModel.h"
#include "model/workspace/DeviceCertificateRecord.h"
#include "model/workspace/DeviceCertificateRepository.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace iotca;
using iotca::test::MainWindowTestBase;
using ui::MainActions;

namespace {

qint64 createCa(model::Workspace& workspace, const QString& name)
{
    model::NewCaParameters parameters;
    parameters.name = name;
    parameters.subject = crypto::DistinguishedName::parse(QStringLiteral("CN=%1,O=Example").arg(name)).value();
    parameters.algorithm = crypto::KeyAlgorithm::EcP256;
    parameters.validityDays = 365;
    const auto id = model::CaCreator::createRoot(workspace, parameters,
                                                 crypto::SecureBuffer::fromString(QStringLiteral("keys-Pass-1234")));
    if (!id)
        qFatal("createRoot failed: %s", qPrintable(id.error().fullText()));
    return id.value();
}

/// Records devices "dev-001" … with serials that run the other way, so name order and serial order differ.
void recordDevices(model::Workspace& workspace, qint64 caId, int count)
{
    QList<model::DeviceCertificateRecord> records;
    for (int i = 1; i <= count; ++i) {
        model::DeviceCertificateRecord record;
        record.serialHex = QStringLiteral("%1").arg(0x100000 - i, 6, 16, QLatin1Char('0')).toUpper();
        record.productKey = QStringLiteral("a1B2c3D4e5");
        record.deviceName = QStringLiteral("dev-%1").arg(i, 3, 10, QLatin1Char('0'));
        record.certificateDer = QByteArray(64, char(i));
        record.notAfter = QDateTime::currentDateTimeUtc().addDays(365);
        records.append(record);
    }
    if (!workspace.devices().add(caId, records))
        qFatal("could not record the devices");
}

/// A registration back end whose runs fail until `failures` of them did, then succeed.
class FlakyBackend final : public ui::RegisterCaBackend
{
public:
    int failures = 1;
    int runs = 0;

    [[nodiscard]] Status checkRules(qint64, const QString&) const override { return {}; }
    [[nodiscard]] QString suggestedName(qint64) const override { return QStringLiteral("FleetRoot"); }
    void start(const ui::RegisterCaInput&, Progress, Done done) override
    {
        if (++runs <= failures) {
            done(Error {QStringLiteral("The platform could not be reached."), QStringLiteral("connection refused"),
                        QStringLiteral("NetworkError")});
            return;
        }
        ui::RegisterCaOutcome outcome;
        outcome.remoteId = QStringLiteral("ca-1");
        outcome.status = QStringLiteral("Activated");
        done(outcome);
    }
    void cancel() override { }
};

} // namespace

class TestKeyboardAndLists : public MainWindowTestBase
{
    Q_OBJECT
private:
    QString writeScratch(const QString& name, const QByteArray& content) const
    {
        const QString path = m_workspace->scratch(QStringLiteral("csv")) + QLatin1Char('/') + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    model::DeviceCertificateModel* deviceModel() const
    {
        // The view shows the model through DeviceLifeStateProxy (validity in words and colour).
        const auto* proxy = qobject_cast<QAbstractProxyModel*>(m_window->deviceAssociationPane()->view()->model());
        return qobject_cast<model::DeviceCertificateModel*>(proxy ? proxy->sourceModel() : nullptr);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString settings = useThrowawaySettings(QStringLiteral("tst_ui_keyboardandlists"));
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

    void caAndDevicesMenusOwnAltCAndAltD()
    {
        auto* caMenu = m_window->findChild<QMenu*>(QStringLiteral("caMenu"));
        auto* devicesMenu = m_window->findChild<QMenu*>(QStringLiteral("devicesMenu"));
        QCOMPARE(QKeySequence::mnemonic(caMenu->title()), QKeySequence(Qt::ALT | Qt::Key_C));
        QCOMPARE(QKeySequence::mnemonic(devicesMenu->title()), QKeySequence(Qt::ALT | Qt::Key_D));
        // The panes' titles lead to their filters with other letters.
        for (const QString& name : {QStringLiteral("caListTitle"), QStringLiteral("deviceAssociationTitle")}) {
            auto* title = m_window->findChild<QLabel*>(name);
            QVERIFY(title->buddy());
            const QKeySequence key = QKeySequence::mnemonic(title->text());
            QVERIFY2(!key.isEmpty(), qPrintable(title->text()));
            QVERIFY2(key != QKeySequence(Qt::ALT | Qt::Key_C) && key != QKeySequence(Qt::ALT | Qt::Key_D),
                     qPrintable(title->text()));
        }
    }

    void tabLeavesTheCaAndDeviceTables()
    {
        const qint64 caId = createCa(m_workspace->workspace(), QStringLiteral("Fleet Root"));
        recordDevices(m_workspace->workspace(), caId, 3);
        QTRY_VERIFY(m_window->caListPane()->selectCa(caId));
        QTRY_COMPARE(m_window->deviceAssociationPane()->view()->model()->rowCount(), 3);
        for (QAbstractItemView* view : std::initializer_list<QAbstractItemView*> {
                 m_window->caListPane()->view(), m_window->deviceAssociationPane()->view()}) {
            view->setFocus();
            view->setCurrentIndex(view->model()->index(0, 0));
            QCOMPARE(m_window->focusWidget(), view);
            QTest::keyClick(view, Qt::Key_Tab);
            QVERIFY2(m_window->focusWidget() != view, qPrintable(view->objectName()));
        }
    }

    void listsHaveContextMenusOfTheMenuActions()
    {
        auto* actions = m_window->actions();
        QTreeView* cas = m_window->caListPane()->view();
        QCOMPARE(cas->contextMenuPolicy(), Qt::ActionsContextMenu);
        for (auto id : {MainActions::RegisterCa, MainActions::ActivateCa, MainActions::DeactivateCa,
                        MainActions::IssueDevices, MainActions::DeleteCa})
            QVERIFY2(cas->actions().contains(actions->action(id)), qPrintable(actions->action(id)->objectName()));
        QTableView* devices = m_window->deviceAssociationPane()->view();
        QCOMPARE(devices->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(devices->actions().contains(actions->action(MainActions::DeactivateDevices)));
    }

    void activateAndDeactivateFollowTheRegistrationAndHaveShortcuts()
    {
        MainActions actions;
        MainActions::Context context;
        context.writableWorkspace = true;
        context.caSelected = true;
        context.caRegistered = true;
        context.caActive = true;
        actions.update(context);
        QVERIFY(!actions.action(MainActions::ActivateCa)->isEnabled());
        QVERIFY(actions.action(MainActions::DeactivateCa)->isEnabled());
        context.caActive = false;
        context.caInactive = true;
        actions.update(context);
        QVERIFY(actions.action(MainActions::ActivateCa)->isEnabled());
        QVERIFY(!actions.action(MainActions::DeactivateCa)->isEnabled());

        QSet<QKeySequence> shortcuts;
        for (int i = 0; i < MainActions::IdCount; ++i) {
            const QKeySequence shortcut = actions.action(static_cast<MainActions::Id>(i))->shortcut();
            if (shortcut.isEmpty())
                continue;
            QVERIFY2(!shortcuts.contains(shortcut), qPrintable(shortcut.toString()));
            shortcuts.insert(shortcut);
        }
        for (auto id : {MainActions::ActivateCa, MainActions::DeactivateCa, MainActions::WorkOffline})
            QVERIFY2(!actions.action(id)->shortcut().isEmpty(), qPrintable(actions.action(id)->objectName()));
    }

    void destructiveConfirmationsDefaultToCancel()
    {
        using ui::ConfirmCascadeDialog;
        ConfirmCascadeDialog deactivate(ConfirmCascadeDialog::Operation::Deactivate,
                                        ConfirmCascadeDialog::Target::CaRegistration, QStringLiteral("Fleet Root"), 3,
                                        QStringLiteral("Production"));
        deactivate.show();
        QVERIFY(QTest::qWaitForWindowExposed(&deactivate));
        auto* ok = deactivate.findChild<QPushButton*>(QStringLiteral("okButton"));
        auto* cancel = deactivate.findChild<QPushButton*>(QStringLiteral("cancelButton"));
        QVERIFY(!ok->isDefault());
        QVERIFY(cancel->isDefault());
        QCOMPARE(deactivate.focusWidget(), cancel);
        QTest::keyClick(&deactivate, Qt::Key_Return);
        QCOMPARE(deactivate.result(), int(QDialog::Rejected));
        QVERIFY(!deactivate.isVisible());

        // Type-the-name: the name field has the focus, so typing goes there.
        ConfirmCascadeDialog remove(ConfirmCascadeDialog::Operation::Delete,
                                    ConfirmCascadeDialog::Target::CaRegistration, QStringLiteral("Fleet Root"), 3,
                                    QStringLiteral("Production"));
        remove.show();
        QVERIFY(QTest::qWaitForWindowExposed(&remove));
        auto* name = remove.findChild<QLineEdit*>(QStringLiteral("typedNameEdit"));
        QCOMPARE(remove.focusWidget(), name);
        QTest::keyClicks(remove.focusWidget(), QStringLiteral("Fleet Root"));
        QCOMPARE(name->text(), QStringLiteral("Fleet Root"));
        QVERIFY(!remove.findChild<QPushButton*>(QStringLiteral("okButton"))->isDefault());
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(remove.result(), int(QDialog::Accepted));
    }

    void ctrlEndReachesTheLastDeviceAndTheOrderIsByName()
    {
        const qint64 caId = createCa(m_workspace->workspace(), QStringLiteral("Fleet Root"));
        recordDevices(m_workspace->workspace(), caId, 60);
        auto* model = deviceModel();
        QVERIFY(model);
        model->setBatchSize(10);
        QTRY_VERIFY(m_window->caListPane()->selectCa(caId));
        model->reload();
        QTableView* view = m_window->deviceAssociationPane()->view();
        QTRY_VERIFY(model->rowCount() > 0);
        QCOMPARE(model->sortColumn(), int(model::DeviceCertificateModel::Device));
        QCOMPARE(model->index(0, model::DeviceCertificateModel::Device).data().toString(), QStringLiteral("dev-001"));
        QVERIFY(model->rowCount() < 60);
        view->setFocus();
        view->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(model->rowCount(), 60);
        QCOMPARE(view->currentIndex().row(), 59);
        QCOMPARE(view->currentIndex().siblingAtColumn(model::DeviceCertificateModel::Device).data().toString(),
                 QStringLiteral("dev-060"));
    }

    void filterSaysHowManyOfAllAndWhenNoneMatch()
    {
        const qint64 caId = createCa(m_workspace->workspace(), QStringLiteral("Fleet Root"));
        recordDevices(m_workspace->workspace(), caId, 1200);
        QTRY_VERIFY(m_window->caListPane()->selectCa(caId));
        auto* pane = m_window->deviceAssociationPane();
        auto* count = pane->findChild<QLabel*>(QStringLiteral("deviceCountLabel"));
        QCOMPARE(count->text(), QStringLiteral("1,200 device certificates"));
        pane->filterEdit()->setText(QStringLiteral("dev-00"));
        pane->applyFilterNow();
        QCOMPARE(count->text(), QStringLiteral("9 of 1,200 device certificates"));
        pane->filterEdit()->setText(QStringLiteral("sensor"));
        pane->applyFilterNow();
        QCOMPARE(count->text(), QStringLiteral("None of the 1,200 device certificates matches “sensor”."));
    }

    void csvPreviewShowsShortRowsAndSelectsThem()
    {
        const QString path = writeScratch(QStringLiteral("short.csv"),
                                          "ProductKey,DeviceName,CertSN\n"
                                          "a1B2c3D4e5,sensor-0001,0A1B\n"
                                          "a1B2c3D4e5,sensor-0002,0A1C\n"
                                          "a1B2c3D4e5,sensor-0003,0A1D\n"
                                          "a1B2c3D4e5,sensor-0004\n"
                                          "a1B2c3D4e5,sensor-0005,0A1F\n");
        model::AssociationCsvValidator::Options options;
        options.keepRows = true;
        const auto report = model::AssociationCsvValidator(options).validateFile(path);
        QVERIFY(report);
        QVERIFY(!report->isValid());
        ui::CsvImportDialog dialog(path, report.value());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Line 5 (the short row) is in the preview, between its neighbours.
        QCOMPARE(dialog.previewModel()->rowCount(), 5);
        QCOMPARE(dialog.previewModel()->index(3, 0).data(ui::CsvPreviewModel::LineRole).toInt(), 5);
        QVERIFY(dialog.previewModel()->index(3, 0).data(ui::CsvPreviewModel::ProblemRole).toBool());
        auto* problems = dialog.findChild<QListWidget*>(QStringLiteral("csvProblemsList"));
        QCOMPARE(problems->count(), 1);
        QCOMPARE(problems->item(0)->toolTip(), problems->item(0)->text());
        QVERIFY(problems->wordWrap());
        auto* preview = dialog.findChild<QTableView*>(QStringLiteral("csvPreviewView"));
        preview->setCurrentIndex(dialog.previewModel()->index(0, 0));
        QTest::mouseClick(problems->viewport(), Qt::LeftButton, {},
                          problems->visualItemRect(problems->item(0)).center());
        QCOMPARE(preview->currentIndex().row(), 3);
        QVERIFY(preview->selectionModel()->isRowSelected(3, {}));

        // "Drop it again" only for a dropped file.
        auto* summary = dialog.findChild<QLabel*>(QStringLiteral("csvSummaryLabel"));
        QVERIFY2(!summary->text().contains(QStringLiteral("drop")), qPrintable(summary->text()));
        dialog.setOrigin(ui::CsvImportDialog::Origin::Dropped);
        QVERIFY2(summary->text().contains(QStringLiteral("drop it again")), qPrintable(summary->text()));
    }

    void longJobResultsFoldIntoADetailsArea()
    {
        QStringList failures;
        for (int i = 0; i < 12; ++i)
            failures << QStringLiteral("0A%1: the platform refused it (InvalidCertificate)").arg(i + 16, 0, 16);
        test::OutcomeJob job({});
        ui::JobProgressDialog dialog(&job, QStringLiteral("Deactivating"), QStringLiteral("Deactivating…"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        job.start();
        QTRY_VERIFY(dialog.isJobFinished());
        const QString summary = QStringLiteral("Deactivated 2 device certificate(s) on Production.\n"
                                               "12 of 14 device certificates could not be changed.");
        dialog.setSummary(summary + QStringLiteral("\n\n") + failures.join(QLatin1Char('\n')));
        auto* result = dialog.findChild<QLabel*>(QStringLiteral("jobResultLabel"));
        auto* details = dialog.findChild<QPlainTextEdit*>(QStringLiteral("jobDetailsEdit"));
        auto* toggle = dialog.findChild<QToolButton*>(QStringLiteral("jobDetailsButton"));
        QCOMPARE(result->text(), summary);
        QVERIFY(result->heightForWidth(result->width()) <= result->height() + 1);
        QCOMPARE(details->toPlainText(), failures.join(QLatin1Char('\n')));
        QVERIFY(toggle->isVisible());
        QVERIFY(details->isHidden()); // twelve lines stay folded
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(details->isVisible());
        QVERIFY(dialog.height() >= dialog.minimumSizeHint().height());
    }

    void failedRegistrationOffersRetryNotFinish()
    {
        FlakyBackend backend;
        backend.failures = 2;
        ui::RegisterAccountOption account;
        account.id = 1;
        account.name = QStringLiteral("Production");
        account.platformName = QStringLiteral("ApsaraMQ for MQTT");
        ui::RegisterCaWizard wizard(backend, *m_prompter, QStringLiteral("Fleet Root"), {account}, 1);
        wizard.setStartId(ui::RegisterCaWizard::RunPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTRY_COMPARE(backend.runs, 1);
        auto* retry = wizard.findChild<QAbstractButton*>(QStringLiteral("retryButton"));
        auto* finish = wizard.findChild<QAbstractButton*>(QStringLiteral("finishButton"));
        QTRY_VERIFY(retry->isVisible());
        QCOMPARE(finish->text(), QStringLiteral("&Close"));
        QVERIFY(!wizard.outcome()->ok());

        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(backend.runs, 2);
        QTRY_VERIFY(retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(backend.runs, 3);
        QTRY_VERIFY(wizard.outcome() && wizard.outcome()->ok());
        QVERIFY(!retry->isVisible());
        QVERIFY(finish->text() != QStringLiteral("&Close"));
        QTest::mouseClick(finish, Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
    }

    void guiAndCliShareOneDefaultDeviceValidity()
    {
        ui::AccountChoice account;
        account.displayName = QStringLiteral("Workspace only");
        account.deviceKeyAlgorithms = {crypto::KeyAlgorithm::EcP256};
        ui::IssueDevicesDialog dialog(*m_prompter, QStringLiteral("Fleet Root"), {account}, {});
        QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("validityDaysSpin"))->value(),
                 model::defaultDeviceValidityDays);
        // The CLI's `device issue --days` falls back to the same constant, through DeviceBatchParameters' default.
        model::DeviceBatchParameters parameters;
        QCOMPARE(parameters.validityDays, model::defaultDeviceValidityDays);
    }
};

QTEST_MAIN(TestKeyboardAndLists)
#include "TestKeyboardAndLists.moc"
