#include "AwsIotConnector.h"

#include "EpochTime.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace iotca::model {

namespace {

RemoteStatus statusFrom(const QJsonValue& value)
{
    return value.toString() == QLatin1String("ACTIVE") ? RemoteStatus::Active : RemoteStatus::Inactive;
}

QString statusName(RemoteStatus status)
{
    return status == RemoteStatus::Active ? QStringLiteral("ACTIVE") : QStringLiteral("INACTIVE");
}

RemoteCaCertificate caFromJson(const QJsonObject& object)
{
    RemoteCaCertificate ca;
    ca.remoteId = object.value(QLatin1String("certificateId")).toString();
    ca.arn = object.value(QLatin1String("certificateArn")).toString();
    ca.status = statusFrom(object.value(QLatin1String("status")));
    ca.certificatePem = object.value(QLatin1String("certificatePem")).toString().toUtf8();
    const QJsonObject validity = object.value(QLatin1String("validity")).toObject();
    ca.notBefore = EpochTime::fromSeconds(validity.value(QLatin1String("notBefore")));
    ca.notAfter = EpochTime::fromSeconds(validity.value(QLatin1String("notAfter")));
    return ca;
}

bool isHexId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^(0x)?[a-fA-F0-9]{64}$"));
    return pattern.match(id).hasMatch();
}

} // namespace

AwsIotConnector::AwsIotConnector(PlatformAccount account, PlatformSecret secret, QNetworkAccessManager* network,
                                 QObject* parent)
    : PlatformConnector(std::move(account), std::move(secret), network, parent)
{ }

QUrl AwsIotConnector::defaultEndpoint() const
{
    const QString suffix = account().region.startsWith(QLatin1String("cn-")) ? QStringLiteral("amazonaws.com.cn")
                                                                             : QStringLiteral("amazonaws.com");
    return QUrl(QStringLiteral("https://iot.%1.%2").arg(account().region, suffix));
}

