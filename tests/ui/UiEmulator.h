#pragma once

#include "app/emulator/EmulatorServer.h"
#include "crypto/Result.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace iotca::test {

/// An in-process iotca-emulator for GUI tests: its own throwaway TLS identity, the CA bundle clients trust it with,
/// and one credential pair (accessKeyId() / secret()).
class UiEmulator
{
public:
    UiEmulator();
    ~UiEmulator();

    /// Starts the server; an Error says why it could not.
    [[nodiscard]] Status start();

    [[nodiscard]] app::EmulatorServer& server() const { return *m_server; }
    [[nodiscard]] QString url() const;
    [[nodiscard]] QString caBundlePath() const { return m_caBundle; }
    [[nodiscard]] static QString accessKeyId();
    [[nodiscard]] static QByteArray secret();
    /// Forgets every platform's state (between tests).
    void reset();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<app::EmulatorServer> m_server;
    QString m_caBundle;
};

} // namespace iotca::test
