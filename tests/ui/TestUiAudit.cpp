// Issue 18, "tests that keep it so": every dialog and the main window, opened as the user sees them, pass the rules
// of UiAudit (no clipped text, no window over 1280×800, no mnemonic twice, Tab reaches and leaves every input, no
// destructive default, and under zh_CN nothing left in English). ctest runs this in English and Chinese, at 100 %
// and 200 % (IOTCA_TEST_LANGUAGE, QT_SCALE_FACTOR). A new dialog is checked by adding one line to subjects().
#include "MainWindowTestBase.h"
#include "OutcomeJob.h"
#include "support/TestLanguage.h"
#include "support/UiAudit.h"

#include "ui/MainWindow.h"
#include "ui/ceremony/CeremonyWizard.h"
#include "ui/ceremony/NewCaPassphraseDialog.h"
#include "ui/dialogs/AccountDialog.h"
#include "ui/dialogs/AccountsDialog.h"
#include "ui/dialogs/AuditLogDialog.h"
#include "ui/dialogs/ConfirmCascadeDialog.h"
#include "ui/dialogs/CsvImportDialog.h"
#include "ui/dialogs/ExportAssociationCsvDialog.h"
#include "ui/dialogs/ImportBundleDialog.h"
#include "ui/dialogs/ImportCaDialog.h"
#include "ui/dialogs/IssueDevicesDialog.h"
#include "ui/dialogs/JobProgressDialog.h"
#include "ui/dialogs/NewCaDialog.h"
#include "ui/dialogs/PassphraseDialog.h"
#include "ui/dialogs/RegisterCaBackend.h"
#include "ui/dialogs/RegisterCaWizard.h"
#include "ui/dialogs/ReissueDialog.h"
#include "ui/dialogs/TeamWorkspaceDialog.h"
#include "ui/panes/CaListPane.h"

#include "crypto/DistinguishedName.h"
#include "model/ca/CaCreator.h"
#include "model/ca/NewCaParameters.h"
#include "model/csv/AssociationCsvValidator.h"
#include "model/workspace/DeviceCertificateRecord.h"
#include "model/workspace/DeviceCertificateRepository.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <functional>
#include <memory>

using namespace iotca;
using iotca::test::MainWindowTestBase;
namespace UiAudit = iotca::test::UiAudit;

namespace {

/// A sentence long enough to need wrapping, as platform errors and summaries are.
const auto longDetail = QStringLiteral(
    "POST https://127.0.0.1:48443/ failed: The remote host closed the connection before the whole reply was "
    "received (Connection refused). The emulator is not running or listens on another port.");

/// A CA with a few device certificates, selected in the window, so the panes and tables have content.
void showCaWithDevices(model::Workspace& workspace, ui::MainWindow& window)
{
    model::NewCaParameters parameters;
    parameters.name = QStringLiteral("Fleet Root 2026");
    parameters.subject = crypto::DistinguishedName::parse(QStringLiteral("CN=Fleet Root 2026,O=Example")).value();
    parameters.algorithm = crypto::KeyAlgorithm::EcP256;
    parameters.validityDays = 365;
    const auto id = model::CaCreator::createRoot(workspace, parameters,
                                                 crypto::SecureBuffer::fromString(QStringLiteral("audit-Pass-12")));
    if (!id)
        qFatal("createRoot failed: %s", qPrintable(id.error().fullText()));
    QList<model::DeviceCertificateRecord> records;
    for (int i = 1; i <= 5; ++i) {
        model::DeviceCertificateRecord record;
        record.serialHex = QStringLiteral("%1").arg(0x5A00 + i, 4, 16, QLatin1Char('0')).toUpper();
        record.productKey = QStringLiteral("a1B2c3D4e5");
        record.deviceName = QStringLiteral("sensor-%1").arg(i, 4, 10, QLatin1Char('0'));
        record.certificateDer = QByteArray(64, char(i));
        record.notAfter = QDateTime::currentDateTimeUtc().addDays(365);
        records.append(record);
    }
    if (!workspace.devices().add(id.value(), records))
        qFatal("could not record the devices");
    if (!QTest::qWaitFor([&] { return window.caListPane()->selectCa(id.value()); }, 10000))
        qFatal("the CA was never listed");
}

/// A registration back end that answers the wizard's first questions; nothing here is run.
class IdleBackend final : public ui::RegisterCaBackend
{
public:
    [[nodiscard]] Status checkRules(qint64, const QString&) const override { return {}; }
    [[nodiscard]] QString suggestedName(qint64) const override { return QStringLiteral("FleetRoot"); }
    void start(const ui::RegisterCaInput&, Progress, Done done) override
    {
        done(Error {longDetail, longDetail, QStringLiteral("ServiceUnavailable")});
    }
    void cancel() override { }
};

} // namespace

