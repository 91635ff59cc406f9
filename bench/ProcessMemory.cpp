#include "ProcessMemory.h"

#include <QByteArray>
#include <QFile>

namespace iotca::bench {

namespace {

qint64 fieldKiB(const QByteArray& status, const QByteArray& name)
{
    const qsizetype at = status.indexOf("\n" + name + ':');
    if (at < 0)
        return -1;
    const qsizetype end = status.indexOf('\n', at + 1);
    QByteArray value = status.mid(at + name.size() + 2, end - at - name.size() - 2).trimmed();
    if (value.endsWith(" kB"))
        value.chop(3);
    bool ok = false;
    const qint64 kib = value.trimmed().toLongLong(&ok);
    return ok ? kib : -1;
}

} // namespace

ProcessMemory ProcessMemory::current()
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray status = '\n' + file.readAll();
    return {fieldKiB(status, "VmRSS"), fieldKiB(status, "VmHWM")};
}

bool ProcessMemory::resetPeak()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write("5") == 1;
}

} // namespace iotca::bench
