#pragma once

#include "ApiJob.h"
#include "PlatformAccount.h"
#include "PlatformCapabilities.h"
#include "PreflightChecker.h"
#include "RemoteCertificate.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace iotca::model {

/// What a platform can do with CAs and device certificates, over its real HTTP API.
///
/// Every operation is asynchronous: it returns the ApiJob carrying the request (keep a QPointer to cancel it; the
/// job deletes itself when done) and reports through `done` exactly once, on the connector's thread. Operations the
/// platform lacks, and requests that break a platform rule, fail through `done` without anything being sent
/// (error code "Preflight.*"). Platform errors arrive as specific translated messages; Error::code holds the
/// platform's code and Error::detail its raw answer.
class PlatformConnector : public QObject
{
    Q_OBJECT
public:
    template<class T>
    using Callback = std::function<void(Result<T>)>;

    PlatformConnector(PlatformAccount account, PlatformSecret secret, QNetworkAccessManager* network,
                      QObject* parent = nullptr);
    ~PlatformConnector() override;

    [[nodiscard]] const PlatformAccount& account() const noexcept { return m_account; }
    [[nodiscard]] const PlatformCapabilities& capabilities() const noexcept { return m_preflight.capabilities(); }
    [[nodiscard]] const PreflightChecker& preflight() const noexcept { return m_preflight; }
    void setRetryPolicy(const RetryPolicy& policy) { m_policy = policy; }
    [[nodiscard]] const RetryPolicy& retryPolicy() const noexcept { return m_policy; }

    /// ApsaraMQ GetRegisterCode, AWS GetRegistrationCode.
    virtual ApiJob* getRegistrationCode(Callback<QString> done);
    /// Uploads CA + verification certificate; the result carries the platform's id for the CA.
    virtual ApiJob* registerCa(const CaUpload& upload, Callback<RemoteCaCertificate> done);
    /// Every CA of the account (all pages).
    virtual ApiJob* listCas(Callback<QList<RemoteCaCertificate>> done);
    virtual ApiJob* getCa(const QString& remoteId, Callback<RemoteCaCertificate> done);
    virtual ApiJob* setCaStatus(const QString& remoteId, RemoteStatus status, Callback<void> done);
    virtual ApiJob* deleteCa(const QString& remoteId, Callback<void> done);
    virtual ApiJob* registerDeviceCertificate(const DeviceUpload& upload, Callback<RemoteDeviceCertificate> done);
    virtual ApiJob* setDeviceStatus(const QString& caRemoteId, const QString& deviceRemoteId, RemoteStatus status,
                                    Callback<void> done);
    virtual ApiJob* deleteDeviceCertificate(const QString& caRemoteId, const QString& deviceRemoteId,
                                            Callback<void> done);
    /// Device certificates issued by one CA (all pages).
    virtual ApiJob* listDeviceCertificates(const QString& caRemoteId, Callback<QList<RemoteDeviceCertificate>> done);
    /// The products a CA is bound to (all pages); only Tencent binds CAs to products.
    virtual ApiJob* listCaProducts(const QString& caRemoteId, Callback<QList<RemoteProduct>> done);

protected:
    /// The base URL: the account's endpoint override, else the platform's public host for the region.
    [[nodiscard]] virtual QUrl defaultEndpoint() const = 0;
    [[nodiscard]] QUrl endpoint() const;
    /// `Host` as sent (and signed): host plus a non-default port.
    [[nodiscard]] QByteArray hostHeader() const;
    [[nodiscard]] const crypto::SecureBuffer& secret() const noexcept { return m_secret.secret; }

    /// Starts a job with the connector's network, TLS configuration and retry policy.
    ApiJob* startJob(ApiJob::Kind kind, ApiJob::RequestFactory makeRequest, ApiJob::ErrorMapper mapError,
                     ApiJob::PageHandler handlePage, ApiJob::DoneCallback done);
    /// A job that fails at once with `error`.
    template<class T>
    ApiJob* fail(Error error, Callback<T> done)
    {
        return ApiJob::failed(
            std::move(error), [done = std::move(done)](Status status) { done(status.error()); }, this);
    }
    /// A pre-flight check; a failed Status becomes a failed job.
    [[nodiscard]] Status check(PlatformCapabilities::Operation operation) const;

private:
    PlatformAccount m_account;
    PlatformSecret m_secret;
    QPointer<QNetworkAccessManager> m_network;
    PreflightChecker m_preflight;
    RetryPolicy m_policy;
    Result<QSslConfiguration> m_ssl;
};

} // namespace iotca::model
