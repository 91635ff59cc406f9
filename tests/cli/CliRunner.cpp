#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace iotca::test {

QString cliProgram()
{
    return QDir(qEnvironmentVariable("IOTCA_BINARY_DIR")).filePath(QStringLiteral("app/cli/iotca"));
}

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString suppressions =
        QDir(qEnvironmentVariable("IOTCA_SOURCE_DIR")).filePath(QStringLiteral("tests/cli/cli-lsan.supp"));
    QString options = environment.value(QStringLiteral("LSAN_OPTIONS"));
    if (!options.contains(QLatin1String("suppressions="))) {
        if (!options.isEmpty())
            options += QLatin1Char(':');
        environment.insert(QStringLiteral("LSAN_OPTIONS"), options + QStringLiteral("suppressions=") + suppressions);
    }
    return environment;
}

CliRun runCli(const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.setProgram(cliProgram());
    process.setProcessEnvironment(cliEnvironment());
    process.setArguments(arguments);
    process.start();
    CliRun run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(timeoutMs);
    run.exitCode = finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    // Say how it ended when it did not exit by itself (on Unix QProcess keeps the signal number as the exit code of a
    // crash), so that a rare failure in CI names its cause.
    if (!finished)
        run.err += "\n[iotca did not finish within " + QByteArray::number(timeoutMs) + " ms]";
    else if (process.exitStatus() == QProcess::CrashExit)
        run.err += "\n[iotca ended by signal " + QByteArray::number(process.exitCode()) + "]";
    return run;
}

bool writeText(const QString& path, const QByteArray& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace iotca::test
