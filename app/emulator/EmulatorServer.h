#pragma once

#include "ApsaraMqEmulation.h"
#include "AwsIotEmulation.h"
#include "EmulatorState.h"
#include "TencentIotHubEmulation.h"

#include "crypto/Result.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <chrono>

namespace iotca::app {

/// The local platform emulator: one HTTPS server on loopback that speaks ApsaraMQ for MQTT, Tencent Cloud IoT Hub
/// and AWS IoT Core, told apart by the request's shape (SigV4 Authorization, X-TC-Action, RPC parameters). It checks
/// every signature against the credentials it was started with and keeps each platform's state in memory.
///
/// Test hooks: failNext()/delayNext() in-process, or on the wire under "/_emulator/" (loopback only):
/// POST /_emulator/fail-next?status=503&count=1, POST /_emulator/delay-next?ms=3000&count=1,
/// POST /_emulator/apsaramq/connect-device?accessKeyId=ID (body: device certificate PEM),
/// POST /_emulator/apsaramq/ca-limit?count=N (ApsaraMqEmulation::setCaLimit),
/// GET /_emulator/tencent/verification-code?secretId=ID,
/// GET /_emulator/state (every platform's state, as `--state` writes it: what the tests compare the workspace with),
/// POST /_emulator/drop-answer-next?skip=0&count=1 (TEST-ONLY fault: after `skip` API requests answered normally, the
/// next `count` are carried out but never answered; the connection is cut, as when a network fails after the platform
/// acted).
class EmulatorServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit EmulatorServer(EmulatorCredentials credentials, QObject* parent = nullptr);
    ~EmulatorServer() override;

    /// Serves HTTPS with this identity on 127.0.0.1:`port` (0 = a free port); returns the port.
    [[nodiscard]] Result<quint16> start(const QSslCertificate& certificate, const QSslKey& key, quint16 port = 0);
    /// "https://127.0.0.1:PORT" once started.
    [[nodiscard]] QUrl url() const { return m_url; }

    /// The next `count` API requests get HTTP `status` in the platform's error shape.
    void failNext(int count, int status);
    /// The next `count` API requests are answered only after `delay`.
    void delayNext(int count, std::chrono::milliseconds delay);
    /// TEST-ONLY fault: after `skip` API requests answered normally, the next `count` are carried out (the state
    /// changes) but the connection is cut instead of answering: a platform call whose answer was lost.
    void dropAnswerNext(int count, int skip = 0);
    /// The answer to one decoded request, API or "/_emulator/" hook (what handleRequest() sends; fuzzing calls it
    /// directly).
    [[nodiscard]] EmulatorResponse answer(const EmulatorRequest& request);
    /// A request as the emulated platforms see it: the URL's path percent-encoded as sent ("/" when empty), its
    /// query items percent-decoded.
    [[nodiscard]] static EmulatorRequest decode(QByteArray method, const QUrl& url,
                                                QList<std::pair<QByteArray, QByteArray>> headers, QByteArray body);
    /// API requests received so far (including failed and delayed ones).
    [[nodiscard]] int requestCount() const noexcept { return m_requestCount; }
    /// The last API request as received (tests check the wire format with it).
    [[nodiscard]] const EmulatorRequest& lastRequest() const noexcept { return m_lastRequest; }

    [[nodiscard]] ApsaraMqEmulation& apsaraMq() noexcept { return m_apsaraMq; }
    [[nodiscard]] AwsIotEmulation& awsIot() noexcept { return m_awsIot; }
    [[nodiscard]] TencentIotHubEmulation& tencentIotHub() noexcept { return m_tencent; }

Q_SIGNALS:
    /// A request (API or "/_emulator/") was answered; the state may have changed (`--state` saves it then).
    void requestHandled();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    [[nodiscard]] EmulatorResponse respond(const EmulatorRequest& request);
    [[nodiscard]] EmulatorResponse admin(const EmulatorRequest& request);

    EmulatorCredentials m_credentials;
    ApsaraMqEmulation m_apsaraMq;
    AwsIotEmulation m_awsIot;
    TencentIotHubEmulation m_tencent;
    QUrl m_url;
    int m_failCount = 0;
    int m_failStatus = 503;
    int m_delayCount = 0;
    std::chrono::milliseconds m_delay {0};
    int m_dropCount = 0;
    int m_dropSkip = 0;
    int m_requestCount = 0;
    EmulatorRequest m_lastRequest;
};

} // namespace iotca::app
