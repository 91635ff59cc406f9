// CA → Register with Platform end to end against an in-process emulator: rules up front, code fetched, the CA key
// unlocked, registered and recorded; then CA → Deactivate from the main window with the cascade reaching the device
// pane. Also: Cancel while the platform is slow leaves the workspace as it was, and an Alibaba Cloud IoT Platform
// account, or any account with Work Offline on, gets the upload bundle in a folder instead.
#include "EmulatorWindowTestBase.h"
#include "UiEmulator.h"
#include "UiScriptedPrompter.h"
#include "UiTestWorkspace.h"

#include "ui/MainWindow.h"
#include "ui/actions/MainActions.h"
#include "ui/dialogs/ConfirmCascadeDialog.h"
#include "ui/dialogs/JobProgressDialog.h"
#include "ui/dialogs/RegisterCaWizard.h"
#include "ui/panes/CaDetailsPane.h"
#include "ui/panes/CaListPane.h"
#include "ui/panes/DeviceAssociationPane.h"
#include "ui/widgets/ErrorBanner.h"

#include "app/emulator/EmulatorState.h"
#include "crypto/Certificate.h"
#include "crypto/DistinguishedName.h"
#include "model/audit/AuditLog.h"
#include "model/ca/CaCreator.h"
#include "model/ca/CaKeyAccess.h"
#include "model/ca/NewCaParameters.h"
#include "model/models/DeviceCertificateModel.h"
#include "model/platform/PlatformConnectorFactory.h"
#include "model/registration/CaRegistrationService.h"
#include "model/registration/PlatformAccountService.h"
#include "model/secrets/KeychainSecretStore.h"
#include "model/workspace/CaRegistrationRecord.h"
#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRecord.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/PlatformAccountRecord.h"
#include "model/workspace/PlatformAccountRepository.h"
#include "model/workspace/VerificationCertificateLedger.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>

#include <chrono>
#include <optional>

using iotca::test::clickButton;
using iotca::test::EmulatorWindowTestBase;
using iotca::test::typeInto;
using iotca::test::UiEmulator;
using iotca::test::UiScriptedPrompter;
using iotca::test::UiTestWorkspace;
using namespace iotca;
using namespace std::chrono_literals;
using ui::MainActions;
using ui::MainWindow;
using ui::RegisterCaWizard;

namespace {
const auto passphrase = QStringLiteral("correct-Horse-battery-9");

/// Clicks the wizard's Next (or Commit) button and checks that the wizard moved to `expected`.
void next(RegisterCaWizard& wizard, const char* button, int expected)
{
    auto* b = wizard.findChild<QAbstractButton*>(QString::fromLatin1(button));
    QVERIFY2(b && b->isVisible() && b->isEnabled(), button);
    QTest::mouseClick(b, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), expected);
}

/// Why the wizard's run failed, for a failed check's message ("" when it succeeded).
QString outcomeText(const RegisterCaWizard& wizard)
{
    const auto& outcome = wizard.outcome();
    if (!outcome)
        return QStringLiteral("no outcome");
    return outcome->ok() ? QString() : outcome->error().fullText();
}

UiScriptedPrompter::DialogHandler typePassphrase()
{
    return [](QDialog& dialog) {
        QCOMPARE(dialog.objectName(), QStringLiteral("passphraseDialog"));
        typeInto(&dialog, QStringLiteral("passphraseEdit"), passphrase);
        clickButton(&dialog, QStringLiteral("okButton"));
    };
}
} // namespace

class TestRegisterCaWizard : public EmulatorWindowTestBase
{
    Q_OBJECT

    qint64 createCa(const QString& name, crypto::KeyAlgorithm algorithm = crypto::KeyAlgorithm::EcP256)
    {
        model::NewCaParameters parameters;
        parameters.name = name;
        parameters.subject = crypto::DistinguishedName::parse(QStringLiteral("CN=%1,O=Example").arg(name)).value();
        parameters.algorithm = algorithm;
        parameters.validityDays = 365;
        const auto id = model::CaCreator::createRoot(m_workspace->workspace(), parameters,
                                                     crypto::SecureBuffer::fromString(passphrase));
        if (!id)
            qFatal("createRoot failed: %s", qPrintable(id.error().fullText()));
        return id.value();
    }

