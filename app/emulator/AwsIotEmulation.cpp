#include "AwsIotEmulation.h"

#include "crypto/SecureBuffer.h"
#include "model/platform/SigV4Signer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <variant>

namespace iotca::app {

namespace {

const QString ArnPrefix = QStringLiteral("arn:aws:iot:emulator:123456789012:");

/// 64 random lower-case hexadecimal digits (see registerDevice()).
QString randomCertificateId()
{
    std::array<quint32, 8> words {};
    QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    QString id;
    for (const quint32 word : words)
        id += QStringLiteral("%1").arg(word, 8, 16, QLatin1Char('0'));
    return id;
}

QString statusName(bool active)
{
    return active ? QStringLiteral("ACTIVE") : QStringLiteral("INACTIVE");
}

double epoch(const QDateTime& time)
{
    return static_cast<double>(time.toSecsSinceEpoch());
}

QJsonObject caSummary(const EmulatedCa& ca)
{
    return {{QStringLiteral("certificateArn"), ArnPrefix + QStringLiteral("cacert/") + ca.id},
            {QStringLiteral("certificateId"), ca.id},
            {QStringLiteral("status"), statusName(ca.active)},
            {QStringLiteral("creationDate"), epoch(ca.created)}};
}

QJsonObject caDescription(const EmulatedCa& ca)
{
    QJsonObject object = caSummary(ca);
    object.insert(QStringLiteral("certificatePem"), QString::fromUtf8(ca.pem));
    object.insert(QStringLiteral("ownedBy"), QStringLiteral("123456789012"));
    object.insert(QStringLiteral("autoRegistrationStatus"), QStringLiteral("DISABLE"));
    object.insert(QStringLiteral("certificateMode"), QStringLiteral("DEFAULT"));
    object.insert(QStringLiteral("validity"),
                  QJsonObject {{QStringLiteral("notBefore"), epoch(ca.notBefore)},
                               {QStringLiteral("notAfter"), epoch(ca.notAfter)}});
    return object;
}

QJsonObject deviceSummary(const EmulatedDevice& device)
{
    return {{QStringLiteral("certificateArn"), ArnPrefix + QStringLiteral("cert/") + device.id},
            {QStringLiteral("certificateId"), device.id},
            {QStringLiteral("status"), device.revoked ? QStringLiteral("REVOKED") : statusName(device.active)},
            {QStringLiteral("certificateMode"), QStringLiteral("DEFAULT")}};
}

/// "key=value" parts of an Authorization header after the algorithm.
QHash<QString, QString> authorizationParts(const QByteArray& header)
{
    QHash<QString, QString> parts;
    const QString rest = QString::fromLatin1(header).section(QLatin1Char(' '), 1);
    for (const QString& part : rest.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        parts.insert(trimmed.section(QLatin1Char('='), 0, 0), trimmed.section(QLatin1Char('='), 1));
    }
    return parts;
}

} // namespace

bool AwsIotEmulation::accepts(const EmulatorRequest& request) const
{
    return request.header("Authorization").startsWith("AWS4-HMAC-SHA256 ");
}

EmulatorResponse AwsIotEmulation::error(int status, const QString& type, const QString& message)
{
    EmulatorResponse response = EmulatorResponse::json(status, {{QStringLiteral("message"), message}});
    response.headers.append({QByteArrayLiteral("x-amzn-ErrorType"), type.toLatin1() + QByteArrayLiteral(":")});
    return response;
}

EmulatorResponse AwsIotEmulation::serverError(int status) const
{
    return status == 503 ? error(503, QStringLiteral("ServiceUnavailableException"),
                                 QStringLiteral("The service is temporarily unavailable."))
                         : error(status, QStringLiteral("InternalFailureException"),
                                 QStringLiteral("An unexpected error has occurred."));
}

std::variant<QString, EmulatorResponse> AwsIotEmulation::authenticate(const EmulatorRequest& request) const
{
    const auto parts = authorizationParts(request.header("Authorization"));
    const QStringList scope = parts.value(QStringLiteral("Credential")).split(QLatin1Char('/'));
    if (scope.size() != 5 || scope.at(4) != QLatin1String("aws4_request"))
        return error(400, QStringLiteral("InvalidSignatureException"), QStringLiteral("Credential is malformed."));
    const QString keyId = scope.at(0);
    if (!credentials().contains(keyId))
        return error(403, QStringLiteral("UnrecognizedClientException"),
                     QStringLiteral("The security token included in the request is invalid."));
    model::SigV4Request sig;
    sig.method = request.method;
    sig.path = request.encodedPath;
    sig.query = request.query;
    sig.payload = request.body;
    sig.amzDate = request.header("X-Amz-Date");
    sig.region = scope.at(2);
    sig.service = scope.at(3);
    const QStringList signedNames = parts.value(QStringLiteral("SignedHeaders")).split(QLatin1Char(';'));
    if (!signedNames.contains(QLatin1String("host")) || !signedNames.contains(QLatin1String("x-amz-date")))
        return error(400, QStringLiteral("InvalidSignatureException"),
                     QStringLiteral("The host and x-amz-date headers must be signed."));
    for (const QString& name : signedNames)
        sig.headers.append({name.toLatin1(), request.header(name.toLatin1())});
    const auto secret = crypto::SecureBuffer::fromBytes(credentials().value(keyId));
    if (model::SigV4Signer::signature(sig, secret) != parts.value(QStringLiteral("Signature")).toLatin1()
        || scope.at(1).toLatin1() != sig.amzDate.left(8) || sig.service != QLatin1String("iot"))
        return error(403, QStringLiteral("InvalidSignatureException"),
                     QStringLiteral("The request signature we calculated does not match the signature you provided."));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(sig.amzDate), QStringLiteral("yyyyMMddTHHmmssZ"));
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    if (!when.isValid() || qAbs(utc.secsTo(QDateTime::currentDateTimeUtc())) > 15 * 60)
        return error(403, QStringLiteral("InvalidSignatureException"), QStringLiteral("Signature expired."));
    return keyId;
}

