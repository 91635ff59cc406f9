#pragma once

#include <QDateTime>
#include <QJsonValue>

namespace iotca::model {

/// Time stamps in platform answers, read defensively: a platform (or anything between it and us) may send a number
/// no QDateTime can hold. Converting such a double to an integer is undefined behaviour, and multiplying a large
/// integer by 1000 overflows, so every value is range-checked as a double first. Out of range, not finite, not a
/// number, or not positive (the platforms' "unset") gives an invalid QDateTime: the time is unknown, not guessed.
namespace EpochTime {

/// ApsaraMQ ValidBegin/ValidEnd: milliseconds since the epoch, as a JSON number or a decimal string.
[[nodiscard]] QDateTime fromMilliseconds(const QJsonValue& value);
/// Tencent CertInfo EffectiveTime/ExpireTime, AWS validity notBefore/notAfter: seconds since the epoch (AWS sends
/// fractions), as a JSON number.
[[nodiscard]] QDateTime fromSeconds(const QJsonValue& value);

} // namespace EpochTime

} // namespace iotca::model