    qint64 addAccount(const QString& name, const QString& platform)
    {
        model::PlatformAccountRecord record;
        record.name = name;
        record.platformId = platform;
        record.region = QStringLiteral("cn-hangzhou");
        model::PlatformAccountService accounts(m_workspace->workspace(), m_secrets);
        Result<qint64> id = qint64(0);
        if (platform == QLatin1String("aliyun-iot")) {
            record.region = QStringLiteral("cn-shanghai");
            id = accounts.add(record, {}, {});
        } else {
            if (platform == QLatin1String("aws-iot"))
                record.region = QStringLiteral("us-east-1");
            record.endpoint = m_emulator.url();
            record.instanceId = QStringLiteral("post-cn-emulator");
            record.caBundlePath = m_emulator.caBundlePath();
            id = accounts.add(record, UiEmulator::accessKeyId(), crypto::SecureBuffer::fromBytes(UiEmulator::secret()));
        }
        if (!id)
            qFatal("add account: %s", qPrintable(id.error().fullText()));
        return id.value();
    }

    /// Device certificates of `caId` as if issued and associated earlier (the cascade's subject).
    void addAssociatedDevices(qint64 caId, int count)
    {
        QList<model::DeviceCertificateRecord> records;
        for (int i = 1; i <= count; ++i) {
            model::DeviceCertificateRecord record;
            record.serialHex = QStringLiteral("0A%1").arg(i, 4, 16, QLatin1Char('0')).toUpper();
            record.productKey = QStringLiteral("a1B2c3D4e5");
            record.deviceName = QStringLiteral("sensor-%1").arg(i, 4, 10, QLatin1Char('0'));
            record.certificateDer = QByteArrayLiteral("placeholder");
            record.notAfter = QDateTime::currentDateTimeUtc().addDays(300);
            records << record;
        }
        QVERIFY(m_workspace->workspace().devices().add(caId, records));
        QStringList serials;
        for (const auto& record : std::as_const(records))
            serials << record.serialHex;
        QVERIFY(
            m_workspace->workspace().devices().setStatus(caId, serials, model::DeviceCertificateStatus::Associated));
    }

