#include "SocketTrace.h"

#include "CliRunner.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace iotca::test {

QStringList ipSocketLinesOf(const QByteArray& trace)
{
    static const QRegularExpression ipSocket(QStringLiteral(R"(\bsocket\(AF_INET6?\b|sa_family=AF_INET6?\b)"));
    QStringList lines;
    for (const QByteArray& line : trace.split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (ipSocket.match(text).hasMatch())
            lines << text;
    }
    return lines;
}

TracedRun traced(const QString& program, const QStringList& arguments, const QString& traceFile)
{
    TracedRun run;
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (strace.isEmpty()) {
        run.problem = QStringLiteral("strace is not installed (scripts/test installs it)");
        return run;
    }
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList straceArguments {QStringLiteral("-f"),
                                 QStringLiteral("-qq"),
                                 QStringLiteral("-e"),
                                 QStringLiteral("trace=socket,connect"),
                                 QStringLiteral("-o"),
                                 traceFile,
                                 program};
    straceArguments << arguments;
    process.start(strace, straceArguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(180000)) {
        run.problem = QStringLiteral("strace did not run: %1").arg(process.errorString());
        return run;
    }
    process.closeWriteChannel();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = process.readAll();
    QFile file(traceFile);
    if (!file.open(QIODevice::ReadOnly)) {
        run.problem = QStringLiteral("no trace written to %1 (ptrace not allowed here?): %2")
                          .arg(traceFile, QString::fromUtf8(run.output));
        return run;
    }
    run.ipSocketLines = ipSocketLinesOf(file.readAll());
    return run;
}

} // namespace iotca::test
