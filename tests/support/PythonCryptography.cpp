#include "PythonCryptography.h"

#include <QProcess>

namespace iotca::test {

OpenSslRun runPython(const QString& script, const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral("python3"), QStringList {QStringLiteral("-c"), script} + arguments);
    OpenSslRun run;
    if (!process.waitForStarted(10000)) {
        run.standardError = "could not start python3: " + process.errorString().toUtf8();
        return run;
    }
    process.closeWriteChannel();
    process.waitForFinished(60000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.standardOutput = process.readAllStandardOutput();
    run.standardError = process.readAllStandardError();
    return run;
}

bool pythonChecksPassed(const OpenSslRun& run)
{
    return run.ok() && run.standardOutput.trimmed().endsWith("OK");
}

} // namespace iotca::test
