#include "TencentIotHubEmulation.h"

#include "crypto/Digest.h"
#include "crypto/SecureBuffer.h"
#include "model/platform/Tc3Signer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace iotca::app {

namespace {

QJsonObject certInfo(const EmulatedCa& ca)
{
    return {{QStringLiteral("CertName"), ca.name},
            {QStringLiteral("CertSN"), ca.serialHex.toLower()},
            {QStringLiteral("Subject"), ca.subject},
            {QStringLiteral("IssuerName"), ca.subject},
            {QStringLiteral("CreateTime"), static_cast<double>(ca.created.toSecsSinceEpoch())},
            {QStringLiteral("EffectiveTime"), static_cast<double>(ca.notBefore.toSecsSinceEpoch())},
            {QStringLiteral("ExpireTime"), static_cast<double>(ca.notAfter.toSecsSinceEpoch())},
            {QStringLiteral("CertText"), QString::fromUtf8(ca.pem)}};
}

} // namespace

QString TencentIotHubEmulation::verificationCode(const QString& secretId)
{
    return QString::fromLatin1(crypto::sha256(secretId.toUtf8()).toHex().left(32));
}

bool TencentIotHubEmulation::accepts(const EmulatorRequest& request) const
{
    return !request.header("X-TC-Action").isEmpty();
}

EmulatorResponse TencentIotHubEmulation::error(const QString& code, const QString& message)
{
    return EmulatorResponse::json(
        200,
        {{QStringLiteral("Response"),
          QJsonObject {{QStringLiteral("Error"),
                        QJsonObject {{QStringLiteral("Code"), code}, {QStringLiteral("Message"), message}}},
                       {QStringLiteral("RequestId"), newRequestId()}}}});
}

EmulatorResponse TencentIotHubEmulation::ok(QJsonObject fields)
{
    fields.insert(QStringLiteral("RequestId"), newRequestId());
    return EmulatorResponse::json(200, {{QStringLiteral("Response"), fields}});
}

EmulatorResponse TencentIotHubEmulation::serverError(int status) const
{
    EmulatorResponse response = error(QStringLiteral("InternalError"), QStringLiteral("Internal error."));
    response.status = status;
    return response;
}

std::variant<QString, EmulatorResponse> TencentIotHubEmulation::authenticate(const EmulatorRequest& request) const
{
    const QString authorization = QString::fromLatin1(request.header("Authorization"));
    if (!authorization.startsWith(QLatin1String("TC3-HMAC-SHA256 ")))
        return error(QStringLiteral("AuthFailure.InvalidAuthorization"), QStringLiteral("Authorization is invalid."));
    QHash<QString, QString> parts;
    for (const QString& part : authorization.mid(16).split(QLatin1Char(','), Qt::SkipEmptyParts))
        parts.insert(part.trimmed().section(QLatin1Char('='), 0, 0), part.trimmed().section(QLatin1Char('='), 1));
    const QStringList scope = parts.value(QStringLiteral("Credential")).split(QLatin1Char('/'));
    if (scope.size() != 4 || scope.at(3) != QLatin1String("tc3_request"))
        return error(QStringLiteral("AuthFailure.InvalidAuthorization"), QStringLiteral("Credential is malformed."));
    const QString secretId = scope.at(0);
    if (!credentials().contains(secretId))
        return error(QStringLiteral("AuthFailure.SecretIdNotFound"), QStringLiteral("The SecretId is not found."));
    model::Tc3Request sig;
    sig.method = request.method;
    sig.payload = request.body;
    sig.service = scope.at(2);
    sig.timestamp = request.header("X-TC-Timestamp").toLongLong();
    for (const QString& name : parts.value(QStringLiteral("SignedHeaders")).split(QLatin1Char(';')))
        sig.headers.append({name.toLatin1(), request.header(name.toLatin1())});
    const auto secret = crypto::SecureBuffer::fromBytes(credentials().value(secretId));
    if (model::Tc3Signer::signature(sig, secret) != parts.value(QStringLiteral("Signature")).toLatin1()
        || model::Tc3Signer::credentialScope(sig) != scope.mid(1).join(QLatin1Char('/')).toLatin1())
        return error(QStringLiteral("AuthFailure.SignatureFailure"),
                     QStringLiteral("The provided credentials could not be validated."));
    if (qAbs(QDateTime::currentSecsSinceEpoch() - sig.timestamp) > 5 * 60)
        return error(QStringLiteral("AuthFailure.SignatureExpire"),
                     QStringLiteral("Timestamp and server time cannot differ by more than five minutes."));
    return secretId;
}

