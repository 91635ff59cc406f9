#pragma once

#include "PlatformEmulatorFixture.h"

#include "model/platform/ApsaraMqConnector.h"
#include "model/platform/AwsIotConnector.h"
#include "model/platform/TencentIotHubConnector.h"
#include "model/workspace/PlatformAccountRepository.h"

#include "crypto/CertificateBuilder.h"
#include "crypto/DeviceCertificateIssuer.h"
#include "model/audit/AuditLog.h"
#include "model/ca/CaRecordFactory.h"
#include "model/registration/CaRegistrationService.h"
#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Workspace.h"

#include <QFile>
#include <QStringList>

#include <chrono>
#include <type_traits>

namespace iotca::test {

/// A CA in a test workspace, with its key in memory (the service takes the unlocked key; the stored one is a
/// placeholder).
struct TestCa
{
    qint64 id = 0;
    crypto::Certificate certificate;
    crypto::PrivateKey key;
};

/// A device certificate recorded in a test workspace.
struct TestDevice
{
    QString serial;
    QString deviceName;
    QByteArray pem;
};

/// Adds a self-signed EC P-256 CA named `name` with subject CN `commonName`.
inline Result<TestCa> addTestCa(model::Workspace& workspace, const QString& name, const QString& commonName)
{
    auto key = crypto::PrivateKey::generate(crypto::KeyAlgorithm::EcP256);
    if (!key)
        return key.error();
    auto subject = crypto::DistinguishedName::parse(QStringLiteral("CN=%1,O=IoT CA Desk tests").arg(commonName));
    if (!subject)
        return subject.error();
    crypto::CaCertificateSpec spec;
    spec.subject = *subject;
    spec.validityDays = 3650;
    auto certificate = crypto::CertificateBuilder::createRootCa(*key, spec);
    if (!certificate)
        return certificate.error();
    model::CaRecord record = model::caRecordFromCertificate(*certificate, name, {});
    record.encryptedKeyPem = QByteArrayLiteral("-----BEGIN ENCRYPTED PRIVATE KEY-----\n(placeholder)\n");
    auto id = workspace.cas().add(record);
    if (!id)
        return id.error();
    return TestCa {*id, *certificate, *key};
}

/// Issues `count` device certificates (CN = device name) from `ca` and records them with `status`.
inline Result<QList<TestDevice>> addTestDevices(model::Workspace& workspace, const TestCa& ca, int count,
                                                const QString& product, const QString& prefix,
                                                model::DeviceCertificateStatus status)
{
    auto issuer = crypto::DeviceCertificateIssuer::create(ca.certificate, ca.key);
    if (!issuer)
        return issuer.error();
    QList<model::DeviceCertificateRecord> records;
    QList<TestDevice> devices;
    for (int i = 1; i <= count; ++i) {
        const QString name = QStringLiteral("%1%2").arg(prefix).arg(i, 3, 10, QLatin1Char('0'));
        crypto::DeviceCertificateSpec spec;
        auto subject = crypto::DistinguishedName::fromCommonName(name);
        if (!subject)
            return subject.error();
        spec.subject = *subject;
        auto issued = issuer->issue(spec);
        if (!issued)
            return issued.error();
        model::DeviceCertificateRecord record;
        record.serialHex = issued->serialNumberHex;
        record.productKey = product;
        record.deviceName = name;
        record.certificateDer = issued->certificateDer;
        record.status = status;
        record.notAfter = issued->notAfter;
        records.append(record);
        devices.append(TestDevice {issued->serialNumberHex, name, issued->certificatePem});
    }
    if (auto added = workspace.devices().add(ca.id, records); !added)
        return added.error();
    return devices;
}

/// Everything a failed operation must leave as it was: registrations, device statuses, the audit log's length.
inline QString workspaceSnapshot(const model::Workspace& workspace)
{
    QStringList parts;
    const auto cas = workspace.cas().list();
    if (!cas)
        return QStringLiteral("error: ") + cas.error().message;
    for (const model::CaRecord& ca : *cas) {
        parts << QStringLiteral("ca %1 %2").arg(ca.id).arg(ca.name);
        const auto registrations = workspace.registrations().forCa(ca.id);
        for (const model::CaRegistrationRecord& registration :
             registrations.valueOr(QList<model::CaRegistrationRecord>()))
            parts << QStringLiteral("  registration %1 %2 %3 %4")
                         .arg(registration.accountId)
                         .arg(registration.remoteId, model::registrationStatusName(registration.status),
                              registration.lastSynced.toString(Qt::ISODateWithMs));
        const auto devices = workspace.devices().listForCa(ca.id);
        for (const model::DeviceCertificateRecord& device : devices.valueOr(QList<model::DeviceCertificateRecord>()))
            parts << QStringLiteral("  device %1 %2")
                         .arg(device.serialHex, model::deviceCertificateStatusName(device.status));
    }
    parts << QStringLiteral("audit %1").arg(workspace.audit().count().valueOr(-1));
    return parts.join(QLatin1Char('\n'));
}

/// The actions of the workspace's audit log, oldest first.
inline QStringList auditActions(const model::Workspace& workspace)
{
    QStringList actions;
    const auto entries = workspace.audit().entries();
    for (const model::AuditEntry& entry : entries.valueOr(QList<model::AuditEntry>()))
        actions << entry.action;
    return actions;
}

/// Evaluates `expression` (a Result or Status) once and fails the test with its message when it holds an Error.
#define VERIFY_OK(expression)                                                                                          \
    do {                                                                                                               \
        const auto& verified = (expression);                                                                           \
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().fullText()));                            \
    } while (false)

