#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace iotca::test {

/// What an independent program printed (unzip, python3, …), for tests that check our output with another tool.
struct ProgramRun
{
    /// -1 when the program did not start, crashed or did not finish within the timeout.
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs `program` with `arguments` and waits up to `timeoutMs`.
inline ProgramRun runProgram(const QString& program, const QStringList& arguments, int timeoutMs = 120000)
{
    QProcess process;
    process.start(program, arguments);
    ProgramRun result;
    if (!process.waitForFinished(timeoutMs))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace iotca::test
