#include "TencentIotHubConnector.h"

#include "EpochTime.h"
#include "crypto/Certificate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

#include <memory>

namespace iotca::model {

namespace {

const QByteArray Version = QByteArrayLiteral("2021-04-08");
const QByteArray ContentType = QByteArrayLiteral("application/json; charset=utf-8");

RemoteCaCertificate caFromJson(const QJsonObject& object)
{
    RemoteCaCertificate ca;
    ca.name = object.value(QLatin1String("CertName")).toString();
    ca.remoteId = ca.name;
    ca.serialHex = object.value(QLatin1String("CertSN")).toString().toUpper();
    ca.certificatePem = object.value(QLatin1String("CertText")).toString().toUtf8();
    // CertInfo times: seconds per the CN SDK and every example (the intl text says ms) [UNVERIFIED].
    ca.notBefore = EpochTime::fromSeconds(object.value(QLatin1String("EffectiveTime")));
    ca.notAfter = EpochTime::fromSeconds(object.value(QLatin1String("ExpireTime")));
    ca.status = RemoteStatus::Active; // Tencent CAs have no status
    return ca;
}

} // namespace

TencentIotHubConnector::TencentIotHubConnector(PlatformAccount account, PlatformSecret secret,
                                               QNetworkAccessManager* network, QObject* parent)
    : PlatformConnector(std::move(account), std::move(secret), network, parent)
{ }

QUrl TencentIotHubConnector::defaultEndpoint() const
{
    return QUrl(QStringLiteral("https://iotcloud.tencentcloudapi.com/"));
}

Result<HttpRequestSpec> TencentIotHubConnector::request(const QString& action, const QJsonObject& parameters) const
{
    Tc3Request sig;
    sig.method = QByteArrayLiteral("POST");
    sig.payload = QJsonDocument(parameters).toJson(QJsonDocument::Compact);
    sig.service = QStringLiteral("iotcloud");
    sig.timestamp = QDateTime::currentSecsSinceEpoch();
    sig.headers = {{QByteArrayLiteral("content-type"), ContentType}, {QByteArrayLiteral("host"), hostHeader()}};

    HttpRequestSpec spec;
    spec.verb = sig.method;
    spec.body = sig.payload;
    QUrl url = endpoint();
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    spec.request.setUrl(url);
    spec.request.setRawHeader("Content-Type", ContentType);
    spec.request.setRawHeader("X-TC-Action", action.toLatin1());
    spec.request.setRawHeader("X-TC-Version", Version);
    spec.request.setRawHeader("X-TC-Timestamp", QByteArray::number(sig.timestamp));
    spec.request.setRawHeader("X-TC-Region", account().region.toUtf8());
    spec.request.setRawHeader("Authorization", Tc3Signer::authorization(sig, account().accessKeyId, secret()));
    return spec;
}

ApiJob* TencentIotHubConnector::call(ApiJob::Kind kind, const QString& action, QJsonObject parameters,
                                     ApiJob::PageHandler handle, ApiJob::DoneCallback done)
{
    return startJob(
        kind, [this, action, parameters] { return request(action, parameters); }, &mapError, std::move(handle),
        std::move(done));
}

ApiJob* TencentIotHubConnector::noOutput(const QString& action, QJsonObject parameters, Callback<void> done)
{
    return call(
        ApiJob::Kind::Write, action, std::move(parameters),
        [](const QJsonObject&, const HttpResponse&) -> Result<bool> { return false; },
        [done = std::move(done)](Status status) { done(std::move(status)); });
}

Result<std::pair<QString, QString>> TencentIotHubConnector::splitDeviceId(const QString& deviceRemoteId) const
{
    const qsizetype slash = deviceRemoteId.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == deviceRemoteId.size() - 1)
        return Error {tr("'%1' is not a Tencent device id of the form ProductId/DeviceName.").arg(deviceRemoteId),
                      {},
                      QStringLiteral("Preflight.RemoteId")};
    return std::pair {deviceRemoteId.left(slash), deviceRemoteId.mid(slash + 1)};
}

ApiJob* TencentIotHubConnector::registerCa(const CaUpload& upload, Callback<RemoteCaCertificate> done)
{
    if (Status name = preflight().checkCaName(upload.name); !name)
        return fail(name.error(), std::move(done));
    auto ca = std::make_shared<RemoteCaCertificate>();
    ca->name = upload.name;
    ca->remoteId = upload.name;
    ca->certificatePem = upload.caCertificatePem;
    return call(
        ApiJob::Kind::Write, QStringLiteral("CreatePrivateCA"),
        {{QStringLiteral("CertName"), upload.name},
         {QStringLiteral("CertText"), QString::fromUtf8(upload.caCertificatePem)},
         {QStringLiteral("VerifyCertText"), QString::fromUtf8(upload.verificationCertificatePem)}},
        [](const QJsonObject&, const HttpResponse&) -> Result<bool> { return false; },
        [ca, done = std::move(done)](Status status) { status ? done(*ca) : done(status.error()); });
}

