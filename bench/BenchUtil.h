#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

// Shared by the sections: printing and timing. Every figure is printed as wall time and CPU time of this process:
// on a shared machine, CPU time is the one to compare.

namespace iotca::bench {

/// stdout for the sections' figures.
QTextStream& out();

/// 1,234,567
QString number(qint64 value);
/// "12.3 MiB" from KiB; "n/a" for a negative value.
QString mib(qint64 kib);
/// "12.34 ms" from nanoseconds.
QString ms(qint64 nanoseconds);
/// "12,345/s"
QString perSecond(double rate);
/// CPU time of this process (every thread) in nanoseconds.
qint64 processCpuNanoseconds();
/// "load average 1.23 0.98 0.75 (2 CPUs)" from /proc/loadavg.
QString loadAverage();

/// Wall and process CPU time since start().
class Stopwatch
{
public:
    Stopwatch() { start(); }
    void start();
    [[nodiscard]] qint64 wallNanoseconds() const { return m_wall.nsecsElapsed(); }
    [[nodiscard]] qint64 cpuNanoseconds() const { return processCpuNanoseconds() - m_cpuStart; }
    /// "wall 12.34 ms, CPU 10.00 ms"
    [[nodiscard]] QString text() const;

private:
    QElapsedTimer m_wall;
    qint64 m_cpuStart = 0;
};

} // namespace iotca::bench
