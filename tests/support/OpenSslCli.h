#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace iotca::test {

/// The real `openssl` command line, for cross-checking what we build against what OpenSSL itself accepts.
struct OpenSslRun
{
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;

    [[nodiscard]] bool ok() const { return exitCode == 0; }
    /// Everything the run printed, for a QVERIFY2 message.
    [[nodiscard]] QByteArray transcript() const { return standardOutput + standardError; }
};

/// Runs `openssl <arguments>` in `workingDirectory` with `input` on its standard input.
OpenSslRun runOpenSsl(const QStringList& arguments, const QString& workingDirectory = {}, const QByteArray& input = {});

} // namespace iotca::test
