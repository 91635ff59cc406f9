#pragma once

#include "PlatformConnector.h"
#include "Tc3Signer.h"

namespace iotca::model {

/// Tencent Cloud IoT Hub (iotcloud 2021-04-08, API 3.0), POST JSON signed with TC3-HMAC-SHA256.
///
/// A CA is identified by its CertName. There is no registration-code API (the console shows the verification
/// code) and no CA activate/deactivate. Device certificates are devices of the account's product created with
/// `TlsCrt`; a device's remote id is "ProductId/DeviceName".
class TencentIotHubConnector : public PlatformConnector
{
    Q_OBJECT
public:
    /// DescribeDevices: "Limit: 分页的大小，数值范围 10-250" (tencentcloud-sdk-go iotcloud DescribeDevicesRequest).
    static constexpr int PageSize = 100;
    /// DescribePrivateCABindedProducts: "Limit: default 20, max 200" (tccli iotcloud 2021-04-08 api.json).
    static constexpr int BoundProductsPageSize = 200;

    TencentIotHubConnector(PlatformAccount account, PlatformSecret secret, QNetworkAccessManager* network,
                           QObject* parent = nullptr);

    ApiJob* registerCa(const CaUpload& upload, Callback<RemoteCaCertificate> done) override;
    ApiJob* listCas(Callback<QList<RemoteCaCertificate>> done) override;
    ApiJob* getCa(const QString& remoteId, Callback<RemoteCaCertificate> done) override;
    ApiJob* deleteCa(const QString& remoteId, Callback<void> done) override;
    ApiJob* registerDeviceCertificate(const DeviceUpload& upload, Callback<RemoteDeviceCertificate> done) override;
    ApiJob* setDeviceStatus(const QString& caRemoteId, const QString& deviceRemoteId, RemoteStatus status,
                            Callback<void> done) override;
    ApiJob* deleteDeviceCertificate(const QString& caRemoteId, const QString& deviceRemoteId,
                                    Callback<void> done) override;
    /// The devices whose certificate the CA signed: DescribePrivateCA for the CA certificate, the products bound to
    /// the CA (DescribePrivateCABindedProducts) and the account's product, then DescribeDevices of each, keeping the
    /// devices whose DeviceCert verifies with the CA's key (Tencent lists devices per product, not per CA).
    ApiJob* listDeviceCertificates(const QString& caRemoteId, Callback<QList<RemoteDeviceCertificate>> done) override;
    /// DescribePrivateCABindedProducts, all pages.
    ApiJob* listCaProducts(const QString& caRemoteId, Callback<QList<RemoteProduct>> done) override;

    /// Tencent error codes (HTTP 200 with Response.Error) as specific messages (docs/architecture.md R10).
    [[nodiscard]] static std::optional<PlatformFailure> mapError(const HttpResponse& response);

protected:
    [[nodiscard]] QUrl defaultEndpoint() const override;

private:
    [[nodiscard]] Result<HttpRequestSpec> request(const QString& action, const QJsonObject& parameters) const;
    ApiJob* call(ApiJob::Kind kind, const QString& action, QJsonObject parameters, ApiJob::PageHandler handle,
                 ApiJob::DoneCallback done);
    ApiJob* noOutput(const QString& action, QJsonObject parameters, Callback<void> done);
    /// Splits "ProductId/DeviceName"; an Error when it is not that shape.
    [[nodiscard]] Result<std::pair<QString, QString>> splitDeviceId(const QString& deviceRemoteId) const;
};

} // namespace iotca::model
