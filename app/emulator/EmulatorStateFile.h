#pragma once

#include "crypto/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace iotca::app {

class EmulatorServer;

/// The emulator's `--state FILE`: every emulated platform's accounts (CAs, device certificates, registration codes,
/// products) as one JSON document, so a demo survives a restart. Loaded once at start; written with QSaveFile after
/// each request that changed something (compared with what was last written), owner-only.
///
/// Format: {"format": "iotca-emulator-state", "version": 1, "platforms": {"apsaramq"|"aws"|"tencent":
/// {"<AccessKey ID>": {"cas": [...], "devices": [...], "issuedCodes": [...], "usedCodes": [...],
/// "awsRegistrationCode": "...", "products": [...]}}}}. Request nonces are not kept.
class EmulatorStateFile
{
    Q_DECLARE_TR_FUNCTIONS(EmulatorStateFile)
public:
    explicit EmulatorStateFile(QString path);

    [[nodiscard]] QString path() const { return m_path; }

    /// Replaces the server's state with the file's; a missing file is an empty state (no error).
    [[nodiscard]] Status load(EmulatorServer& server);
    /// Writes the server's state when it differs from what was last loaded or written.
    [[nodiscard]] Status saveIfChanged(EmulatorServer& server);

    [[nodiscard]] static QJsonObject toJson(EmulatorServer& server);
    [[nodiscard]] static Status fromJson(const QJsonObject& json, EmulatorServer& server);

private:
    QString m_path;
    QByteArray m_lastWritten;
};

} // namespace iotca::app
