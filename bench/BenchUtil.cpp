#include "BenchUtil.h"

#include <QFile>
#include <QLocale>
#include <QThread>

#include <ctime>

namespace iotca::bench {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString number(qint64 value)
{
    return QLocale(QLocale::English).toString(value);
}

QString mib(qint64 kib)
{
    return kib < 0 ? QStringLiteral("n/a")
                   : QString::number(static_cast<double>(kib) / 1024.0, 'f', 1) + QStringLiteral(" MiB");
}

QString ms(qint64 nanoseconds)
{
    return QString::number(static_cast<double>(nanoseconds) / 1e6, 'f', 2) + QStringLiteral(" ms");
}

QString perSecond(double rate)
{
    return number(static_cast<qint64>(rate + 0.5)) + QStringLiteral("/s");
}

qint64 processCpuNanoseconds()
{
    timespec now {};
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now) != 0)
        return 0;
    return static_cast<qint64>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    const QString cpus = QStringLiteral(" (%1 CPUs)").arg(QThread::idealThreadCount());
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("load average n/a") + cpus;
    const QList<QByteArray> fields = file.readAll().split(' ');
    if (fields.size() < 3)
        return QStringLiteral("load average n/a") + cpus;
    return QStringLiteral("load average %1 %2 %3")
               .arg(QString::fromLatin1(fields[0]), QString::fromLatin1(fields[1]), QString::fromLatin1(fields[2]))
        + cpus;
}

void Stopwatch::start()
{
    m_cpuStart = processCpuNanoseconds();
    m_wall.start();
}

QString Stopwatch::text() const
{
    return QStringLiteral("wall %1, CPU %2").arg(ms(wallNanoseconds()), ms(cpuNanoseconds()));
}

} // namespace iotca::bench
