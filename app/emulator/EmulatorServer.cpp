#include "EmulatorServer.h"

#include "EmulatorStateFile.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace iotca::app {

namespace {

class ServerText
{
    Q_DECLARE_TR_FUNCTIONS(EmulatorServer)
public:
    static QString cannotListen(quint16 port)
    {
        return tr("The emulator cannot listen on 127.0.0.1 port %1.").arg(port);
    }
};

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

void write(QHttpServerResponder& responder, const EmulatorResponse& response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto& [name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

} // namespace

EmulatorRequest EmulatorServer::decode(QByteArray method, const QUrl& url,
                                       QList<std::pair<QByteArray, QByteArray>> headers, QByteArray body)
{
    EmulatorRequest out;
    out.method = std::move(method);
    out.encodedPath = url.path(QUrl::FullyEncoded).toUtf8();
    if (out.encodedPath.isEmpty())
        out.encodedPath = QByteArrayLiteral("/");
    for (const auto& [name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        out.query.append({name, value});
    out.headers = std::move(headers);
    out.body = std::move(body);
    return out;
}

EmulatorResponse EmulatorServer::answer(const EmulatorRequest& request)
{
    return request.encodedPath.startsWith("/_emulator/") ? admin(request) : respond(request);
}

EmulatorServer::EmulatorServer(EmulatorCredentials credentials, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_credentials(std::move(credentials))
    , m_apsaraMq(m_credentials)
    , m_awsIot(m_credentials)
    , m_tencent(m_credentials)
{ }

EmulatorServer::~EmulatorServer() = default;

Result<quint16> EmulatorServer::start(const QSslCertificate& certificate, const QSslKey& key, quint16 port)
{
    sslSetup(certificate, key);
    const quint16 bound = listen(QHostAddress::LocalHost, port);
    if (bound == 0)
        return Error {ServerText::cannotListen(port), {}, QStringLiteral("Listen")};
    m_url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(bound));
    return bound;
}

void EmulatorServer::failNext(int count, int status)
{
    m_failCount = count;
    m_failStatus = status;
}

void EmulatorServer::dropAnswerNext(int count, int skip)
{
    m_dropCount = count;
    m_dropSkip = skip;
}

void EmulatorServer::delayNext(int count, std::chrono::milliseconds delay)
{
    m_delayCount = count;
    m_delay = delay;
}

bool EmulatorServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const EmulatorRequest converted =
        decode(methodName(request.method()), request.url(), request.headers(), request.body());
    const bool isAdmin = converted.encodedPath.startsWith("/_emulator/");
    EmulatorResponse response = answer(converted);
    if (!isAdmin && m_dropCount > 0 && m_dropSkip > 0) {
        --m_dropSkip;
    } else if (!isAdmin && m_dropCount > 0) {
        // TEST-ONLY fault (dropAnswerNext): the platform acted, the answer is lost.
        --m_dropCount;
        socket->abort();
        Q_EMIT requestHandled();
        return true;
    }
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    if (!isAdmin && m_delayCount > 0) {
        --m_delayCount;
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(m_delay, this, [guard, responder, response] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                write(*responder, response);
        });
        Q_EMIT requestHandled();
        return true;
    }
    write(*responder, response);
    Q_EMIT requestHandled();
    return true;
}

void EmulatorServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

EmulatorResponse EmulatorServer::respond(const EmulatorRequest& request)
{
    ++m_requestCount;
    m_lastRequest = request;
    EmulatedPlatform* platform = nullptr;
    for (EmulatedPlatform* candidate :
         {static_cast<EmulatedPlatform*>(&m_awsIot), static_cast<EmulatedPlatform*>(&m_tencent),
          static_cast<EmulatedPlatform*>(&m_apsaraMq)}) {
        if (candidate->accepts(request)) {
            platform = candidate;
            break;
        }
    }
    if (!platform)
        return EmulatorResponse::json(
            404,
            {{QStringLiteral("Code"), QStringLiteral("InvalidProduct.NotFound")},
             {QStringLiteral("Message"), QStringLiteral("No emulated platform answers this request.")}});
    if (m_failCount > 0) {
        --m_failCount;
        return platform->serverError(m_failStatus);
    }
    return platform->handle(request);
}

EmulatorResponse EmulatorServer::admin(const EmulatorRequest& request)
{
    const QByteArray& path = request.encodedPath;
    if (path == "/_emulator/fail-next" && request.method == "POST") {
        failNext(qMax(1, request.queryValue(QStringLiteral("count")).toInt()),
                 request.queryValue(QStringLiteral("status")).isEmpty()
                     ? 503
                     : request.queryValue(QStringLiteral("status")).toInt());
        return EmulatorResponse::json(200, {});
    }
    if (path == "/_emulator/delay-next" && request.method == "POST") {
        delayNext(qMax(1, request.queryValue(QStringLiteral("count")).toInt()),
                  std::chrono::milliseconds(request.queryValue(QStringLiteral("ms")).toInt()));
        return EmulatorResponse::json(200, {});
    }
    if (path == "/_emulator/drop-answer-next" && request.method == "POST") {
        dropAnswerNext(qMax(1, request.queryValue(QStringLiteral("count")).toInt()),
                       qMax(0, request.queryValue(QStringLiteral("skip")).toInt()));
        return EmulatorResponse::json(200, {});
    }
    if (path == "/_emulator/state" && request.method == "GET")
        return EmulatorResponse::json(200, EmulatorStateFile::toJson(*this));
    if (path == "/_emulator/apsaramq/connect-device" && request.method == "POST") {
        const bool connected =
            m_apsaraMq.connectDevice(request.queryValue(QStringLiteral("accessKeyId")), request.body);
        return EmulatorResponse::json(connected ? 200 : 403, {{QStringLiteral("connected"), connected}});
    }
    if (path == "/_emulator/apsaramq/ca-limit" && request.method == "POST") {
        m_apsaraMq.setCaLimit(request.queryValue(QStringLiteral("count")).toInt());
        return EmulatorResponse::json(200, {});
    }
    if (path == "/_emulator/tencent/verification-code" && request.method == "GET") {
        return EmulatorResponse::json(
            200,
            {{QStringLiteral("verificationCode"),
              TencentIotHubEmulation::verificationCode(request.queryValue(QStringLiteral("secretId")))},
             {QStringLiteral("productId"), TencentIotHubEmulation::productId()}});
    }
    return EmulatorResponse::json(404, {{QStringLiteral("message"), QStringLiteral("Unknown emulator endpoint.")}});
}

} // namespace iotca::app
