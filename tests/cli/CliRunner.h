#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace iotca::test {

/// One run of the real `iotca` executable ($IOTCA_BINARY_DIR/app/cli/iotca).
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    [[nodiscard]] QByteArray transcript() const { return "exit " + QByteArray::number(exitCode) + "\n" + out + err; }
};

/// Runs iotca with `arguments`, no terminal, standard input closed.
CliRun runCli(const QStringList& arguments, int timeoutMs = 120000);

} // namespace iotca::test
