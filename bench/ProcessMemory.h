#pragma once

#include <QtGlobal>

namespace iotca::bench {

/// This process's memory as Linux reports it in /proc/self/status, in KiB (-1 where unavailable).
struct ProcessMemory
{
    /// Resident set size now (VmRSS).
    qint64 residentKiB = -1;
    /// Peak resident set size (VmHWM) since the start or the last resetPeak().
    qint64 peakKiB = -1;

    [[nodiscard]] static ProcessMemory current();
    /// Starts the peak (VmHWM) over from the current RSS, by writing 5 to /proc/self/clear_refs. False when the
    /// kernel does not allow it; then peaks include everything since the process started.
    static bool resetPeak();
};

} // namespace iotca::bench