EmulatorResponse AwsIotEmulation::handle(const EmulatorRequest& request)
{
    auto authenticated = authenticate(request);
    if (auto* failure = std::get_if<EmulatorResponse>(&authenticated))
        return *failure;
    EmulatedAccount& state = account(std::get<QString>(authenticated));
    const QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(request.encodedPath));
    const QByteArray& method = request.method;

    if (path == QLatin1String("/registrationcode")) {
        if (method == "GET") {
            if (state.awsRegistrationCode.isEmpty()) {
                std::array<quint32, 8> words {};
                QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
                const QByteArray random(reinterpret_cast<const char*>(words.data()), sizeof(words));
                state.awsRegistrationCode = QString::fromLatin1(random.toHex());
            }
            return EmulatorResponse::json(200, {{QStringLiteral("registrationCode"), state.awsRegistrationCode}});
        }
        if (method == "DELETE") {
            state.awsRegistrationCode.clear();
            return EmulatorResponse::json(200, {});
        }
    }
    if (path == QLatin1String("/cacertificate") && method == "POST")
        return registerCa(state, request);
    if (path == QLatin1String("/cacertificates") && method == "GET") {
        QList<QJsonObject> items;
        for (const EmulatedCa& ca : std::as_const(state.cas))
            items.append(caSummary(ca));
        return page(items, request);
    }
    if (path.startsWith(QLatin1String("/cacertificate/")))
        return caById(state, request, path.mid(15));
    if (path == QLatin1String("/certificate/register") && method == "POST")
        return registerDevice(state, request);
    if (path.startsWith(QLatin1String("/certificates/")))
        return deviceById(state, request, path.mid(14));
    if (path.startsWith(QLatin1String("/certificates-by-ca/")) && method == "GET") {
        const QString caId = path.mid(20);
        QList<QJsonObject> items;
        for (const EmulatedDevice& device : std::as_const(state.devices)) {
            if (device.caId == caId)
                items.append(deviceSummary(device));
        }
        return page(items, request);
    }
    return error(404, QStringLiteral("ResourceNotFoundException"), QStringLiteral("No route for this request."));
}

EmulatorResponse AwsIotEmulation::registerCa(EmulatedAccount& state, const EmulatorRequest& request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QByteArray caPem = body.value(QLatin1String("caCertificate")).toString().toUtf8();
    const QByteArray verificationPem = body.value(QLatin1String("verificationCertificate")).toString().toUtf8();
    if (caPem.isEmpty() || verificationPem.isEmpty())
        return error(400, QStringLiteral("InvalidRequestException"),
                     QStringLiteral("caCertificate and verificationCertificate are required in DEFAULT mode."));
    const UploadCheck check = checkUpload(caPem, verificationPem);
    if (!check.failure.isEmpty())
        return error(400, QStringLiteral("CertificateValidationException"),
                     check.failure == QLatin1String("not-signed-by-ca")
                         ? QStringLiteral("The verification certificate is not signed by the CA certificate's key.")
                         : QStringLiteral("The certificate is invalid."));
    if (state.awsRegistrationCode.isEmpty() || check.verification.commonName() != state.awsRegistrationCode)
        return error(400, QStringLiteral("RegistrationCodeValidationException"),
                     QStringLiteral("The registration code is invalid."));
    const QString id = QString::fromLatin1(check.ca.sha256Fingerprint().toHex());
    if (state.findCa(id) || serialInUse(check.ca.serialNumberHex()))
        return error(409, QStringLiteral("ResourceAlreadyExistsException"),
                     QStringLiteral("The certificate is already registered."));
    int sameSubject = 0;
    for (const EmulatedCa& ca : std::as_const(state.cas))
        sameSubject += ca.subject == check.ca.subjectString() ? 1 : 0;
    if (sameSubject >= MaxCasPerAccount)
        return error(410, QStringLiteral("LimitExceededException"),
                     QStringLiteral("You can register up to 10 CA certificates with the same subject field."));
    EmulatedCa ca;
    ca.id = id;
    ca.serialHex = check.ca.serialNumberHex();
    ca.subject = check.ca.subjectString();
    ca.pem = caPem;
    ca.verificationPem = verificationPem;
    ca.registrationCode = state.awsRegistrationCode;
    ca.active = request.queryValue(QStringLiteral("setAsActive")) == QLatin1String("true");
    ca.created = QDateTime::currentDateTimeUtc();
    ca.notBefore = check.ca.notBefore();
    ca.notAfter = check.ca.notAfter();
    state.cas.append(ca);
    return EmulatorResponse::json(200,
                                  {{QStringLiteral("certificateArn"), ArnPrefix + QStringLiteral("cacert/") + id},
                                   {QStringLiteral("certificateId"), id}});
}