ApiJob* TencentIotHubConnector::listCas(Callback<QList<RemoteCaCertificate>> done)
{
    auto cas = std::make_shared<QList<RemoteCaCertificate>>();
    return call(
        ApiJob::Kind::IdempotentRead, QStringLiteral("DescribePrivateCAs"), {},
        [cas](const QJsonObject& json, const HttpResponse&) -> Result<bool> {
            const QJsonArray items =
                json.value(QLatin1String("Response")).toObject().value(QLatin1String("CAs")).toArray();
            for (const QJsonValue& item : items)
                cas->append(caFromJson(item.toObject()));
            return false; // no paging in DescribePrivateCAs
        },
        [cas, done = std::move(done)](Status status) { status ? done(*cas) : done(status.error()); });
}

ApiJob* TencentIotHubConnector::getCa(const QString& remoteId, Callback<RemoteCaCertificate> done)
{
    auto ca = std::make_shared<RemoteCaCertificate>();
    return call(
        ApiJob::Kind::IdempotentRead, QStringLiteral("DescribePrivateCA"), {{QStringLiteral("CertName"), remoteId}},
        [ca](const QJsonObject& json, const HttpResponse&) -> Result<bool> {
            *ca = caFromJson(json.value(QLatin1String("Response")).toObject().value(QLatin1String("CA")).toObject());
            return false;
        },
        [ca, done = std::move(done)](Status status) { status ? done(*ca) : done(status.error()); });
}

ApiJob* TencentIotHubConnector::deleteCa(const QString& remoteId, Callback<void> done)
{
    return noOutput(QStringLiteral("DeletePrivateCA"), {{QStringLiteral("CertName"), remoteId}}, std::move(done));
}

ApiJob* TencentIotHubConnector::registerDeviceCertificate(const DeviceUpload& upload,
                                                          Callback<RemoteDeviceCertificate> done)
{
    static const QRegularExpression deviceName(QStringLiteral("^[a-zA-Z0-9:_-]{1,48}$"));
    const QString product = upload.product.isEmpty() ? account().product : upload.product;
    if (product.isEmpty())
        return fail(Error {tr("No Tencent product id is set for this device certificate or account."),
                           {},
                           QStringLiteral("Preflight.Product")},
                    std::move(done));
    if (!deviceName.match(upload.deviceName).hasMatch())
        return fail(Error {tr("The device name '%1' is not accepted by Tencent Cloud IoT Hub: use 1 to 48 letters, "
                              "digits, ':', '_' or '-'.")
                               .arg(upload.deviceName),
                           {},
                           QStringLiteral("Preflight.DeviceName")},
                    std::move(done));
    auto device = std::make_shared<RemoteDeviceCertificate>();
    device->remoteId = product + QLatin1Char('/') + upload.deviceName;
    device->caRemoteId = upload.caRemoteId;
    device->deviceName = upload.deviceName;
    device->certificatePem = upload.certificatePem;
    return call(
        ApiJob::Kind::Write, QStringLiteral("CreateDevice"),
        {{QStringLiteral("ProductId"), product},
         {QStringLiteral("DeviceName"), upload.deviceName},
         {QStringLiteral("TlsCrt"), QString::fromUtf8(upload.certificatePem)}},
        [](const QJsonObject&, const HttpResponse&) -> Result<bool> { return false; },
        [device, done = std::move(done)](Status status) { status ? done(*device) : done(status.error()); });
}

ApiJob* TencentIotHubConnector::setDeviceStatus(const QString&, const QString& deviceRemoteId, RemoteStatus status,
                                                Callback<void> done)
{
    const auto id = splitDeviceId(deviceRemoteId);
    if (!id)
        return fail(id.error(), std::move(done));
    return noOutput(QStringLiteral("UpdateDeviceAvailableState"),
                    {{QStringLiteral("ProductId"), id->first},
                     {QStringLiteral("DeviceName"), id->second},
                     {QStringLiteral("EnableState"), status == RemoteStatus::Active ? 1 : 0}},
                    std::move(done));
}

ApiJob* TencentIotHubConnector::deleteDeviceCertificate(const QString&, const QString& deviceRemoteId,
                                                        Callback<void> done)
{
    const auto id = splitDeviceId(deviceRemoteId);
    if (!id)
        return fail(id.error(), std::move(done));
    return noOutput(QStringLiteral("DeleteDevice"),
                    {{QStringLiteral("ProductId"), id->first}, {QStringLiteral("DeviceName"), id->second}},
                    std::move(done));
}

