#pragma once

#include "AliyunRpcSigner.h"
#include "PlatformConnector.h"

namespace iotca::model {

/// ApsaraMQ for MQTT (OnsMqtt 2020-04-20), RPC style, signed with the V1 HMAC-SHA1 RPC signature, Format=JSON.
/// Reads are GET with the parameters in the query (the only method the gateway accepts for them); writes are POST
/// with a form-encoded body, so the certificates, the AccessKeyId and the signature stay out of the URL. A CA is
/// bound to the account's instance (MqttInstanceId); the CA's remote id is its Sn.
///
/// There is no RegisterDeviceCertificate: the broker registers a device certificate the first time a device
/// connects with it.
class ApsaraMqConnector : public PlatformConnector
{
    Q_OBJECT
public:
    static constexpr int PageSize = 100;

    ApsaraMqConnector(PlatformAccount account, PlatformSecret secret, QNetworkAccessManager* network,
                      QObject* parent = nullptr);

    ApiJob* getRegistrationCode(Callback<QString> done) override;
    ApiJob* registerCa(const CaUpload& upload, Callback<RemoteCaCertificate> done) override;
    ApiJob* listCas(Callback<QList<RemoteCaCertificate>> done) override;
    ApiJob* getCa(const QString& remoteId, Callback<RemoteCaCertificate> done) override;
    ApiJob* setCaStatus(const QString& remoteId, RemoteStatus status, Callback<void> done) override;
    ApiJob* deleteCa(const QString& remoteId, Callback<void> done) override;
    ApiJob* setDeviceStatus(const QString& caRemoteId, const QString& deviceRemoteId, RemoteStatus status,
                            Callback<void> done) override;
    ApiJob* deleteDeviceCertificate(const QString& caRemoteId, const QString& deviceRemoteId,
                                    Callback<void> done) override;
    ApiJob* listDeviceCertificates(const QString& caRemoteId, Callback<QList<RemoteDeviceCertificate>> done) override;

    /// The platform's error codes as specific messages: the one place for this platform (docs/architecture.md R10).
    [[nodiscard]] static std::optional<PlatformFailure> mapError(const HttpResponse& response);

protected:
    [[nodiscard]] QUrl defaultEndpoint() const override;

private:
    /// Signs `parameters` plus the common ones; GET puts them in the query, POST in the body.
    [[nodiscard]] Result<HttpRequestSpec> request(const QByteArray& method, const QString& action,
                                                  RpcParameters parameters) const;
    ApiJob* call(ApiJob::Kind kind, const QString& action, RpcParameters parameters, ApiJob::PageHandler handle,
                 ApiJob::DoneCallback done);
    ApiJob* simpleWrite(const QString& action, RpcParameters parameters, Callback<void> done);
};

} // namespace iotca::model