// The tests speak the model's language; this header is included by test sources only.
using namespace iotca::model; // NOLINT(google-build-using-namespace)

inline const QString KeyId = QStringLiteral("LTAI-registration-test");
/// How long the shortcuts below wait for a multi-request operation (generous: valgrind runs are slow).
inline constexpr int AwaitMs = 90000;
inline const QByteArray KeySecret = QByteArrayLiteral("registration-secret/+=");

/// The world of the CaRegistrationService tests: an in-process emulator, a fresh workspace per test, platform
/// accounts with their connector and service, and shortcuts for the service's operations.
class RegistrationTestBase : public QObject
{
protected:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<app::EmulatorServer> m_server;
    QString m_caBundle;
    std::unique_ptr<Workspace> m_workspace;
    int m_counter = 0;

    /// One platform account in the workspace, its connector and the service under test.
    struct Account
    {
        qint64 id = 0;
        std::unique_ptr<PlatformConnector> connector;
        std::unique_ptr<CaRegistrationService> service;
    };

    PlatformAccount platformAccount(PlatformId platform) const
    {
        PlatformAccount account;
        account.platform = platform;
        account.name = platformIdName(platform);
        account.region = platform == PlatformId::AwsIot ? QStringLiteral("us-east-1") : QStringLiteral("cn-hangzhou");
        account.endpoint = m_server->url();
        account.instanceId = QStringLiteral("post-cn-emulator");
        account.product = app::TencentIotHubEmulation::productId();
        account.caBundlePath = m_caBundle;
        account.accessKeyId = KeyId;
        return account;
    }

    template<class Connector = void>
    Account account(PlatformId platform)
    {
        Account made;
        PlatformAccountRecord record;
        record.name = QStringLiteral("%1-%2").arg(platformIdName(platform)).arg(++m_counter);
        record.platformId = platformIdName(platform);
        record.displayName = record.name;
        record.region = platformAccount(platform).region;
        record.endpoint = m_server->url().toString();
        record.credentialKey = QStringLiteral("test/%1").arg(record.name);
        const auto id = m_workspace->accounts().add(record);
        if (!id)
            qFatal("account: %s", qPrintable(id.error().fullText()));
        made.id = *id;
        auto secret = PlatformSecret {crypto::SecureBuffer::fromBytes(KeySecret)};
        if constexpr (!std::is_void_v<Connector>)
            made.connector = std::make_unique<Connector>(platformAccount(platform), std::move(secret), &m_network);
        else if (platform == PlatformId::AwsIot)
            made.connector =
                std::make_unique<AwsIotConnector>(platformAccount(platform), std::move(secret), &m_network);
        else if (platform == PlatformId::TencentIotHub)
            made.connector =
                std::make_unique<TencentIotHubConnector>(platformAccount(platform), std::move(secret), &m_network);
        else
            made.connector =
                std::make_unique<ApsaraMqConnector>(platformAccount(platform), std::move(secret), &m_network);
        using namespace std::chrono_literals;
        made.connector->setRetryPolicy(RetryPolicy {5s, 3, 10ms});
        made.service = std::make_unique<CaRegistrationService>(*m_workspace, *made.connector, made.id);
        return made;
    }

