#include "ApiJob.h"

#include "model/ModelErrorCode.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>

namespace iotca::model {

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ApiJob::ApiJob(QNetworkAccessManager* network, Setup setup, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_setup(std::move(setup))
{
    m_timeoutTimer.setSingleShot(true);
    m_backoffTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &ApiJob::onTimeout);
    connect(&m_backoffTimer, &QTimer::timeout, this, &ApiJob::sendAttempt);
}

ApiJob* ApiJob::failed(Error error, DoneCallback done, QObject* parent)
{
    Setup setup;
    setup.makeRequest = [error]() -> Result<HttpRequestSpec> { return error; };
    setup.done = std::move(done);
    auto* job = new ApiJob(nullptr, std::move(setup), parent);
    QTimer::singleShot(0, job, &ApiJob::start);
    return job;
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::start()
{
    if (m_attempts == 0 && !m_finished)
        sendAttempt();
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    m_backoffTimer.stop();
    m_timeoutTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    finish(Error {tr("The request was cancelled."), {}, ErrorCode::Cancelled});
}

void ApiJob::sendAttempt()
{
    if (m_finished)
        return;
    if (++m_attempts == 1)
        m_sinceFirstAttempt.start();
    Result<HttpRequestSpec> spec = m_setup.makeRequest();
    if (!spec) {
        finish(spec.error());
        return;
    }
    if (!m_network) {
        finish(Error {tr("The network connection is no longer available."), {}, QStringLiteral("NoNetwork")});
        return;
    }
    QNetworkRequest request = spec->request;
    if (m_setup.sslConfiguration)
        request.setSslConfiguration(*m_setup.sslConfiguration);
    // Redirects could carry a signed request to another host: the platforms never redirect API calls.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_timedOut = false;
    m_reply = m_network->sendCustomRequest(request, spec->verb, spec->body);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    m_timeoutTimer.start(m_setup.policy.timeout);
}

void ApiJob::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows with OperationCanceledError
}

void ApiJob::onReplyFinished()
{
    m_timeoutTimer.stop();
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();

    if (m_timedOut) {
        // The real wait: every attempt, with the pauses between them (a silent server used to be reported as "did
        // not answer within 30 seconds" after 92).
        const auto seconds = [](qint64 milliseconds) {
            return milliseconds % 1000 == 0 ? QString::number(milliseconds / 1000)
                                            : QString::number(double(milliseconds) / 1000.0, 'f', 1);
        };
        //: %n attempts; %1 seconds per attempt, %2 seconds in all (both may have one decimal)
        retryOrFail(
            Error {tr("The platform did not answer: %n attempt(s) of %1 s each, %2 s in all.", nullptr, m_attempts)
                       .arg(seconds(m_setup.policy.timeout.count()), seconds(m_sinceFirstAttempt.elapsed())),
                   {},
                   QStringLiteral("Timeout")});
        return;
    }
    HttpResponse response;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    if (response.httpStatus == 0) {
        // No HTTP answer at all: TLS failure, connection refused, host not found. Not retried.
        finish(transportError(reply));
        return;
    }
    if (auto failure = m_setup.mapError(response)) {
        if (failure->transient && response.httpStatus >= 500)
            retryOrFail(failure->error);
        else
            finish(failure->error);
        return;
    }
    QJsonObject json;
    if (!response.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        if (!document.isObject()) {
            finish(Error {tr("The platform sent an answer that is not valid JSON."),
                          QString::fromUtf8(response.body.left(2000)), QStringLiteral("MalformedResponse")});
            return;
        }
        json = document.object();
    }
    Result<bool> more = m_setup.handlePage(json, response);
    if (!more) {
        finish(more.error());
        return;
    }
    if (*more) {
        m_attempts = 0; // each page has its own attempts
        sendAttempt();
        return;
    }
    finish({});
}

void ApiJob::retryOrFail(const Error& error)
{
    if (m_setup.kind != Kind::IdempotentRead || m_attempts >= m_setup.policy.maxAttempts) {
        finish(error);
        return;
    }
    const auto delay = m_setup.policy.initialBackoff * (1 << (m_attempts - 1));
    Q_EMIT retrying(m_attempts + 1, delay);
    m_backoffTimer.start(delay);
}

Error ApiJob::transportError(QNetworkReply* reply) const
{
    // Qt's texts may quote the URL; an RPC-style URL carries the AccessKeyId and the signature, so cut the query.
    QString detail = reply->errorString();
    const QUrl url = reply->url();
    const QString withoutQuery = url.adjusted(QUrl::RemoveQuery).toString();
    detail.replace(QString::fromUtf8(url.toEncoded()), withoutQuery);
    detail.replace(url.toString(), withoutQuery);
    detail.replace(url.toDisplayString(), withoutQuery);
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        return Error {tr("The platform's TLS certificate is not trusted, so nothing was sent. If this is a private "
                         "endpoint, add its CA certificate to the account's CA bundle."),
                      detail, QStringLiteral("TlsUntrusted")};
    case QNetworkReply::ConnectionRefusedError:
        return Error {tr("The platform endpoint refused the connection."), detail, QStringLiteral("ConnectionRefused")};
    case QNetworkReply::HostNotFoundError:
        return Error {tr("The platform endpoint's host name could not be resolved."), detail,
                      QStringLiteral("HostNotFound")};
    default:
        return Error {tr("The request to the platform failed."), detail, QStringLiteral("NetworkError")};
    }
}

void ApiJob::finish(Status status)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeoutTimer.stop();
    m_backoffTimer.stop();
    if (m_setup.done)
        m_setup.done(std::move(status));
    Q_EMIT finished(QPrivateSignal());
    deleteLater();
}

} // namespace iotca::model
