#pragma once

#include "PlatformConnector.h"
#include "SigV4Signer.h"

namespace iotca::model {

/// AWS IoT Core control plane (rest-json, 2015-05-28), signed with SigV4 (service "iot"). The CA's remote id is its
/// 64-hex certificateId. An ACTIVE CA must be set INACTIVE before DeleteCACertificate (CertificateStateException).
class AwsIotConnector : public PlatformConnector
{
    Q_OBJECT
public:
    static constexpr int PageSize = 250;

    AwsIotConnector(PlatformAccount account, PlatformSecret secret, QNetworkAccessManager* network,
                    QObject* parent = nullptr);

    ApiJob* getRegistrationCode(Callback<QString> done) override;
    ApiJob* registerCa(const CaUpload& upload, Callback<RemoteCaCertificate> done) override;
    ApiJob* listCas(Callback<QList<RemoteCaCertificate>> done) override;
    ApiJob* getCa(const QString& remoteId, Callback<RemoteCaCertificate> done) override;
    ApiJob* setCaStatus(const QString& remoteId, RemoteStatus status, Callback<void> done) override;
    ApiJob* deleteCa(const QString& remoteId, Callback<void> done) override;
    ApiJob* registerDeviceCertificate(const DeviceUpload& upload, Callback<RemoteDeviceCertificate> done) override;
    ApiJob* setDeviceStatus(const QString& caRemoteId, const QString& deviceRemoteId, RemoteStatus status,
                            Callback<void> done) override;
    ApiJob* deleteDeviceCertificate(const QString& caRemoteId, const QString& deviceRemoteId,
                                    Callback<void> done) override;
    ApiJob* listDeviceCertificates(const QString& caRemoteId, Callback<QList<RemoteDeviceCertificate>> done) override;

    /// AWS error types (x-amzn-ErrorType or the body's code) as specific messages (docs/architecture.md R10).
    [[nodiscard]] static std::optional<PlatformFailure> mapError(const HttpResponse& response);

protected:
    [[nodiscard]] QUrl defaultEndpoint() const override;

private:
    using Query = QList<std::pair<QString, QString>>;
    [[nodiscard]] Result<HttpRequestSpec> request(const QByteArray& method, const QString& path, const Query& query,
                                                  const QByteArray& body) const;
    ApiJob* call(ApiJob::Kind kind, const QByteArray& method, const QString& path, Query query, QByteArray body,
                 ApiJob::PageHandler handle, ApiJob::DoneCallback done);
    ApiJob* noOutput(const QByteArray& method, const QString& path, Query query, Callback<void> done);
};

} // namespace iotca::model