class TestUiAudit : public MainWindowTestBase
{
    Q_OBJECT
public:
    /// One window to check: how to open it in the state the user sees. Dialogs get the main window as parent.
    struct Subject
    {
        QString name;
        std::function<std::unique_ptr<QWidget>(TestUiAudit&)> open;
    };

private:
    QList<Subject> subjects();
    QString writeScratch(const QString& name, const QByteArray& content) const;
    std::unique_ptr<QWidget> finishedJobDialog(const Status& outcome, const QString& summary);

    QList<UiAudit::EnglishSource> m_englishSources;
    IdleBackend m_backend;
    QList<std::shared_ptr<QObject>> m_keepAlive;

private Q_SLOTS:
    void initTestCase()
    {
        const QString settings = useThrowawaySettings(QStringLiteral("tst_ui_audit"));
        QVERIFY2(settings.isEmpty(), qPrintable(settings));
        if (test::installTestLanguage() != QStringLiteral("en")) {
            m_englishSources = UiAudit::englishSourcePatterns();
            QVERIFY(!m_englishSources.isEmpty());
        }
        // As app/gui/main.cpp names the app: window managers show it after each dialog's title.
        QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "IoT CA Desk"));
    }

    void init()
    {
        const QString opened = openWindow();
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
    }

    void cleanup()
    {
        m_keepAlive.clear();
        const QString closed = closeWindow();
        QVERIFY2(closed.isEmpty(), qPrintable(closed));
    }

    void window_data()
    {
        QTest::addColumn<int>("index");
        const QList<Subject> all = subjects();
        for (qsizetype i = 0; i < all.size(); ++i)
            QTest::newRow(qPrintable(all.at(i).name)) << static_cast<int>(i);
    }

    void window()
    {
        QFETCH(int, index);
        std::unique_ptr<QWidget> widget = subjects().at(index).open(*this);
        QVERIFY(widget);
        if (!widget->isVisible())
            widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
        QCoreApplication::processEvents();
        const QStringList problems = UiAudit::auditWindow(widget.get(), m_englishSources);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    /// The checker itself finds what it is for: a clipped label, a doubled mnemonic, a Tab trap, a destructive
    /// default (so a passing run above means something).
    void checkerFindsTheFaults()
    {
        QDialog dialog;
        dialog.setWindowTitle(QStringLiteral("Faults"));
        auto* label = new QLabel(QStringLiteral("A label far too long for its fixed width"), &dialog);
        label->setGeometry(0, 0, 40, 20);
        auto* name = new QLineEdit(&dialog);
        auto* nameLabel = new QLabel(QStringLiteral("&Name:"), &dialog);
        nameLabel->setBuddy(name);
        auto* next = new QPushButton(QStringLiteral("&Next"), &dialog);
        auto* remove = new QPushButton(QStringLiteral("&Delete"), &dialog);
        remove->setDefault(true);
        auto* table = new QTableWidget(3, 3, &dialog);
        name->setGeometry(0, 30, 100, 20);
        nameLabel->setGeometry(0, 60, 100, 20);
        next->setGeometry(0, 90, 100, 30);
        remove->setGeometry(0, 130, 100, 30);
        table->setGeometry(0, 170, 300, 200);
        dialog.resize(1300, 400);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(UiAudit::clippedText(&dialog).size(), 1);
        QCOMPARE(UiAudit::windowSize(&dialog).size(), 1);
        QCOMPARE(UiAudit::mnemonics(&dialog).size(), 1);
        QCOMPARE(UiAudit::destructiveDefaults(&dialog).size(), 1);
        table->setFocus();
        const QStringList tab = UiAudit::tabOrder(&dialog);
        QVERIFY2(tab.size() == 1 && tab.first().startsWith(QStringLiteral("Tab does not leave")),
                 qPrintable(tab.join(QLatin1Char('\n'))));
        table->setTabKeyNavigation(false);
        QVERIFY2(UiAudit::tabOrder(&dialog).isEmpty(), qPrintable(UiAudit::tabOrder(&dialog).join(QLatin1Char('\n'))));
    }
};

