#include "ApsaraMqConnector.h"

#include "EpochTime.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <memory>

namespace iotca::model {

namespace {

const QString Version = QStringLiteral("2020-04-20");

RemoteStatus statusFrom(const QJsonValue& value)
{
    return value.toVariant().toString() == QLatin1String("0") ? RemoteStatus::Inactive : RemoteStatus::Active;
}

RemoteCaCertificate caFromJson(const QJsonObject& object)
{
    RemoteCaCertificate ca;
    ca.remoteId = object.value(QLatin1String("Sn")).toString();
    ca.serialHex = ca.remoteId.toUpper();
    ca.name = object.value(QLatin1String("CaName")).toString();
    ca.status = statusFrom(object.value(QLatin1String("Status")));
    ca.certificatePem = object.value(QLatin1String("CaContent")).toString().toUtf8();
    ca.registrationCode = object.value(QLatin1String("RegistrationCode")).toString();
    ca.notBefore = EpochTime::fromMilliseconds(object.value(QLatin1String("ValidBegin")));
    ca.notAfter = EpochTime::fromMilliseconds(object.value(QLatin1String("ValidEnd")));
    return ca;
}

RemoteDeviceCertificate deviceFromJson(const QJsonObject& object)
{
    RemoteDeviceCertificate device;
    device.remoteId = object.value(QLatin1String("DeviceSn")).toString();
    device.caRemoteId = object.value(QLatin1String("CaSn")).toString();
    device.deviceName = object.value(QLatin1String("DeviceName")).toString();
    device.status = statusFrom(object.value(QLatin1String("Status")));
    device.certificatePem = object.value(QLatin1String("DeviceContent")).toString().toUtf8();
    device.notBefore = EpochTime::fromMilliseconds(object.value(QLatin1String("ValidBegin")));
    device.notAfter = EpochTime::fromMilliseconds(object.value(QLatin1String("ValidEnd")));
    return device;
}

} // namespace

ApsaraMqConnector::ApsaraMqConnector(PlatformAccount account, PlatformSecret secret, QNetworkAccessManager* network,
                                     QObject* parent)
    : PlatformConnector(std::move(account), std::move(secret), network, parent)
{ }

QUrl ApsaraMqConnector::defaultEndpoint() const
{
    return QUrl(QStringLiteral("https://onsmqtt.%1.aliyuncs.com/").arg(account().region));
}

Result<HttpRequestSpec> ApsaraMqConnector::request(const QByteArray& method, const QString& action,
                                                   RpcParameters parameters) const
{
    if (account().instanceId.isEmpty())
        return Error {
            tr("The ApsaraMQ account '%1' has no instance id; CAs are bound to an instance.").arg(account().name),
            {},
            QStringLiteral("Preflight.InstanceId")};
    parameters.insert(QStringLiteral("Action"), action);
    parameters.insert(QStringLiteral("Version"), Version);
    parameters.insert(QStringLiteral("Format"), QStringLiteral("JSON"));
    parameters.insert(QStringLiteral("AccessKeyId"), account().accessKeyId);
    parameters.insert(QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1"));
    parameters.insert(QStringLiteral("SignatureVersion"), QStringLiteral("1.0"));
    // A fresh nonce and timestamp per attempt: a retried request must not trip SignatureNonceUsed.
    parameters.insert(QStringLiteral("SignatureNonce"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    parameters.insert(QStringLiteral("Timestamp"),
                      QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    parameters.insert(QStringLiteral("MqttInstanceId"), account().instanceId);

    const QByteArray signature = AliyunRpcSigner::signature(method, parameters, secret());
    const QByteArray encoded = AliyunRpcSigner::canonicalizedQuery(parameters) + QByteArrayLiteral("&Signature=")
        + AliyunRpcSigner::percentEncode(QString::fromLatin1(signature));

    // Every parameter goes in the query string, for POST too, with no body: that is how the official SDK sends
    // OnsMqtt calls. alibabacloud-go/onsmqtt-20200420 @ee1b148 client/client.go (e.g.
    // RegisterCaCertificateWithOptions) puts CaContent, CaName, MqttInstanceId and VerificationContent in `query`
    // and sets no Body; alibabacloud-go/darabonba-openapi @fbb884f client/client.go DoRPCRequest merges the common
    // parameters into the same Query and writes a form body only for request.Body. The API metadata marks every
    // parameter "in": "query" (platform-alibaba.md §1.2, S2).
    HttpRequestSpec spec;
    spec.verb = method;
    QUrl url = endpoint();
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    url = QUrl::fromEncoded(url.toEncoded(QUrl::RemoveQuery) + '?' + encoded, QUrl::StrictMode);
    spec.request.setUrl(url);
    spec.request.setRawHeader("Accept", "application/json");
    return spec;
}

ApiJob* ApsaraMqConnector::call(ApiJob::Kind kind, const QString& action, RpcParameters parameters,
                                ApiJob::PageHandler handle, ApiJob::DoneCallback done)
{
    const QByteArray method =
        kind == ApiJob::Kind::IdempotentRead ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST");
    return startJob(
        kind, [this, method, action, parameters] { return request(method, action, parameters); }, &mapError,
        std::move(handle), std::move(done));
}

ApiJob* ApsaraMqConnector::simpleWrite(const QString& action, RpcParameters parameters, Callback<void> done)
{
    return call(
        ApiJob::Kind::Write, action, std::move(parameters),
        [](const QJsonObject&, const HttpResponse&) -> Result<bool> { return false; },
        [done = std::move(done)](Status status) { done(std::move(status)); });
}

ApiJob* ApsaraMqConnector::getRegistrationCode(Callback<QString> done)
{
    auto code = std::make_shared<QString>();
    return call(
        ApiJob::Kind::IdempotentRead, QStringLiteral("GetRegisterCode"), {},
        [code](const QJsonObject& json, const HttpResponse& response) -> Result<bool> {
            *code = json.value(QLatin1String("RegisterCode")).toString();
            if (code->isEmpty())
                return Error {tr("ApsaraMQ answered without a registration code."), QString::fromUtf8(response.body),
                              QStringLiteral("MalformedResponse")};
            return false;
        },
        [code, done = std::move(done)](Status status) { status ? done(*code) : done(status.error()); });
}

ApiJob* ApsaraMqConnector::registerCa(const CaUpload& upload, Callback<RemoteCaCertificate> done)
{
    if (Status name = preflight().checkCaName(upload.name); !name)
        return fail(name.error(), std::move(done));
    auto ca = std::make_shared<RemoteCaCertificate>();
    ca->name = upload.name;
    ca->certificatePem = upload.caCertificatePem;
    const RpcParameters parameters {
        {QStringLiteral("CaName"), upload.name},
        {QStringLiteral("CaContent"), QString::fromUtf8(upload.caCertificatePem)},
        {QStringLiteral("VerificationContent"), QString::fromUtf8(upload.verificationCertificatePem)}};
    const bool activate = upload.activate;
    return call(
        ApiJob::Kind::Write, QStringLiteral("RegisterCaCertificate"), parameters,
        [ca](const QJsonObject& json, const HttpResponse& response) -> Result<bool> {
            ca->remoteId = json.value(QLatin1String("Sn")).toString();
            ca->serialHex = ca->remoteId.toUpper();
            if (ca->remoteId.isEmpty())
                return Error {tr("ApsaraMQ answered without the CA's serial number."), QString::fromUtf8(response.body),
                              QStringLiteral("MalformedResponse")};
            return false;
        },
        [this, ca, activate, done = std::move(done)](Status status) {
            if (!status)
                return done(status.error());
            if (activate)
                return done(*ca);
            // Registered CAs start active; honour "register inactive" with a second call.
            setCaStatus(ca->remoteId, RemoteStatus::Inactive, [ca, done](Status inactivated) {
                if (!inactivated)
                    return done(inactivated.error());
                ca->status = RemoteStatus::Inactive;
                done(*ca);
            });
        });
}

ApiJob* ApsaraMqConnector::listCas(Callback<QList<RemoteCaCertificate>> done)
{
    auto cas = std::make_shared<QList<RemoteCaCertificate>>();
    auto page = std::make_shared<int>(1);
    auto makeRequest = [this, page] {
        return request("GET", QStringLiteral("ListCaCertificate"),
                       {{QStringLiteral("PageNo"), QString::number(*page)},
                        {QStringLiteral("PageSize"), QString::number(PageSize)}});
    };
    return startJob(
        ApiJob::Kind::IdempotentRead, makeRequest, &mapError,
        [cas, page](const QJsonObject& json, const HttpResponse&) -> Result<bool> {
            const QJsonArray items =
                json.value(QLatin1String("Data")).toObject().value(QLatin1String("CaCertificateVOS")).toArray();
            for (const QJsonValue& item : items)
                cas->append(caFromJson(item.toObject()));
            ++*page;
            return items.size() >= PageSize; // Total's meaning is undocumented: page until a short page
        },
        [cas, done = std::move(done)](Status status) { status ? done(*cas) : done(status.error()); });
}

ApiJob* ApsaraMqConnector::getCa(const QString& remoteId, Callback<RemoteCaCertificate> done)
{
    auto ca = std::make_shared<RemoteCaCertificate>();
    return call(
        ApiJob::Kind::IdempotentRead, QStringLiteral("GetCaCertificate"), {{QStringLiteral("Sn"), remoteId}},
        [ca](const QJsonObject& json, const HttpResponse&) -> Result<bool> {
            *ca = caFromJson(json.value(QLatin1String("Data")).toObject());
            return false;
        },
        [ca, done = std::move(done)](Status status) { status ? done(*ca) : done(status.error()); });
}

ApiJob* ApsaraMqConnector::setCaStatus(const QString& remoteId, RemoteStatus status, Callback<void> done)
{
    return simpleWrite(status == RemoteStatus::Active ? QStringLiteral("ActiveCaCertificate")
                                                      : QStringLiteral("InactivateCaCertificate"),
                       {{QStringLiteral("Sn"), remoteId}}, std::move(done));
}

ApiJob* ApsaraMqConnector::deleteCa(const QString& remoteId, Callback<void> done)
{
    return simpleWrite(QStringLiteral("DeleteCaCertificate"), {{QStringLiteral("Sn"), remoteId}}, std::move(done));
}

ApiJob* ApsaraMqConnector::setDeviceStatus(const QString& caRemoteId, const QString& deviceRemoteId,
                                           RemoteStatus status, Callback<void> done)
{
    if (Status serial = preflight().checkSerial(deviceRemoteId); !serial)
        return fail(serial.error(), std::move(done));
    return simpleWrite(status == RemoteStatus::Active ? QStringLiteral("ActiveDeviceCertificate")
                                                      : QStringLiteral("InactivateDeviceCertificate"),
                       {{QStringLiteral("CaSn"), caRemoteId}, {QStringLiteral("DeviceSn"), deviceRemoteId}},
                       std::move(done));
}

ApiJob* ApsaraMqConnector::deleteDeviceCertificate(const QString& caRemoteId, const QString& deviceRemoteId,
                                                   Callback<void> done)
{
    if (Status serial = preflight().checkSerial(deviceRemoteId); !serial)
        return fail(serial.error(), std::move(done));
    return simpleWrite(QStringLiteral("DeleteDeviceCertificate"),
                       {{QStringLiteral("CaSn"), caRemoteId}, {QStringLiteral("DeviceSn"), deviceRemoteId}},
                       std::move(done));
}

ApiJob* ApsaraMqConnector::listDeviceCertificates(const QString& caRemoteId,
                                                  Callback<QList<RemoteDeviceCertificate>> done)
{
    auto devices = std::make_shared<QList<RemoteDeviceCertificate>>();
    auto page = std::make_shared<int>(1);
    auto makeRequest = [this, page, caRemoteId] {
        return request("GET", QStringLiteral("ListDeviceCertificateByCaSn"),
                       {{QStringLiteral("CaSn"), caRemoteId},
                        {QStringLiteral("PageNo"), QString::number(*page)},
                        {QStringLiteral("PageSize"), QString::number(PageSize)}});
    };
    return startJob(
        ApiJob::Kind::IdempotentRead, makeRequest, &mapError,
        [devices, page](const QJsonObject& json, const HttpResponse&) -> Result<bool> {
            const QJsonArray items =
                json.value(QLatin1String("Data")).toObject().value(QLatin1String("DeviceCertificateVOS")).toArray();
            for (const QJsonValue& item : items)
                devices->append(deviceFromJson(item.toObject()));
            ++*page;
            return items.size() >= PageSize;
        },
        [devices, done = std::move(done)](Status status) { status ? done(*devices) : done(status.error()); });
}

std::optional<PlatformFailure> ApsaraMqConnector::mapError(const HttpResponse& response)
{
    if (response.httpStatus >= 200 && response.httpStatus < 300)
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    const QString code = json.value(QLatin1String("Code")).toString();
    const QString detail = QString::fromUtf8(response.body.left(4000));
    const auto failure = [&](const QString& message, bool transient = false) {
        return PlatformFailure {Error {message, detail, code.isEmpty() ? QString::number(response.httpStatus) : code},
                                transient};
    };
    if (code == QLatin1String("CaNumExceed"))
        // The platform's own limit: no ApsaraMQ document states its number, so none is checked beforehand.
        //: %1 is the platform's message, such as "CA certificate num exceed"
        return failure(tr("ApsaraMQ refused another CA certificate (CaNumExceed: %1): the instance has as many as "
                          "the platform allows. Delete a CA certificate it no longer needs, then try again.")
                           .arg(json.value(QLatin1String("Message")).toString()));
    if (code == QLatin1String("RegisterCodeError"))
        return failure(tr("The verification certificate's Common Name is not the registration code ApsaraMQ issued."));
    if (code == QLatin1String("RegisterCodeUsed"))
        return failure(tr("This registration code has already been used; fetch a new one and make a new verification "
                          "certificate."));
    if (code == QLatin1String("CertificateContentError"))
        return failure(tr("ApsaraMQ rejected the certificates: the CA needs basicConstraints CA:TRUE and the "
                          "verification certificate must be signed by the CA's key."));
    if (code == QLatin1String("SnNotUnique"))
        return failure(tr("A CA certificate with this serial number is already registered."));
    if (code == QLatin1String("FindCaBySnError"))
        return failure(tr("ApsaraMQ has no CA certificate with this serial number."));
    if (code == QLatin1String("FindDeviceBySnError"))
        return failure(tr("ApsaraMQ has no device certificate with this serial number under this CA."));
    if (code == QLatin1String("MqttInstanceNotFound"))
        return failure(tr("The ApsaraMQ instance of this account does not exist in this region."));
    if (code == QLatin1String("MqttOwnerCheckError") || code == QLatin1String("InstancePermissionCheckFailed"))
        return failure(tr("This AccessKey may not manage the ApsaraMQ instance; check the RAM permissions."));
    if (code == QLatin1String("ParameterFieldCheckFailed"))
        return failure(tr("ApsaraMQ rejected a parameter of the request as missing or invalid."));
    if (code == QLatin1String("GetCaNumError"))
        return failure(tr("ApsaraMQ could not count the instance's CA certificates; try again later."), true);
    if (code == QLatin1String("SignatureDoesNotMatch") || code == QLatin1String("IncompleteSignature"))
        return failure(tr("ApsaraMQ rejected the request signature: check the AccessKey secret of this account."));
    if (code.startsWith(QLatin1String("InvalidAccessKeyId")))
        return failure(tr("ApsaraMQ does not know this AccessKey ID, or it is disabled."));
    if (code.startsWith(QLatin1String("InvalidTimeStamp")))
        return failure(tr("ApsaraMQ rejected the request time: check this computer's clock."));
    if (code == QLatin1String("SignatureNonceUsed"))
        return failure(tr("ApsaraMQ saw this request before (nonce reused)."));
    if (code == QLatin1String("Throttling.User"))
        return failure(tr("ApsaraMQ is throttling this account; try again in a moment."));
    if (code.startsWith(QLatin1String("Missing")))
        return failure(tr("ApsaraMQ says a required parameter is missing (%1).").arg(code));
    if (response.httpStatus >= 500)
        return failure(tr("ApsaraMQ reported a server error (HTTP %1).").arg(response.httpStatus), true);
    return failure(tr("ApsaraMQ refused the request (HTTP %1, %2).")
                       .arg(response.httpStatus)
                       .arg(code.isEmpty() ? tr("no error code") : code));
}

} // namespace iotca::model