EmulatorResponse TencentIotHubEmulation::handle(const EmulatorRequest& request)
{
    auto authenticated = authenticate(request);
    if (auto* failure = std::get_if<EmulatorResponse>(&authenticated))
        return *failure;
    const QString secretId = std::get<QString>(authenticated);
    EmulatedAccount& state = account(secretId);
    if (request.header("X-TC-Version") != "2021-04-08")
        return error(QStringLiteral("NoSuchVersion"), QStringLiteral("The API version does not exist."));
    const QString action = QString::fromLatin1(request.header("X-TC-Action"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString certName = body.value(QLatin1String("CertName")).toString();

    if (action == QLatin1String("CreatePrivateCA"))
        return createCa(state, secretId, body);
    if (action == QLatin1String("DescribePrivateCAs")) {
        QJsonArray cas;
        for (const EmulatedCa& ca : std::as_const(state.cas))
            cas.append(certInfo(ca));
        return ok({{QStringLiteral("CAs"), cas}});
    }
    if (action == QLatin1String("DescribePrivateCA") || action == QLatin1String("DeletePrivateCA")) {
        const EmulatedCa* ca = state.findCa(certName);
        if (!ca)
            return error(QStringLiteral("ResourceNotFound.CACertNotExist"), QStringLiteral("The CA does not exist."));
        if (action == QLatin1String("DescribePrivateCA"))
            return ok({{QStringLiteral("CA"), certInfo(*ca)}});
        state.cas.removeIf([&](const EmulatedCa& entry) { return entry.id == certName; });
        return ok({});
    }
    return deviceAction(state, action, body);
}

EmulatorResponse TencentIotHubEmulation::createCa(EmulatedAccount& state, const QString& secretId,
                                                  const QJsonObject& body)
{
    const QString name = body.value(QLatin1String("CertName")).toString();
    const QByteArray caPem = body.value(QLatin1String("CertText")).toString().toUtf8();
    const QByteArray verificationPem = body.value(QLatin1String("VerifyCertText")).toString().toUtf8();
    if (name.isEmpty() || caPem.isEmpty() || verificationPem.isEmpty())
        return error(QStringLiteral("MissingParameter"),
                     QStringLiteral("CertName, CertText and VerifyCertText are required."));
    if (state.cas.size() >= MaxCasPerAccount)
        return error(QStringLiteral("LimitExceeded.CACertLimit"), QStringLiteral("CA certificate limit reached."));
    if (state.findCa(name))
        return error(QStringLiteral("LimitExceeded.CACertNameRepeat"),
                     QStringLiteral("Duplicate CA certificate name."));
    const UploadCheck check = checkUpload(caPem, verificationPem);
    if (check.failure == QLatin1String("ca-invalid"))
        return error(QStringLiteral("InvalidParameterValue.CACertInvalid"),
                     QStringLiteral("CA certificate content invalid."));
    if (!check.failure.isEmpty() || check.verification.commonName() != verificationCode(secretId))
        return error(QStringLiteral("InvalidParameterValue.CACertNotMatch"),
                     QStringLiteral("The verification certificate does not match the CA."));
    if (serialInUse(check.ca.serialNumberHex()))
        return error(QStringLiteral("LimitExceeded.CARepeat"),
                     QStringLiteral("The CA certificate is already uploaded."));
    EmulatedCa ca;
    ca.id = name;
    ca.name = name;
    ca.serialHex = check.ca.serialNumberHex();
    ca.subject = check.ca.subjectString();
    ca.pem = caPem;
    ca.verificationPem = verificationPem;
    ca.registrationCode = verificationCode(secretId);
    ca.created = QDateTime::currentDateTimeUtc();
    ca.notBefore = check.ca.notBefore();
    ca.notAfter = check.ca.notAfter();
    state.cas.append(ca);
    return ok({});
}

EmulatorResponse TencentIotHubEmulation::deviceAction(EmulatedAccount& state, const QString& action,
                                                      const QJsonObject& body)
{
    const QString product = body.value(QLatin1String("ProductId")).toString();
    const QString name = body.value(QLatin1String("DeviceName")).toString();
    if (product != productId())
        return error(QStringLiteral("ResourceNotFound.ProductNotExist"), QStringLiteral("The product does not exist."));
    if (action == QLatin1String("DescribeDevices")) {
        const int offset = body.value(QLatin1String("Offset")).toInt();
        const int limit = body.value(QLatin1String("Limit")).toInt(10);
        // Offset is an unsigned integer in the API (api.json uint64, docs/platform-tencent-aws.md 1.3); a negative
        // one would index outside the list, so it gets the generic InvalidParameterValue. Found reviewing the
        // emulator for its fuzz target (tests/fuzz, emulator_request).
        if (offset < 0)
            return error(QStringLiteral("InvalidParameterValue"), QStringLiteral("Offset must not be negative."));
        QJsonArray devices;
        for (qsizetype i = offset; i < state.devices.size() && devices.size() < limit; ++i) {
            const EmulatedDevice& device = state.devices.at(i);
            devices.append(QJsonObject {{QStringLiteral("DeviceName"), device.name},
                                        {QStringLiteral("EnableState"), device.active ? 1 : 0},
                                        {QStringLiteral("DeviceCert"), QString::fromUtf8(device.pem)}});
        }
        return ok({{QStringLiteral("Devices"), devices},
                   {QStringLiteral("TotalCount"), static_cast<int>(state.devices.size())}});
    }
    EmulatedDevice* device = state.findDevice({}, name);
    if (action == QLatin1String("CreateDevice")) {
        if (device)
            return error(QStringLiteral("InvalidParameterValue.DeviceAlreadyExist"),
                         QStringLiteral("The device already exists."));
        const QByteArray pem = body.value(QLatin1String("TlsCrt")).toString().toUtf8();
        const auto certificate = crypto::Certificate::fromPem(pem);
        const EmulatedCa* issuer = nullptr;
        for (const EmulatedCa& ca : std::as_const(state.cas)) {
            const auto caCertificate = crypto::Certificate::fromPem(ca.pem);
            if (certificate && caCertificate && certificate->isSignedBy(*caCertificate))
                issuer = &ca;
        }
        if (!issuer)
            return error(QStringLiteral("InvalidParameterValue"),
                         QStringLiteral("TlsCrt is not a certificate issued by a registered private CA."));
        EmulatedDevice created;
        created.id = name;
        created.name = name;
        created.caId = issuer->id;
        created.product = product;
        created.serialHex = certificate->serialNumberHex();
        created.pem = pem;
        state.devices.append(created);
        return ok({{QStringLiteral("DeviceName"), name}, {QStringLiteral("DeviceCert"), QString::fromUtf8(pem)}});
    }
    if (!device)
        return error(QStringLiteral("ResourceNotFound.DeviceNotExist"), QStringLiteral("The device does not exist."));
    if (action == QLatin1String("UpdateDeviceAvailableState")) {
        device->active = body.value(QLatin1String("EnableState")).toInt() == 1;
        return ok({});
    }
    if (action == QLatin1String("DeleteDevice")) {
        state.devices.removeIf([&](const EmulatedDevice& entry) { return entry.id == name; });
        return ok({});
    }
    return error(QStringLiteral("InvalidAction"), QStringLiteral("The action does not exist."));
}

} // namespace iotca::app
