#include "DeviceNameRules.h"

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

} // namespace

Status DeviceNameRules::checkDeviceName(const QString& name)
{
    if (name.size() < minDeviceNameLength || name.size() > maxDeviceNameLength)
        //: %1 is a device name
        return Error {tr("The device name '%1' must be 4 to 32 characters long.").arg(name),
                      {},
                      QStringLiteral("InvalidDeviceName")};
    if (!allAllowed(name) || name == QLatin1String(".") || name == QLatin1String(".."))
        return Error {tr("The device name '%1' may only contain letters, digits and _ @ . : -").arg(name),
                      {},
                      QStringLiteral("InvalidDeviceName")};
    return {};
}

Status DeviceNameRules::checkProductKey(const QString& productKey)
{
    if (productKey.isEmpty() || productKey.size() > maxProductKeyLength || !allAllowed(productKey)
        || productKey.startsWith(QLatin1Char('.')))
        //: %1 is a product key (Alibaba) or product ID (Tencent)
        return Error {tr("The product '%1' must be 1 to 64 letters, digits and _ @ . : - characters.").arg(productKey),
                      {},
                      QStringLiteral("InvalidProductKey")};
    return {};
}

Status DeviceNameRules::checkDeviceNames(const QStringList& names)
{
    if (names.isEmpty())
        return Error {tr("No device names were given."), {}, QStringLiteral("InvalidDeviceName")};
    QSet<QString> seen;
    seen.reserve(names.size());
    for (const QString& name : names) {
        if (Status valid = checkDeviceName(name); !valid)
            return valid;
        if (seen.contains(name))
            return Error {
                tr("The device name '%1' is given twice.").arg(name), {}, QStringLiteral("DuplicateDeviceName")};
        seen.insert(name);
    }
    return {};
}

QStringList DeviceNameRules::numberedNames(const QString& prefix, int count)
{
    QStringList names;
    names.reserve(count);
    const int width = int(QString::number(count).size());
    for (int i = 1; i <= count; ++i)
        names.append(prefix + QStringLiteral("%1").arg(i, width, 10, QLatin1Char('0')));
    return names;
}

} // namespace iotca::model
