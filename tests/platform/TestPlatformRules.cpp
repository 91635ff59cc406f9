// The platform rules of issue #15, each from its source (the seeds in shared/seeds, the API references in
// shared/docs/platform-*.md): Alibaba IoT's RSA-only and Shanghai-only private CAs, Tencent's own name rules and its
// per-CA device list, no invented ApsaraMQ CA limit and its requests sent the way the official SDK sends them, and
// upload-bundle READMEs that say what the seeds say.
#include "PlatformEmulatorFixture.h"

#include "crypto/Certificate.h"
#include "crypto/DistinguishedName.h"
#include "crypto/SecureBuffer.h"
#include "model/ModelErrorCode.h"
#include "model/ca/CaCreator.h"
#include "model/ca/CaKeyAccess.h"
#include "model/jobs/DeviceNameRules.h"
#include "model/jobs/IssueDeviceCertificatesJob.h"
#include "model/platform/ApsaraMqConnector.h"
#include "model/platform/AwsIotConnector.h"
#include "model/platform/DeviceConnectionDetails.h"
#include "model/platform/OfflineRegistrationBundleWriter.h"
#include "model/platform/PlatformCapabilities.h"
#include "model/platform/PreflightChecker.h"
#include "model/platform/Tc3Signer.h"
#include "model/platform/TencentIotHubConnector.h"
#include "model/registration/PlatformAccountService.h"
#include "model/secrets/SecretStore.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/VerificationCertificateLedger.h"
#include "model/workspace/Workspace.h"
#include "tests/support/PlatformTestPki.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUrlQuery>

#include <memory>

using namespace iotca;
using namespace iotca::model;
using namespace iotca::test;
using namespace std::chrono_literals;

namespace {

const QString KeyId = QStringLiteral("LTAI-rules-key");
const QByteArray KeySecret = QByteArrayLiteral("rules-secret/with+special=chars");

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Accounts without credentials never reach the keychain; anything else here would be a test failure.
class NoSecretStore : public SecretStore
{
public:
    void write(const QString&, QByteArrayView, StatusCallback done) override { done(Error {QStringLiteral("test")}); }
    void read(const QString&, ReadCallback done) override { done(Error {QStringLiteral("test")}); }
    void remove(const QString&, StatusCallback done) override { done({}); }
};

/// Alibaba's reference implementation of the RPC V1 signature, verbatim from shared/docs/platform-alibaba.md §3.4
/// (python3, urllib.parse.quote(s, safe='-_.~')): an implementation independent of ours.
const char* const AlibabaReferenceSigner = R"PY(
import hmac, hashlib, base64, urllib.parse, json, sys
pe = lambda s: urllib.parse.quote(str(s), safe='-_.~')
def sign(method, params, secret):
    cq = '&'.join(f'{pe(k)}={pe(v)}' for k, v in sorted(params.items()))
    sts = f'{method}&{pe("/")}&{pe(cq)}'
    return base64.b64encode(hmac.new((secret + '&').encode(), sts.encode(), hashlib.sha1).digest()).decode()
request = json.load(sys.stdin)
sys.stdout.write(sign(request['method'], request['params'], request['secret']))
)PY";

} // namespace