    void runCommand(MainActions::Id id)
    {
        QSignalSpy finished(m_window.get(), &MainWindow::commandFinished);
        m_window->actions()->action(id)->trigger();
        QVERIFY(finished.count() > 0 || finished.wait(60000));
    }

private Q_SLOTS:
    void registerFetchingTheCodeThenDeactivateWithCascade()
    {
        const qint64 accountId = addAccount(QStringLiteral("Demo"), QStringLiteral("apsaramq-mqtt"));
        const qint64 caId = createCa(QStringLiteral("Fleet Root"));
        addAssociatedDevices(caId, 3);
        QTRY_VERIFY(m_window->caListPane()->selectCa(caId));
        QTRY_VERIFY(m_window->selectAccount(accountId));
        auto* actions = m_window->actions();
        QVERIFY(actions->action(MainActions::RegisterCa)->isEnabled());
        QVERIFY(!actions->action(MainActions::DeactivateCa)->isEnabled()); // not registered yet

        m_prompter->dialogs.enqueue([&](QDialog& dialog) {
            auto* wizard = qobject_cast<RegisterCaWizard*>(&dialog);
            QVERIFY(wizard);
            QCOMPARE(wizard->currentId(), int(RegisterCaWizard::AccountPageId));
            // The toolbar's account is preselected; the name is made to fit ApsaraMQ's rule, which is checked live.
            auto* account = dialog.findChild<QComboBox*>(QStringLiteral("accountCombo"));
            QCOMPARE(account->currentData().toLongLong(), accountId);
            auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("remoteNameEdit"));
            QCOMPARE(name->text(), QStringLiteral("Fleet_Root"));
            auto* rules = dialog.findChild<QLabel*>(QStringLiteral("rulesLabel"));
            QVERIFY2(rules->text().contains(QStringLiteral("accepts this CA")), qPrintable(rules->text()));
            typeInto(&dialog, QStringLiteral("remoteNameEdit"), QStringLiteral("Fleet Root"));
            QVERIFY2(rules->text().contains(QStringLiteral("not accepted")), qPrintable(rules->text()));
            // The way out is the field above, named as its label names it.
            QVERIFY2(rules->text().contains(QStringLiteral("in “Name on the platform”")), qPrintable(rules->text()));
            QVERIFY(!dialog.findChild<QAbstractButton*>(QStringLiteral("nextButton"))->isEnabled());
            typeInto(&dialog, QStringLiteral("remoteNameEdit"), QStringLiteral("Fleet_Root"));

            next(*wizard, "nextButton", RegisterCaWizard::CodePageId);
            QVERIFY(dialog.findChild<QRadioButton*>(QStringLiteral("fetchCodeRadio"))->isChecked());
            next(*wizard, "nextButton", RegisterCaWizard::ConfirmPageId);
            QVERIFY(
                dialog.findChild<QLabel*>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("fetched")));
            // Committing starts the run; the CA's passphrase is asked for over the wizard.
            m_prompter->dialogs.enqueue(typePassphrase());
            next(*wizard, "commitButton", RegisterCaWizard::RunPageId);
            auto* finish = dialog.findChild<QAbstractButton*>(QStringLiteral("finishButton"));
            QTRY_VERIFY_WITH_TIMEOUT(finish->isVisible() && finish->isEnabled(), 60000);
            QVERIFY(wizard->outcome().has_value());
            QVERIFY2(wizard->outcome()->ok(), qPrintable(outcomeText(*wizard)));
            const QString result = dialog.findChild<QLabel*>(QStringLiteral("resultLabel"))->text();
            QVERIFY2(result.contains(QStringLiteral("Platform ID: ")), qPrintable(result));
            QVERIFY2(result.contains(QStringLiteral("Status: Activated")), qPrintable(result));
            // The verification certificate the app made is shown: CN = the code, and no key with it.
            auto* shown = dialog.findChild<QPlainTextEdit*>(QStringLiteral("detailsEdit"));
            QVERIFY(shown->isVisible());
            const auto verification = crypto::Certificate::fromPem(shown->toPlainText().toLatin1());
            QVERIFY2(verification, qPrintable(shown->toPlainText()));
            QVERIFY(result.contains(verification->commonName()));
            QVERIFY(!shown->toPlainText().contains(QStringLiteral("PRIVATE KEY")));
            QTest::mouseClick(finish, Qt::LeftButton);
        });
        runCommand(MainActions::RegisterCa);
        QVERIFY2(m_window->errorBanner()->isHidden(), qPrintable(m_window->errorBanner()->message()));

        // Recorded in the workspace, known to the platform, shown in the details pane and the status bar.
        const auto registration = m_workspace->workspace().registrations().get(caId, accountId);
        QVERIFY(registration && registration->has_value());
        QCOMPARE((*registration)->status, model::RegistrationStatus::Activated);
        QVERIFY(!(*registration)->remoteId.isEmpty());
        QVERIFY(!(*registration)->registrationCode.isEmpty());
        const auto& remote = m_emulator.server().apsaraMq().account(UiEmulator::accessKeyId());
        QCOMPARE(remote.cas.size(), 1);
        QCOMPARE(remote.cas.first().name, QStringLiteral("Fleet_Root"));
        QVERIFY(remote.cas.first().active);
        auto* registrations = m_window->caDetailsPane()->findChild<QTreeWidget*>(QStringLiteral("registrationsView"));
        QTRY_COMPARE(registrations->topLevelItem(0)->text(1), QStringLiteral("Activated"));
        QCOMPARE(registrations->topLevelItem(0)->text(2), (*registration)->remoteId);
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("networkLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Platform answered at")));
        QTRY_VERIFY(actions->action(MainActions::DeactivateCa)->isEnabled());
        // The three devices connected once: the broker registered their certificates (the workspace reads them back
        // after the deactivation, so they must be on the platform to be deactivated with the CA).
        auto& broker = m_emulator.server().apsaraMq().account(UiEmulator::accessKeyId());
        const QList<model::DeviceCertificateRecord> recorded =
            m_workspace->workspace().devices().listForCa(caId).value();
        for (const model::DeviceCertificateRecord& record : recorded) {
            app::EmulatedDevice device;
            device.id = record.serialHex.toLower();
            device.caId = (*registration)->remoteId;
            device.name = record.deviceName;
            device.serialHex = record.serialHex;
            broker.devices << device;
        }

        // CA → Deactivate: the confirmation states the cascade, the progress dialog shows the outcome.
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            auto* confirm = qobject_cast<ui::ConfirmCascadeDialog*>(&dialog);
            QVERIFY(confirm);
            QVERIFY2(confirm->consequence().contains(QStringLiteral("deactivates its 3 device certificates")),
                     qPrintable(confirm->consequence()));
            QVERIFY(confirm->consequence().contains(QStringLiteral("Demo")));
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            auto* progress = qobject_cast<ui::JobProgressDialog*>(&dialog);
            QVERIFY(progress);
            QTRY_VERIFY_WITH_TIMEOUT(progress->isJobFinished(), 60000);
            QVERIFY2(progress->outcome().ok(), qPrintable(progress->outcome().error().fullText()));
            const QString summary = dialog.findChild<QLabel*>(QStringLiteral("jobResultLabel"))->text();
            QVERIFY2(summary.contains(QStringLiteral("3 device certificate(s) deactivated")), qPrintable(summary));
            clickButton(&dialog, QStringLiteral("closeButton"));
        });
        runCommand(MainActions::DeactivateCa);
        QVERIFY2(m_window->errorBanner()->isHidden(), qPrintable(m_window->errorBanner()->message()));
        QCOMPARE((*m_workspace->workspace().registrations().get(caId, accountId))->status,
                 model::RegistrationStatus::Inactivated);
        QVERIFY(!m_emulator.server().apsaraMq().account(UiEmulator::accessKeyId()).cas.first().active);
        QCOMPARE(m_workspace->workspace().devices().count(caId, model::DeviceCertificateStatus::Inactivated).value(),
                 3);

        // The panes followed the workspace: the details pane and every row of the device pane.
        QTRY_COMPARE(registrations->topLevelItem(0)->text(1), QStringLiteral("Inactivated"));
        auto* deviceView = m_window->deviceAssociationPane()->view();
        QTRY_COMPARE(deviceView->model()->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QTRY_COMPARE(deviceView->model()->index(row, model::DeviceCertificateModel::Status).data().toString(),
                         QStringLiteral("Inactivated"));
        }
        QVERIFY(actions->action(MainActions::ActivateCa)->isEnabled());

        // Someone reactivates the CA in the console; the details pane's Sync reads it back with the sync time.
        m_emulator.server().apsaraMq().account(UiEmulator::accessKeyId()).cas.first().active = true;
        auto* sync = m_window->caDetailsPane()->findChild<QPushButton*>(QStringLiteral("syncButton"));
        QVERIFY(sync && sync->isEnabled());
        QSignalSpy finished(m_window.get(), &MainWindow::commandFinished);
        QTest::mouseClick(sync, Qt::LeftButton);
        QVERIFY(finished.count() > 0 || finished.wait(60000));
        QVERIFY2(m_window->errorBanner()->isHidden(), qPrintable(m_window->errorBanner()->message()));
        QCOMPARE((*m_workspace->workspace().registrations().get(caId, accountId))->status,
                 model::RegistrationStatus::Activated);
        QTRY_COMPARE(registrations->topLevelItem(0)->text(1), QStringLiteral("Activated"));
        QVERIFY(registrations->topLevelItem(0)->text(4) != QStringLiteral("Never"));
    }

    void deactivateSelectedDevicesListsWhatThePlatformRefused()
    {
        const qint64 accountId = addAccount(QStringLiteral("Demo"), QStringLiteral("apsaramq-mqtt"));
        const qint64 caId = createCa(QStringLiteral("Fleet Root"));
        addAssociatedDevices(caId, 3);

        // Registered straight through the service; two of the three devices connected once (ApsaraMQ registers a
        // device on its first connection), the third is unknown to the platform.
        model::PlatformAccountService accounts(m_workspace->workspace(), m_secrets);
        auto loaded = accounts.load(accountId);
        QVERIFY(loaded);
        QNetworkAccessManager network;
        auto connector =
            model::createPlatformConnector(std::move(loaded->account), std::move(loaded->secret), &network, nullptr);
        QVERIFY(connector);
        std::unique_ptr<model::PlatformConnector> owned(connector.value());
        model::CaRegistrationService service(m_workspace->workspace(), *owned, accountId);
        model::RegisterCaRequest request;
        request.caId = caId;
        request.remoteName = QStringLiteral("Fleet_Root");
        request.caKey =
            model::CaKeyAccess::unlock(m_workspace->workspace(), caId, crypto::SecureBuffer::fromString(passphrase))
                .value();
        std::optional<Result<model::CaRegistrationRecord>> registered;
        service.registerCa(std::move(request), [&](Result<model::CaRegistrationRecord> r) { registered.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(registered.has_value(), 30000);
        QVERIFY(registered->ok());
        auto& remote = m_emulator.server().apsaraMq().account(UiEmulator::accessKeyId());
        const auto devices = m_workspace->workspace().devices().listForCa(caId).value();
        for (int i = 0; i < 2; ++i) {
            app::EmulatedDevice device;
            device.id = devices.at(i).serialHex.toLower();
            device.caId = registered->value().remoteId;
            device.name = devices.at(i).deviceName;
            device.serialHex = devices.at(i).serialHex;
            remote.devices << device;
        }

        QTRY_VERIFY(m_window->caListPane()->selectCa(caId));
        QTRY_VERIFY(m_window->selectAccount(accountId));
        auto* deviceView = m_window->deviceAssociationPane()->view();
        QTRY_COMPARE(deviceView->model()->rowCount(), 3);
        deviceView->selectAll();
        QTRY_VERIFY(m_window->actions()->action(MainActions::DeactivateDevices)->isEnabled());

        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            auto* confirm = qobject_cast<ui::ConfirmCascadeDialog*>(&dialog);
            QVERIFY(confirm);
            QVERIFY2(confirm->consequence().contains(QStringLiteral("Deactivate 3 device certificate(s)")),
                     qPrintable(confirm->consequence()));
            clickButton(&dialog, QStringLiteral("okButton"));
        });
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            auto* progress = qobject_cast<ui::JobProgressDialog*>(&dialog);
            QVERIFY(progress);
            QTRY_VERIFY_WITH_TIMEOUT(progress->isJobFinished(), 60000);
            const QString summary = dialog.findChild<QLabel*>(QStringLiteral("jobResultLabel"))->text();
            QVERIFY2(summary.contains(QStringLiteral("Deactivated 2 device certificate(s)")), qPrintable(summary));
            QVERIFY2(summary.contains(QStringLiteral("1 of 3")), qPrintable(summary));
            clickButton(&dialog, QStringLiteral("closeButton"));
        });
        runCommand(MainActions::DeactivateDevices);
        // The refusal stays in the window's banner, with the serial and the platform's reason in the detail.
        QVERIFY(!m_window->errorBanner()->isHidden());
        QVERIFY(m_window->errorBanner()->message().contains(QStringLiteral("1 of 3")));
        QVERIFY(m_window->errorBanner()->detail().contains(devices.at(2).serialHex));
        QCOMPARE(m_workspace->workspace().devices().count(caId, model::DeviceCertificateStatus::Inactivated).value(),
                 2);
        // Read back: the platform does not hold the third (recorded as Associated): the workspace now says so.
        QCOMPARE(m_workspace->workspace().devices().count(caId, model::DeviceCertificateStatus::Associated).value(), 0);
        QCOMPARE(m_workspace->workspace().devices().count(caId, model::DeviceCertificateStatus::Deleted).value(), 1);
        int inactive = 0;
        for (int row = 0; row < 3; ++row) {
            if (deviceView->model()->index(row, model::DeviceCertificateModel::Status).data().toString()
                == QLatin1String("Inactivated"))
                ++inactive;
        }
        QCOMPARE(inactive, 2);
    }

    void cancelWhileThePlatformIsSlowChangesNothing()
    {
        const qint64 accountId = addAccount(QStringLiteral("Demo"), QStringLiteral("apsaramq-mqtt"));
        const qint64 caId = createCa(QStringLiteral("Lab Root"));
        QTRY_VERIFY(m_window->caListPane()->selectCa(caId));
        QTRY_VERIFY(m_window->selectAccount(accountId));
        const qint64 auditBefore = m_workspace->workspace().audit().count().value();
        m_emulator.server().delayNext(5, 4000ms);

        m_prompter->dialogs.enqueue([&](QDialog& dialog) {
            auto* wizard = qobject_cast<RegisterCaWizard*>(&dialog);
            QVERIFY(wizard);
            next(*wizard, "nextButton", RegisterCaWizard::CodePageId);
            next(*wizard, "nextButton", RegisterCaWizard::ConfirmPageId);
            m_prompter->dialogs.enqueue(typePassphrase());
            const int before = m_emulator.server().requestCount();
            next(*wizard, "commitButton", RegisterCaWizard::RunPageId);
            // Wait until the first request is out (the emulator holds its answer), then cancel.
            QTRY_VERIFY_WITH_TIMEOUT(m_emulator.server().requestCount() > before, 30000);
            QVERIFY(wizard->isRunning());
            clickButton(&dialog, QStringLiteral("cancelButton"));
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 30000);
            QVERIFY(wizard->outcome().has_value());
            QVERIFY(!wizard->outcome()->ok());
            QCOMPARE(wizard->outcome()->error().code, QStringLiteral("Cancelled"));
        });
        runCommand(MainActions::RegisterCa);
        QVERIFY2(m_window->errorBanner()->isHidden(), qPrintable(m_window->errorBanner()->message()));
        QVERIFY(m_workspace->workspace().registrations().forCa(caId)->isEmpty());
        QCOMPARE(m_workspace->workspace().audit().count().value(), auditBefore);
        // The held answer, had it arrived, registered nothing on the platform either.
        QTest::qWait(200);
        QVERIFY(m_emulator.server().apsaraMq().account(UiEmulator::accessKeyId()).cas.isEmpty());
        QVERIFY(!m_window->actions()->action(MainActions::DeactivateCa)->isEnabled());
    }

    void rulesAreCheckedBeforeAnythingIsSent()
    {
        addAccount(QStringLiteral("Demo"), QStringLiteral("apsaramq-mqtt"));
        const qint64 caId = createCa(QStringLiteral("Fleet Root"));
        QTRY_VERIFY(m_window->caListPane()->selectCa(caId));
        const int requests = m_emulator.server().requestCount();
        // A recorded registration with this account: the wizard refuses before any request.
        model::CaRegistrationRecord existing;
        existing.caId = caId;
        existing.accountId = m_workspace->workspace().accounts().list()->first().id;
        existing.remoteId = QStringLiteral("abc123");
        existing.registeredAt = QDateTime::currentDateTimeUtc();
        QVERIFY(m_workspace->workspace().registrations().upsert(existing));
        m_prompter->dialogs.enqueue([](QDialog& dialog) {
            auto* rules = dialog.findChild<QLabel*>(QStringLiteral("rulesLabel"));
            QVERIFY2(rules->text().contains(QStringLiteral("already registered")), qPrintable(rules->text()));
            QVERIFY(!dialog.findChild<QAbstractButton*>(QStringLiteral("nextButton"))->isEnabled());
            clickButton(&dialog, QStringLiteral("cancelButton"));
        });
        runCommand(MainActions::RegisterCa);
        QCOMPARE(m_emulator.server().requestCount(), requests);
    }

    void workOfflineWritesTheBundleForAnApiPlatform()
    {
        // An air-gapped laptop: AWS IoT Core has an API, but with Work Offline on the wizard sends nothing and writes
        // the bundle (CA certificate, verification certificate for the typed code, README with the API call).
        const qint64 accountId = addAccount(QStringLiteral("Aws"), QStringLiteral("aws-iot"));
        const qint64 caId = createCa(QStringLiteral("Fleet Root"));
        QTRY_VERIFY(m_window->caListPane()->selectCa(caId));
        QTRY_VERIFY(m_window->selectAccount(accountId));
        m_window->actions()->action(MainActions::WorkOffline)->setChecked(true);
        QVERIFY(m_window->actions()->action(MainActions::RegisterCa)->isEnabled());
        const QString folder = QDir(m_workspace->scratch(QStringLiteral("out"))).filePath(QStringLiteral("aws"));
        const QString code = QStringLiteral("a3c1e0b8d9f24c7a8b6e5d4c3b2a1908f7e6d5c4b3a2918070f6e5d4c3b2a190");
        const int requests = m_emulator.server().requestCount();
        const qint64 auditBefore = m_workspace->workspace().audit().count().value();

        m_prompter->dialogs.enqueue([&](QDialog& dialog) {
            auto* wizard = qobject_cast<RegisterCaWizard*>(&dialog);
            QVERIFY(wizard);
            const QString note = dialog.findChild<QLabel*>(QStringLiteral("accountNoteLabel"))->text();
            QVERIFY2(note.contains(QStringLiteral("Work Offline")) && note.contains(QStringLiteral("upload bundle")),
                     qPrintable(note));
            auto* rules = dialog.findChild<QLabel*>(QStringLiteral("rulesLabel"));
            QVERIFY2(rules->text().contains(QStringLiteral("accepts this CA")), qPrintable(rules->text()));
            next(*wizard, "nextButton", RegisterCaWizard::CodePageId);
            // Nothing can be fetched offline: the code is typed, and Next waits for it.
            QVERIFY(!dialog.findChild<QRadioButton*>(QStringLiteral("fetchCodeRadio"))->isEnabled());
            QVERIFY(dialog.findChild<QRadioButton*>(QStringLiteral("typeCodeRadio"))->isChecked());
            QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("codeHintLabel"))
                        ->text()
                        .contains(QStringLiteral("Work Offline")));
            QVERIFY(!dialog.findChild<QAbstractButton*>(QStringLiteral("nextButton"))->isEnabled());
            typeInto(&dialog, QStringLiteral("codeEdit"), code);
            next(*wizard, "nextButton", RegisterCaWizard::BundlePageId);
            QVERIFY(!dialog.findChild<QAbstractButton*>(QStringLiteral("nextButton"))->isEnabled());
            typeInto(&dialog, QStringLiteral("bundleFolderEdit"), folder);
            next(*wizard, "nextButton", RegisterCaWizard::ConfirmPageId);
            const QString summary = dialog.findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
            QVERIFY2(summary.contains(code) && summary.contains(QStringLiteral("Work Offline")), qPrintable(summary));
            m_prompter->dialogs.enqueue(typePassphrase());
            next(*wizard, "commitButton", RegisterCaWizard::RunPageId);
            auto* finish = dialog.findChild<QAbstractButton*>(QStringLiteral("finishButton"));
            QTRY_VERIFY_WITH_TIMEOUT(finish->isVisible() && finish->isEnabled(), 60000);
            QVERIFY2(wizard->outcome()->ok(), qPrintable(outcomeText(*wizard)));
            QVERIFY(wizard->outcome()->value().bundle);
            const QString result = dialog.findChild<QLabel*>(QStringLiteral("resultLabel"))->text();
            QVERIFY2(result.contains(QStringLiteral("README.txt")) && result.contains(QStringLiteral("connected")),
                     qPrintable(result));
            // The verification certificate the app made is shown: CN = the code, and no key with it.
            auto* shown = dialog.findChild<QPlainTextEdit*>(QStringLiteral("detailsEdit"));
            QVERIFY(shown->isVisible());
            const auto verification = crypto::Certificate::fromPem(shown->toPlainText().toLatin1());
            QVERIFY2(verification, qPrintable(shown->toPlainText()));
            QCOMPARE(verification->commonName(), code);
            QVERIFY(!shown->toPlainText().contains(QStringLiteral("PRIVATE KEY")));
            QTest::mouseClick(finish, Qt::LeftButton);
        });
        runCommand(MainActions::RegisterCa);
        QVERIFY2(m_window->errorBanner()->isHidden(), qPrintable(m_window->errorBanner()->message()));

        const QDir bundle(folder);
        QCOMPARE(
            bundle.entryList(QDir::Files | QDir::Hidden, QDir::Name),
            (QStringList {QStringLiteral("README.txt"), QStringLiteral("ca.pem"), QStringLiteral("verification.pem")}));
        const auto ca = m_workspace->workspace().cas().get(caId);
        QVERIFY(ca);
        const auto caCertificate = crypto::Certificate::fromDer(ca->certificateDer);
        QVERIFY(caCertificate);
        QFile caFile(bundle.filePath(QStringLiteral("ca.pem")));
        QVERIFY(caFile.open(QIODevice::ReadOnly));
        QCOMPARE(*crypto::Certificate::fromPem(caFile.readAll()), *caCertificate);
        QFile verificationFile(bundle.filePath(QStringLiteral("verification.pem")));
        QVERIFY(verificationFile.open(QIODevice::ReadOnly));
        const auto verification = crypto::Certificate::fromPem(verificationFile.readAll());
        QVERIFY(verification);
        QCOMPARE(verification->commonName(), code);
        QVERIFY(verification->isSignedBy(*caCertificate));
        QFile readme(bundle.filePath(QStringLiteral("README.txt")));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QByteArray readmeText = readme.readAll();
        QVERIFY2(readmeText.contains("RegisterCACertificate") && readmeText.contains("verificationCertificate")
                     && readmeText.contains("https://iot.us-east-1.amazonaws.com"),
                 readmeText.constData());
        for (const QString& name : bundle.entryList(QDir::Files)) {
            QFile file(bundle.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("PRIVATE KEY"), qPrintable(name));
        }
        // Nothing was sent and no registration recorded: the registration is finished elsewhere. The verification
        // certificate the CA signed is recorded (brief rule 1), and only it.
        QCOMPARE(m_emulator.server().requestCount(), requests);
        QVERIFY(m_workspace->workspace().registrations().forCa(caId)->isEmpty());
        QCOMPARE(m_workspace->workspace().audit().count().value(), auditBefore + 1);
        const auto recorded = model::VerificationCertificateLedger(m_workspace->workspace()).listForCa(caId);
        QVERIFY(recorded);
        QCOMPARE(recorded->size(), 1);
        QCOMPARE(recorded->first().certificateDer, verification->toDer());
        QCOMPARE(recorded->first().purpose, model::VerificationCertificatePurpose::OfflineRegistration);
        QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("networkLabel"))->text(),
                 QStringLiteral("Offline (by choice)"));
    }

    void alibabaIotWritesTheUploadBundle()
    {
        const qint64 accountId = addAccount(QStringLiteral("Console"), QStringLiteral("aliyun-iot"));
        const qint64 caId = createCa(QStringLiteral("Fleet Root"), crypto::KeyAlgorithm::Rsa2048);
        QTRY_VERIFY(m_window->caListPane()->selectCa(caId));
        QTRY_VERIFY(m_window->selectAccount(accountId));
        const QString folder = QDir(m_workspace->scratch(QStringLiteral("out"))).filePath(QStringLiteral("bundle"));
        const int requests = m_emulator.server().requestCount();

        m_prompter->dialogs.enqueue([&](QDialog& dialog) {
            auto* wizard = qobject_cast<RegisterCaWizard*>(&dialog);
            QVERIFY(wizard);
            QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("accountNoteLabel"))
                        ->text()
                        .contains(QStringLiteral("upload bundle")));
            next(*wizard, "nextButton", RegisterCaWizard::CodePageId);
            // No API for the code: typing it is the only way.
            QVERIFY(!dialog.findChild<QRadioButton*>(QStringLiteral("fetchCodeRadio"))->isEnabled());
            QVERIFY(!dialog.findChild<QAbstractButton*>(QStringLiteral("nextButton"))->isEnabled());
            typeInto(&dialog, QStringLiteral("codeEdit"), QStringLiteral("3a1b8c7e2f"));
            next(*wizard, "nextButton", RegisterCaWizard::BundlePageId);
            typeInto(&dialog, QStringLiteral("bundleFolderEdit"), folder);
            next(*wizard, "nextButton", RegisterCaWizard::ConfirmPageId);
            m_prompter->dialogs.enqueue(typePassphrase());
            next(*wizard, "commitButton", RegisterCaWizard::RunPageId);
            auto* finish = dialog.findChild<QAbstractButton*>(QStringLiteral("finishButton"));
            QTRY_VERIFY_WITH_TIMEOUT(finish->isVisible() && finish->isEnabled(), 60000);
            QVERIFY2(wizard->outcome()->ok(), qPrintable(outcomeText(*wizard)));
            QVERIFY(
                dialog.findChild<QLabel*>(QStringLiteral("resultLabel"))->text().contains(QStringLiteral("ca.pem")));
            QTest::mouseClick(finish, Qt::LeftButton);
        });
        runCommand(MainActions::RegisterCa);
        QVERIFY2(m_window->errorBanner()->isHidden(), qPrintable(m_window->errorBanner()->message()));
        for (const char* name : {"ca.pem", "verification.pem", "README.txt"})
            QVERIFY2(QFile::exists(QDir(folder).filePath(QString::fromLatin1(name))), name);
        QFile verification(QDir(folder).filePath(QStringLiteral("verification.pem")));
        QVERIFY(verification.open(QIODevice::ReadOnly));
        const auto certificate = crypto::Certificate::fromPem(verification.readAll());
        QVERIFY(certificate);
        QCOMPARE(certificate->commonName(), QStringLiteral("3a1b8c7e2f"));
        // Nothing was sent and nothing is claimed: the registration happens in the console.
        QCOMPARE(m_emulator.server().requestCount(), requests);
        QVERIFY(m_workspace->workspace().registrations().forCa(caId)->isEmpty());
    }
};

QTEST_MAIN(TestRegisterCaWizard)
#include "TestRegisterCaWizard.moc"
