#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace iotca::test {

CliRun runCli(const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.setProgram(QDir(qEnvironmentVariable("IOTCA_BINARY_DIR")).filePath(QStringLiteral("app/cli/iotca")));
    process.setArguments(arguments);
    process.start();
    CliRun run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    process.closeWriteChannel();
    process.waitForFinished(timeoutMs);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

bool writeText(const QString& path, const QByteArray& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace iotca::test
