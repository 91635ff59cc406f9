// Each platform connector's answer handling (error mapping, JSON parsing, paging, follow-up calls) on scripted
// HTTP answers: the real connector code, with a QNetworkAccessManager that sends nothing.
#include "FuzzEntries.h"
#include "PlatformResponseScript.h"

#include "model/platform/ApsaraMqConnector.h"
#include "model/platform/AwsIotConnector.h"
#include "model/platform/TencentIotHubConnector.h"

#include <QCoreApplication>
#include <QDateTime>

#include <array>
#include <cstdlib>
#include <memory>

namespace iotca::fuzz {

namespace {

using namespace iotca::model;

constexpr std::array operations {
    "getRegistrationCode", "registerCa",      "registerCaInactive", "listCas",    "getCa", "setCaStatus", "deleteCa",
    "registerDevice",      "setDeviceStatus", "deleteDevice",       "listDevices"};

qsizetype operationIndex(const QByteArray& name)
{
    for (qsizetype i = 0; i < qsizetype(operations.size()); ++i) {
        if (name == operations.at(static_cast<std::size_t>(i)))
            return i;
    }
    return name.isEmpty() ? 0 : static_cast<unsigned char>(name.front()) % qsizetype(operations.size());
}

void consume(const RemoteCaCertificate& ca)
{
    (void)ca.notBefore.toString(Qt::ISODate);
    (void)ca.notAfter.toString(Qt::ISODate);
    (void)ca.serialHex.size();
}

void consume(const RemoteDeviceCertificate& device)
{
    (void)device.notBefore.toString(Qt::ISODate);
    (void)device.notAfter.toString(Qt::ISODate);
}

template<class T>
void consume(const Result<T>& result)
{
    if (!result) {
        (void)result.error().message.size();
        return;
    }
    if constexpr (std::is_same_v<T, RemoteCaCertificate> || std::is_same_v<T, RemoteDeviceCertificate>) {
        consume(*result);
    } else if constexpr (std::is_same_v<
                             T, QList<RemoteCaCertificate>> || std::is_same_v<T, QList<RemoteDeviceCertificate>>) {
        for (const auto& item : *result)
            consume(item);
    }
}

template<class Connector>
void run(PlatformId platform, QByteArrayView data)
{
    ensureApplication();
    const PlatformResponseScript script = PlatformResponseScript::parse(data);
    // The answers plus one per retry and follow-up call can never be more than this; more requests mean a loop.
    const int requestLimit = static_cast<int>(script.responses.size()) * 4 + 8;

    test::CannedNetworkAccessManager network;
    network.setResponses(script.responses);
    PlatformAccount account;
    account.platform = platform;
    account.name = QStringLiteral("fuzz");
    account.region = platform == PlatformId::AwsIot ? QStringLiteral("us-east-1") : QStringLiteral("cn-hangzhou");
    account.endpoint = QUrl(QStringLiteral("https://platform.invalid"));
    account.instanceId = QStringLiteral("post-cn-fuzz");
    account.product = QStringLiteral("FUZZPRODUCT");
    account.accessKeyId = QStringLiteral("fuzz-key");
    auto connector =
        std::make_unique<Connector>(account, PlatformSecret {crypto::SecureBuffer::fromBytes("fuzz-secret")}, &network);
    // Retries without waiting: the timers fire on the next turn of the loop below.
    connector->setRetryPolicy(RetryPolicy {std::chrono::hours(1), 3, std::chrono::milliseconds(0)});

    const QString caId = platform == PlatformId::AwsIot ? QString(64, QLatin1Char('a')) : QStringLiteral("ca-1");
    const QString deviceId =
        platform == PlatformId::TencentIotHub ? QStringLiteral("FUZZPRODUCT/device-1") : QString(64, QLatin1Char('b'));
    const QByteArray pem = QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nMA==\n-----END CERTIFICATE-----\n");
    bool finished = false;
    auto done = [&finished](const auto& result) {
        consume(result);
        finished = true;
    };
    switch (operationIndex(script.operation)) {
    case 0:
        connector->getRegistrationCode(done);
        break;
    case 1:
        connector->registerCa(CaUpload {QStringLiteral("fuzzca"), pem, pem, true}, done);
        break;
    case 2:
        connector->registerCa(CaUpload {QStringLiteral("fuzzca"), pem, pem, false}, done);
        break;
    case 3:
        connector->listCas(done);
        break;
    case 4:
        connector->getCa(caId, done);
        break;
    case 5:
        connector->setCaStatus(caId, RemoteStatus::Inactive, done);
        break;
    case 6:
        connector->deleteCa(caId, done);
        break;
    case 7:
        connector->registerDeviceCertificate(
            DeviceUpload {caId, pem, pem, QStringLiteral("FUZZPRODUCT"), QStringLiteral("device-1"), true}, done);
        break;
    case 8:
        connector->setDeviceStatus(caId, deviceId, RemoteStatus::Active, done);
        break;
    case 9:
        connector->deleteDeviceCertificate(caId, deviceId, done);
        break;
    default:
        connector->listDeviceCertificates(caId, done);
        break;
    }
    while (!finished) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (network.requestCount() > requestLimit) {
            qCritical("fuzz invariant broken: the connector sent %d requests for %lld scripted answers",
                      network.requestCount(), static_cast<long long>(script.responses.size()));
            std::abort();
        }
    }
    connector.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

void fuzzApsaraMqResponse(QByteArrayView data)
{
    run<ApsaraMqConnector>(PlatformId::ApsaraMq, data);
}

void fuzzTencentResponse(QByteArrayView data)
{
    run<TencentIotHubConnector>(PlatformId::TencentIotHub, data);
}

void fuzzAwsResponse(QByteArrayView data)
{
    run<AwsIotConnector>(PlatformId::AwsIot, data);
}

} // namespace iotca::fuzz
