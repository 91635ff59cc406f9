#include "OpenSslCli.h"

#include <QProcess>

namespace iotca::test {

OpenSslRun runOpenSsl(const QStringList& arguments, const QString& workingDirectory, const QByteArray& input)
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral("openssl"), arguments);
    OpenSslRun run;
    if (!process.waitForStarted(10000)) {
        run.standardError = "could not start openssl: " + process.errorString().toUtf8();
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.standardOutput = process.readAllStandardOutput();
    run.standardError = process.readAllStandardError();
    return run;
}

} // namespace iotca::test
