#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace iotca::test {

/// A program run under `strace -f -e trace=socket,connect` (Debian's strace, installed by scripts/lib/common.sh),
/// for issue 19's "offline, provably": the trace must hold no AF_INET/AF_INET6 socket.
struct TracedRun
{
    int exitCode = -1;
    QByteArray output;
    QStringList ipSocketLines; ///< the trace's lines that open or connect an AF_INET/AF_INET6 socket
    QString problem; ///< why the run could not be traced at all
};

/// The trace lines that make an IP socket: socket(AF_INET…) / socket(AF_INET6…), or connect(…{sa_family=AF_INET…}.
QStringList ipSocketLinesOf(const QByteArray& trace);

/// Runs `program` with `arguments` (environment: cliEnvironment()) under strace, the trace written to `traceFile`.
TracedRun traced(const QString& program, const QStringList& arguments, const QString& traceFile);

} // namespace iotca::test
