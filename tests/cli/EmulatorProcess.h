#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>

#include <utility>

namespace iotca::test {

/// A real `iotca-emulator` ($IOTCA_BINARY_DIR/app/emulator/iotca-emulator) the test starts itself, so it has its own
/// clean platform state: a free loopback port, a throwaway TLS CA written to a file in the test's folder, and the
/// credentials the test chose. Stopped when destroyed.
class EmulatorProcess
{
public:
    struct Answer
    {
        int httpStatus = 0;
        QByteArray body;
    };

    EmulatorProcess() = default;
    ~EmulatorProcess();
    EmulatorProcess(const EmulatorProcess&) = delete;
    EmulatorProcess& operator=(const EmulatorProcess&) = delete;

    /// Starts it with files in `folder` and waits for its "listening on URL" line; false with lastError() set.
    bool start(const QString& folder, const QList<std::pair<QString, QByteArray>>& credentials);
    void stop();

    /// "https://127.0.0.1:PORT"
    [[nodiscard]] const QString& url() const { return m_url; }
    /// The PEM file clients trust the emulator with (an account's --ca-bundle).
    [[nodiscard]] const QString& caBundle() const { return m_caBundle; }
    [[nodiscard]] const QByteArray& lastError() const { return m_lastError; }

    /// A test hook under "/_emulator/" (see app/emulator/EmulatorServer.h), over HTTPS trusting caBundle() only.
    Answer admin(const QByteArray& verb, const QString& pathAndQuery, const QByteArray& body = {});

private:
    QProcess m_process;
    QNetworkAccessManager m_network;
    QString m_url;
    QString m_caBundle;
    QByteArray m_lastError;
};

} // namespace iotca::test