ApiJob* TencentIotHubConnector::listDeviceCertificates(const QString& caRemoteId,
                                                       Callback<QList<RemoteDeviceCertificate>> done)
{
    // One job, three phases; the request factory builds the request of the current phase and page, the page handler
    // moves on (a retried attempt builds the same request again).
    enum class Phase { Ca, BoundProducts, Devices };
    struct Listing
    {
        Phase phase = Phase::Ca;
        std::optional<crypto::Certificate> ca;
        QStringList products;
        qsizetype productIndex = 0;
        int offset = 0;
        QList<RemoteDeviceCertificate> devices;
    };
    auto state = std::make_shared<Listing>();
    const QString accountProduct = account().product;
    auto makeRequest = [this, state, caRemoteId] {
        switch (state->phase) {
        case Phase::Ca:
            return request(QStringLiteral("DescribePrivateCA"), {{QStringLiteral("CertName"), caRemoteId}});
        case Phase::BoundProducts:
            return request(QStringLiteral("DescribePrivateCABindedProducts"),
                           {{QStringLiteral("CertName"), caRemoteId},
                            {QStringLiteral("Offset"), state->offset},
                            {QStringLiteral("Limit"), BoundProductsPageSize}});
        case Phase::Devices:
            break;
        }
        return request(QStringLiteral("DescribeDevices"),
                       {{QStringLiteral("ProductId"), state->products.at(state->productIndex)},
                        {QStringLiteral("Offset"), state->offset},
                        {QStringLiteral("Limit"), PageSize}});
    };
    auto handlePage = [state, caRemoteId, accountProduct](const QJsonObject& json,
                                                          const HttpResponse& response) -> Result<bool> {
        const QJsonObject answer = json.value(QLatin1String("Response")).toObject();
        switch (state->phase) {
        case Phase::Ca: {
            auto ca = crypto::Certificate::fromPem(
                answer.value(QLatin1String("CA")).toObject().value(QLatin1String("CertText")).toString().toUtf8());
            if (!ca)
                //: %1 is a CA name on Tencent Cloud
                return Error {
                    tr("Tencent Cloud answered without a readable certificate for the CA '%1'.").arg(caRemoteId),
                    QString::fromUtf8(response.body.left(4000)), QStringLiteral("MalformedResponse")};
            state->ca = std::move(*ca);
            state->phase = Phase::BoundProducts;
            state->offset = 0;
            return true;
        }
        case Phase::BoundProducts: {
            const QJsonArray items = answer.value(QLatin1String("Products")).toArray();
            for (const QJsonValue& item : items) {
                const QString product = item.toObject().value(QLatin1String("ProductId")).toString();
                if (!product.isEmpty() && !state->products.contains(product))
                    state->products.append(product);
            }
            state->offset += static_cast<int>(items.size());
            if (items.size() >= BoundProductsPageSize)
                return true;
            if (!accountProduct.isEmpty() && !state->products.contains(accountProduct))
                state->products.append(accountProduct);
            state->phase = Phase::Devices;
            state->offset = 0;
            return !state->products.isEmpty();
        }
        case Phase::Devices:
            break;
        }
        const QString product = state->products.at(state->productIndex);
        const QJsonArray items = answer.value(QLatin1String("Devices")).toArray();
        for (const QJsonValue& item : items) {
            const QJsonObject object = item.toObject();
            const QByteArray pem = object.value(QLatin1String("DeviceCert")).toString().toUtf8();
            const auto certificate = crypto::Certificate::fromPem(pem);
            if (!certificate || !certificate->isSignedBy(*state->ca))
                continue; // a device of another CA, or with a key pair the platform generated
            RemoteDeviceCertificate device;
            device.deviceName = object.value(QLatin1String("DeviceName")).toString();
            device.remoteId = product + QLatin1Char('/') + device.deviceName;
            device.caRemoteId = caRemoteId;
            device.status = object.value(QLatin1String("EnableState")).toInt(1) == 1 ? RemoteStatus::Active
                                                                                     : RemoteStatus::Inactive;
            device.certificatePem = pem;
            device.notBefore = certificate->notBefore();
            device.notAfter = certificate->notAfter();
            state->devices.append(device);
        }
        state->offset += static_cast<int>(items.size());
        if (items.size() >= PageSize && state->offset < answer.value(QLatin1String("TotalCount")).toInt())
            return true;
        state->offset = 0;
        ++state->productIndex;
        return state->productIndex < state->products.size();
    };
    return startJob(
        ApiJob::Kind::IdempotentRead, makeRequest, &mapError, handlePage,
        [state, done = std::move(done)](Status status) { status ? done(state->devices) : done(status.error()); });
}

