#include "DeviceConnectionDetails.h"

#include "model/files/FileSetWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace iotca::model {

namespace {

class ConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(DeviceConnectionDetails)
public:
    static QString notDocumented() { return tr("not stated by the platform's documents used here"); }
};

} // namespace

DeviceConnectionDetails DeviceConnectionDetails::forAccount(PlatformId platform, const QString& region,
                                                            const QString& instanceId, const QString& product)
{

    DeviceConnectionDetails details;
    details.platform = platform;
    switch (platform) {
    case PlatformId::AliyunIot:
        // "Use X.509 certificates to authenticate devices" (platform-alibaba.md §4.2, S9).
        details.host = QStringLiteral("x509.itls.cn-shanghai.aliyuncs.com");
        details.port = 1883;
        details.endpointNote =
            ConnectionText::tr("TLS with the device certificate (mutual authentication); China (Shanghai) "
                               "only. On the first connection the platform sends the device its "
                               "ProductKey and DeviceName on /ext/auth/identity/response.");
        details.serverTrust = ConnectionText::tr("the platform's root certificate, "
                                                 "http://aliyun-iot.oss-cn-hangzhou.aliyuncs.com/cert_pub/root.crt");
        details.clientId =
            ConnectionText::tr("clientId|securemode=2,signmethod=hmacsha1,timestamp=…| (clientId: the MAC or "
                               "serial number recommended, at most 64 characters)");
        details.username = ConnectionText::tr("DeviceName&ProductKey (empty strings on the first connection)");
        details.password = ConnectionText::tr("empty (not checked with X.509)");
        details.sources << QStringLiteral(
            "Alibaba Cloud IoT Platform, Use X.509 certificates to authenticate devices: "
            "https://alibabacloud.com/help/en/iot/use-x-509-certificates-to-authenticate-devices");
        break;
    case PlatformId::ApsaraMq:
        // ApsaraMQ quick start and certificate-based authentication on clients (platform-alibaba.md §4.1, S5).
        details.host =
            (instanceId.isEmpty() ? QStringLiteral("<InstanceId>") : instanceId) + QStringLiteral(".mqtt.aliyuncs.com");
        details.endpointNote =
            ConnectionText::tr("TLS 1.2 with the device certificate (Enterprise Platinum Edition). The TLS "
                               "port is %1. In a VPC: <InstanceId>-internal-vpc.mqtt.aliyuncs.com. The "
                               "broker registers the device certificate on its first connection.")
                .arg(ConnectionText::notDocumented());
        details.serverTrust = ConnectionText::tr("the CA of the server certificate the instance uses (you host it in "
                                                 "Certificate Management Service)");
        details.clientId =
            ConnectionText::tr("GroupID@@@DeviceID; the Group ID starts with GID_ or GID- and has 7 to 64 "
                               "letters, digits, '-' or '_'");
        details.username = ConnectionText::notDocumented();
        details.password = ConnectionText::notDocumented();
        details.sources << QStringLiteral("ApsaraMQ for MQTT, certificate-based authentication on clients: "
                                          "https://www.alibabacloud.com/help/en/apsaramq-for-mqtt/mqtt-upgraded/"
                                          "developer-reference/certificate-based-authentication-on-clients")
                        << QStringLiteral("ApsaraMQ for MQTT OpenAPI CreateGroupId (Group ID rule), OnsMqtt "
                                          "2020-04-20 metadata");
        break;
    case PlatformId::TencentIotHub:
        // platform-tencent-aws.md §1.6 (IoT Hub region domains doc 1105/42712, IoT Explorer doc 1081/138028).
        details.host = (product.isEmpty() ? QStringLiteral("<ProductID>") : product)
            + QStringLiteral(".iotcloud.tencentdevices.com");
        details.port = 8883;
        details.endpointNote = ConnectionText::tr("TLS with the device certificate (certificate authentication).");
        details.serverTrust = ConnectionText::notDocumented();
        details.clientId = ConnectionText::tr("ProductID followed directly by DeviceName");
        details.username = ConnectionText::notDocumented();
        details.password = ConnectionText::notDocumented();
        details.sources << QStringLiteral("Tencent Cloud IoT Hub, region domains: "
                                          "https://www.tencentcloud.com/document/product/1105/42712")
                        << QStringLiteral("Tencent Cloud IoT Explorer, ClientID = ${ProductID}${DeviceName}: "
                                          "https://cloud.tencent.com/document/product/1081/138028");
        break;
    case PlatformId::AwsIot:
        // AWS IoT Developer Guide: "Server authentication" and "Device communication protocols".
        details.host = QStringLiteral("<account-specific-prefix>.iot.%1.amazonaws.com")
                           .arg(region.isEmpty() ? QStringLiteral("<region>") : region);
        details.port = 8883;
        details.endpointNote =
            ConnectionText::tr("The host is the account's iot:Data-ATS endpoint (aws iot describe-endpoint "
                               "--endpoint-type iot:Data-ATS). MQTT with an X.509 client certificate: "
                               "port 8883, or 443 with the ALPN protocol x-amzn-mqtt-ca. TLS 1.2 or 1.3, "
                               "with SNI.");
        details.serverTrust =
            ConnectionText::tr("an Amazon Trust Services root CA (the ATS endpoint's chain is cross-signed "
                               "by Starfield), https://www.amazontrust.com/repository/");
        details.clientId = ConnectionText::notDocumented();
        details.username = ConnectionText::tr("none (the certificate authenticates the device)");
        details.password = ConnectionText::tr("none");
        details.sources << QStringLiteral("AWS IoT Core, Server authentication: "
                                          "https://docs.aws.amazon.com/iot/latest/developerguide/"
                                          "server-authentication.html")
                        << QStringLiteral("AWS IoT Core, Device communication protocols (port mappings): "
                                          "https://docs.aws.amazon.com/iot/latest/developerguide/protocols.html");
        break;
    }
    return details;
}

