#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace iotca::model {

/// The platforms IoT CA Desk registers CAs with.
enum class PlatformId {
    ApsaraMq, ///< ApsaraMQ for MQTT (OnsMqtt 2020-04-20)
    TencentIotHub, ///< Tencent Cloud IoT Hub (iotcloud 2021-04-08)
    AwsIot, ///< AWS IoT Core (iot 2015-05-28)
    AliyunIot, ///< Alibaba Cloud IoT Platform: console only, we produce an upload bundle
};

/// Stable id stored in the workspace: "apsaramq-mqtt", "tencent-iothub", "aws-iot", "aliyun-iot".
[[nodiscard]] QString platformIdName(PlatformId platform);
/// Parses the stored id and the command-line spellings ("apsaramq", "alibaba-iot", ...), case-insensitively.
[[nodiscard]] std::optional<PlatformId> parsePlatformId(QStringView text);
/// Translated product name for people.
[[nodiscard]] QString platformDisplayName(PlatformId platform);

} // namespace iotca::model