EmulatorResponse AwsIotEmulation::caById(EmulatedAccount& state, const EmulatorRequest& request, const QString& id)
{
    EmulatedCa* ca = state.findCa(id);
    if (!ca)
        return error(404, QStringLiteral("ResourceNotFoundException"),
                     QStringLiteral("The specified resource does not exist."));
    if (request.method == "GET")
        return EmulatorResponse::json(200, {{QStringLiteral("certificateDescription"), caDescription(*ca)}});
    if (request.method == "PUT") {
        const QString newStatus = request.queryValue(QStringLiteral("newStatus"));
        if (newStatus != QLatin1String("ACTIVE") && newStatus != QLatin1String("INACTIVE"))
            return error(400, QStringLiteral("InvalidRequestException"), QStringLiteral("newStatus is not valid."));
        ca->active = newStatus == QLatin1String("ACTIVE");
        return EmulatorResponse::json(200, {});
    }
    if (request.method == "DELETE") {
        // DeleteCACertificate lists CertificateStateException ("The certificate operation is not allowed", 406);
        // that an ACTIVE CA gets it is inferred (the API reference does not say; terraform-provider-aws and AWS's
        // own samples set INACTIVE first, platform-tencent-aws.md §3.3).
        if (ca->active)
            return error(406, QStringLiteral("CertificateStateException"),
                         QStringLiteral("The CA certificate is ACTIVE; set it to INACTIVE before deleting it."));
        state.cas.removeIf([&](const EmulatedCa& entry) { return entry.id == id; });
        return EmulatorResponse::json(200, {});
    }
    return error(405, QStringLiteral("InvalidRequestException"), QStringLiteral("Method not allowed."));
}

EmulatorResponse AwsIotEmulation::registerDevice(EmulatedAccount& state, const EmulatorRequest& request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QByteArray pem = body.value(QLatin1String("certificatePem")).toString().toUtf8();
    const auto certificate = crypto::Certificate::fromPem(pem);
    if (!certificate)
        return error(400, QStringLiteral("CertificateValidationException"),
                     QStringLiteral("The certificate is invalid."));
    EmulatedCa* issuer = nullptr;
    for (EmulatedCa& ca : state.cas) {
        const auto caCertificate = crypto::Certificate::fromPem(ca.pem);
        if (caCertificate && certificate->isSignedBy(*caCertificate)) {
            issuer = &ca;
            break;
        }
    }
    if (!issuer)
        return error(400, QStringLiteral("CertificateValidationException"),
                     QStringLiteral("The certificate is not signed by a registered CA certificate."));
    // RegisterCertificate lists CertificateStateException (406) among its errors (botocore iot service-2.json).
    if (!issuer->active)
        return error(406, QStringLiteral("CertificateStateException"),
                     QStringLiteral("The CA certificate that signed this certificate is not ACTIVE."));
    const QByteArray der = certificate->toDer();
    const bool known = std::any_of(state.devices.cbegin(), state.devices.cend(), [&](const EmulatedDevice& entry) {
        const auto registered = crypto::Certificate::fromPem(entry.pem);
        return registered && registered->toDer() == der;
    });
    if (known)
        return error(409, QStringLiteral("ResourceAlreadyExistsException"),
                     QStringLiteral("The certificate is already registered."));
    // certificateId: 64 hexadecimal characters (CertificateId shape, botocore iot service-2.json: fixed length 64,
    // pattern (0x)?[a-fA-F0-9]+). How AWS derives it is stated nowhere (platform-tencent-aws.md §3.3 and open item
    // 9), so the emulator hands out random ids: a client must take the id from this answer or a list, never
    // compute it.
    const QString id = randomCertificateId();
    EmulatedDevice device;
    device.id = id;
    device.caId = issuer->id;
    device.name = certificate->commonName();
    device.serialHex = certificate->serialNumberHex();
    device.pem = pem;
    device.active = body.value(QLatin1String("status")).toString(QStringLiteral("ACTIVE")) == QLatin1String("ACTIVE");
    device.notBefore = certificate->notBefore();
    device.notAfter = certificate->notAfter();
    state.devices.append(device);
    return EmulatorResponse::json(200,
                                  {{QStringLiteral("certificateArn"), ArnPrefix + QStringLiteral("cert/") + id},
                                   {QStringLiteral("certificateId"), id}});
}