Result<HttpRequestSpec> AwsIotConnector::request(const QByteArray& method, const QString& path, const Query& query,
                                                 const QByteArray& body) const
{
    SigV4Request sig;
    sig.method = method;
    sig.path = HttpCanonicalRequest::percentEncode(path.toUtf8()).replace("%2F", "/");
    sig.query = query;
    sig.payload = body;
    sig.amzDate = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmssZ")).toLatin1();
    sig.region = account().region;
    sig.service = QStringLiteral("iot");
    sig.headers = {{QByteArrayLiteral("host"), hostHeader()}, {QByteArrayLiteral("x-amz-date"), sig.amzDate}};
    if (!body.isEmpty())
        sig.headers.append({QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json")});

    HttpRequestSpec spec;
    spec.verb = method;
    spec.body = body;
    QUrl base = endpoint();
    QByteArray encoded = base.toEncoded(QUrl::RemoveQuery | QUrl::RemovePath | QUrl::StripTrailingSlash) + sig.path;
    const QByteArray canonicalQuery = HttpCanonicalRequest::canonicalQuery(query);
    if (!canonicalQuery.isEmpty())
        encoded += '?' + canonicalQuery;
    spec.request.setUrl(QUrl::fromEncoded(encoded, QUrl::StrictMode));
    for (const auto& [name, value] : sig.headers) {
        if (name != "host")
            spec.request.setRawHeader(name, value);
    }
    spec.request.setRawHeader("Authorization", SigV4Signer::authorization(sig, account().accessKeyId, secret()));
    return spec;
}

ApiJob* AwsIotConnector::call(ApiJob::Kind kind, const QByteArray& method, const QString& path, Query query,
                              QByteArray body, ApiJob::PageHandler handle, ApiJob::DoneCallback done)
{
    return startJob(
        kind, [this, method, path, query, body] { return request(method, path, query, body); }, &mapError,
        std::move(handle), std::move(done));
}

ApiJob* AwsIotConnector::noOutput(const QByteArray& method, const QString& path, Query query, Callback<void> done)
{
    return call(
        method == "GET" ? ApiJob::Kind::IdempotentRead : ApiJob::Kind::Write, method, path, std::move(query), {},
        [](const QJsonObject&, const HttpResponse&) -> Result<bool> { return false; },
        [done = std::move(done)](Status status) { done(std::move(status)); });
}

ApiJob* AwsIotConnector::getRegistrationCode(Callback<QString> done)
{
    auto code = std::make_shared<QString>();
    return call(
        ApiJob::Kind::IdempotentRead, "GET", QStringLiteral("/registrationcode"), {}, {},
        [code](const QJsonObject& json, const HttpResponse& response) -> Result<bool> {
            *code = json.value(QLatin1String("registrationCode")).toString();
            if (code->isEmpty())
                return Error {tr("AWS IoT answered without a registration code."), QString::fromUtf8(response.body),
                              QStringLiteral("MalformedResponse")};
            return false;
        },
        [code, done = std::move(done)](Status status) { status ? done(*code) : done(status.error()); });
}

ApiJob* AwsIotConnector::registerCa(const CaUpload& upload, Callback<RemoteCaCertificate> done)
{
    auto ca = std::make_shared<RemoteCaCertificate>();
    ca->name = upload.name;
    ca->certificatePem = upload.caCertificatePem;
    ca->status = upload.activate ? RemoteStatus::Active : RemoteStatus::Inactive;
    const QJsonObject body {
        {QStringLiteral("caCertificate"), QString::fromUtf8(upload.caCertificatePem)},
        {QStringLiteral("verificationCertificate"), QString::fromUtf8(upload.verificationCertificatePem)},
        {QStringLiteral("certificateMode"), QStringLiteral("DEFAULT")}};
    return call(
        ApiJob::Kind::Write, "POST", QStringLiteral("/cacertificate"),
        {{QStringLiteral("setAsActive"), upload.activate ? QStringLiteral("true") : QStringLiteral("false")}},
        QJsonDocument(body).toJson(QJsonDocument::Compact),
        [ca](const QJsonObject& json, const HttpResponse& response) -> Result<bool> {
            ca->remoteId = json.value(QLatin1String("certificateId")).toString();
            ca->arn = json.value(QLatin1String("certificateArn")).toString();
            if (ca->remoteId.isEmpty())
                return Error {tr("AWS IoT answered without a certificate id."), QString::fromUtf8(response.body),
                              QStringLiteral("MalformedResponse")};
            return false;
        },
        [ca, done = std::move(done)](Status status) { status ? done(*ca) : done(status.error()); });
}

ApiJob* AwsIotConnector::listCas(Callback<QList<RemoteCaCertificate>> done)
{
    auto cas = std::make_shared<QList<RemoteCaCertificate>>();
    auto marker = std::make_shared<QString>();
    auto makeRequest = [this, marker] {
        Query query {{QStringLiteral("pageSize"), QString::number(PageSize)}};
        if (!marker->isEmpty())
            query.append({QStringLiteral("marker"), *marker});
        return request("GET", QStringLiteral("/cacertificates"), query, {});
    };
    return startJob(
        ApiJob::Kind::IdempotentRead, makeRequest, &mapError,
        [cas, marker](const QJsonObject& json, const HttpResponse&) -> Result<bool> {
            for (const QJsonValue& item : json.value(QLatin1String("certificates")).toArray())
                cas->append(caFromJson(item.toObject()));
            *marker = json.value(QLatin1String("nextMarker")).toString();
            return !marker->isEmpty();
        },
        [cas, done = std::move(done)](Status status) { status ? done(*cas) : done(status.error()); });
}

ApiJob* AwsIotConnector::getCa(const QString& remoteId, Callback<RemoteCaCertificate> done)
{
    if (!isHexId(remoteId))
        return fail(Error {tr("'%1' is not an AWS IoT certificate id (64 hexadecimal digits).").arg(remoteId),
                           {},
                           QStringLiteral("Preflight.RemoteId")},
                    std::move(done));
    auto ca = std::make_shared<RemoteCaCertificate>();
    return call(
        ApiJob::Kind::IdempotentRead, "GET", QStringLiteral("/cacertificate/%1").arg(remoteId), {}, {},
        [ca](const QJsonObject& json, const HttpResponse&) -> Result<bool> {
            *ca = caFromJson(json.value(QLatin1String("certificateDescription")).toObject());
            return false;
        },
        [ca, done = std::move(done)](Status status) { status ? done(*ca) : done(status.error()); });
}

ApiJob* AwsIotConnector::setCaStatus(const QString& remoteId, RemoteStatus status, Callback<void> done)
{
    if (!isHexId(remoteId))
        return fail(Error {tr("'%1' is not an AWS IoT certificate id (64 hexadecimal digits).").arg(remoteId),
                           {},
                           QStringLiteral("Preflight.RemoteId")},
                    std::move(done));
    return noOutput("PUT", QStringLiteral("/cacertificate/%1").arg(remoteId),
                    {{QStringLiteral("newStatus"), statusName(status)}}, std::move(done));
}

ApiJob* AwsIotConnector::deleteCa(const QString& remoteId, Callback<void> done)
{
    if (!isHexId(remoteId))
        return fail(Error {tr("'%1' is not an AWS IoT certificate id (64 hexadecimal digits).").arg(remoteId),
                           {},
                           QStringLiteral("Preflight.RemoteId")},
                    std::move(done));
    return noOutput("DELETE", QStringLiteral("/cacertificate/%1").arg(remoteId), {}, std::move(done));
}

// RegisterCertificate "registers a device certificate with IoT in the same certificate mode as the signing CA" (AWS
// IoT API Reference, RegisterCertificate; docs.aws.amazon.com/iot/latest/apireference/API_RegisterCertificate.html):
// a CA registered in SNI_ONLY mode needs no other call. RegisterCertificateWithoutCA ("Register a certificate that does
// not have a certificate authority", POST /certificate/register-no-ca) is for a signing CA that is NOT registered
// ("If you can't register the signing CA, you can choose to register client certificates without CA", Developer
// Guide, device-certs-your-own.html); such certificates belong to no CA, so ListCertificatesByCA never lists them.
// This connector registers the certificates of registered CAs only, hence always RegisterCertificate with the CA.
ApiJob* AwsIotConnector::registerDeviceCertificate(const DeviceUpload& upload, Callback<RemoteDeviceCertificate> done)
{
    auto device = std::make_shared<RemoteDeviceCertificate>();
    device->caRemoteId = upload.caRemoteId;
    device->certificatePem = upload.certificatePem;
    device->deviceName = upload.deviceName;
    device->status = upload.activate ? RemoteStatus::Active : RemoteStatus::Inactive;
    QJsonObject body {{QStringLiteral("certificatePem"), QString::fromUtf8(upload.certificatePem)},
                      {QStringLiteral("status"), statusName(device->status)}};
    if (!upload.caCertificatePem.isEmpty())
        body.insert(QStringLiteral("caCertificatePem"), QString::fromUtf8(upload.caCertificatePem));
    return call(
        ApiJob::Kind::Write, "POST", QStringLiteral("/certificate/register"), {},
        QJsonDocument(body).toJson(QJsonDocument::Compact),
        [device](const QJsonObject& json, const HttpResponse&) -> Result<bool> {
            device->remoteId = json.value(QLatin1String("certificateId")).toString();
            return false;
        },
        [device, done = std::move(done)](Status status) { status ? done(*device) : done(status.error()); });
}

ApiJob* AwsIotConnector::setDeviceStatus(const QString&, const QString& deviceRemoteId, RemoteStatus status,
                                         Callback<void> done)
{
    if (!isHexId(deviceRemoteId))
        return fail(Error {tr("'%1' is not an AWS IoT certificate id (64 hexadecimal digits).").arg(deviceRemoteId),
                           {},
                           QStringLiteral("Preflight.RemoteId")},
                    std::move(done));
    return noOutput("PUT", QStringLiteral("/certificates/%1").arg(deviceRemoteId),
                    {{QStringLiteral("newStatus"), statusName(status)}}, std::move(done));
}

ApiJob* AwsIotConnector::deleteDeviceCertificate(const QString&, const QString& deviceRemoteId, Callback<void> done)
{
    if (!isHexId(deviceRemoteId))
        return fail(Error {tr("'%1' is not an AWS IoT certificate id (64 hexadecimal digits).").arg(deviceRemoteId),
                           {},
                           QStringLiteral("Preflight.RemoteId")},
                    std::move(done));
    return noOutput("DELETE", QStringLiteral("/certificates/%1").arg(deviceRemoteId), {}, std::move(done));
}

ApiJob* AwsIotConnector::listDeviceCertificates(const QString& caRemoteId,
                                                Callback<QList<RemoteDeviceCertificate>> done)
{
    auto devices = std::make_shared<QList<RemoteDeviceCertificate>>();
    auto marker = std::make_shared<QString>();
    auto makeRequest = [this, marker, caRemoteId] {
        Query query {{QStringLiteral("pageSize"), QString::number(PageSize)}};
        if (!marker->isEmpty())
            query.append({QStringLiteral("marker"), *marker});
        return request("GET", QStringLiteral("/certificates-by-ca/%1").arg(caRemoteId), query, {});
    };
    return startJob(
        ApiJob::Kind::IdempotentRead, makeRequest, &mapError,
        [devices, marker, caRemoteId](const QJsonObject& json, const HttpResponse&) -> Result<bool> {
            for (const QJsonValue& item : json.value(QLatin1String("certificates")).toArray()) {
                const QJsonObject object = item.toObject();
                RemoteDeviceCertificate device;
                device.remoteId = object.value(QLatin1String("certificateId")).toString();
                device.caRemoteId = caRemoteId;
                device.status = statusFrom(object.value(QLatin1String("status")));
                devices->append(device);
            }
            *marker = json.value(QLatin1String("nextMarker")).toString();
            return !marker->isEmpty();
        },
        [devices, done = std::move(done)](Status status) { status ? done(*devices) : done(status.error()); });
}

std::optional<PlatformFailure> AwsIotConnector::mapError(const HttpResponse& response)
{
    if (response.httpStatus >= 200 && response.httpStatus < 300)
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    QString code = QString::fromUtf8(response.header("x-amzn-ErrorType")).section(QLatin1Char(':'), 0, 0);
    for (const char* key : {"code", "Code", "__type"}) {
        if (code.isEmpty())
            code = json.value(QLatin1String(key)).toString().section(QLatin1Char('#'), -1);
    }
    const QString detail = QString::fromUtf8(response.body.left(4000));
    const auto failure = [&](const QString& message, bool transient = false) {
        return PlatformFailure {Error {message, detail, code.isEmpty() ? QString::number(response.httpStatus) : code},
                                transient};
    };
    if (code == QLatin1String("RegistrationCodeValidationException"))
        return failure(
            tr("The verification certificate's Common Name is not this account's AWS IoT registration code."));
    if (code == QLatin1String("CertificateValidationException"))
        return failure(tr("AWS IoT rejected the certificate as invalid (for a CA registration: the verification "
                          "certificate must be signed by the CA's key)."));
    if (code == QLatin1String("ResourceAlreadyExistsException"))
        return failure(tr("This certificate is already registered with AWS IoT."));
    if (code == QLatin1String("LimitExceededException"))
        return failure(tr("CA limit reached: this account already has 10 CA certificates with this subject."));
    if (code == QLatin1String("CertificateStateException"))
        return failure(tr("AWS IoT does not allow this in the certificate's current state (an active certificate "
                          "must be deactivated before it is deleted)."));
    if (code == QLatin1String("DeleteConflictException"))
        return failure(tr("The certificate is still attached to a policy or thing; detach it first."));
    if (code == QLatin1String("CertificateConflictException"))
        return failure(tr("Several registered CA certificates share this subject and key; name the signing CA."));
    if (code == QLatin1String("ResourceNotFoundException"))
        return failure(tr("AWS IoT has no such certificate."));
    if (code == QLatin1String("UnauthorizedException") || code == QLatin1String("InvalidSignatureException")
        || code == QLatin1String("SignatureDoesNotMatch") || code == QLatin1String("UnrecognizedClientException")
        || code == QLatin1String("AccessDeniedException"))
        return failure(tr("AWS IoT rejected the credentials or the request signature: check this account's access "
                          "key and secret."));
    if (code == QLatin1String("ThrottlingException"))
        return failure(tr("AWS IoT is throttling this account; try again in a moment."));
    if (code == QLatin1String("InvalidRequestException"))
        return failure(tr("AWS IoT rejected the request as invalid."));
    if (code == QLatin1String("ServiceUnavailableException") || code == QLatin1String("InternalFailureException")
        || response.httpStatus >= 500)
        return failure(tr("AWS IoT reported a server error (HTTP %1).").arg(response.httpStatus), true);
    return failure(tr("AWS IoT refused the request (HTTP %1, %2).")
                       .arg(response.httpStatus)
                       .arg(code.isEmpty() ? tr("no error code") : code));
}

} // namespace iotca::model