Result<DeviceConnectionDetails> DeviceConnectionDetails::forAccountRecord(const PlatformAccountRecord& account)
{
    const auto platform = parsePlatformId(account.platformId);
    if (!platform) {
        //: %1 is an account name, %2 the stored platform id
        return Error {ConnectionText::tr("The platform account '%1' names an unknown platform '%2'.")
                          .arg(account.name, account.platformId)};
    }
    return forAccount(*platform, account.region, account.instanceId, account.product);
}

QJsonObject DeviceConnectionDetails::toJson(const crypto::Certificate& deviceCa) const
{
    return {{QStringLiteral("platform"), platformIdName(platform)},
            {QStringLiteral("endpoint"),
             QJsonObject {{QStringLiteral("host"), host},
                          {QStringLiteral("port"), port > 0 ? QJsonValue(port) : QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("note"), endpointNote}}},
            {QStringLiteral("serverTrust"), serverTrust},
            {QStringLiteral("deviceCa"),
             QJsonObject {{QStringLiteral("subject"), deviceCa.subjectString()},
                          {QStringLiteral("serial"), deviceCa.serialNumberHex()},
                          {QStringLiteral("pem"), QString::fromLatin1(deviceCa.toPem())}}},
            {QStringLiteral("clientId"), clientId},
            {QStringLiteral("username"), username},
            {QStringLiteral("password"), password},
            {QStringLiteral("sources"), QJsonArray::fromStringList(sources)}};
}

QString DeviceConnectionDetails::summary() const
{
    QStringList lines;
    //: %1 is a host name, %2 a port number or "not stated ..."
    lines << ConnectionText::tr("Broker: %1, port %2")
                 .arg(host, port > 0 ? QString::number(port) : ConnectionText::notDocumented());
    lines << ConnectionText::tr("Server certificate to trust: %1").arg(serverTrust);
    lines << ConnectionText::tr("Client id: %1").arg(clientId);
    lines << ConnectionText::tr("User name: %1").arg(username);
    return lines.join(QLatin1Char('\n'));
}

QByteArray DeviceConnectionDetails::readme(const crypto::Certificate& deviceCa) const
{

    QStringList lines;
    //: %1 is a platform name
    lines << ConnectionText::tr("Connecting a device to %1 with a certificate of this CA")
                 .arg(platformDisplayName(platform));
    lines << QString();
    //: %1 is a host name, %2 a port number or "not stated ..."
    lines << ConnectionText::tr("Broker: %1, port %2")
                 .arg(host, port > 0 ? QString::number(port) : ConnectionText::notDocumented());
    if (!endpointNote.isEmpty())
        lines << QStringLiteral("  ") + endpointNote;
    //: %1 describes a CA certificate
    lines << ConnectionText::tr("Server certificate to trust: %1").arg(serverTrust);
    //: %1 is a distinguished name, %2 a serial number
    lines << ConnectionText::tr(
                 "The device presents its certificate and key; its CA is %1 (serial %2), in connection.json.")
                 .arg(deviceCa.subjectString(), deviceCa.serialNumberHex());
    lines << ConnectionText::tr("Client id: %1").arg(clientId);
    lines << ConnectionText::tr("User name: %1").arg(username);
    lines << ConnectionText::tr("Password: %1").arg(password);
    lines << QString();
    lines << ConnectionText::tr("Sources:");
    for (const QString& source : sources)
        lines << QStringLiteral("- ") + source;
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

Result<QStringList> DeviceConnectionDetails::write(const QString& folder, const crypto::Certificate& deviceCa,
                                                   bool replace) const
{
    return FileSetWriter::write(
        folder, {{jsonFileName(), QJsonDocument(toJson(deviceCa)).toJson()}, {readmeFileName(), readme(deviceCa)}},
        replace ? FileSetWriter::Existing::Replace : FileSetWriter::Existing::Refuse);
}

} // namespace iotca::model
