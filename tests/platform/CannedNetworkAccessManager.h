#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>

#include <utility>

namespace iotca::test {

/// One HTTP answer a CannedNetworkAccessManager gives. Status 0 stands for "no HTTP answer at all" (the reply
/// fails with ConnectionRefusedError, as when nothing listens).
struct CannedResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

/// A QNetworkAccessManager that sends nothing: every request is answered, on the next event-loop turn, with the
/// next queued CannedResponse (then with HTTP 200 and an empty body once the queue is empty, which ends any paged
/// listing). Lets the platform connectors' real answer-handling code run on any bytes, in unit tests and fuzzing.
class CannedNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    void setResponses(QList<CannedResponse> responses);
    /// Requests answered so far.
    [[nodiscard]] int requestCount() const noexcept { return m_requestCount; }
    /// The requests as sent (method and URL, most recent last).
    [[nodiscard]] const QList<QByteArray>& requests() const noexcept { return m_requests; }

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request,
                                 QIODevice* outgoingData = nullptr) override;

private:
    QList<CannedResponse> m_responses;
    QList<QByteArray> m_requests;
    int m_requestCount = 0;
};

} // namespace iotca::test
