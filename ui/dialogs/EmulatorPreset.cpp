#include "EmulatorPreset.h"

#include <QFile>

namespace iotca::ui {

namespace {
QString environment(const char* name)
{
    return qEnvironmentVariable(name).trimmed();
}
} // namespace

EmulatorPreset EmulatorPreset::fromEnvironment()
{
    EmulatorPreset preset;
    preset.url = environment("IOTCA_EMULATOR_URL");
    preset.caBundlePath = environment("IOTCA_EMULATOR_CA_BUNDLE");
    preset.accessKeyId = environment("IOTCA_EMULATOR_ACCESS_KEY_ID");
    const QString secretFile = environment("IOTCA_EMULATOR_SECRET_FILE");
    if (!secretFile.isEmpty()) {
        QFile file(secretFile);
        if (file.open(QIODevice::ReadOnly)) {
            QByteArray bytes = file.readAll();
            preset.secret = crypto::SecureBuffer::fromBytes(QByteArrayView(bytes).trimmed());
            bytes.fill('\0');
        }
    }
    // iotca-emulator's own defaults when started without --credentials.
    if (preset.accessKeyId.isEmpty() || preset.secret.isEmpty()) {
        preset.accessKeyId = QStringLiteral("demo-access-key");
        preset.secret = crypto::SecureBuffer::fromBytes("demo-access-secret");
    }
    return preset;
}

QString EmulatorPreset::regionFor(const QString& platform)
{
    if (platform == QLatin1String("aws-iot"))
        return QStringLiteral("us-east-1");
    if (platform == QLatin1String("tencent-iothub"))
        return QStringLiteral("ap-guangzhou");
    return QStringLiteral("cn-hangzhou");
}

QString EmulatorPreset::instanceIdFor(const QString& platform)
{
    return platform == QLatin1String("apsaramq-mqtt") ? QStringLiteral("post-cn-emulator") : QString();
}

QString EmulatorPreset::productFor(const QString& platform)
{
    // The one certificate-auth product every emulated Tencent account has (TencentIotHubEmulation::productId()).
    return platform == QLatin1String("tencent-iothub") ? QStringLiteral("EMUPRD0001") : QString();
}

bool EmulatorPreset::emulates(const QString& platform)
{
    return platform == QLatin1String("apsaramq-mqtt") || platform == QLatin1String("tencent-iothub")
        || platform == QLatin1String("aws-iot");
}

} // namespace iotca::ui