QString TestUiAudit::writeScratch(const QString& name, const QByteArray& content) const
{
    const QString path = m_workspace->scratch(QStringLiteral("audit")) + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

std::unique_ptr<QWidget> TestUiAudit::finishedJobDialog(const Status& outcome, const QString& summary)
{
    auto job = std::make_shared<test::OutcomeJob>(outcome);
    m_keepAlive << job;
    // The title and description IssueDevicesCommand gives it (its translations, under zh_CN).
    const char* context = "iotca::ui::IssueDevicesCommand";
    auto dialog = std::make_unique<ui::JobProgressDialog>(
        job.get(), QCoreApplication::translate(context, "Issuing Device Certificates"),
        QCoreApplication::translate(context, "Issuing %Ln device certificates for product %1…", nullptr, 2)
            .arg(QStringLiteral("a1B2c3D4e5")),
        m_window.get());
    job->start();
    if (!QTest::qWaitFor([&job] { return job->isFinished(); }, 10000))
        qFatal("the job never finished");
    dialog->setSummary(summary);
    return dialog;
}

QList<TestUiAudit::Subject> TestUiAudit::subjects()
{
    using ui::ConfirmCascadeDialog;
    using Op = ConfirmCascadeDialog::Operation;
    using Target = ConfirmCascadeDialog::Target;
    const auto fleetAccount = [] {
        ui::AccountChoice account;
        account.id = QStringLiteral("1");
        account.displayName = QStringLiteral("Production (ApsaraMQ for MQTT, cn-shanghai)");
        account.deviceKeyAlgorithms = {crypto::KeyAlgorithm::Rsa2048, crypto::KeyAlgorithm::EcP256};
        return account;
    };
    const auto registerOption = [] {
        ui::RegisterAccountOption option;
        option.id = 1;
        option.name = QStringLiteral("Production");
        option.platformName = QStringLiteral("ApsaraMQ for MQTT");
        return option;
    };
    // One line per window; the main window is opened by init().
    QList<Subject> all {
        {QStringLiteral("MainWindow"), [](TestUiAudit& t) { return std::unique_ptr<QWidget>(t.m_window.release()); }},
        {QStringLiteral("MainWindowWithCa"),
         [](TestUiAudit& t) {
             showCaWithDevices(t.m_workspace->workspace(), *t.m_window);
             return std::unique_ptr<QWidget>(t.m_window.release());
         }},
        {QStringLiteral("MainWindowWithError"),
         [](TestUiAudit& t) {
             t.m_window->showError(Error {longDetail, longDetail});
             return std::unique_ptr<QWidget>(t.m_window.release());
         }},
        {QStringLiteral("NewCaDialog"),
         [](TestUiAudit& t) { return std::make_unique<ui::NewCaDialog>(t.m_window.get()); }},
        {QStringLiteral("TeamWorkspaceDialog"),
         [](TestUiAudit& t) { return std::make_unique<ui::TeamWorkspaceDialog>(t.m_window.get()); }},
        {QStringLiteral("ImportCaDialog"),
         [](TestUiAudit& t) {
             return std::make_unique<ui::ImportCaDialog>(
                 *t.m_prompter, [](const ui::ImportCaRequest&) { return Status {}; }, t.m_window.get());
         }},
        {QStringLiteral("ImportBundleDialog"),
         [](TestUiAudit& t) {
             model::VerifiedTransferBundle bundle;
             bundle.folder = QStringLiteral("/media/usb/fleet-root-2026-bundle");
             bundle.manifest.caName = QStringLiteral("Fleet Root 2026");
             bundle.manifest.caSubject = QStringLiteral("CN=Fleet Root 2026,O=Example Devices Ltd,C=CN");
             bundle.manifest.caSerial = QStringLiteral("5A1F0C3E9B7D2468ACE013579BDF2468ACE01357");
             bundle.manifest.caSha256Fingerprint = QStringLiteral(
                 "3F:A9:1C:77:02:D4:5E:B8:61:0A:9C:E3:47:22:BF:18:C5:6D:90:0E:7B:A1:34:F2:88:5C:19:D6:EA:03:4B:71");
             bundle.manifest.registrations = {{QStringLiteral("aws-iot"),
                                               QStringLiteral("8f2c1d9a7b3e4f5061728394a5b6c7d8e9f0a1b2c3d4e5f6"),
                                               QStringLiteral("verification-aws-iot-1.pem")}};
             bundle.manifest.associationCsvFiles = {QStringLiteral("association.csv")};
             return std::make_unique<ui::ImportBundleDialog>(bundle, t.m_window.get());
         }},
        {QStringLiteral("IssueDevicesDialog"),
         [fleetAccount](TestUiAudit& t) {
             return std::make_unique<ui::IssueDevicesDialog>(
                 *t.m_prompter, QStringLiteral("Fleet Root"), QList<ui::AccountChoice> {fleetAccount()},
                 QList<ui::IssueDevicesDialog::Profile> {}, t.m_window.get());
         }},
        {QStringLiteral("PassphraseDialog"),
         [](TestUiAudit& t) {
             return std::make_unique<ui::PassphraseDialog>(QStringLiteral("Fleet Root"), true, t.m_window.get());
         }},
        {QStringLiteral("ConfirmActivateCa"),
         [](TestUiAudit& t) {
             return std::make_unique<ConfirmCascadeDialog>(Op::Activate, Target::CaRegistration,
                                                           QStringLiteral("Fleet Root"), 2345,
                                                           QStringLiteral("Production"), t.m_window.get());
         }},
        {QStringLiteral("ConfirmDeactivateCa"),
         [](TestUiAudit& t) {
             return std::make_unique<ConfirmCascadeDialog>(Op::Deactivate, Target::CaRegistration,
                                                           QStringLiteral("Fleet Root"), 2345,
                                                           QStringLiteral("Production"), t.m_window.get());
         }},
        {QStringLiteral("ConfirmDeleteCa"),
         [](TestUiAudit& t) {
             return std::make_unique<ConfirmCascadeDialog>(
                 Op::Delete, Target::CaRegistration, QStringLiteral("Fleet Root"), 2345, QString(), t.m_window.get());
         }},
        {QStringLiteral("ConfirmDeactivateDevices"),
         [](TestUiAudit& t) {
             return std::make_unique<ConfirmCascadeDialog>(Op::Deactivate, Target::DeviceCertificates,
                                                           QStringLiteral("Fleet Root"), 12,
                                                           QStringLiteral("Production"), t.m_window.get());
         }},
        {QStringLiteral("ConfirmDeleteDevices"),
         [](TestUiAudit& t) {
             return std::make_unique<ConfirmCascadeDialog>(Op::Delete, Target::DeviceCertificates,
                                                           QStringLiteral("Fleet Root"), 12,
                                                           QStringLiteral("Production"), t.m_window.get());
         }},
        {QStringLiteral("AddAccountDialog"),
         [](TestUiAudit& t) {
             return std::make_unique<ui::AccountDialog>(*t.m_prompter, ui::PlatformAccountInput {},
                                                        ui::AccountDialog::ConnectionTester {}, t.m_window.get());
         }},
        {QStringLiteral("AccountsDialog"),
         [](TestUiAudit& t) {
             return std::make_unique<ui::AccountsDialog>(t.m_workspace->workspace(), t.m_window.get());
         }},
        {QStringLiteral("AuditLogDialog"),
         [](TestUiAudit& t) {
             return std::make_unique<ui::AuditLogDialog>(t.m_workspace->workspace(), t.m_window.get());
         }},
        {QStringLiteral("ExportAssociationCsvDialog"),
         [](TestUiAudit& t) {
             return std::make_unique<ui::ExportAssociationCsvDialog>(
                 QStringLiteral("Fleet Root"), QStringList {QStringLiteral("a1B2c3D4e5")}, t.m_window.get());
         }},
        {QStringLiteral("ReissueDialog"),
         [](TestUiAudit& t) {
             ui::ReissueDialog::Device device;
             device.productKey = QStringLiteral("a1B2c3D4e5");
             device.deviceName = QStringLiteral("sensor-0001");
             device.serial = QStringLiteral("5D0B3E1A9C7F2B64A8E0D1C3B5F79A2E");
             device.caName = QStringLiteral("Fleet Root");
             return std::make_unique<ui::ReissueDialog>(*t.m_prompter, device, t.m_window.get());
         }},
        {QStringLiteral("CsvImportDialogWithProblems"),
         [](TestUiAudit& t) {
             const QString path = t.writeScratch(QStringLiteral("broken.csv"),
                                                 "ProductKey,DeviceName,CertSN\n"
                                                 "a1B2c3D4e5,sensor-0001,0A1B\n"
                                                 "a1B2c3D4e5,sensor-0002\n"
                                                 "a1B2c3D4e5,sensor 3,0A1D\n");
             model::AssociationCsvValidator::Options options;
             options.keepRows = true;
             const auto report = model::AssociationCsvValidator(options).validateFile(path);
             if (!report)
                 qFatal("validator failed: %s", qPrintable(report.error().fullText()));
             return std::make_unique<ui::CsvImportDialog>(path, report.value(), t.m_window.get());
         }},
        {QStringLiteral("JobSucceededWithLongSummary"),
         [](TestUiAudit& t) {
             // The summary IssueDevicesCommand gives (its translations, under zh_CN), with long paths.
             const char* context = "iotca::ui::IssueDevicesCommand";
             const QString folder = QStringLiteral("/home/operator/fleet/devices/2026-12-05");
             return t.finishedJobDialog(
                 {},
                 QCoreApplication::translate(context, "Issued %Ln device certificates.", nullptr, 2)
                     + QStringLiteral("\n\n") + QCoreApplication::translate(context, "Folder: %1").arg(folder)
                     + QLatin1Char('\n')
                     + QCoreApplication::translate(context, "Association CSV: %1")
                           .arg(folder + QStringLiteral("/a1B2c3D4e5-devices-with-a-long-product-name.csv")));
         }},
        {QStringLiteral("JobFailed"),
         [](TestUiAudit& t) {
             return t.finishedJobDialog(Error {longDetail, longDetail, QStringLiteral("ServiceUnavailable")},
                                        QString());
         }},
        {QStringLiteral("RegisterCaWizard"),
         [registerOption](TestUiAudit& t) {
             return std::make_unique<ui::RegisterCaWizard>(t.m_backend, *t.m_prompter, QStringLiteral("Fleet Root"),
                                                           QList<ui::RegisterAccountOption> {registerOption()}, 1,
                                                           t.m_window.get());
         }},
        {QStringLiteral("RegisterCaWizardFailed"),
         [registerOption](TestUiAudit& t) {
             auto wizard = std::make_unique<ui::RegisterCaWizard>(
                 t.m_backend, *t.m_prompter, QStringLiteral("Fleet Root"),
                 QList<ui::RegisterAccountOption> {registerOption()}, 1, t.m_window.get());
             wizard->setStartId(ui::RegisterCaWizard::RunPageId);
             wizard->show();
             if (!QTest::qWaitFor([&wizard] { return wizard->outcome().has_value(); }, 10000))
                 qFatal("the registration never ended");
             return wizard;
         }},
        {QStringLiteral("NewCaPassphraseDialog"),
         [](TestUiAudit& t) {
             return std::make_unique<ui::NewCaPassphraseDialog>(QStringLiteral("Fleet Root"), t.m_window.get());
         }},
    };
    // The Key Ceremony wizard, each page before the run (the run page is checked by tst_ui_ceremonywizard's run).
    using W = ui::CeremonyWizard;
    const QList<std::pair<QString, W::PageId>> ceremonyPages {{QStringLiteral("People"), W::PeoplePageId},
                                                              {QStringLiteral("Root"), W::RootPageId},
                                                              {QStringLiteral("Intermediate"), W::IntermediatePageId},
                                                              {QStringLiteral("Verification"), W::VerificationPageId},
                                                              {QStringLiteral("Devices"), W::DevicesPageId},
                                                              {QStringLiteral("Backup"), W::BackupPageId},
                                                              {QStringLiteral("Outputs"), W::OutputsPageId},
                                                              {QStringLiteral("Review"), W::ReviewPageId}};
    for (const auto& [name, id] : ceremonyPages) {
        all.append({QStringLiteral("CeremonyWizard") + name, [id](TestUiAudit& t) -> std::unique_ptr<QWidget> {
                        auto wizard = std::make_unique<W>(t.m_workspace->workspace(), t.m_secrets, *t.m_prompter,
                                                          t.m_window.get());
                        wizard->setStartId(id);
                        return wizard;
                    }});
    }
    return all;
}

QTEST_MAIN(TestUiAudit)
#include "TestUiAudit.moc"