    TestCa ca(const QString& name, const QString& commonName = {})
    {
        auto made = addTestCa(*m_workspace, name, commonName.isEmpty() ? name : commonName);
        if (!made)
            qFatal("ca: %s", qPrintable(made.error().fullText()));
        return *made;
    }

    static QString consoleCode(PlatformId platform)
    {
        return platform == PlatformId::TencentIotHub ? app::TencentIotHubEmulation::verificationCode(KeyId) : QString();
    }

    static Result<CaRegistrationRecord> registerCa(Account& account, const TestCa& ca, const QString& code = {},
                                                   const QString& remoteName = {})
    {
        RegisterCaRequest request;
        request.caId = ca.id;
        request.caKey = ca.key;
        request.registrationCode = code.isEmpty() ? consoleCode(account.connector->account().platform) : code;
        request.remoteName = remoteName;
        return awaitResult<CaRegistrationRecord>(
            [&](auto done) { account.service->registerCa(std::move(request), done); }, AwaitMs);
    }

    static Result<CascadeOutcome> setCaStatus(Account& account, qint64 caId, RegistrationStatus status)
    {
        return awaitResult<CascadeOutcome>([&](auto done) { account.service->setCaStatus(caId, status, done); },
                                           AwaitMs);
    }

    static Result<CascadeOutcome> deleteCa(Account& account, qint64 caId)
    {
        return awaitResult<CascadeOutcome>([&](auto done) { account.service->deleteCa(caId, done); }, AwaitMs);
    }

    qint64 deviceCount(qint64 caId, DeviceCertificateStatus status) const
    {
        const auto devices = m_workspace->devices().listForCa(caId, status);
        return devices ? devices->size() : -1;
    }

    RegistrationStatus recordedStatus(qint64 caId, qint64 accountId) const
    {
        const auto stored = m_workspace->registrations().get(caId, accountId);
        return stored && stored->has_value() ? (*stored)->status : RegistrationStatus::Deleted;
    }

    app::EmulatedAccount& emulated(PlatformId platform)
    {
        if (platform == PlatformId::AwsIot)
            return m_server->awsIot().account(KeyId);
        if (platform == PlatformId::TencentIotHub)
            return m_server->tencentIotHub().account(KeyId);
        return m_server->apsaraMq().account(KeyId);
    }

    /// initTestCase(): the emulator on a free port with a throwaway TLS identity.
    void startEmulator()
    {
        QVERIFY(m_dir.isValid());
        auto identity = app::ThrowawayTlsIdentity::create();
        VERIFY_OK(identity);
        m_caBundle = m_dir.filePath(QStringLiteral("emulator-ca.pem"));
        QFile bundle(m_caBundle);
        QVERIFY(bundle.open(QIODevice::WriteOnly));
        bundle.write(identity->caCertificate.toPem());
        bundle.close();
        m_server = std::make_unique<app::EmulatorServer>(app::EmulatorCredentials {{KeyId, KeySecret}});
        auto port = m_server->start(identity->serverCertificate, identity->serverKey);
        VERIFY_OK(port);
    }

    /// init(): empty emulator state, no fault injection, a fresh workspace.
    void resetState()
    {
        m_server->apsaraMq().account(KeyId) = {};
        m_server->awsIot().account(KeyId) = {};
        m_server->tencentIotHub().account(KeyId) = {};
        m_server->failNext(0, 503);
        m_server->delayNext(0, std::chrono::milliseconds(0));
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("workspace-%1").arg(++m_counter)));
        VERIFY_OK(workspace);
        m_workspace = std::move(*workspace);
    }
};

} // namespace iotca::test