class TestPlatformRules : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_ecCaId = 0;
    qint64 m_rsaCaId = 0;
    crypto::PrivateKey m_ecKey;
    QNetworkAccessManager m_network;
    std::unique_ptr<PlatformTestPki> m_pki;
    std::unique_ptr<app::EmulatorServer> m_server;
    QString m_caBundle;
    int m_run = 0;

    qint64 createCa(const QString& name, crypto::KeyAlgorithm algorithm, crypto::PrivateKey* key = nullptr)
    {
        NewCaParameters ca;
        ca.name = name;
        ca.subject = *crypto::DistinguishedName::parse(QStringLiteral("CN=%1,O=IoT CA Desk tests").arg(name));
        ca.algorithm = algorithm;
        const auto passphrase = crypto::SecureBuffer::fromString(QStringLiteral("rules passphrase"));
        auto id = CaCreator::createRoot(*m_workspace, ca, passphrase);
        if (!id)
            return 0;
        if (key) {
            auto unlocked = CaKeyAccess::unlock(*m_workspace, *id, passphrase);
            if (unlocked)
                *key = std::move(*unlocked);
        }
        return *id;
    }

    DeviceBatchParameters parameters(DeviceProfile::Id profile, qint64 caId)
    {
        DeviceBatchParameters parameters;
        parameters.caId = caId;
        parameters.productKey = QStringLiteral("a1Rules%1").arg(++m_run);
        parameters.profile = DeviceProfile(profile);
        parameters.outputFolder = m_dir.filePath(QStringLiteral("out-%1").arg(m_run));
        return parameters;
    }

    PlatformAccount account(PlatformId platform, const QString& instance = QStringLiteral("post-cn-emulator")) const
    {
        PlatformAccount result;
        result.platform = platform;
        result.name = QStringLiteral("rules");
        result.region = platform == PlatformId::AwsIot ? QStringLiteral("us-east-1") : QStringLiteral("cn-hangzhou");
        result.endpoint = m_server->url();
        result.instanceId = instance;
        result.product = app::TencentIotHubEmulation::productId();
        result.caBundlePath = m_caBundle;
        result.accessKeyId = KeyId;
        return result;
    }

    template<class Connector>
    std::unique_ptr<Connector> connector(PlatformId platform,
                                         const QString& instance = QStringLiteral("post-cn-emulator"))
    {
        auto made = std::make_unique<Connector>(
            account(platform, instance), PlatformSecret {crypto::SecureBuffer::fromBytes(KeySecret)}, &m_network);
        made->setRetryPolicy(RetryPolicy {5s, 1, 10ms});
        return made;
    }

    OfflineRegistrationRequest bundleRequest(PlatformId platform, qint64 caId, const crypto::PrivateKey& key,
                                             const QString& folder)
    {
        OfflineRegistrationRequest request;
        request.platform = platform;
        request.folder = folder;
        request.caName = QStringLiteral("rules_ca");
        auto ca = m_workspace->cas().get(caId);
        if (ca) {
            if (auto certificate = crypto::Certificate::fromDer(ca->certificateDer))
                request.caCertificate = *certificate;
        }
        request.caKey = key;
        request.registrationCode = QStringLiteral("c7cdfde6775c4b408b69d7e3c865f21bafe67937dc9a483ebbf7e6997b7b0123");
        request.region = QStringLiteral("cn-hangzhou");
        request.instanceId = QStringLiteral("post-cn-rules");
        request.recordVerificationCertificate =
            VerificationCertificateLedger(*m_workspace)
                .recorder(caId, VerificationCertificatePurpose::OfflineRegistration);
        return request;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("workspace")));
        QVERIFY2(workspace.ok(), qPrintable(workspace.ok() ? QString() : workspace.error().message));
        m_workspace = std::move(*workspace);
        m_ecCaId = createCa(QStringLiteral("Rules EC Root"), crypto::KeyAlgorithm::EcP256, &m_ecKey);
        QVERIFY(m_ecCaId > 0 && !m_ecKey.isNull());
        m_rsaCaId = createCa(QStringLiteral("Rules RSA Root"), crypto::KeyAlgorithm::Rsa2048);
        QVERIFY(m_rsaCaId > 0);

        m_pki = std::make_unique<PlatformTestPki>(m_dir.path());
        auto identity = app::ThrowawayTlsIdentity::create();
        QVERIFY2(identity, qPrintable(identity ? QString() : identity.error().fullText()));
        m_caBundle = m_dir.filePath(QStringLiteral("emulator-ca.pem"));
        QVERIFY(writeFile(m_caBundle, identity->caCertificate.toPem()));
        m_server = std::make_unique<app::EmulatorServer>(app::EmulatorCredentials {{KeyId, KeySecret}});
        auto port = m_server->start(identity->serverCertificate, identity->serverKey);
        QVERIFY2(port, qPrintable(port ? QString() : port.error().fullText()));
    }

    /// A TC3-signed Tencent request handed to the emulation directly (any parameters, even ones the connector
    /// never sends).
    app::EmulatorResponse tencent(const QByteArray& action, const QJsonObject& parameters)
    {
        Tc3Request sig;
        sig.payload = QJsonDocument(parameters).toJson(QJsonDocument::Compact);
        sig.service = QStringLiteral("iotcloud");
        sig.timestamp = QDateTime::currentSecsSinceEpoch();
        sig.headers = {{QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json; charset=utf-8")},
                       {QByteArrayLiteral("host"), QByteArrayLiteral("iotcloud.tencentcloudapi.com")}};
        app::EmulatorRequest request;
        request.method = "POST";
        request.encodedPath = "/";
        request.body = sig.payload;
        request.headers = {
            {"Content-Type", "application/json; charset=utf-8"},
            {"Host", "iotcloud.tencentcloudapi.com"},
            {"X-TC-Action", action},
            {"X-TC-Version", "2021-04-08"},
            {"X-TC-Timestamp", QByteArray::number(sig.timestamp)},
            {"Authorization", Tc3Signer::authorization(sig, KeyId, crypto::SecureBuffer::fromBytes(KeySecret))}};
        return m_server->tencentIotHub().handle(request);
    }

    static QString tencentErrorCode(const app::EmulatorResponse& response)
    {
        return QJsonDocument::fromJson(response.body)
            .object()
            .value(QStringLiteral("Response"))
            .toObject()
            .value(QStringLiteral("Error"))
            .toObject()
            .value(QStringLiteral("Code"))
            .toString();
    }

    void init()
    {
        m_server->apsaraMq().account(KeyId) = {};
        m_server->tencentIotHub().account(KeyId) = {};
        m_server->awsIot().account(KeyId) = {};
        m_server->apsaraMq().setCaLimit(0);
    }

    // --- Defect 3: Alibaba Cloud IoT Platform -------------------------------------------------------------------

    void alibabaIotIssuesOnlyFromAnRsaCa()
    {
        // Seed 000: "only the device certificate signed by the RSA algorithm is supported". An EC CA signs with
        // ECDSA whatever the device key is: refused before any key is generated.
        const DeviceBatchParameters fromEc = parameters(DeviceProfile::Id::AlibabaIot, m_ecCaId);
        const Status refused = IssueDeviceCertificatesJob::validate(*m_workspace, fromEc, {QStringLiteral("dev-0001")},
                                                                    crypto::KeyAlgorithm::Rsa2048);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString(ErrorCode::KeyAlgorithm));
        QVERIFY2(refused.error().message.contains(QStringLiteral("signed with RSA")),
                 qPrintable(refused.error().message));
        QVERIFY(!QFileInfo::exists(fromEc.outputFolder));

        const DeviceBatchParameters fromRsa = parameters(DeviceProfile::Id::AlibabaIot, m_rsaCaId);
        const Status accepted = IssueDeviceCertificatesJob::validate(
            *m_workspace, fromRsa, {QStringLiteral("dev-0001")}, crypto::KeyAlgorithm::Rsa2048);
        QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message));
        // The device key stays RSA-only too.
        QVERIFY(!IssueDeviceCertificatesJob::validate(*m_workspace, fromRsa, {QStringLiteral("dev-0001")},
                                                      crypto::KeyAlgorithm::EcP256));
        // Other profiles keep taking EC CAs (ApsaraMQ: "RSA and ECC", seed 004).
        QVERIFY(IssueDeviceCertificatesJob::validate(*m_workspace, parameters(DeviceProfile::Id::ApsaraMq, m_ecCaId),
                                                     {QStringLiteral("dev-0001")}, crypto::KeyAlgorithm::EcP256));
    }

    void alibabaIotBundleOnlyForAnRsaCa()
    {
        const QString folder = m_dir.filePath(QStringLiteral("ali-ec-bundle"));
        const auto written =
            OfflineRegistrationBundleWriter::write(bundleRequest(PlatformId::AliyunIot, m_ecCaId, m_ecKey, folder));
        QVERIFY(!written);
        QCOMPARE(written.error().code, QString(ErrorCode::KeyAlgorithm));
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(!PreflightChecker(PlatformCapabilities::forPlatform(PlatformId::AliyunIot))
                     .checkCaKeyAlgorithm(crypto::KeyAlgorithm::EcP384));
    }

    void alibabaIotAccountOnlyInShanghai()
    {
        NoSecretStore secrets;
        PlatformAccountService service(*m_workspace, secrets);
        PlatformAccountRecord record;
        record.name = QStringLiteral("ali-hangzhou");
        record.platformId = QStringLiteral("alibaba-iot");
        record.region = QStringLiteral("cn-hangzhou");
        const auto refused = service.add(record, {}, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString(ErrorCode::Region));
        QVERIFY(!service.findByName(record.name));

        record.name = QStringLiteral("ali-shanghai");
        record.region = QStringLiteral("cn-shanghai");
        const auto added = service.add(record, {}, {});
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        // Editing it to another region is refused just the same.
        auto stored = service.findByName(record.name);
        QVERIFY(stored);
        stored->region = QStringLiteral("cn-beijing");
        const Status moved = service.update(*stored);
        QVERIFY(!moved);
        QCOMPARE(moved.error().code, QString(ErrorCode::Region));
    }

    // --- Defect 4: Tencent's own rules ---------------------------------------------------------------------------

    void tencentDeviceNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("one character") << QStringLiteral("d") << true;
        QTest::newRow("48 characters") << QString(48, QLatin1Char('a')) << true;
        QTest::newRow("colon, underscore, hyphen") << QStringLiteral("dev:01_a-b") << true;
        QTest::newRow("49 characters") << QString(49, QLatin1Char('a')) << false;
        QTest::newRow("dot (Alibaba allows it)") << QStringLiteral("dev.01") << false;
        QTest::newRow("at sign (Alibaba allows it)") << QStringLiteral("dev@01") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << QStringLiteral("dev 01") << false;
    }

    void tencentDeviceNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, accepted);
        const Status checked = DeviceNameRules::checkTencentDeviceName(name);
        QCOMPARE(bool(checked), accepted);
        // The Tencent profile issues under Tencent's rule, not Alibaba's 4 to 32 characters.
        const Status planned = IssueDeviceCertificatesJob::validate(
            *m_workspace, parameters(DeviceProfile::Id::TencentIotHub, m_ecCaId), {name}, crypto::KeyAlgorithm::EcP256);
        if (!name.isEmpty()) {
            QVERIFY2(bool(planned) == accepted, qPrintable(planned ? QString() : planned.error().message));
            if (!accepted)
                QCOMPARE(planned.error().code, QString(ErrorCode::InvalidDeviceName));
        }
    }

    void tencentCaNamesTakeChineseCharacters()
    {
        // Console doc 1105/50353 (Chinese, 2025-08-14): 中文、-、英文大小写、数字、下划线、@、(、), at most 32.
        const PreflightChecker rules(PlatformCapabilities::forPlatform(PlatformId::TencentIotHub));
        QVERIFY(rules.checkCaName(QStringLiteral("设备根证书")));
        QVERIFY(rules.checkCaName(QStringLiteral("车队根CA_(2026)-@a")));
        QVERIFY(rules.checkCaName(QString(32, QChar(0x8BC1))));
        QVERIFY(!rules.checkCaName(QString(33, QChar(0x8BC1))));
        QVERIFY(!rules.checkCaName(QStringLiteral("fleet root")));
        QVERIFY(!rules.checkCaName(QStringLiteral("fleet.root")));
    }

    void tencentRemoteListHoldsOnlyTheCasDevices()
    {
        auto c = connector<TencentIotHubConnector>(PlatformId::TencentIotHub);
        const QString code = app::TencentIotHubEmulation::verificationCode(KeyId);
        const PlatformTestCa first = m_pki->makeCa(QStringLiteral("tc-first"), QStringLiteral("Tencent First"));
        const PlatformTestCa second = m_pki->makeCa(QStringLiteral("tc-second"), QStringLiteral("Tencent Second"));
        QVERIFY2(!first.isNull() && !second.isNull(), m_pki->lastError().constData());
        for (const PlatformTestCa* ca : {&first, &second}) {
            const QString name = ca == &first ? QStringLiteral("first") : QStringLiteral("second");
            const CaUpload upload {name, ca->pem, m_pki->issue(*ca, name + QStringLiteral("-verify"), code), true};
            const auto registered =
                awaitResult<RemoteCaCertificate>([&](auto done) { return c->registerCa(upload, done); });
            QVERIFY2(registered, qPrintable(registered ? QString() : registered.error().fullText()));
        }
        const QString product = app::TencentIotHubEmulation::productId();
        const auto createDevice = [&](const PlatformTestCa& ca, const QString& caName, const QString& device) {
            const QByteArray pem = m_pki->issue(ca, device, product + device);
            return awaitResult<RemoteDeviceCertificate>([&](auto done) {
                DeviceUpload upload;
                upload.caRemoteId = caName;
                upload.certificatePem = pem;
                upload.deviceName = device;
                return c->registerDeviceCertificate(upload, done);
            });
        };
        QVERIFY(createDevice(first, QStringLiteral("first"), QStringLiteral("a1")));
        QVERIFY(createDevice(second, QStringLiteral("second"), QStringLiteral("b1")));
        QVERIFY(createDevice(first, QStringLiteral("first"), QStringLiteral("a2")));

        const auto listed = awaitResult<QList<RemoteDeviceCertificate>>(
            [&](auto done) { return c->listDeviceCertificates(QStringLiteral("first"), done); });
        QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().fullText()));
        QStringList names;
        for (const RemoteDeviceCertificate& device : *listed) {
            names << device.deviceName;
            QCOMPARE(device.caRemoteId, QStringLiteral("first"));
            QCOMPARE(device.remoteId, product + QLatin1Char('/') + device.deviceName);
        }
        names.sort();
        QCOMPARE(names, (QStringList {QStringLiteral("a1"), QStringLiteral("a2")}));
    }

    // --- Defect 5: ApsaraMQ ----------------------------------------------------------------------------------------

    void apsaraMqHasNoInventedCaLimit()
    {
        const PlatformCapabilities caps = PlatformCapabilities::forPlatform(PlatformId::ApsaraMq);
        QCOMPARE(caps.maxCasPerAccount, 0);
        QVERIFY(PreflightChecker(caps).checkCaLimit(10));
        QVERIFY(PreflightChecker(caps).checkCaLimit(500));
        // The documented limits stay: Alibaba IoT and Tencent state 10 (seeds 000 and 002).
        QCOMPARE(PlatformCapabilities::forPlatform(PlatformId::AliyunIot).maxCasPerAccount, 10);
        QCOMPARE(PlatformCapabilities::forPlatform(PlatformId::TencentIotHub).maxCasPerAccount, 10);
    }

    void apsaraMqParametersTravelInTheQueryString()
    {
        // The official SDK (alibabacloud-go/onsmqtt-20200420, darabonba-openapi DoRPCRequest) puts every parameter
        // of a POST in the query and sends no body; the signature is checked with Alibaba's own reference code.
        auto c = connector<ApsaraMqConnector>(PlatformId::ApsaraMq);
        const auto code = awaitResult<QString>([&](auto done) { return c->getRegistrationCode(done); });
        QVERIFY2(code, qPrintable(code ? QString() : code.error().fullText()));
        const PlatformTestCa ca = m_pki->makeCa(QStringLiteral("mq-wire"), QStringLiteral("Wire Root"));
        const QByteArray verification = m_pki->issue(ca, QStringLiteral("mq-wire-verify"), *code);
        QVERIFY2(!verification.isEmpty(), m_pki->lastError().constData());
        const auto registered = awaitResult<RemoteCaCertificate>([&](auto done) {
            return c->registerCa(CaUpload {QStringLiteral("wire_ca"), ca.pem, verification, true}, done);
        });
        QVERIFY2(registered, qPrintable(registered ? QString() : registered.error().fullText()));

        const app::EmulatorRequest& sent = m_server->lastRequest();
        QCOMPARE(sent.method, QByteArrayLiteral("POST"));
        QVERIFY2(sent.body.isEmpty(), sent.body.constData());
        QVERIFY(!sent.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
        QJsonObject params;
        QString signature;
        for (const auto& [name, value] : sent.query) {
            if (name == QLatin1String("Signature"))
                signature = value;
            else
                params.insert(name, value);
        }
        QCOMPARE(params.value(QStringLiteral("Action")).toString(), QStringLiteral("RegisterCaCertificate"));
        QCOMPARE(params.value(QStringLiteral("CaContent")).toString().toUtf8(), ca.pem);
        QCOMPARE(params.value(QStringLiteral("VerificationContent")).toString().toUtf8(), verification);
        QCOMPARE(params.value(QStringLiteral("MqttInstanceId")).toString(), QStringLiteral("post-cn-emulator"));
        QVERIFY(!signature.isEmpty());

        QProcess python;
        python.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromLatin1(AlibabaReferenceSigner)});
        QVERIFY2(python.waitForStarted(), "python3 is needed for the independent signature check");
        python.write(QJsonDocument(QJsonObject {{QStringLiteral("method"), QStringLiteral("POST")},
                                                {QStringLiteral("params"), params},
                                                {QStringLiteral("secret"), QString::fromLatin1(KeySecret)}})
                         .toJson(QJsonDocument::Compact));
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(30000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        QCOMPARE(QString::fromLatin1(python.readAllStandardOutput()), signature);
    }

    void apsaraMqCaNumExceedIsThePlatforms()
    {
        auto c = connector<ApsaraMqConnector>(PlatformId::ApsaraMq);
        m_server->apsaraMq().setCaLimit(1);
        for (int i = 0; i < 2; ++i) {
            const auto code = awaitResult<QString>([&](auto done) { return c->getRegistrationCode(done); });
            QVERIFY(code);
            const PlatformTestCa ca =
                m_pki->makeCa(QStringLiteral("mq-limit-%1").arg(i), QStringLiteral("Limit Root %1").arg(i));
            const QByteArray verification = m_pki->issue(ca, QStringLiteral("mq-limit-verify-%1").arg(i), *code);
            const auto registered = awaitResult<RemoteCaCertificate>([&](auto done) {
                return c->registerCa(CaUpload {QStringLiteral("limit_%1").arg(i), ca.pem, verification, true}, done);
            });
            if (i == 0) {
                QVERIFY2(registered, qPrintable(registered ? QString() : registered.error().fullText()));
                continue;
            }
            QVERIFY(!registered);
            QCOMPARE(registered.error().code, QStringLiteral("CaNumExceed"));
            QVERIFY2(registered.error().message.contains(QStringLiteral("CaNumExceed: CA certificate num exceed")),
                     qPrintable(registered.error().message));
        }
    }

    // --- Emulator fidelity: each behaviour as its source states it -------------------------------------------------

    void apsaraMqStateIsPerInstance()
    {
        m_server->apsaraMq().account(KeyId).mqttInstances = {QStringLiteral("post-cn-first"),
                                                             QStringLiteral("post-cn-second")};
        // Unknown instance: MqttInstanceNotFound, which every OnsMqtt action may answer.
        auto missing = connector<ApsaraMqConnector>(PlatformId::ApsaraMq, QStringLiteral("post-cn-missing"));
        const auto refused = awaitResult<QString>([&](auto done) { return missing->getRegistrationCode(done); });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("MqttInstanceNotFound"));

        auto first = connector<ApsaraMqConnector>(PlatformId::ApsaraMq, QStringLiteral("post-cn-first"));
        auto second = connector<ApsaraMqConnector>(PlatformId::ApsaraMq, QStringLiteral("post-cn-second"));
        const auto code = awaitResult<QString>([&](auto done) { return first->getRegistrationCode(done); });
        QVERIFY2(code, qPrintable(code ? QString() : code.error().fullText()));
        const PlatformTestCa ca = m_pki->makeCa(QStringLiteral("mq-instance"), QStringLiteral("Instance Root"));
        const CaUpload upload {QStringLiteral("instance_ca"), ca.pem,
                               m_pki->issue(ca, QStringLiteral("mq-instance-verify"), *code), true};
        const auto registered =
            awaitResult<RemoteCaCertificate>([&](auto done) { return first->registerCa(upload, done); });
        QVERIFY2(registered, qPrintable(registered ? QString() : registered.error().fullText()));

        const auto onFirst = awaitResult<QList<RemoteCaCertificate>>([&](auto done) { return first->listCas(done); });
        const auto onSecond = awaitResult<QList<RemoteCaCertificate>>([&](auto done) { return second->listCas(done); });
        QVERIFY(onFirst && onSecond);
        QCOMPARE(onFirst->size(), 1);
        QVERIFY(onSecond->isEmpty());
        const auto elsewhere =
            awaitResult<RemoteCaCertificate>([&](auto done) { return second->getCa(registered->remoteId, done); });
        QVERIFY(!elsewhere);
        QCOMPARE(elsewhere.error().code, QStringLiteral("FindCaBySnError"));
    }

    void tencentLimitsAndBindingsAsDocumented()
    {
        const QString product = app::TencentIotHubEmulation::productId();
        // DescribeDevices: "Limit: 分页的大小，数值范围 10-250".
        QCOMPARE(
            tencentErrorCode(tencent(
                "DescribeDevices",
                {{QStringLiteral("ProductId"), product}, {QStringLiteral("Offset"), 0}, {QStringLiteral("Limit"), 9}})),
            QStringLiteral("InvalidParameterValue"));
        QCOMPARE(tencentErrorCode(tencent("DescribeDevices",
                                          {{QStringLiteral("ProductId"), product},
                                           {QStringLiteral("Offset"), 0},
                                           {QStringLiteral("Limit"), 251}})),
                 QStringLiteral("InvalidParameterValue"));
        QVERIFY(tencentErrorCode(tencent("DescribeDevices",
                                         {{QStringLiteral("ProductId"), product},
                                          {QStringLiteral("Offset"), 0},
                                          {QStringLiteral("Limit"), 250}}))
                    .isEmpty());
        // DescribePrivateCABindedProducts: CertName, Offset and Limit required, Limit at most 200.
        QCOMPARE(tencentErrorCode(tencent("DescribePrivateCABindedProducts",
                                          {{QStringLiteral("CertName"), QStringLiteral("any")},
                                           {QStringLiteral("Offset"), 0},
                                           {QStringLiteral("Limit"), 201}})),
                 QStringLiteral("InvalidParameterValue"));

        // UpdateProductPrivateCA binds; the bound CA is listed with its product and cannot be deleted.
        auto c = connector<TencentIotHubConnector>(PlatformId::TencentIotHub);
        const PlatformTestCa ca = m_pki->makeCa(QStringLiteral("tc-bound"), QStringLiteral("Bound Root"));
        const CaUpload upload {
            QStringLiteral("bound"), ca.pem,
            m_pki->issue(ca, QStringLiteral("tc-bound-verify"), app::TencentIotHubEmulation::verificationCode(KeyId)),
            true};
        QVERIFY(awaitResult<RemoteCaCertificate>([&](auto done) { return c->registerCa(upload, done); }));
        QVERIFY(tencentErrorCode(tencent("UpdateProductPrivateCA",
                                         {{QStringLiteral("ProductId"), product},
                                          {QStringLiteral("CertName"), QStringLiteral("bound")}}))
                    .isEmpty());
        const auto bound = awaitResult<QList<RemoteProduct>>(
            [&](auto done) { return c->listCaProducts(QStringLiteral("bound"), done); });
        QVERIFY(bound);
        QCOMPARE(bound->size(), 1);
        QCOMPARE(bound->first().productId, product);
        QCOMPARE(tencentErrorCode(tencent("DeletePrivateCA", {{QStringLiteral("CertName"), QStringLiteral("bound")}})),
                 QStringLiteral("LimitExceeded.CAAlreadyBindProduct"));
        QVERIFY(
            tencentErrorCode(tencent("DeleteProductPrivateCA", {{QStringLiteral("ProductId"), product}})).isEmpty());
        QVERIFY(tencentErrorCode(tencent("DeletePrivateCA", {{QStringLiteral("CertName"), QStringLiteral("bound")}}))
                    .isEmpty());
    }

    void awsStateConflictsAsDocumented()
    {
        auto c = connector<AwsIotConnector>(PlatformId::AwsIot);
        const auto code = awaitResult<QString>([&](auto done) { return c->getRegistrationCode(done); });
        QVERIFY2(code, qPrintable(code ? QString() : code.error().fullText()));
        const PlatformTestCa ca = m_pki->makeCa(QStringLiteral("aws-conflict"), QStringLiteral("Conflict Root"));
        const CaUpload upload {{}, ca.pem, m_pki->issue(ca, QStringLiteral("aws-conflict-verify"), *code), true};
        const auto registered =
            awaitResult<RemoteCaCertificate>([&](auto done) { return c->registerCa(upload, done); });
        QVERIFY2(registered, qPrintable(registered ? QString() : registered.error().fullText()));
        DeviceUpload device;
        device.caRemoteId = registered->remoteId;
        device.caCertificatePem = ca.pem;
        device.certificatePem = m_pki->issue(ca, QStringLiteral("aws-conflict-device"), QStringLiteral("thing-1"));
        const auto created =
            awaitResult<RemoteDeviceCertificate>([&](auto done) { return c->registerDeviceCertificate(device, done); });
        QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
        const auto remove = [&] {
            return awaitResult<bool>([&](auto done) {
                return c->deleteDeviceCertificate(registered->remoteId, created->remoteId, [done](Status status) {
                    status ? done(true) : done(status.error());
                });
            });
        };
        const auto setStatus = [&](RemoteStatus status) {
            return awaitResult<bool>([&](auto done) {
                return c->setDeviceStatus(registered->remoteId, created->remoteId, status,
                                          [done](Status outcome) { outcome ? done(true) : done(outcome.error()); });
            });
        };
        // "cannot be deleted if ... its status is set to ACTIVE": CertificateStateException.
        const auto active = remove();
        QVERIFY(!active);
        QCOMPARE(active.error().code, QStringLiteral("CertificateStateException"));
        // "... if it has a policy or IoT thing attached to it": DeleteConflictException.
        QVERIFY(setStatus(RemoteStatus::Inactive));
        app::EmulatedDevice* emulated = m_server->awsIot().account(KeyId).findDevice({}, created->remoteId);
        QVERIFY(emulated);
        emulated->attachments = {QStringLiteral("thing/thing-1")};
        const auto attached = remove();
        QVERIFY(!attached);
        QCOMPARE(attached.error().code, QStringLiteral("DeleteConflictException"));
        emulated->attachments.clear();
        QVERIFY(remove());
    }

    // --- Defect 6: the bundle READMEs say what the seeds say -----------------------------------------------------

    void bundleReadmesPutTheCodeInTheCommonName_data()
    {
        QTest::addColumn<PlatformId>("platform");
        QTest::addColumn<QString>("quote");
        // Seed 004: "Replace the value of the CommonName parameter with the registration code".
        QTest::newRow("apsaramq") << PlatformId::ApsaraMq
                                  << QStringLiteral("Replace the value of the CommonName parameter with the "
                                                    "registration code");
        // Seed 002: "paste it as the value of the Common Name field".
        QTest::newRow("tencent") << PlatformId::TencentIotHub
                                 << QStringLiteral("paste it as the value of the Common Name field");
    }

    void bundleReadmesPutTheCodeInTheCommonName()
    {
        QFETCH(PlatformId, platform);
        QFETCH(QString, quote);
        const QString folder = m_dir.filePath(QStringLiteral("readme-%1").arg(platformIdName(platform)));
        const auto written = OfflineRegistrationBundleWriter::write(bundleRequest(platform, m_ecCaId, m_ecKey, folder));
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        const QString readme = QString::fromUtf8(readFile(written->readmePath));
        QVERIFY2(readme.contains(quote), qPrintable(readme));
        QVERIFY2(!readme.contains(QStringLiteral("does not say where")), qPrintable(readme));
        QVERIFY2(!readme.contains(QStringLiteral("keeps to 10")), qPrintable(readme));
    }

    // --- Device-side connection details ----------------------------------------------------------------------------

    void connectionDetailsSayOnlyWhatIsDocumented()
    {
        auto ca = m_workspace->cas().get(m_rsaCaId);
        QVERIFY(ca);
        auto certificate = crypto::Certificate::fromDer(ca->certificateDer);
        QVERIFY(certificate);

        const auto aliyun =
            DeviceConnectionDetails::forAccount(PlatformId::AliyunIot, QStringLiteral("cn-shanghai"), {}, {});
        QCOMPARE(aliyun.host, QStringLiteral("x509.itls.cn-shanghai.aliyuncs.com"));
        QCOMPARE(aliyun.port, 1883);
        const auto tencent =
            DeviceConnectionDetails::forAccount(PlatformId::TencentIotHub, {}, {}, QStringLiteral("U58ABC2YLJ"));
        QCOMPARE(tencent.host, QStringLiteral("U58ABC2YLJ.iotcloud.tencentdevices.com"));
        QCOMPARE(tencent.port, 8883);
        const auto aws =
            DeviceConnectionDetails::forAccount(PlatformId::AwsIot, QStringLiteral("eu-central-1"), {}, {});
        QVERIFY(aws.host.endsWith(QStringLiteral(".iot.eu-central-1.amazonaws.com")));

        // ApsaraMQ documents no TLS port: the file says null, not a guess.
        const auto mq = DeviceConnectionDetails::forAccount(PlatformId::ApsaraMq, QStringLiteral("cn-hangzhou"),
                                                            QStringLiteral("post-cn-abc"), {});
        QCOMPARE(mq.host, QStringLiteral("post-cn-abc.mqtt.aliyuncs.com"));
        const QString folder = m_dir.filePath(QStringLiteral("connection-mq"));
        const auto written = mq.write(folder, *certificate);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QCOMPARE(written->size(), 2);
        const QJsonObject json =
            QJsonDocument::fromJson(readFile(QDir(folder).filePath(DeviceConnectionDetails::jsonFileName()))).object();
        QCOMPARE(json.value(QStringLiteral("platform")).toString(), QStringLiteral("apsaramq-mqtt"));
        QVERIFY(json.value(QStringLiteral("endpoint")).toObject().value(QStringLiteral("port")).isNull());
        QCOMPARE(json.value(QStringLiteral("deviceCa")).toObject().value(QStringLiteral("pem")).toString().toLatin1(),
                 certificate->toPem());
        QVERIFY(!json.value(QStringLiteral("sources")).toArray().isEmpty());
        const QByteArray readme = readFile(QDir(folder).filePath(DeviceConnectionDetails::readmeFileName()));
        QVERIFY2(readme.contains("post-cn-abc.mqtt.aliyuncs.com") && readme.contains("Sources:"), readme.constData());
        QVERIFY(!readme.contains("PRIVATE KEY"));
        // Never over an earlier file.
        QVERIFY(!mq.write(folder, *certificate));
    }
};

QTEST_GUILESS_MAIN(TestPlatformRules)
#include "TestPlatformRules.moc"
