#pragma once

namespace iotca::model {

/// How long a device certificate is valid unless the user says otherwise, in days: the one default of the desktop
/// app's Issue dialog, `iotca device issue --days` and DeviceBatchParameters.
///
/// One year. No platform document we work from states a maximum or a recommended validity for device certificates
/// signed by a registered CA (checked: ../shared/seeds/000–004, ../shared/docs/platform-alibaba.md and
/// platform-tencent-aws.md; the only figures there are the 300-day verification certificate of the ApsaraMQ and
/// Alibaba registration examples and the 30-day CertUrl of platform-issued certificates), so none is enforced.
/// A year limits what a leaked device key is worth and matches the CLI's documented default (docs/cli.md).
inline constexpr int defaultDeviceValidityDays = 365;

} // namespace iotca::model
