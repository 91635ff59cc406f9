// The emulator's request handling (EmulatorServer::decode and answer, then each emulated platform's parameter,
// header and body parsing) on raw HTTP requests. A fresh emulator per input, so every input is reproducible alone.
//
// Input: HTTP/1.1 requests ("METHOD TARGET HTTP/1.1", "Name: value" headers, an empty line, the body), several
// separated by lines holding only "%%". A request with the header "X-Fuzz-Sign" is signed by the harness for the
// platform its shape names (AWS SigV4 Authorization, Tencent X-TC-Action, else ApsaraMQ RPC parameters) with the
// emulator's test credentials and the current time, so that fuzzing reaches past the signature checks.
#include "FuzzEntries.h"
#include "PlatformResponseScript.h"

#include "app/emulator/EmulatorServer.h"
#include "model/platform/AliyunRpcSigner.h"
#include "model/platform/SigV4Signer.h"
#include "model/platform/Tc3Signer.h"

#include <QDateTime>
#include <QUrlQuery>

namespace iotca::fuzz {

namespace {

const QString KeyId = QStringLiteral("fuzz-key");
const QByteArray KeySecret = QByteArrayLiteral("fuzz-secret");

using Headers = QList<std::pair<QByteArray, QByteArray>>;

void setHeader(Headers& headers, const QByteArray& name, const QByteArray& value)
{
    for (auto& [key, current] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            current = value;
            return;
        }
    }
    headers.append({name, value});
}

void removeHeader(Headers& headers, const QByteArray& name)
{
    headers.removeIf([&name](const auto& header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

/// What QHttpServerRequest reports as the method (EmulatorServer's methodName()): a known verb or "UNKNOWN".
QByteArray knownMethod(const QByteArray& token)
{
    for (const char* verb : {"GET", "PUT", "DELETE", "POST", "HEAD", "OPTIONS", "PATCH"}) {
        if (token == verb)
            return token;
    }
    return QByteArrayLiteral("UNKNOWN");
}

void signAws(app::EmulatorRequest& request)
{
    const auto secret = crypto::SecureBuffer::fromBytes(KeySecret);
    model::SigV4Request sig;
    sig.method = request.method;
    sig.path = request.encodedPath;
    sig.query = request.query;
    sig.payload = request.body;
    sig.amzDate = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmssZ")).toLatin1();
    sig.region = QStringLiteral("us-east-1");
    sig.service = QStringLiteral("iot");
    setHeader(request.headers, "X-Amz-Date", sig.amzDate);
    sig.headers = {{"host", request.header("Host")}, {"x-amz-date", sig.amzDate}};
    if (!request.header("Content-Type").isEmpty())
        sig.headers.append({"content-type", request.header("Content-Type")});
    setHeader(request.headers, "Authorization", model::SigV4Signer::authorization(sig, KeyId, secret));
}

void signTencent(app::EmulatorRequest& request)
{
    const auto secret = crypto::SecureBuffer::fromBytes(KeySecret);
    model::Tc3Request sig;
    sig.method = request.method;
    sig.payload = request.body;
    sig.service = QStringLiteral("iotcloud");
    sig.timestamp = QDateTime::currentSecsSinceEpoch();
    setHeader(request.headers, "X-TC-Timestamp", QByteArray::number(sig.timestamp));
    sig.headers = {{"content-type", request.header("Content-Type")}, {"host", request.header("Host")}};
    setHeader(request.headers, "Authorization", model::Tc3Signer::authorization(sig, KeyId, secret));
}

void signApsaraMq(app::EmulatorRequest& request, int nonce)
{
    // The emulator reads the parameters from the query and a form body alike; signed, they all go in the query.
    model::RpcParameters parameters;
    for (const auto& [name, value] : request.query)
        parameters.insert(name, value);
    if (request.header("Content-Type").startsWith("application/x-www-form-urlencoded")) {
        for (const auto& [name, value] : QUrlQuery(QString::fromUtf8(request.body)).queryItems(QUrl::FullyDecoded))
            parameters.insert(name, value);
        request.body.clear();
    }
    parameters.remove(QStringLiteral("Signature"));
    parameters.insert(QStringLiteral("AccessKeyId"), KeyId);
    parameters.insert(QStringLiteral("Timestamp"),
                      QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    if (!parameters.contains(QStringLiteral("SignatureNonce")))
        parameters.insert(QStringLiteral("SignatureNonce"), QStringLiteral("fuzz-nonce-%1").arg(nonce));
    const QByteArray signature =
        model::AliyunRpcSigner::signature(request.method, parameters, crypto::SecureBuffer::fromBytes(KeySecret));
    request.query.clear();
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        request.query.append({it.key(), it.value()});
    request.query.append({QStringLiteral("Signature"), QString::fromLatin1(signature)});
}

/// One raw request; false when it has no request line.
bool parseRequest(const QByteArray& raw, app::EmulatorRequest& out, bool& sign)
{
    qsizetype headEnd = raw.indexOf("\r\n\r\n");
    qsizetype bodyStart = headEnd + 4;
    if (headEnd < 0) {
        headEnd = raw.indexOf("\n\n");
        bodyStart = headEnd + 2;
    }
    const QByteArray head = headEnd < 0 ? raw : raw.left(headEnd);
    const QByteArray body = headEnd < 0 ? QByteArray() : raw.mid(bodyStart);
    QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.takeFirst().trimmed().split(' ');
    if (requestLine.size() < 2)
        return false;
    Headers headers;
    for (const QByteArray& line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    sign = false;
    for (const auto& [name, value] : std::as_const(headers))
        sign = sign || name.compare("X-Fuzz-Sign", Qt::CaseInsensitive) == 0;
    removeHeader(headers, "X-Fuzz-Sign");
    // As QHttpServerRequest builds it: the target on the server's scheme and host.
    const QUrl url = QUrl::fromEncoded("https://127.0.0.1:8443" + requestLine.at(1));
    out = app::EmulatorServer::decode(knownMethod(requestLine.at(0)), url, std::move(headers), body);
    return true;
}

} // namespace

void fuzzEmulatorRequest(QByteArrayView data)
{
    ensureApplication();
    app::EmulatorServer server({{KeyId, KeySecret}});
    int nonce = 0;
    for (const QByteArray& raw : splitScript(data)) {
        app::EmulatorRequest request;
        bool sign = false;
        if (!parseRequest(raw, request, sign))
            continue;
        if (sign) {
            if (request.header("Authorization").startsWith("AWS4-HMAC-SHA256 "))
                signAws(request);
            else if (!request.header("X-TC-Action").isEmpty())
                signTencent(request);
            else
                signApsaraMq(request, ++nonce);
        }
        const app::EmulatorResponse response = server.answer(request);
        (void)response.body.size();
    }
}

} // namespace iotca::fuzz