ApiJob* TencentIotHubConnector::listCaProducts(const QString& caRemoteId, Callback<QList<RemoteProduct>> done)
{
    auto products = std::make_shared<QList<RemoteProduct>>();
    auto offset = std::make_shared<int>(0);
    auto makeRequest = [this, offset, caRemoteId] {
        return request(QStringLiteral("DescribePrivateCABindedProducts"),
                       {{QStringLiteral("CertName"), caRemoteId},
                        {QStringLiteral("Offset"), *offset},
                        {QStringLiteral("Limit"), BoundProductsPageSize}});
    };
    return startJob(
        ApiJob::Kind::IdempotentRead, makeRequest, &mapError,
        [products, offset](const QJsonObject& json, const HttpResponse&) -> Result<bool> {
            const QJsonArray items =
                json.value(QLatin1String("Response")).toObject().value(QLatin1String("Products")).toArray();
            for (const QJsonValue& item : items) {
                const QJsonObject object = item.toObject();
                products->append(RemoteProduct {object.value(QLatin1String("ProductId")).toString(),
                                                object.value(QLatin1String("ProductName")).toString()});
            }
            *offset += static_cast<int>(items.size());
            return items.size() >= BoundProductsPageSize;
        },
        [products, done = std::move(done)](Status status) { status ? done(*products) : done(status.error()); });
}

std::optional<PlatformFailure> TencentIotHubConnector::mapError(const HttpResponse& response)
{
    const QJsonObject error = QJsonDocument::fromJson(response.body)
                                  .object()
                                  .value(QLatin1String("Response"))
                                  .toObject()
                                  .value(QLatin1String("Error"))
                                  .toObject();
    const QString code = error.value(QLatin1String("Code")).toString();
    if (code.isEmpty() && response.httpStatus >= 200 && response.httpStatus < 300)
        return std::nullopt;
    const QString detail = QString::fromUtf8(response.body.left(4000));
    const auto failure = [&](const QString& message, bool transient = false) {
        return PlatformFailure {Error {message, detail, code.isEmpty() ? QString::number(response.httpStatus) : code},
                                transient};
    };
    if (code == QLatin1String("LimitExceeded.CACertLimit"))
        return failure(tr("CA limit reached: this account already has 10 CA certificates."));
    if (code == QLatin1String("InvalidParameterValue.CACertNotMatch"))
        return failure(tr("The verification certificate does not match the CA: it must be signed by the CA's key "
                          "and carry the console's verification code."));
    if (code == QLatin1String("InvalidParameterValue.CACertInvalid"))
        return failure(tr("Tencent Cloud rejected the CA certificate's content as invalid."));
    if (code == QLatin1String("LimitExceeded.CACertNameRepeat"))
        return failure(tr("A CA certificate with this name already exists in this account."));
    if (code == QLatin1String("LimitExceeded.CARepeat"))
        return failure(tr("This CA certificate is already registered (same certificate or serial number)."));
    if (code == QLatin1String("LimitExceeded.CAAlreadyBindProduct"))
        return failure(tr("The CA is still bound to a product; unbind it from the product before deleting it."));
    if (code == QLatin1String("ResourceNotFound.CACertNotExist"))
        return failure(tr("Tencent Cloud has no CA certificate with this name."));
    if (code == QLatin1String("ResourceNotFound.ProductNotExist"))
        return failure(tr("The Tencent product does not exist."));
    if (code == QLatin1String("ResourceNotFound.DeviceNotExist"))
        return failure(tr("The Tencent device does not exist."));
    if (code == QLatin1String("InvalidParameterValue.DeviceAlreadyExist"))
        return failure(tr("A device with this name already exists in the product."));
    if (code == QLatin1String("LimitExceeded.CACertNotSupport"))
        return failure(tr("This product does not support private CA operations."));
    if (code == QLatin1String("AuthFailure.SignatureExpire"))
        return failure(tr("Tencent Cloud rejected the request time: check this computer's clock."));
    if (code.startsWith(QLatin1String("AuthFailure")))
        return failure(tr("Tencent Cloud rejected the credentials or the request signature: check this account's "
                          "SecretId and SecretKey."));
    if (code == QLatin1String("RequestLimitExceeded"))
        return failure(tr("Tencent Cloud is throttling this account; try again in a moment."));
    if (code.startsWith(QLatin1String("InternalError")) || response.httpStatus >= 500)
        return failure(tr("Tencent Cloud reported a server error."), response.httpStatus >= 500);
    return failure(tr("Tencent Cloud refused the request (%1).").arg(code.isEmpty() ? tr("no error code") : code));
}

} // namespace iotca::model
