#include "ApsaraMqEmulation.h"

#include "crypto/SecureBuffer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>
#include <QUuid>

namespace iotca::app {

namespace {

QString millis(const QDateTime& time)
{
    return QString::number(time.toMSecsSinceEpoch());
}

QJsonObject caJson(const EmulatedCa& ca)
{
    return {{QStringLiteral("CaName"), ca.name},
            {QStringLiteral("Sn"), ca.id},
            {QStringLiteral("CaContent"), QString::fromUtf8(ca.pem)},
            {QStringLiteral("VerificationContent"), QString::fromUtf8(ca.verificationPem)},
            {QStringLiteral("RegistrationCode"), ca.registrationCode},
            {QStringLiteral("Status"), ca.active ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("ValidBegin"), millis(ca.notBefore)},
            {QStringLiteral("ValidEnd"), millis(ca.notAfter)}};
}

QJsonObject deviceJson(const EmulatedDevice& device)
{
    return {{QStringLiteral("CaSn"), device.caId},
            {QStringLiteral("DeviceSn"), device.id},
            {QStringLiteral("DeviceName"), device.name},
            {QStringLiteral("DeviceContent"), QString::fromUtf8(device.pem)},
            {QStringLiteral("Status"), device.active ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("ValidBegin"), millis(device.notBefore)},
            {QStringLiteral("ValidEnd"), millis(device.notAfter)}};
}

/// Whether `ca` belongs to `instance` (a CA saved before instances were kept belongs to every one).
bool ofInstance(const EmulatedCa& ca, const QString& instance)
{
    return ca.instanceId.isEmpty() || ca.instanceId == instance;
}

} // namespace

bool ApsaraMqEmulation::accepts(const EmulatorRequest& request) const
{
    if (request.encodedPath != "/" || !request.header("Authorization").isEmpty())
        return false;
    return !request.queryValue(QStringLiteral("Action")).isEmpty()
        || request.header("Content-Type").startsWith("application/x-www-form-urlencoded");
}

EmulatorResponse ApsaraMqEmulation::error(int status, const QString& code, const QString& message)
{
    return EmulatorResponse::json(status,
                                  {{QStringLiteral("RequestId"), newRequestId()},
                                   {QStringLiteral("HostId"), QStringLiteral("onsmqtt.emulator")},
                                   {QStringLiteral("Code"), code},
                                   {QStringLiteral("Message"), message}});
}

EmulatorResponse ApsaraMqEmulation::serverError(int status) const
{
    return error(status, QStringLiteral("ServiceUnavailable"),
                 QStringLiteral("The request has failed due to a temporary failure of the server."));
}

EmulatorResponse ApsaraMqEmulation::handle(const EmulatorRequest& request)
{
    model::RpcParameters parameters;
    for (const auto& [name, value] : request.query)
        parameters.insert(name, value);
    if (request.header("Content-Type").startsWith("application/x-www-form-urlencoded")) {
        const QUrlQuery form(QString::fromUtf8(request.body));
        for (const auto& [name, value] : form.queryItems(QUrl::FullyDecoded))
            parameters.insert(name, value);
    }
    const QString signature = parameters.take(QStringLiteral("Signature"));
    const QString keyId = parameters.value(QStringLiteral("AccessKeyId"));
    if (signature.isEmpty())
        return error(400, QStringLiteral("MissingSignature"),
                     QStringLiteral("Signature is mandatory for this action."));
    if (!credentials().contains(keyId))
        return error(404, QStringLiteral("InvalidAccessKeyId.NotFound"),
                     QStringLiteral("Specified access key is not found."));
    if (parameters.value(QStringLiteral("SignatureMethod")) != QLatin1String("HMAC-SHA1")
        || parameters.value(QStringLiteral("SignatureVersion")) != QLatin1String("1.0"))
        return error(400, QStringLiteral("IncompleteSignature"),
                     QStringLiteral("The request signature does not conform to Aliyun standards."));
    const auto secret = crypto::SecureBuffer::fromBytes(credentials().value(keyId));
    const QByteArray expected = model::AliyunRpcSigner::signature(request.method, parameters, secret);
    if (signature.toLatin1() != expected)
        return error(400, QStringLiteral("SignatureDoesNotMatch"),
                     QStringLiteral("Specified signature is not matched with our calculation."));
    const QDateTime timestamp = QDateTime::fromString(parameters.value(QStringLiteral("Timestamp")), Qt::ISODate);
    if (!timestamp.isValid())
        return error(400, QStringLiteral("InvalidTimeStamp.Format"),
                     QStringLiteral("Specified time stamp is not valid."));
    if (qAbs(timestamp.secsTo(QDateTime::currentDateTimeUtc())) > 15 * 60)
        return error(400, QStringLiteral("InvalidTimeStamp.Expired"),
                     QStringLiteral("Specified time stamp or date header is expired."));
    EmulatedAccount& state = account(keyId);
    const QString nonce = parameters.value(QStringLiteral("SignatureNonce"));
    if (nonce.isEmpty() || state.nonces.contains(nonce))
        return error(400, QStringLiteral("SignatureNonceUsed"),
                     QStringLiteral("Specified signature nonce was used already."));
    state.nonces.insert(nonce);
    if (parameters.value(QStringLiteral("Version")) != QLatin1String("2020-04-20"))
        return error(400, QStringLiteral("InvalidVersion"),
                     QStringLiteral("Specified parameter Version is not valid."));
    const QString instance = parameters.value(QStringLiteral("MqttInstanceId"));
    if (instance.isEmpty())
        return error(400, QStringLiteral("MissingMqttInstanceId"), QStringLiteral("MqttInstanceId is mandatory."));
    // Every one of the 13 actions may answer 500 MqttInstanceNotFound, "Specified instance is not found" (OnsMqtt
    // API metadata errorCodes, platform-alibaba.md §1.5).
    if (!state.mqttInstances.isEmpty() && !state.mqttInstances.contains(instance))
        return error(500, QStringLiteral("MqttInstanceNotFound"), QStringLiteral("Specified instance is not found"));
    return dispatch(state, parameters);
}

EmulatorResponse ApsaraMqEmulation::dispatch(EmulatedAccount& state, const model::RpcParameters& parameters)
{
    const QString action = parameters.value(QStringLiteral("Action"));
    const QString requestId = newRequestId();
    if (action == QLatin1String("GetRegisterCode")) {
        const QString code =
            QUuid::createUuid().toString(QUuid::WithoutBraces) + QUuid::createUuid().toString(QUuid::Id128).left(10);
        state.issuedCodes.insert(code);
        return EmulatorResponse::json(
            200, {{QStringLiteral("RequestId"), requestId}, {QStringLiteral("RegisterCode"), code}});
    }
    if (action == QLatin1String("RegisterCaCertificate"))
        return registerCa(state, parameters);
    // State per instance: seed 004 binds each CA certificate "to the specified instance", and the console lists
    // "All CA certificates registered with an ApsaraMQ for MQTT instance"; a CA or device certificate of another
    // instance is not found (FindCaBySnError / FindDeviceBySnError).
    const QString instance = parameters.value(QStringLiteral("MqttInstanceId"));
    if (action == QLatin1String("ListCaCertificate")) {
        QList<QJsonObject> items;
        for (const EmulatedCa& ca : std::as_const(state.cas)) {
            if (ofInstance(ca, instance))
                items.append(caJson(ca));
        }
        return list(items, parameters, QStringLiteral("CaCertificateVOS"));
    }
    if (action.endsWith(QLatin1String("DeviceCertificate")) || action == QLatin1String("ListDeviceCertificateByCaSn"))
        return deviceAction(state, action, parameters);

    const QString sn = parameters.value(QStringLiteral("Sn"));
    EmulatedCa* ca = state.findCa(sn);
    if (ca && !ofInstance(*ca, instance))
        ca = nullptr;
    const bool caAction = action == QLatin1String("GetCaCertificate") || action == QLatin1String("ActiveCaCertificate")
        || action == QLatin1String("InactivateCaCertificate") || action == QLatin1String("DeleteCaCertificate");
    if (!caAction)
        return error(404, QStringLiteral("InvalidApi.NotFound"), QStringLiteral("Specified api is not found."));
    if (sn.isEmpty() || sn.size() > 128)
        return error(400, QStringLiteral("ParameterFieldCheckFailed"),
                     QStringLiteral("Failed to validate the parameters."));
    if (!ca)
        return error(500, QStringLiteral("FindCaBySnError"), QStringLiteral("Failed to find the CA by the SN."));
    if (action == QLatin1String("GetCaCertificate"))
        return EmulatorResponse::json(
            200, {{QStringLiteral("RequestId"), requestId}, {QStringLiteral("Data"), caJson(*ca)}});
    if (action == QLatin1String("DeleteCaCertificate")) {
        // "Deleting a CA also deletes all device certificates issued by it that are registered on the broker."
        state.devices.removeIf([&](const EmulatedDevice& device) { return device.caId == sn; });
        state.cas.removeIf([&](const EmulatedCa& entry) { return entry.id == sn; });
    } else {
        ca->active = action == QLatin1String("ActiveCaCertificate");
        // Seed 004 (ApsaraMQ "Manage CA certificates"): "After you deregister a CA certificate, all device
        // certificates that are issued by the CA certificate and registered with the ApsaraMQ for MQTT broker are
        // deregistered. Similarly, after you activate a CA certificate, all device certificates issued by the CA
        // certificate are activated." All of them, including one deactivated on its own before.
        for (EmulatedDevice& device : state.devices) {
            if (device.caId != sn)
                continue;
            device.active = ca->active;
            device.heldByCa = false;
        }
    }
    return EmulatorResponse::json(200, {{QStringLiteral("RequestId"), requestId}, {QStringLiteral("Sn"), sn}});
}

EmulatorResponse ApsaraMqEmulation::registerCa(EmulatedAccount& state, const model::RpcParameters& parameters)
{
    const QString name = parameters.value(QStringLiteral("CaName"));
    const QByteArray caPem = parameters.value(QStringLiteral("CaContent")).toUtf8();
    const QByteArray verificationPem = parameters.value(QStringLiteral("VerificationContent")).toUtf8();
    if (name.isEmpty() || caPem.isEmpty() || verificationPem.isEmpty())
        return error(400, QStringLiteral("ParameterFieldCheckFailed"),
                     QStringLiteral("Failed to validate the parameters. The parameters may be missing or invalid."));
    qsizetype onInstance = 0;
    for (const EmulatedCa& ca : std::as_const(state.cas))
        onInstance += ofInstance(ca, parameters.value(QStringLiteral("MqttInstanceId"))) ? 1 : 0;
    if (m_caLimit > 0 && onInstance >= m_caLimit)
        return error(500, QStringLiteral("CaNumExceed"), QStringLiteral("CA certificate num exceed"));
    const UploadCheck check = checkUpload(caPem, verificationPem);
    if (!check.failure.isEmpty())
        return error(500, QStringLiteral("CertificateContentError"),
                     QStringLiteral("Certificate content error, please check ca/verification certificate content. "
                                    "BasicConstraints extension should be set to true in CA certificate"));
    const QString code = check.verification.commonName();
    if (state.usedCodes.contains(code))
        return error(500, QStringLiteral("RegisterCodeUsed"), QStringLiteral("Register code has been used."));
    if (!state.issuedCodes.contains(code))
        return error(500, QStringLiteral("RegisterCodeError"),
                     QStringLiteral("Register code error in verification certificate."));
    const QString serial = check.ca.serialNumberHex();
    if (serialInUse(serial))
        return error(500, QStringLiteral("SnNotUnique"), QStringLiteral("Sn is not unique in gloabal"));
    state.issuedCodes.remove(code);
    state.usedCodes.insert(code);
    EmulatedCa ca;
    ca.id = serial.toLower();
    ca.name = name;
    ca.serialHex = serial;
    ca.subject = check.ca.subjectString();
    ca.pem = caPem;
    ca.verificationPem = verificationPem;
    ca.registrationCode = code;
    ca.instanceId = parameters.value(QStringLiteral("MqttInstanceId"));
    ca.created = QDateTime::currentDateTimeUtc();
    ca.notBefore = check.ca.notBefore();
    ca.notAfter = check.ca.notAfter();
    state.cas.append(ca);
    return EmulatorResponse::json(200, {{QStringLiteral("RequestId"), newRequestId()}, {QStringLiteral("Sn"), ca.id}});
}

EmulatorResponse ApsaraMqEmulation::deviceAction(EmulatedAccount& state, const QString& action,
                                                 const model::RpcParameters& parameters)
{
    const QString caSn = parameters.value(QStringLiteral("CaSn"));
    const QString deviceSn = parameters.value(QStringLiteral("DeviceSn"));
    const QString instance = parameters.value(QStringLiteral("MqttInstanceId"));
    const auto onInstance = [&](const EmulatedDevice& device) {
        const EmulatedCa* ca = state.findCa(device.caId);
        return ca && ofInstance(*ca, instance);
    };
    if (action == QLatin1String("ListDeviceCertificateByCaSn") || action == QLatin1String("ListDeviceCertificate")) {
        QList<QJsonObject> items;
        for (const EmulatedDevice& device : std::as_const(state.devices)) {
            if ((caSn.isEmpty() || device.caId == caSn) && onInstance(device))
                items.append(deviceJson(device));
        }
        return list(items, parameters, QStringLiteral("DeviceCertificateVOS"));
    }
    if (caSn.isEmpty() || deviceSn.isEmpty() || caSn.size() > 128 || deviceSn.size() > 128)
        return error(400, QStringLiteral("ParameterFieldCheckFailed"),
                     QStringLiteral("Failed to validate the parameters. The parameters may be missing or invalid."));
    EmulatedDevice* device = state.findDevice(caSn, deviceSn);
    if (device && !onInstance(*device))
        device = nullptr;
    if (!device)
        return error(500, QStringLiteral("FindDeviceBySnError"),
                     QStringLiteral("Failed to find the device certificate by the SN. Please check sn is valid"));
    const QString requestId = newRequestId();
    if (action == QLatin1String("GetDeviceCertificate"))
        return EmulatorResponse::json(
            200, {{QStringLiteral("RequestId"), requestId}, {QStringLiteral("Data"), deviceJson(*device)}});
    if (action == QLatin1String("DeleteDeviceCertificate"))
        state.devices.removeIf([&](const EmulatedDevice& entry) { return entry.caId == caSn && entry.id == deviceSn; });
    else if (action == QLatin1String("ActiveDeviceCertificate")
             || action == QLatin1String("InactivateDeviceCertificate")) {
        device->active = action == QLatin1String("ActiveDeviceCertificate");
        device->heldByCa = false;
    } else
        return error(404, QStringLiteral("InvalidApi.NotFound"), QStringLiteral("Specified api is not found."));
    return EmulatorResponse::json(200,
                                  {{QStringLiteral("RequestId"), requestId}, {QStringLiteral("DeviceSn"), deviceSn}});
}

EmulatorResponse ApsaraMqEmulation::list(const QList<QJsonObject>& items, const model::RpcParameters& parameters,
                                         const QString& arrayName)
{
    bool pageOk = false;
    bool sizeOk = false;
    const int pageNo = parameters.value(QStringLiteral("PageNo")).toInt(&pageOk);
    const int pageSize = parameters.value(QStringLiteral("PageSize")).toInt(&sizeOk);
    if (!pageOk || !sizeOk || pageNo < 1 || pageSize < 1 || pageSize > 100)
        return error(400, QStringLiteral("ParameterFieldCheckFailed"),
                     QStringLiteral("Failed to validate the parameters. The parameters may be missing or invalid."));
    QJsonArray page;
    for (qsizetype i = static_cast<qsizetype>(pageNo - 1) * pageSize; i < items.size() && page.size() < pageSize; ++i)
        page.append(items.at(i));
    const QJsonObject data {{QStringLiteral("PageNo"), pageNo},
                            {QStringLiteral("PageSize"), pageSize},
                            {QStringLiteral("Total"), static_cast<int>(items.size())},
                            {arrayName, page}};
    return EmulatorResponse::json(200, {{QStringLiteral("RequestId"), newRequestId()}, {QStringLiteral("Data"), data}});
}

bool ApsaraMqEmulation::connectDevice(const QString& accessKeyId, const QByteArray& certificatePem)
{
    const auto certificate = crypto::Certificate::fromPem(certificatePem);
    if (!certificate)
        return false;
    EmulatedAccount& state = account(accessKeyId);
    const QString deviceSn = certificate->serialNumberHex().toLower();
    for (const EmulatedDevice& device : std::as_const(state.devices)) {
        if (device.id == deviceSn)
            return device.active; // registered: active connects, inactive is disconnected
    }
    for (const EmulatedCa& ca : std::as_const(state.cas)) {
        const auto caCertificate = crypto::Certificate::fromPem(ca.pem);
        if (!caCertificate || !certificate->isSignedBy(*caCertificate))
            continue;
        if (!ca.active)
            return false;
        EmulatedDevice device;
        device.id = deviceSn;
        device.caId = ca.id;
        device.name = certificate->commonName();
        device.serialHex = certificate->serialNumberHex();
        device.pem = certificatePem;
        device.notBefore = certificate->notBefore();
        device.notAfter = certificate->notAfter();
        state.devices.append(device);
        return true;
    }
    return false;
}

} // namespace iotca::app
