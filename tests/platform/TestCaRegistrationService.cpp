// CaRegistrationService against the in-process emulator, with a real workspace: every flow, its cascade, its audit
// entries, and that a refused, failed or cancelled operation leaves the workspace as it was.
#include "RegistrationTestFixture.h"

#include "model/audit/AuditAction.h"
#include "model/audit/AuditLog.h"
#include "model/platform/AwsIotConnector.h"
#include "model/workspace/VerificationCertificateLedger.h"

#include <QSignalSpy>

using namespace iotca;
using namespace iotca::model;
using namespace iotca::test;
using namespace std::chrono_literals;

namespace {

/// AWS connector whose DeleteCACertificate names a certificate that does not exist: the platform refuses the
/// deletion after the service deactivated the CA, so the service has to activate it again.
class RefusingDeleteAwsConnector : public AwsIotConnector
{
public:
    using AwsIotConnector::AwsIotConnector;
    ApiJob* deleteCa(const QString&, Callback<void> done) override
    {
        return AwsIotConnector::deleteCa(QString(64, QLatin1Char('0')), std::move(done));
    }
};

} // namespace

class TestCaRegistrationService : public RegistrationTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startEmulator(); }
    void init() { resetState(); }
    void cleanup() { m_workspace.reset(); }

    void apsaraRegisterFetchesCode()
    {
        Account account = this->account(PlatformId::ApsaraMq);
        const TestCa fleet = ca(QStringLiteral("fleet_root"));
        QSignalSpy progress(account.service.get(), &CaRegistrationService::progress);
        QSignalSpy verification(account.service.get(), &CaRegistrationService::verificationCertificateMade);
        const int before = m_server->requestCount();
        const auto registered = registerCa(account, fleet);
        VERIFY_OK(registered);
        QCOMPARE(verification.size(), 1);
        const auto shown = crypto::Certificate::fromPem(verification.first().at(0).toByteArray());
        VERIFY_OK(shown);
        QCOMPARE(shown->commonName(), registered->registrationCode);
        QVERIFY(!verification.first().at(0).toByteArray().contains("PRIVATE KEY"));
        QCOMPARE(m_server->requestCount(), before + 3); // list, GetRegisterCode, RegisterCaCertificate
        QCOMPARE(registered->remoteId, fleet.certificate.serialNumberHex().toLower());
        QCOMPARE(registered->status, RegistrationStatus::Activated);
        QVERIFY(emulated(PlatformId::ApsaraMq).usedCodes.contains(registered->registrationCode));
        QVERIFY(registered->registeredAt.isValid());
        QCOMPARE(recordedStatus(fleet.id, account.id), RegistrationStatus::Activated);
        QCOMPARE(progress.size(), 6);
        QCOMPARE(progress.last().at(0).toInt(), 5);
        QCOMPARE(progress.last().at(1).toInt(), 5);
        QVERIFY(!account.service->isBusy());
        QVERIFY(auditActions(*m_workspace).contains(QStringLiteral("ca.registered")));

        // Registered already (in the workspace): refused before anything is sent.
        const int again = m_server->requestCount();
        const auto twice = registerCa(account, fleet);
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, QStringLiteral("Preflight.AlreadyRegistered"));
        QCOMPARE(m_server->requestCount(), again);
    }

    void awsRegisterWithGivenCode()
    {
        Account account = this->account(PlatformId::AwsIot);
        const TestCa fleet = ca(QStringLiteral("Fleet Root"));
        const auto code = awaitResult<QString>([&](auto done) { return account.connector->getRegistrationCode(done); });
        VERIFY_OK(code);
        const int before = m_server->requestCount();
        const auto registered = registerCa(account, fleet, *code);
        VERIFY_OK(registered);
        QCOMPARE(m_server->requestCount(), before + 2); // list, RegisterCACertificate: the code was given
        QCOMPARE(registered->remoteId, QString::fromLatin1(fleet.certificate.sha256Fingerprint().toHex()));
        QCOMPARE(registered->registrationCode, *code);
        QCOMPARE(emulated(PlatformId::AwsIot).cas.size(), 1);
        QVERIFY(emulated(PlatformId::AwsIot).cas.first().active);
    }

    void tencentRegisterNeedsConsoleCode()
    {
        Account account = this->account(PlatformId::TencentIotHub);
        const TestCa fleet = ca(QStringLiteral("Fleet Root"));
        const int before = m_server->requestCount();
        RegisterCaRequest request;
        request.caId = fleet.id;
        request.caKey = fleet.key;
        request.remoteName = QStringLiteral("fleet_root");
        const auto noCode = awaitResult<CaRegistrationRecord>(
            [&](auto done) { account.service->registerCa(std::move(request), done); });
        QVERIFY(!noCode);
        QCOMPARE(noCode.error().code, QStringLiteral("Preflight.RegistrationCode"));
        QCOMPARE(m_server->requestCount(), before);

        // The CA's workspace name "Fleet Root" has a space, which Tencent refuses: also before sending.
        const auto badName = registerCa(account, fleet);
        QVERIFY(!badName);
        QCOMPARE(badName.error().code, QStringLiteral("Preflight.CaName"));
        QCOMPARE(m_server->requestCount(), before);

        const auto registered = registerCa(account, fleet, {}, QStringLiteral("fleet_root"));
        VERIFY_OK(registered);
        QCOMPARE(registered->remoteId, QStringLiteral("fleet_root"));
        QCOMPARE(registered->registrationCode, app::TencentIotHubEmulation::verificationCode(KeyId));
    }

    void apsaraActivateDeactivateCascades()
    {
        Account account = this->account(PlatformId::ApsaraMq);
        const TestCa fleet = ca(QStringLiteral("fleet_root"));
        VERIFY_OK(registerCa(account, fleet));
        const auto associated = addTestDevices(*m_workspace, fleet, 3, QStringLiteral("a1Product"),
                                               QStringLiteral("dev-"), DeviceCertificateStatus::Associated);
        VERIFY_OK(associated);
        VERIFY_OK(addTestDevices(*m_workspace, fleet, 2, QStringLiteral("a1Product"), QStringLiteral("new-"),
                                 DeviceCertificateStatus::Issued));
        for (const TestDevice& device : *associated)
            QVERIFY(m_server->apsaraMq().connectDevice(KeyId, device.pem));
        const auto remoteActive = [&] {
            int active = 0;
            for (const auto& device : emulated(PlatformId::ApsaraMq).devices)
                active += device.active ? 1 : 0;
            return active;
        };

        auto outcome = setCaStatus(account, fleet.id, RegistrationStatus::Inactivated);
        VERIFY_OK(outcome);
        QCOMPARE(outcome->devicesChanged, 3);
        QCOMPARE(outcome->registration.status, RegistrationStatus::Inactivated);
        QCOMPARE(recordedStatus(fleet.id, account.id), RegistrationStatus::Inactivated);
        QCOMPARE(deviceCount(fleet.id, DeviceCertificateStatus::Inactivated), 3);
        QCOMPARE(deviceCount(fleet.id, DeviceCertificateStatus::Issued), 2);
        QVERIFY(!emulated(PlatformId::ApsaraMq).cas.first().active);
        QCOMPARE(remoteActive(), 0); // the platform cascades too

        outcome = setCaStatus(account, fleet.id, RegistrationStatus::Activated);
        VERIFY_OK(outcome);
        QCOMPARE(outcome->devicesChanged, 3);
        QCOMPARE(deviceCount(fleet.id, DeviceCertificateStatus::Associated), 3);
        QCOMPARE(deviceCount(fleet.id, DeviceCertificateStatus::Issued), 2);
        QVERIFY(emulated(PlatformId::ApsaraMq).cas.first().active);
        QCOMPARE(remoteActive(), 3);

        const QStringList actions = auditActions(*m_workspace);
        for (const char* action :
             {"ca.registered", "ca.deactivated", "devices.status_changed", "ca.activated", "devices.associated"})
            QVERIFY2(actions.contains(QLatin1String(action)), action);
    }

    void awsDeactivateDoesNotCascade()
    {
        // AWS keeps device certificates as they are when their CA is deactivated: so does the workspace.
        Account account = this->account(PlatformId::AwsIot);
        const TestCa fleet = ca(QStringLiteral("fleet"));
        const auto registered = registerCa(account, fleet);
        VERIFY_OK(registered);
        const auto devices =
            addTestDevices(*m_workspace, fleet, 2, {}, QStringLiteral("thing-"), DeviceCertificateStatus::Associated);
        VERIFY_OK(devices);
        for (const TestDevice& device : *devices) {
            VERIFY_OK(awaitResult<RemoteDeviceCertificate>([&](auto done) {
                return account.connector->registerDeviceCertificate(
                    DeviceUpload {registered->remoteId, device.pem, fleet.certificate.toPem(), {}, {}, true}, done);
            }));
        }
        const auto outcome = setCaStatus(account, fleet.id, RegistrationStatus::Inactivated);
        VERIFY_OK(outcome);
        QCOMPARE(outcome->devicesChanged, 0);
        QCOMPARE(recordedStatus(fleet.id, account.id), RegistrationStatus::Inactivated);
        QCOMPARE(deviceCount(fleet.id, DeviceCertificateStatus::Associated), 2);
        QVERIFY(!emulated(PlatformId::AwsIot).cas.first().active);
    }

    void tencentHasNoCaStatus()
    {
        Account account = this->account(PlatformId::TencentIotHub);
        const TestCa fleet = ca(QStringLiteral("fleet_root"));
        VERIFY_OK(registerCa(account, fleet));
        const QString before = workspaceSnapshot(*m_workspace);
        const int requests = m_server->requestCount();
        const auto refused = setCaStatus(account, fleet.id, RegistrationStatus::Inactivated);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("Preflight.Unsupported"));
        QCOMPARE(refused.error().message,
                 account.connector->preflight()
                     .checkOperation(PlatformCapabilities::Operation::DeactivateCa)
                     .error()
                     .message);
        QCOMPARE(m_server->requestCount(), requests);
        QCOMPARE(workspaceSnapshot(*m_workspace), before);
    }

    void apsaraDeleteCascades()
    {
        Account account = this->account(PlatformId::ApsaraMq);
        const TestCa fleet = ca(QStringLiteral("fleet_root"));
        VERIFY_OK(registerCa(account, fleet));
        const auto devices = addTestDevices(*m_workspace, fleet, 2, QStringLiteral("a1Product"), QStringLiteral("dev-"),
                                            DeviceCertificateStatus::Associated);
        VERIFY_OK(devices);
        for (const TestDevice& device : *devices)
            QVERIFY(m_server->apsaraMq().connectDevice(KeyId, device.pem));
        VERIFY_OK(addTestDevices(*m_workspace, fleet, 1, QStringLiteral("a1Product"), QStringLiteral("new-"),
                                 DeviceCertificateStatus::Issued));
        const int before = m_server->requestCount();
        const auto outcome = deleteCa(account, fleet.id);
        VERIFY_OK(outcome);
        QCOMPARE(m_server->requestCount(), before + 1); // ApsaraMQ deletes an active CA as it is
        // The platform deleted the two it held; the one never registered there stays Issued.
        QCOMPARE(outcome->devicesChanged, 2);
        QCOMPARE(outcome->registration.status, RegistrationStatus::Deleted);
        QCOMPARE(deviceCount(fleet.id, DeviceCertificateStatus::Deleted), 2);
        QCOMPARE(deviceCount(fleet.id, DeviceCertificateStatus::Issued), 1);
        QVERIFY(emulated(PlatformId::ApsaraMq).cas.isEmpty());
        QVERIFY(emulated(PlatformId::ApsaraMq).devices.isEmpty());
        QVERIFY(auditActions(*m_workspace).contains(QStringLiteral("ca.deleted_remote")));

        const auto again = deleteCa(account, fleet.id);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("RegistrationDeleted"));
        // Deleted, it may be registered again (the old row is forgotten and the log says so).
        VERIFY_OK(registerCa(account, fleet));
        QCOMPARE(recordedStatus(fleet.id, account.id), RegistrationStatus::Activated);
        QVERIFY(auditActions(*m_workspace).contains(QStringLiteral("ca.unregistered")));
    }

    void awsDeleteDeactivatesActiveCaFirst()
    {
        Account account = this->account(PlatformId::AwsIot);
        const TestCa fleet = ca(QStringLiteral("fleet"));
        VERIFY_OK(registerCa(account, fleet));
        QVERIFY(!account.connector->preflight().checkDelete(RemoteStatus::Active));
        const int before = m_server->requestCount();
        const auto outcome = deleteCa(account, fleet.id);
        VERIFY_OK(outcome);
        QCOMPARE(m_server->requestCount(), before + 3); // DescribeCACertificate, UpdateCACertificate, Delete
        QCOMPARE(outcome->registration.status, RegistrationStatus::Deleted);
        QVERIFY(emulated(PlatformId::AwsIot).cas.isEmpty());
    }

    void awsDeleteRefusedActivatesAgain()
    {
        Account account = this->account<RefusingDeleteAwsConnector>(PlatformId::AwsIot);
        const TestCa fleet = ca(QStringLiteral("fleet"));
        VERIFY_OK(registerCa(account, fleet));
        VERIFY_OK(
            addTestDevices(*m_workspace, fleet, 2, {}, QStringLiteral("thing-"), DeviceCertificateStatus::Associated));
        const QString before = workspaceSnapshot(*m_workspace);
        const auto refused = deleteCa(account, fleet.id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("ResourceNotFoundException"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("active again")), qPrintable(refused.error().message));
        QCOMPARE(workspaceSnapshot(*m_workspace), before);
        QCOMPARE(emulated(PlatformId::AwsIot).cas.size(), 1);
        QVERIFY(emulated(PlatformId::AwsIot).cas.first().active); // platform as it was, too
    }

    void syncFindsChangedAndVanished()
    {
        Account account = this->account(PlatformId::ApsaraMq);
        const TestCa changed = ca(QStringLiteral("changed"));
        const TestCa vanished = ca(QStringLiteral("vanished"));
        const TestCa same = ca(QStringLiteral("same"));
        for (const TestCa* each : {&changed, &vanished, &same})
            VERIFY_OK(registerCa(account, *each));
        // Changes made elsewhere (the console, another tool).
        app::EmulatedAccount& state = emulated(PlatformId::ApsaraMq);
        state.findCa(changed.certificate.serialNumberHex().toLower())->active = false;
        state.cas.removeIf(
            [&](const app::EmulatedCa& ca) { return ca.id == vanished.certificate.serialNumberHex().toLower(); });
        const QDateTime lastSynced = (*m_workspace->registrations().get(same.id, account.id))->lastSynced;

        // A server error first: the list is a read, so it is tried again.
        m_server->failNext(1, 503);
        const int before = m_server->requestCount();
        const auto outcome = awaitResult<SyncOutcome>([&](auto done) { account.service->sync(done); });
        VERIFY_OK(outcome);
        // The list twice (the retry), then the device list of each of the two CAs still registered.
        QCOMPARE(m_server->requestCount(), before + 4);
        QCOMPARE(outcome->checked, 3);
        QCOMPARE(outcome->changed, 1);
        QCOMPARE(outcome->vanished, 1);
        QCOMPARE(recordedStatus(changed.id, account.id), RegistrationStatus::Inactivated);
        QCOMPARE(recordedStatus(vanished.id, account.id), RegistrationStatus::Deleted);
        QCOMPARE(recordedStatus(same.id, account.id), RegistrationStatus::Activated);
        QVERIFY((*m_workspace->registrations().get(same.id, account.id))->lastSynced >= lastSynced);

        // Nothing changed since: all checked, none changed; the deleted one is no longer checked.
        const auto again = awaitResult<SyncOutcome>([&](auto done) { account.service->sync(done); });
        VERIFY_OK(again);
        QCOMPARE(again->checked, 2);
        QCOMPARE(again->changed + again->vanished, 0);
    }

    void apsaraDeviceBatch()
    {
        Account account = this->account(PlatformId::ApsaraMq);
        const TestCa fleet = ca(QStringLiteral("fleet_root"));
        VERIFY_OK(registerCa(account, fleet));
        const auto devices = addTestDevices(*m_workspace, fleet, 3, QStringLiteral("a1Product"), QStringLiteral("dev-"),
                                            DeviceCertificateStatus::Associated);
        VERIFY_OK(devices);
        for (qsizetype i = 0; i < 2; ++i) // the third never connected: the broker does not know it
            QVERIFY(m_server->apsaraMq().connectDevice(KeyId, devices->at(i).pem));
        const QString unknown = QStringLiteral("0ABCDEF1");
        QSignalSpy progress(account.service.get(), &CaRegistrationService::progress);
        const int before = m_server->requestCount();
        const QStringList serials {devices->at(0).serial, unknown, devices->at(1).serial, devices->at(2).serial};
        const auto outcome = awaitResult<DeviceBatchOutcome>([&](auto done) {
            account.service->setDeviceStatus(fleet.id, serials, DeviceCertificateStatus::Inactivated, done);
        });
        VERIFY_OK(outcome);
        // The list first (the platform's DeviceSn), one request per listed device, the list again (read-back); none
        // for the unknown serial nor for the device the broker never registered.
        QCOMPARE(m_server->requestCount(), before + 4);
        QCOMPARE(outcome->succeeded, (QStringList {devices->at(0).serial, devices->at(1).serial}));
        QCOMPARE(outcome->failed.size(), 2);
        QCOMPARE(outcome->failed.at(0).first, unknown);
        QCOMPARE(outcome->failed.at(0).second.code, QStringLiteral("NotFound"));
        QVERIFY(outcome->failed.at(0).second.message.contains(unknown));
        QCOMPARE(outcome->failed.at(1).first, devices->at(2).serial);
        QCOMPARE(outcome->failed.at(1).second.code, QStringLiteral("NotOnPlatform"));
        QVERIFY(outcome->failed.at(1).second.message.contains(devices->at(2).serial));
        QCOMPARE(deviceCount(fleet.id, DeviceCertificateStatus::Inactivated), 2);
        // Recorded as Associated, but the platform does not hold it: the read-back records that (Deleted).
        QCOMPARE(deviceCount(fleet.id, DeviceCertificateStatus::Associated), 0);
        QCOMPARE(deviceCount(fleet.id, DeviceCertificateStatus::Deleted), 1);
        QVERIFY(!m_server->apsaraMq().connectDevice(KeyId, devices->at(0).pem)); // inactive on the broker
        QCOMPARE(progress.first().at(1).toInt(), 3);

        const auto deleted = awaitResult<DeviceBatchOutcome>(
            [&](auto done) { account.service->deleteDevices(fleet.id, {devices->at(0).serial}, done); });
        VERIFY_OK(deleted);
        QCOMPARE(deleted->succeeded, QStringList {devices->at(0).serial});
        QCOMPARE(deviceCount(fleet.id, DeviceCertificateStatus::Deleted), 2);
        QCOMPARE(emulated(PlatformId::ApsaraMq).devices.size(), 1);
        QVERIFY(auditActions(*m_workspace).contains(QStringLiteral("devices.status_changed")));
    }

    void awsDeleteDevicesDeactivatesFirst()
    {
        Account account = this->account(PlatformId::AwsIot);
        const TestCa fleet = ca(QStringLiteral("fleet"));
        const auto registered = registerCa(account, fleet);
        VERIFY_OK(registered);
        const auto devices =
            addTestDevices(*m_workspace, fleet, 2, {}, QStringLiteral("thing-"), DeviceCertificateStatus::Associated);
        VERIFY_OK(devices);
        for (const TestDevice& device : *devices) {
            const auto answer = awaitResult<RemoteDeviceCertificate>([&](auto done) {
                return account.connector->registerDeviceCertificate(
                    DeviceUpload {registered->remoteId, device.pem, fleet.certificate.toPem(), {}, {}, true}, done);
            });
            VERIFY_OK(answer);
            // The certificateId AWS answered is what the workspace knows the certificate by (never computed).
            VERIFY_OK(m_workspace->devices().recordRemoteIds(fleet.id, {{device.serial, answer->remoteId}}));
        }
        const int before = m_server->requestCount();
        const auto outcome = awaitResult<DeviceBatchOutcome>([&](auto done) {
            account.service->deleteDevices(fleet.id, {devices->at(0).serial, devices->at(1).serial}, done);
        });
        VERIFY_OK(outcome);
        // The list, UpdateCertificate INACTIVE then DeleteCertificate for each, the list again.
        QCOMPARE(m_server->requestCount(), before + 6);
        QCOMPARE(outcome->succeeded.size(), 2);
        QVERIFY(outcome->failed.isEmpty());
        QVERIFY(emulated(PlatformId::AwsIot).devices.isEmpty());
        QCOMPARE(deviceCount(fleet.id, DeviceCertificateStatus::Deleted), 2);
    }

    void tencentDeviceStatus()
    {
        Account account = this->account(PlatformId::TencentIotHub);
        const TestCa fleet = ca(QStringLiteral("fleet_root"));
        VERIFY_OK(registerCa(account, fleet));
        const QString product = app::TencentIotHubEmulation::productId();
        const auto devices = addTestDevices(*m_workspace, fleet, 1, product, QStringLiteral("sensor-"),
                                            DeviceCertificateStatus::Associated);
        VERIFY_OK(devices);
        VERIFY_OK(awaitResult<RemoteDeviceCertificate>([&](auto done) {
            return account.connector->registerDeviceCertificate(
                DeviceUpload {
                    QStringLiteral("fleet_root"), devices->first().pem, {}, product, devices->first().deviceName, true},
                done);
        }));
        const auto outcome = awaitResult<DeviceBatchOutcome>([&](auto done) {
            account.service->setDeviceStatus(fleet.id, {devices->first().serial}, DeviceCertificateStatus::Inactivated,
                                             done);
        });
        VERIFY_OK(outcome);
        QCOMPARE(outcome->succeeded.size(), 1);
        QVERIFY(!emulated(PlatformId::TencentIotHub).devices.first().active);
        QCOMPARE(deviceCount(fleet.id, DeviceCertificateStatus::Inactivated), 1);
    }

    void eleventhCaRefusedInPreflight_data()
    {
        QTest::addColumn<PlatformId>("platform");
        // Not ApsaraMQ: no ApsaraMQ document states a number, only the platform's CaNumExceed
        // (TestPlatformConnectors::apsaraMqEleventhCa).
        QTest::newRow("aws-same-subject") << PlatformId::AwsIot;
        QTest::newRow("tencent") << PlatformId::TencentIotHub;
    }

    void eleventhCaRefusedInPreflight()
    {
        QFETCH(PlatformId, platform);
        Account account = this->account(platform);
        // Ten CAs registered already (by hand: faster than ten registrations), all with the same subject.
        app::EmulatedAccount& state = emulated(platform);
        for (int i = 0; i < 10; ++i) {
            const TestCa existing = ca(QStringLiteral("existing_%1").arg(i), QStringLiteral("Fleet Root"));
            app::EmulatedCa entry;
            entry.serialHex = existing.certificate.serialNumberHex();
            entry.id = platform == PlatformId::AwsIot
                ? QString::fromLatin1(existing.certificate.sha256Fingerprint().toHex())
                : platform == PlatformId::ApsaraMq ? entry.serialHex.toLower()
                                                   : QStringLiteral("existing_%1").arg(i);
            entry.name = QStringLiteral("existing_%1").arg(i);
            entry.subject = existing.certificate.subjectString();
            entry.pem = existing.certificate.toPem();
            entry.created = QDateTime::currentDateTimeUtc();
            state.cas.append(entry);
        }
        const TestCa eleventh = ca(QStringLiteral("eleventh"), QStringLiteral("Fleet Root"));
        const QString before = workspaceSnapshot(*m_workspace);
        const int requests = m_server->requestCount();
        QSignalSpy progress(account.service.get(), &CaRegistrationService::progress);
        const auto refused = registerCa(account, eleventh);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("Preflight.CaLimit"));
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("CA limit reached: this account already has 10 CA")),
                 qPrintable(refused.error().message));
        QCOMPARE(m_server->requestCount(), requests + 1); // the fresh list only: no code fetched, nothing uploaded
        QCOMPARE(progress.size(), 1);
        QCOMPARE(state.cas.size(), 10);
        QCOMPARE(workspaceSnapshot(*m_workspace), before);
    }

    void wrongRegistrationCode_data()
    {
        QTest::addColumn<PlatformId>("platform");
        QTest::addColumn<QString>("code");
        QTest::newRow("apsaramq") << PlatformId::ApsaraMq << QStringLiteral("RegisterCodeError");
        QTest::newRow("aws") << PlatformId::AwsIot << QStringLiteral("RegistrationCodeValidationException");
        QTest::newRow("tencent") << PlatformId::TencentIotHub << QStringLiteral("InvalidParameterValue.CACertNotMatch");
    }

    void wrongRegistrationCode()
    {
        QFETCH(PlatformId, platform);
        QFETCH(QString, code);
        Account account = this->account(platform);
        if (platform != PlatformId::TencentIotHub) // have the platform issue a code, then give another one
            VERIFY_OK(awaitResult<QString>([&](auto done) { return account.connector->getRegistrationCode(done); }));
        const TestCa fleet = ca(QStringLiteral("fleet_root"));
        const QString before = workspaceSnapshot(*m_workspace);
        const auto refused = registerCa(account, fleet, QStringLiteral("0123456789abcdef0123456789abcdef"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, code);
        QVERIFY2(
            refused.error().message.startsWith(QStringLiteral("Uploading the CA certificate 'fleet_root' failed: ")),
            qPrintable(refused.error().message));
        // The verification certificate the CA signed was sent, so it is recorded (brief rule 1) with its audit entry;
        // nothing else changed.
        const auto verifications = VerificationCertificateLedger(*m_workspace).listForCa(fleet.id);
        QVERIFY(verifications);
        QCOMPARE(verifications->size(), 1);
        QCOMPARE(verifications->first().purpose, VerificationCertificatePurpose::Registration);
        QCOMPARE(verifications->first().registrationCode, QStringLiteral("0123456789abcdef0123456789abcdef"));
        const auto lastEntry = m_workspace->audit().entries(0);
        QVERIFY(lastEntry && !lastEntry->isEmpty());
        QCOMPARE(lastEntry->last().action, QString(AuditAction::VerificationCertificateMade));
        QString expected = before;
        const qsizetype auditAt = expected.lastIndexOf(QStringLiteral("audit "));
        expected = expected.left(auditAt) + QStringLiteral("audit %1").arg(expected.mid(auditAt + 6).toLongLong() + 1);
        QCOMPARE(workspaceSnapshot(*m_workspace), expected);
        QVERIFY(!account.service->isBusy());
    }

    void duplicateSerialRefused()
    {
        Account account = this->account(PlatformId::ApsaraMq);
        const TestCa fleet = ca(QStringLiteral("fleet_root"));
        // Registered with the platform by another tool: the workspace does not know, the fresh list does.
        VERIFY_OK(registerCa(account, fleet));
        VERIFY_OK(m_workspace->registrations().remove(fleet.id, account.id));
        const QString before = workspaceSnapshot(*m_workspace);
        const int requests = m_server->requestCount();
        const auto refused = registerCa(account, fleet);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("Preflight.DuplicateSerial"));
        QVERIFY(refused.error().message.contains(fleet.certificate.serialNumberHex()));
        QCOMPARE(m_server->requestCount(), requests + 1);
        QCOMPARE(workspaceSnapshot(*m_workspace), before);
    }

    void cancelDuringRegistration()
    {
        Account account = this->account(PlatformId::ApsaraMq);
        const TestCa fleet = ca(QStringLiteral("fleet_root"));
        const QString before = workspaceSnapshot(*m_workspace);
        m_server->delayNext(1, 3000ms);
        const int requests = m_server->requestCount();
        std::optional<Result<CaRegistrationRecord>> out;
        RegisterCaRequest request {fleet.id, {}, {}, fleet.key, true, {}};
        account.service->registerCa(std::move(request), [&](auto result) { out.emplace(std::move(result)); });
        QVERIFY(account.service->isBusy());
        QVERIFY(QTest::qWaitFor([&] { return m_server->requestCount() > requests; }, 5000));
        account.service->cancel();
        QVERIFY(out.has_value());
        QVERIFY(!*out);
        QCOMPARE(out->error().code, QStringLiteral("Cancelled"));
        QVERIFY(!account.service->isBusy());
        QTest::qWait(50);
        QCOMPARE(m_server->requestCount(), requests + 1);
        QCOMPARE(workspaceSnapshot(*m_workspace), before);
    }

    void cancelDuringDeviceBatch()
    {
        Account account = this->account(PlatformId::ApsaraMq);
        const TestCa fleet = ca(QStringLiteral("fleet_root"));
        VERIFY_OK(registerCa(account, fleet));
        const auto devices = addTestDevices(*m_workspace, fleet, 3, QStringLiteral("a1Product"), QStringLiteral("dev-"),
                                            DeviceCertificateStatus::Associated);
        VERIFY_OK(devices);
        QStringList serials;
        for (const TestDevice& device : *devices) {
            QVERIFY(m_server->apsaraMq().connectDevice(KeyId, device.pem));
            serials << device.serial;
        }
        const QString before = workspaceSnapshot(*m_workspace);
        // Cancel as soon as the second device's step is announced (between two requests).
        connect(account.service.get(), &CaRegistrationService::progress, account.service.get(),
                [&](int done, int, const QString&) {
                    if (done == 1)
                        account.service->cancel();
                });
        const int requests = m_server->requestCount();
        const auto cancelled = awaitResult<DeviceBatchOutcome>([&](auto done) {
            account.service->setDeviceStatus(fleet.id, serials, DeviceCertificateStatus::Inactivated, done);
        });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, QStringLiteral("Cancelled"));
        QVERIFY(cancelled.error().detail.contains(serials.first())); // what the platform did already is named
        QTest::qWait(50);
        QVERIFY(m_server->requestCount() <= requests + 3); // the list, then at most two device requests
        QCOMPARE(workspaceSnapshot(*m_workspace), before);
    }

    void busyRefusesSecondOperation()
    {
        Account account = this->account(PlatformId::ApsaraMq);
        std::optional<Result<SyncOutcome>> first;
        account.service->sync([&](auto result) { first.emplace(std::move(result)); });
        const auto second =
            awaitResult<QList<RemoteCaCertificate>>([&](auto done) { account.service->listRemoteCas(done); });
        QVERIFY(!second);
        QCOMPARE(second.error().code, QStringLiteral("Busy"));
        QTRY_VERIFY(first.has_value());
        VERIFY_OK(*first);
    }

    void destroyedServiceReportsCancelled()
    {
        Account account = this->account(PlatformId::AwsIot);
        m_server->delayNext(1, 1000ms);
        std::optional<Result<QList<RemoteCaCertificate>>> out;
        account.service->listRemoteCas([&](auto result) { out.emplace(std::move(result)); });
        const int requests = m_server->requestCount();
        QVERIFY(QTest::qWaitFor([&] { return m_server->requestCount() > requests; }, 5000));
        account.service.reset();
        QVERIFY(out.has_value());
        QCOMPARE(out->error().code, QStringLiteral("Cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestCaRegistrationService)
#include "TestCaRegistrationService.moc"
