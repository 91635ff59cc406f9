#include "DeviceNameRules.h"

#include "DeviceNameSequence.h"

#include "model/ModelErrorCode.h"

#include <QSet>

#include <algorithm>

namespace iotca::model {

namespace {

bool isAllowed(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'@'
        || u == u'.' || u == u':' || u == u'-';
}

bool allAllowed(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(), isAllowed);
}

/// Tencent's set: A-Z a-z 0-9 : _ - (no '@' and no '.').
bool isAllowedByTencent(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u':' || u == u'_'
        || u == u'-';
}

} // namespace

// Alibaba Cloud IoT Platform RegisterDevice (Iot 2018-01-20 metadata, shared/docs/platform-alibaba.md §4.3):
// "DeviceName: 4-32 characters; letters, digits and - _ @ . :".
Status DeviceNameRules::checkDeviceName(const QString& name)
{
    if (name.size() < minDeviceNameLength || name.size() > maxDeviceNameLength)
        //: %1 is a device name
        return Error {
            tr("The device name '%1' must be 4 to 32 characters long.").arg(name), {}, ErrorCode::InvalidDeviceName};
    if (!allAllowed(name) || name == QLatin1String(".") || name == QLatin1String(".."))
        return Error {tr("The device name '%1' may only contain letters, digits and _ @ . : -").arg(name),
                      {},
                      ErrorCode::InvalidDeviceName};
    return {};
}

// Tencent Cloud IoT Hub CreateDevice (iotcloud 2021-04-08; tencentcloud-sdk-python
// tencentcloud/iotcloud/v20210408/models.py CreateDeviceRequest, and tccli api.json): "DeviceName: 设备名称。命名规则：
// [a-zA-Z0-9:_-]{1,48}". Shared/docs/platform-tencent-aws.md §1.5.
Status DeviceNameRules::checkTencentDeviceName(const QString& name)
{
    if (name.isEmpty() || name.size() > maxTencentDeviceNameLength
        || !std::all_of(name.cbegin(), name.cend(), isAllowedByTencent))
        //: %1 is a device name
        return Error {tr("The device name '%1' is not accepted by Tencent Cloud IoT Hub: use 1 to 48 letters, digits, "
                         "':', '_' or '-'.")
                          .arg(name),
                      {},
                      ErrorCode::InvalidDeviceName};
    return {};
}

Status DeviceNameRules::checkProductKey(const QString& productKey)
{
    if (productKey.isEmpty() || productKey.size() > maxProductKeyLength || !allAllowed(productKey)
        || productKey.startsWith(QLatin1Char('.')))
        //: %1 is a product key (Alibaba) or product ID (Tencent)
        return Error {tr("The product '%1' must be 1 to 64 letters, digits and _ @ . : - characters.").arg(productKey),
                      {},
                      ErrorCode::InvalidProductKey};
    return {};
}

Status DeviceNameRules::checkDeviceNames(const QStringList& names, Rule rule)
{
    if (names.isEmpty())
        return Error {tr("No device names were given."), {}, ErrorCode::InvalidDeviceName};
    QSet<QString> seen;
    seen.reserve(names.size());
    return checkDeviceNames(names, rule, &seen);
}

Status DeviceNameRules::checkDeviceNames(const QStringList& names, Rule rule, QSet<QString>* seen)
{
    for (const QString& name : names) {
        if (Status valid = rule == Rule::Tencent ? checkTencentDeviceName(name) : checkDeviceName(name); !valid)
            return valid;
        if (!seen)
            continue;
        if (seen->contains(name))
            return Error {
                tr("The device name '%1' is given twice.").arg(name), {}, QStringLiteral("DuplicateDeviceName")};
        seen->insert(name);
    }
    return {};
}

QStringList DeviceNameRules::numberedNames(const QString& prefix, int count)
{
    const DeviceNameSequence sequence = DeviceNameSequence::numbered(prefix, count);
    QStringList names;
    names.reserve(qsizetype(sequence.size()));
    for (qint64 i = 0; i < sequence.size(); ++i)
        names.append(sequence.at(i));
    return names;
}

} // namespace iotca::model
