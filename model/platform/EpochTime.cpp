#include "EpochTime.h"

#include <cmath>

namespace iotca::model::EpochTime {

namespace {

// 9999-12-31T23:59:59.999Z: no certificate time (RFC 5280 GeneralizedTime) goes beyond it, and every value up to it
// fits a qint64 of milliseconds exactly (well below 2^53), so the cast below is defined.
constexpr double maxMilliseconds = 253402300799999.0;

QDateTime fromMillisecondsDouble(double milliseconds)
{
    // `!(x > 0)` is also true for NaN.
    if (!std::isfinite(milliseconds) || !(milliseconds > 0) || milliseconds > maxMilliseconds)
        return {};
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(milliseconds), Qt::UTC);
}

} // namespace

QDateTime fromMilliseconds(const QJsonValue& value)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 milliseconds = value.toString().toLongLong(&ok);
        if (!ok || milliseconds <= 0 || milliseconds > static_cast<qint64>(maxMilliseconds))
            return {};
        return QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC);
    }
    return value.isDouble() ? fromMillisecondsDouble(value.toDouble()) : QDateTime();
}

QDateTime fromSeconds(const QJsonValue& value)
{
    if (!value.isDouble())
        return {};
    // Scaled as a double (no integer overflow); fromMillisecondsDouble() range-checks the product.
    return fromMillisecondsDouble(value.toDouble() * 1000.0);
}

} // namespace iotca::model::EpochTime
