#pragma once

#include "crypto/SecureBuffer.h"

#include <QString>

namespace iotca::ui {

/// The "Local emulator" preset of the account dialog: where iotca-emulator runs and what it accepts, as
/// `scripts/run` (demo) and the test session announce it in the environment:
/// IOTCA_EMULATOR_URL, IOTCA_EMULATOR_CA_BUNDLE, IOTCA_EMULATOR_ACCESS_KEY_ID and IOTCA_EMULATOR_SECRET_FILE. Without
/// a key id or secret file the emulator's built-in demo credentials apply.
struct EmulatorPreset
{
    QString url; ///< "https://127.0.0.1:PORT"; empty when no emulator was announced
    QString caBundlePath;
    QString accessKeyId;
    crypto::SecureBuffer secret;

    [[nodiscard]] bool isAvailable() const { return !url.isEmpty(); }

    /// Reads the environment (and the secret file it names).
    [[nodiscard]] static EmulatorPreset fromEnvironment();

    /// What the emulator expects for each platform id ("apsaramq-mqtt", "tencent-iothub", "aws-iot"): a region the
    /// connector signs for, the instance id and the product it knows. Empty where anything goes.
    [[nodiscard]] static QString regionFor(const QString& platform);
    [[nodiscard]] static QString instanceIdFor(const QString& platform);
    [[nodiscard]] static QString productFor(const QString& platform);
    /// Whether the emulator speaks this platform's API (Alibaba Cloud IoT Platform has none).
    [[nodiscard]] static bool emulates(const QString& platform);
};

} // namespace iotca::ui
