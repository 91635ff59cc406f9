#include "CannedNetworkAccessManager.h"

#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <cstring>

namespace iotca::test {

namespace {

/// A finished reply with a fixed status, headers and body.
class CannedReply : public QNetworkReply
{
public:
    CannedReply(QNetworkAccessManager::Operation operation, const QNetworkRequest& request,
                const CannedResponse& response, QObject* parent)
        : QNetworkReply(parent)
        , m_body(response.body)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        if (response.status == 0) {
            m_body.clear();
            setError(QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused (canned)"));
        } else {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, response.status);
            for (const auto& [name, value] : response.headers)
                setRawHeader(name, value);
        }
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        // Like a real reply: the signals come from the event loop, never from inside the call that sent the request.
        QTimer::singleShot(0, this, [this, failed = response.status == 0] {
            setFinished(true);
            if (failed)
                Q_EMIT errorOccurred(error());
            else
                Q_EMIT readyRead();
            Q_EMIT finished();
        });
    }

    void abort() override
    {
        m_body.clear();
        m_offset = 0;
    }
    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 bytesAvailable() const override
    {
        return m_body.size() - m_offset + QNetworkReply::bytesAvailable();
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_body.size() - m_offset);
        if (count <= 0)
            return m_offset >= m_body.size() ? -1 : 0;
        std::memcpy(data, m_body.constData() + m_offset, static_cast<std::size_t>(count));
        m_offset += count;
        return count;
    }

private:
    QByteArray m_body;
    qint64 m_offset = 0;
};

} // namespace

void CannedNetworkAccessManager::setResponses(QList<CannedResponse> responses)
{
    m_responses = std::move(responses);
}

QNetworkReply* CannedNetworkAccessManager::createRequest(Operation operation, const QNetworkRequest& request,
                                                         QIODevice* /*outgoingData*/)
{
    ++m_requestCount;
    m_requests.append(request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray() + ' '
                      + request.url().toEncoded(QUrl::RemoveQuery));
    const CannedResponse response = m_responses.isEmpty() ? CannedResponse {} : m_responses.takeFirst();
    return new CannedReply(operation, request, response, this);
}

} // namespace iotca::test