EmulatorResponse AwsIotEmulation::deviceById(EmulatedAccount& state, const EmulatorRequest& request, const QString& id)
{
    EmulatedDevice* device = state.findDevice({}, id);
    if (!device)
        return error(404, QStringLiteral("ResourceNotFoundException"),
                     QStringLiteral("The specified resource does not exist."));
    if (request.method == "GET") {
        QJsonObject description = deviceSummary(*device);
        description.insert(QStringLiteral("caCertificateId"), device->caId);
        description.insert(QStringLiteral("certificatePem"), QString::fromUtf8(device->pem));
        return EmulatorResponse::json(200, {{QStringLiteral("certificateDescription"), description}});
    }
    if (request.method == "PUT") {
        const QString newStatus = request.queryValue(QStringLiteral("newStatus"));
        if (newStatus != QLatin1String("ACTIVE") && newStatus != QLatin1String("INACTIVE")
            && newStatus != QLatin1String("REVOKED"))
            return error(400, QStringLiteral("InvalidRequestException"), QStringLiteral("newStatus is not valid."));
        // UpdateCertificate lists CertificateStateException; the Developer Guide: a REVOKED certificate's status
        // cannot be changed again.
        if (device->revoked)
            return error(406, QStringLiteral("CertificateStateException"),
                         QStringLiteral("The certificate is REVOKED; its status cannot be changed."));
        device->active = newStatus == QLatin1String("ACTIVE");
        device->revoked = newStatus == QLatin1String("REVOKED");
        return EmulatorResponse::json(200, {});
    }
    if (request.method == "DELETE") {
        // DeleteCertificate: "A certificate cannot be deleted if it has a policy or IoT thing attached to it or if
        // its status is set to ACTIVE" (API reference); the errors are CertificateStateException (406) and
        // DeleteConflictException (409, "attached to one or more resources").
        if (device->active)
            return error(406, QStringLiteral("CertificateStateException"),
                         QStringLiteral("The certificate is ACTIVE; set it to INACTIVE before deleting it."));
        if (!device->attachments.isEmpty())
            return error(409, QStringLiteral("DeleteConflictException"),
                         QStringLiteral("You can't delete the resource because it is attached to one or more "
                                        "resources."));
        state.devices.removeIf([&](const EmulatedDevice& entry) { return entry.id == id; });
        return EmulatorResponse::json(200, {});
    }
    return error(405, QStringLiteral("InvalidRequestException"), QStringLiteral("Method not allowed."));
}

EmulatorResponse AwsIotEmulation::page(const QList<QJsonObject>& items, const EmulatorRequest& request)
{
    const int pageSize = request.queryValue(QStringLiteral("pageSize")).isEmpty()
        ? 25
        : request.queryValue(QStringLiteral("pageSize")).toInt();
    if (pageSize < 1 || pageSize > 250)
        return error(400, QStringLiteral("InvalidRequestException"), QStringLiteral("pageSize must be 1 to 250."));
    // The markers are this emulator's own (nextMarker below: an index into the list). Anything else, a negative
    // number in particular, would index outside the list: refused as InvalidRequestException, the error the API
    // reference lists for ListCACertificates and ListCertificatesByCA (docs/platform-tencent-aws.md, AWS errors).
    // Found reviewing the emulator for its fuzz target (tests/fuzz, emulator_request).
    const QString marker = request.queryValue(QStringLiteral("marker"));
    bool markerOk = true;
    const int start = marker.isEmpty() ? 0 : marker.toInt(&markerOk);
    if (!markerOk || start < 0)
        return error(400, QStringLiteral("InvalidRequestException"), QStringLiteral("The marker is not valid."));
    QJsonArray certificates;
    for (qsizetype i = start; i < items.size() && certificates.size() < pageSize; ++i)
        certificates.append(items.at(i));
    QJsonObject body {{QStringLiteral("certificates"), certificates}};
    if (start + certificates.size() < items.size())
        body.insert(QStringLiteral("nextMarker"), QString::number(start + certificates.size()));
    return EmulatorResponse::json(200, body);
}

} // namespace iotca::app
