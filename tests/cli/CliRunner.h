#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
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

/// Where the iotca executable under test is ($IOTCA_BINARY_DIR/app/cli/iotca).
QString cliProgram();
/// The environment iotca runs in: the test's, plus the LeakSanitizer suppressions of tests/cli/cli-lsan.supp (see
/// there why) for sanitizer builds.
QProcessEnvironment cliEnvironment();

/// Runs iotca with `arguments`, no terminal, standard input closed.
CliRun runCli(const QStringList& arguments, int timeoutMs = 120000);

/// Writes `text` to `path` (replacing it); false when that failed.
bool writeText(const QString& path, const QByteArray& text);

inline QString toArgument(const char* text)
{
    return QString::fromUtf8(text);
}

inline QString toArgument(const QString& text)
{
    return text;
}

/// A command line from a mix of literals and QStrings.
template<class... Parts>
QStringList args(const Parts&... parts)
{
    return QStringList {toArgument(parts)...};
}

} // namespace iotca::test
