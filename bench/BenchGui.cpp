#include "BenchSection.h"

namespace iotca::bench {

// Section 5, GUI stalls (UI engineer): longest event-loop stall while a bulk job runs; needs iotca_ui, so link it in
// bench/CMakeLists.txt when this is written. Replace the body with the measurement; print figures with
// QTextStream(stdout), never assert on time.
int runGuiStallsBench(const BenchOptions& options)
{
    Q_UNUSED(options)
    return notImplementedYet(QStringLiteral("bench/BenchGui.cpp"));
}

} // namespace iotca::bench
