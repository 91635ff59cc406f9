#pragma once

#include "crypto/Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

namespace iotca::model {

/// The names the IoT platforms accept, checked before any key is generated.
class DeviceNameRules
{
    Q_DECLARE_TR_FUNCTIONS(DeviceNameRules)

public:
    static constexpr int minDeviceNameLength = 4;
    static constexpr int maxDeviceNameLength = 32;
    static constexpr int maxProductKeyLength = 64;
    static constexpr int maxTencentDeviceNameLength = 48;

    /// Whose DeviceName rule applies.
    enum class Rule { Alibaba, Tencent };

    /// 4 to 32 characters of A-Z a-z 0-9 _ @ . : - (Alibaba Cloud's DeviceName rule, used by every profile but
    /// Tencent's). Error code "InvalidDeviceName".
    [[nodiscard]] static Status checkDeviceName(const QString& name);
    /// Tencent Cloud IoT Hub's DeviceName rule, `[a-zA-Z0-9:_-]{1,48}`. Error code "InvalidDeviceName".
    [[nodiscard]] static Status checkTencentDeviceName(const QString& name);
    /// 1 to 64 characters of the same set (it becomes part of file names). Error code "InvalidProductKey".
    [[nodiscard]] static Status checkProductKey(const QString& productKey);
    /// Every name valid and none twice; the error names the first offender (and how many more there are).
    [[nodiscard]] static Status checkDeviceNames(const QStringList& names, Rule rule = Rule::Alibaba);
    /// The same for one window of a longer sequence: `seen` holds the names of the windows before (and gets these);
    /// null when the names are distinct by construction (DeviceNameSequence::numbered()).
    [[nodiscard]] static Status checkDeviceNames(const QStringList& names, Rule rule, QSet<QString>* seen);
    /// "P" + 1, 2, ... `count` with leading zeros to equal width: prefix "dev-", 3 -> dev-1, dev-2, dev-3;
    /// 1000 -> dev-0001 ... dev-1000.
    [[nodiscard]] static QStringList numberedNames(const QString& prefix, int count);
};

} // namespace iotca::model
