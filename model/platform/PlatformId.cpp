#include "PlatformId.h"

#include <QCoreApplication>

namespace iotca::model {

namespace {

class PlatformIdText
{
    Q_DECLARE_TR_FUNCTIONS(PlatformId)
public:
    static QString displayName(PlatformId platform)
    {
        switch (platform) {
        case PlatformId::ApsaraMq:
            return tr("ApsaraMQ for MQTT");
        case PlatformId::TencentIotHub:
            return tr("Tencent Cloud IoT Hub");
        case PlatformId::AwsIot:
            return tr("AWS IoT Core");
        case PlatformId::AliyunIot:
            return tr("Alibaba Cloud IoT Platform");
        }
        return {};
    }
};

} // namespace

QString platformIdName(PlatformId platform)
{
    switch (platform) {
    case PlatformId::ApsaraMq:
        return QStringLiteral("apsaramq-mqtt");
    case PlatformId::TencentIotHub:
        return QStringLiteral("tencent-iothub");
    case PlatformId::AwsIot:
        return QStringLiteral("aws-iot");
    case PlatformId::AliyunIot:
        return QStringLiteral("aliyun-iot");
    }
    return {};
}

std::optional<PlatformId> parsePlatformId(QStringView text)
{
    const QString name = text.trimmed().toString().toLower();
    if (name == QLatin1String("apsaramq-mqtt") || name == QLatin1String("apsaramq") || name == QLatin1String("onsmqtt"))
        return PlatformId::ApsaraMq;
    if (name == QLatin1String("tencent-iothub") || name == QLatin1String("tencent"))
        return PlatformId::TencentIotHub;
    if (name == QLatin1String("aws-iot") || name == QLatin1String("aws"))
        return PlatformId::AwsIot;
    if (name == QLatin1String("aliyun-iot") || name == QLatin1String("alibaba-iot"))
        return PlatformId::AliyunIot;
    return std::nullopt;
}

QString platformDisplayName(PlatformId platform)
{
    return PlatformIdText::displayName(platform);
}

} // namespace iotca::model
