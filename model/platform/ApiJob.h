#pragma once

#include "crypto/Result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace iotca::model {

/// One HTTP request as a connector builds it for an attempt (fresh timestamp, nonce and signature each time).
struct HttpRequestSpec
{
    QByteArray verb;
    QNetworkRequest request;
    QByteArray body;
};

/// What came back.
struct HttpResponse
{
    int httpStatus = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    [[nodiscard]] QByteArray header(const QByteArray& name) const;
};

/// A platform error as a connector's error mapper reports it: the translated Error and whether trying the same
/// request again may help (5xx without a business error code).
struct PlatformFailure
{
    Error error;
    bool transient = false;
};

/// Timeouts and retries.
struct RetryPolicy
{
    std::chrono::milliseconds timeout {30000};
    /// Attempts in all (1 = no retry). Retries happen only for idempotent requests, on timeouts and transient 5xx.
    int maxAttempts = 3;
    std::chrono::milliseconds initialBackoff {500};
};

/// One platform API call (or a paged series of calls), asynchronous on an injected QNetworkAccessManager (style
/// R10). Owns the timeout, the retries with exponential backoff, cancellation and the one place where a platform's
/// errors become messages (the connector's ErrorMapper). TLS verification is always on; never ignoreSslErrors().
///
/// The job deletes itself after `finished`. Callers keep a QPointer if they may cancel().
class ApiJob : public QObject
{
    Q_OBJECT
public:
    enum class Kind { IdempotentRead, Write };

    /// Builds the request for the next attempt or page; an Error fails the job without sending anything.
    using RequestFactory = std::function<Result<HttpRequestSpec>()>;
    /// Maps a non-success answer to a failure; std::nullopt means the answer is a success.
    using ErrorMapper = std::function<std::optional<PlatformFailure>(const HttpResponse&)>;
    /// Consumes a successful answer; returns true when another page must be fetched (the factory is called again).
    using PageHandler = std::function<Result<bool>(const QJsonObject& json, const HttpResponse& response)>;
    using DoneCallback = std::function<void(Status)>;

    struct Setup
    {
        Kind kind = Kind::IdempotentRead;
        RetryPolicy policy;
        std::optional<QSslConfiguration> sslConfiguration;
        RequestFactory makeRequest;
        ErrorMapper mapError;
        PageHandler handlePage;
        DoneCallback done;
    };

    ApiJob(QNetworkAccessManager* network, Setup setup, QObject* parent = nullptr);
    /// A job that fails with `error` on the next event-loop turn (pre-flight failures stay asynchronous).
    static ApiJob* failed(Error error, DoneCallback done, QObject* parent = nullptr);
    ~ApiJob() override;

    /// Attempts made so far (tests and diagnostics).
    [[nodiscard]] int attempts() const noexcept { return m_attempts; }
    [[nodiscard]] bool isFinished() const noexcept { return m_finished; }

public Q_SLOTS:
    void start();
    /// Aborts the request in flight; `done` receives an Error with code "Cancelled".
    void cancel();

Q_SIGNALS:
    void finished(QPrivateSignal);
    /// A retry was scheduled after `delay` (for progress displays).
    void retrying(int attempt, std::chrono::milliseconds delay);

private:
    void sendAttempt();
    void onReplyFinished();
    void onTimeout();
    void retryOrFail(const Error& error);
    void finish(Status status);
    [[nodiscard]] Error transportError(QNetworkReply* reply) const;

    QPointer<QNetworkAccessManager> m_network;
    Setup m_setup;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeoutTimer;
    QTimer m_backoffTimer;
    int m_attempts = 0;
    QElapsedTimer m_sinceFirstAttempt; // of the current page
    bool m_timedOut = false;
    bool m_finished = false;
};

} // namespace iotca::model
